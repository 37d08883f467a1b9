/**
 * The rule every agreement rule is made with (triggerRule): it looks for its trigger sentence by sentence, reads each
 * match, and splits what one trigger holds into events: the pairs of an enumeration (长春市与日本仙台市、吉林市与韩国
 * 春川市; "A and B, and C and D"), and one event with each partner (与A、B分别签署, "with A and B, respectively";
 * partners dated one by one in brackets or led by their own years).
 */
import type { AgreementCandidate, AgreementContext, AgreementRule, AgreementType, DateCandidate, Lang, ParagraphContext, PartyMention, PlaceCandidate } from "../types";
import { allMatches, lastMatch } from "../shared/matches";
import { NAME_WORD_EN } from "./organisations";
import { isChineseCandidate, LIST_ITEM_YEAR, partyPlaces, type ReadEvent, type Sentence, sentences, TIE_TYPES } from "./parties";

/** what parts an enumeration of pairs, and joins the two parties of each */
const ENUMERATION = {
  zh: { separator: /[、；;]|以及/g, and: /^[^、；;]*?(?:与|和|同|跟)[^、；;]*$/ },
  en: { separator: /,\s*(?:and\s+)?|;\s*/g, and: /\band\b/ },
};

/**
 * The pairs of an enumeration before a trigger, when each of its parts names two places joined by 与 or
 * "and" (长春市与日本仙台市、吉林市与韩国春川市; "Changchun and Sendai of Japan, and Jilin City and
 * Chuncheon of the ROK"), and the parts name every party; null otherwise.
 */
function enumeratedPairs(text: string, named: PartyMention[], triggerAt: number, lang: Lang): PartyMention[][] | null {
  // (广西新增友城7对：南宁市与泰国孔敬府、柳州市与越南永福省…; "Guangxi added 7 pairs: Nanning and …": the list opens after a
  // colon, and the place that sums it up before the colon is in none of its pairs)
  // ("Hunan added 9 pairs …, including Xiangtan and Belo Horizonte of Brazil, and Changde and San Jose …, which became
  // sister cities": or after the words that open a list's items)
  const opens = lastMatch(LIST_OPENS[lang], text.slice(0, triggerAt));
  const opened = Math.max(colonBefore(text, triggerAt), opens ? opens.index + opens[0].length - 1 : -1);
  const parties = named.filter((p) => p.index === null || p.index > opened);
  if (parties.some((p) => p.index === null || p.index >= triggerAt)) return null;
  return pairsOfList(text, parties, triggerAt, lang, ENUMERATION[lang].separator) ?? (lang === "en" ? pairsJoinedByAnd(text, parties) : null);
}

/** the words that open a list's items: 其中包括, 分别为, "including", "namely" */
const LIST_OPENS = { zh: /(?:其中)?包括|分别为|分别是/g, en: /\b(?:including|namely|among\s+them)\s/g };

/**
 * "Fuzhou and Malacca City and Xiamen and Penang have also become sister cities": four places joined by "and" alone
 * are two pairs, as 福州与马六甲市、厦门与槟城 are (a list of one event's parties would have its commas)
 */
function pairsJoinedByAnd(text: string, parties: PartyMention[]): PartyMention[][] | null {
  if (parties.length !== 4 || parties.some((p) => p.kind !== "place" || p.index === null)) return null;
  const joined = parties.slice(0, -1).every((p, i) => /^\s+and\s+(?:the\s+)?$/.test(text.slice(p.index! + p.text!.length, parties[i + 1]!.index!)));
  return joined ? [parties.slice(0, 2), parties.slice(2)] : null;
}

/** ", and by": the next signing pair of a passive's list ("were signed by A and B, and by C and D, respectively") */
const NEXT_PAIR_BY = /,\s+and\s+by\s+/g;
/**
 * "The MOUs were signed by A and B, and by C and D, respectively": after a passive's "by", each part names the two
 * parties, places or bodies, of one document; null unless there are two parts or more and each names two.
 */
