/**
 * Chinese agreement rules: one named rule per kind of event, each a trigger pattern; the corpus beside
 * this file (zh.corpus.ts) holds what each must read and what must give nothing. Parties are the places
 * of the trigger's clause (extractors/places), organisations the rule reads (加入 X联合会, A与B合作成立),
 * or the release's own place (我省, or no subject at all). "与32个国家的67个地方政府建立友城关系" counts
 * partners instead of naming them: it is a count, not an event.
 */
import type { AgreementLevel, AgreementRule, AgreementType, DateCandidate, Organisations, PartyMention, PlaceCandidate } from "../types";
import { eventCandidate, listNamesPlaces, namedParties, ORDINAL_ZH, PAIR_NAME, PAIR_WORD, partyPlaces, separatesDatedItems, SINCE_CLOSES, subjectNamedIn, TIE_OF_PROVINCES, WINDOW } from "./parties";
import { pairReferents } from "./pair-referents";
import { listsBracketYears, triggerRule, withLaterClauses } from "./trigger-rule";
import { placeVisited, settlePairByVisit, visitParties } from "./place-visited";
import { renewalsAfterTie } from "./zh-renewed-after";
import { OWN_PLACE } from "../shared/own-place";
import { anniversaryTieDate, clauseEnd, DATED_ITEM_ZH, dateGoneOnFrom, isAnniversary, nearestDate, pairNamedDate, sentenceOpeningDate } from "./event-dates";
import { lastMatch } from "../shared/matches";
import { parseZhNumber } from "../shared/numerals-zh";
import { bodyNamedByKind, partnerNamedByKind, withBodiesNamed } from "./anaphors";
import { bodyWordAfter, signatoryBodies } from "./organisations";
import { CEREMONY_AFTER, DOCUMENT_GAP, LISTED_AFTER, ONLINE, subjectEndOfListed } from "./zh-documents";
import { labelledGroup } from "./labelled-groups";
import { countryOpening, notChinese, startsWithKnownName } from "../places/zh";
import { gazetteer } from "../places/gazetteer";
import { SISTER_TIE, SIGNED_AFTER, BECAME_TIE, ADDED_TIES, LISTED_TIES, TIE_BEGAN, TIE_ANNIVERSARY, tieAnniversary, IS_TIE_OF, LATEST_OF_TIES_ZH, ADDED_AS_TIE_ZH, FRIENDLY_TIE_BEGAN } from "./zh-tie-phrases";

const LEVEL: Record<string, AgreementLevel> = { 省级: "provincial", 市级: "city", 县级: "county", 区级: "district" };
/** 我省, 本市…: the words the release names itself by */
const OWN_WORDS = new RegExp(Object.keys(OWN_PLACE).join("|"), "g");
/** the release's own word opening a clause with its partner after 与: 我市与日本大阪市… */
const OWN_WITH_PARTNER = new RegExp(`^(?:${OWN_WORDS.source})(?:还|也|已|正式)?[与同和]`);
/** a figure of a tally, and "more than" after it: 32, 十余, 260多 */
const FIGURE = "[0-9０-９一二三四五六七八九十百千两]+(?:多|余)?";
/** partners counted, not named (与32个国家的67个地方政府, 与“一带一路”沿线27个国家), or a few named as examples of them (与A、B、C等39个城市) */
/** a tie's bare word, as IS_TIE_OF matches it after 是 */
const SAID_TIE = new RegExp(`^${SISTER_TIE}$`);
/** a pair joined by 与 or 和, then 是, opening the clause (天津与神户是) */
const PAIR_SAID_BEFORE = /^[^，。；是]{2,24}?[与和同][^，。；是]{2,16}?是/;
// (not a rank, 第一对: 天津与神户是中日之间的第一对友好城市 names both)
const COUNTED_PARTNERS = new RegExp(`[与同和跟](?:[^，。；]{0,16}?|[^，。；]{0,60}?等)(?<![第0-9０-９一二三四五六七八九十百千两])${FIGURE}(?:个|对|座|家|国)`);
/** pairs each named, then their total (A与B、C与D共两对…签署): every partner is named, no tally hides them */
const NAMED_PAIRS_TOTAL = /[与同和跟][^，。；]*、[^，。；、]*[与同和跟][^，。；]*共[0-9０-９一二三四五六七八九十两]+对/;
/** partners counted, not named, before the trigger (but not pairs each named before their total) */
/** partners counted before the trigger, in a clause (from, to): a tally, unless every one is named (pairs before their total, partners before their count) */
const countedPartners = (text: string, places: PlaceCandidate[], from: number, to: number): boolean => {
  const before = text.slice(from, to);
  return COUNTED_PARTNERS.test(before) && !NAMED_PAIRS_TOTAL.test(before) && !namesEveryCounted(text, places, from, to) && !namesExamples(text, places, from, to);
};
/** 与日本秋田市、韩国全州市等12个城市结为友好城市: places named as examples of the partners counted (not countries, 与美国、日本等32个国家) */
// (与意大利佛罗伦萨、日本名古屋等17个国家的21个城市: cities named as examples of the cities counted after their countries)
const EXAMPLES_BEFORE_COUNT = new RegExp(`[与同和跟]([^，。；]{2,60}?)等${FIGURE}(?:个|对|座)(?!(?:国家|国(?!家))(?!的${FIGURE}(?:个|对|座)(?:城市|地方政府|省州|省|州)))`);
/** 与山口县所辖的下关市、宇部市等6个市町: the places a partner governs, named as examples (their own partners unnamed) */
const GOVERNED_BY = /^[^，。；、]{2,12}?(?:所辖|下辖|管辖|辖区内)的?/;
/**
 * the partners a tally names as its examples are partners, each its own tie (the tally counts the rest); not the
 * places under a partner (山东省与山口县所辖的下关市、山口市等6个市町也分别建立了友好关系: the two sides' towns
 * paired, the subject's own unnamed)
 */
function namesExamples(text: string, places: PlaceCandidate[], from: number, to: number): boolean {
  const m = EXAMPLES_BEFORE_COUNT.exec(text.slice(from, to));
  if (!m || GOVERNED_BY.test(m[1]!)) return false;
  const start = from + m.index + 1;
  return partyPlaces(text, places, start, start + m[1]!.length, "zh").some((p) => p.type !== "country");
}
/** 与釜山、大阪和河内3个城市签署…: a count of partners each named before it (no 等), which is no tally: each is a partner */
const COUNT_AFTER_NAMES = /[与同和跟]([^，。；等]{2,60}?)([0-9０-９一二三四五六七八九十两]+)(?:个|座)/;
function namesEveryCounted(text: string, places: PlaceCandidate[], from: number, to: number): boolean {
  const m = COUNT_AFTER_NAMES.exec(text.slice(from, to));
  if (!m) return false;
  const start = from + m.index + 1;
  const n = parseZhNumber(m[2]!);
  return n !== null && n >= 2 && partyPlaces(text, places, start, start + m[1]!.length, "zh").length === n;
}
/**
 * ties or documents counted right after the trigger: 与东盟国家建立友好城市关系56对, 签订合作协议7项 (as "signed 7
 * agreements" is a tally), with a bound before the figure (缔结友好城市关系超过260对, 达30对)
 */
