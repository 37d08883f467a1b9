/**
 * The pair a 两市, 双方, "the two cities" or "both sides" refers to: the places (or schools) the paragraph has just
 * named, a venue the sentence or the paragraph opens in, or two places joined as the sentence's subject; and the pair
 * word that opens a sentence and goes on into a later clause of it.
 */
import type { PartyMention, PlaceCandidate } from "../types";
import { lastMatch } from "../shared/matches";
import { bodiesNamedIn } from "./organisations";
import { between, isChineseCandidate, PAIR_NAME, partyPlaces, PLANNING_VERB_EN, sentences, SIGNING_BODIES, SIGNING_BODIES_EN } from "./parties";

/** 两市, 双方, "the two cities", "both sides": the subject is the pair the paragraph has just named */
const PAIR_WORDS = {
  // (两市在长沙举行的第二届中非经贸博览会期间签署: a time or venue phrase of its own length between)
  // (双方6所高校签订…, 两市企业签署…: bodies of the two sides sign, and the pair is not the parties)
  // (广西两市分别与越南两省签署…: two places each signing with a partner of its own are no pair that signs together)
  zh: new RegExp(`(?!${PAIR_NAME.zh}(?:的|有关|相关)?(?:[0-9０-９一二三四五六七八九十两多几数]+[所家个])?${SIGNING_BODIES}|${PAIR_NAME.zh}分别[与同和跟])(${PAIR_NAME.zh})(?:在[^，。；]{0,30}?期间)?[^，。；]{0,16}$`),
  // ("The two established sister-state relations in 1986", "The two formally became…": "the two" alone, right before the trigger's verb)
  // ("The two cities, which established sister-city ties in 1984, will…": a relative clause's subject too)
  // ("The two cities' sister-city ties were established": the pair's possessive before the tie it holds)
  // ("Companies from both sides signed agreements worth …": bodies of the two sides sign, as 双方企业 do, and the pair is not the parties)
  // ("The two sides officially signed an agreement on establishing friendly relations": an adverb of the verb takes no
  // place among the four words before a tie read from its gerund)
  // ("The two cities, separated by the Heilongjiang River, became …": an aside in commas that opens with a participle, between)
  en: new RegExp(`(?<!\\b${SIGNING_BODIES_EN}\\s+(?:from|of|in)\\s+)\\b(${PAIR_NAME.en}|the\\s+two(?=\\s+(?:(?:have|has|had|formally|officially|also|then|later)\\s+){0,2}$))['’]?(?:,\\s+which|,\\s+[a-z]+(?:ed|ing)\\b[^,;.]{0,60},)?(?:\\s+(?:(?:also|formally|officially|jointly|then|later)\\s+)?(?:\\w+\\s+){0,4})?$`, "i"),
};

/**
 * a pair word that opens a sentence (after a time or place phrase at most) and agrees to what follows: 双方同意…,
 * "The two sides agreed to …"; the clauses after such a verb are what the pair agreed to
 */
