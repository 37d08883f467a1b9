/**
 * 冈山市位于日本西部……。青岛与该市于1985年结为友好城市: a partner named before and then by its kind only, 该市
 * ("the city"), 该州, 该大区; in English "Qingdao established sister-city relations with the city in 1985". The
 * word stands for the last foreign place of that kind the paragraph named before it, so the tie has its
 * partner; the citation starts at the clause, not at the name a sentence or more before. Only a foreign place:
 * a release's own city is never the partner it describes. Only in the paragraph: a paragraph that opens with
 * 该市 refers to one the reader has just read, which may be a translation away.
 */
import type { PartyMention, PlaceCandidate } from "../types";
import type { PlaceType } from "../places/gazetteer";
import { lastMatch } from "../shared/matches";
import { BODY_KIND_EN, bodiesNamedIn } from "./organisations";

/** 与该市, 同该州, "with the city", "and the region": the partner word after the word that joins it to its tie */
const PARTNER_BY_KIND = {
  zh: /[与同和跟](?:该|此)(大区|市|城|州|省|府|道|郡|县|区)/g,
  // (not "the city of Leeds", a name; not "the city's", "the city government": what belongs to the city)
  en: /\b(?:with|and)\s+the\s+(city|town|state|province|prefecture|region|county)\b(?!\s+(?:of|government|council|authorities)\b|['’]|-)/g,
};
/** the kinds of place each word may stand for */
const KINDS: Record<string, readonly PlaceType[]> = {
  city: ["city"],
  town: ["city"],
  state: ["province"],
  province: ["province"],
  prefecture: ["province"],
  region: ["province", "region"],
  county: ["county"],
  大区: ["province", "region"],
  市: ["city"],
  城: ["city"],
  州: ["province"],
  省: ["province"],
  府: ["province"],
  道: ["province"],
  // (Japan's 县 are its prefectures, first-level divisions)
  郡: ["county", "province"],
  县: ["county", "province"],
  区: ["district"],
};

/** a place outside China: one a rule found as foreign, or a gazetteer's of another country (the English rules leave `foreign` unset) */
const isForeign = (p: PlaceCandidate): boolean => p.foreign || (p.hits.length > 0 && p.hits.every((h) => h.entry.country !== "CN"));

/**
 * The partner 该市 (or 该州, "the city" …) stands for, in the text from `from` to `to` (the trigger's clause), as a
 * party cited where the name stands, with where the word starts and ends; null when there is no such word or no
 * place of its kind before it.
 */
export function partnerNamedByKind(text: string, places: readonly PlaceCandidate[], from: number, to: number, parties: readonly PartyMention[], lang: "zh" | "en"): { party: PartyMention; at: number; end: number } | null {
  const word = lastMatch(PARTNER_BY_KIND[lang], text.slice(from, to));
  if (!word) return null;
  // (the word itself, after 与 or "with")
  const at = from + word.index + (lang === "zh" ? 1 : word[0].search(/the\s/));
  const kinds = KINDS[word[1]!]!;
  const named = new Set(parties.map((p) => p.text));
  const referent = places.findLast((p) => isForeign(p) && p.index + p.text.length <= at && kinds.includes(p.type ?? "other") && !named.has(p.text));
  return referent ? { party: { kind: "place", index: referent.index, text: referent.text }, at, end: from + word.index + word[0].length } : null;
}

/**
 * 代表团访问了诺维萨德大学，并与该校签署了合作备忘录; "visited the University of Novi Sad and signed a memorandum with
 * the university": a body named before and then by its kind (该校, 该公司, "the university", "the company") is the
 * partner. The word stands for the last body of that kind the paragraph named before it.
 */
const BODY_BY_KIND = {
  zh: /[与同和跟](?:该|此)(校|大学|学院|公司|集团|企业|机构|协会|工商会|商会|医院|银行|博物馆)/g,
  // (not "the university's", "the company of …")
  en: new RegExp(`\\b(?:with|and)\\s+the\\s+(${BODY_KIND_EN})\\b(?!\\s+of\\b|['’]|-)`, "g"),
};
/** a firm's last word in English */
const FIRM_EN = /\b(?:Company|Corporation|Group|Corp\.?|Inc\.?|Ltd\.?|Holdings|Industries|Enterprises)\b/;
/** the last words of the bodies each kind word may stand for */
const BODY_OF_KIND: Record<string, RegExp> = {
  校: /(?:大学|学院|学校|中学|小学|[一二三四五六七八九十]中)$/,
  大学: /大学$/,
  学院: /学院$/,
  公司: /(?:公司|集团)$/,
  集团: /集团$/,
  企业: /(?:公司|集团)$/,
  机构: /(?:机构|研究院|研究所)$/,
  协会: /协会$/,
  商会: /商会$/,
  工商会: /商会$/,
  医院: /医院$/,
  银行: /银行$/,
  博物馆: /博物馆$/,
  university: /\bUniversity\b/,
  college: /\bCollege\b/,
  school: /\b(?:School|Gymnasium|College)\b/,
  academy: /\bAcademy\b/,
  institute: /\bInstitute\b/,
  company: FIRM_EN,
  group: /\bGroup\b/,
  corporation: /\b(?:Corporation|Corp\.?)\b/,
  firm: FIRM_EN,
  association: /\bAssociation\b/,
  chamber: /\bChamber\b/,
  hospital: /\bHospital\b/,
  bank: /\bBank\b/,
  museum: /\bMuseum\b/,
};

/**
 * The body 该校 ("the university" …) in [from, to) stands for, named earlier in the paragraph, with where the word starts
 * and ends; or, named in none of it, in the paragraphs before in the same language (`earlier`: 法国里昂大都会工商会会长率团
 * 访问我市。 then 市商务局与该工商会签署…), a party cited at the word that carries the body's name; null when none.
 */
export function bodyNamedByKind(text: string, from: number, to: number, lang: "zh" | "en", earlier?: string): { party: PartyMention; at: number; end: number } | null {
  const word = lastMatch(BODY_BY_KIND[lang], text.slice(from, to));
  if (!word) return null;
  const at = from + word.index + (lang === "zh" ? 1 : word[0].search(/the\s/));
  const end = from + word.index + word[0].length;
  const kind = BODY_OF_KIND[word[1]!.toLowerCase()]!;
  const body = lastBodyBefore(text, at, earlier, lang, (b) => kind.test(b.text));
  if (!body) return null;
  return { party: body.here ? { kind: "organisation", index: body.index, text: body.text } : { kind: "organisation", index: at, text: text.slice(at, end), name: body.text }, at, end };
}

/**
 * The last body named before `at` that `fits`: in the paragraph (here) or, with none there, in the paragraphs before in
 * the same language (`earlier`), whose positions are not the paragraph's.
 */
function lastBodyBefore(text: string, at: number, earlier: string | undefined, lang: "zh" | "en", fits: (b: { text: string }) => boolean): { index: number; text: string; here: boolean } | null {
  const here = bodiesNamedIn(text.slice(0, at), lang).findLast(fits);
  if (here) return { ...here, here: true };
  const before = earlier ? bodiesNamedIn(earlier, lang).findLast(fits) : undefined;
  return before ? { ...before, here: false } : null;
}

/** a body a clause names by its kind alone, as its own party (市商务局与该工商会签署…) */
const BODY_WORD_ALONE_ZH = new RegExp(`^(?:该|此)(${Object.keys(BODY_OF_KIND).filter((k) => /\p{Script=Han}/u.test(k)).join("|")})$`, "u");
/**
 * The parties, each organisation named by its kind alone (该工商会) given the name of the body of that kind named last before
 * it, in its paragraph or the ones before; one with none stays as it is.
 */
export function withBodiesNamed(parties: PartyMention[], text: string, earlier: string | undefined): PartyMention[] {
  return parties.map((p) => {
    const word = p.kind === "organisation" ? BODY_WORD_ALONE_ZH.exec(p.text) : null;
    if (!word || p.kind !== "organisation") return p;
    const kind = BODY_OF_KIND[word[1]!]!;
    const referent = lastBodyBefore(text, p.index, earlier, "zh", (b) => kind.test(b.text) && !BODY_WORD_ALONE_ZH.test(b.text));
    return referent ? { ...p, name: referent.text } : p;
  });
}
