/**
 * The Chinese phrases of ties that the agreement triggers are built from (zh.ts): what a sister-city tie is called, and
 * a tie signed, become, added, listed, begun, held a number of years, said of a place, or the newest of a tally. Each
 * names its case in its comment; zh.ts joins them into each rule's trigger.
 */
import { LIST_ITEM_YEAR } from "./parties";
import { ONLINE, SIGNED_ON } from "./zh-documents";
import { GROUP_LABEL_ZH } from "./labelled-groups";

/** what a sister-city tie is called */
// (友好区, 友好县: districts' and counties' ties of the kind, 我区与新宿区缔结友好区关系; and villages' and towns', 友好村关系, 友好町关系)
// (姐妹关系, "sister relations": the kind left to the pair, 两市建立姐妹关系)
export const SISTER_TIE = "(?:国际)?(?:友好城市|友城|友好城镇|姊妹城市|姐妹城市|姊妹市|姐妹市|(?:友好|姊妹|姐妹)省(?:州|道|区|县|府|份|市)?|姊妹州|姐妹州|友好区(?!域)|友好县|友好(?:村|町)(?=关系)|(?:姊妹|姐妹)(?=关系))";
// the agreement named first, its signing after it: 友好城市协议签约仪式, 友好城市关系协议书签字仪式; or the tie
// alone before its signing ceremony (友好城市签约仪式)
// (我市与全州市友好城市关系缔结仪式: the tie, then its concluding ceremony)
export const SIGNED_AFTER = `(${SISTER_TIE}(?:关系)?协议书?)》?(?:(?:的)?${ONLINE}(签约|签字|签署)|${SIGNED_ON})|(${SISTER_TIE}(?:关系)?)${ONLINE}(签约|签字|缔结|结好|建立)(?=仪式)`;
/** 1984年成为镇江市首个国际友好城市: the place became a sister city of the one it names (not 成为友好城市合作的典范, a model of their work) */
// (两市自2018年起互为友好城市: "are each other's sister city", a tie they hold)
// (not 成为国际友好城市联盟会员: a body named for the ties, whose member the city became)
export const BECAME_TIE = `(成为|互为)([^，。；]{0,12}?${SISTER_TIE})(?!合作|交流|工作|建设|发展|的|联盟|联合会|协会|组织|大会|论坛|网络)`;
/** 其中包括A与B、C与D: the pairs of the ties added, named without a verb of their own (其中包括3月A与B缔结…, each item its own event, is read by each verb) */
export const INCLUDED_PAIRS = "其中(?:包括|有)(?![^。；]*?(?:缔结|建立|结为|结成|签署|签订|续签))";
/** the verbs of ties a year added */
export const ADDING_VERB = "新增|新建|新缔结|新建立|新结好|新结(?:成|为)?";
/** a figure of ties added, in digits or Chinese numerals */
export const TIES_FIGURE = "[0-9０-９一二三四五六七八九十两]+";
// (新增国际友好城市2对、友好交流城市3对，分别为A、B（友好城市），以及C、D（友好交流城市）: ties of two kinds added, named in
// groups each labelled with its kind; each kind's trigger is its own count, and reads the partners of its group, labelledGroup)
export const TIE_COUNT_OF_OTHER_KIND = `${GROUP_LABEL_ZH}${TIES_FIGURE}(?:个|对)`;
// (全年新增省级友城2对，分别为…; 新增友城中，省级友城2对，分别为…: the level of the ties added, and a share of them by level)
export const TIE_LEVEL = "(?:省|市|县|区)级";
/** the kind's other name in brackets, right after it: 友好城市（省州）, 友城（友好省州） */
const KIND_IN_BRACKETS = "(?:[（(][^（）()，。；]{1,6}[）)])?";
/** 新增国际友好城市3个，分别为A、B和C (新缔结友好城市2个，即A和B; 新建友城5对): ties a year added, named one by one after 分别为 (each its own event) */
// (新增友城2对：A与B、C与D, 两对友城关系分别为：A与B，以及C与D: pairs listed, each its own tie; trigger-rule.ts reads the list)
// (新增国际友好城市1对（与匈牙利德布勒森市）: the partner in brackets)
// (新增国际友好城市（省州）4对: the kind's other name in brackets before the figure, KIND_IN_BRACKETS)
export const ADDED_TIES = (kind: string): string =>
  `(?:(${ADDING_VERB})(?:了)?|(?<=(?:${ADDING_VERB})(?:了)?${TIE_COUNT_OF_OTHER_KIND}[、和及])|(?=${TIE_LEVEL})(?<=(?:${ADDING_VERB})[^，。；]{0,12}中[，,]))(?:${TIE_LEVEL})?(${kind})${KIND_IN_BRACKETS}${TIES_FIGURE}(?:个|对)(?:(?=[、和及]${TIE_COUNT_OF_OTHER_KIND}[，,]?分别(?:为|是))|[，,]?(?=分别(?:为|是)|即|${INCLUDED_PAIRS})|(?=[：:]|[（(](?:与|同|即)?[\\u4e00-\\u9fff]))|(?<![0-9０-９一二三四五六七八九十两])(${TIES_FIGURE}对(?:新增的?|新的)?${kind}(?:关系)?)(?=[，,]?分别(?:为|是)|[：:])`;
