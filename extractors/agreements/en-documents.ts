/**
 * The English documents a signing names (en.ts's memorandum, letter-of-intent and agreement rules): a document signed,
 * actively or passively, exchanged, listed after another, or listed after a colon; and a tie of two bodies.
 */
import { DOCUMENT_ANAPHOR, GAPPED_DOCUMENT, GAPPED_OPENING, LETTER_OF_INTENT, PASSIVE_DOCUMENT_ANAPHOR, SECOND_VERB } from "./en-clauses";

/** the documents a signing names */
/** a plan both sides sign: "action plan", "cooperation plan", "exchange plan", "a plan for friendly cooperation and exchanges", "cooperation roadmap", "cooperation programme" (合作计划) */
// ("a Roadmap for Cooperation": the roadmap named for its cooperation after it)
const JOINT_PLAN = "(?:(?:action|cooperation|exchanges?)\\s+plans?|(?:action|cooperation)\\s+program(?:me)?s?|(?:plans?|roadmaps?)\\s+(?:for|on)\\s+(?:[a-z-]+\\s+){0,2}(?:cooperation|exchanges?)|cooperation\\s+roadmaps?)";
const ANY_DOCUMENT = `(?:memorand(?:ums?|a)|MoU|MOU|${LETTER_OF_INTENT}|agreements?|accords?|pacts?|deals?|${JOINT_PLAN}|(?:joint\\s+)?declarations?|joint\\s+statements?)`;
/** a document with its article and the words before its kind: "an Agreement", "a cooperation agreement" */
const A_DOCUMENT = `an?\\s+(?:[\\w-]+\\s+){0,3}?${ANY_DOCUMENT}\\b`;
/** " and an Agreement on …" after a first document: a second one, signed by the same verb */
const LISTED_DOCUMENT = `\\s+and\\s+${A_DOCUMENT}`;
/** ", an agreement on …" after a first document: the second of a list of three, signed by the same verb */
const COMMA_LISTED_DOCUMENT = `,\\s+${A_DOCUMENT}`;
/** right before a listed second document: a signing and a first document before it in the clause (the short test first: it fails fast) */
// (the first document's title may run long: "signed a Memorandum on Friendly Exchanges and Cooperation between Yangzhou and
// Karatsu and a Letter of Intent on …")
// (the first may be the minutes of the talks, 会谈纪要, which bind no one and are no event of their own: "signed minutes of the meeting and an agreement on …")
// (or three: "signed a memorandum on …, an agreement on … and a letter of intent on …", the middle one after a comma,
// read only where the list closes with "and" and a document, so a comma before anything else opens no document)
const LISTED_ITEM = `${A_DOCUMENT}[^.;,]{0,90}?`;
const LISTED_OPENING = `(?:(?<=\\sand\\s)(?<=\\bsign(?:ed|ing|s)?\\b[^.;]{0,60}?\\b(?:${ANY_DOCUMENT}|minutes)\\b[^.;,]{0,90}?(?:,\\s+${LISTED_ITEM})?\\s+and\\s+)|(?<=,\\s)(?<=\\bsign(?:ed|ing|s)?\\b[^.;]{0,60}?\\b${ANY_DOCUMENT}\\b[^.;,]{0,90}?,\\s+)(?=${LISTED_ITEM}${LISTED_DOCUMENT}))`;
/**
 * right before a document a colon lists after a signing, or after the list's comma ("Three agreements were signed: a
 * memorandum … between A and B, a letter of intent … between C and D, and an agreement …"): each item is a document
 * of its own, signed by the verb before the colon (the mark first: it fails fast)
 */
const COLON_LIST_OPENING = `(?<=[:,]\\s+(?:and\\s+)?)(?<=\\b(?:signed|inked|renewed)\\b[^.;:]{0,60}:\\s+(?:[^.;:]{0,240}?,\\s+)?(?:and\\s+)?)`;
/** the text before an item of that list, and the next item after it */
export const COLON_ITEM_BEFORE = new RegExp(`${COLON_LIST_OPENING}$`);
export const NEXT_LISTED_DOCUMENT = new RegExp(`,\\s+(?:and\\s+)?an?\\s+(?:[\\w-]+\\s+){0,4}?${ANY_DOCUMENT}\\b`, "i");
/**
 * a document signed, actively ("signed a memorandum", "entered into an agreement", "concluded a memorandum of cooperation") or passively ("A memorandum between X and Y was
 * signed", "an agreement signed by the two cities"), or the second of two a signing names ("signed a Memorandum on X and an Agreement on Y")
 */