// (其中与南亚东南亚国家建立友好关系的有63对: the ties counted after 的有, those made with them)
const COUNTED_TIES = new RegExp(`^(?:的(?:共有|有|共|达))?(?:超过|逾|达到?|共|近|约|累计)?${FIGURE}(?:对|项|份)`);
/** partners that are countries in general right before the verb: 与南亚东南亚国家缔结的, 与东盟各国建立 (not 与老挝国家旅游局签署) */
const COUNTRIES_IN_GENERAL = /[与同和跟][^，。；]{0,16}?(?:国家|各国)(?:之间)?的?(?:缔结|建立|结为|结成|签署|签订)/;
/** a ranking right before an attributive tie (最早建立的友好城市, 首个缔结的友城) */
// (or a partner between, in general or named: 最早与法国城市建立友好关系的城市之一)
const RANKED_BEFORE = /(?:最早|最先|较早|率先|首个|首批|首对|第[一二三四五六七八九十0-9]+(?:个|对|批)?)(?:[与同和跟][^，。；的]{1,12}?)?$/;
/** the verbs of an event told earlier in the sentence, which a rank after it describes (成为…会员，是…第3个加入…的城市) */
const RANKED_EVENT_TOLD = /加入|成为|缔结|结为|建立/;
/** 是继西安、北京之后第3个, 是全省首个: a rank said of the subject with 是, the verb of being */
const IS_RANKED = /是(?:继[^，。；]{1,20}?之后)?[^，。；]{0,12}?(?:第[一二三四五六七八九十0-9]+(?:个|对|批)|首个|首批)$/;
/** 成为…第25个…: a place made another's tie of a rank */
const BECAME_RANKED = /^成为[^，。；]{0,12}?第[0-9０-９一二三四五六七八九十百]+(?:个|对|座)/;
/** a tie made or signed, told earlier in the sentence */
const TIE_TOLD_BEFORE = /(?:签署|签订|缔结|结为|建立|结好)[^。；]*[，,]$/;
/** "，其中包括A与B": the pair a tally of ties includes, named in the clause after the trigger */
const INCLUDED_PAIR = /^[^，。；]{0,12}[，,]\s*其中(?:包括)?([^，。；]{2,40}?与[^，。；]{2,30}?)(?=[。；，]|$)/;
/** 见证了 before the pair that signs (read between the clause's start and the trigger): the witnesses' words end there */
const WITNESSED_BEFORE = /(?:共同)?见证了?(?=[^，。；]{2})/g;
/** a subject counted right before the trigger's verb: 12所学校, 6个城市, 8对城市 (its clause's verb, nothing else, after it) */
// (not the partners counted after 与 and their examples, 与A、B等37个城市: COUNTED_PARTNERS and the examples' rules read those)
const COUNTED_SUBJECT_ZH = new RegExp(`(?<![与同跟等][^，。；]*)${FIGURE}(?:所|家|座|个|对)(?:学校|中小学|中学|小学|高中|初中|高校|院校|大学|医院|企业|城市|县|区|市|省市)(?:已|先后|相继|分别|也|还|均)*$`);
/** the words of bringing others' tie about: 促成, 推动, 见证 (云南省成功促成昆明市与万象市续签) */
const BROUGHT_ABOUT = /^(?:成功|积极|大力|先后|还|也)*(?:促成|推动|推进|协助|支持|帮助|指导|见证)/;
/**
 * A tie described, not reported: the verb in a clause that says which tie it is, ranked (这是山东省与美国城市缔结的
 * 第一对友好城市; 缔结的��对, an ordinal lost to damage, still ranks) or one of a kind (这是中日之间较早缔结的友好
 * 城市之一, "one of the earliest")
 */
const DESCRIBING_VERB = /^(?:缔结|建立|结为|结成|确立)的/;
const RANK_AFTER_VERB = new RegExp(`^(?:${ORDINAL_ZH}|首|\\uFFFD+)(?:对|个|座)`, "u");
const describesTie = (trigger: string, after: string): boolean => {
  const verb = DESCRIBING_VERB.exec(trigger);
  return !!verb && (RANK_AFTER_VERB.test(trigger.slice(verb[0].length)) || /^(?:关系)?之一/.test(after));
};
/**
 * documents counted right after the verb of one signing (签署了三项协议): a pair named as signing them together signs
 * once (烟台市与韩国群山市签署三项协议), so only documents counted with no named pair signing are a tally
 */
// (签署了农业和教育两项合作备忘录: the fields may come before the figure, as "two memorandums of cooperation on agriculture and education")
const COUNTED_DOCUMENTS = new RegExp(`^(?:签署|签订|续签)(?:了)?(?:[^，。；《》“”0-9０-９]{1,12}?(?=${FIGURE}(?:份|项)))?${FIGURE}(?:份|项)`);
/** other things or ties counted right after the verb, always a tally: 签署了12个…, 与菲律宾建立了4对友好省市关系 */
const COUNTED_AFTER_VERB = new RegExp(`^(?:(?:签署|签订|续签)(?:了)?${FIGURE}个|(?:缔结|建立|结成|发展)(?:了)?(?:超过|逾|近|约)?${FIGURE}(?:对|个))`);
// 将 only before the words that make it "will" (将于明年与…缔结) or right before the verb (两市将建立…), not inside
// a name (将乐县) nor as the object's marker (将两市友好交流关系升级为…)
// 同意, 商定: the sides agree to a tie, they do not enter it yet (as "agreed to establish"); 争取, "strive to", as "work toward"
/** what the two sides did about a tie 就 makes their topic: reached an intention or a consensus, held talks */
const TALKED_ABOUT = /^[^，。；]{0,6}?(?:达成|进行|交换|磋商|商谈|探讨|协商)/;
/** 就, the topic's word, right before the trigger, or before its time and adverb (双方就明年正式缔结…达成共识) */
const TOPIC_OPENS = /就(?:[^，。；就]{0,6}?(?:年|月|内|早日|尽快|正式|适时))?$/;
/** 正式启动结好程序: the process of making a tie begun, the tie not made yet */
const PROCESS_BEGUN = { before: /启动$/, after: /^(?:的)?(?:程序|进程|手续|工作)/ };
/** 为两市正式缔结友好城市关系奠定了基础: the groundwork laid for a tie, the tie not made yet (as "laid the foundation for") */
const GROUNDWORK = { before: /为[^，。；]{0,12}$/, after: /^[^，。；]{0,6}?(?:(?:奠定|打下|夯实|铺平)(?:了)?(?:坚实|良好|重要)?的?(?:基础|道路)|创造(?:了)?(?:良好)?(?:的)?条件)/ };
/** 缔结友好城市关系事宜正在推进中: the matter of a tie under way, the tie not made yet */
const MATTER_UNDER_WAY = /^(?:的)?(?:事宜|工作|进程|手续)[^，。；]{0,4}?(?:正在|正)[^，。；]{0,3}?(?:推进|进行|办理|筹备|商谈)/;
// (将推动两市建立…, 愿与…建立…, 探讨建立…: a goal the two sides will work or talk towards, not a tie made)
/** 将 as "will": before the words it makes a future of */
const WILL_ZH = "将(?:于|在|与|同|和|会|要|正式|进一步|继续|缔结|建立|签署|签订|结为|推动|推进|促进|加快|积极|努力|共同|尽快|适时|举办|举行|召开|开展|组织|重点|着力|大力|全力|主动)";
// (两市正在商谈建立…, 就…进行磋商: what is being negotiated is still to be made; not a fair, 投资洽谈会)
/** a negation right before the trigger's verb, or before its partner or topic: 尚未建立, 从未签署, 还没有与非洲城市缔结, 未能就…达成 */
const NEGATED_ZH = /(?:尚未|未曾|从未|并未|还未|仍未|还没有|没有|未)(?:能够?)?(?:正式)?(?:[与同和跟就][^，。；]{1,20}?)?(?:正式)?$/;
// (邀请图尔市与洛阳市缔结…: what one side invites the other to do; not 应洛阳市邀请…签署, at whose invitation it was done)
// (after 将, the partners after 与 may be many and long: 将重点推进与墨西哥瓜达拉哈拉市、俄罗斯哈巴罗夫斯克边疆区缔结…)
const PLANNED = new RegExp(`(?:${WILL_ZH}|(?<![应受][^，。；]{0,12})邀请|拟|计划(?![》和、及书与])|准备|有望|预计|预期|有意|愿(?!景)|同意|商定|争取|力争|希望|期待|期盼|探讨|商讨|商谈(?!会)|洽谈(?!会)|磋商(?!会))[^，。；]{0,20}$|${WILL_ZH}[^，。；]{0,10}?[与同跟][^，。；]{1,48}$|将$`);
/** 两市将在…开展合作，并推动…结为…: a clause that 并 joins to one of what will be goes on with it (not once done: …，并签署了) */
// (双方计划于明年举办…，并于2025年底前签署…: or to one of what is planned or agreed)
const PLANNED_TOO = new RegExp(`(?:${WILL_ZH}|计划(?![》和、及书与])|拟|准备|同意|商定|约定|决定)[^。；]*[，,](?:并|同时)[^，。；了]{0,20}$`);
// (联合国教科文组织宣布，扬州市正式加入…: what was announced may follow a comma or a colon after 宣布)
const ANNOUNCED = /宣布[，,：:]?[^，。；]{0,8}$/;

