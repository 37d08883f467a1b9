/**
 * A foreign name the Chinese finds from its context (英国利兹市) is often given bare in the translation
 * ("a delegation from Leeds"), where no English rule can tell it is a place. So, before agreements are
 * read, each such Chinese name looks in the English paragraphs aligned with its own for the one
 * capitalised name whose consonants it keeps (extractors/places/sound.ts; where a place the English rules
 * found there already sounds like it, only that place's short form), and that name, where no other Chinese
 * name there sounds like it, is a mention of the same place in every English paragraph of the alignment.
 * The later-mention pass (repeats.ts) then finds it in the rest of the document.
 *
 * The other way round, an English name found from its context ("Kimberley, South Africa") is often given
 * bare after its country in the Chinese (南非金伯利), a transliteration jieba reads as a person's name: the
 * words of names right after a country's name (or its tie: 德国友好城市开姆尼茨) in the aligned Chinese that
 * sound like the one English name are a mention of the same place.
 */
import type { Mention } from "./link";
import { gazetteer } from "./gazetteer";
import { afterPersonTitle, NOT_PLACE_WORDS, opensSentence, TITLE_AND_HEADLINE_WORDS } from "./en";
import { soundsLike } from "./sound";
import { groupBy } from "../shared/group";
import { zhTokens } from "../shared/zh-tokens";
import { allMatches, escapeRegExp } from "../shared/matches";

const TRANSLATION_RULE = "place-translation";

