/**
 * Agreement facts. Each event a paragraph reports gets its parties (a place mention becomes its place
 * fact, with both names; 我省 or "it" becomes the release's own place: the Chinese division it names
 * most; 双方 or "the two sides", when the paragraph has not named them, the own place and the foreign
 * place it names most), its level (stated, or from the Chinese party's division: a province signs at the provincial
 * level), and its date resolved as dates are. Then, within each aligned pair of paragraphs, a Chinese
 * and an English event of the same type are one event: parties, date and level merged, and where the
 * two languages give different parties, dates or levels, both are kept in `conflicts`.
 */
import { groupInOrder } from "../../extractors/shared/group";
import { escapeRegExp } from "../../extractors/shared/matches";
import type { Doc, AgreementMention } from "../document";
import type { AgreementFact, Fact, PlaceFact } from "../../schemas/output";
import type { AgreementLevel, DateCandidate, PartyMention } from "../../extractors/types";
import { CAMEO, isRenewal, OWN_KIND_EN, TIE_OF_PROVINCES, TIE_TYPES, VENUE_BEFORE } from "../../extractors/agreements/parties";
import { PROVINCE_PAIR, SCHOOL_PAIR } from "../../extractors/agreements/pair-referents";
import { OWN_PLACE } from "../../extractors/shared/own-place";
import { resolve } from "../../extractors/shared/calendar";
import { codeHolds } from "../../extractors/places/gazetteer";
import { DAMAGE_FACTOR, evidenceFor, reference, round } from "../extract";
import { mentionKey, type PlaceFacts } from "./places";
import { mergedConfidence, oneDate } from "./claims";
import { namesSharePlace, pairOrganisations, shortens } from "./organisation-names";

type Party = AgreementFact["parties"][number];

const LEVEL_OF_TYPE: Partial<Record<PlaceFact["placeType"], AgreementLevel>> = { province: "provincial", city: "city", county: "county", district: "district" };
const isChinese = (f: PlaceFact): boolean => f.code?.scheme === "GB/T 2260";
/** the level a Chinese party signs at: its kind's, or for an area (大理白族自治州, 阿里地区) its code's, a prefecture's being a city's */
const levelOf = (f: PlaceFact): AgreementLevel | null =>
  LEVEL_OF_TYPE[f.placeType] ?? (f.placeType === "region" && f.code ? (/0000$/.test(f.code.value) ? "provincial" : /00$/.test(f.code.value) ? "city" : "county") : null);

/**
 * The release's own place: the Chinese division it names most (of the level 我省/我市 says, when it says one; and a
 * 省 for 我省, which an autonomous region, 我区 to itself, or a municipality never calls itself: a Guangxi venue is
 * not the own place of a release from 我省)
 */
function ownPlace(places: PlaceFact[], level: AgreementLevel | null, word: string | null = null): PlaceFact | null {
  const province = !!word && /省$/.test(word);
  const mostNamed = (candidates: PlaceFact[]): PlaceFact | null =>
    candidates.sort((a, b) => b.evidence.length - a.evidence.length || a.evidence[0]!.source.start - b.evidence[0]!.source.start)[0] ?? null;
  const own = mostNamed(places.filter((f) => isChinese(f) && (!level || levelOf(f) === level) && (!province || /省$/.test(f.name.zh ?? ""))));
  // (我区 in a release that names no district of its own: an autonomous region, 广西已与…, calls itself so)
  return own ?? (word && /区$/.test(word) ? mostNamed(places.filter((f) => isChinese(f) && /自治区$/.test(f.name.zh ?? ""))) : null);
}

/**
 * 全罗南道知事…率团访问济南，双方签署…: a foreign province's delegation and the city it visited are the pair 双方
 * stands for, yet the hosts that sign with a province are the province that holds the city (its capital most often)
 */
const holds = (province: PlaceFact, city: PlaceFact): boolean =>
  city.placeType === "city" && province.code?.scheme === "GB/T 2260" && city.code?.scheme === "GB/T 2260" && /0000$/.test(province.code.value) && codeHolds(province.code.value, city.code.value);

const tieKey = (chinese: PlaceFact, foreign: PlaceFact): string => `${chinese.id}|${foreign.id}`;

/** the pairs of a Chinese and a foreign place some event names both of itself (not through 双方) */
function namedTies(doc: Doc, places: PlaceFacts): Set<string> {
  const out = new Set<string>();
  for (const m of doc.agreementMentions) {
    const named = m.candidate.parties.flatMap((p) => (p.kind === "place" && !p.referent ? [placeOfMention(m, p, places)] : [])).filter((f): f is PlaceFact => !!f);
    for (const a of named.filter(isChinese)) for (const b of named.filter((f) => !isChinese(f))) out.add(tieKey(a, b));
  }
  return out;
}

/**
 * The release's partner: the foreign place below a country it names most (双方 in a visit's release: the
 * visitors' city and the host), when it is named at least twice as often as any other. A release that
 * reviews many partners has no one partner, and its 双方 stays unsettled.
 */
function mainPartner(places: PlaceFact[]): PlaceFact | null {
  const foreign = places.filter(isForeignPlace);
  // (a province named, half the times or more, right beside a city, "Tyler, Texas", 得克萨斯州泰勒市, says where the city
  // lies: no rival of it)
  const candidates = foreign.filter((f) => f.placeType !== "province" || !foreign.some((city) => city.placeType === "city" && halfBeside(f, city)));
  candidates.sort((a, b) => b.evidence.length - a.evidence.length || a.evidence[0]!.source.start - b.evidence[0]!.source.start);
  const [first, second] = candidates;
  return first && (!second || first.evidence.length >= 2 * second.evidence.length) ? first : null;
}