const PAIR_SUBJECT = {
  // (双方表示，将于明年正式缔结…: what the pair said it will do, as what it agreed to)
  zh: new RegExp(`^(?:[^，。；]{0,12}?[，,])?(${PAIR_NAME.zh})(?=(?:还|一致|均)?(?:同意|商定|约定|决定|承诺|表示))`),
  // ("They agreed to …": the pronoun opening a sentence and agreeing stands for the pair the text has named, as 双方商定 does)
  // ("In Tashkent, Liu Min met with Mayor …, and the two sides agreed to …": a clause of the meeting before, as PAIR_OPENS allows)
  // ("The two sides reviewed the achievements of their cooperation since establishing …": the tie a review recalls is the pair's)
  en: new RegExp(`^(?:[^,;]{0,40},\\s+)?(?:[^,;]{0,80},\\s+and\\s+)?(${PAIR_NAME.en}|They(?=\\s+(?:also\\s+)?(?:agreed|decided)\\b))(?=\\s+(?:also\\s+)?(?:agreed|decided|pledged|vowed|promised|said|plan(?:s|ned)?)\\b|\\s+(?:also\\s+)?(?:reviewed|recalled|looked\\s+back\\s+on|summ(?:ed|arized|arised)\\s+up)\\b[^,;.]*\\bsince\\s+$)`),
};
/** the pair opening a sentence, whatever its verb */
// ("At the event, representatives of the two cities …": the people who speak for the pair)
// ("在格鲁吉亚期间，代表团拜会了巴统市政府，双方就…交流，并签署了…", "In Georgia, the delegation called on …, and the
// two sides held … and signed …": the pair opening the sentence's second or third clause, after a visit's)
const PAIR_OPENS = {
  // (a meeting's clause may run long: 重庆市与白俄罗斯明斯克州以视频方式举行友好合作会议，双方…)
  zh: new RegExp(`^(?:[^，。；]{0,12}?[，,])?(?:[^，。；]{0,40}?[，,])?(${PAIR_NAME.zh})`),
  en: new RegExp(`^(?:[^,;]{0,40},\\s+)?(?:[^,;]{0,80},\\s+and\\s+)?(?:(?:representatives|leaders|officials|mayors|delegates)\\s+(?:of|from)\\s+)?(${PAIR_NAME.en})\\b`),
};
/**
 * 双方将推动…，并计划于明年缔结…, "The two sides will promote…, and plan to establish…": the trigger's own clause
 * opens with what was planned or agreed, so the pair opening the sentence goes on into it; so does a clause that
 * goes on with the sentence's verbs (两市代表共同种下…，并签署了…, "representatives of the two cities planted … and signed …")
 */
const PAIR_GOES_ON = {
  // (两市于2014年建立友好交流关系，(并于)2019年升格为友好城市: a clause of no subject, a date at most before its verb;
  // 并于2025年底前签署…: the date's 底, 初 or 内 and 前 too)
  // (双方将在…开展合作，并适时推动建立…: a joined clause that promotes what is to come)
  // (…，并就明年正式缔结友好城市关系达成共识: a joined clause on what the pair talked about)
  zh: /[，,](?:并|还|同时|并且)?(?:计划|决定|同意|商定|约定|承诺)[^，,。；]*$|[，,](?:并|还|同时|并且)(?:将)?(?:适时|积极|共同|尽快|早日|进一步)?(?:推动|推进|促进|争取|力争|探讨)[^，,。；]*$|[，,](?:并|还|同时|并且)就[^，,。；]*$|[，,](?:并|并且|随后)?(?:于|在)?(?:[0-9０-９]{4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|底|初|内)?(?:前|以前)?)?(?:共同|一起|正式)?$/,
  // (", and in 2019 they formally became sister cities": "they", after its clause's time, is the pair again)
  // ("… signed a letter of intent in 2023 and plan to formally become sister cities": with no comma before "and" too)
  // ("…, and formally became sister cities in May 2005": an adverb of the verb after "and")
  // ("The two cities, which established sister-city ties in 1993, signed …": the pair, then a relative clause of its own)
  // ("…, and will promote the establishment of sister-city relations": a clause joined by "and will", of no subject; ", and
  // strive to formally establish …", as 并力争…)
  en: new RegExp(`^${PAIR_NAME.en},\\s+which\\s+[^;]*?,\\s+$|(?:,\\s+|\\s)and\\s+(?:also\\s+)?(?:${PLANNING_VERB_EN}|strive|aim|seek|work)\\s+to\\b[^,;]*$|\\sand\\s+(?:then\\s+|also\\s+|jointly\\s+|formally\\s+|officially\\s+|later\\s+|subsequently\\s+)?$|(?:,\\s+|\\s)and\\s+(?:also\\s+)?(?:will|shall)\\s+[^,;]*$|\\sand\\s+(?:(?:in|on)\\s+[^,;]{1,30}?,?\\s+)?they\\s+(?:(?:then|also|jointly|formally|officially)\\s+)?$`),
};

/** where a sentence opens with the place a delegation was at: 在…期间, "In …," "While in …," */
const OPENING_VENUE = { zh: /^\s*(?:访问)?在$/, en: /^\s*(?:(?:While|When)\s+)?(?:[Ii]n|[Aa]t)\s+$/ };