function pairsSignedBy(text: string, named: PartyMention[], trigger: { index: number; end: number }, sentenceEnd: number, lang: Lang): PartyMention[][] | null {
  if (lang !== "en" || !/^\s+by\s/.test(text.slice(trigger.end, trigger.end + 4))) return null;
  const cuts = [trigger.end, ...[...allMatches(NEXT_PAIR_BY, text.slice(trigger.end, sentenceEnd))].map((m) => trigger.end + m.index), sentenceEnd];
  if (cuts.length < 3 || named.some((p) => p.index === null || p.index < trigger.end)) return null;
  const pairs = cuts.slice(0, -1).map((cut, i) => named.filter((p) => p.index! >= cut && p.index! < cuts[i + 1]!));
  return pairs.every((pair) => pair.length === 2) ? pairs : null;
}

/**
 * The pairs of a list of places that ends at `listEnd`, each part of it two places joined by 与 or "and"; null unless every part is one.
 * (or of bodies: 市教育局与奥克兰教育局、市文旅局与奥克兰旅游局分别签署了合作协议, each pair its own signing)
 */
function pairsOfList(text: string, parties: PartyMention[], listEnd: number, lang: Lang, separator: RegExp): PartyMention[][] | null {
  if (parties.length < 4 || parties.some((p) => (p.kind !== "place" && p.kind !== "organisation") || p.index === null)) return null;
  const from = Math.min(...parties.map((p) => p.index!));
  const { and } = ENUMERATION[lang];
  const cuts = [from, ...[...allMatches(separator, text.slice(from, listEnd))].map((m) => from + m.index), listEnd];
  const pairs: PartyMention[][] = [];
  const joins: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const inside = parties.filter((p) => p.index! >= cuts[i]! && p.index! < cuts[i + 1]!);
    if (!inside.length) continue;
    const first = inside[0]!;
    const last = inside[inside.length - 1]!;
    // (温州市分别与A、B和C签署: 分别 makes the first place the subject of each, not one pair of a list)
    const join = text.slice(first.index! + first.text!.length, last.index!);
    if (inside.length !== 2 || !and.test(join) || RESPECTIVELY[lang].test(join)) return null;
    pairs.push(inside);
    joins.push(join);
  }
  // (宁波市与釜山市、大阪市和河内市: 和 closing a list that 与 opened joins its last partner, not a pair of its own)
  if (lang === "zh" && /和/.test(joins.at(-1) ?? "") && joins.slice(0, -1).some((j) => /[与同跟]/.test(j) && !/和/.test(j))) return null;
  return pairs.length >= 2 ? pairs : null;
}

/** a document named: 备忘录, "a letter of intent" */
const DOCUMENT_NAMED = { zh: /备忘录|意向书|协议|协定|声明|宣言/, en: /\b(?:memorand(?:um|a)|MoUs?|MOUs?|letters?\s+of\s+intent|LOIs?|agreements?|accords?|pacts?|deals?|declarations?|joint\s+statements?)\b/i };
/**
 * The pairs of an enumeration a colon opens, longer than the window a trigger reads its parties in ("Guangxi
 * added 7 pairs of sister cities: Nanning and Khon Kaen Province of Thailand, Liuzhou and …, and Yulin and
 * Siem Reap of Cambodia established sister city relations respectively"): the places from the colon to the trigger.
 */
function listedAfterColon(text: string, places: PlaceCandidate[], s: Sentence, triggerAt: number, lang: Lang): PartyMention[][] | null {
  const opened = colonBefore(text, triggerAt);
  // (not a list of documents, each with its own pair: "signed: a memorandum between A and B, …, and an agreement between …")
  if (opened < s.start || DOCUMENT_NAMED[lang].test(text.slice(opened + 1, triggerAt))) return null;
  const listed = partyMentions(text, places, opened + 1, triggerAt, lang);
  return enumeratedPairs(text, listed, triggerAt, lang);
}

/**
 * what opens a list of pairs right after a tie's trigger (新增国际友好城市2对，分别为：A与B、C与D; 两对友城关系分别为：…;
 * "added two pairs of sister cities: A and B of Poland, and C and D of Italy")
 */