/**
 * The partner 双方 stands for: the release's main partner, or with none the last event's. A tie's pair goes on with
 * the last tie's partner where the main partner is only its namesake division (马六甲州's delegation visits, 我市与马六甲市
 * 于2002年结为友好城市, then 以明年结好25周年为契机: the city's tie, not a second one with the state).
 */
function pairPartner(main: PlaceFact | null, previous: PlaceFact | null, tie: boolean): PlaceFact | null {
  if (main && previous && tie && main !== previous && main.placeType === "province" && previous.placeType === "city" && namesakes(main, previous)) return previous;
  return main ?? previous;
}
/** a division and its city by one name: 马六甲 and 马六甲市, "Quebec" and "Quebec City" */
const namesakes = (a: PlaceFact, b: PlaceFact): boolean => {
  const stem = (f: PlaceFact, lang: "zh" | "en"): string | null => f.name[lang]?.replace(lang === "zh" ? /[市州省]$/ : /\s+(?:City|State|Province)$/, "") ?? null;
  return (["zh", "en"] as const).some((lang) => stem(a, lang) !== null && stem(a, lang) === stem(b, lang));
};

/** whether half or more of a place's mentions stand right beside a mention of another, in the same paragraph */
function halfBeside(f: PlaceFact, other: PlaceFact): boolean {
  const beside = f.evidence.filter((e) => other.evidence.some((o) => o.paragraph === e.paragraph && Math.max(o.start - e.end, e.start - o.end) <= BESIDE));
  return beside.length * 2 >= f.evidence.length;
}
/** how far apart two names may stand and still be beside each other: ", ", 州 or 州首府 ("the capital of the state") between them */
const BESIDE = 3;

/** a foreign place below a country: a partner, where a country is where it lies */
const isForeignPlace = (f: PlaceFact | undefined): f is PlaceFact => !!f && !isChinese(f) && f.placeType !== "country" && f.placeType !== "region";
const placeParty = (f: PlaceFact): Party => ({ en: f.name.en, zh: f.name.zh, place: f.id });

type ResolvedParty = { party: Party; place: PlaceFact | null; implied: boolean };

/** the place fact of a party named as a place, in the event's paragraph or in the one the party names (a table row's cell) */
const placeOfMention = (m: AgreementMention, p: Extract<PartyMention, { kind: "place" }>, places: PlaceFacts): PlaceFact | undefined => places.byMention.get(mentionKey(p.paragraph ?? m.paragraph, p.index));

function namedParty(m: AgreementMention, p: PartyMention, places: PlaceFacts): ResolvedParty[] {
  if (p.kind === "place") {
    const f = placeOfMention(m, p, places);
    return f ? [{ party: placeParty(f), place: f, implied: false }] : [];
  }
  if (p.kind === "organisation") {
    const name = p.name ?? p.text;
    return [{ party: { en: m.lang === "en" ? name : null, zh: m.lang === "zh" ? name : null, place: null }, place: null, implied: false }];
  }
  return [];
}

/**
 * The event's parties: those it names, and those it implies. 我省 is the own place. 双方 is the own place and the
 * main partner, less the side a place the event names already stands for (代表团…会见瓦尔帕莱索大区官员，双方签署:
 * the region and the own place, not a third party); in a release with no one main partner, the partner of the
 * event told before it in its language (10月21日，扬州市与岐阜市签署… then 两市于2016年建立…: the same two cities).
 */
function partiesOf(m: AgreementMention, places: PlaceFacts, ownSide: OwnSide, previousPartner: PlaceFact | null, ties: ReadonlySet<string>): ResolvedParty[] {
  const named = m.candidate.parties.flatMap((p) => namedParty(m, p, places));
  const namedPlaces = named.flatMap((r) => (r.place && r.place.placeType !== "country" ? [r.place] : []));
  const implied = (f: PlaceFact | null): ResolvedParty[] => (f ? [{ party: placeParty(f), place: f, implied: true }] : []);
  // 我市与韩国全州市…: a release that names no Chinese division of its own keeps the word it names itself by
  const own = (level: AgreementLevel | null, word: string | null): ResolvedParty[] => {
    // (a release that calls itself 我省 is a province: not the city a later paragraph names as a port)
    const f = ownPlace(ownSide.homes, level ?? levelOfOwnWord(word), word);
    if (f) return implied(f);
    if (!word) return [];
    // ("the city" in English, 我市 in Chinese: the word in its own language's field)
    const chinese = /\p{Script=Han}/u.test(word);
    const party: Party = { en: chinese ? null : word, zh: chinese ? word : null, place: null };
    ownWords.add(party);
    return [{ party, place: null, implied: true }];
  };
  // (a city 双方 stands for, where a foreign province signs: the host province, when the release's own holds the city
  // and the release ties the two provinces elsewhere by name; so too the city a foreign province's tie names, "led a
  // delegation to Guangzhou to attend … the 40th anniversary of the friendly relations", the tie being the provinces')
  const tie = TIE_TYPES.has(m.candidate.type);
  const province = tie || m.candidate.parties.some((p) => p.kind === "place" && p.referent) ? ownPlace(ownSide.homes, "provincial") : null;
  const host = province && namedPlaces.some((f) => !isChinese(f) && f.placeType === "province" && ties.has(tieKey(province, f))) ? province : null;
  return m.candidate.parties.flatMap((p) => {
    if (p.kind === "place" && (p.referent || tie) && host) return namedParty(m, p, places).map((r) => (r.place && holds(host, r.place) ? implied(host)[0]! : r));
    if (p.kind === "place" || p.kind === "organisation") return namedParty(m, p, places);
    // ("Chongqing's Yubei District forms friendly ties with Austrian town": a subject implied, no word for it, beside a
    // Chinese place the event names is the partner left unnamed, not the own side, which that place already is)
    if (p.kind === "subject" && p.text === null && namedPlaces.some(isChinese)) return [];
    if (p.kind === "subject") return own(p.level, p.text ?? ownSide.word);
    // (两校, "the two schools" the paragraph did not name: bodies, never the places of the release; left for the other language to settle)
    if (SCHOOL_PAIR[m.lang].test(p.text ?? "")) return [];
    // (自1979年两省州结好以来, "since the two sides established sister-state relations": a tie of provinces is the
    // release's province's, not the city its delegation visited)
    const ofProvinces = (PROVINCE_PAIR[m.lang].test(p.text ?? "") || TIE_OF_PROVINCES[m.lang].test(m.candidate.triggers.join(" "))) && !!ownPlace(ownSide.homes, "provincial");
    return [...(namedPlaces.some(isChinese) ? [] : own(ofProvinces ? "provincial" : null, ownSide.word)), ...(namedPlaces.some((f) => !isChinese(f)) ? [] : implied(pairPartner(mainPartner(places.facts), previousPartner, tie)))];
  });
}