/** one or two capitalised words: the English names a transliteration may stand for */
const CAPITALISED = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)?(?![\p{L}\p{M}'’-])/gu;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "During the events, …", "After the talks, …": a preposition or conjunction opening a sentence, capitalised there, is no name (During sounds like 图尔) */
const FUNCTION_WORD = /^(?:During|After|Before|Under|Since|Following|Through|Throughout|Between|Among|Amid|Besides|Meanwhile|However|Moreover|Furthermore|Also|Although|While|When|Where|Upon|With|Without|Within|Over|Into|From|For|At|On|In|By|To|As|Despite|Via|Then|Thus|Today|Together|Later|Last|Next)$/;

const isNameWord = (w: string): boolean => !NOT_PLACE_WORDS.has(w) && !TITLE_AND_HEADLINE_WORDS.has(w) && !CALENDAR_WORD.test(w) && !FUNCTION_WORD.test(w);
/**
 * a person's name: after a title ("Mayor Glyn Lewers", "Mr. Weber") or before an office given after a comma ("Stephan
 * Pernkopf, Deputy Governor of Lower Austria"), whose consonants may happen to be a transliteration's
 */
const OFFICE_AFTER = /^,\s+(?:the\s+)?(?:(?:Vice|Deputy|Executive|Lord|Acting|Former)\s+)*(?:President|Chancellor|Minister|Mayor|Governor|Ambassador|Consul|Premier|Secretary|Chairman|Chairwoman|Chair|Speaker|Director|Head|Chief)\b/;
const isPersonAt = (text: string, index: number, name: string): boolean => afterPersonTitle(text, index) || OFFICE_AFTER.test(text.slice(index + name.length, index + name.length + 40));

/** "Currently, …", "Recently, …": an adverb opening a sentence, capitalised there, is no name */
const isOpeningAdverb = (text: string, index: number, name: string): boolean => /ly$/.test(name) && opensSentence(text, index);

export function withTranslatedNames(paragraphs: readonly { id: string; text: string }[], alignments: readonly { zh: string[]; en: string[] }[], found: readonly Mention[]): Mention[] {
  const mentions = [...found];
  const inParagraph = groupBy(found, (m) => m.paragraph);
  const textOf = new Map(paragraphs.map((p) => [p.id, p.text]));
  const g = gazetteer();
  // the English names found from their context anywhere in the release ("Wuxi and Chemnitz have been sister cities")
  const unknownEn = unknownNames([...inParagraph.keys()], inParagraph, "en");
  for (const a of alignments) {
    const unknownZh = unknownNames(a.zh, inParagraph);
    const unknownHere = unknownEnIn(a.en, unknownEn, textOf);
    const inContext = [...transliteratedAfterCountry(a, unknownHere, inParagraph, textOf), ...transliteratedAfterVisit(a, unknownHere, inParagraph, textOf)];
    mentions.push(...inContext, ...transliteratedWithDivision(a, unknownHere, inParagraph, textOf, inContext));
    if (!unknownZh.size) continue;
    // the capitalised names of the English side that no place rule read, each with where it stands
    const names = new Map<string, { paragraph: string; index: number }[]>();
    for (const id of a.en) {
      const taken = inParagraph.get(id) ?? [];
      for (const m of allMatches(CAPITALISED, textOf.get(id) ?? "")) {
        // (a headline capitalises the verb after a name: "Xiamen and Baltimore Celebrate …" names Baltimore)
        const [first, second] = m[0].split(/\s+/);
        const name = second !== undefined && isNameWord(first!) && !isNameWord(second) ? first! : m[0];
        const overlaps = taken.some((t) => t.candidate.index < m.index + name.length && m.index < t.candidate.index + t.candidate.text.length);
        if (overlaps || !name.split(/\s+/).every(isNameWord) || g.en.has(name) || isPersonAt(textOf.get(id) ?? "", m.index, name) || isOpeningAdverb(textOf.get(id) ?? "", m.index, name)) continue;
        names.set(name, [...(names.get(name) ?? []), { paragraph: id, index: m.index }]);
      }
    }
    const foundEn = a.en.flatMap((id) => (inParagraph.get(id) ?? []).map((m) => m.candidate.text));
    for (const [zh, first] of unknownZh) {
      // (a Chinese name whose English a rule found already takes only that name's short form, "Gifu" of "Gifu
      // City", not another word: 埃尔兰根市 beside "Recently, … the German city of Erlangen")
      const known = foundEn.filter((n) => soundsLike(zh, n));
      const like = [...names.keys()].filter((n) => soundsLike(zh, n) && (!known.length || known.some((k) => k.includes(n))));
      // (another Chinese name that sounds like it too makes it ambiguous, unless a place the English rules found
      // already sounds like that other name: 肯特郡 is "Kent County", so "Canterbury" is 坎特伯雷's)
      if (like.length !== 1) continue;
      const rivals = [...unknownZh.keys()].filter((o) => o !== zh && soundsLike(o, like[0]!) && !foundEn.some((n) => soundsLike(o, n)));
      if (rivals.length) continue;
      for (const at of names.get(like[0]!)!) {
        mentions.push({ paragraph: at.paragraph, lang: "en", candidate: { rule: TRANSLATION_RULE, index: at.index, text: like[0]!, lang: "en", hits: [], type: first.candidate.type, foreign: true } });
      }
    }
  }
  return mentions;
}

/** the foreign names no gazetteer holds in some paragraphs, each with the first of its mentions (which gives its kind) */
function unknownNames(ids: readonly string[], inParagraph: Map<string, Mention[]>, lang?: "zh" | "en"): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const id of ids) for (const m of inParagraph.get(id) ?? []) if (m.candidate.foreign && !m.candidate.hits.length && (!lang || m.lang === lang) && !out.has(m.candidate.text)) out.set(m.candidate.text, m);
  return out;
}

/** of those names, the ones an alignment's English paragraphs write, found there by a rule or not (a paragraph may name it where no rule can tell) */
function unknownEnIn(ids: readonly string[], unknownEn: Map<string, Mention>, textOf: Map<string, string>): Map<string, Mention> {
  const texts = ids.map((id) => textOf.get(id) ?? "");
  return new Map([...unknownEn].filter(([name]) => texts.some((t) => new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, "u").test(t))));
}

/**
 * the tie a release may name between a country and its city (德国友好城市开姆尼茨), or the kind of city, ranked or placed
 * (爱沙尼亚第二大城市塔尔图, 智利南部港口城市…, for "Tartu, Estonia's second-largest city")
 */
