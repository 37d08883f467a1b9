/**
 * Chinese place rules. Names the gazetteer holds are found by longest match at a word start (jieba's
 * tokens); a short form (湖南 for 湖南省) or a two-character name must also end where a word ends, so
 * 中山大学 is not 中山 and 小店 is not a district. Names no gazetteer holds are read from their context:
 * a country and then a name ending in 市/州/省/郡/县/区 (南非莎拉巴特曼市), a country's 首都 and the name
 * after it, and jieba's place-name tag (ns) with a division suffix.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule, Token } from "../types";
import { codeHolds, gazetteer, isCountyLevel, openingKey, type NameHit, type PlaceEntry, type PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";

/** 中非合作, 中欧班列, 中美关系, 中非地方政府合作论坛: "China and X", not a region */
const CHINA_PAIR = /^(?:合作|关系|友好|论坛|贸易|经贸|交流|峰会|班列|两国|双方|人民|友谊|建交|投资|产能|企业|地方|经济|博览会|产业|农业|文化|青年|媒体|智库|民间|共建|命运共同体)/;
const AMBIGUOUS_WITH_CHINA_PAIR = new Set(["中非", "中欧", "中美"]);
/** division words after a name; 府 is a Thai province (孔敬府), 广域市 a Korean metropolitan city */
export const SUFFIX_TYPE: Record<string, PlaceType> = { 市: "city", 城: "city", 州: "province", 省: "province", 府: "province", 道: "province", 郡: "county", 县: "county", 区: "district" };
/** Russia's 边疆区 (krai) ends in 区 but is a first-level division, as a 州 (oblast) is */
const KRAI = /边疆区$/;
/** Russia's krai, Italy's or France's 大区 (regione, région) and Spain's 自治区 end in 区 but are first-level divisions */
const FIRST_LEVEL_AREA = /(?:边疆区|大区|自治区)$/;
/**
 * the kind of a foreign division by the word that closes its name, and by the text before it: Japan's 县 is a
 * prefecture, a first-level division, as its 府 is
 */
export function foreignDivisionType(name: string, before: string): PlaceType | null {
  if (FIRST_LEVEL_AREA.test(name) || (/县$/.test(name) && /日本$/.test(before))) return "province";
  // (a town, 皇后镇, and Japan's 町 and 村, towns and villages, are municipalities, as a city is)
  return SUFFIX_TYPE[name[name.length - 1]!] ?? (/[镇町村]$/.test(name) ? "city" : null);
}
/** the countries whose first-level divisions are 道 */
const KOREA = /(?:韩国|朝鲜|南韩|北韩)$/;
/** characters that cannot be inside a transliterated name (那 can: 亚利桑那, 伏伊伏丁那) */
export const NOT_IN_NAME = /[的和与及在对向从为是了等各也都将已把被这其之个国最第首]/;
const NOT_IN_NAME_CHAR = new RegExp(NOT_IN_NAME.source, "g");

/** jieba's tags of names: of places, people, bodies and other proper nouns */
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "nt"]);

/**
 * Whether [start, end) holds a word that joins or relates names (和, 与, 的…) rather than being part of
 * one: such a character inside a name of three or more characters, to jieba, that starts in the span is
 * the name's (和歌山县: jieba reads 和歌山 as one name; not 两国政府, a phrase).
 */
function holdsJoiningWord(ctx: ParagraphContext, start: number, end: number): boolean {
  const span = ctx.text.slice(start, end);
  if (!NOT_IN_NAME.test(span)) return false;
  const tokens = ctx.tokens();
  for (const m of allMatches(NOT_IN_NAME_CHAR, span)) {
    const at = ctx.tokenIndex().holding(start + m.index);
    const token = tokens[at];
    // 大|和|郡|山市: a name jieba cannot read falls apart into single characters, a joining word's among them
    const [before, after] = [tokens[at - 1], tokens[at + 1]];
    const unread = token?.word.length === 1 && before?.word.length === 1 && after?.word.length === 1 && before.start >= start && after.end <= end;
    if (unread) continue;
    // (日本|宇和岛市: jieba reads the whole name with its division word as one word, whatever its tag: the 和 is the name's)
    if (token && token.start === start && token.end === end + 1 && token.word.length >= 3 && /[市县州省区郡町村]$/.test(token.word)) continue;
    if (!token || token.word.length < 3 || token.start < start || !NAME_TAGS.has(token.tag)) return true;
  }
  return false;
}


/**
 * 潍坊|滨海: a county's short name right after a city it is not in names a part of that city (its new
 * district, its zone), not the county of the same name elsewhere (滨海县 is in 盐城)
 */
function afterAnotherCity(ctx: ParagraphContext, at: number, county: PlaceEntry): boolean {
  const previous = ctx.tokens()[ctx.tokenIndex().endingAt(at)];
  const cities = (previous && gazetteer().zh.get(previous.word)?.filter((h) => h.entry.code?.scheme === "GB/T 2260" && !isCountyLevel(h.entry))) ?? [];
  return cities.length > 0 && !cities.some((h) => codeHolds(h.entry.code!.value, county.code!.value));
}

/** the words a firm's name goes on with after its brand: holdings, group, shares, motors */
const FIRM_AFTER = /^(?:控股|集团|股份|汽车)/;
/**
 * county-level short names that are ordinary nouns, which jieba tags as places all the same: 古城 "an ancient
 * town" (古城区), 新城 "a new town", 山城 "a mountain city", 海港 "a seaport", 城关/城东/城西 "the old town, the
 * east of the town", 江南 "south of the Yangtze" (the region, not 南宁's 江南区), 牡丹 "the peony" (牡丹文化, not
 * 菏泽's 牡丹区), 友谊 "friendship" (友谊口岸, the border crossing at the Friendship Pass, not 友谊县), 滨海 "by the
 * sea" (滨海城市, a coastal city, not 盐城's 滨海县). Their full names still match.
 */
const GENERIC_SHORT_NAMES = new Set(["古城", "新城", "山城", "海港", "城关", "城东", "城西", "江南", "牡丹", "新建", "友谊", "滨海"]);