/** the level the word a release names itself by says: 我省 and "the province" a province's, 我市 and "the city" a city's */
const levelOfOwnWord = (word: string | null): AgreementLevel | null =>
  !word ? null : (OWN_PLACE[word] ?? OWN_KIND_EN[/^(?:the|our)\s+(\w+)$/i.exec(word)?.[1]?.toLowerCase() ?? ""] ?? null);

/** what settles the release's own side: the word it names itself by, the places that may be its own, and its level */
interface OwnSide {
  word: string | null;
  homes: PlaceFact[];
  /** the level the release's words of its own extent or office say (全市, 市外办), for a tie whose own side it leaves unnamed */
  extent: AgreementLevel | null;
}

/** 全市企业, 市外办2024年工作总结: a release that never names its own place still says which level it is */
const EXTENT_WORD = /全(省|市|县|区)|(省|市|县|区)(?:人民政府)?外(?:事)?办/;
const LEVEL_OF_KIND: Readonly<Record<string, AgreementLevel>> = { 省: "provincial", 市: "city", 县: "county", 区: "district" };
const extentOf = (doc: Doc): AgreementLevel | null => {
  const m = firstInChinese(doc, EXTENT_WORD);
  return m ? LEVEL_OF_KIND[m[1] ?? m[2]!]! : null;
};

/** the first match of a pattern in the release's Chinese text, page furniture aside */
function firstInChinese(doc: Doc, pattern: RegExp): RegExpExecArray | null {
  for (const p of doc.paragraphs) {
    const m = p.lang === "zh" && p.role !== "boilerplate" ? pattern.exec(p.text) : null;
    if (m) return m;
  }
  return null;
}

/**
 * 在北京举行的理事会上, "the council meeting held in Beijing": a place the release names only as where something took
 * place, where a foreign post is, or where a body is seated, is not its own (the release of a city that joined a
 * body there names that city, or only 我市)
 */
function onlyWhereHeld(doc: Doc, place: PlaceFact): boolean {
  return place.evidence.every((e) => {
    const text = doc.paragraphs.find((p) => p.id === e.paragraph)?.text ?? "";
    const before = text.slice(Math.max(0, e.start - 48), e.start);
    return (e.lang === "zh" || e.lang === "en") && (VENUE_BEFORE[e.lang].test(before) || POSTED_IN[e.lang].test(before) || SEAT_OF_BODY[e.lang].test(before));
  });
}

/** 联合会于2012年在北京成立, "Founded in Beijing in 2012", "headquartered in Beijing": where a body is seated, not the release's own place */
const SEAT_OF_BODY = { zh: /总部(?:设在|位于|设于)$/, en: /\b(?:[Ff]ounded|[Hh]eadquartered|[Bb]ased|[Ee]stablished)\s+in\s+$/ };

/** 日本驻上海总领事, "Consul General of Japan in Shanghai": where a foreign post is, not the release's own place */
const POSTED_IN = { zh: /驻$/, en: /\b(?:Consul(?:ate)?[- ]General|Consulate|Embassy|Ambassador)\b[^.;,]{0,40}?\s+in\s+$/ };

/** the words a release names itself by (我市, 本省), read when it names no Chinese division of its own */
// (not 全省, "the whole province", which names the place's extent, not a party)
const OWN_WORD = new RegExp(Object.keys(OWN_PLACE).filter((w) => !w.startsWith("全")).join("|"));
const ownWordOf = (doc: Doc): string | null => firstInChinese(doc, OWN_WORD)?.[0] ?? null;

/** the words of a tie between provinces or states: 友好省州, 两省州结好, "sister-state", "province-state relations" */
const PROVINCE_TIE = /省州|省道|省府|友好省|sister[- ](?:states?|provinces?)\b|\bprovince[- ](?:state|region|prefecture|county|province)\b|friendly[- ]provinc/i;
const PROVINCE_LEVEL = new Set(["province", "region"]);

/**
 * 代表团访问墨尔本，…庆祝两省州结好45周年: a tie of two provinces has no city among its parties, though the sentence
 * names the city the visit went to beside them, when two provinces are named
 */