const BETWEEN_COUNTRY_AND_NAME = /^(?:的)?(?:(?:国际)?(?:友好城市|姐妹城市|友城|友好省州|友好省|友好州)|(?:第[二三四五六七八九十]大|(?:[东南西北]{1,2}|中)部(?:的)?)(?:港口城市|工业城市|城市|港口|港市))/;

/**
 * jieba's tags of the pieces of a transliteration: names (of people, too: 金伯利) and what it cannot read, and a
 * one-character noun morpheme (ng) such as 堡 of 蒂尔堡 ("Tilburg"), which jieba splits off the name before it
 */
const PIECE_TAGS = new Set(["nr", "nrt", "nrfg", "x"]);
const isPiece = (t: { word: string; tag: string }): boolean => PIECE_TAGS.has(t.tag) || (t.tag === "ng" && t.word.length === 1);
const MAX_NAME = 8;

/** 南非金伯利 for "Kimberley, South Africa": the Chinese mentions of the alignment's foreign English names found from context */
function transliteratedAfterCountry(a: { zh: string[]; en: string[] }, unknownEn: Map<string, Mention>, inParagraph: Map<string, Mention[]>, textOf: Map<string, string>): Mention[] {
  if (!unknownEn.size) return [];
  const out: Mention[] = [];
  for (const id of a.zh) {
    const text = textOf.get(id) ?? "";
    const taken = inParagraph.get(id) ?? [];
    const countries = taken.filter((m) => m.candidate.hits.some((h) => h.entry.type === "country"));
    if (!countries.length) continue;
    const tokens = zhTokens(text);
    for (const country of countries) {
      // (德国友好城市开姆尼茨, "its German sister city Chemnitz": the tie, or a kind of city, may be named between them)
      const afterCountry = country.candidate.index + country.candidate.text.length;
      const start = afterCountry + (BETWEEN_COUNTRY_AND_NAME.exec(text.slice(afterCountry, afterCountry + 8))?.[0].length ?? 0);
      if (taken.some((t) => t.candidate.index === start)) continue;
      // the pieces of names right after the country, and the names they could end at
      const ends: number[] = [];
      for (const t of tokens) {
        if (t.start < start) continue;
        if (t.start !== (ends[ends.length - 1] ?? start) || !isPiece(t) || !/^\p{Script=Han}+$/u.test(t.word) || t.end - start > MAX_NAME) break;
        ends.push(t.end);
      }
      const found = soundAlike(id, text, start, ends.reverse(), unknownEn);
      if (found) out.push(found);
    }
  }
  return out;
}

/** the longest of the readings from `start` to each of `ends` (longest first) that sounds like exactly one of the English names, as a mention of it */
function soundAlike(paragraph: string, text: string, start: number, ends: readonly number[], unknownEn: Map<string, Mention>): Mention | null {
  for (const end of ends) {
    const name = text.slice(start, end);
    // ("Kent" and "Kent County" are one place's two mentions, not two names it could stand for)
    const sounding = [...unknownEn.keys()].filter((en) => soundsLike(name, en));
    const like = sounding.filter((en) => !sounding.some((longer) => longer !== en && new RegExp(`(?<![\\p{L}])${escapeRegExp(en)}(?![\\p{L}])`, "u").test(longer)));
    if (like.length === 1) return { paragraph, lang: "zh", candidate: { rule: TRANSLATION_RULE, index: start, text: name, lang: "zh", hits: [], type: unknownEn.get(like[0]!)!.candidate.type, foreign: true } };
  }
  return null;
}

/** a verb of visiting or meeting, right before what was visited: 访问了, 抵达, 拜会了 */
const VISITED = /(?:访问|拜会|拜访|走访|抵达|前往|到访|考察)了?/gu;
/** the tags of the words a transliteration after a visit is cut into: names, what jieba cannot read, and a misread measure (赫里/q) */
const VISIT_PIECE_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "x", "q", "ng"]);
/** a division word that may close a visited name (奥赫里德市) */
const CLOSING_DIVISION = /[市州省县郡]/u;

/**
 * 代表团访问了奥赫里德市 for "visited the city of Ohrid": the name right after a verb of visiting in the aligned
 * Chinese, which jieba may cut into any pieces (奥|赫里|德市), read up to a division word or a word's end, the longest
 * reading that sounds like exactly one of the English names found from context.
 */