// (and the pairs it includes, not all of them: 新增国际友城6对，其中包括A与B、C与D; "added six pairs …, including A and B, and C and D")
/** the English words that open such a list, after the trigger or at its end ("sister cities, namely") */
const LIST_OPENING_EN = "namely|including";
/**
 * the rest of the documents' name after a trigger, before a list of the pairs that signed them: 签署了友好城市|或友好合作协议，
 * 其中包括A与B、C与D, "signed sister-city| or friendly cooperation agreements, including A and B, and C and D"
 */
export const REST_OF_DOCUMENTS = { zh: "或[^，。；]{2,12}?(?:协议书?|关系)", en: "\\s+or\\s+[\\w\\s-]{2,40}?agreements?" };
const LIST_AFTER_TRIGGER = { zh: new RegExp(`^(?:${REST_OF_DOCUMENTS.zh})?[，,]?\\s*(?:分别(?:为|是)[：:]?|即|其中(?:包括|有)[：:]?|[：:])`), en: new RegExp(`^(?:${REST_OF_DOCUMENTS.en})?(?:,?\\s+(?:${LIST_OPENING_EN})\\b|:)`) };
/** a trigger that holds the list's opening itself: "sister cities:", "sister cities, namely", "…, including" */
const TRIGGER_OPENS_LIST = new RegExp(`(?:[:：]|\\b(?:${LIST_OPENING_EN}))$`);
/** what parts such a list: a list that runs to the end of its sentence has room for "，以及" and ", and" between pairs */
const PAIR_SEPARATOR_AFTER = { zh: /[、；;]|[，,](?:以及|及|和)?/g, en: ENUMERATION.en.separator };

/** "added 7 pairs of sister cities: …": the colon opens pairs, not partners of one subject, so the list is read as pairs or not at all */
const opensListOfPairs = (text: string, trigger: { index: number; end: number }, lang: Lang): boolean =>
  lang === "en" && /:$/.test(text.slice(trigger.index, trigger.end)) && /\bpairs\s+of\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(Math.max(0, trigger.index - 60), trigger.index));

/**
 * "Yunnan added 6 pairs of sister cities: Luang Prabang Province of Laos, …": a list of pairs names a place at home in each
 * pair; a list of foreign places only is the partners of the sentence's subject, each in one of the pairs counted
 */
const onlyForeignAfter = (places: readonly PlaceCandidate[], from: number, to: number): boolean => {
  const listed = places.filter((p) => p.index >= from && p.index < to);
  return listed.length > 0 && !listed.some(isChineseCandidate);
};

/** The pairs of places a list right after the trigger names, to the end of the sentence (each its own tie); null when it names partners instead. */
function listedAfterTrigger(text: string, places: PlaceCandidate[], s: Sentence, triggerEnd: number, lang: Lang): PartyMention[][] | null {
  const opening = TRIGGER_OPENS_LIST.test(text.slice(Math.max(0, triggerEnd - 10), triggerEnd)) ? "" : LIST_AFTER_TRIGGER[lang].exec(text.slice(triggerEnd, s.end))?.[0];
  if (opening === undefined) return null;
  const from = triggerEnd + opening.length;
  const listed = partyMentions(text, places, from, s.end, lang);
  // (not "added 5 pairs: A and B, …, and C and D established sister city relations": a list with a verb after it is
  // that verb's, read before the later trigger)
  const last = listed[listed.length - 1];
  if (!last || !LIST_ENDS_SENTENCE[lang].test(text.slice(last.index! + last.text!.length, s.end))) return null;
  return pairsOfList(text, listed, s.end, lang, PAIR_SEPARATOR_AFTER[lang]);
}
/** what may follow a list of pairs that ends its sentence: the last partner's country ("… and Yantai and Catania of Italy.") */
// (after the partner's division word: "… and Anshun and Chiang Mai Province of Thailand.")
// (or 等, "and others": 分别为A与B、C与D等)
const LIST_ENDS_SENTENCE = { zh: /^[市省州县区府]?(?:等(?:城市|友城)?)?\s*[。；;！!]?\s*$/, en: new RegExp(`^(?:\\s+(?:City|Province|Prefecture|State|Region|County|District|Oblast))?(?:,?\\s+(?:of|in)\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN})*)?\\s*[.;!]?\\s*$`) };