/**
 * 友好城市包括日本堺市（1983年）、韩国釜山市（1993年）…: the ties a place holds, listed with the year of each in brackets
 * (each its own event); or without years, two or more named (青岛的友好城市包括美国长滩市、德国曼海姆市和日本下关市: the
 * rule checks that a place opens the list)
 */
// (烟台市现有国际友好城市13个：美国圣迭戈市（1985年）、…, 友好省州20个，包括美国新泽西州（1981年）、…: the count, then a colon
// or 包括 and the list dated item by item)
// (友好省\uFFFD20\uFFFD，包括…: the kind's last character and the measure word lost to damage, U+FFFD each)
export const LISTED_TIES = (kind: string): string => `(${kind})(?:(?:主要)?(?:包括|有)(?![着了])[：:]?(?=[^。；]{1,40}?${LIST_ITEM_YEAR}|[^。；]{2,40}?[、和及])|\\uFFFD?[0-9０-９]{1,4}(?:个|对|\\uFFFD)(?:[：:]|[，,](?:其中)?(?:主要)?包括[：:]?)(?=[^。；]{1,40}?${LIST_ITEM_YEAR}))`;
/** A与B的友好城市关系始于1980年: a tie the year it began dates */
// (A与B友好城市关系正式确立, A与B的友好城市关系于2005年正式建立: the tie, then its verb in the passive)
export const TIE_BEGAN = `(${SISTER_TIE}关系)(?=(?:正式)?(?:始于|建立于|缔结于|确立于|可追溯(?:到|至))|(?:于[^，。；]{2,12}?)?(?:正式|得以)?(?:确立|建立|缔结|建成)(?![^，。；]{0,2}(?:和|与|及)))`;
/** the pair a tie of theirs is named after: 两市, 双方, A与B, or a headline's A—B (the look-behinds of TIE_ANNIVERSARY and FRIENDLY_TIE_BEGAN) */
const PAIR_NAMED_BEFORE = "(?:两市|两地|两省|两省州|两区|两县|双方|[与和同][^，。；]{1,16}?|(?<=[\\u4e00-\\u9fff])[—–－-][^，。；—–－-]{1,16}?)";
/**
 * 两市友好城市缔结46周年, A与B友好城市关系30周年, 两市友城关系迎来10周年: a tie's anniversary is a tie made before, its parties the pair right
 * before it (not 杭州市举办国际友城30周年成果展, all its ties at once); the anniversary looked for ahead before the pair behind,
 * which most positions of a paragraph would otherwise scan back for
 */