/** whether [at, end) lies in a part of a name that a middle dot joins to another, within four characters of the dot (a person's transliterated name) */
// (not when a title stands between the place and the person's name: 艾奥瓦州州长金·雷诺兹)
function insideDottedName(text: string, at: number, end: number): boolean {
  const after = /^(\p{Script=Han}{0,4})[·•・‧]/u.exec(text.slice(end, end + 5));
  // (北开普省索尔·普拉杰地方市: a division word right after the name closes it, before another name the dot is in)
  return /[·•・‧]\p{Script=Han}{0,4}$/u.test(text.slice(Math.max(0, at - 5), at)) || (!!after && !TITLE_BEFORE_PERSON.test(after[1]!) && !/^(?:[省州县府郡道]|大区)/.test(after[1]!));
}
const TITLE_BEFORE_PERSON = /[长使事员督]|主席|总统|总理|书记/;

/** whether a name at a position stands as jieba reads the paragraph (the paragraph's shared token index) */
function acceptable(hit: NameHit, name: string, at: number, ctx: ParagraphContext, splits: ReadonlySet<number>): boolean {
  const end = at + name.length;
  // 滨海边疆区: a krai's name that opens with a Chinese county's (滨海县)
  if (hit.entry.country === "CN" && KRAI.test(ctx.text.slice(end, end + 3))) return false;
  // 罗德里戈·蒙达卡 (a governor's name): a foreign name inside a transliterated personal name, whose parts a middle dot joins
  if (hit.entry.country !== "CN" && insideDottedName(ctx.text, at, end)) return false;
  // 缔结友好区关系, 友好县协议: "friendly district", the kind of a tie, not 伊春's 友好区 (nor 友好区县, a district's tie with a county)
  // (友好区缔结仪式, 缔结友好区: the tie's kind before its making's word, or made by the verb before it)
  if (/^友好/.test(name) && (TIE_KIND_AFTER.test(ctx.text.slice(end, end + 4)) || TIE_VERB_BEFORE.test(ctx.text.slice(Math.max(0, at - 3), at)))) return false;
  const index = ctx.tokenIndex();
  if (personNamedAfterTitle(ctx, at, end) || personAfterOfficeAlone(ctx.text, at, end) || personWithSurnameAfterOffice(ctx.text, at, end)) return false;
  // 主城区, 国际友好城区: "the urban area", a common noun, names the district 城区 only right after its city (晋城市城区)
  if (AREA_NOUNS.has(name) && ctx.text[at - 1] !== "市") return false;
  if (hit.form === "short" || name.length === 2) {
    // the word may go on with a division word only (万象市, 札幌市, 东京都 are one word to jieba), or be a city's development zone (苏州工业园区)
    // (中亚地区, 中亚国家: a region's name, read by jieba into one word with 地区 or 国家 after it)
    const regionWord = hit.entry.type === "region" && /^(?:地区|国家)/.test(ctx.text.slice(end, end + 2)) && index.endingAt(end + 2) >= 0;
    if (index.endingAt(end) < 0 && !splits.has(end) && !(/^[市省县区州府郡都]$/.test(ctx.text[end] ?? "") && index.endingAt(end + 1) >= 0) && !isZoneOf(ctx, at, hit, name) && !regionWord) return false;
    // (弗雷德|里|西亚港: a region's name after a lone character that goes on a transliterated name is that name's tail)
    if (hit.entry.type === "region" && name.length === 2 && tailOfTransliteration(ctx, at)) return false;
    // a county-level short name (合作 for 合作市, 小店 for 小店区) is a common word too often: jieba must read it as a place
    if (hit.form === "short" && isCountyLevel(hit.entry)) {
      if (GENERIC_SHORT_NAMES.has(name)) return false;
      // (吉利控股集团, 吉利汽车: a county's short name opening a firm's name is the firm's brand, not where it is)
      if (FIRM_AFTER.test(ctx.text.slice(end, end + 2))) return false;
      // 唐|津市 (Karatsu): a lone character of a name right before it makes it the tail of another name, not 津市市
      if (loneCharacterBefore(ctx, at, /^(?:nr|nrt|nrfg|ns|nz|x|ng)$/)) return false;
      const token = ctx.tokens()[index.startingAt(at)];
      // (凭祥口岸, 东兴口岸: a port of entry is named for its town, whatever jieba's tag)
      const port = ctx.text.startsWith("口岸", end);
      return (token?.tag === "ns" || port) && token?.end === end && !afterAnotherCity(ctx, at, hit.entry);
    }
  }
  return true;
}

/** the word jieba reads right before a position when it is one Chinese character (not a mark) of a tag `tags` allows */
function loneCharacterBefore(ctx: ParagraphContext, at: number, tags: RegExp): Token | undefined {
  const before = ctx.tokens()[ctx.tokenIndex().endingAt(at)];
  return before && before.word.length === 1 && /\p{Script=Han}/u.test(before.word) && tags.test(before.tag) ? before : undefined;
}

/** whether a lone character before a position goes on a transliterated name jieba read before it (弗雷德|里|) */
function tailOfTransliteration(ctx: ParagraphContext, at: number): boolean {
  // (a piece of a name, or 里 read as a direction: not a preposition or a joining word, 波尔图|在|亚洲, nor a mark, 布雷达|，|西亚)
  const lone = loneCharacterBefore(ctx, at, /^(?:f|nr|nrt|nrfg|nz|x|ng)$/);
  const name = lone ? ctx.tokens()[ctx.tokenIndex().endingAt(lone.start)] : undefined;
  return !!name && name.word.length >= 2 && /^(?:nr|nrt|nrfg|x)$/.test(name.tag);
}

/** districts named by a common noun: 城区 "the urban area", 郊区 "the suburbs", 矿区 "the mining area" */
const AREA_NOUNS = new Set(["城区", "郊区", "矿区"]);

/** a person's title right before a name: 市长, 大使, 知事, 主席 */
const PERSON_TITLE_BEFORE = /(?:[长使]|知事|主席|总统|总理|书记|议员)$/;
/**
 * 堤川市市长金昌奎: a name right after a person's title that jieba reads as a person's, a given name of one or two
 * characters after it, is that person's surname and name (Kim Chang-gyu), not 金昌 the city; so is one jieba reads as a
 * place (福田纪彦, Fukuda Norihiko, not Shenzhen's 福田区) where what the person does follows
 */