function transliteratedAfterVisit(a: { zh: string[]; en: string[] }, unknownEn: Map<string, Mention>, inParagraph: Map<string, Mention[]>, textOf: Map<string, string>): Mention[] {
  if (!unknownEn.size) return [];
  const out: Mention[] = [];
  for (const id of a.zh) {
    const text = textOf.get(id) ?? "";
    const taken = inParagraph.get(id) ?? [];
    const tokens = zhTokens(text);
    const wordEnds = new Set(tokens.map((t) => t.end));
    for (const v of allMatches(VISITED, text)) {
      const start = v.index + v[0].length;
      if (taken.some((t) => t.candidate.index <= start && start < t.candidate.index + t.candidate.text.length)) continue;
      const run = /^\p{Script=Han}+/u.exec(text.slice(start, start + MAX_NAME))?.[0] ?? "";
      // the ends a name may have: after a division word (kept), or where jieba ends a word
      // (every word of it a piece of a name, or a word jieba misreads in one: 奥/nr 赫里/q 德市/x; not 访问|期间)
      const ends = [...run]
        .map((_, k) => start + k + 1)
        .filter((end) => end - start >= 2 && (CLOSING_DIVISION.test(text[end - 1]!) || wordEnds.has(end)) && !tokens.some((t) => t.end > start && t.start < end && !VISIT_PIECE_TAGS.has(t.tag)))
        .reverse();
      const found = soundAlike(id, text, start, ends, unknownEn);
      if (found) out.push(found);
    }
  }
  return out;
}

/** a division word closing a name, or standing right after it: 肯特郡, 奥克兰|郡, and a Thai province's 府 (孔敬府) */
const DIVISION_CHAR = /^[郡州省县市府]$/u;

/**
 * 肯特郡议会领袖…, 山东与肯特郡的交往… for "Kent County Council": a transliteration jieba reads as a person's name (or
 * cannot read) closed by a division word, in no context a place rule knows, that sounds like exactly one of the English
 * names found from context in the aligned paragraphs. The division word is what tells it from a person's name, and the
 * sound of a place the English names is what tells it from a person named with 州 or 郡.
 */
function transliteratedWithDivision(a: { zh: string[]; en: string[] }, unknownEn: Map<string, Mention>, inParagraph: Map<string, Mention[]>, textOf: Map<string, string>, inContext: readonly Mention[]): Mention[] {
  if (!unknownEn.size) return [];
  const out: Mention[] = [];
  for (const id of a.zh) {
    const text = textOf.get(id) ?? "";
    // (the names the context rules just found are taken too)
    const taken = [...(inParagraph.get(id) ?? []), ...inContext.filter((m) => m.paragraph === id)];
    const tokens = zhTokens(text);
    for (let k = 0; k < tokens.length; k++) {
      // a run of a name's pieces, from the first piece after a word that is none
      if (!isPiece(tokens[k]!) || (k > 0 && tokens[k - 1]!.end === tokens[k]!.start && isPiece(tokens[k - 1]!))) continue;
      let end = tokens[k]!.end;
      let j = k;
      while (j + 1 < tokens.length && tokens[j + 1]!.start === end && isPiece(tokens[j + 1]!) && /^\p{Script=Han}+$/u.test(tokens[j + 1]!.word)) end = tokens[++j]!.end;
      const start = tokens[k]!.start;
      const next = tokens[j + 1];
      if (!DIVISION_CHAR.test(text[end - 1] ?? "") && next?.start === end && next.word.length === 1 && DIVISION_CHAR.test(next.word)) end = next.end;
      if (!DIVISION_CHAR.test(text[end - 1] ?? "") || end - start < 3 || end - start > MAX_NAME || !/^\p{Script=Han}+$/u.test(text.slice(start, end))) continue;
      if (taken.some((t) => t.candidate.index < end && start < t.candidate.index + t.candidate.text.length)) continue;
      const found = soundAlike(id, text, start, [end], unknownEn);
      if (found) out.push(found);
    }
  }
  return out;
}