/** the pair words that name two divisions below a country */
const DIVISION_PAIR = { zh: /^两(?:[市省县区州城]|省州|省区)$/, en: /\b(?:cities|capitals|towns|provinces|states|counties|districts|municipalities|mayors|governors)$/i };

/** the pair words that name two cities */
const CITY_PAIR = { zh: /^两(?:市|城)$/, en: /\b(?:cities|capitals|towns|mayors)$/i };
/** the rest of a clause after a position */
const CLAUSE_AFTER = { zh: /^[^，。；！？]*/, en: /^[^,.;!?]*/ };

/** the pair words that name two provinces or states */
export const PROVINCE_PAIR = { zh: /^两省(?:州|区)?$/, en: /\b(?:provinces|states|governors)$/i };

/** two mentions the gazetteer reads as one place (昆山 and 昆山市, "Victoria" and "State of Victoria") */
const sharesEntry = (a: PlaceCandidate, b: PlaceCandidate): boolean => a.hits.some((x) => b.hits.some((y) => x.entry === y.entry));
/** one place, by the same text or a gazetteer entry both mentions read as */
const samePlace = (a: PlaceCandidate, b: PlaceCandidate): boolean => a.text === b.text || sharesEntry(a, b);
/** the places of a list, each once (the first mention of each) */
const distinctPlaces = (list: readonly PlaceCandidate[]): PlaceCandidate[] => list.filter((p, i) => !list.slice(0, i).some((q) => samePlace(q, p)));
/** any pair word, wherever it stands: the last before a trigger names the kind of the pair */
const ANY_PAIR_NAME = { zh: new RegExp(PAIR_NAME.zh, "g"), en: new RegExp(PAIR_NAME.en, "g") };

/**
 * The parties of "访问期间，两市签署…" / "the two cities signed…": the last two places the paragraph names
 * as parties before the pair word ("the Mayor of Osnabrück visited Hefei"), with the pair word's
 * position, from which the event is cited, and the start of the sentence that named them, from which
 * a date may tell the event's; the parties the clause names itself follow. When the paragraph has not
 * named two places (the pair was named in an earlier one), the pair word itself is the party, settled
 * at fusion. Null when the text before the trigger has no pair word.
 */