function personNamedAfterTitle(ctx: ParagraphContext, at: number, end: number): boolean {
  if (!PERSON_TITLE_BEFORE.test(ctx.text.slice(Math.max(0, at - 2), at))) return false;
  const tokens = ctx.tokens();
  const index = ctx.tokenIndex();
  const name = tokens[index.startingAt(at)];
  const given = tokens[index.startingAt(end)];
  if (name?.end !== end || !given || !/^(?:nr|nrfg|x)$/.test(given.tag) || !/^\p{Script=Han}{1,2}$/u.test(given.word)) return false;
  // (川崎市市长福田纪彦一行: a surname jieba reads as the place it also names, when what the person does follows the given name)
  return name.tag === "nr" || (name.tag === "ns" && AFTER_PERSONS_NAME.test(ctx.text.slice(given.end, given.end + 2)));
}

/** a Chinese office right before a name: 市长, 郡长, 书记 */
const OFFICE_BEFORE_NAME = /(?:[市区县省郡州镇]长|书记|主任|主席)$/;
/** what follows a person's whole name: a list's mark, or what the person does there (出席, 致辞, 表示) */
const AFTER_PERSONS_NAME = /^(?:[、，,。；和与及]|出席|致辞|讲话|表示|会见|会晤|介绍|指出|强调|率|一行|陪同|参加)/;
/**
 * 芜湖市市长宁波、蒙巴萨郡郡长…出席: a city's name right after an office, then a list's mark or what the person does, is
 * the officer's whole name (a given name a city's), not the city
 */
const personAfterOfficeAlone = (text: string, at: number, end: number): boolean =>
  OFFICE_BEFORE_NAME.test(text.slice(Math.max(0, at - 2), at)) && AFTER_PERSONS_NAME.test(text.slice(end, end + 2));
/** the commonest Chinese surnames, each one character */
const SURNAME = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/;
/** (省委书记张天津在会上讲话: a surname between the office and a two-character name a city's, the officer's given name) */
const personWithSurnameAfterOffice = (text: string, at: number, end: number): boolean =>
  end - at === 2 && SURNAME.test(text[at - 1] ?? "") && OFFICE_BEFORE_NAME.test(text.slice(Math.max(0, at - 3), at - 1)) && (AFTER_PERSONS_NAME.test(text.slice(end, end + 2)) || /^[在对向就于]/.test(text[end] ?? ""));

/** what follows a kind of tie (友好区关系, 友好县协议): a relation, a document, an exchange */
const TIE_KIND_AFTER = /^(?:的)?(?:[县区市省州]|关系|协议|合作|交流|结好|友好|意向|备忘录|缔结|签约|签字|建立)/;
/** the verb that makes a tie, right before its kind (缔结友好区, 结为友好区) */
const TIE_VERB_BEFORE = /(?:缔结|结为|结成|建立|成为)$/;

/** the words that close the name of a development zone, which jieba reads as one place word with its city's name */
const ZONE_WORD = /(?:工业园区|开发区|高新区|保税区|新区)$/;
/** 苏州工业园区, 天津经济技术开发区: one place word (ns, nt) that opens with a city's or province's name and closes a zone's */
// (钦州港, 青岛港: a city's port, named for the city, is one place word to jieba too)
function isZoneOf(ctx: ParagraphContext, at: number, hit: NameHit, name: string): boolean {
  if (isCountyLevel(hit.entry)) return false;
  const token = ctx.tokens()[ctx.tokenIndex().startingAt(at)];
  return !!token && (token.tag === "ns" || token.tag === "nt") && (ZONE_WORD.test(token.word) || token.word === `${name}港`);
}

/** The country of the place found right before a position (美国, or 加利福尼亚州 in the US), if one is. */
function locatorBefore(found: PlaceCandidate[], text: string, at: number): string | null {
  const previous = found[found.length - 1];
  // (首尔特别市江南区, 大阪市北区: a foreign city's word may stand between it and the district it holds)
  if (!previous || !/^(?:[州省府县道市都]|特别市|广域市)?$/.test(text.slice(previous.index + previous.text.length, at))) return null;
  const entry = previous.hits[0]?.entry;
  if (!entry || entry.country === "CN") return null;
  return entry.type === "country" ? (entry.code?.value ?? null) : entry.country;
}

/**
 * 琼格拉德-乔纳德州: whether a position is inside a transliteration joined by a hyphen, the word before it
 * being a piece jieba cannot read (x) or reads as a transliteration (nrt), with the hyphen right before that
 */
function insideHyphenatedTransliteration(ctx: ParagraphContext, at: number): boolean {
  const previous = ctx.tokens()[ctx.tokenIndex().endingAt(at)];
  return !!previous && (previous.tag === "x" || previous.tag === "nrt") && /[\p{Script=Han}]/u.test(previous.word) && /[-－·]/.test(ctx.text[previous.start - 1] ?? "");
}

/** most word starts open no name: one empty list for all of them, not a new one each */
const NO_LENGTHS: readonly number[] = [];

/** 美国纽约, 法国巴黎: jieba's one word for a country (or a province) and a place in it; where the second name starts */
function placeInPlaceSplit(word: string): number | null {
  const g = gazetteer();
  for (let k = 2; k <= word.length - 2; k++) {
    const first = g.zh.get(word.slice(0, k));
    if (first?.some((h) => h.entry.type === "country" || h.entry.type === "province") && g.zh.has(word.slice(k))) return k;
  }
  return null;
}

/** the preposition or adverb jieba may read, with a name it does not know, into one word: 平泽于 */
const GLUED_AFTER_NAME = /[于在与和同将已]$/;
/** a street's word after a name, a quarter's (东, 中) before it: not 路演 (a roadshow), 路线, 街头 (its streets), 街道 (a subdistrict) */
const STREET_AFTER_NAME = /^[东西南北中]?(?:路(?![演线径途网费况])|大街|大道|街(?![头道区坊])|巷)/;

