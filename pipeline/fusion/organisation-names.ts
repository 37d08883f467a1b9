/**
 * Organisations' names across the two languages: whether one name shortens another (a headline's short form of a
 * body the body names in full) and which Chinese name is which English one in an event both languages tell.
 */
import type { AgreementFact } from "../../schemas/output";
import { gazetteer } from "../../extractors/places/gazetteer";
import { escapeRegExp } from "../../extractors/shared/matches";

type Party = AgreementFact["parties"][number];

/**
 * One name shortens the other, as a headline does an organisation's: it holds it ("Singapore's JTC", 苏州工业园区
 * for its 管委会), or, in Chinese, its characters in order (新加坡胜科集团 for 新加坡胜科工业集团), or, in English,
 * they share a name word beyond the country that owns it and the words any body's name has ("Singapore's
 * Sembcorp" for "Sembcorp Industries"), or one is the other's initials ("the WTCF").
 */
export function shortens(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (/\p{Script=Han}/u.test(short)) return short.length >= 4 && inOrder(short, long);
  const words = (name: string): string[] => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !/['’]s$/.test(w) && !GENERIC_NAME_WORD.test(w));
  return words(short).some((w) => words(long).includes(w)) || initialsOf(long) === short.replace(/^the\s+/i, "");
}
/** the initials of a name's capitalised words: "World Tourism Cities Federation" is the WTCF */
const initialsOf = (name: string): string => name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
// (and the words of bodies of cities: "United Cities and Local Governments" and "… Organization for Asia Pacific Cities" are two)
const GENERIC_NAME_WORD = /^(?:Cities|Local|Governments?|Organi[sz]ations?|Federation|Council|Union|Network|Alliance|Forum|World|The|University|College|Institute|Academy|Bank|Group|Company|Corporation|Industries|Holdings|Enterprises|Hospital|Association|Museum|Committee|Administrative|Management|Industrial|Park|Development|Zone|International|National|State|City|Provincial|Municipal|People['’]s|Government|Chamber|Commerce|of|and)$/;
const inOrder = (short: string, long: string): boolean => {
  let at = 0;
  for (const ch of short) if ((at = long.indexOf(ch, at) + 1) === 0) return false;
  return true;
};
/** the longest Chinese place name a name may hold (the gazetteer's names are short: 哈尔滨, 新西伯利亚) */
const PLACE_NAME_MAX = 8;

/** the English names of the places a Chinese name holds (哈尔滨工业大学: Harbin), by the gazetteer */
function placesNamedIn(zh: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < zh.length; i++) {
    for (let n = 2; n <= PLACE_NAME_MAX && i + n <= zh.length; n++) for (const hit of gazetteer().zh.get(zh.slice(i, i + n)) ?? []) out.push(hit.entry.en);
  }
  return out;
}
/** whether an English name holds, as words, one of the English names of the places a Chinese name holds */
const sharesPlace = (places: readonly string[], en: string | null): boolean =>
  !!en && places.some((name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "u").test(en));

/** whether a Chinese body's name and an English one hold the same place (东京大学, "the University of Tokyo") */
export const namesSharePlace = (zh: string | null, en: string | null): boolean => !!zh && sharesPlace(placesNamedIn(zh), en);

/**
 * The organisations of one event, each Chinese name with its English one: in order, as each language names them,
 * unless the names say otherwise (签署了《哈尔滨工业大学与新西伯利亚国立大学合作协议》 beside "Novosibirsk State
 * University, where an agreement … between Harbin Institute of Technology and Novosibirsk State University was
 * signed": the place each name holds pairs them); lists of different lengths are kept apart.
 */
export function pairOrganisations(zhs: Party[], ens: Party[]): Party[] {
  if (zhs.length !== ens.length) return [...zhs, ...ens];
  const order = ens.map((_, i) => i);
  // (each Chinese name's places read once, whichever English names they are tried against)
  const places = zhs.map((p) => (p.zh ? placesNamedIn(p.zh) : []));
  // (two names a place pairs crosswise, where neither pairs in order: swap them)
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const [a, b] = [places[i]!, places[j]!];
      const [x, y] = [ens[order[i]!]!.en, ens[order[j]!]!.en];
      if (!sharesPlace(a, x) && !sharesPlace(b, y) && (sharesPlace(a, y) || sharesPlace(b, x))) [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return zhs.map((p, i) => ({ en: ens[order[i]!]!.en, zh: p.zh, place: null }));
}