interface Spec {
  id: string;
  type: AgreementType;
  trigger: RegExp;
  /** organisations the rule reads itself (members join one; partners cooperate) */
  organisations?: Organisations;
  /** parties are the organisations only, when there are any (A与B合作成立: two broadcasters, not their countries) */
  organisationsOnly?: boolean;
  /** the trigger stands between its parties: a place (no country) ends right before it, and one starts right after */
  between?: boolean;
  /**
   * the trigger names a tie that stands (无锡市友好城市日本相模原市…抵达无锡): the sentence's time is what happens to the
   * partner, not when the tie was made; only a time that describes the tie (1985年缔结的友好城市) dates it
   */
  standing?: boolean;
}

/** the release's own word for itself, right before a position (我市, 本省; not 全市, "the whole city") */
const OWN_BEFORE = new RegExp(`(?:${Object.keys(OWN_PLACE).filter((w) => !w.startsWith("全")).join("|")})$`);
/**
 * whether a place ends right before `start` and one starts right at `end` (哈尔滨|友好城市|加拿大…): a country before owns
 * no tie of its own (日本友好城市代表团), and the place before may be the release's own word for itself (我市友城日本大分市)
 */
function standsBetweenPlaces(text: string, places: readonly PlaceCandidate[], start: number, end: number): boolean {
  const owner = places.some((p) => p.type !== "country" && p.index + p.text.length === start) || OWN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  return owner && places.some((p) => p.index === end);
}
/** the words of celebrating an anniversary, opening a clause of no subject (，庆祝结好45周年) */
const CELEBRATING = /^(?:共同|一起|以此)?(?:庆祝|纪念|庆贺)$/;
/** what may stand between a clause's mark and its verb when the clause's subject is the one before: nothing, or an adverb */
// (and the manner of a signing: 并以线上方式签署, 并通过视频连线签署)
const SUBJECT_LEFT_OUT = /^(?:正式|并|还|也|随后|同时|共同|从而)?(?:以[^，。；]{1,6}?(?:方式|形式)|通过视频(?:连线)?|在线|线上|云端|现场)?(?:正式|共同)?$/;
/** the release's own word after 与: 愿与我市… */
const OWN_AFTER_WITH = new RegExp(`[与同跟](${OWN_WORDS.source})`);
/** a clause that opens with the planning of its verb, a time at most between: 力争明年内正式, 争取早日 (its subject the clause before's) */
const PLANNED_LEFT_OUT = /^(?:力争|争取|希望|计划|拟|尽快|早日)[^，。；]{0,5}?(?:正式)?$/;
/** a clause that ends in a signing with no document named: 正式签约, 签字 (its next clause tells what was signed) */
const SIGNED_CLAUSE = /(?:签约|签字)[，,]$/;
/** a clause where the two sides met (A与B举行会谈，并签署…; 市长会见了B市市长，并签署…): those who met sign what follows */
const MEETING_CLAUSE = /(?:会谈|会见|会晤|座谈|会面|通话|视频连线)/;
/** a clause whose partner is the release itself and whose subject is the one before: 静冈县代表团访问我市，并与我市签署… */
const WITH_OWN_SIDE = new RegExp(`^(?:并|还|也|随后|同时)?[与同跟](?:${OWN_WORDS.source})$`);
/** a clause that opens at its partners, its subject left out: 与A、B签署, 并与A签署 */
const PARTNERS_CLAUSE = /^(?:正式|并|还|也|随后|同时|分别)?[与同跟]/;
/** where the clause that ends at `end` (its mark) begins, not before the sentence */
function clauseStartBefore(text: string, end: number, sentenceStart: number): number {
  let start = end;
  while (start > sentenceStart && !/[，,]/.test(text[start - 1]!)) start--;
  return start;
}

/** where the clause of a position ends: its next comma, or the sentence's end */
const clauseEndAfter = (text: string, at: number, sentenceEnd: number): number => {
  const comma = text.slice(at, sentenceEnd).search(/[，,]/);
  return comma < 0 ? sentenceEnd : at + comma;
};
/** the opening of the partners a tie's count covers, named after it: ，其中包括, ，包括, ，其中有 */
// (or a colon alone: 与2个城市签署了友好城市协议：芬兰库奥皮奥市和葡萄牙维塞乌市)
const EXAMPLES_AFTER_TIE = /^(?:[，,]\s*(?:其中)?(?:主要)?(?:包括|有)[：:]?|[：:])/;
/** whether the partners a tie's count covers are named after it, each dated in brackets or a place right after the opening */
function namesExamplesAfter(text: string, places: readonly PlaceCandidate[], at: number, sentenceEnd: number): boolean {
  const opening = EXAMPLES_AFTER_TIE.exec(text.slice(at, at + 8));
  if (!opening) return false;
  if (listsBracketYears(text.slice(at + opening[0].length, sentenceEnd))) return true;
  // (a country or a region names a partner only as the locator of one right after it: 日本熊本市, not 欧洲城市10个)
  const first = places.find((p) => p.index === at + opening[0].length);
  const broad = (p: PlaceCandidate): boolean => p.type === "country" || p.type === "region";
  return !!first && (!broad(first) || places.some((q) => q.index === first.index + first.text.length && !broad(q)));
}
/**
 * 烟台市代表团访问日本宫古市 双方签署5项合作协议: a headline's space between two Han characters, before the pair's word
 * that opens a clause of its own, parts its clauses as a comma does (not 烟台市与宫古市 签署…, a space inside one clause)
 */
const HEADLINE_PAIR_CLAUSE = new RegExp(`^[ \u3000]+${PAIR_NAME.zh}`);
const separatesHeadlineParts = (text: string, i: number): boolean =>
  /[ \u3000]/.test(text[i]!) && /\p{Script=Han}/u.test(text[i - 1] ?? "") && HEADLINE_PAIR_CLAUSE.test(text.slice(i, i + 8));
/** The clause around a trigger (between commas), at most WINDOW characters either side of it. */
function clauseAround(text: string, from: number, to: number, sentence: { start: number; end: number }, places: readonly PlaceCandidate[]): { start: number; end: number } {
  const first = Math.max(sentence.start, from - WINDOW);
  const last = Math.min(sentence.end, to + WINDOW);
  let start = from;
  // (…缔结友好城市关系、11月C与D缔结…: an enumeration comma before a date, after an item with a verb of its own, opens
  // the next item; not 2017年与A、2019年与B建立…, where the items share the verb after them)
  const opensDatedItem = (i: number): boolean => text[i] === "、" && DATED_ITEM_ZH.test(text.slice(i, i + 12)) && ITEM_WITH_VERB.test(text.slice(Math.max(first, i - 40), i));
  while (start > first && !/[，,]/.test(text[start - 1]!) && !opensDatedItem(start - 1) && !separatesHeadlineParts(text, start - 1)) start--;
  let end = to;
  // (友好城市包括：A（1983年）；B（1993年）: a semicolon between dated items goes on with the list)
  while (end < last && (!/[，,。；]/.test(text[end]!) || separatesDatedItems(text, end)) && !opensDatedItem(end) && !separatesHeadlineParts(text, end)) end++;
  // (与28个城市建立友好城市关系，其中包括日本熊本市（1982年）…: the partners the count covers, dated or not, go on with the clause)
  if (namesExamplesAfter(text, places, end, sentence.end)) end = sentence.end;
  // 自2010年缔结友好城市关系以来，A与B……: the parties come in the next clause
  // (not when a subject came before the trigger: 两省州自2014年建立…以来，在黑河—布拉戈维申斯克…, the next clause is the
  // main one, about something else)
  if (/^[^，,]*?(?:以来|之后|以后|后|时)$/.test(text.slice(to, end)) && end < last && !subjectNamedIn(text, places, start, from, "zh")) {
    end++;
    while (end < last && !/[，,。；]/.test(text[end]!)) end++;
  }
  return { start, end };
}

/**
 * where a trigger raises a tie to another kind (将两市自2017年建立的友好交流关系正式升级为友好城市关系): the date of the tie
 * it raises, in an attribute before 升级为, is that tie's, not the raising's; so the trigger counts from its verb of raising
 */
const RAISED_TO = /升级为|升格为|提升为/;
function upgradeAt(trigger: string, index: number): number {
  const raised = RAISED_TO.exec(trigger);
  return raised ? index + raised.index : index;
}