/** Every gazetteer name in the paragraph, longest first at each word start (and where the second name of a word of two starts). */
export const gazetteerName: PlaceRule = {
  id: "place-zh-gazetteer",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const tokens = ctx.tokens();
    const out: PlaceCandidate[] = [];
    const text = ctx.text;
    let free = 0; // where the text after the last name found begins
    const splits = new Set<number>();
    const starts: number[] = [];
    // word starts in text order (jieba's words follow each other)
    for (const token of tokens) {
      starts.push(token.start);
      // (与富|山县: a joining word jieba reads into a word it does not know, x, with the name's first character)
      if (token.tag === "x" && token.word.length >= 2 && /^[与和同及]\p{Script=Han}/u.test(token.word)) starts.push(token.start + 1);
      // (平泽于|1995年: and a word it does not know that ends with a preposition after the name, which ends the name before it)
      if (token.tag === "x" && token.word.length >= 3 && GLUED_AFTER_NAME.test(token.word)) splits.add(token.end - 1);
      const k = token.word.length >= 4 ? placeInPlaceSplit(token.word) : null;
      if (k) {
        splits.add(token.start + k);
        starts.push(token.start + k);
      }
    }
    for (const i of starts) {
      if (i < free) continue;
      free = i + 1;
      // only the lengths of names that start with these two characters
      for (const len of g.zhLengthsByFirstTwo.get(openingKey(text, i)) ?? NO_LENGTHS) {
        if (i + len > text.length) continue;
        const name = text.slice(i, i + len);
        const known = g.zh.get(name);
        if (!known) continue; // most tries: no array made for a miss
        // “长安号”, 和谐号: a name with 号 after it names a train or a ship
        if (text[i + len] === "号") continue;
        // 平江路, 北京东路, 长安街: a city's or county's name before a street's word names the street (a country's is
        // China's way, 沿着中国大道, and stays); 街头, "the streets of", is the place's own
        if (STREET_AFTER_NAME.test(text.slice(i + len, i + len + 3)) && known.every((h) => h.entry.type !== "country")) continue;
        // (首尔特别市中区: a name opening with the word that closes a foreign city's name is that city's word and its
        // district, not China's 市中区)
        if (/^[市都]/.test(name) && foreignCityWordAt(text, i)) continue;
        // 琼格拉德-乔纳德州: the tail of a transliteration joined by a hyphen holds no Chinese city (德州)
        if (known.every((h) => h.entry.country === "CN") && insideHyphenatedTransliteration(ctx, i)) continue;
        const locator = locatorBefore(out, text, i);
        // 美国加利福尼亚州奥克兰市: a name right after a country, or a division of one, is not that name's place in another
        // country (Auckland), nor a Chinese one (日本津市 is Tsu, not Hunan's 津市市)
        const accepted = known.filter((h) => acceptable(h, name, i, ctx, splits));
        // (a name before 市 that names a city the gazetteer lacks: 松山市, a Chinese district's or county's short name, China's
        // cities being all in it, is a foreign one, not 松山区; 魁北克市, a foreign province's name, is the city of that name,
        // as "Québec City" is)
        if (accepted.length && text[i + len] === "市" && ((!/[区县旗市]$/.test(name) && accepted.every(chineseShortName)) || (!/[州省市]$/.test(name) && accepted.every(foreignProvince)))) {
          out.push({ rule: this.id, index: i, text: `${name}市`, lang: "zh", hits: [], type: "city", foreign: true });
          free = i + len + 1;
          break;
        }
        // (夏威夷县, 华盛顿县: a foreign state's name before 县 is a county of that name, as "Hawaii County" is)
        if (accepted.length && text[i + len] === "县" && !/[州省县市]$/.test(name) && accepted.every(foreignProvince)) {
          out.push({ rule: this.id, index: i, text: `${name}县`, lang: "zh", hits: [], type: "county", foreign: true });
          free = i + len + 1;
          break;
        }
        // (nor a country: 美国新泽西州|泽西|市 is a city, not Jersey)
        const hits = accepted.filter((h) => !(locator && ((h.entry.country && h.entry.country !== locator) || h.entry.type === "country")));
        // (a name with a division word that the gazetteer knows only in China is, after a foreign country, that country's place of the name)
        if (!hits.length && accepted.length && locator && /[市州省府县区]$/.test(name) && known.every((h) => h.entry.country === "CN")) {
          out.push({ rule: this.id, index: i, text: name, lang: "zh", hits: [], type: foreignDivisionType(name, text.slice(Math.max(0, i - 2), i)), foreign: true });
          free = i + len;
          break;
        }
        if (!hits.length) continue;
        if (AMBIGUOUS_WITH_CHINA_PAIR.has(name) && CHINA_PAIR.test(text.slice(i + len))) break;
        // 大阪府, 福冈县: a foreign city's name with a division word after it names the division of that name (马德里自治区, 巴黎大区 too)
        const division = hits[0]!.entry.type === "city" && hits[0]!.entry.country !== "CN" && /^(?:[府县州省道]|边疆区|自治区|大区)/.test(text.slice(i + len, i + len + 3));
        out.push({ rule: this.id, index: i, text: name, lang: "zh", hits, type: division ? "province" : hits[0]!.entry.type, foreign: hits[0]!.entry.country !== "CN" });
        free = i + len;
        break;
      }
    }
    return out;
  },
};

/** the hits of a name that, before 市, names a city the gazetteer lacks: a Chinese district's or county's, a foreign province's */
const chineseShortName = (h: NameHit): boolean => h.entry.country === "CN" && (h.entry.type === "district" || h.entry.type === "county");
const foreignProvince = (h: NameHit): boolean => h.entry.country !== "CN" && h.entry.type === "province";

/** Chinese names of one kind of place, and their distinct lengths: asked at every 市/省/县... of a paragraph. */
interface NamesOfKind {
  names: Set<string>;
  lengths: number[];
}

