/**
 * A Chinese county's short name that is the opening of a foreign place the document names in full is that
 * place clipped, not the county: a release that names 南澳大利亚州 (South Australia) writes 山东—南澳创新中心
 * for it, and 南澳 is also 南澳县's short name. Such short-form mentions are set aside before places are
 * linked. Only short forms of Chinese counties give way, and only to a foreign name: 长沙 beside 长沙县 is
 * still the city.
 */
import type { Mention } from "./link";
import { isCountyLevel } from "./gazetteer";

/** whether every reading of a mention is a Chinese county-level division's short name (南澳 for 南澳县) */
const countyShortForm = (m: Mention): boolean =>
  m.lang === "zh" && m.candidate.hits.length > 0 && m.candidate.hits.every((h) => h.form === "short" && isCountyLevel(h.entry));

/** The mentions, less the county short names that open a foreign place's Chinese name the document holds. */
export function withoutClippedForeignNames(mentions: readonly Mention[]): Mention[] {
  const foreignNames = new Set(mentions.filter((m) => m.lang === "zh" && m.candidate.foreign).map((m) => m.candidate.text));
  const clipped = (m: Mention): boolean => countyShortForm(m) && [...foreignNames].some((name) => name.length > m.candidate.text.length && name.startsWith(m.candidate.text));
  return mentions.filter((m) => !clipped(m));
}