function withoutCitiesOfProvinceTie(m: AgreementMention, parties: ResolvedParty[]): ResolvedParty[] {
  if (!PROVINCE_TIE.test(m.candidate.text) || parties.filter((r) => r.place && PROVINCE_LEVEL.has(r.place.placeType)).length < 2) return parties;
  return parties.filter((r) => !r.place || PROVINCE_LEVEL.has(r.place.placeType) || r.place.placeType === "country");
}

/**
 * The day an event's date names: its start, or, for a stretch of months ("上半年", "from January to June 2025"), the
 * year the stretch lies in (an event of the first half of 2025 is of 2025, not of January), or none when the year is unknown.
 */
function eventDate(d: DateCandidate, doc: Doc): { value: string } | null {
  const start = resolve(d.expr, reference(doc), doc.options.dateDirection);
  // (a part of a year, 上半年, resolves to a stretch of its own)
  const end = d.relation === "between" && d.untilExpr ? resolve(d.untilExpr, reference(doc), doc.options.dateDirection).value : start.end;
  // (a stretch of days, "from May 8 to 12", keeps its first day: the visit's signing is on one of a few days)
  if (!end || /-\d{2}-\d{2}$/.test(start.value)) return start;
  const year = (value: string): string | null => /^\d{4}/.exec(value)?.[0] ?? null;
  return year(start.value) && year(start.value) === year(end) ? { value: year(start.value)! } : null;
}

/** the parties that are the word a release names itself by (我市, "the city"), not an organisation */
const ownWords = new WeakSet<Party>();

/** the parties an event only implies (我省, "it"): the two languages may settle them differently */
const impliedParties = new WeakMap<AgreementFact, Set<string>>();

function agreementFact(doc: Doc, m: AgreementMention, places: PlaceFacts, ownSide: OwnSide, previousPartner: PlaceFact | null, ties: ReadonlySet<string>): AgreementFact | null {
  const resolved = withoutCitiesOfProvinceTie(m, partiesOf(m, places, ownSide, previousPartner, ties));
  const parties = resolved.filter((r, i) => resolved.findIndex((q) => (r.place ? q.place === r.place : !q.place && q.party.zh === r.party.zh && q.party.en === r.party.en)) === i);
  // (双方 the document cannot settle: kept only to take the parties of the one event of its kind its translation tells)
  // (2024年，全省新增国际友好城市5对，分别为捷克布尔诺市…, in a release that never names its province: the tie with
  // the foreign partner is told all the same, the release's own side unnamed)
  // (今年是两省县缔结友好省县关系40周年, with a foreign partner the release names most and no own place or word at all:
  // the pair word's tie is that partner's, the own side unnamed)
  const unnamedPair = TIE_TYPES.has(m.candidate.type) && m.candidate.parties.some((p) => p.kind === "pair") && !ownSide.word && !ownPlace(ownSide.homes, null);
  const ownSideUnnamed = parties.length === 1 && !!parties[0]!.place && !isChinese(parties[0]!.place) && parties[0]!.place.placeType !== "country" && (m.candidate.parties.some((p) => p.kind === "subject") || unnamedPair);
  const tooFew = parties.length < 2 && m.candidate.type !== "membership" && !ownSideUnnamed;
  const unsettled = tooFew && m.candidate.parties.some((p) => p.kind === "pair");
  if (tooFew && !unsettled) return null;
  const chinese = parties.find((r) => r.place && isChinese(r.place))?.place;
  // (我市 with no Chinese place named: the word says its level)
  const ownLevel = parties.find((r) => r.implied && !r.place && r.party.zh && OWN_WORD.test(r.party.zh))?.party.zh;
  const level = m.candidate.level ?? (chinese ? levelOf(chinese) : ownLevel ? OWN_PLACE[ownLevel]! : ownSideUnnamed ? ownSide.extent : null);
  const date = m.candidate.date ? eventDate(m.candidate.date, doc) : null;
  const paragraph = doc.paragraphs.find((p) => p.id === m.paragraph)!;
  const fact: AgreementFact = {
    kind: "agreement",
    id: "",
    evidence: [evidenceFor(doc, paragraph, m.candidate.index, m.candidate.text, m.candidate.rule)],
    confidence: round(0.8 * (paragraph.damaged ? DAMAGE_FACTOR : 1)),
    corroboration: m.lang === "zh" ? "zh-only" : "en-only",
    conflicts: [],
    type: m.candidate.type,
    cameo: m.candidate.status === "planned" ? "030" : CAMEO[m.candidate.type],
    parties: parties.map((r) => r.party),
    level,
    date: date?.value || null,
    status: m.candidate.status,
    triggers: m.candidate.triggers,
  };
  impliedParties.set(fact, new Set(parties.filter((r) => r.implied && r.place).map((r) => r.place!.id)));
  if (unsettled) unsettledPairs.add(fact);
  return fact;
}

/**
 * Events whose pair (双方, "the two sides") neither the paragraph nor the document settles (a visit to two
 * partner cities: 在横滨…双方签署了港口合作谅解备忘录): the one event of the same kind the aligned paragraph
 * of the other language tells names them ("the Tianjin-Yokohama Economic Forum, where the two sides inked an
 * MoU" or "Tianjin and Yokohama signed…"); with none, the event is not told.
 */
const unsettledPairs = new WeakSet<AgreementFact>();

const placeIdList = (f: AgreementFact): string[] => f.parties.flatMap((p) => (p.place ? [p.place] : [])).sort();
const placeIds = (f: AgreementFact): string => placeIdList(f).join("+");