/** a date's tie made into an attribute of its partner: 其2016年缔结的友好城市卢塞恩 (the date, then the verb and 的) */
const ATTRIBUTIVE_TIE_AFTER = /^[^，。；]{0,6}?(?:缔结|建立|结为|结成|结好)的/;

/**
 * The dates but those of a tie recalled before the trigger: 自2014年建立友好城市关系以来…，并签署了… dates the tie
 * its 自…以来 clause recalls, and 与其2016年缔结的友好城市卢塞恩签署…备忘录 the tie that describes the partner, not
 * what was signed (a trigger inside the clause or the attribute keeps its date); nor the date of another event's
 * clause before the event's own subject (福建与沙巴州于2023年建立友好省州关系，福州与马六甲市…也分别结为友好城市: the
 * year is the first tie's; but 克拉玛依市与阿克托别市9日签署协议，正式建立友好城市关系 is one subject's one event).
 */
function outsideRecalledTie(text: string, dates: DateCandidate[], trigger: number, subjectAt: number | null): DateCandidate[] {
  return dates.filter((d) => {
    const after = text.slice(d.index + d.text.length);
    // (回顾了2017年建立友好省州关系以来的合作成果: 自 left out, the date's event verb and 以来 still recall the tie)
    const since = /自$|从$/.test(text.slice(Math.max(0, d.index - 1), d.index)) || EVENT_VERB_AFTER.test(after) ? SINCE_CLOSES.exec(after) : null;
    const otherEvent = subjectAt !== null ? EVENT_VERB_AFTER.exec(after) : null;
    const recalled = since ?? ATTRIBUTIVE_TIE_AFTER.exec(after) ?? (otherEvent && d.index + d.text.length + otherEvent[0].length <= subjectAt! ? otherEvent : null);
    return !recalled || d.index + d.text.length + recalled[0].length > trigger;
  });
}
/** the verb of an event in the date's own clause, right after it: 于2023年建立, 2018年签署 */
const EVENT_VERB_AFTER = /^[^，。；]{0,10}?(?:缔结|建立|结为|结成|签署|签订|续签)/;

/** "this" right before a trigger, and the occasion or bond it is made after it: 以此次缔结友好城市关系为契机 */
const THIS_EVENT = { before: /(?:此次|这次|本次|此番)$/, after: /^[^，。；]{0,12}?为(?:契机|起点|新起点|纽带|桥梁)/ };

/** a sentence that opens with a since-clause (自2000年…以来), and the pair word right after it closes */
// (or its year alone, 1984年结好以来, 自 left out or lost to damage)
const SINCE_OPENS = /^(?:[^，。；]{0,6}?[，,])?(?:[自从]|\uFFFD?(?=[0-9]{4}年))[^，。；]*$/;
const PAIR_AFTER_SINCE = new RegExp(`^[^，。；]*?以来[，,]\\s*(${PAIR_NAME.zh})`);

// (and a later clause's bare renewal of what the rule's event made: ，2016年曾续签一次)
const rule = (spec: Spec): AgreementRule => withLaterClauses(triggerRuleOf(spec), renewalsAfterTie);

