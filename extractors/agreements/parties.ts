/**
 * What the agreement rules of both languages share: sentences, the places a sentence names as parties
 * (a country that only locates another party is not one: 南非莎拉巴特曼市, "Bridgetown, the capital of
 * Barbados"), the date nearest the trigger, and the CAMEO code of each type.
 */
import type { AgreementType, DateCandidate, PlaceCandidate } from "../types";

/** CAMEO codes: 057 sign formal agreement; 030 express intent to cooperate; 060 engage in material cooperation */
export const CAMEO: Record<AgreementType, string | null> = {
  "sister-city": "057",
  "friendly-cooperation": "057",
  memorandum: "057",
  "letter-of-intent": "030",
  agreement: "057",
  membership: null,
  cooperation: "060",
};

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences: Chinese ends at 。！？；, English at a run of . ! ? ; followed by a space and a capital, a
 * quote or a bracket, or by the end (not inside "U.S." or "No. 2"). One pass over the text.
 */
export function sentences(text: string, lang: "zh" | "en"): Sentence[] {
  const out: Sentence[] = [];
  const mark = lang === "zh" ? /[。！？；!?;]/ : /[.!?;]/;
  let start = 0;
  const close = (stop: number): void => {
    out.push({ start, end: stop, text: text.slice(start, stop) });
    start = stop;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  };
  for (let i = 0; i < text.length; i++) {
    if (!mark.test(text[i]!)) continue;
    let j = i;
    while (j + 1 < text.length && mark.test(text[j + 1]!)) j++;
    const stop = j + 1;
    i = j;
    if (lang === "en") {
      let k = stop;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      const ends = k === text.length || (k > stop && /[A-Z"“(]/.test(text[k]!));
      if (!ends || /\b(?:[A-Z]|No|Mr|Ms|Dr|St)\.$/.test(text.slice(Math.max(0, stop - 3), stop))) continue;
    }
    close(stop);
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

const inside = (p: { index: number; text: string }, from: number, to: number): boolean => p.index >= from && p.index + p.text.length <= to;

/** how far either side of a trigger a rule looks for its parties: a clause, not a whole run-on paragraph */
export const WINDOW = 200;

/** The items (sorted by index) that lie in [from, to), found by binary search so a rule stays linear. */
export function between<T extends { index: number; text: string }>(sorted: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.index < to; i++) if (inside(sorted[i]!, from, to)) out.push(sorted[i]!);
  return out;
}

/**
 * The places between two offsets that can be parties: a country right before another place (南非莎拉巴特曼市,
 * 巴巴多斯首都布里奇顿) or right after one ("X in South Africa", "X, the capital of Barbados") only says
 * where that place is.
 */
export function partyPlaces(text: string, places: PlaceCandidate[], from: number, to: number, lang: "zh" | "en"): PlaceCandidate[] {
  const within = between(places, from, to);
  return within.filter((p, i) => {
    // a country, province or region that locates the place beside it (四川省成都市, "Xi'an in Shaanxi Province")
    if (!LOCATING.has(p.type ?? "other")) return true;
    const next = within[i + 1];
    const previous = within[i - 1];
    if (lang === "zh") return !(next && rankOf(next) > rankOf(p) && /^(?:[省州]?(?:首都|首府|省会|会)|的)?$/.test(text.slice(p.index + p.text.length, next.index)));
    return !(previous && rankOf(previous) > rankOf(p) && /^(?:\s+(?:County|City|Province|District|Municipality|State|Prefecture|Region))?(?:,\s+(?:the\s+)?(?:capital\s+(?:city\s+)?of\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?)$/.test(text.slice(previous.index + previous.text.length, p.index)));
  });
}

const LOCATING = new Set(["country", "province", "region"]);
const RANK: Record<string, number> = { country: 0, region: 1, province: 1, city: 2, county: 3, district: 3, other: 2 };
/** how local a place is: a city is inside a province, a province inside a country */
const rankOf = (p: PlaceCandidate): number => RANK[p.type ?? "other"] ?? 2;

/** The date in [from, to) nearest to a position. */
export function nearestDate(dates: DateCandidate[], at: number, from: number, to: number): DateCandidate | null {
  const within = between(dates, from, to);
  within.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  return within[0] ?? null;
}