/** the same event told twice (a headline and its body): same type, same places, and no other body than the one named */
// ("Qingdao Joins the World Tourism Cities Federation" is not the body's "Qingdao joined the TPO in 2019": one place, two bodies)
// (or, bodies signing with no place among the parties, the same two bodies or more: 青岛港与汉堡港…签署友好港协议，两港正式缔结为友好港)
export function sameEvent(a: Fact, b: Fact): boolean {
  return a.kind === "agreement" && b.kind === "agreement" && a.type === b.type && (samePlaces(a, b) || bodiesOnlyBoth(a, b)) && sameOrganisations(a, b);
}
/** the same places, some named */
export const samePlaces = (a: AgreementFact, b: AgreementFact): boolean => placeIds(a) !== "" && placeIds(a) === placeIds(b);
/** no place among either's parties, and two bodies or more named by each (sameOrganisations says whether they are the same) */
const bodiesOnlyBoth = (a: AgreementFact, b: AgreementFact): boolean => placeIds(a) === "" && placeIds(b) === "" && Math.min(organisationsOf(a).length, organisationsOf(b).length) >= 2;

/**
 * the same party: the same place, or organisations one of whose names shortens the other's; the Chinese names
 * decide where both have one, as their characters in order are the stricter test ("World Tourism Cities
 * Federation" and "Tourism Promotion Organization for Asia Pacific Cities" share name words; 世界旅游城市联合会
 * and 亚太城市旅游振兴机构 tell them apart)
 */
const sameParty = (p: Party, q: Party): boolean => (p.place || q.place ? p.place === q.place : p.zh && q.zh ? shortens(p.zh, q.zh) : shortens(p.en, q.en));
const organisationsOf = (f: AgreementFact): Party[] => f.parties.filter((p) => !p.place && (p.en || p.zh));
/** the parties of the list naming fewer are among the other's */
function fewerAmongMore(x: Party[], y: Party[]): boolean {
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((p) => large.some((q) => sameParty(p, q)));
}
/** the bodies two tellings name are one: those of the one naming fewer are among the other's (or one names none) */
const sameOrganisations = (a: AgreementFact, b: AgreementFact): boolean => fewerAmongMore(organisationsOf(a), organisationsOf(b));

/** the words that name the document of a type of event */
const DOCUMENT_WORDS: Partial<Record<AgreementFact["type"], RegExp>> = {
  "letter-of-intent": /letters?\s+of\s+intent|意向书/i,
  memorandum: /memorandum|\bMOU\b|备忘录/i,
  agreement: /agreement|\baccords?\b|\bpacts?\b|\bdeals?\b|\bdeclarations?\b|\bjoint\s+statements?\b|协议|联合声明|共同声明|宣言/i,
};
/** the same kind of event, or a document one names and the other's trigger holds ("Sign Letter of Intent" for "signed a letter of intent to establish friendly cooperative relations") */
const sameKind = (a: AgreementFact, b: AgreementFact): boolean =>
  a.type === b.type || [[a, b], [b, a]].some(([x, y]) => !!DOCUMENT_WORDS[x!.type] && y!.triggers.some((t) => DOCUMENT_WORDS[x!.type]!.test(t)));

/**
 * A headline's event told more loosely: the same kind, and the named parties of one are among the other's
 * (at least two): "Chengdu and Linz of Austria Sign..." names Austria, where Linz alone was found, beside
 * the body's Chengdu and Linz.
 */
// ("湖北省与美国威斯康星州签署农业合作备忘录" over the body's 湖北省农业农村厅 and 威斯康星州…厅: a headline names the
// bodies' places for them)
// ("Lanzhou, Kazakhstan's Almaty sign cooperation pact" over the body's memorandum: a headline's bare agreement, pact or
// 协议 may be the document the body names)
export function restatesEvent(headline: Fact, body: Fact): boolean {
  if (headline.kind !== "agreement" || body.kind !== "agreement") return false;
  // (西安交通大学与英国利物浦大学共建联合研究中心 over the body's 签署协议，合作共建…: a headline tells the agreement by what it builds)
  if (!sameKind(headline, body) && !(headline.type === "agreement" && (body.type === "memorandum" || body.type === "letter-of-intent")) && !(headline.type === "cooperation" && body.type === "agreement")) return false;
  const [h, b] = [headline, body].map((f) => f.parties.filter((p) => p.place || p.en || p.zh));
  if (Math.min(h!.length, b!.length) < 2) return false;
  return fewerAmongMore(h!, b!) || (h!.length === b!.length && h!.every((p) => b!.some((q) => sameParty(p, q) || bodyOfPlace(p, q) || bodyOfOwnSide(p, q) || locatesIn(p, q, body))));
}
/**
 * a headline's country for the body's city the body locates in it: 海南省与马尔代夫签署… over the body's 与马尔代夫马累市签署
 * ("the City of Malé of the Maldives"): the body's own quote names the country right before the city (or after it)
 */
function locatesIn(country: Party, city: Party, body: AgreementFact): boolean {
  if (!country.place || !city.place || country.place === city.place) return false;
  const zh = country.zh && city.zh ? `${country.zh}${city.zh}` : null;
  const en = country.en && city.en ? new RegExp(`\\b${escapeRegExp(city.en)}(?:\\s+City)?(?:,\\s+|\\s+of\\s+|\\s+in\\s+)(?:the\\s+)?${escapeRegExp(country.en)}\\b`) : null;
  return body.evidence.some((e) => (!!zh && e.quote.includes(zh)) || (!!en && en.test(e.quote)));
}
/**
 * a body of the release's own place for the word the headline names that place by: 市中医院 for 我市 (我市与塞格德大学合作成立…
 * over the body's 市中医院与塞格德大学), "the municipal hospital" for "the city"
 */