/** the places between two offsets that can be parties (partyPlaces), as the parties of a list read them */
const partyMentions = (text: string, places: PlaceCandidate[], from: number, to: number, lang: Lang): PartyMention[] =>
  partyPlaces(text, places, from, to, lang).map((p): PartyMention => ({ kind: "place", index: p.index, text: p.text }));

/** the date of the words before the colon that opens a list at `listAt`, if a colon does */
function dateBeforeColon(text: string, dates: DateCandidate[], s: Sentence, listAt: number): DateCandidate | null {
  const opened = colonBefore(text, listAt);
  return opened < s.start ? null : (dates.find((d) => d.index >= s.start && d.index < opened) ?? null);
}

/** where the last colon (full-width or not) before a position stands, -1 with none: a list opens after it */
const colonBefore = (text: string, at: number): number => Math.max(text.lastIndexOf("：", at), text.lastIndexOf(":", at));

/** what may stand between a partner and the bracket that dates it: nothing, or the country it is in ("Tacoma in the US (1994)") */
// (or the places it is in after commas: "Norfolk, USA (1990)", "Handa, Aichi Prefecture, Japan (1994)"; or its
// division's word and its country after "of": "Yamaguchi Prefecture of Japan (1982)", "Hawaii of the United States (1985)")
const BEFORE_BRACKET = { zh: /^(?:[市省州县区府]|广域市|特别市)?\s*[（(]$/, en: /^(?:\s+(?:City|Prefecture|Province|State|Region|County|Oblast|District))?(?:,?\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w.'’ -]{1,30}?|(?:,\s+(?:the\s+)?[A-Z][\w.'’ -]{1,30}?){1,2})?\s*\($/ };

/**
 * Whether a span lists partners each with its own year in brackets (与美国诺福克市（1990年）、日本半田市（1994年）等11个城市;
 * "with 11 cities, including Norfolk, USA (1990), Handa, Japan (1994)"): the partners a figure counts are then
 * named and dated one by one, each a tie of its own (bracketDatedPartners), not a tally.
 */
export function listsBracketYears(span: string): boolean {
  return (span.match(BRACKET_YEAR)?.length ?? 0) >= 2;
}
// (a year and month in figures too: （1983.5）)
const BRACKET_YEAR = /[（(]\s*(?:19|20)[0-9]{2}(?:\s*年|[./][01]?[0-9])?\s*[）)]/g;

/** One event of several a trigger holds, one per partner: the partner, the parties with it, where its citation ends, and its own date if it has one. */
interface PartnerEvent {
  partner: PartyMention & { index: number; text: string };
  subject: PartyMention[];
  /** the citation runs from the partner or the trigger to this, or to the trigger's end */
  end: number;
  date?: DateCandidate;
}

/** the parties named beside the partners, or, with none, the release's own place, settled at fusion */
const subjectOf = (named: PartyMention[]): PartyMention[] => (named.length ? named : [{ kind: "subject", index: null, text: null, level: null }]);

/**
 * The partners of an enumeration that each stand with their own year in brackets (与美国塔科马市（1994年）、
 * 日本藤泽市（1981年）…缔结; "with Tacoma in the US (1994), Fujisawa in Japan (1981) …"): an event with each, on
 * its bracket's date and cited to its bracket, the subject being the parties that have no bracket. Null
 * unless two or more partners have one.
 */
function bracketDatedPartners(text: string, parties: PartyMention[], dates: DateCandidate[], places: readonly PlaceCandidate[], lang: Lang): PartnerEvent[] | null {
  // 美国凤凰城（1998年）: a country before a name no place rule knows, the item dated in its own bracket, stands for a
  // partner this cannot name; it is none of the other partners' subject
  const countryOfUnnamedItem = (p: PartyMention): boolean =>
    lang === "zh" && p.kind === "place" && places.some((c) => c.type === "country" && c.index === p.index) && COUNTRY_BEFORE_UNNAMED_ITEM.test(text.slice(p.index + p.text.length, p.index + p.text.length + 24));
  return datedPartners(
    parties.filter((p) => !countryOfUnnamedItem(p)),
    (p) => {
      const end = p.index + p.text.length;
      const date = dates.find((d) => d.index > end && d.index - end <= 40 && BEFORE_BRACKET[lang].test(text.slice(end, d.index)) && /^\s*[）)]/.test(text.slice(d.index + d.text.length)));
      return date && { date, end: date.index + date.text.length + /^\s*[）)]/.exec(text.slice(date.index + date.text.length))![0].length };
    },
  );
}
const COUNTRY_BEFORE_UNNAMED_ITEM = new RegExp(`^[\\p{Script=Han}·]{1,10}${LIST_ITEM_YEAR}`, "u");