export function pairReferents(text: string, places: PlaceCandidate[], before: { start: number; end: number; sentence?: number; tieOfProvinces?: boolean }, lang: "zh" | "en", named: PartyMention[]): { at: number; parties: PartyMention[]; datedFrom: number } | null {
  let pair = PAIR_WORDS[lang].exec(text.slice(before.start, before.end));
  // where the pair word starts: PAIR_WORDS opens its match with it, PAIR_SUBJECT closes its match with it
  let at = pair ? before.start + pair.index : -1;
  // 双方同意推动…，并争取明年建立…; "The two sides agreed to…, and to work toward establishing…": the pair is the
  // sentence's subject, and a later clause that names no place of its own goes on with it
  if (!pair && before.sentence !== undefined && !named.length) {
    const opening = text.slice(before.sentence, before.end);
    const goesOn = PAIR_GOES_ON[lang].test(opening);
    const subject = PAIR_SUBJECT[lang].exec(opening) ?? (goesOn ? PAIR_OPENS[lang].exec(opening) : null);
    if (subject && !between(places, before.sentence + subject.index + subject[0].length, before.end).length) {
      pair = subject;
      at = before.sentence + subject.index + subject[0].length - subject[1]!.length;
    }
    // 徐州市与德国波鸿市在徐州签署…，并续签…, "Xuzhou and Bochum, Germany signed … and renewed …": two places the
    // sentence opens with, joined, are its subject, and a clause of none goes on with them as a pair word's would
    const joined = !pair && goesOn ? joinedSubject(text, places, before.sentence, before.end, lang) : null;
    if (joined) return { at: joined[0]!.index!, parties: joined, datedFrom: before.sentence };
  }
  if (!pair) return null;
  // (与越南两省, 广西两市: a pair word right after a country's or a province's name counts that place's provinces or cities,
  // whom it does not name; not 与曼海姆两市, where the city named is one of the two)
  const holder = lang === "zh" ? places.find((p) => p.index + p.text.length === at) : undefined;
  if (holder && (holder.type === "country" || (holder.type === "province" && !PROVINCE_PAIR.zh.test(pair[1]!)))) return null;
  const withNamed = (referents: PartyMention[]): PartyMention[] => [...referents, ...named.filter((p) => !referents.some((q) => q.text === p.text))];
  // the last two places named, below a country where there are two (韩国庆尚北道…访问青岛: not 韩国); 两市,
  // "the two cities" name their kind, and a country is never one of them (叶卡捷琳堡是俄罗斯第四大城市。两市…)
  // (两省州, "the two provinces": no city the sentence names beside them, 代表团访问墨尔本，…庆祝两省州结好)
  // (双方签署友好省州关系…备忘录, "a memorandum renewing their sister-state relationship": the tie names two provinces too)
  // (双方表示将推动两市建立…: the pair word nearest the trigger names the kind, 两市, where 双方 opens the clause)
  // (签署了两市建立友好交流城市关系的意向书, "signed a letter of intent on … between the two cities": a pair word after the
  // trigger, in its clause, names the kind too)
  const clauseAfter = CLAUSE_AFTER[lang].exec(text.slice(before.end))![0];
  const kind = lastMatch(ANY_PAIR_NAME[lang], text.slice(at, before.end + clauseAfter.length))?.[0] ?? pair[1]!;
  // (两校, "the two schools": the last two schools the paragraph names before the pair word, not their cities)
  // (the two schools the paragraph names, or the pair word alone without two)
  if (SCHOOL_PAIR[lang].test(kind)) return bodyReferents(text, at, SCHOOL_WORD[lang], lang, withNamed) ?? { at, parties: withNamed([{ kind: "pair", index: at, text: pair[1]! }]), datedFrom: at };
  // (两港: the two ports the paragraph names; without two, the ports of the pair's cities, which the release names by the cities)
  const ports = PORT_PAIR[lang].test(kind) ? bodyReferents(text, at, PORT_WORD[lang], lang, withNamed) : null;
  if (ports) return ports;
  const provinces = PROVINCE_PAIR[lang].test(kind) || !!before.tieOfProvinces;
  // (a province that only says where the capital visited is, 塔斯马尼亚州首府霍巴特, is one of a tie of provinces)
  const earlier = (before.tieOfProvinces ? between(places, 0, at) : partyPlaces(text, places, 0, at, lang)).filter((p) => (p.type !== "country" || !DIVISION_PAIR[lang].test(kind)) && (!provinces || p.type === "province" || p.type === "region"));
  // ("Victoria Mayor … of British Columbia, Canada led a delegation to Jiangmen, and the mayors of the two cities": 两市,
  // "the two cities" are cities, not the province that locates one of them, where two are named)
  const nonCountries = earlier.filter((p) => p.type !== "country");
  // (在慕尼黑…与巴伐利亚州经济部会谈。在维也纳…会见维也纳市副市长，…两市建立…: one city named, twice, is one of the
  // two cities, and the province named before it is none)
  const cityPlaces = CITY_PAIR[lang].test(kind) ? nonCountries.filter((p) => p.type !== "province" && p.type !== "region") : [];
  // (在喀山期间，代表团会见了鞑靼斯坦共和国副总理，…签署了两市建立…: with no city named, a province is none of the two
  // cities either; the venue below says which city the delegation met)
  const local = cityPlaces.length >= 2 || distinctPlaces(cityPlaces).length === 1 || (CITY_PAIR[lang].test(kind) && !cityPlaces.length) ? cityPlaces : nonCountries;
  const last: PlaceCandidate[] = [];
  // (the cities, when the pair word names cities and one is named, however often; else two places at least)
  for (const p of [...(local === cityPlaces || local.length >= 2 ? local : earlier)].reverse()) {
    // (昆山…昆山市委书记: one place named twice, by two forms of its name)
    if (!last.some((q) => samePlace(q, p))) last.unshift(p);
    if (last.length === 2) break;
  }
  const pairWord: PartyMention = { kind: "pair", index: at, text: pair[1]! };
  // 代表团在圣地亚哥会见瓦尔帕莱索大区官员，双方签署…: one place below a country named before is one side, and fusion
  // settles the other; with none, the pair word alone is the party
  if (last.length < 2 && distinctPlaces(local).length === 1) return { at, parties: withNamed([{ kind: "place", index: local.at(-1)!.index, text: local.at(-1)!.text }, pairWord]), datedFrom: sentences(text, lang).find((s) => s.end > local.at(-1)!.index)!.start };
  // "In Regensburg, the two sides signed…", 在雷根斯堡期间，双方签署…: with no party named, the foreign place the sentence
  // opens with, where the delegation was, is the side it met there (a visit to two partners tells each in its sentence:
  // 访问阿拉木图市和比什凯克市。在阿拉木图期间，双方签署…, where the last two places named are both foreign)
  const sentence = sentences(text, lang).find((s) => s.end > at)!;
  const bothForeign = last.length === 2 && last.every((p) => !isChineseCandidate(p));
  const opensAsVenue = (p: PlaceCandidate, from: number): boolean => !isChineseCandidate(p) && p.type !== "country" && OPENING_VENUE[lang].test(text.slice(from, p.index));
  const venues = local.length && !bothForeign ? [] : between(places, sentence.start, at).filter((p) => opensAsVenue(p, sentence.start));
  // ("In Kazan, the delegation met … . The two sides … signed …": with no party before the pair word, the venue an
  // earlier sentence of the paragraph opens with)
  if (!local.length && !venues.length) {
    const earlierVenue = sentences(text, lang).filter((s) => s.end <= sentence.start).flatMap((s) => between(places, s.start, s.end).filter((p) => opensAsVenue(p, s.start))).at(-1);
    if (earlierVenue) venues.push(earlierVenue);
  }
  // (在格鲁吉亚期间，代表团拜会了巴统市政府，双方…: after a visit to another partner, the one foreign place of the pair
  // word's own sentence, the other told in an earlier one)
  const ownSentence = bothForeign && !venues.length ? last.filter((p) => p.index >= sentence.start) : [];
  if (ownSentence.length === 1) venues.push(ownSentence[0]!);
  if (venues.length === 1) return { at, parties: withNamed([{ kind: "place", index: venues[0]!.index, text: venues[0]!.text }, pairWord]), datedFrom: sentence.start };
  if (last.length < 2) return { at, parties: withNamed([pairWord]), datedFrom: at };
  // "2025年4月14日至16日，…访问合肥。访问期间，两市签署…": the date is told where the pair was named
  const datedFrom = sentences(text, lang).find((s) => s.end > last[0]!.index)!.start;
  return { at, parties: withNamed(last.map((p): PartyMention => ({ kind: "place", index: p.index, text: p.text, referent: true }))), datedFrom };
}