const bodyOfOwnSide = (own: Party, body: Party): boolean =>
  !own.place && !body.place && ((!!own.zh && !!body.zh && OWN_LEVEL_CHAR.exec(own.zh)?.[1] === body.zh[0]) || (!!own.en && !!body.en && /^the\s+(?:city|province)$/i.test(own.en) && /^(?:the\s+)?(?:municipal|provincial|city)\b/i.test(body.en)));
/** the level's character of a release's word for itself (我市, 本省): the one its own bodies' names open with (市中医院, 省商务厅) */
const OWN_LEVEL_CHAR = /^(?:我|本|全)(市|省|县|区)$/;
/** a body named for a place, its name opening with the place's: 湖北省农业农村厅 of 湖北省, "Wisconsin Department of Agriculture" of Wisconsin */
const bodyOfPlace = (place: Party, body: Party): boolean => !!place.place && !body.place && ((!!place.zh && !!body.zh?.startsWith(place.zh)) || (!!place.en && !!body.en?.startsWith(place.en)));

/**
 * A headline's names for the body's parties: a Chinese paragraph alone names 世界城市和地方政府组织, its English
 * headline "United Cities and Local Governments"; the party the two name is one, known in both languages.
 */
export function nameFromHeadline(body: Fact, headline: Fact): void {
  if (body.kind !== "agreement" || headline.kind !== "agreement") return;
  for (const p of body.parties) {
    if (p.place || (p.en && p.zh)) continue;
    const q = headline.parties.find((h) => !h.place && sameParty(p, h));
    if (q) {
      p.en ??= q.en;
      p.zh ??= q.zh;
    }
  }
}

const names = (parties: Party[]): string => parties.map((p) => p.zh ?? p.en).join(" + ");

/** a tie whose every telling is a bare "friendly relations" or 友好关系, which are what every kind of tie is */
const namesNoKindOfTie = (f: AgreementFact): boolean => f.triggers.every((t) => BARE_FRIENDLY_TIE.test(t) && !KIND_OF_TIE.test(t));
const BARE_FRIENDLY_TIE = /\bfriendly\s+(?:relations|relationships?|ties)\b|友好关系/i;
const KIND_OF_TIE = /exchange|cooperat|partner|sister|twin|交流|合作|城市|省|州|县/i;

/** one event in both languages: place parties by place, organisations by their order */
function merge(zh: AgreementFact, en: AgreementFact): AgreementFact {
  const conflicts: Fact["conflicts"] = [];
  // an implied party ("it" in English, 我省 in Chinese) is settled by the Chinese, which says its level
  const zhImplied = impliedParties.get(zh) ?? new Set<string>();
  const enImplied = impliedParties.get(en) ?? new Set<string>();
  const bothImply = zhImplied.size > 0 && enImplied.size > 0;
  const zhPlaces = zh.parties.filter((p) => p.place);
  const enPlaces = en.parties.filter((p) => p.place && !(bothImply && enImplied.has(p.place) && !zhPlaces.some((q) => q.place === p.place)));
  const stated = (ps: Party[], implied: Set<string>): Party[] => (bothImply ? ps.filter((p) => !implied.has(p.place!)) : ps);
  const [zhStated, enStated] = [stated(zhPlaces, zhImplied), stated(enPlaces, enImplied)];
  // (两市 settled as the city the sentence named and the own place, "the two cities" as the own place and the
  // main partner: a place one language states and the other implies is one both give)
  const samePlaces = bothImply
    ? zhStated.every((p) => enPlaces.some((q) => q.place === p.place)) && enStated.every((p) => zhPlaces.some((q) => q.place === p.place))
    : zhStated.length === enStated.length && zhStated.every((p) => enStated.some((q) => q.place === p.place));
  if (!samePlaces) conflicts.push({ field: "parties", zh: names(zhPlaces), en: names(enPlaces) });
  // (organisations pair with organisations, and 我市 with "the city")
  const unplaced = (f: AgreementFact, own: boolean): Party[] => f.parties.filter((p) => !p.place && ownWords.has(p) === own);
  const organisations = [...pairOrganisations(unplaced(zh, true), unplaced(en, true)), ...pairOrganisations(unplaced(zh, false), unplaced(en, false))];
  const parties = [...zhPlaces, ...enPlaces.filter((p) => !zhPlaces.some((q) => q.place === p.place)), ...organisations];
  // (3月19日 read with the paragraph's year, "On March 19" with none: one day, the dated one kept)
  const date = oneDate(zh.date, en.date);
  if (date.differ) conflicts.push({ field: "date", zh: zh.date!, en: en.date! });
  if (zh.level && en.level && zh.level !== en.level) conflicts.push({ field: "level", zh: zh.level, en: en.level });
  // (a tie of one kind in Chinese and of another in English: the Chinese kind kept, its word being the more exact; a
  // tie told only as "friendly relations", 友好关系, names no kind and so disagrees with none)
  if (tiesOfTwoKinds(zh, en) && ![zh, en].some(namesNoKindOfTie)) conflicts.push({ field: "type", zh: zh.type, en: en.type });
  // (an event one language tells as done and the other as announced, "…, the bureau announced", is one done event, announced;
  // a planned one against a done one is a disagreement)
  const status = jointStatus(zh.status, en.status);
  if (!status) conflicts.push({ field: "status", zh: zh.status, en: en.status });
  return {
    ...zh,
    status: status ?? zh.status,
    evidence: [...zh.evidence, ...en.evidence],
    corroboration: conflicts.length ? "conflict" : "both",
    confidence: mergedConfidence(zh, en, conflicts),
    conflicts,
    parties,
    date: date.date,
    level: zh.level ?? en.level,
    triggers: [...zh.triggers, ...en.triggers],
  };
}