/**
 * The places among the parties that `dateOf` finds a date of their own for (with where the citation of each ends),
 * an event with each, the subject being the other parties. Null unless two partners have one.
 */
function datedPartners(parties: PartyMention[], dateOf: (place: PartnerEvent["partner"]) => { date: DateCandidate; end: number } | undefined): PartnerEvent[] | null {
  const out: Omit<PartnerEvent, "subject">[] = [];
  const others: PartyMention[] = [];
  for (const p of parties) {
    const dated = p.kind === "place" && p.index !== null && p.text !== null ? dateOf(p as PartnerEvent["partner"]) : undefined;
    if (dated) out.push({ partner: p as PartnerEvent["partner"], ...dated });
    else others.push(p);
  }
  if (out.length < 2) return null;
  const subject = subjectOf(others);
  return out.map((x) => ({ ...x, subject }));
}

/**
 * 其中2017年与哈萨克斯坦阿拉木图州、2019年与乌兹别克斯坦撒马尔罕州建立友好省州关系: partners each led by its own
 * year and 与 (a country may stand between), an event with each on that year. Null unless two partners are so led.
 */
function yearLedPartners(text: string, parties: PartyMention[], dates: DateCandidate[], places: readonly PlaceCandidate[], lang: Lang): PartnerEvent[] | null {
  if (lang !== "zh") return null;
  // (nothing but 与 and the partner's country between: not 2016年与杭州结好的佛罗伦萨, where 杭州 is the subject)
  const ledBy = (d: DateCandidate, p: PartnerEvent["partner"]): boolean => {
    const gap = /^\s*[与同](.*)$/su.exec(text.slice(d.index + d.text.length, p.index));
    return !!gap && (!gap[1] || places.some((c) => c.type === "country" && c.index + c.text.length === p.index && c.text === gap[1]));
  };
  return datedPartners(parties, (p) => {
    const date = dates.find((d) => d.index < p.index && ledBy(d, p));
    return date && { date, end: p.index + p.text.length };
  });
}