/** the names whose gazetteer entries a test keeps, gathered on first use */
export function namesOfKind(keep: (entry: PlaceEntry) => boolean): () => NamesOfKind {
  let kind: NamesOfKind | null = null;
  return () => {
    if (!kind) {
      const names = new Set([...gazetteer().zh].filter(([, hits]) => hits.some((h) => keep(h.entry))).map(([name]) => name));
      kind = { names, lengths: [...new Set([...names].map((n) => n.length))] };
    }
    return kind;
  };
}

const countryNames = namesOfKind((e) => e.type === "country");
/** the foreign first-level divisions (Bavaria, 巴伐利亚) */
const foreignDivisionNames = namesOfKind((e) => e.type === "province" && e.country !== "CN");

const ANYTHING_BEFORE = (): boolean => true;
/** whether a name of a kind ends at a position, with what stands before it passing a test (no array made: a hot path) */
export const nameOfKindEndsAt = ({ names, lengths }: NamesOfKind, text: string, end: number, before: (start: number) => boolean = ANYTHING_BEFORE): boolean =>
  lengths.some((len) => len <= end && names.has(text.slice(end - len, end)) && before(end - len));

/** whether a text is a country's name */
export const isCountryName = (name: string): boolean => countryNames().names.has(name);
/** whether a country's name ends at a position */
export const isCountryAt = (text: string, end: number): boolean => {
  if (nameOfKindEndsAt(countryNames(), text, end)) return true;
  // 意大利共和国|, 泰王国|: the rest of a country's formal name after its short one
  const formal = FORMAL_STATE.exec(text.slice(Math.max(0, end - 5), end));
  return !!formal && nameOfKindEndsAt(countryNames(), text, end - formal[0].length);
};
const FORMAL_STATE = /(?:(?:联邦)?共和国|王国|合众国)$/;
/** whether a country's name that ends at a position is the start of a longer one (印度 of 印度尼西亚, 哈萨克 of 哈萨克斯坦) */
export function insideLongerCountry(text: string, end: number): boolean {
  for (let k = 1; k <= 6; k++) if (nameOfKindEndsAt(countryNames(), text, end + k, (start) => start < end)) return true;
  return false;
}

/** the length of the longest country's name that opens a text (法国|尼斯), leaving two characters after it at least, or 0 */
export function countryOpening(text: string): number {
  for (let len = Math.min(text.length - 2, 10); len >= 2; len--) if (isCountryName(text.slice(0, len))) return len;
  return 0;
}

/** the foreign cities (大阪), whose names with 府 or 县 name their prefectures */
export const foreignCityNames = namesOfKind((e) => e.type === "city" && e.country !== "CN");
/** whether a foreign city's name ends right before a position, or before 特别 or 广域 there (首尔|市, 首尔特别|市) */
const foreignCityWordAt = (text: string, at: number): boolean =>
  nameOfKindEndsAt(foreignCityNames(), text, at) || (/特别|广域/.test(text.slice(Math.max(0, at - 2), at)) && nameOfKindEndsAt(foreignCityNames(), text, at - 2));

/**
 * 德国巴伐利亚州|埃尔兰根市, 日本大阪府|高槻市: a country, then a known division of it (with its 州 or 省), or a city's name
 * with a division word, ends at a position (美国加州|圣保罗市: the division word may be the known name's own last character)
 */
const isCountryThenDivisionAt = (text: string, end: number): boolean => {
  const suffixed = /[州省府县道区]/.test(text[end - 1] ?? "");
  const afterCountry = (start: number): boolean => isCountryAt(text, start);
  return foreignDivisionNameEndsAt(text, suffixed ? end - 1 : end, suffixed, afterCountry) || (suffixed && foreignDivisionNameEndsAt(text, end, false, afterCountry));
};

/**
 * whether a known foreign division's name (巴伐利亚) ends at a position, or, when a one-character division
 * word follows it, a foreign city's name, which then names the division (大阪|府, 圣保罗|州)
 */
export const foreignDivisionNameEndsAt = (text: string, end: number, suffixed: boolean, before: (start: number) => boolean = ANYTHING_BEFORE): boolean =>
  nameOfKindEndsAt(foreignDivisionNames(), text, end, before) || (suffixed && nameOfKindEndsAt(foreignCityNames(), text, end, before));

/** 鹿特丹市, 西澳州, 大邱广域市: a known name with a division word after it is that known place (of the kind a test keeps) */
export function startsWithKnownName(name: string, keep: (hit: NameHit) => boolean = () => true): boolean {
  const g = gazetteer();
  return (g.zhLengthsByFirst.get(name[0]!) ?? []).some((len) => len <= name.length && (g.zh.get(name.slice(0, len)) ?? []).some(keep));
}
/** after a foreign country a name is that country's: 越南广宁省 is not China's 广宁县 */
export const notChinese = (hit: NameHit): boolean => hit.entry.country !== "CN";
/**
 * the known names that make a name after a country that known place: any after China, after another country
 * a foreign one of that country (美国奥克兰市 is not New Zealand's 奥克兰, Auckland)
 */
function blockingAfter(text: string, countryEnd: number): ((hit: NameHit) => boolean) | undefined {
  if (/(?:中国|中华人民共和国)$/.test(text.slice(Math.max(0, countryEnd - 8), countryEnd))) return undefined;
  // read only when a known foreign name is asked about: most tries have none
  let named: Set<string> | undefined;
  return (hit) => notChinese(hit) && (!hit.entry.country || (named ??= countriesNamedBefore(text, countryEnd)).size === 0 || named.has(hit.entry.country));
}

/** the ISO codes of the countries named in the few characters before a position (美国 in 美国加利福尼亚州|) */
function countriesNamedBefore(text: string, end: number): Set<string> {
  const { names, lengths } = countryNames();
  const out = new Set<string>();
  for (let start = Math.max(0, end - 14); start < end; start++) {
    for (const len of lengths) {
      const name = start + len <= end ? text.slice(start, start + len) : "";
      if (!names.has(name)) continue;
      for (const h of gazetteer().zh.get(name)!) if (h.entry.type === "country" && h.entry.code) out.add(h.entry.code.value);
    }
  }
  return out;
}

/**
 * tags of the words of a sentence that a transliterated name is not made of: verbs, adjectives (and the
 * distinguishing words, b: 肯尼亚|主要|农业区), adverbs, prepositions, and locality words (意大利|北部|城市, "a city in northern Italy")
 */
