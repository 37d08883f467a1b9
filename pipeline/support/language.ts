import type { Lang } from "../../schemas/output";
import { scriptCounts } from "./script";

const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;
/** ADDRESS's e-mail half backtracks over every run of non-spaces (quadratic in a long Chinese paragraph): only texts that may hold one are searched */
const MAY_HOLD_ADDRESS = /@|https?:\/\/|www\./;

/**
 * The language of a paragraph from its scripts. A Han character carries about as much as three Latin
 * letters, so the two counts are weighed that way; URLs and e-mail addresses do not vote.
 */
export function detectLanguage(text: string): Lang {
  const { han, latin } = scriptCounts(MAY_HOLD_ADDRESS.test(text) ? text.replace(ADDRESS, " ") : text);
  if (han === 0 && latin === 0) return "other";
  const zhWeight = han;
  const enWeight = latin / 3;
  const share = zhWeight / (zhWeight + enWeight);
  if (share >= 0.7) return "zh";
  if (share <= 0.3) return "en";
  return "mixed";
}
