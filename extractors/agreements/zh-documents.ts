/**
 * The documents the Chinese agreement rules read (zh.ts): the words between a signing and its document, a document's
 * signing ceremony after it (合作协议签字仪式, 在备忘录上签名), and the documents a list names after the first, each an
 * event of its own (签署了友好合作备忘录、教育合作协议和旅游合作意向书), whose subject is read before the verb that signs
 * them all. As en-documents.ts is for the English rules.
 */
import { allMatches } from "../shared/matches";

// (友好城市云签约仪式, 线上签约: a signing held online is a signing)
export const ONLINE = "(?:云|线上|在线|视频|远程)?";
/** 在友好城市协议书上签字, 在备忘录上签名: signing one's name on the document named before (SIGNED_AFTER, CEREMONY_AFTER) */
export const SIGNED_ON = "(?<=在[^，。；]{0,40})上(签字|签名)";
/** an untitled document's last word, which a list of documents signed at once joins to the next with 、 or 和 */
export const UNTITLED_DOCUMENT = "备忘录|协议书?|意向书|协定|行动计划|合作计划";
/** what joins one document of a list to the next */
export const LIST_JOINER = "(?:和|及|以及|、)";
/**
 * the words between signing and the document: a few, or a title in 《》 of its own length (《大连市与仁川广域市关于深化港口物流合作的备忘录》);
 * within the clause, a list of fields may stand between (签署了生物医药、航空航天和职业教育等领域的6项合作协议)
 */
// (not past a colon: 共签署3项合作协议：A与B签署…备忘录 lists documents each signed by a verb of its own)
// (not past a document listed before another, 签署了教育合作协议和旅游合作意向书: each is its own, LISTED_AFTER reads the second)
// (nor past a second signing verb, 此次签约是两市继2018年签署…备忘录之后: the document is the later verb's, whose date is before it)
export const DOCUMENT_GAP = `(?:了)?(?:《[^》，。；]{0,40}?|(?:(?!(?:${UNTITLED_DOCUMENT})${LIST_JOINER}|签署|签订|续签|草签)[^，。；《》：:]){0,32}?)`;
/** the document named first, its signing ceremony after it: 合作协议签字仪式, 备忘录签约仪式 (as SIGNED_AFTER is for a sister-city tie) */
// (见证了两市友好交流合作备忘录的签署: the document's signing as a noun, 的签署, with no ceremony named)
// (双方在协议书上签字, 两市市长在备忘录上签名: signing one's name on the document, SIGNED_ON)
export const CEREMONY_AFTER = (document: string): string => `(${document})》?(?:(?:的)?${ONLINE}(签字|签约|签署)仪式|的(签署|签订)(?!仪式)|${SIGNED_ON})`;
/**
 * the second of two titled documents signed at once (签署了《…备忘录》和《…协议》): the verb is the first's, and
 * the second document is an event of its own
 */
// (the first may be the minutes of the talks, 会议纪要, which bind no one and are no event of their own)
// (or any of three or four: 签署了《…备忘录》《…协议》和《…意向书》, the titles side by side or joined; and untitled ones listed,
// 签署了友好合作备忘录、教育合作协议和旅游合作意向书, each after 、 or 和)
export const LISTED_AFTER = (document: string): string =>
  `(?<=(?:》|纪要)${LIST_JOINER}?)(?<=(?:签署|签订|续签)了?(?:(?:《[^》，。；]{0,40}》|(?:会议|会谈|会晤)纪要)${LIST_JOINER}?){1,4})《[^》，。；]{0,40}?(${document})|` +
  `(?<=(?:${UNTITLED_DOCUMENT})${LIST_JOINER})(?<=(?:签署|签订|续签)了?(?:[^，。；《》、和及]{0,16}?(?:${UNTITLED_DOCUMENT})${LIST_JOINER}){1,3})[^，。；《》、和及]{0,16}?(${document})|` +
  // (an untitled one after titled ones: 签署了《…行动计划》和青少年交流意向书)
  `(?<=》${LIST_JOINER})(?<=(?:签署|签订|续签)了?(?:《[^》，。；]{0,40}》${LIST_JOINER}?){1,4})[^，。；《》、和及]{0,16}?(${document})`;
/** right after a document a list names before another: 》, or an untitled one's last word and 、 or 和 */
const AFTER_LISTED_DOCUMENT = new RegExp(`(?:》${LIST_JOINER}?|(?:${UNTITLED_DOCUMENT})${LIST_JOINER})$`);
/** the verb a list of documents is signed by */
const LIST_SIGNING_VERB = new RegExp(`(?:签署|签订|续签)了?(?=[^，。；]*?(?:》(?:${LIST_JOINER}|《)|(?:${UNTITLED_DOCUMENT})${LIST_JOINER}))`, "g");

/**
 * Where the subject of a trigger's event is read up to: the trigger, or for a document listed after others (双方签署了友好合作备忘录、
 * 教育合作协议和|旅游合作意向书) the verb before the list, which signs them all, so the subject is read before it, not among
 * the documents (a titled one's places are its title's). The verb's lookahead reads on to the trigger's end: the list runs
 * past the trigger's start.
 */
export function subjectEndOfListed(text: string, clauseStart: number, trigger: { index: number; end: number }): number {
  if (!AFTER_LISTED_DOCUMENT.test(text.slice(Math.max(0, trigger.index - 8), trigger.index))) return trigger.index;
  const verb = allMatches(LIST_SIGNING_VERB, text.slice(clauseStart, trigger.end)).filter((v) => clauseStart + v.index! < trigger.index).pop();
  return verb ? clauseStart + verb.index! : trigger.index;
}