export const tieAnniversary = (kind: string): string =>
  `(?=${kind}(?:关系)?(?:缔结|结好|建立)?${REACHING}?[0-9０-９一二三四五六七八九十]{1,3}周年)(?<=${PAIR_NAMED_BEFORE}(?:的|之间)?)(?!国际)(${kind}(?:关系)?)(?=(?:缔结|结好|建立)?${REACHING}?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})周年)`;
/** a verb of reaching the anniversary between the tie and its years: 两市友城关系迎来10周年, 走过30周年 */
const REACHING = "(?:迎来|走过|步入|已满|满)";
export const TIE_ANNIVERSARY = tieAnniversary(SISTER_TIE);
/** 札幌市是沈阳市的友好城市: a place said to be another's sister city (not 是…的友好城市交流活动, where the tie describes another noun) */
// (维多利亚州是江苏省的第一个友好省州, 汤斯维尔市是湛江市的第11个国际友好城市: ranked by its order, with its subject
// named and no verb of making inside; 这是湛江市的第11个…, ，是江苏省与德国之间的首对…, 是长兴县缔结的第4个… describe a
// tie told before)
export const NOT_TIE_AFTER = "(?!交流|合作|工作|论坛|大会|代表|青年|市长|建设|发展|关系)";
// (南京与名古屋是友好城市, 两市是国际友好城市: the pair said to be the tie, 是 right before it, as "are sister cities")
/** 是 said of a place or pair, not after 这, 此 or 也 (这是…: the tie just told) nor opening a clause */
const IS_SAID_OF = "(?<![这此也，,；;])是";
export const IS_TIE_OF = `(?<=是[^，。；]{1,12}?的(?:国际)?)(${SISTER_TIE})${NOT_TIE_AFTER}|(?<=${IS_SAID_OF}(?:国际)?)(${SISTER_TIE})${NOT_TIE_AFTER}(?=[，。；、]|$)|(?<=${IS_SAID_OF}(?:(?:(?!缔结|建立|结好|结成|签)[^，。；]){1,12}?的|(?:(?!缔结|建立|结好|结成|签|的)[^，。；]){0,6}?)(?:第[0-9一二三四五六七八九十百]+|首)(?:个|对|座)(?:国际)?)(${SISTER_TIE})${NOT_TIE_AFTER}`;
/** 已有国际友好城市12个，最新的是日本香川县: the newest of the ties a place holds, named after its tally ("the latest being") */
// (a lookahead first, so the look-behind is tried only where 最新 or 最近 stands)
export const LATEST_OF_TIES_ZH = `(?=(?:其中)?(?:最新|最近))(?<=${SISTER_TIE}[0-9０-９一二三四五六七八九十两]+(?:个|对)[，,])(?:其中)?(?:最新|最近)(?:的|一个|一对)?(?:是|为)(?=[^，。；]{2,16}?[市州省县府道区])`;
/** 珠海新增葡萄牙阿威罗市为友好城市: one partner added, by name (not a tally: no figure or measure word between) */
// (新增德国奥斯纳布吕克市为友好交流城市: so a friendly tie's partner)
export const ADDED_AS_TIE_ZH = (kind: string): string => `(新增)(?:了)?[^，。；0-9０-９个对座名]{2,20}?为(?:其)?(?:国际)?(${kind})`;
/**
 * 两市友好关系始于1986年, A与B的友好交往可追溯到1997年: the friendly relations of a pair named right before, dated by the
 * year they began (not 中法友好关系始于…, no pair; the lookahead first, so the look-behind is tried only there)
 */
export const FRIENDLY_TIE_BEGAN = `(?=友好(?:关系|交往|往来)(?:关系)?(?:正式)?(?:始于|建立于|开始于|可追溯(?:到|至)))(?<=${PAIR_NAMED_BEFORE}(?:的|之间的?)?)(友好(?:关系|交往|往来)(?:关系)?)`;