/** what may stand between a partner and the year after it: "in", or its country between commas first ("Kochi, Japan, in") */
// ("with Bordeaux, France, on Monday and with Durban, South Africa, on Wednesday": or "on" and a day)
const BEFORE_TRAILING_YEAR = /^(?:,\s+(?:the\s+)?[A-Z][\w.'’ -]{1,30}?,)?\s+(?:in|on)\s+$/;
/**
 * "established friendly provincial relations with Dornogovi Province in 2012 and Arkhangai Province in 2018": partners
 * each followed by "in" and its own date, an event with each on that date. Null unless two partners are so dated.
 */
function yearTrailedPartners(text: string, parties: PartyMention[], dates: DateCandidate[], lang: Lang): PartnerEvent[] | null {
  if (lang !== "en") return null;
  return datedPartners(parties, (p) => {
    const end = p.index + p.text.length;
    const date = dates.find((d) => d.index > end && d.index - end <= 40 && BEFORE_TRAILING_YEAR.test(text.slice(end, d.index)));
    return date && { date, end: date.index + date.text.length };
  });
}

/** numbers in words, as releases count ties, partners and documents ("two new sister cities", "dozens of agreements") */
export const NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens)";
/**
 * the verbs of ties a year added, counted before they are named: "added three sister cities, namely …", "established two
 * new sister cities, A and B", as 新增/新缔结友好城市2个 (established, forged, formed, gained only with the number right
 * after them: "established sister-city ties with A" is one tie)
 */
export const TIES_ADDED_EN = `(?:added|(?:established|forged|formed|gained)(?=\\s+(?:\\d+|one|${NUMBER_WORD}|a\\s+new)\\s))`;
/** 与A、B分别签署, "with A and B, respectively": each partner signed on its own */
const RESPECTIVELY = { zh: /分别/, en: /\brespectively\b/ };
/** 先后与A、B签署意向书, "signed letters of intent with A and B": documents signed one after another, one with each partner */
const ONE_BY_ONE = { zh: /先后|相继|陆续/, en: /\b(?:letters\s+of\s+intent|memorand(?:ums|a)|MoUs|MOUs|agreements)\b/ };
/** 先后于1979年和1981年与A、B结为…, "in 1979 and 1981 respectively": dates listed for partners listed, in the same order */
const IN_ORDER = { zh: new RegExp(`${RESPECTIVELY.zh.source}|${ONE_BY_ONE.zh.source}`), en: new RegExp(`${RESPECTIVELY.en.source}|\\bsuccessively\\b`) };
/** the word that introduces the partners: 与 or 同 before them ("A和B分别与C": 和 joins the subjects), "with" */
// (新增友好城市3个，分别为A、B和C, 新缔结友好城市2个，即A和B, "added three sister cities, namely A, B and C": the partners listed one by one)
// ("added three friendly cooperation cities: A, B and C", 新增友好交流城市3个：A、B和C: a colon after the tie's cities opens the list;
// 新增国际友好城市3个（A、B、C）, "three sister cities were added (A, B and C)": so does a bracket)
// ("added two sister cities, Lyon and Porto": a comma after the cities added opens the list, as a colon does)
// (青岛的友好城市包括A、B和C, "Qingdao's sister cities include A, B and C", "… are A, B and C": the ties a place holds, listed;
// 哈尔滨友好城市加拿大埃德蒙顿市、日本新潟市…, "Harbin's sister cities, including Edmonton of Canada, …": named right after)
const PARTNER_WORDS = { zh: /与|同|分别(?:为|是)|(?:友好城市|友城|姐妹城市|姊妹城市)(?=[^关协交合代活市工建结签缔包有，。；、：:0-9０-９])|(?<=[0-9０-９一二三四五六七八九十两](?:个|对)[，,])即|(?<=(?:友好城市|友城|姊妹城市|姐妹城市|友好省州|友好省|友好城镇|友好交流城市|友好合作城市)(?:主要)?)(?:包括|有)|(?<=(?:友好城市|友城|友好交流城市|友好合作城市)[0-9０-９一二三四五六七八九十两]+(?:个|对))[：:（(]/g, en: new RegExp(`\\bwith\\b|\\bnamely\\b|(?<=\\b(?:cities|provinces|states)\\s+)(?:includ(?:e|es|ed)|are|were)\\b|\\bincluding\\b(?<=\\b(?:cities|provinces|states),\\s+including)|(?<=\\bcit(?:y|ies)):(?=\\s)|(?<=\\bcities\\s+(?:were|have\\s+been)\\s+(?:newly\\s+)?(?:established|added|forged|formed)\\b[^.;,:()]{0,40}?\\s)\\((?=[A-Z])|(?<=\\b${TIES_ADDED_EN}\\s+(?:[\\w-]+\\s+){0,5}cit(?:y|ies)),(?=\\s)`, "g") };


/**
 * 与法国布列塔尼大区、澳大利亚南澳大利亚州分别签署了备忘录, "signed memorandums with A and B, respectively",
 * 先后与莫吉廖夫州、撒马尔罕州、佩斯州建立友好省州关系: one event with each partner, cited to the partner, the
 * subject being the parties named before the word that introduces the partners (as many as the partners,
 * with "respectively": each its own, in order). Null unless the sentence says "respectively" or the event is a
 * tie, and two or more places follow that word.
 */
function eachPartnerEvents(text: string, parties: PartyMention[], places: readonly PlaceCandidate[], sentence: { start: number; end: number }, trigger: number, lang: Lang, type: AgreementType): PartnerEvent[] | null {
  const respectively = RESPECTIVELY[lang].test(text.slice(sentence.start, sentence.end));
  if (!respectively && !TIE_TYPES.has(type) && !ONE_BY_ONE[lang].test(text.slice(sentence.start, sentence.end))) return null;
  // the last partner word before the event's last named party: an earlier clause's "with" introduces that clause's
  // partners ("…with A and B respectively, and C signed a memorandum with D": D's event has one partner)
  // (a partner is a place or a body: "signed agreements with Hefei University and Anhui Jianzhu University")
  const isNamed = (p: PartyMention): p is PartnerEvent["partner"] => (p.kind === "place" || p.kind === "organisation") && p.index !== null;
  const lastNamed = Math.max(...parties.map((p) => (isNamed(p) ? p.index : -1)));
  const word = lastNamed > sentence.start ? lastMatch(PARTNER_WORDS[lang], text.slice(sentence.start, lastNamed)) : undefined;
  if (!word) return respectively ? partnersAcrossTrigger(parties, trigger) : null;
  const at = sentence.start + word.index;
  const partners = parties.filter((p): p is PartnerEvent["partner"] => isNamed(p) && p.index > at);
  // (a tie's partners are foreign: 与杭州结好的佛罗伦萨 names the subject after 与, not a second partner)
  // (a body is no place, though a Chinese place opens its name: "Hefei University")
  const chinese = (p: PartyMention): boolean => p.kind === "place" && places.some((c) => c.index === p.index && isChineseCandidate(c));
  if (partners.length < 2 || (!respectively && partners.some(chinese))) return null;
  const named = parties.filter((p) => !partners.some((q) => q === p));
  // (柳州市、桂林市分别与三宝垄市、清迈府签署…, "Liuzhou and Guilin signed … with Semarang and Chiang Mai respectively":
  // as many places on each side, paired in order)
  if (respectively && named.length === partners.length && named.every((p) => p.kind === "place")) return partners.map((partner, i) => ({ partner, subject: [named[i]!], end: partner.index + partner.text.length }));
  const subject = subjectOf(named);
  return partners.map((partner) => ({ partner, subject, end: partner.index + partner.text.length }));
}

/**
 * "Fukuoka and Los Angeles became sister cities of Guangzhou in 1979 and 1981 respectively", 福冈市和洛杉矶市分别
 * 成为广州的友好城市: with no word introducing partners, the two or more places on one side of the trigger each
 * pair with the one place on its other side. Null unless one side names one place and the other several.
 */
function partnersAcrossTrigger(parties: PartyMention[], trigger: number): PartnerEvent[] | null {
  const placed = parties.filter((p): p is PartnerEvent["partner"] => p.kind === "place" && p.index !== null);
  if (placed.length !== parties.length) return null;
  const [before, after] = [placed.filter((p) => p.index < trigger), placed.filter((p) => p.index > trigger)];
  const [partners, subject] = before.length >= 2 && after.length === 1 ? [before, after] : before.length === 1 && after.length >= 2 ? [after, before] : [[], []];
  return partners.length ? partners.map((partner) => ({ partner, subject, end: partner.index + partner.text.length })) : null;
}

/** what joins the dates of a list: 和, 、, "and", a comma */
const DATE_LIST_JOIN = { zh: /^\s*(?:和|与|及|、|，|,)\s*$/, en: /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:in|on)\s+)?$/ };
/**
 * The dates a sentence that says "respectively" (分别) lists for its partners, one each in order: exactly as many
 * dates as partners, one after another with only 和, 、, "and" or a comma between them. Null otherwise.
 */