export const SCHOOL_PAIR = { zh: /^两校$/, en: /\b(?:schools|universities)$/i };
/** the word a school's name ends with: 宁波中学, 奥克兰文法学校, "Auckland Grammar School", "Lanzhou University" */
const SCHOOL_WORD = { zh: /(?:学校|中学|小学|大学|学院|高中|初中)$/, en: /\b(?:School|University|College|Academy)$/ };
/** 两港, "the two ports": ports, which sign as bodies (青岛港与汉堡港签署…，两港正式缔结为友好港) */
const PORT_PAIR = { zh: /^两港$/, en: /\bports$/i };
/** the word a port's name holds: 青岛港, "the Port of Hamburg", "Hamburg Port" */
const PORT_WORD = { zh: /港$/, en: /\bPort\b/ };
/** The two bodies of a kind a pair word stands for, the last two the paragraph names before it; null without two. */
function bodyReferents(text: string, at: number, word: RegExp, lang: "zh" | "en", withNamed: (referents: PartyMention[]) => PartyMention[]): { at: number; parties: PartyMention[]; datedFrom: number } | null {
  const bodies: { index: number; text: string }[] = [];
  for (const b of bodiesNamedIn(text.slice(0, at), lang).reverse()) {
    if (word.test(b.text) && !bodies.some((s) => s.text.includes(b.text) || b.text.includes(s.text))) bodies.unshift(b);
    if (bodies.length === 2) break;
  }
  if (bodies.length < 2) return null;
  const datedFrom = sentences(text, lang).find((s) => s.end > bodies[0]!.index)!.start;
  return { at, parties: withNamed(bodies.map((b): PartyMention => ({ kind: "organisation", index: b.index, text: b.text }))), datedFrom };
}