function triggerRuleOf(spec: Spec): AgreementRule {
  return triggerRule("zh", spec.id, spec.trigger, (ctx, found, s, m, { index, end }) => {
    if (!listNamesPlaces(ctx.text, found.places, m[0], end, "zh")) return null;
    if (spec.between && !standsBetweenPlaces(ctx.text, found.places, m.index ?? index, end)) return null;
    // (…分别为A、B（友好城市），以及C、D（友好交流城市）: the partners of a kind are its labelled group's)
    const group = labelledGroup(ctx.text, end, s.end, spec.type, "zh");
    // (罗斯托克市长见证了威海港集团与罗斯托克港务局签署…: who witnessed the signing is no party of it; its clause opens after 见证了)
    const clauseFound = clauseAround(ctx.text, index, end, s, found.places);
    const witness = lastMatch(WITNESSED_BEFORE, ctx.text.slice(clauseFound.start, index));
    const around = witness ? { ...clauseFound, start: clauseFound.start + witness.index + witness[0].length } : clauseFound;
    const clause = group ? { start: around.start, end: Math.max(around.end, group.end) } : around;
    const before = ctx.text.slice(clause.start, index);
    // 是内蒙古自治区最早建立的国际友好城市: a tie ranked among others (最早, 首个 … 建立的), described, no event
    // (是湖北省最早与法国城市建立友好关系的城市之一: the ranked subject after the tie, 的 right after it)
    if (RANKED_BEFORE.test(before) && (/^[^，。；]{2,4}的/.test(m[0]) || /^的(?:[^，。；]{0,6}?)(?:城市|地区|省份|之一)/.test(ctx.text.slice(end, end + 10)))) return null;
    // (…成为世界城地组织会员，是福建省第3个加入该组织的城市: a rank after the event told, describing its subject)
    // (洛阳是继西安、北京之后第3个加入该联盟的中国城市: so does one said with 是, whatever sentence told the event)
    if (RANKED_BEFORE.test(before) && /^[^，。；]{0,12}?的/.test(ctx.text.slice(end, end + 14)) && (RANKED_EVENT_TOLD.test(ctx.text.slice(s.start, clause.start)) || IS_RANKED.test(before))) return null;
    // (…签署建立友好交流城市关系协议书，科英布拉成为珠海市第25个国际友好城市: a rank after the tie told earlier in the
    // sentence describes that tie, as "making Coimbra Zhuhai's 25th" does, no second event)
    if (BECAME_RANKED.test(m[0]) && TIE_TOLD_BEFORE.test(ctx.text.slice(s.start, clause.start))) return null;
    // (两市已有12所学校结为姊妹学校: the subject counted, bodies or places, is a tally of ties, no event; but not when its
    // examples follow the clause, 6对城市签署了友好城市或友好合作协议，其中包括A与B)
    if (COUNTED_SUBJECT_ZH.test(before) && !namesExamplesAfter(ctx.text, found.places, clauseEndAfter(ctx.text, end, s.end), s.end)) return null;
    // 将以此次结好为契机: the tie just told, named again as the occasion of what comes next, no event of its own
    if (THIS_EVENT.before.test(before) && THIS_EVENT.after.test(ctx.text.slice(end, end + 16))) return null;
    // 与南亚东南亚国家缔结的友城占总数的六成: ties with a region's countries in general, a share of the tally, no tie of a place
    if (COUNTRIES_IN_GENERAL.test(ctx.text.slice(clause.start, end))) return null;
    // (与世界上12个城市建立友好城市关系：1. 日本仓敷市（1990年）…: the partners counted are listed after the colon, each dated)
    if ((countedPartners(ctx.text, found.places, clause.start, index) && !listsBracketYears(before) && !(/^[：:]/.test(ctx.text.slice(end, end + 1)) && listsBracketYears(ctx.text.slice(end, s.end))) && !namesExamplesAfter(ctx.text, found.places, end, s.end)) || COUNTED_PARTNERS.test(m[0]) || COUNTED_TIES.test(ctx.text.slice(end, end + 8)) || COUNTED_AFTER_VERB.test(m[0]) || describesTie(m[0], ctx.text.slice(end, end + 4))) return null;
    const organisations = spec.organisations?.(ctx, clause, { index, end }, found.earlier) ?? [];
    // 加入 without an organisation after it (加入讨论) and 合作成立 without two partners are not events
    if (spec.organisations && !organisations.length) return null;
    // (市贸促会会长刘洋与德国巴伐利亚州工商大会总经理…签署: the bodies whose officers sign are its parties, not their places)
    const subjectEnd = subjectEndOfListed(ctx.text, clause.start, { index, end });
    const signatories = spec.organisations ? [] : signatoryBodies(ctx.text, clause.start, subjectEnd, "zh");
    let parties = signatories.length ? signatories : namedParties(ctx.text, found.places, clause, "zh", organisations, spec.organisationsOnly ?? false, subjectEnd);
    // (天津与神户是中日之间的第一对友好城市, 青岛与下关是山东省的首对…: a pair said with 是 to be the tie; the places after 是
    // say among which ties it ranks, no party)
    const saidPair = SAID_TIE.test(m[0]) ? PAIR_SAID_BEFORE.exec(ctx.text.slice(clause.start, index)) : null;
    if (saidPair) {
      const pairParties = namedParties(ctx.text, found.places, { start: clause.start, end: clause.start + saidPair[0].length - 1 }, "zh", [], false, index);
      if (pairParties.length) parties = pairParties;
    }
    // 我市与奇姆肯特市正式签约，缔结为友好城市: a clause that opens with its verb goes on with the subject of the clause before
    // (and 静冈县代表团访问我市，并与我市签署: the subject of the clause before signs with the release's own place)
    const opening = ctx.text.slice(clause.start, index);
    // (我市与大分市互致贺信，庆祝结好45周年: the anniversary those of the clause before celebrate is their tie's)
    const celebrated = CELEBRATING.test(opening) && isAnniversary(ctx.text, { index, end }, "zh");
    if (!parties.length && !spec.organisations && (SUBJECT_LEFT_OUT.test(opening) || WITH_OWN_SIDE.test(opening) || celebrated) && clause.start > s.start) {
      const before = { start: clauseStartBefore(ctx.text, clause.start - 1, s.start), end: clause.end };
      const beforeText = ctx.text.slice(before.start, clause.start);
      const signed = SIGNED_CLAUSE.test(beforeText) || (MEETING_CLAUSE.test(beforeText) && /^并/.test(opening));
      if (signed || celebrated || WITH_OWN_SIDE.test(opening)) parties = namedParties(ctx.text, found.places, before, "zh", organisations, false, index);
    }
    // (卡斯凯什市愿与我市加强交流，力争明年内正式缔结…: a planned tie's clause goes on with the pair of the clause before, A与B)
    if (!parties.length && !spec.organisations && PLANNED_LEFT_OUT.test(opening) && clause.start > s.start) {
      const before = { start: clauseStartBefore(ctx.text, clause.start - 1, s.start), end: clause.start };
      const pair = namedParties(ctx.text, found.places, before, "zh", organisations, false, clause.start);
      // (愿与我市加强交流: the release's own word after 与 is the other side)
      const own = pair.length === 1 ? OWN_AFTER_WITH.exec(ctx.text.slice(before.start, clause.start)) : null;
      if (own) pair.push({ kind: "subject", index: before.start + own.index + 1, text: own[1]!, level: OWN_PLACE[own[1]!]! });
      if (pair.length >= 2 && /[与同跟]/.test(ctx.text.slice(before.start, clause.start))) parties = pair;
    }
    // (市商务局与该工商会签署…: a body named by its kind alone is the one of that kind named before)
    parties = withBodiesNamed(parties, ctx.text, found.earlier);
    // 云南省成功促成昆明市与万象市续签…: the place that brought the tie about is no party of it, when two others are
    const agents = parties.filter((p) => p.kind === "place" && p.index !== null && BROUGHT_ABOUT.test(ctx.text.slice(p.index + p.text!.length, p.index + p.text!.length + 8)));
    if (agents.length && parties.length - agents.length >= 2) parties = parties.filter((p) => !agents.includes(p));
    // 冈山市位于日本西部。青岛与该市于1985年结为友好城市: the partner named before, by its kind only
    // (代表团访问了诺维萨德大学，并与该校签署…: a body, by its kind)
    const byKind = parties.length < 2 && !spec.organisations ? (partnerNamedByKind(ctx.text, found.places, clause.start, subjectEnd, parties, "zh") ?? bodyNamedByKind(ctx.text, clause.start, subjectEnd, "zh", found.earlier)) : null;
    if (byKind) parties = [...parties, byKind.party];
    // 访问期间，两市签署…: the two places named before, cited from 两市
    const tieOfProvinces = TIE_OF_PROVINCES.zh.test(m[0]);
    const pairBefore = parties.length < 2 && !spec.organisations ? pairReferents(ctx.text, found.places, { start: clause.start, end: subjectEnd, sentence: s.start, tieOfProvinces }, "zh", parties) : null;
    // (自2000年建立友好省州关系以来，双方…: failing one, the pair after a since-clause that opens the sentence is its
    // subject, as "Since establishing … in 1998, the two sides …" has it; 代表团访问了诺维萨德市，续签了两市友好合作协议: or
    // the pair word inside the trigger, between its verb and the document; either is cited with the trigger)
    const unnamed = !parties.length && !pairBefore && !spec.organisations;
    const pairAfter = unnamed && SINCE_OPENS.test(ctx.text.slice(s.start, index)) ? PAIR_AFTER_SINCE.exec(ctx.text.slice(end, s.end)) : null;
    // (续签了两市友好合作协议: the pair word inside the trigger)
    const pairInside = unnamed && !pairAfter ? PAIR_WORD.zh.exec(m[0]) : null;
    const citedAfter = pairAfter ? { start: end + pairAfter.index + pairAfter[0].length - pairAfter[1]!.length, end: end + pairAfter.index + pairAfter[0].length } : pairInside ? { start: index + pairInside.index, end: index + pairInside.index + pairInside[0].length } : null;
    const pair = pairBefore ?? (citedAfter ? pairReferents(ctx.text, found.places, { ...citedAfter, tieOfProvinces }, "zh", parties) : null);
    if (pair) parties = pair.parties;
    // 9对城市签署友好城市协议，其中包括宁波市与布尔诺市: a tally's subject named, then the pair it includes
    const including = !parties.length && !spec.organisations ? INCLUDED_PAIR.exec(ctx.text.slice(end, s.end)) : null;
    if (including) {
      const from = end + including.index + including[0].length - including[1]!.length;
      parties = namedParties(ctx.text, found.places, { start: from, end: end + including.index + including[0].length }, "zh", [], false, from);
      if (parties.length < 2) return null;
    }
    // (在意大利普拉托市，代表团与市政府举行会谈，并签署…: the place visited and the release's own side)
    const visited = (!parties.length || parties.some((p) => p.kind === "pair")) && !spec.organisations ? placeVisited(ctx.text, found.places, s.start, index, "zh") : null;
    if (visited) parties = parties.length ? (settlePairByVisit(parties, visited, found.places) ?? parties) : visitParties(visited);
    if (!parties.length) return null;
    // (…缔结友好城市关系，与布尔诺市、日利纳州签署…: a clause opening at 与 names partners only, however many, and its
    // subject is the sentence's)
    const partnersOnly = parties.length >= 2 && !pair && PARTNERS_CLAUSE.test(opening) && clause.start > s.start && parties.every((p) => p.kind === "place" && p.index !== null && p.index > clause.start);
    // (代表团访问了汉堡市和里昂市，分别与两市签署…: the pair after 与 is the partners, not the two sides of one signing)
    const pairOfPartners = !!pair && /[与同跟]$/.test(ctx.text.slice(Math.max(s.start, pair.at - 1), pair.at));
    // (documents counted: one signing of a pair named before the trigger; not of 双方, whose departments and firms sign
    // the documents a visit counts; 我市与日本大阪市签署了3项合作协议: the release's own word and one named partner are a pair)
    const namedBefore = !pair && !partnersOnly ? parties.filter((p) => p.index !== null && p.index < index).length : 0;
    if (COUNTED_DOCUMENTS.test(m[0]) && !(namedBefore === 2 || (namedBefore === 1 && OWN_WITH_PARTNER.test(opening)))) return null;
    if (((parties.length < 2 || partnersOnly) && !pair) || pairOfPartners) {
      // 我省……去年6月与布里奇顿签署: the release's own place is the other party
      const lookFrom = Math.max(s.start, index - WINDOW);
      const own = lastMatch(OWN_WORDS, ctx.text.slice(lookFrom, index));
      // 高崎市位于群马县，1984年与南昌市缔结…: the place the sentence opens with is the subject of its clauses
      // (代表团与巴登-符腾堡州签署…，与佩斯州签署…: a place after 与 is a partner, and the subject is unnamed)
      // (not one that opens or is inside a party's name: 考察了科布伦茨应用技术大学，并与该校签署…)
      const first = own ? undefined : partyPlaces(ctx.text, found.places, lookFrom, clause.start, "zh").find((p) => p.text !== parties[0]?.text && !parties.some((o) => placeOpensOrInsideBody({ kind: "place", index: p.index, text: p.text }, o)));
      // (市长率团访问了意大利、奥地利和捷克，…并与帕多瓦市续签: a place after a visiting verb is where the delegation went)
      const topic = first && !/(?:[与同和跟向对在于从及]|访问|拜访|拜会|出访|考察|参观|走访|赴|抵达|前往)[^，。；]*$/.test(ctx.text.slice(Math.max(lookFrom, first.index - 12), first.index)) ? first : undefined;
      if (topic) parties.unshift({ kind: "place", index: topic.index, text: topic.text });
      else parties.unshift(own ? { kind: "subject", index: lookFrom + own.index, text: own[0], level: OWN_PLACE[own[0]]! } : { kind: "subject", index: null, text: null, level: null });
    }
    if (group) parties = parties.filter((p) => p.index === null || p.index < end || p.index >= group.start);
    const levelWord = /省级|市级|县级|区级/.exec(ctx.text.slice(clause.start, clause.end))?.[0];
    // (两市尚未建立友好城市关系: no event)
    if (NEGATED_ZH.test(before)) return null;
    const anniversary = isAnniversary(ctx.text, { index, end }, "zh");
    // A于2015年签订…，与B结为…: a later clause with a partner of its own and the subject left out is dated by itself,
    // or by the time that opens the sentence, not by the clause before it
    const partnerClause = clause.start > s.start && /^[与同跟]/.test(ctx.text.slice(clause.start, index));
    // (where the event's own subject is named: a date before it, in a clause with a verb of its own, is that clause's)
    const named = parties.flatMap((p) => (p.kind === "place" || p.kind === "organisation") && p.index !== null && p.index < index ? [p.index] : []);
    const subjectAt = named.length ? Math.min(...named) : null;
    return eventCandidate(
      ctx.text,
      {
        rule: spec.id,
        type: spec.type,
        parties,
        level: levelWord ? LEVEL[levelWord]! : null,
        // (双方就建立友城关系达成初步意向: a tie the two sides talked about, 就 its topic, is one they plan)
        // (希望双方以结好20周年为契机: a tie's anniversary tells a tie that holds, whatever the clause hopes for)
        status: anniversary ? "signed" : PLANNED.test(before) || (PLANNED_TOO.test(ctx.text.slice(s.start, index)) && !m[0].includes("了")) || (TOPIC_OPENS.test(before) && TALKED_ABOUT.test(ctx.text.slice(end, end + 12))) || (PROCESS_BEGUN.before.test(before) && PROCESS_BEGUN.after.test(ctx.text.slice(end, end + 4))) || MATTER_UNDER_WAY.test(ctx.text.slice(end, end + 16)) || (GROUNDWORK.before.test(before) && GROUNDWORK.after.test(ctx.text.slice(end, end + 16))) ? "planned" : ANNOUNCED.test(ctx.text.slice(s.start, index)) ? "announced" : "signed",
        triggers: m.slice(1).filter((x): x is string => !!x),
        date: spec.standing
          ? (found.dates.find((d) => d.index < index && ATTRIBUTIVE_TIE_AFTER.exec(ctx.text.slice(d.index + d.text.length, index))?.[0].length === index - d.index - d.text.length) ?? null)
          : anniversary
          ? anniversaryTieDate(ctx.text, found.dates, { index, end }, "zh")
          : (nearestDate(ctx.text, outsideRecalledTie(ctx.text, found.dates, upgradeAt(m[0], index), subjectAt), index, partnerClause ? clause.start : Math.max(s.start, index - WINDOW), clauseEnd(ctx.text, end, Math.min(s.end, end + WINDOW), "zh"), { index, end }) ??
            (partnerClause ? (dateClauseBefore(ctx.text, found.dates, clause.start, s.start) ?? sentenceOpeningDate(ctx.text, found.dates, s.start, "zh")) : pairNamedDate(ctx.text, found.dates, pair, s, "zh") ?? dateGoneOnFrom(ctx.text, found.dates, s, "zh"))),
      },
      // (成为该组织正式会员: 该组织, which a body named before stood for, is cited too)
      citedAfter && pair ? { index, end: Math.max(end, citedAfter.end) } : { index: pair?.at ?? index, end: Math.max(end, bodyWordAfter(ctx.text, end, organisations, BODY_ANAPHOR)) },
      // (a body 该组织 stands for, named in the sentence before, is a party, but the citation stays in the trigger's sentence)
      citedAfter && pair ? index : pair ? pair.at : byKind ? Math.min(clause.start, byKind.at) : Math.max(s.start, clause.start - WINDOW),
    );
  });
}

