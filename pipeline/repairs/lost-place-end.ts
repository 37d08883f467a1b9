/**
 * A place's name whose last character UTF-8 read as GBK lost before an ASCII byte (西班牙巴塞罗�, with a comma the
 * scraper wrote in ASCII after it): the characters before it open exactly one of the gazetteer's Chinese names
 * that is one character longer, and that character is one the two bytes left allow. Names carry the facts a
 * reader checks, and their last characters (那, 堡, 斯) are the ones a dictionary of common words guesses worst.
 */
import { gazetteer } from "../../extractors/places/gazetteer";
import { converterFor } from "../fold";

let lastCharsByOpening: Map<string, Set<string>> | null = null;
/** each gazetteer name but its last character, with the last characters that close it (built once) */
function namesByOpening(): Map<string, Set<string>> {
  if (!lastCharsByOpening) {
    lastCharsByOpening = new Map();
    for (const name of gazetteer().zh.keys()) {
      const chars = [...name];
      if (chars.length < 3) continue;
      const opening = chars.slice(0, -1).join("");
      const closers = lastCharsByOpening.get(opening) ?? new Set<string>();
      closers.add(chars[chars.length - 1]!);
      lastCharsByOpening.set(opening, closers);
    }
  }
  return lastCharsByOpening;
}

/** the run of Han characters right before a position, at most `max` of them */
const HAN_RUN_BEFORE = /\p{Script=Han}{1,8}$/u;

/**
 * The lost last character of a place's name: for the longest run of two or more characters before it that opens a
 * gazetteer name one longer, the candidate (in the text's own script) that closes it, when exactly one does.
 */
export function placeNameEnd(textBefore: string, candidates: readonly string[]): string | undefined {
  const run = HAN_RUN_BEFORE.exec(textBefore)?.[0];
  if (!run) return undefined;
  // (in simplified script, as the gazetteer has it: 巴塞羅 is 巴塞罗)
  const simplified = converterFor("t");
  const chars = [...simplified(run)];
  const openings = namesByOpening();
  for (let k = Math.min(chars.length, 7); k >= 2; k--) {
    const closers = openings.get(chars.slice(-k).join(""));
    if (!closers) continue;
    const closing = candidates.filter((ch) => closers.has(simplified(ch)));
    return closing.length === 1 ? closing[0] : undefined;
  }
  return undefined;
}