/**
 * what joins two places into one subject (a country may locate the second: 与德国波鸿市); the first place's head may
 * stand for it (昆明市市长与万象市市长出席仪式，并签署…, "Kunming Mayor and Vientiane Governor attended and signed …":
 * the heads sign for their places)
 */
const JOINED_PLACES = { zh: /^(?:副?(?:市长|省长|州长|县长|区长|知事|长官))?(?:与|和|同|跟)$/, en: /^\s+(?:(?:Deputy\s+|Vice\s+)?(?:Mayor|Governor)\s+)?and\s+(?:the\s+)?$/ };
/** what may stand before a clause's subject: the sentence's opening time or place phrase, or the mark (and "and") ending a clause */
const SUBJECT_OPENING = { zh: /^(?:[^，。；]{0,12}?[，,])?$|[，,；]$/, en: /^(?:[^,;]{0,40},\s+)?$|[,;]\s+(?:and\s+|while\s+)?$/ };

/**
 * The last two places before a position that open a clause joined (A与B, "A and B") as its subject, when every
 * party named after them is one of the two again (the venue partyPlaces leaves out) and their clause is the one
 * right before the position's.
 */
function joinedSubject(text: string, places: PlaceCandidate[], from: number, to: number, lang: "zh" | "en"): PartyMention[] | null {
  const named = partyPlaces(text, places, from, to, lang);
  for (let i = named.length - 2; i >= 0; i--) {
    const [a, b] = [named[i]!, named[i + 1]!];
    if (!named.slice(i + 2).every((p) => samePlace(p, a) || samePlace(p, b))) return null;
    let gap = text.slice(a.index + a.text.length, b.index);
    for (const p of between(places, a.index + a.text.length, b.index)) gap = gap.replace(p.text, "");
    // (无锡市与意大利翁布里亚大区首府佩鲁贾市: a division's word left after its name, and the word for its capital, locate too)
    if (lang === "zh") gap = gap.replace(LOCATING_WORDS_ZH, "");
    if (!JOINED_PLACES[lang].test(gap) || !SUBJECT_OPENING[lang].test(text.slice(from, locatorsBefore(places, a)))) continue;
    // the clause they open goes on into the trigger's, with no clause of another subject between (…，代表团还参观了…，并续签)
    const last = between(places, b.index, to).at(-1) ?? b;
    return (text.slice(last.index + last.text.length, to).match(CLAUSE_MARKS) ?? []).length <= 1 ? [a, b].map((p): PartyMention => ({ kind: "place", index: p.index, text: p.text })) : null;
  }
  return null;
}
const CLAUSE_MARKS = /[，,；;]/g;
/** a division's word that its name's reading left out (翁布里亚|大区), and the word for a division's capital (首府) */
const LOCATING_WORDS_ZH = /大区|边疆区|首府|首都|省会/g;
/** where the places right before a place that locate it begin (新疆克拉玛依市, 中国新疆克拉玛依市: at 新疆, at 中国) */
function locatorsBefore(places: PlaceCandidate[], place: PlaceCandidate): number {
  let start = place.index;
  let locator: PlaceCandidate | undefined;
  while ((locator = places.find((q) => q.index + q.text.length === start))) start = locator.index;
  return start;
}

/** The parties with those named before a pair word that is the event's subject marked as the pair's referents. */
export function markPairReferents(text: string, parties: PartyMention[], from: number, to: number, lang: "zh" | "en"): PartyMention[] {
  const pair = PAIR_WORDS[lang].exec(text.slice(from, to));
  if (!pair) return parties;
  const at = from + pair.index;
  return parties.map((p) => (p.kind === "place" && p.index < at ? { ...p, referent: true } : p));
}