const SENTENCE_WORD_TAGS = new Set(["v", "vn", "vd", "a", "ad", "an", "b", "d", "p", "c", "f"]);
/** whether jieba reads a word of two or more characters of a sentence in [start, end) */
function holdsSentenceWord(ctx: ParagraphContext, start: number, end: number): boolean {
  const tokens = ctx.tokens();
  for (let i = Math.max(0, ctx.tokenIndex().holding(start)); i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (!(t.start >= start && t.end <= end && t.word.length >= 2 && SENTENCE_WORD_TAGS.has(t.tag))) continue;
    // 纳夫|普利|翁市: beside characters jieba cannot read at all (x), a "word" is a piece of the transliteration
    const unread = (n: (typeof tokens)[number] | undefined): boolean => !!n && n.tag === "x" && n.start < end && n.end > start && /^\p{Script=Han}+$/u.test(n.word);
    if (!unread(tokens[i - 1]) && !unread(tokens[i + 1])) return true;
  }
  return false;
}

/**
 * Whether a name no gazetteer holds may stand at a position: no joining word (与, 和) nor sentence word inside
 * it, and no known name opening it (of those `blocks` keeps: a country opening 泽西市 may, a foreign city may not).
 */
export const newNameAt = (ctx: ParagraphContext, at: number, name: string, blocks?: (hit: NameHit) => boolean): boolean =>
  !FORMER_NAME_OPENING.test(name) && !holdsJoiningWord(ctx, at, at + name.length - 1) && !holdsSentenceWord(ctx, at, at + name.length - 1) && !startsWithKnownName(name, blocks);
/** 大东部大区前身阿尔萨斯大区: the word that says the next name is a former one (its predecessor's, its old name) opens no name */
const FORMER_NAME_OPENING = /^(?:前身(?:为|是)?|旧称|原名|曾用名)/;
/** what may stand between a division and a place of it named after: its former name's word, its capital's */
const BEFORE_CITY_OF_DIVISION = new RegExp(`${FORMER_NAME_OPENING.source}|^(?:首府|首都|省会)`);

/**
 * whether the characters from `start` to a division word at `divisionAt` can be a transliterated name: they hold
 * no word of the sentence (美国俄亥俄州|签署友好省), unless they are one word and the division its own (日本高松市)
 */
function freeOfSentenceWords(ctx: ParagraphContext, start: number, divisionAt: number, division: string): boolean {
  return !holdsSentenceWord(ctx, start, divisionAt) || oneWordThenDivision(ctx, start, divisionAt, division);
}

/**
 * 日本高松市: a name of one word (高松, an adjective to jieba) right after a country, then its division word as a
 * word of its own (or joined to the preposition after it: 法国昂热|市于), is a name whatever jieba's tag (not
 * 日本新建市场, where 市 opens another word); so is a compass
 * word before 大区 (马拉维中部大区, Malawi's Central Region: 中部 a direction to jieba)
 */
function oneWordThenDivision(ctx: ParagraphContext, start: number, divisionAt: number, division: string): boolean {
  const index = ctx.tokenIndex();
  const stem = index.startingAt(start);
  const region = division === "区" && ctx.text[divisionAt - 1] === "大";
  const wordAt = region ? divisionAt - 1 : divisionAt;
  const word = index.startingAt(wordAt);
  if (stem < 0 || ctx.tokens()[stem]!.end !== wordAt || word < 0) return false;
  const read = ctx.tokens()[word]!.word;
  return read === (region ? "大区" : division) || (!region && read.length === 2 && read[0] === division && GLUED_AFTER_DIVISION.test(read[1]!));
}
/** 法国昂热|市于|2024年: the preposition or adverb after a division word, which jieba may join to it */
const GLUED_AFTER_DIVISION = /^[于在与和同将已也]$/;

/** a transliteration's original, glossed inside the name before its division word: 奥斯纳布吕克（Osnabrück）市 */
const GLOSS = "(?:[（(][A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F .'’-]{0,40}[）)])";
/** 大阪府知事吉村洋文: a division's head's title after it, then a person (吉村, a surname, ends in 村 as a village does) */
const HEAD_OF_DIVISION = /^副?(?:知事|州长|省长|市长|县长|区长|町长|村长|议长|长官|总督|首长)/;
const CITY_AFTER = new RegExp(`^\\p{Script=Han}{2,10}?${GLOSS}?[市县区郡镇町村]`, "u");
/** a name ending in 市, 县, 区, 郡, 镇, 町 or 村 (a town: 基安蒂镇, Japan's 有田町 and 白川村) right at a position, made of no word of the sentence */
export function cityAfterDivision(ctx: ParagraphContext, divisionEnd: number, rule: string): PlaceCandidate[] {
  // (新阿基坦大区前身|阿基坦大区: the division's former one, named after the word that says so; 萨斯喀彻温省首府|里贾纳市:
  // its capital, after the word for it)
  const at = divisionEnd + (BEFORE_CITY_OF_DIVISION.exec(ctx.text.slice(divisionEnd, divisionEnd + 4))?.[0].length ?? 0);
  const m = CITY_AFTER.exec(ctx.text.slice(at, at + 56));
  // (a country's name opening it is no block: 新泽西州|泽西市 is Jersey City, not Jersey)
  // (nor is a tie's word a name: 富山县|友好省县关系 is the kind of the tie)
  // (a Japanese town or village, 熊本县|南小国町, is written in kanji, whose words a Chinese sentence has too)
  const blocks = (hit: NameHit): boolean => notChinese(hit) && hit.entry.type !== "country";
  const kanjiTown = !!m && isKanjiTownName(m[0]) && !FORMER_NAME_OPENING.test(m[0]) && !startsWithKnownName(m[0], blocks);
  if (!m || HEAD_OF_DIVISION.test(m[0]) || TIE_WORDS.test(m[0]) || (!kanjiTown && !newNameAt(ctx, at, m[0], blocks))) return [];
  // (a foreign town or village, 基安蒂镇, 东川町, 白川村, is a municipality, as a city is)
  const city = (from: number, text: string): PlaceCandidate => ({ rule, index: from, text, lang: "zh", hits: [], type: SUFFIX_TYPE[text.slice(-1)] ?? (/[镇町村]$/.test(text) ? "city" : null), foreign: true });
  // 翁布里亚大区|佩鲁贾省托迪市: a second division's name and word (Italy's provinces below its regions) before the city
  const inner = INNER_DIVISION.exec(m[0]);
  if (inner) {
    const split = inner.index + inner[0].length;
    return [{ ...city(at, m[0].slice(0, split)), type: "province" }, city(at + split, m[0].slice(split))];
  }
  return [city(at, m[0])];
}
/** a Japanese town's or village's kanji name (南小国町, 白川村): no joining character inside but 国 (小国 is a word of its name, though 国 closes 两国 or 中国 elsewhere) */
const isKanjiTownName = (name: string): boolean => /^\p{Script=Han}{2,4}[町村]$/u.test(name) && !NOT_IN_NAME.test(name.replaceAll("国", ""));
/** a division's word inside such a name, with two characters of name on either side: 佩鲁贾省|托迪市 */
const INNER_DIVISION = /^\p{Script=Han}{2,}?(?:省|州(?!市)|府(?![市县]))(?=\p{Script=Han}{2,}[市县区郡镇町村]$)/u;

