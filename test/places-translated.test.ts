/**
 * A foreign name the Chinese finds from its context (英国利兹市) and the English gives bare ("a delegation
 * from Leeds") is found in the English too, by the consonants the transliteration keeps
 * (extractors/places/translated.ts), before agreements are read: the place gets both names, and the
 * English sentence about the tie has its partner. (Invented releases; Leeds is in no gazetteer here.)
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact, PlaceFact } from "../schemas/output";

const facts = (text: string) => extractBytes("release.txt", Buffer.from(text, "utf8")).facts;
/** the place facts of a release given as text */
const placesOf = (text: string): PlaceFact[] => facts(text).filter((f): f is PlaceFact => f.kind === "place");

describe("a foreign name the translation gives bare", () => {
  const release = [
    "10月15日，英国利兹市20人代表团访问杭州。",
    "On October 15, a 20-member delegation from Leeds visited Hangzhou.",
    "杭州与利兹于1995年结为友好城市。",
    "Hangzhou and Leeds became sister cities in 1995.",
  ].join("\n\n");

  it("is the Chinese name's place, in every English paragraph", () => {
    const leeds = facts(release).find((f): f is PlaceFact => f.kind === "place" && f.name.zh === "利兹市");
    expect(leeds?.name.en).toBe("Leeds");
    expect(leeds?.evidence.filter((e) => e.lang === "en").map((e) => e.quote)).toEqual(["Leeds", "Leeds"]);
  });

  it("is a party of the English sentence, so the tie is told in both languages", () => {
    const [tie, ...rest] = facts(release).filter((f): f is AgreementFact => f.kind === "agreement");
    expect(rest).toEqual([]);
    expect(tie!.corroboration).toBe("both");
    expect(tie!.evidence.map((e) => e.quote)).toContain("Hangzhou and Leeds became sister cities");
    expect(tie!.parties.map((p) => [p.zh, p.en])).toEqual([
      ["杭州市", "Hangzhou"],
      ["利兹市", "Leeds"],
    ]);
  });

  it("is the bare name beside a building named for it, whose sounds a transliteration keeps as its own (垂 chui for -try, 加 jia for -ga-)", () => {
    const release = [
      "济南与英国考文垂市于2023年10月12日在考文垂大教堂举行仪式，庆祝两市结好40周年。",
      "Jinan and Coventry, UK, marked the anniversary of their twinning on 12 October 2023 with a ceremony at Coventry Cathedral.",
    ].join("\n\n");
    const places = placesOf(release);
    expect(places.find((p) => p.name.zh === "考文垂市")?.name.en).toBe("Coventry");
    expect(places.filter((p) => p.name.en?.includes("Cathedral"))).toEqual([]);
    const title = ["我市与俄罗斯安加尔斯克市签署建立友好城市关系协议书", "Our City and Angarsk of Russia Sign Agreement on Establishing Sister City Relations"].join("\n\n");
    expect(placesOf(title).map((p) => p.name.en)).not.toContain("Establishing");
  });

  it("hears a transliteration's opening h as a w-name's w (怀卡托 Waikato), and takes no sentence's opening adverb for a name", () => {
    const release = [
      "陈立表示，我省与新西兰怀卡托大区于2019年缔结友好省区关系，目前在我省就读的新西兰留学生超过300名。",
      "Chen said that the province and the Waikato Region of New Zealand established sister province-region relations in 2019. Currently, more than 300 New Zealand students are studying in the province.",
    ].join("\n\n");
    const places = placesOf(release);
    expect(places.find((p) => p.name.zh === "怀卡托大区")?.name.en).toBe("Waikato Region");
    expect(places.map((p) => p.name.en)).not.toContain("Currently");
    // (where the English gives no name for it, the opening adverb that sounds like it is still none)
    const bare = ["目前，新西兰怀卡托大区代表团正在我省访问。", "Currently, a New Zealand delegation is visiting the province."].join("\n\n");
    expect(placesOf(bare).map((p) => p.name.en)).not.toContain("Currently");
  });

  it("takes no sentence's opening preposition for a name, though it sounds like one (During, 图尔)", () => {
    const release = ["活动期间，两市签署了《洛阳市与法国图尔市友好交流合作计划》。", "During the events, the two cities signed the Luoyang-Tours Friendly Exchange and Cooperation Plan."].join("\n\n");
    expect(placesOf(release).map((p) => p.name.en)).not.toContain("During");
  });

  it("is not guessed where two Chinese names sound like the one English name", () => {
    const two = [
      "英国利兹市和英国利斯市代表团访问杭州。",
      "Delegations from Leeds and another British city visited Hangzhou.",
    ].join("\n\n");
    const places = placesOf(two);
    expect(places.filter((p) => p.name.en === "Leeds")).toEqual([]);
  });

  it("is still found where another Chinese name sounds like it but already has its English place", () => {
    // 肯特郡 (Kent County, found by its division word) sounds like "Canterbury" too; it is no rival once it has its own
    const release = ["10月8日，扬州市与英国肯特郡在坎特伯雷续签友好合作协议。", "On October 8, Yangzhou and Kent County of the United Kingdom renewed their friendly cooperation agreement in Canterbury."].join("\n\n");
    const places = placesOf(release);
    const venue = places.find((p) => p.name.zh === "坎特伯雷");
    expect(venue?.evidence.filter((e) => e.lang === "en").map((e) => [e.start, e.quote])).toEqual([[109, "Canterbury"]]);
    expect(places.find((p) => p.name.zh === "肯特郡")?.name.en).toBe("Kent County");
  });

  it("is never a person's name, given before an office or after a title", () => {
    // 下奥地利州 is a translation (Lower Austria), and its consonants (x d l) happen to be in "Stephan Pernkopf"
    for (const english of ["Stephan Pernkopf, Deputy Governor of Lower Austria", "Lower Austria's Mayor Stefan Perl"]) {
      const release = ["3月11日，江西省副省长与奥地利下奥地利州官员举行视频会谈。", `On March 11, the Vice Governor of Jiangxi held online talks with ${english}.`].join("\n\n");
      const places = placesOf(release);
      expect(places.flatMap((p) => p.evidence.map((e) => e.quote)).filter((q) => /Pernkopf|Perl/.test(q))).toEqual([]);
      expect(places.find((p) => p.name.zh === "下奥地利州")?.name.en).toBe("Lower Austria");
    }
  });

  it("is read in a headline that capitalises the verb after it", () => {
    const release = ["南宁市与美国塔尔萨市庆祝结好十周年", "Nanning and Tulsa Celebrate 10th Anniversary of Sister-City Ties"].join("\n\n");
    const tulsa = facts(release).find((f): f is PlaceFact => f.kind === "place" && f.name.zh === "塔尔萨市");
    expect(tulsa?.evidence.filter((e) => e.lang === "en").map((e) => [e.start, e.quote])).toEqual([[12, "Tulsa"]]);
  });

  it("is not looked for where an English rule found the name already: an opening word is no place", () => {
    const release = ["日前，常州市与德国埃尔兰根市举行友好城市签约仪式。", "Recently, Changzhou and the German city of Erlangen held a sister-city signing ceremony."].join("\n\n");
    const places = placesOf(release);
    expect(places.map((p) => p.name.en)).not.toContain("Recently");
    expect(places.find((p) => p.name.zh === "埃尔兰根市")?.name.en).toBe("Erlangen");
  });

  it("is found the other way round: an English name found from its context, bare after its country in the Chinese", () => {
    const release = [
      "2005年至2025年，长沙与南非金伯利互派代表团近50批。",
      "Between 2005 and 2025, Changsha and Kimberley, South Africa exchanged nearly fifty delegations.",
      "2005年10月，两市在长沙举行的第二届中非经贸博览会期间签署友好城市协议。",
      "The two cities signed a sister-city agreement in October 2005 in Changsha, during the second China-Africa Economic and Trade Expo.",
    ].join("\n\n");
    const all = facts(release);
    const kimberley = all.find((f): f is PlaceFact => f.kind === "place" && f.name.en === "Kimberley");
    expect(kimberley?.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "金伯利"],
      ["en", "Kimberley"],
    ]);
    // 两市 and "the two cities": the own place and the one partner, in both languages
    const [tie, ...rest] = all.filter((f): f is AgreementFact => f.kind === "agreement");
    expect(rest).toEqual([]);
    expect([tie!.corroboration, tie!.parties.map((p) => p.zh)]).toEqual(["both", ["长沙市", "金伯利"]]);
  });

  it("is found whole where jieba splits the name's last syllable off as a noun morpheme (荷兰蒂尔堡: 蒂尔 and 堡)", () => {
    const release = ["班列已通达荷兰蒂尔堡等城市。", "The trains now reach cities such as Tilburg in the Netherlands."].join("\n\n");
    const tilburg = placesOf(release).find((f) => f.name.en === "Tilburg");
    expect(tilburg?.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "蒂尔堡"],
      ["en", "Tilburg"],
    ]);
  });

  it("is found with the tie named between the country and the name (德国友好城市开姆尼茨), and is then a party", () => {
    const release = [
      "6月21日晚，无锡与德国友好城市开姆尼茨青年交响乐团联合音乐会在无锡举行。",
      "A joint concert by youth orchestras from Wuxi and its German sister city Chemnitz was held in Wuxi on June 21.",
      "无锡与开姆尼茨自2010年起结为友好城市。",
      "Wuxi and Chemnitz have been sister cities since 2010.",
    ].join("\n\n");
    const all = facts(release);
    const chemnitz = all.find((f): f is PlaceFact => f.kind === "place" && f.name.en === "Chemnitz");
    expect(chemnitz?.evidence.filter((e) => e.lang === "zh").map((e) => e.quote)).toEqual(["开姆尼茨", "开姆尼茨"]);
    const ties = all.filter((f): f is AgreementFact => f.kind === "agreement");
    expect(ties.map((t) => [t.corroboration, t.parties.map((p) => p.zh)])).toEqual([["both", ["无锡市", "开姆尼茨"]]]);
  });

  it("hears 尔 as the English name's r (埃尔福特 Erfurt), so a headline's other capitalised words are not taken for it", () => {
    const release = ["常州市与德国埃尔福特市签署职业教育合作协议", "Changzhou and Erfurt Sign Vocational Education Cooperation Agreement"].join("\n\n");
    const places = placesOf(release);
    expect(places.map((p) => p.name.en)).not.toContain("Vocational Education");
    expect(places.find((p) => p.name.zh === "埃尔福特市")?.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "埃尔福特市"],
      ["en", "Erfurt"],
    ]);
  });

  it("cites each English span once, where a rule has already read the name there", () => {
    const cited = [
      "韩国木浦市代表团访问厦门。木浦市是韩国西南部港口城市。",
      "A delegation from Mokpo of the ROK visited Xiamen. Mokpo is a port city in the southwest of the ROK.",
    ].join("\n\n");
    const mokpo = facts(cited).find((f): f is PlaceFact => f.kind === "place" && f.name.zh === "木浦市");
    const spans = mokpo!.evidence.map((e) => `${e.paragraph}:${e.start}`);
    expect(mokpo!.name.en).toBe("Mokpo");
    expect(new Set(spans).size).toBe(spans.length);
  });

  it("is not run into a headline's capitalised verb ('Hangzhou and Leeds Become Sister Cities')", () => {
    const headline = ["杭州市与英国利兹市结为友好城市", "Hangzhou and Leeds Become Sister Cities", "10月15日，杭州市与英国利兹市签署友好城市协议。", "On October 15, Hangzhou and Leeds, UK signed a sister-city agreement."].join("\n\n");
    const leeds = facts(headline).find((f): f is PlaceFact => f.kind === "place" && f.name.zh === "利兹市");
    expect(leeds?.evidence.filter((e) => e.lang === "en").map((e) => e.quote)).toEqual(["Leeds", "Leeds"]);
  });

  it("is the name right after a verb of visiting, in whatever pieces jieba cuts it (奥|赫里|德市), when it sounds like the English name found from context", () => {
    const release = [
      "在斯洛文尼亚，代表团访问了采列市，双方就建立友好城市关系达成共识。",
      "In Slovenia, the delegation visited the city of Celje, and the two sides reached consensus on establishing sister-city relations.",
    ].join("\n\n");
    const celje = placesOf(release).find((p) => p.name.en === "Celje");
    expect(celje?.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "采列市"],
      ["en", "Celje"],
    ]);
    // (a word of the release's own after the verb sounds like no English name: 访问了该市)
    const own = ["代表团访问了该市，并参观了港口。", "The delegation visited the city of Celje and toured its port."].join("\n\n");
    expect(placesOf(own).find((p) => p.name.en === "Celje")?.name.zh ?? null).toBeNull();
    // (nor does a word jieba reads as no piece of a name, 访问|期间, though its consonants may meet an English name's)
    const during = ["采列市市长率团访问我市。访问期间，双方签署了合作协议。", "The Mayor of Celje led a delegation to the city. During the visit, the two sides signed a cooperation agreement."].join("\n\n");
    expect(placesOf(during).flatMap((p) => p.evidence.map((e) => e.quote))).not.toContain("期间");
  });

  it("is a transliteration with its division word, in no context, that sounds like the English name found from context", () => {
    // 肯特郡, which jieba reads as a person's name, opens its sentence: only its division word and the aligned "Kent
    // County" make it a place; "Kent" and "Kent County" are one place's two mentions, not two names it could stand for
    const release = ["肯特郡议会领袖率代表团于11月3日访问济南。", "A delegation from Kent County Council, led by its Leader, visited Jinan on November 3.", "双方回顾了济南与肯特郡的友好交往。", "The two sides reviewed the friendly exchanges between Jinan and Kent."].join("\n\n");
    const kent = placesOf(release).find((p) => p.name.zh === "肯特郡");
    expect(kent?.evidence.filter((e) => e.lang === "zh").map((e) => [e.start, e.quote])).toEqual([[0, "肯特郡"], [8, "肯特郡"]]);
    expect(kent?.evidence.filter((e) => e.lang === "en").map((e) => e.quote)).toEqual(["Kent County", "Kent"]);
    // (a person named with 州 is no place: no English name of a place sounds like him)
    const person = ["王州长会见了代表团。", "Governor Wang met the delegation from Kent County."].join("\n\n");
    expect(placesOf(person).flatMap((p) => p.evidence.filter((e) => e.lang === "zh").map((e) => e.quote))).toEqual([]);
  });

  it("is found with a kind of city, ranked or placed, between the country and the name (爱沙尼亚第二大城市塔尔图)", () => {
    const release = ["代表团还访问了爱沙尼亚第二大城市塔尔图。", "The delegation also visited Tartu, Estonia's second-largest city."].join("\n\n");
    const tartu = placesOf(release).find((p) => p.name.en === "Tartu");
    expect(tartu?.evidence.map((e) => [e.lang, e.start, e.quote])).toEqual([["zh", 16, "塔尔图"], ["en", 28, "Tartu"]]);
  });

  it("takes 府, a Thai or Japanese province's word, for a division word too (孔敬府 for 'Khon Kaen Province')", () => {
    const release = ["该市负责人表示，希望与孔敬府在职业教育方面开展更多合作。", "An official of the city said he hoped to cooperate more with Khon Kaen Province in vocational education."].join("\n\n");
    const khonKaen = placesOf(release).find((p) => p.name.en === "Khon Kaen Province");
    expect(khonKaen?.evidence.map((e) => [e.lang, e.start, e.quote])).toEqual([["zh", 11, "孔敬府"], ["en", 61, "Khon Kaen Province"]]);
  });
});