export function agreementFacts(doc: Doc, places: PlaceFacts): AgreementFact[] {
  const facts = new Map<AgreementMention, AgreementFact>();
  const ownSide: OwnSide = { word: ownWordOf(doc), homes: places.facts.filter((f) => !onlyWhereHeld(doc, f)), extent: extentOf(doc) };
  const ties = namedTies(doc, places);
  // the foreign partner of the last event each language told, which a later pair word it cannot settle goes on with,
  // only in a paragraph that names no foreign place (one that does, a venue at least, may be about another partner)
  const lastPartner = new Map<AgreementMention["lang"], PlaceFact>();
  const namingForeign = new Set(doc.placeMentions.filter((x) => isForeignPlace(places.byMention.get(mentionKey(x.paragraph, x.candidate.index)))).map((x) => x.paragraph));
  const placeById = new Map(places.facts.map((f) => [f.id, f]));
  for (const m of doc.agreementMentions) {
    const f = agreementFact(doc, m, places, ownSide, namingForeign.has(m.paragraph) ? null : (lastPartner.get(m.lang) ?? null), ties);
    if (!f) continue;
    facts.set(m, f);
    const foreign = f.parties.flatMap((p) => (p.place && isForeignPlace(placeById.get(p.place)) ? [placeById.get(p.place)!] : []));
    if (foreign.length === 1 && !unsettledPairs.has(f)) lastPartner.set(m.lang, foreign[0]!);
  }
  const merged = new Set<AgreementMention>();
  const out: AgreementFact[] = [];
  const byParagraph = groupInOrder([...facts.keys()], (m) => m.paragraph);
  for (const a of doc.alignments) {
    const side = (ids: string[]): AgreementMention[] => byParagraph(ids).filter((m) => !merged.has(m));
    for (const z of side(a.zh)) {
      const zf = facts.get(z)!;
      const same = side(a.en).filter((e) => facts.get(e)!.type === zf.type);
      // of several events of one type, one sharing a place party, and of those the one sharing the most (with A
      // and with B "respectively" share their subject), then the one that agrees on renewal and date
      // (a renewal "on Monday, 30 years after the two cities first became sister cities" is two events)
      const shared = (x: AgreementMention): number => sharedPlaces(zf, facts.get(x)!);
      // (of events that fit alike, the one whose partner stands at the same place in its list: "with Jurong Town Corporation
      // and the National University of Singapore", 与新加坡裕廊集团、新加坡国立大学分别签署, paired in order; a body's event
      // leaves to another the one that other fits better, the bodies' names holding one place: 东京大学, "University of Tokyo")
      const zhSame = side(a.zh).filter((y) => facts.get(y)!.type === zf.type);
      const fitsAnotherBetter = (x: AgreementMention): boolean => zhSame.some((y) => y !== z && fitOf(facts.get(y)!, facts.get(x)!) > fitOf(zf, facts.get(x)!));
      const sharing = same.filter((x) => shared(x) > 0 && !(signsWithBody(zf) && fitsAnotherBetter(x)));
      const zhRank = partnerRank(z, zhSame);
      const fit = (x: AgreementMention): number => fitOf(zf, facts.get(x)!) + (partnerRank(x, same) === zhRank ? 0.5 : 0);
      // (of one type alone only where a side cannot say which places: two named on each side and none shared are two events)
      const placesOf = (f: AgreementFact): number => f.parties.filter((p) => p.place).length;
      // (bodies only, with no place to share, the events whose bodies are named for the same places: 宁波大学与匈牙利佩奇大学 and
      // "Ningbo University … with the University of Pécs", beside a port group's agreement told in both)
      const best = (xs: AgreementMention[]): AgreementMention | undefined => xs.reduce<AgreementMention | undefined>((b, x) => (!b || fit(x) > fit(b) ? x : b), undefined);
      const namedForSamePlaces = sharing.length ? [] : same.filter((x) => bodiesSharingPlace(zf, facts.get(x)!) > 0);
      // (and failing that, as many bodies' events on each side, none naming a place as a party: each with the one told in
      // the same order, "after joining UCLG …, following its accession to the WTCF", 加入UCLG…，继加入WTCF之后)
      const bodiesOnly = (f: AgreementFact): boolean => placesOf(f) === 0 && signsWithBody(f);
      const inOrder = !namedForSamePlaces.length && same.length > 1 && same.length === zhSame.length && [zf, ...same.map((x) => facts.get(x)!)].every(bodiesOnly) ? same.find((x) => partnerRank(x, same) === zhRank) : undefined;
      const e = best(sharing) ?? (same.length === 1 && (placesOf(zf) < 2 || placesOf(facts.get(same[0]!)!) < 2) ? same[0] : (best(namedForSamePlaces) ?? inOrder));
      if (!e) continue;
      const ef = facts.get(e)!;
      // (3月…与宿务…；5月…与马六甲州续签…；9月…与巴伦西亚市缔结…: an event the other language tells is left to the event
      // of this one that fits it better, later in the paragraph)
      if (side(a.zh).some((y) => y !== z && facts.get(y)!.type === zf.type && fitOf(facts.get(y)!, ef) > fitOf(zf, ef))) continue;
      // (an unsettled pair takes the other language's parties, when that one names them)
      if (unsettledPairs.has(zf) && unsettledPairs.has(ef)) continue;
      if (unsettledPairs.has(zf)) zf.parties = ef.parties.map((p) => ({ ...p }));
      if (unsettledPairs.has(ef)) ef.parties = zf.parties.map((p) => ({ ...p }));
      merged.add(z);
      merged.add(e);
      out.push(merge(zf, ef));
    }
  }
  // what is left: one language names only an agreement where the other names its kind ("renewed their partnership
  // agreement", 续签友好合作协议): one event when the same places, two or more, are all either names, typed by the kind;
  // or a tie of one kind where the other tells it of another (友好合作关系城市, "friendly cities"), flagged
  for (const a of doc.alignments) {
    for (const z of byParagraph(a.zh).filter((m) => !merged.has(m))) {
      const zf = facts.get(z)!;
      const kin = byParagraph(a.en).filter((m) => !merged.has(m) && (namesItsKind(zf, facts.get(m)!) || tieOfOtherKind(zf, facts.get(m)!)));
      if (kin.length !== 1) continue;
      const ef = facts.get(kin[0]!)!;
      merged.add(z);
      merged.add(kin[0]!);
      out.push({ ...merge(zf, ef), type: zf.type === "agreement" ? ef.type : zf.type });
    }
  }
  for (const [m, f] of facts) if (!merged.has(m) && !unsettledPairs.has(f)) out.push(f);
  return out;
}


