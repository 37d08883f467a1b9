/**
 * Ties of two kinds added in one sentence and named in groups, each group labelled with its kind after it:
 * 新增国际友好城市2对、友好交流城市3对，分别为A、B（友好城市），以及C、D、E（友好交流城市）;
 * "added two sister cities and three friendly exchange cities, namely A and B (sister cities), and C, D and E
 * (friendly exchange cities)". Each kind's partners are its own group's, not every place the list names.
 */
import type { AgreementType, Lang } from "../types";
import { allMatches } from "../shared/matches";

/** what opens the list of groups after a kind's trigger: the rest of the tally, then 分别为 or "namely" */
const LIST_OPENING: Record<Lang, RegExp> = {
  zh: /^[^，。；]{0,20}?[，,]?分别(?:为|是)[：:]?/,
  // (the second kind's English trigger ends with its "namely")
  en: /^(?:[^.;]{0,60}?,?\s+namely\b:?)?/,
};
/** a group's label, the kind of tie its partners hold: （友好城市）, "(friendly exchange cities)" */
export const GROUP_LABEL_ZH = "(?:国际)?(?:友好城市|友城|友好交流城市|友好合作城市)";
const GROUP_LABEL_EN = "(?:international\\s+)?(?:sister|twin|friendship|friendly(?:\\s+(?:exchange|cooperation|cooperative))?|partner(?:ship)?)[- ]cit(?:y|ies)";
const GROUP_LABEL: Record<Lang, RegExp> = {
  zh: new RegExp(`[（(](${GROUP_LABEL_ZH})[）)]`, "g"),
  en: new RegExp(`\\((${GROUP_LABEL_EN})\\)`, "gi"),
};
/** "(sister cities)" ahead in the sentence: the English trigger of the first kind reads on only when groups are labelled */
export const LABELLED_GROUP_AHEAD_EN = `(?=[^.;]*?\\(${GROUP_LABEL_EN}\\))`;

const labelKind = (label: string): AgreementType => (/交流|合作|exchange|cooperat|partner/i.test(label) ? "friendly-cooperation" : "sister-city");

/**
 * The labelled group of partners of a kind after the trigger ending at triggerEnd: from the list's opening or the
 * label before, to its own label; null unless the list names two groups or more.
 */
export function labelledGroup(text: string, triggerEnd: number, sentenceEnd: number, type: AgreementType, lang: Lang): { start: number; end: number } | null {
  const opening = LIST_OPENING[lang].exec(text.slice(triggerEnd, sentenceEnd));
  if (!opening) return null;
  const from = triggerEnd + opening[0].length;
  const labels = allMatches(GROUP_LABEL[lang], text.slice(from, sentenceEnd));
  if (labels.length < 2) return null;
  let start = from;
  for (const label of labels) {
    if (labelKind(label[1]!) === type) return { start, end: from + label.index! };
    start = from + label.index! + label[0].length;
  }
  return null;
}