/** the kinds of tie that may stand between a country and its partner's name (日本友好城市春日井市, 韩国友城群山市) */
const TIE_KIND_AFTER_COUNTRY = /(?:友好城市|友好交流城市|友城|姐妹城市|友好省州|友好省)$/;
/** a kind of city, and where in its country it lies, between the country and the city's name: 南部城市, 港口城市, 海滨小城 */
// (荷兰南部|北布拉班特省: or where in the country alone, before a division's name)
const CITY_KIND_AFTER_COUNTRY = /(?:(?:[东南西北]{1,2}|中)部)?(?:港口|沿海|海滨|边境|工业|历史文化)?(?:城市|小城|名城|古城)$|(?:[东南西北]{1,2}|中)部$/;
/**
 * A name, then the division word that closes it (the country before it is looked for by nameAfterCountry). Built once:
 * a pattern this long costs more to compile than to run on a paragraph.
 * (市 closes no name when 场 follows: 越南开拓市场 is "the Vietnamese market", not a city 开拓市; nor 省 in 省委, 省长:
 * 葡萄牙驻华大使会见省委书记; nor in 省州, "province and state": 阿穆尔州举行省州长定期会晤)
 * a transliteration may hold a hyphen or a middle dot (巴登-符腾堡州); 州 closes no name when 市 follows
 * (韩国清州市, though not 俄亥俄州市长, "the mayor"), nor 府 when 市 or 县 follows (日本别府市), nor 郡 in
 * 郡山 (日本大和郡山市); 城 closes a city's name (美国堪萨斯城), not 城市 or 城堡, nor a market's or a park's (中国小商品城,
 * 科技城, 汽车城), nor a kind of city (荷兰历史文化名城, 古城, 山城); 镇 closes a town's (新西兰皇后镇), not a kind of
 * town (小镇, 古镇, 特色小镇, 城镇, 乡镇) nor its head (镇长); 町 and 村 close a Japanese town's (日本|国富町), only right
 * after 日本, so no other 村 stops the scan
 */
