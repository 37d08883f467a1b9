/**
 * The English clause grammar the agreement triggers share (en.ts, en-documents.ts): where a sentence goes on to a
 * second clause or a gapped document, the verbs of an event, and the anaphors that stand for a document named before.
 */
import { NAME_WORD_EN } from "./organisations";

/**
 * ", and Xi'an (also) ", ", and Jinjiang of Quanzhou and the State of Malacca of Malaysia ": a sentence going on to a
 * second event with its own subject; a partner's country may stand between commas (", and Yantai and Angers, France, ")
 */
/** the adverb a clause may put between its subject (or its "and") and its verb: ", and formally established …" */
export const CLAUSE_ADVERB = "(?:also|formally|officially|jointly|then|later|subsequently|successfully)\\s+";
export const AND_SUBJECT = `(?:${NAME_WORD_EN}\\s+|the\\s+)(?:(?:${NAME_WORD_EN},\\s+${NAME_WORD_EN},|${NAME_WORD_EN}|the|of|in|and)\\s+){0,16}(?:${CLAUSE_ADVERB})?`;
/** ", and (also) ": where the left-out verb was */
export const AND_GAP = ",\\s+and\\s+(?:also\\s+)?";
/** a second document a signing names after its first: "a letter of intent", "an agreement" */
/** a letter of intent, or its initials ("an LOI") */
export const LETTER_OF_INTENT = "(?:letters?\\s+of\\s+intent|LOIs?|LoIs?)";
export const SECOND_DOCUMENT = `an?\\s+(?:[\\w-]+\\s+){0,3}?(?:memorand(?:ums?|a)|MoU|MOU|${LETTER_OF_INTENT}|agreements?)\\b`;
/**
 * "signed a memorandum with Coimbra, Portugal, and a letter of intent with Pécs": a second document whose
 * verb and subject are the first's, left out
 */
export const GAPPED_DOCUMENT = `${AND_GAP}${SECOND_DOCUMENT}`;
/** right before a gapped document: its verb is an earlier clause's (the rule checks that one came before) */
export const GAPPED_OPENING = `(?<=${AND_GAP})`;
/** a name right after a gapped partner's "with" or "between" (a capital, which only a case-sensitive pattern tests) */
export const NAME_NEXT = "\\s+(?:the\\s+)?[A-Z]";
/**
 * ", and Jiaxing in Zhejiang signed one with Pécs": a second signing of the document named before, "one" standing for
 * it (the rule checks that one came before)
 */
// (the words first, the clause before them checked after: a pattern that opens with a look-behind is tried at every position)
export const ANAPHOR_WORDS = "(?:signed|inked|concluded)\\s+(?:one|another)";
export const DOCUMENT_ANAPHOR = `\\b${ANAPHOR_WORDS}(?=\\s+with${NAME_NEXT})(?<=${AND_GAP}${AND_SUBJECT}${ANAPHOR_WORDS})`;
/** ", and the one with Curitiba was signed in September": "the one" for the document named before, with a partner of its own, told in the passive */
export const PASSIVE_ANAPHOR_WORDS = "the\\s+(?:one|other)";
const PASSIVE_SIGNED = "\\b(?:was|were)\\s+(?:also\\s+)?(?:signed|inked|concluded|renewed)\\b";
// (or its verb left out, the first clause's: "The agreement with Samarkand was signed in March and the one with Rosario
// in September", nothing after the partner but when or where)
export const PASSIVE_DOCUMENT_ANAPHOR = `\\b${PASSIVE_ANAPHOR_WORDS}(?=\\s+with${NAME_NEXT}[^.;]{0,60}?${PASSIVE_SIGNED})(?<=${AND_GAP}${PASSIVE_ANAPHOR_WORDS})|\\b${PASSIVE_ANAPHOR_WORDS}(?=\\s+with${NAME_NEXT}(?:(?!\\b(?:was|were|is|are|has|have|had|will|signed)\\b)[^.;]){0,60}(?:[.;]|$))(?<=${PASSIVE_SIGNED}[^.;]{0,60}?(?:,\\s+|\\s)and\\s+${PASSIVE_ANAPHOR_WORDS})`;
// "renewed", "the renewal of": a renewed agreement is signed again, on the date of the renewal
// ("entered into a sister-city relationship": a tie entered, as one established)
export const VERB = "\\b(?:establish(?:ed|ing|es|ment)?|enter(?:ed|ing|s)?\\s+into|forg(?:ed|ing|es|e)|form(?:ed|ing|s)?|formali[sz](?:ed|ing|es|e)|sign(?:ed|ing|s)?|renew(?:ed|ing|s|al)?|conclud(?:ed|ing|es|e)|ink(?:ed|ing|s)?|seal(?:ed|ing|s)?|struck|strik(?:e|es|ing)|clinch(?:ed|ing|es)?|set(?:ting)?\\s+up|buil(?:t|ding|ds|d))\\b";
/** ", and signed", ", and Guilin established", "… an education agreement and renewed": a second event of its own, which no event's words run past */
export const SECOND_VERB = `(?:,\\s+(?:and\\s+)?(?:${AND_SUBJECT})?|\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?)${VERB}`;