/**
 * 双方互换了《…备忘录》文本: the signed texts exchanged, the act that makes a document both sides', as its signing does
 * (only with the document's title or its 文本 after it: 互换意见 is talk about a document, no act on it)
 */
const EXCHANGED_TEXTS = "(?:互换|交换)(?=了?《|[^，。；]{0,40}?文本)";
/** the verbs that make a document both sides': signing it, renewing it, exchanging its signed texts */
// (草签, "initialled": signed ahead of the formal signing, the document's text agreed)
const SIGNING_DOCUMENT = `签署|签订|续签|草签|${EXCHANGED_TEXTS}`;

// 续签: a renewed agreement is signed again, on the date of the renewal
// (升级为, 升格为: a friendly-exchange tie made a sister-city one, 将两市友好交流关系升级为友好城市关系, 2014年升格为友好城市)
// (提升为: 将两市关系提升为友好城市关系, raised as 升级为 raises)
// (自1985年起保持: a tie held since a year, as "has maintained … ties since 1985"; not 保持 alone, 继续保持友好关系)
const VERB = `(缔结|建立|结为|结成|签署|签订|续签|草签|${EXCHANGED_TEXTS}|确立|建成|正式建立|升级为|升格为|提升为|(?<=自[0-9０-９]{4}年(?:起|以来|开始)?[，,]?(?:一直)?)保持(?:着)?)(?:了)?`;
/** an item of an enumeration that ends with its own verb and what it made (…缔结友好城市关系) */
const ITEM_WITH_VERB = new RegExp(`${VERB}[^、，,。；]*$`);

/** the words that name a body as one */
// (世界冬季城市市长会议, "the World Winter Cities Association for Mayors": a conference of mayors is a standing body with
// members; not any 会议, a meeting, where a member may be admitted: 在理事会会议上…成为该组织会员)
const BODY_HEAD = "联合会|协会|组织|联盟|网络|理事会|委员会|论坛|峰会|机制|机构|俱乐部|共同体|伙伴关系|市长会议";
/**
 * a body's name up to the first word that names it as one, and on to a second such word when only a name's
 * words stand between (联合国教科文组织|创意城市网络: the network is what was joined), not a clause's (联合会|并当选为理事会)
 * nor a tally's (世界旅游城市联合会|等8个国际城市组织: the first of those joined)
 */
const BODY_NAME = new RegExp(`^(?:了)?([^，,。；、]{2,40}?(?:${BODY_HEAD})(?:[^，,。；、（(并和与及的在为是成当任等]{1,12}?(?:${BODY_HEAD}))?)`);
/** 该联合会, 这一组织: a body named before, by its kind only; or bare before its members (批准为联合会会员城市) */
const BODY_ANAPHOR = new RegExp(`^(?:了)?(?:该|此|这一|本|(?=(?:${BODY_HEAD})(?:正式)?(?:会员|成员)))(${BODY_HEAD})`);

/** 加入X联合会: the organisation joined, up to the word that names it as one */
const joinedOrganisation: Organisations = (ctx, clause, trigger, earlier) => {
  const after = ctx.text.slice(trigger.end, clause.end);
  const anaphor = BODY_ANAPHOR.exec(after);
  // 在世界旅游城市联合会理事会上，成都市成为该联合会会员: the body is the last one of that kind the paragraph named
  if (anaphor) {
    // (该组织, 该机构: words any body is, so with no body named by that word, the last body named, whatever its own word:
    // 世界旅游城市联合会…成为该组织会员)
    const named = bodyNamedBefore(ctx.text, trigger.index, anaphor[1]!) ?? (GENERIC_BODY.test(anaphor[1]!) ? lastBodyNamedBefore(ctx.text, trigger.index) : null);
    // (加入X，成为该机构第250个会员: the sentence's 加入 tells the event; 成为 only says more of it)
    if (named && /加入了?$/.test(ctx.text.slice(Math.max(0, named.index! - 3), named.index!)) && !/[。！？；]/.test(ctx.text.slice(named.index!, trigger.index))) return [];
    if (named) return [named];
    // (成都于2010年加入该网络 after a paragraph that named 联合国教科文组织创意城市网络: the word here is cited, with the name it stands for)
    const before = earlier ? bodyNamedBefore(earlier, earlier.length, anaphor[1]!) : null;
    const word = anaphor[0].replace(/^了/, "");
    return before ? [{ kind: "organisation", index: trigger.end + anaphor[0].length - word.length, text: word, name: before.text! }] : [];
  }
  const m = BODY_NAME.exec(after);
  // (已加入7个国际城市组织: bodies counted, not named, are a tally, no event)
  return m && !COUNTED_BODIES.test(m[1]!) ? [{ kind: "organisation", index: trigger.end + m[0].length - m[1]!.length, text: m[1]! }] : [];
};
/** a count opening what was joined: 7个国际城市组织, 十余个国际组织 */
const COUNTED_BODIES = new RegExp(`^${FIGURE}(?:个|家)`);