const NAME_AND_DIVISION_WORD = new RegExp(
  `((?:\\p{Script=Han}|[-－·](?=\\p{Script=Han})){2,12}?)${GLOSS}?(市(?!场)|州(?!市(?!长))|省(?![委长州])|府(?![市县])|郡(?!山市)|县|区|道|(?<!商品|商|影|科技|汽车|美食|大学|产业|物流|体育|娱乐|购物|会展|软件|文化|名|古|新|小|老|卫星|山|水)城(?![市区堡镇乡墙县州省府郡道])|(?<![小古名重城乡集村])镇(?![长政委区])|(?<=日本\\p{Script=Han}{2,4})(?:町|(?<![农乡渔山])村(?![民庄落级委])))`,
  "gu",
);
/** 南非莎拉巴特曼市, 泰国孔敬府, 德国巴伐利亚州埃尔兰根市: a country (and a known division of it), then a name no gazetteer holds, ending in a division word. */
/** the words of a division's kind, which name no place alone: 自治区, 特别行政区, 大区 (and 自由州, a German Freistaat: 巴伐利亚|自由州) */
const DIVISION_WORD_ALONE = /^(?:自治|特别行政|边疆|大|地|新)区$|^自治[州县]$|^自由州$/;
export const nameAfterCountry: PlaceRule = {
  id: "place-zh-after-country",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(NAME_AND_DIVISION_WORD, ctx.text)) {
      // the country may be any suffix of what precedes the match: find where it ends
      const whole = m[0];
      for (let k = 0; k < whole.length - 2; k++) {
        const countryEnd = m.index + k;
        const name = ctx.text.slice(countryEnd, m.index + whole.length);
        // (日本|南小国町: a town or village only after Japan, its kanji name read as cityAfterDivision reads one)
        const kanjiTown = /[町村]/.test(m[2]!);
        if (kanjiTown && (!/日本$/.test(ctx.text.slice(Math.max(0, countryEnd - 2), countryEnd)) || !isKanjiTownName(name))) continue;
        if (name.length < 3 || (!kanjiTown && holdsJoiningWord(ctx, countryEnd, countryEnd + name.length - 1)) || startsWithKnownName(name, blockingAfter(ctx.text, countryEnd))) continue;
        // 中国西南|云南省: a compass word before a Chinese province's name says where in China it is, it opens no name
        // (南荷兰省 is South Holland, not 荷兰)
        const compass = COMPASS_OPENING.exec(name);
        if (compass && startsWithKnownName(name.slice(compass[0].length), (hit) => hit.entry.country === "CN")) continue;
        // 在韩国|有友好城市: the words of the ties themselves are in no transliterated name
        if (TIE_WORDS.test(name)) continue;
        // 法国|驻广州总领事: 驻, "stationed in", opens a foreign post's place, which is no name of the country's
        if (name.startsWith("驻") || FORMER_NAME_OPENING.test(name)) continue;
        // (日本 富山市: a list's or a table's space may part the country from the name)
        const spaced = k === 0 && /^[ 　]$/.test(ctx.text[countryEnd - 1] ?? "") && isCountryAt(ctx.text, countryEnd - 1);
        // (日本友好城市|春日井市: the tie's kind between the country and the partner's name)
        const tieKind = TIE_KIND_AFTER_COUNTRY.exec(ctx.text.slice(Math.max(0, countryEnd - 8), countryEnd));
        // (智利南部城市|巴拉斯港市, 意大利港口城市|…: a kind of city, and where in the country, likewise)
        const cityKind = CITY_KIND_AFTER_COUNTRY.exec(ctx.text.slice(Math.max(0, countryEnd - 8), countryEnd));
        const afterTieKind = [tieKind, cityKind].some((kind) => !!kind && isCountryAt(ctx.text, countryEnd - kind[0].length));
        if (!isCountryAt(ctx.text, countryEnd) && !isCountryThenDivisionAt(ctx.text, countryEnd) && !spaced && !afterTieKind) continue;
        // 哈萨克|斯坦, 印度|尼西亚: a country's name (哈萨克, 印度) inside a longer one's ends no country
        if (insideLongerCountry(ctx.text, countryEnd)) continue;
        // 美国俄亥俄州|签署友好省: a transliterated name holds no word of the sentence (a verb, an adjective)
        if (!kanjiTown && !freeOfSentenceWords(ctx, countryEnd, m.index + whole.length - m[2]!.length, m[2]!)) continue;
        // 越南边境四省, 日本五县: a numeral right before the division word counts divisions, it closes no name
        if (/[一二三四五六七八九十两几数多]$/.test(name.slice(0, -m[2]!.length))) continue;
        // 道 is a province only in Korea (庆尚北道); elsewhere it closes a road's name
        if (m[2] === "道" && !KOREA.test(ctx.text.slice(Math.max(0, countryEnd - 2), countryEnd))) continue;
        // 总统府, 首相府, 政府: an office's seat, not a Thai or Japanese prefecture
        if (m[2] === "府" && OFFICE_SEAT.test(name)) continue;
        // (西班牙加利西亚|自治区: a division's word alone, after the division's name, is no name of its own)
        if (DIVISION_WORD_ALONE.test(name)) continue;
        // a name of two characters before 城 is too often a word (古城, 新城)
        if (m[2] === "城" && name.length < 4) continue;
        const type = foreignDivisionType(name, ctx.text.slice(Math.max(0, countryEnd - 2), countryEnd));
        out.push({ rule: this.id, index: countryEnd, text: name, lang: "zh", hits: [], type, foreign: true });
        // 德国下萨克森州|奥斯纳布吕克市: a division no gazetteer holds, then the city in it
        if (type === "province") out.push(...cityAfterDivision(ctx, countryEnd + name.length, this.id));
        out.push(...listedAfter(ctx, countryEnd + name.length, m[2]!, type, this.id));
        break;
      }
    }
    return out;
  },
};

export const TIE_WORDS = /友好|城市|友城/;
/** a compass word, or the part of a country it names: 西南, 东北部, 中部 */
const COMPASS_OPENING = /^(?:[东南西北]{1,2}|中)部?/;
/** the seats of offices and bodies that end in 府 */
const OFFICE_SEAT = /(?:总统|总督|首相|总理|元首|政|官|学|王|议)府$/;

/** the division words a list of partners may close its items with, one each (布哈拉州、希瓦市和纳沃伊市) */
export const ANY_DIVISION = "市|州|省|县|郡|府";
/** a list's next item closed by a division word, by the word (built once each) */
const LIST_ITEM: Record<string, RegExp> = {};
/**
 * 韩国群山市、瑞山市: names listed after a country's place, each closed by the same division word, are that
 * country's places too (the country is named once); or by any division word (ANY_DIVISION), each its own kind.
 * Stops at the first that is no such name.
 */
export function listedAfter(ctx: ParagraphContext, from: number, division: string, type: PlaceType | null, rule: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  // (the last item may be joined by 和 or 及: 德国曼海姆市和雷根斯堡市)
  const item = (LIST_ITEM[division] ??= new RegExp(`^([、和及])(\\p{Script=Han}{2,8}?)(${division})`, "u"));
  for (let at = from; ; ) {
    const m = item.exec(ctx.text.slice(at, at + 13));
    if (!m) return out;
    const [start, end] = [at + 1, at + m[0].length];
    const name = m[2]! + m[3]!;
    const itemDivision = m[3]!;
    // (a known name the gazetteer reads; a word of the sentence or of the ties, 、友好城市, ends the list)
    // (but not a Chinese place's short name under another division word: 韩国群山市、原州市 is not 宁夏's 原州区)
    // (nor a division word that opens another word: 日本高松市和当地市场)
    // (but a division word jieba joins to the list's next mark, unread, closes it: 希瓦|市和纳沃|伊市)
    const divisionToken = ctx.tokens()[ctx.tokenIndex().holding(end - 1)];
    const closesName = divisionToken?.end === end || (divisionToken?.tag === "x" && divisionToken.start === end - itemDivision.length && /^[、和及]/.test(ctx.text.slice(end)));
    if (NOT_IN_NAME.test(m[2]!) || TIE_WORDS.test(name) || startsWithKnownName(name, namedInFull(name)) || isCountryAt(ctx.text, start) || !freeOfSentenceWords(ctx, start, end - itemDivision.length, itemDivision) || !closesName) return out;
    out.push({ rule, index: start, text: name, lang: "zh", hits: [], type: division === ANY_DIVISION ? (SUFFIX_TYPE[itemDivision] ?? null) : type, foreign: true });
    if (m[1] !== "、") return out;
    at = end;
  }
}

/** the known places that a listed foreign name opening with theirs is: any foreign one, a Chinese one only in its full name (烟台市) */
const namedInFull = (name: string) => (hit: NameHit): boolean => hit.entry.country !== "CN" || name.startsWith(hit.entry.zh);
