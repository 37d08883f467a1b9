import type { Lang } from "../../schemas/output";
import { scriptCounts } from "./script";

/**
 * The language of a paragraph from its scripts. A Han character carries about as much as three Latin
 * letters, so the two counts are weighed that way; URLs and e-mail addresses do not vote.
 */
export function detectLanguage(text: string): Lang {
  const { han, latin } = scriptCounts(text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g, " "));
  if (han === 0 && latin === 0) return "other";
  const zhWeight = han;
  const enWeight = latin / 3;
  const share = zhWeight / (zhWeight + enWeight);
  if (share >= 0.7) return "zh";
  if (share <= 0.3) return "en";
  return "mixed";
}