/** the verbs whose object the body's name may be: joined, signed, attended, or written to or heard from (收到X来函) */
const JOINING_VERB = /加入|成为|参加|签署|签订|出席|收到|接到|致函|致信/g;
/** 经世界城市和地方政府组织…审议通过: a preposition opening the words before the name, which no body's name opens with (经济合作与发展组织 does) */
const PREPOSITION_BEFORE_NAME = /^(?:经过|通过|经(?![济贸])|由|据|应)/;

/** a session's number: 第18届, 第三届 */
const SESSION_BEFORE_NAME = /^第[0-9０-９一二三四五六七八九十百]+届/;

/** the words of a body that any body is */
const GENERIC_BODY = /^(?:组织|机构)$/;

/** The last body the text names before a position, of any kind. */
function lastBodyNamedBefore(text: string, before: number): PartyMention | null {
  const found = BODY_HEAD.split("|").map((head) => bodyNamedBefore(text, before, head)).filter((b): b is PartyMention => !!b);
  // (世界旅游城市联合会理事会: an organ of a body named with it is the body's, and the body is what a member joins)
  const named = found.filter((b) => !found.some((o) => o !== b && o.index === b.index && b.text!.startsWith(o.text!) && b.text !== o.text));
  return named.reduce<PartyMention | null>((last, b) => (!last || b.index! + b.text!.length > last.index! + last.text!.length ? b : last), null);
}

/** The last body the text names before a position whose name ends in a kind's word (世界旅游城市联合会 for 该联合会). */
function bodyNamedBefore(text: string, before: number, head: string): PartyMention | null {
  let end = text.lastIndexOf(head, before - head.length);
  // (成为该组织正式会员。…加入该组织: an earlier 该组织 stands for the body too; the name is before it)
  while (end > 0 && /(?:该|此|本|这一)$/.test(text.slice(Math.max(0, end - 2), end))) end = text.lastIndexOf(head, end - 1);
  if (end < 0) return null;
  // the name runs back to a word that joins or places it (在北京举行的|世界旅游城市联合会), or a mark
  let start = end;
  while (start > 0 && end - start < 20 && !/[的与及同在，,。；、：:“”《》（）()\s]/.test(text[start - 1]!)) start--;
  // (太原市正式加入|亚太城市旅游振兴机构: the verb that joined it ends the words before the name)
  const verb = lastMatch(JOINING_VERB, text.slice(start, end));
  if (verb) start += verb.index + verb[0].length;
  start += PREPOSITION_BEFORE_NAME.exec(text.slice(start, end))?.[0].length ?? 0;
  // (第18届|世界历史都市联盟大会: a meeting's session number before the body's name numbers the meeting)
  start += SESSION_BEFORE_NAME.exec(text.slice(start, end))?.[0].length ?? 0;
  const name = text.slice(start, end + head.length);
  return name.length >= head.length + 2 ? { kind: "organisation", index: start, text: name } : null;
}

/** a place at the start of a body's name or inside it (科布伦茨 in 科布伦茨应用技术大学): it says whose body it is */
const placeOpensOrInsideBody = (p: PartyMention, o: PartyMention): boolean =>
  p.kind === "place" && o.kind === "organisation" && o.index !== null && o.index <= p.index && p.index < o.index + o.text!.length;

/** A与B合作成立……: the two names either side of 与 */
const cooperatingPartners: Organisations = (ctx, clause, trigger) => {
  const head = ctx.text.slice(clause.start, trigger.index);
  const and = Math.max(head.lastIndexOf("与"), head.lastIndexOf("同"));
  if (and < 2) return [];
  // (由A与B…: 由, "by", opens the passive's agents)
  const a = head.slice(0, and).replace(/^(?:此外|同时|近日|日前|目前|今年|去年|[0-9]+年[0-9月日]*)/, "").replace(/^由/, "");
  // (与英国利物浦大学: a country before a body named for a known place only says whose it is, as for a signing's bodies;
  // not 肯尼亚国家电视台, the country's own, or 肯尼亚埃格顿大学, named for no place known)
  const opening = countryOpening(head.slice(and + 1));
  const country = opening && startsWithKnownName(head.slice(and + 1 + opening), notChinese) ? opening : 0;
  const b = head.slice(and + 1 + country);
  if (!/\p{Script=Han}{2}/u.test(a) || !/\p{Script=Han}{2}/u.test(b)) return [];
  return [partnerOf(a, clause.start + and - a.length), partnerOf(b, clause.start + and + 1 + country)];
};
/** 太仓市政府: a place's government stands for the place, as "the Taicang municipal government" is read as Taicang */
const GOVERNMENT_OF_PLACE = /^(\p{Script=Han}{2,8}?[市省县区州])(?:人民)?政府$/u;
const partnerOf = (name: string, index: number): PartyMention => {
  const place = GOVERNMENT_OF_PLACE.exec(name)?.[1];
  return place && gazetteer().zh.has(place) ? { kind: "place", index, text: place } : { kind: "organisation", index, text: name };
};

/** 签署《深化友好合作关系备忘录》: a tie that exists already, deepened by a document (the document is the event) */
const DEEPENED = "深化|加强|巩固|推进|拓展|提升";
/**
 * 友好城市交流合作备忘录: a memorandum on the exchanges of sister cities; 《…关于建立友好城市关系的意向书》: a letter of
 * intent on making the tie, which is still to be made; 友好省州关系续约备忘录, a memorandum renewing it. The tie names the
 * document's subject; the document is the event.
 */
// (友好省州合作备忘录: nor is a memorandum of the tie's cooperation, its division word read short, 友好省|州合作; nor a
// plan of it, 友好城市合作规划)
// (是浙江省与法国结好最早的城市之一, 是安徽省与德国城市结好的第一对友城: a tie ranked, "among the first to twin",
// "the first pair between", describes a city; it reports no event. 与1993年结好的首个国际友城大邱市 names its partner and
// reports its tie)
const TIE_AS_SUBJECT = "(?![州道区县府份市]?(?:交流|合作)+[^，。；]{0,4}(?:备忘录|意向书|计划|规划|路线图)|[州道区县府份]?(?:关系)?的?(?:续约|续签)?(?:谅解)?(?:备忘录|意向书)|(?:关系)?(?:最早|较早|最晚|最多|最久)的|(?:关系)?的(?:第[一二三四五六七八九十0-9]+|首)对)";
/** …新增友城4个：3月，与撒马尔罕市缔结…: a clause that is a date alone, right before a partner's clause, dates it */
function dateClauseBefore(text: string, dates: DateCandidate[], clauseStart: number, sentenceStart: number): DateCandidate | null {
  // (an item's number may open the sentence: 1. 2月，与法国图卢兹市缔结…)
  return dates.find((d) => d.index >= sentenceStart && /^\s*[，,]\s*$/.test(text.slice(d.index + d.text.length, clauseStart)) && (d.index === sentenceStart || /[：:；;，,]\s*$|^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、)\s*$/.test(text.slice(sentenceStart, d.index)))) ?? null;
}

