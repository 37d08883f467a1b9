/**
 * Chinese place names read after a known foreign division or city (圣保罗州坎皮纳斯市, 首尔特别市麻浦区), after a country's
 * capital word (巴巴多斯首都布里奇顿), and from jieba's place tag with a division word (凤凰古城区); and the order the Chinese
 * place rules of zh.ts and this file run in (ZH_PLACE_RULES). The gazetteer's own names and the names after a country are
 * in zh.ts.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { cityAfterDivision, foreignCityNames, foreignDivisionNameEndsAt, gazetteerName, isCountryAt, isCountryName, nameAfterCountry, nameOfKindEndsAt, newNameAt, NOT_IN_NAME, notChinese, startsWithKnownName, SUFFIX_TYPE } from "./zh";

/** the word after a division's name: 圣保罗|州, 坎帕尼亚|大区 */
const DIVISION_WORD = /大区|边疆区|自治区|[州省府县道]/g;

/**
 * 圣保罗州坎皮纳斯市, 巴伐利亚州班贝格市: a city no gazetteer holds right after a known foreign division and its
 * word, as nameAfterCountry reads it after a country and a division (the release named the country before).
 */
export const cityAfterKnownDivision: PlaceRule = {
  id: "place-zh-after-division",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(DIVISION_WORD, ctx.text)) {
      // (北海道|东川町: the division word may be the known name's own last character)
      // (马德里|自治区, 巴黎|大区: Spain's autonomous communities and France's regions take their capital's name too)
      if (!foreignDivisionNameEndsAt(ctx.text, m.index, m[0].length === 1 || m[0] === "自治区" || m[0] === "大区") && !foreignDivisionNameEndsAt(ctx.text, m.index + m[0].length, false)) continue;
      out.push(...cityAfterDivision(ctx, m.index + m[0].length, this.id));
    }
    return out;
  },
};

/** the words that close a city's name before a district of it: 首尔|特别市, 仁川|广域市, 东京|都, 大阪|市 */
const CITY_WORD = /特别市|广域市|市|都/g;
/** a district's name: a few characters and 区 (麻浦区, 港区) */
const DISTRICT_AFTER = /^\p{Script=Han}{1,4}?区/u;

/** 首尔特别市麻浦区, 东京都港区: a district no gazetteer holds right after a known foreign city and the word of its name */
export const districtAfterKnownCity: PlaceRule = {
  id: "place-zh-district-of-city",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(CITY_WORD, ctx.text)) {
      if (!nameOfKindEndsAt(foreignCityNames(), ctx.text, m.index)) continue;
      const at = m.index + m[0].length;
      const district = DISTRICT_AFTER.exec(ctx.text.slice(at, at + 6));
      // (首尔特别市江西区: after a foreign city, a Chinese name opening the district's is not that place)
      if (!district || !newNameAt(ctx, at, district[0], notChinese)) continue;
      out.push({ rule: this.id, index: at, text: district[0], lang: "zh", hits: [], type: "district", foreign: true });
    }
    return out;
  },
};

/** 巴巴多斯首都布里奇顿: the name after a country's 首都 or 首府 (proper-name tokens up to the next verb). */
export const capitalOfCountry: PlaceRule = {
  id: "place-zh-capital",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const tokens = ctx.tokens();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(/首都|首府/g, ctx.text)) {
      if (!isCountryAt(ctx.text, m.index)) continue;
      let i = ctx.tokenIndex().startingAt(m.index + m[0].length);
      if (i < 0) continue;
      const start = tokens[i]!.start;
      let end = start;
      for (; i < tokens.length && /^(?:nr|nrt|ns|nz|x|nrfg)$/.test(tokens[i]!.tag) && /^\p{Script=Han}+$/u.test(tokens[i]!.word); i++) end = tokens[i]!.end;
      const name = ctx.text.slice(start, end);
      if (name.length < 2 || NOT_IN_NAME.test(name)) continue;
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: gazetteer().zh.get(name) ?? [], type: "city", foreign: true });
    }
    return out;
  },
};