// ("the education cooperation agreement signed last November between Yunnan Province and Luang Prabang": the participle, its pair after "between")
// ("an agreement on cooperation between Harbin Institute of Technology and Novosibirsk State University was signed": the
// passive's subject may hold two bodies' long names)
// ("the memorandum on economic and trade cooperation signed yesterday between Zhuzhou and …": the participle after the
// document's topic)
// ("the two sides exchanged the Memorandum on …", "signed and exchanged the texts of the agreement": the signed texts
// handed over, which makes the document both sides' as signing does; not "exchanged views on the agreement")
const EXCHANGED = (document: string): string =>
  `\\bexchang(?:ed|ing)\\s+(?:(?!(?:on|about|over|regarding|with|views|ideas|opinions|gifts|greetings|experiences|information)\\b)[\\w'’-]+\\s+){0,8}?${document}\\b`;
/**
 * "reached a cooperation agreement": an agreement concluded, as one signed is; the document right after its article and
 * a few words of its kind (not "reached a consensus on the agreement", "reached out to the partners of the agreement"; nor
 * a bare "reached an agreement to establish sister-city relations", a tie agreed on, still to be made)
 */
const REACHED = (document: string): string => `\\breach(?:ed|es|ing)?\\s+(?:an?|the)\\s+(?:(?!(?:on|about|over|for|to|with|of|in|out|consensus|understanding)\\b)[\\w-]+\\s+){1,4}?${document}\\b`;
export const SIGNED = (document: string): RegExp =>
  new RegExp(`\\bconclud(?:ed|es|ing)?\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?${document}\\b|${REACHED(document)}|${EXCHANGED(document)}|\\b(?:(?:sign|renew|ink)(?:ed|ing|s)?|penned|(?:seal(?:ed|ing|s)?|struck|strik(?:e|es|ing)|clinch(?:ed|ing|es)?)(?=\\s+(?:an?|the|their|its|two|three|several)\\s)|enter(?:ed|ing|s)?\\s+into)\\b(?:(?!${GAPPED_DOCUMENT}|${LISTED_DOCUMENT}|${COMMA_LISTED_DOCUMENT}|${SECOND_VERB})[^.;]){0,60}?\\b${document}\\b|\\b${document}\\b[^.;]{0,120}?\\b(?:was|were)\\s+(?:also\\s+|officially\\s+|formally\\s+)?(?:signed|renewed|inked)\\b|\\b${document}\\s+(?:(?:jointly|recently|newly|also)\\s+)?(?:signed|renewed|inked)\\s+by\\b|\\b${document}(?:\\s+(?:on|of|for)(?:\\s+[\\w-]+){1,6}?)?\\s+(?:(?:jointly|recently|newly|also)\\s+)?(?:signed|renewed|inked)\\b(?=[^.;]{0,40}?\\bbetween\\s+(?:the\\s+)?[A-Z])|(?=an?\\s)${GAPPED_OPENING}an?\\s+(?:[\\w-]+\\s+){0,3}?${document}\\b|${LISTED_OPENING}an?\\s+(?:[\\w-]+\\s+){0,3}?${document}\\b|${COLON_LIST_OPENING}an?\\s+(?:[\\w-]+\\s+){0,4}?${document}\\b|${DOCUMENT_ANAPHOR}|${PASSIVE_DOCUMENT_ANAPHOR}`, "gi");
/** the kind of a tie of two bodies: "sister port", "friendship school" (BODIES_TIED, and the agreement rule's gate) */
export const BODY_TIE_KIND = "(?:sister|friendship|friendly)[- ](?:ports?|schools?|hospitals?)";
export const BODIES_TIED = `\\b(?:established|forged|formed|became|twinned\\s+as)\\s+(?:[\\w-]+\\s+){0,2}?${BODY_TIE_KIND}\\b(?!\\s+cit)(?:\\s+(?:relationships?|relations|ties))?`;
export const SIGNED_AGREEMENT = SIGNED(`(?:agreements?|accords?|pacts?|deals?|${JOINT_PLAN}|(?:joint\\s+)?declarations?|joint\\s+statements?)`);