/** 与巴西结好城市3对: "twinned cities, 3 pairs", a tally of the ties with a country, told by a noun, not a tie made */
const TALLY_OF_TWINNED = "(?:城市|省州|省份)[0-9０-９一二三四五六七八九十两]+(?:个|对)";
// (签署友好城市关系续约协议: the tie's renewal agreement, a renewal, as a headline names the body's 续签)
export const sisterCity = rule({ id: "agreement-zh-sister-city", type: "sister-city", trigger: new RegExp(`${VERB}(?:(?!${DEEPENED})[^，。；、]){0,12}?(${SISTER_TIE}(?:关系(?:续约|续签)协议书?|关系|协议书?)?)${TIE_AS_SUBJECT}|(结好)(?!(?:国际)?(?:友好|友城))(?!${TALLY_OF_TWINNED})${TIE_AS_SUBJECT}|${SIGNED_AFTER}|${BECAME_TIE}|${ADDED_TIES(SISTER_TIE)}|${LISTED_TIES(SISTER_TIE)}|${TIE_BEGAN}|${TIE_ANNIVERSARY}|${IS_TIE_OF}|${ADDED_AS_TIE_ZH(SISTER_TIE)}|${LATEST_OF_TIES_ZH}`, "g") });
/** 协议 whose second character lost its last byte before an ASCII byte (签署友好合作协�,): the decoder wrote U+FFFD for it */
const LOST_AGREEMENT = "协\\uFFFD(?![\\u4e00-\\u9fff])";
/** what a friendly tie of exchange or cooperation is called */
const FRIENDLY_TIE = `友好合作伙伴关系|友好交流合作关系|友好(?:交流|合作|伙伴)城市(?:关系|协议书?)?|友好(?:交往|往来)关系|友好(?:合作|交流)(?:关系)?(?:协议书?|${LOST_AGREEMENT})|友好合作关系|友好交流关系`;
// 两省于2019年建立友好关系: between two divisions, established "friendly relations" are a tie of this kind (not 增进友好关系, no establishing verb)
// (A与B友好交流关系缔结仪式: the tie, then its concluding ceremony, as SIGNED_AFTER reads a sister-city tie's)
// (广东省与巴伐利亚州…友好合作关系20周年: the tie's anniversary, as TIE_ANNIVERSARY reads a sister-city tie's)
export const friendlyCooperation = rule({ id: "agreement-zh-friendly-cooperation", type: "friendly-cooperation", trigger: new RegExp(`${VERB}(?:(?!${DEEPENED})[^，。；、]){0,12}?(${FRIENDLY_TIE})${TIE_AS_SUBJECT}|(${FRIENDLY_TIE})${ONLINE}(签约|签字|缔结|结好|建立)(?=仪式)|${tieAnniversary("友好(?:合作|交流|合作伙伴)关系")}|${VERB}((?:长期|稳定|正式|的){0,3}友好关系)${TIE_AS_SUBJECT}|${FRIENDLY_TIE_BEGAN}|${ADDED_TIES("(?:国际)?友好(?:交流|合作)城市")}|${LISTED_TIES("(?:国际)?友好(?:交流|合作)城市")}|${ADDED_AS_TIE_ZH("友好(?:交流|合作)城市")}`, "g") });
export const memorandum = rule({ id: "agreement-zh-memorandum", type: "memorandum", trigger: new RegExp(`(${SIGNING_DOCUMENT}|签)${DOCUMENT_GAP}(备忘录)|${CEREMONY_AFTER("备忘录")}|${LISTED_AFTER("备忘录")}`, "g") });
export const letterOfIntent = rule({ id: "agreement-zh-letter-of-intent", type: "letter-of-intent", trigger: new RegExp(`(${SIGNING_DOCUMENT})${DOCUMENT_GAP}(意向书)|${CEREMONY_AFTER("意向书")}|${LISTED_AFTER("意向书")}`, "g") });
/**
 * 与波尔图市的协议于5月在波尔图签署: the document told with its partner (与X的), then signed, the verb after it
 * (the one a tie's report has named, when the release names one: fusion joins them); not one still to be signed
 * (与该市的协议将于年内签署)
 */
const PARTNERS_DOCUMENT_SIGNED = (document: string): string => `(${document})(?<=[与同跟][^，。；、]{1,24}?的(?:${document}))(?=(?:(?!将|拟|计划|有望|争取)[^，。；]){0,16}?(?:签署|签订|签字))`;
/**
 * 青岛港与汉堡港建立友好港关系, 宁波中学与奥克兰文法学校结为友好学校: a tie of two ports, schools or hospitals, made as their
 * 友好港协议 or 友好学校协议 is signed (an agreement of two bodies, no tie of places)
 */
const BODIES_TIED = "(建立|结为|缔结)(?:了|为)?(?:友好|姊妹|姐妹)(?:港口?|学校|校|医院)(?!口?[城市])(?:关系)?";
// a signed plan of joint action (《…合作行动计划》, 友好合作交流计划, 合作路线图) binds both sides as an agreement does
// (and a joint declaration the two sides sign, 签署联合声明, as "signed a joint declaration")
/**
 * 双方就…达成合作协议, "reached a cooperation agreement": an agreement concluded, as one signed is (only an agreement of a
 * named kind: 就建立友好城市关系达成协议 is a tie agreed on, still to be made; 达成共识 and 达成合作意向 are an understanding,
 * no document; 达成…并签署 is the signing's, DOCUMENT_GAP stops at the later verb)
 */
const REACHED_AGREEMENT = "达成(?!了?协议)";
export const agreement = rule({ id: "agreement-zh-agreement", type: "agreement", trigger: new RegExp(`(${SIGNING_DOCUMENT}|${REACHED_AGREEMENT})${DOCUMENT_GAP}(协议|协定|${LOST_AGREEMENT}|行动计划|(?:合作|交流){1,2}计划|合作规划|合作路线图|联合声明|共同声明|联合宣言|共同宣言|合作宣言)|${CEREMONY_AFTER("协议书?|协定")}|${LISTED_AFTER("协议书?|协定|行动计划|(?:合作|交流){1,2}计划|合作规划|合作路线图")}|${PARTNERS_DOCUMENT_SIGNED("协议书?|协定")}|${BODIES_TIED}`, "g") });
// 成为世界城市和地方政府组织会员, as 加入
// (被正式批准为该联合会会员城市, 获批成为: admitted by the body, as 成为)
// (not 我市加入的又一国际组织: 加入的, a relative clause about the body told before, joins nothing new)
// (入选联合国教科文组织创意城市网络, "was admitted to the UNESCO Creative Cities Network": selected into a network or an
// alliance is joined; not 入选世界文化遗产名录 or 入选…名单, a list one is put on)
export const membership = rule({ id: "agreement-zh-membership", type: "membership", trigger: /(加入)(?!的)(?:了)?|((?:被|获)(?:正式)?(?:批准|接纳|吸纳)(?:成为|为)|(?:获准|获批)?成为)(?=[^，。；]{2,40}?(?:会员|成员))|(?<!未)(入选)(?:了)?(?=[^，。；、]{2,30}?(?:网络|联盟)(?![^，。；]{0,4}(?:名录|名单|榜单|评选)))/g, organisations: joinedOrganisation });
// (由A与B联合建设的示范园: built together, as 联合建立)
export const jointVenture = rule({ id: "agreement-zh-cooperation", type: "cooperation", trigger: /(合作(?:成立|建立|设立|创办|开设|推出|共建|建设)|(?:联合|共同)(?:成立|创办|建立|建设)|(?<![合作同])(?:共建|合建)(?=[^，。；]{1,24}?(?:中心|实验室|研究院|研究所|学院|基地|平台)))/g, organisations: cooperatingPartners, organisationsOnly: true });

/**
 * 哈尔滨友好城市加拿大埃德蒙顿市、日本新潟市…等派代表团出席, 我市的友城日本大分市: a place's sister cities named right
 * after the tie, as "Harbin's sister cities, including Edmonton of Canada, …": the ties held, one with each
 */
export const ownedTiesNamed = rule({ id: "agreement-zh-owned-ties", type: "sister-city", trigger: /(?:的)?(?:国际)?(?:友好城市|友城|姐妹城市|姊妹城市)(?=\p{Script=Han})/gu, between: true, standing: true });
/** In priority order: where two readings overlap, the longer wins, then the earlier rule (友城协议 is a sister-city event, not a bare 协议). */
export const ZH_AGREEMENT_RULES: readonly AgreementRule[] = [sisterCity, friendlyCooperation, memorandum, letterOfIntent, membership, jointVenture, agreement, ownedTiesNamed];