/** an event one of whose parties is a body, named by no place */
const signsWithBody = (f: AgreementFact): boolean => f.parties.some((p) => !p.place && !ownWords.has(p) && !!(p.zh ?? p.en));

/** where an event's partner, its last named party, stands among the partners of events told beside it (0 the first) */
function partnerRank(m: AgreementMention, beside: readonly AgreementMention[]): number {
  const partnerAt = (x: AgreementMention): number => Math.max(-1, ...x.candidate.parties.map((p) => p.index ?? -1));
  const at = partnerAt(m);
  return beside.filter((x) => x.paragraph === m.paragraph && partnerAt(x) < at).length;
}

/** how many place parties two tellings share */
const sharedPlaces = (a: AgreementFact, b: AgreementFact): number => b.parties.filter((p) => p.place && a.parties.some((q) => q.place === p.place)).length;
/** how many bodies of one telling hold a place a body of the other holds in its name (东京大学 and "the University of Tokyo") */
const bodiesSharingPlace = (a: AgreementFact, b: AgreementFact): number =>
  a.parties.filter((p) => !p.place && b.parties.some((q) => !q.place && (namesSharePlace(p.zh, q.en) || namesSharePlace(q.zh, p.en)))).length;
/** how well two tellings of one type fit as one event: their shared places most, then renewal and date agreeing, then bodies named for one place */
const fitOf = (a: AgreementFact, b: AgreementFact): number =>
  4 * sharedPlaces(a, b) + (isRenewal(b.triggers) === isRenewal(a.triggers) ? 2 : 0) + (b.date && a.date ? (oneDate(a.date, b.date).differ ? -1 : 1) : 0) + bodiesSharingPlace(a, b);

/**
 * One event told as a bare agreement in one language and as its kind in the other: one is "agreement", the other's
 * trigger holds the word (友好合作协议, "friendship agreement"), and they name the same places, two or more, and no
 * organisation (the release's own word counting as its place). The bare word says less, not otherwise: the kind is
 * no disagreement.
 */
function namesItsKind(a: AgreementFact, b: AgreementFact): boolean {
  // (双方续签了《友好省州合作协议》: the document's word may be in the span of the event, outside its triggers)
  const tellsDocument = (f: AgreementFact): boolean => f.evidence.some((e) => DOCUMENT_WORDS.agreement!.test(e.quote));
  if ((a.type === "agreement") === (b.type === "agreement") || !(sameKind(a, b) || tellsDocument(a.type === "agreement" ? b : a))) return false;
  return sameNamedPlaces(a, b);
}

/**
 * One tie told as a tie of another kind: 建立友好合作关系城市 beside "have been friendly cities". The two kinds of tie
 * are one event between the same places; the kinds' disagreement is a conflict for an editor (see `merge`).
 */
const tieOfOtherKind = (a: AgreementFact, b: AgreementFact): boolean => tiesOfTwoKinds(a, b) && sameNamedPlaces(a, b);
/** two tellings that are each a tie, of different kinds (sister city, friendly cooperation) */
const tiesOfTwoKinds = (a: AgreementFact, b: AgreementFact): boolean => a.type !== b.type && TIE_TYPES.has(a.type) && TIE_TYPES.has(b.type);

/** two tellings' parties are the same places, two or more, all named, and no organisation (the release's own word counting as its place) */
function sameNamedPlaces(a: AgreementFact, b: AgreementFact): boolean {
  // (the word a release names itself by, 我省 where it names no province of its own, is the same side in both)
  const side = (p: Party): string | null => p.place ?? (ownWords.has(p) ? "own" : null);
  const [pa, pb] = [a, b].map((f) => f.parties.map(side).sort().join("+"));
  return [a, b].every((f) => f.parties.every((p) => side(p) !== null) && f.parties.some((p) => p.place)) && pa === pb && a.parties.length >= 2;
}

/**
 * the status of one event two reports tell: theirs when they agree; "announced" when one tells it done and the other
 * announced ("…, the bureau announced"); none when one has it planned and the other done, which disagree
 */
export const jointStatus = (a: AgreementFact["status"], b: AgreementFact["status"]): AgreementFact["status"] | null => (a === b ? a : a !== "planned" && b !== "planned" ? "announced" : null);