/** 凤凰古城区, 某某县: a word jieba tags as a place (ns) with a division suffix, when no gazetteer holds it. */
/** words jieba tags as places that name a kind of place, not one */
// (and 外国, 当地, 海外: "foreign", "local", "overseas", which jieba tags a place, so 外国|省|州长 is no 外国省; and the
// kinds of town, 小镇, 古镇, 古城, that a list after a country may hold: 美国小镇、德国古镇)
export const COMMON_PLACE_NOUNS = new Set(["大都市", "大城市", "中心城市", "卫星城市", "国际大都市", "特大城市", "超大城市", "外国", "国外", "境外", "海外", "本国", "他国", "各国", "全国", "异国", "外地", "本地", "当地", "内地", "外省", "小镇", "古镇", "乡镇", "城镇", "小城", "古城", "名城"]);
/** the words that close a body's name after a place word (世界大都市协会, 欧洲城市联盟) */
const BODY_AFTER = /^(?:协会|联合会|联盟|组织|论坛|委员会|理事会)/;
/** one character that is a word of grammar, of a place's kind or of where (将, 该, 省, 东), never a name's head */
const GRAMMAR_CHAR = /[将把被对向在于从自到至赴往去来回经由及与和同跟并而或各每该此本其这那全省市县区州国东西南北中内外上下前后新旧大小各均已也还又再都就才仅]/;
export const taggedPlaceWithSuffix: PlaceRule = {
  id: "place-zh-ns-suffix",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    const tokens = ctx.tokens();
    for (const [k, t] of tokens.entries()) {
      if (t.tag !== "ns" || t.word.length < 2) continue;
      // 大邱|广域|市: a place word right after another is the tail of that place's name
      const before = tokens[k - 1];
      if (before && before.end === t.start && before.tag === "ns") continue;
      const next = ctx.text[t.end] ?? "";
      // 东北亚地区: 地区 ("area") closes the name of a region, it is not part of it
      if (/地区$/.test(t.word) && g.zh.has(t.word.slice(0, -2))) continue;
      // 大都市 ("metropolis"), and a place word that opens a body's name (世界大都市协会): no place
      if (COMMON_PLACE_NOUNS.has(t.word) || BODY_AFTER.test(ctx.text.slice(t.end, t.end + 4))) continue;
      // 两省区, 两国: "the two provinces", the parties the release has named, which jieba may tag a place
      if (/^[两双各][省市县区州国地]/.test(t.word)) continue;
      const own = /[市州省郡县区]$/.test(t.word) && t.word.length >= 3;
      // 外国市长: the 市 opens the word 市长 ("mayor"), it closes no name
      const nextWord = tokens[k + 1];
      const suffixAlone = !!nextWord && nextWord.start === t.end && nextWord.word.length === 1;
      const name = own ? t.word : SUFFIX_TYPE[next] && suffixAlone ? t.word + next : null;
      if (!name || startsWithKnownName(name)) continue;
      // (与施蒂|利亚州经济发展署: a head jieba cannot read, right before, after a joining word, is the name's own: a transliteration)
      // (与加|古川|市, 马|尼萨|市 opening a paragraph: so is one character jieba reads as a word of its own, no word of grammar)
      const readable = before?.tag === "x" ? /^\p{Script=Han}{1,4}$/u.test(before.word) : before?.word.length === 1 && /^\p{Script=Han}$/u.test(before.word) && !GRAMMAR_CHAR.test(before.word);
      const head = before && before.end === t.start && readable && /(?:^|[与和同及、，在赴])$/.test(ctx.text.slice(0, before.start)) ? before : null;
      out.push({ rule: this.id, index: head ? head.start : t.start, text: head ? head.word + name : name, lang: "zh", hits: [], type: SUFFIX_TYPE[name[name.length - 1]!] ?? null, foreign: !!head });
    }
    return out;
  },
};

/** In priority order: gazetteer names first; where two readings overlap, the longer wins. */
// (then the transliterations, zh-transliterated.ts, and taggedPlaceWithSuffix: extractors/registry.ts keeps the order)
/** a point of the compass, a country's name, and a division word: 东阿塞拜疆省 */
const COMPASS_BEFORE_COUNTRY = /[东西南北]/g;
const DIVISION_AFTER_COUNTRY = /^(?:省|州)(?![长委])/;

/**
 * 东阿塞拜疆省, 西阿塞拜疆省 (Iran's East and West Azerbaijan): a point of the compass before a country's name and a
 * division word after it name another country's division, not the country; no gazetteer holds every such name.
 */
export const compassDivisionNamedForCountry: PlaceRule = {
  id: "place-zh-compass-division",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(COMPASS_BEFORE_COUNTRY, ctx.text)) {
      for (let length = 2; length <= 8; length++) {
        const end = m.index + 1 + length;
        const division = DIVISION_AFTER_COUNTRY.exec(ctx.text.slice(end, end + 2));
        // (西澳大利亚州: a name of its own that the gazetteer holds is read by its rule)
        if (!division || !isCountryName(ctx.text.slice(m.index + 1, end)) || gazetteer().zh.has(ctx.text.slice(m.index, end))) continue;
        out.push({ rule: this.id, index: m.index, text: ctx.text.slice(m.index, end + 1), lang: "zh", hits: [], type: "province", foreign: true });
        break;
      }
    }
    return out;
  },
};

export const ZH_PLACE_RULES: readonly PlaceRule[] = [gazetteerName, nameAfterCountry, cityAfterKnownDivision, districtAfterKnownCity, capitalOfCountry, compassDivisionNamedForCountry];