function respectiveDates(text: string, dates: DateCandidate[], s: { start: number; end: number }, partners: number, lang: Lang): DateCandidate[] | null {
  if (!IN_ORDER[lang].test(text.slice(s.start, s.end))) return null;
  const inSentence = dates.filter((d) => d.index >= s.start && d.index < s.end);
  const runs: DateCandidate[][] = [];
  for (const d of inSentence) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && DATE_LIST_JOIN[lang].test(text.slice(last.index + last.text.length, d.index))) run!.push(d);
    else runs.push([d]);
  }
  const listed = runs.filter((r) => r.length === partners);
  return partners >= 2 && listed.length === 1 ? listed[0]! : null;
}

/** A rule whose events are followed by those a later clause adds to them (a gapped pair, a bare renewal), read from its events. */
export function withLaterClauses(rule: AgreementRule, later: (text: string, found: AgreementContext, events: readonly AgreementCandidate[]) => AgreementCandidate[]): AgreementRule {
  return {
    ...rule,
    find(ctx, found) {
      const events = rule.find(ctx, found);
      return [...events, ...later(ctx.text, found, events)];
    },
  };
}

/**
 * A rule that looks for its trigger sentence by sentence and reads each match. `gate`, a word every match
 * of the trigger holds, spares the trigger (a long pattern tried at every position) the sentences without it.
 */
export function triggerRule(lang: Lang, id: string, trigger: RegExp, read: ReadEvent, gate?: RegExp): AgreementRule {
  return {
    id,
    lang,
    find(ctx: ParagraphContext, found: AgreementContext): AgreementCandidate[] {
      const out: AgreementCandidate[] = [];
      for (const s of sentences(ctx.text, lang)) {
        if (gate && !gate.test(s.text)) continue;
        for (const m of allMatches(trigger, s.text)) {
          const index = s.start + m.index!;
          const triggerAt = { index, end: index + m[0].length };
          const event = read(ctx, found, s, m, triggerAt);
          if (!event) continue;
          // 长春市与日本仙台市、吉林市与韩国春川市等相继结好: one trigger, a pair of parties each
          const pairs = enumeratedPairs(ctx.text, event.parties, triggerAt.index, lang) ?? pairsSignedBy(ctx.text, event.parties, triggerAt, s.end, lang) ?? listedAfterColon(ctx.text, found.places, s, triggerAt.index, lang) ?? listedAfterTrigger(ctx.text, found.places, s, triggerAt.end, lang);
          if (!pairs && opensListOfPairs(ctx.text, triggerAt, lang) && !onlyForeignAfter(found.places, triggerAt.end, s.end)) continue;
          // (a list a colon opens is dated by the words before the colon: "In 2023, Jiangxi added 5 pairs: …")
          if (pairs && !event.date) event.date = dateBeforeColon(ctx.text, found.dates, s, pairs[0]![0]!.index!);
          const end = event.index + event.text.length;
          // (", and Guilin and Siem Reap … established sister-city relations" after "… with A and B respectively": a clause
          // whose subject opens the event says "respectively" and "with" of its own or not at all)
          const clause = lang === "en" && /,\s+and\s+$/.test(ctx.text.slice(s.start, event.index)) ? { start: event.index, end: s.end } : s;
          // 先后与塔科马市（1994年）、藤泽市（1981年）…缔结 (dated by its bracket), 与A、B分别签署 ("with A and B,
          // respectively"): one trigger, an event with each partner
          const each = pairs ? null : (bracketDatedPartners(ctx.text, event.parties, found.dates, found.places, lang) ?? yearLedPartners(ctx.text, event.parties, found.dates, found.places, lang) ?? yearTrailedPartners(ctx.text, event.parties, found.dates, lang) ?? eachPartnerEvents(ctx.text, event.parties, found.places, clause, triggerAt.index, lang, event.type));
          // (a pair listed after its trigger is cited from the trigger to the pair: 新增友城2对，分别为A与B)
          if (pairs) for (const pair of pairs) {
            const [from, to] = pair[0]!.index! > triggerAt.index ? [triggerAt.index, pair[1]!.index! + pair[1]!.text!.length] : [pair[0]!.index!, end];
            out.push({ ...event, parties: pair, index: from, text: ctx.text.slice(from, to), triggerAt });
          }
          else if (each) {
            // (cited from the partner, not the subject: the events of one subject would cite one span)
            // (与A和B分别于1979年和1981年结为…, "with A and B, which became … in 1979 and 1981 respectively": the dates in order)
            const respective = each.some((e) => e.date) ? null : respectiveDates(ctx.text, found.dates, clause, each.length, lang);
            each.forEach(({ partner, subject, end: partnerEnd, date }, i) => {
              const [from, to] = [Math.min(partner.index, triggerAt.index), Math.max(triggerAt.end, partnerEnd)];
              out.push({ ...event, parties: [...subject, partner], date: date ?? respective?.[i] ?? event.date, index: from, text: ctx.text.slice(from, to), triggerAt });
            });
          } else out.push({ ...event, triggerAt });
        }
      }
      return out;
    },
  };
}
