/**
 * Examples for the Chinese agreement rules (zh.ts): the rule, the quote it cites, the type and the
 * parties as the paragraph writes them (我省 and a missing subject appear as null: the release's own
 * place, settled at fusion); negatives must give no event. Invented sentences, none from the seeds.
 */
import type { AgreementCorpus } from "../types";

export const ZH_AGREEMENT_CORPUS: AgreementCorpus = {
  examples: [
    { rule: "agreement-zh-sister-city", text: "无锡与熊本市自1985年起保持友好城市关系。", quote: "无锡与熊本市自1985年起保持友好城市关系", type: "sister-city", parties: ["无锡", "熊本"], date: "1985" }, // a tie held since a year
    { rule: "agreement-zh-memorandum", text: "5月9日，陕西省与美国俄勒冈州在西安签署《友好省州合作备忘录》。", quote: "陕西省与美国俄勒冈州在西安签署《友好省州合作备忘录》", type: "memorandum", parties: ["陕西省", "俄勒冈"], date: "2025-05-09" }, // a memorandum of the tie's cooperation is no tie made (友好省|州合作 read short)
    { rule: "agreement-zh-memorandum", text: "宁波与鹿特丹于1991年结为友好城市。访问期间，双方签署了港口合作备忘录。", quote: "双方签署了港口合作备忘录", type: "memorandum", parties: ["宁波", "鹿特丹"], date: null, alongside: ["宁波与鹿特丹于1991年结为友好城市"] }, // the sentence before recalls the tie's year, no day of the visit
    { rule: "agreement-zh-memorandum", text: "9月18日，市贸促会会长刘洋与德国巴伐利亚州工商大会总经理曼弗雷德·格斯纳在慕尼黑签署合作备忘录。", quote: "市贸促会会长刘洋与德国巴伐利亚州工商大会总经理曼弗雷德·格斯纳在慕尼黑签署合作备忘录", type: "memorandum", parties: ["市贸促会", "德国巴伐利亚州工商大会"], date: "2024-09-18" }, // the bodies whose officers sign, not the state that names one
    { rule: "agreement-zh-memorandum", text: "市长率团访问了意大利和捷克，并与帕多瓦市续签了友好城市合作备忘录。", quote: "帕多瓦市续签了友好城市合作备忘录", type: "memorandum", parties: ["帕多瓦市"], date: null }, // a country the delegation visited is no subject of the clause after
    { rule: "agreement-zh-memorandum", text: "昆明市与尼日利亚联邦首都区阿布贾签署旅游合作备忘录。", quote: "昆明市与尼日利亚联邦首都区阿布贾签署旅游合作备忘录", type: "memorandum", parties: ["昆明市", "阿布贾"], date: null }, // 联邦首都区 between the country and its capital, as 首都
    { rule: "agreement-zh-friendly-cooperation", text: "代表团访问了诺维萨德市，续签了两市友好合作协议。", quote: "续签了两市友好合作协议", type: "friendly-cooperation", parties: ["诺维萨德", "两市"] }, // the pair word inside the trigger, between its verb and the document, cited with it
    { rule: "agreement-zh-sister-city", text: "自1998年建立友好城市关系以来，两市在经贸领域合作密切。", quote: "建立友好城市关系以来，两市", type: "sister-city", parties: ["两市"], date: "1998" }, // the pair after a since-clause that opens the sentence is its subject, cited with it
    { rule: "agreement-zh-sister-city", text: "两市自2016年建立友好城市关系以来，在哈巴罗夫斯克—抚远口岸等项目上取得进展。", quote: "两市自2016年建立友好城市关系", type: "sister-city", parties: ["两市"], date: "2016" }, // a since-clause with its subject before the trigger ends at 以来: the main clause's places are none of its parties
    { rule: "agreement-zh-memorandum", text: "代表团出席了合肥与奥斯纳布吕克缔结友好城市40周年纪念活动，双方签署了环境合作备忘录。", quote: "双方签署了环境合作备忘录", type: "memorandum", parties: ["合肥", "奥斯纳布吕克"], date: null, alongside: ["合肥与奥斯纳布吕克缔结友好城市"] }, // the tie whose anniversary is marked and the document signed are two events
    { rule: "agreement-zh-sister-city", text: "成都市已与法国蒙彼利埃市、韩国庆尚北道、日本熊本县等37个城市建立友好城市关系。", quote: "蒙彼利埃市、韩国庆尚北道、日本熊本县等37个城市建立友好城市关系", type: "sister-city", parties: ["成都市", "蒙彼利埃"], date: null, alongside: ["庆尚北道、日本熊本县等37个城市建立友好城市关系", "熊本县等37个城市建立友好城市关系"] }, // places named as examples of the partners a tally counts are partners, each its own tie (the count is a count fact)
    { rule: "agreement-zh-sister-city", text: "广西北海市与越南下龙市12日签署协议，正式缔结友好城市关系。", quote: "北海市与越南下龙市12日签署协议，正式缔结友好城市关系", type: "sister-city", parties: ["北海市", "下龙"], date: "2025-03-12" }, // the province before the subject locates it; the clause of no subject goes on with the two
    { rule: "agreement-zh-sister-city", text: "苏州市先后于1980年和1986年与日本金泽市、意大利威尼斯市结为友好城市。", quote: "金泽市、意大利威尼斯市结为友好城市", type: "sister-city", parties: ["苏州市", "金泽"], date: "1980", alongside: ["威尼斯市结为友好城市"] }, // 先后: the years listed go to the partners listed, in order
    { rule: "agreement-zh-agreement", text: "双方回顾了两市自2016年建立友好城市关系以来的交流成果，并签署了2025—2026年合作行动计划。", quote: "双方回顾了两市自2016年建立友好城市关系以来的交流成果，并签署了2025—2026年合作行动计划", type: "agreement", parties: ["双方"], date: null, alongside: ["双方回顾了两市自2016年建立友好城市关系"] }, // the tie a 自…以来 clause recalls and the plan the sentence signs are two events; the recalled year dates only the tie
    { rule: "agreement-zh-memorandum", text: "仪式上共签署2项合作协议：天津港与法兰克福机场签署物流合作备忘录，浙江大学与柏林自由大学签署合作协议。", quote: "天津港与法兰克福机场签署物流合作备忘录", type: "memorandum", parties: ["天津港", "法兰克福机场"], alongside: ["浙江大学与柏林自由大学签署合作协议"] }, // the tally's 签署 reads no document past its colon; an airport signs as a body
    { rule: "agreement-zh-letter-of-intent", text: "2017年，两市签署了建立友好城市关系的意向书，2020年正式缔结友好城市关系。", quote: "两市签署了建立友好城市关系的意向书", type: "letter-of-intent", parties: ["两市"], date: "2017", alongside: ["两市签署了建立友好城市关系的意向书，2020年正式缔结友好城市关系"] }, // the letter and the tie, each in its clause on its own date, are two events
    { rule: "agreement-zh-memorandum", text: "会议期间，青岛还与其2014年缔结的友好城市德国曼海姆市签署了港口合作谅解备忘录。", quote: "青岛还与其2014年缔结的友好城市德国曼海姆市签署了港口合作谅解备忘录", type: "memorandum", parties: ["青岛", "曼海姆市"], date: null, alongside: ["青岛还与其2014年缔结的友好城市德国曼海姆市"] }, // the tie that describes the partner is an event of its own, and its year dates only it
    { rule: "agreement-zh-sister-city", text: "3月5日，泉州市与菲律宾宿务市通过视频连线举行友好城市云签约仪式。", quote: "泉州市与菲律宾宿务市通过视频连线举行友好城市云签约", type: "sister-city", parties: ["泉州市", "宿务"], date: "2025-03-05" }, // a signing held online (云签约) is a signing
    { rule: "agreement-zh-sister-city", text: "至此，青岛市与曼海姆市友好城市关系正式确立。", quote: "青岛市与曼海姆市友好城市关系", type: "sister-city", parties: ["青岛市", "曼海姆市"], date: null }, // the tie, then its verb in the passive
    { rule: "agreement-zh-sister-city", text: "青岛市与德国曼海姆市的友好城市关系于2016年正式建立。", quote: "青岛市与德国曼海姆市的友好城市关系", type: "sister-city", parties: ["青岛市", "曼海姆市"], date: "2016" },
    { rule: "agreement-zh-sister-city", text: "访问期间，温州市与马德里自治区莱加内斯市签署建立友好城市关系协议书。", quote: "温州市与马德里自治区莱加内斯市签署建立友好城市关系", type: "sister-city", parties: ["温州市", "莱加内斯市"] }, // a community named after its capital (马德里自治区) locates the city after it, no party of its own
    { rule: "agreement-zh-sister-city", text: "2012年，日照与韩国浦项市的友好交流关系升格为友好城市关系。", quote: "日照与韩国浦项市的友好交流关系升格为友好城市关系", type: "sister-city", parties: ["日照", "浦项市"], date: "2012" }, // 升格为, as 升级为: a tie made a sister-city one
    { rule: "agreement-zh-sister-city", text: "两市于2014年建立友好交流关系，2019年升格为友好城市。", quote: "两市于2014年建立友好交流关系，2019年升格为友好城市", type: "sister-city", parties: ["两市"], date: "2019", alongside: ["两市于2014年建立友好交流关系"] }, // the pair goes on into a clause of no subject; the tie made and the tie raised are two events
    // two places the sentence opens with, joined, go on into a clause of no subject (as 两市 does); not past a clause of another subject
    { rule: "agreement-zh-sister-city", text: "6月3日，洛阳市与法国图尔市在图尔签署旅游合作备忘录，并续签友好城市协议。", quote: "洛阳市与法国图尔市在图尔签署旅游合作备忘录，并续签友好城市协议", type: "sister-city", parties: ["洛阳市", "图尔市"], date: "2024-06-03", alongside: ["洛阳市与法国图尔市在图尔签署旅游合作备忘录"] },
    { rule: "agreement-zh-sister-city", text: "洛阳市与图尔市签署旅游合作备忘录，郑州市与鲁汶市签署教育合作协议，并续签友好城市协议。", quote: "郑州市与鲁汶市签署教育合作协议，并续签友好城市协议", type: "sister-city", parties: ["郑州市", "鲁汶市"], alongside: ["洛阳市与图尔市签署旅游合作备忘录", "郑州市与鲁汶市签署教育合作协议"] },
    { rule: "agreement-zh-memorandum", text: "洛阳市与图尔市签署旅游合作备忘录，代表团还参观了鲁汶市，并续签友好城市协议。", quote: "洛阳市与图尔市签署旅游合作备忘录", type: "memorandum", parties: ["洛阳市", "图尔市"], alongside: [] },
    { rule: "agreement-zh-friendly-cooperation", text: "大连市中山区与日本东京都港区签署友好交流协议。", quote: "中山区与日本东京都港区签署友好交流协议", type: "friendly-cooperation", parties: ["中山区", "港区"], date: null }, // the city before a district (its word between) only holds it
    { rule: "agreement-zh-sister-city", text: "希望双方以明年结好20周年为契机，进一步拓展合作。", quote: "双方以明年结好", type: "sister-city", parties: ["双方"], date: null }, // next year is the anniversary's, not the tie's
    { rule: "agreement-zh-agreement", text: "会上，双方签署了现代农业、数字经济和高等教育等领域的5项合作协议。", quote: "双方签署了现代农业、数字经济和高等教育等领域的5项合作协议", type: "agreement", parties: ["双方"], date: null }, // a list of fields between the verb and the documents
    { rule: "agreement-zh-agreement", text: "17日，两市市长签署了关于深化新能源汽车和职业教育合作的联合声明。", quote: "两市市长签署了关于深化新能源汽车和职业教育合作的联合声明", type: "agreement", parties: ["两市"], date: "2025-02-17" }, // a joint declaration the two sides sign binds both, as an agreement does
    { rule: "agreement-zh-agreement", text: "苏州与威尼斯签署了关于绿色发展的联合声明。", quote: "苏州与威尼斯签署了关于绿色发展的联合声明", type: "agreement", parties: ["苏州", "威尼斯"] },
    { rule: "agreement-zh-agreement", text: "昆明市市长与万象市市长出席仪式，并签署两市合作行动计划。", quote: "昆明市市长与万象市市长出席仪式，并签署两市合作行动计划", type: "agreement", parties: ["昆明市", "万象"] }, // the heads of the two places, the subject of a clause before, sign for them
    { rule: "agreement-zh-agreement", text: "仪式上，两市代表共同为友谊石揭幕，并签署了青少年交流合作计划。", quote: "两市代表共同为友谊石揭幕，并签署了青少年交流合作计划", type: "agreement", parties: ["两市"], date: null }, // the pair the sentence opens with, through its own verbs
    { rule: "agreement-zh-agreement", text: "会见后，双方共同签署了《山东省与巴伐利亚州2025—2027年合作行动计划》。", quote: "签署了《山东省与巴伐利亚州2025—2027年合作行动计划》", type: "agreement", parties: ["山东省", "巴伐利亚"], date: null }, // a signed plan of joint action; the years in its name are not the day it was signed
    { rule: "agreement-zh-sister-city", text: "2019年，宁波市与鹿特丹市缔结友好城市关系。", quote: "宁波市与鹿特丹市缔结友好城市关系", type: "sister-city", parties: ["宁波市", "鹿特丹"], date: "2019" },
    { rule: "agreement-zh-sister-city", text: "2023年10月12日，成都市与奥地利林茨市友好城市协议签约仪式在林茨市政厅举行。", quote: "成都市与奥地利林茨市友好城市协议签约", type: "sister-city", parties: ["成都市", "林茨市"], date: "2023-10-12" },
    { rule: "agreement-zh-sister-city", text: "11月6日，昆明市与万象市缔结友好城市关系10周年纪念活动隆重举行。", quote: "昆明市与万象市缔结友好城市关系", type: "sister-city", parties: ["昆明市", "万象"], date: null },
    { rule: "agreement-zh-sister-city", text: "今年是无锡市与日本明石市1981年缔结友好城市关系45周年。", quote: "无锡市与日本明石市1981年缔结友好城市关系", type: "sister-city", parties: ["无锡市", "明石市"], date: "1981" }, // an anniversary whose sentence dates the tie itself, right before the verb
    { rule: "agreement-zh-letter-of-intent", text: "9月14日，代表团在圣地亚哥会见瓦尔帕莱索大区官员，双方签署友好交流意向书。", quote: "双方签署友好交流意向书", type: "letter-of-intent", parties: ["瓦尔帕莱索大区", "双方"], date: "2024-09-14" }, // the region met is one side; the city where they met, the venue, is neither
    { rule: "agreement-zh-sister-city", text: "2005年10月，两市在长沙举行的第二届中非经贸博览会期间签署友好城市协议。", quote: "两市在长沙举行的第二届中非经贸博览会期间签署友好城市协议", type: "sister-city", parties: ["两市"], date: "2005-10" }, // a venue and time phrase of its own length between the pair and the verb
    { rule: "agreement-zh-sister-city", text: "9月23日，西宁市与韩国全州市友好城市关系缔结仪式在全州市政厅举行。", quote: "西宁市与韩国全州市友好城市关系缔结", type: "sister-city", parties: ["西宁市", "全州市"], date: "2024-09-23" }, // the tie, then its concluding ceremony
    { rule: "agreement-zh-sister-city", text: "两市市长共同签署了《关于建立友好城市关系的协议书》。", quote: "两市市长共同签署了《关于建立友好城市关系的协议书》", type: "sister-city", parties: ["两市"] }, // the citation closes the title it opens
    { rule: "agreement-zh-sister-city", text: "2024年，云南省成功促成昆明市与老挝万象市续签友好城市合作协议。", quote: "昆明市与老挝万象市续签友好城市", type: "sister-city", parties: ["昆明市", "万象"], date: "2024" }, // the province that brought the renewal about is no party
    { rule: "agreement-zh-sister-city", text: "双方表示，两市将在港口和物流等领域深化合作，并争取早日结为友好城市。", quote: "双方表示，两市将在港口和物流等领域深化合作，并争取早日结为友好城市", type: "sister-city", parties: ["双方"], status: "planned", date: null }, // a clause 并 joins to one of what will be is planned too
    { rule: "agreement-zh-sister-city", text: "双方表示，两市将在港口和物流等领域深化合作，并推动结为友好城市。", quote: "双方表示，两市将在港口和物流等领域深化合作，并推动结为友好城市", type: "sister-city", parties: ["双方"], status: "planned", date: null }, // (并推动, with no 将 of its own)
    { rule: "agreement-zh-memorandum", text: "交流周期间，双方将举办经贸洽谈会、青少年交流营等8项活动，并签署两省县友好交流合作备忘录。", quote: "双方将举办经贸洽谈会、青少年交流营等8项活动，并签署两省县友好交流合作备忘录", type: "memorandum", parties: ["双方"], status: "planned" }, // 将举办 (will hold), then 并签署: what is to be signed
    { rule: "agreement-zh-sister-city", text: "双方表示，将于明年正式缔结友好城市关系。", quote: "双方表示，将于明年正式缔结友好城市关系", type: "sister-city", parties: ["双方"], status: "planned", date: "2026" }, // what the pair said it will do
    { rule: "agreement-zh-friendly-cooperation", text: "8月19日，浙江省湖州市安吉县与日本长野县白马村在安吉签署友好交流协议。", quote: "安吉县与日本长野县白马村在安吉签署友好交流协议", type: "friendly-cooperation", parties: ["安吉县", "白马村"], date: "2024-08-19" }, // the city locates its county, as the prefecture its village
    { rule: "agreement-zh-sister-city", text: "1. 2月，与法国图卢兹市缔结友好城市关系；", quote: "图卢兹市缔结友好城市关系", type: "sister-city", parties: ["图卢兹"], date: "2025-02" }, // a list item's date clause, after its number, dates the partner's clause
    { rule: "agreement-zh-friendly-cooperation", text: "代表团与巴伐利亚州经济部举行会谈。在维也纳，市长会见了维也纳市副市长，双方表示将推动两市建立友好交流关系。", quote: "双方表示将推动两市建立友好交流关系", type: "friendly-cooperation", parties: ["维也纳", "双方"], status: "planned", date: null }, // 两市 near the verb names the kind: the city, not the state before it; 将推动, a goal
    { rule: "agreement-zh-sister-city", text: "会见中，双方愿积极探讨缔结友好城市关系。", quote: "双方愿积极探讨缔结友好城市关系", type: "sister-city", parties: ["双方"], status: "planned", date: null }, // 愿, 探讨: what the pair is willing to talk about
    { rule: "agreement-zh-sister-city", text: "在中国国际友好城市大会上，绍兴市与葡萄牙莱里亚市、珠海市与加拿大纳奈莫市共两对城市签署了建立友好城市关系协议书。", quote: "珠海市与加拿大纳奈莫市共两对城市签署了建立友好城市关系", type: "sister-city", parties: ["珠海市", "纳奈莫市"], date: null, alongside: ["绍兴市与葡萄牙莱里亚市、珠海市与加拿大纳奈莫市共两对城市签署了建立友好城市关系"] }, // pairs each named, then their total: no tally; the country that opens a conference's name is no party
    { rule: "agreement-zh-sister-city", text: "此外，我区与澳大利亚巴拉瑞特市正式启动结好程序。", quote: "我区与澳大利亚巴拉瑞特市正式启动结好", type: "sister-city", parties: ["我区", "巴拉瑞特市"], status: "planned", date: null }, // 启动结好程序: the process begun, the tie not made
    { rule: "agreement-zh-sister-city", text: "格但斯克是波兰北部的港口城市。两市于2001年缔结友好城市关系。", quote: "两市于2001年缔结友好城市关系", type: "sister-city", parties: ["格但斯克", "两市"], date: "2001" }, // 两市 are two cities: the city named before is one (fusion settles the other), the country neither
    { rule: "agreement-zh-sister-city", text: "1994年，吉林省与韩国江原道缔结友好省道关系。", quote: "吉林省与韩国江原道缔结友好省道关系", type: "sister-city", parties: ["吉林省", "江原道"], date: "1994" }, // a Korean province is a 道: 友好省道
    { rule: "agreement-zh-friendly-cooperation", text: "9月5日，柳州市市长会见了泰国罗勇府府尹。双方同意加强职业教育合作，并争取明年建立友好交流城市关系。", quote: "双方同意加强职业教育合作，并争取明年建立友好交流城市关系", type: "friendly-cooperation", parties: ["柳州市", "罗勇府"], status: "planned", date: "2026" }, // the pair that opens the sentence is the subject of its later clause; 争取, "strive to"
    // partners listed each with its year in brackets: an event with each, on its own year
    { rule: "agreement-zh-sister-city", text: "近年来，我省先后与日本岛根县（1982年）、美国纽约州（1984年）缔结友好省州关系。", quote: "岛根县（1982年）、美国纽约州（1984年）缔结友好省州关系", type: "sister-city", parties: ["岛根县"], date: "1982", alongside: ["纽约州（1984年）缔结友好省州关系"] },
    { rule: "agreement-zh-sister-city", text: "近年来，我省先后与日本岛根县（1982年）、美国纽约州（1984年）缔结友好省州关系。", quote: "纽约州（1984年）缔结友好省州关系", type: "sister-city", parties: ["纽约州"], date: "1984", alongside: ["岛根县（1982年）、美国纽约州（1984年）缔结友好省州关系"] },
    // the partners a figure counts, each named with its own year: ties of their own, not a tally
    { rule: "agreement-zh-agreement", text: "5月，济南市与里昂市签署《2025—2027年友好城市交流合作计划》，并与尼斯市签署旅游合作备忘录。", quote: "济南市与里昂市签署《2025—2027年友好城市交流合作计划》", type: "agreement", parties: ["济南市", "里昂"], date: "2024-05", alongside: ["济南市与里昂市签署《2025—2027年友好城市交流合作计划》，并与尼斯市签署旅游合作备忘录"] }, // a plan of sister cities' exchanges is a plan, the ties its subject
    { rule: "agreement-zh-sister-city", text: "其中，与1993年结好的首个国际友城韩国大邱市贸易额突破100亿元。", quote: "结好的首个国际友城韩国大邱", type: "sister-city", parties: ["大邱"], date: "1993" }, // the first sister city named after 结好的: its tie, dated (not a ranked pair, 结好的第一对)
    { rule: "agreement-zh-sister-city", text: "2024年，宁波市与韩国釜山市、日本大阪市和越南河内市3个城市缔结友好城市关系。", quote: "河内市3个城市缔结友好城市关系", type: "sister-city", parties: ["宁波市", "河内"], date: "2024", alongside: ["釜山市、日本大阪市和越南河内市3个城市缔结友好城市关系", "大阪市和越南河内市3个城市缔结友好城市关系"] }, // partners all named before their count: no tally, each a partner
    { rule: "agreement-zh-memorandum", text: "6月5日，宁波市与韩国釜山市、日本大阪市和越南河内市签署了友好交流备忘录。", quote: "宁波市与韩国釜山市、日本大阪市和越南河内市签署了友好交流备忘录", type: "memorandum", parties: ["宁波市", "釜山", "大阪", "河内"], date: "2024-06-05" }, // 和 closing the list 与 opened joins its last partner: no pairs (宁波与釜山, 大阪和河内); one document, its signatories listed
    { rule: "agreement-zh-agreement", text: "6月28日，温州市分别与意大利普拉托市、法国蒙彼利埃市和西班牙巴伦西亚市签署友好交流合作协议。", quote: "巴伦西亚市签署友好交流合作协议", type: "agreement", parties: ["温州市", "巴伦西亚市"], date: "2024-06-28", alongside: ["普拉托市、法国蒙彼利埃市和西班牙巴伦西亚市签署友好交流合作协议", "蒙彼利埃市和西班牙巴伦西亚市签署友好交流合作协议"] }, // 分别与 A、B和C: the subject with each, not a list of pairs
    { rule: "agreement-zh-sister-city", text: "南通市与美国新泽西州泽西市自2018年起互为友好城市。", quote: "南通市与美国新泽西州泽西市自2018年起互为友好城市", type: "sister-city", parties: ["南通市", "泽西市"], date: "2018" }, // 互为, "are each other's"; a country's name (泽西, Jersey) opening a city's after a state
    { rule: "agreement-zh-memorandum", text: "6月8日，哈尔滨市与俄罗斯波多利斯克市签署建立友好关系谅解备忘录。", quote: "哈尔滨市与俄罗斯波多利斯克市签署建立友好关系谅解备忘录", type: "memorandum", parties: ["哈尔滨市", "波多利斯克市"], date: "2024-06-08" }, // the friendly relations are the memorandum's subject; the memorandum is the event
    { rule: "agreement-zh-sister-city", text: "11月3日，浙江省代表团访问悉尼，与新南威尔士州政府共同庆祝两省州结好45周年。", quote: "两省州结好", type: "sister-city", parties: ["浙江省", "新南威尔士"], date: null }, // 两省州 stands for two provinces, not the city visited
    { rule: "agreement-zh-sister-city", text: "宁波市已与日本冈山市（1981.4）、美国匹兹堡市（1987.9）缔结友好城市关系。", quote: "冈山市（1981.4）、美国匹兹堡市（1987.9）缔结友好城市关系", type: "sister-city", parties: ["宁波市", "冈山"], date: "1981-04", alongside: ["匹兹堡市（1987.9）缔结友好城市关系"] }, // each partner's year and month in figures
    { rule: "agreement-zh-sister-city", text: "该市的友好城市包括日本长崎市（1982年）、美国檀香山市（1985年）。", quote: "友好城市包括日本长崎市（1982年）", type: "sister-city", parties: ["长崎"], date: "1982", alongside: ["友好城市包括日本长崎市（1982年）、美国檀香山市（1985年）"] }, // the ties a place holds, listed each with its year
    { rule: "agreement-zh-sister-city", text: "该市的友好城市包括日本长崎市（1982年）、美国檀香山市（1985年）。", quote: "友好城市包括日本长崎市（1982年）、美国檀香山市（1985年）", type: "sister-city", parties: ["檀香山"], date: "1985", alongside: ["友好城市包括日本长崎市（1982年）"] },
    { rule: "agreement-zh-sister-city", text: "厦门的友好城市包括英国加的夫市、美国巴尔的摩市和日本佐世保市。", quote: "友好城市包括英国加的夫市、美国巴尔的摩市", type: "sister-city", parties: ["厦门", "巴尔的摩市"], date: null, alongside: ["友好城市包括英国加的夫", "友好城市包括英国加的夫市、美国巴尔的摩市和日本佐世保市"] }, // the ties a place holds, listed without years: one each, undated
    { rule: "agreement-zh-sister-city", text: "昆明市已与全球20个城市建立友好城市关系，其中包括日本藤泽市（1981年）和美国丹佛市（1986年）。", quote: "建立友好城市关系，其中包括日本藤泽市（1981年）", type: "sister-city", parties: ["昆明市", "藤泽市"], date: "1981", alongside: ["建立友好城市关系，其中包括日本藤泽市（1981年）和美国丹佛市（1986年）"] }, // the partners a count covers, named after it with their years: a tie each
    { rule: "agreement-zh-sister-city", text: "昆明市已与全球20个城市建立友好城市关系，其中包括日本藤泽市和美国丹佛市。", quote: "建立友好城市关系，其中包括日本藤泽市和美国丹佛", type: "sister-city", parties: ["昆明市", "丹佛"], date: null, alongside: ["建立友好城市关系，其中包括日本藤泽市"] }, // and without years, as "with 20 cities, including A and B"
    { rule: "agreement-zh-sister-city", text: "2023年，全省新增友城5对，其中包括5月宁波市与匈牙利德布勒森市缔结友好城市关系、9月温州市与意大利普拉托市缔结友好城市关系。", quote: "宁波市与匈牙利德布勒森市缔结友好城市关系", type: "sister-city", parties: ["宁波市", "德布勒森"], alongside: ["温州市与意大利普拉托市缔结友好城市关系"] }, // an enumeration comma before a date opens the next item, with its own pair, verb and month
    { rule: "agreement-zh-sister-city", text: "2023年，全省新增友城5对，其中包括5月宁波市与匈牙利德布勒森市缔结友好城市关系、9月温州市与意大利普拉托市缔结友好城市关系。", quote: "温州市与意大利普拉托市缔结友好城市关系", type: "sister-city", parties: ["温州市", "普拉托市"], alongside: ["宁波市与匈牙利德布勒森市缔结友好城市关系"] },
    { rule: "agreement-zh-sister-city", text: "沈阳市与札幌市的友好城市关系始于1980年。", quote: "沈阳市与札幌市的友好城市关系", type: "sister-city", parties: ["沈阳市", "札幌"], date: "1980" }, // a tie the year it began dates
    { rule: "agreement-zh-sister-city", text: "佩奇市是我市的国际友好城市之一。", quote: "佩奇市是我市的国际友好城市", type: "sister-city", parties: ["佩奇市", "我市"], date: null }, // a place said to be another's sister city holds the tie
    { rule: "agreement-zh-sister-city", text: "该市的友好城市包括：韩国光州市（1996年）；德国弗赖堡市（2006年）。", quote: "友好城市包括：韩国光州市（1996年）；德国弗赖堡市（2006年）", type: "sister-city", parties: ["弗赖堡市"], date: "2006", alongside: ["友好城市包括：韩国光州市（1996年）"] }, // a semicolon between dated items goes on with the list
    { rule: "agreement-zh-sister-city", text: "该市的友好城市包括日本长崎市（1982年）、美国凤凰城（1985年）、法国图尔市（1988年）。", quote: "友好城市包括日本长崎市（1982年）、美国凤凰城（1985年）、法国图尔市（1988年）", type: "sister-city", parties: ["图尔市"], date: "1988", alongside: ["友好城市包括日本长崎市（1982年）"] }, // 美国 before a name no rule knows (凤凰城, also a common word, is not in the gazetteer) is no subject of the others
    { rule: "agreement-zh-sister-city", text: "目前，该市已与法国图尔市（1988年）、加拿大埃德蒙顿市（1995年）等9个城市结为友好城市。", quote: "图尔市（1988年）、加拿大埃德蒙顿市（1995年）等9个城市结为友好城市", type: "sister-city", parties: ["图尔市"], date: "1988", alongside: ["埃德蒙顿市（1995年）等9个城市结为友好城市"] },
    { rule: "agreement-zh-sister-city", text: "目前，该市已与法国图尔市（1988年）、加拿大埃德蒙顿市（1995年）等9个城市结为友好城市。", quote: "埃德蒙顿市（1995年）等9个城市结为友好城市", type: "sister-city", parties: ["埃德蒙顿"], date: "1995", alongside: ["图尔市（1988年）、加拿大埃德蒙顿市（1995年）等9个城市结为友好城市"] },
    { rule: "agreement-zh-sister-city", text: "1979年，高雄市与美国西雅图市正式缔结姊妹市。", quote: "高雄市与美国西雅图市正式缔结姊妹市", type: "sister-city", parties: ["高雄市", "西雅图"], date: "1979" }, // 姊妹市, the sister city of Taiwan's and Hong Kong's releases
    { rule: "agreement-zh-sister-city", text: "此前，青岛市已与加拿大卡尔加里市于2015年签订友好合作协议书，与美国明尼阿波利斯市结为姊妹城市。", quote: "青岛市已与加拿大卡尔加里市于2015年签订友好合作协议书，与美国明尼阿波利斯市结为姊妹城市", type: "sister-city", parties: ["青岛市", "明尼阿波利斯市"], date: null, alongside: ["青岛市已与加拿大卡尔加里市于2015年签订友好合作协议书"] }, // a later clause with its own partner is not dated by the clause before it
    { rule: "agreement-zh-sister-city", text: "近年来，甘肃省先后与白俄罗斯莫吉廖夫州、匈牙利佩斯州建立友好省州关系。", quote: "佩斯州建立友好省州关系", type: "sister-city", parties: ["甘肃省", "佩斯州"], alongside: ["莫吉廖夫州、匈牙利佩斯州建立友好省州关系"] }, // a tie is between two: an event with each partner listed
    { rule: "agreement-zh-memorandum", text: "其中，与日本静冈县、韩国忠清南道分别签署了友好交流备忘录。", quote: "忠清南道分别签署了友好交流备忘录", type: "memorandum", parties: ["忠清南道"], alongside: ["静冈县、韩国忠清南道分别签署了友好交流备忘录"] }, // 分别: an event with each partner, the subject the release's own place
    { rule: "agreement-zh-sister-city", text: "5月28日，安吉县与意大利翁布里亚大区佩鲁贾省托迪市友好城市签约仪式在安吉举行。", quote: "安吉县与意大利翁布里亚大区佩鲁贾省托迪市友好城市签约", type: "sister-city", parties: ["安吉县", "托迪市"], date: "2024-05-28" }, // the tie before its signing ceremony; the region and the province only locate the town
    { rule: "agreement-zh-sister-city", text: "2024年，该市新增国际友好城市2个：3月，与乌兹别克斯坦撒马尔罕市缔结友好城市关系；9月，与希腊奥林匹亚市签署友好城市协议书。", quote: "撒马尔罕市缔结友好城市关系", type: "sister-city", parties: ["撒马尔罕"], date: "2025-03", alongside: ["奥林匹亚市签署友好城市协议书"] }, // a clause that is a date alone (3月, not the sentence's 2024年) dates the partner's clause after it; the corpus resolves it alone, from its reference date
    { rule: "agreement-zh-sister-city", text: "10月21日，扬州市与日本岐阜市在岐阜签署协议，将两市友好交流关系升级为友好城市关系。", quote: "两市友好交流关系升级为友好城市关系", type: "sister-city", parties: ["扬州市", "岐阜市"], date: "2024-10-21" }, // 升级为 makes the tie; the bare 协议 signed for it is the same event
    { rule: "agreement-zh-sister-city", text: "5月15日，温州市与意大利托斯卡纳大区普拉托市在普拉托举行结好二十周年纪念活动。", quote: "温州市与意大利托斯卡纳大区普拉托市在普拉托举行结好", type: "sister-city", parties: ["温州市", "普拉托市"] }, // a known region and its word (托斯卡纳|大区) before the city only locate it
    { rule: "agreement-zh-sister-city", text: "1984年，江西省与日本冈山县缔结友好省县关系。", quote: "江西省与日本冈山县缔结友好省县关系", type: "sister-city", parties: ["江西省", "冈山"], date: "1984" }, // a Japanese prefecture is a 县: 友好省县
    { rule: "agreement-zh-sister-city", text: "双方自1998年建立友好省区关系以来，合作不断深化。", quote: "双方自1998年建立友好省区关系", type: "sister-city", parties: ["双方"], date: "1998" }, // a province and a region: 友好省区
    { rule: "agreement-zh-friendly-cooperation", text: "两省于2016年建立友好关系。", quote: "两省于2016年建立友好关系", type: "friendly-cooperation", parties: ["两省"], date: "2016" }, // "friendly relations" established between two divisions
    { rule: "agreement-zh-memorandum", text: "天津市代表团在意大利伦巴第大区首府米兰与科莫市签署友好交流备忘录。", quote: "天津市代表团在意大利伦巴第大区首府米兰与科莫市签署友好交流备忘录", type: "memorandum", parties: ["天津市", "科莫市"] }, // the venue's capital is the venue too
    { rule: "agreement-zh-agreement", text: "1月9日，江南大学与德国巴伐利亚州慕尼黑工业大学签署合作协议。", quote: "江南大学与德国巴伐利亚州慕尼黑工业大学签署合作协议", type: "agreement", parties: ["江南大学", "慕尼黑工业大学"], date: "2025-01-09" }, // a country and a state before the body's own place say whose it is
    { rule: "agreement-zh-agreement", text: "昆明市与曼德勒市在中国—南亚博览会期间签署经贸合作协议。", quote: "昆明市与曼德勒市在中国—南亚博览会期间签署经贸合作协议", type: "agreement", parties: ["昆明市", "曼德勒"] }, // a region joined by a dash names the expo
    { rule: "agreement-zh-sister-city", text: "2024年，南昌市与法国南特市结好第26年。", quote: "南昌市与法国南特市结好", type: "sister-city", parties: ["南昌市", "南特市"], date: null }, // the 26th year of the tie: the year is not its signing's
    { rule: "agreement-zh-sister-city", text: "4月22日，双方回顾了两市结好12年来在文化领域取得的成果。", quote: "双方回顾了两市结好", type: "sister-city", parties: ["双方"], date: null }, // the years since the tie (12年来), as 周年: the day is the review's, not the signing's
    { rule: "agreement-zh-sister-city", text: "自2015年结为友好城市以来，成都市与珀斯市交往密切。", quote: "结为友好城市以来，成都市与珀斯", type: "sister-city", parties: ["成都市", "珀斯"], date: "2015" },
    { rule: "agreement-zh-sister-city", text: "近年来，我省今年3月与斐济苏瓦市签署省级友城协议。", quote: "我省今年3月与斐济苏瓦市签署省级友城协议", type: "sister-city", parties: ["我省", "苏瓦"], level: "provincial" },
    { rule: "agreement-zh-sister-city", text: "他希望两市以缔结友好城市关系30周年为契机，深化旅游合作。", quote: "两市以缔结友好城市关系", type: "sister-city", parties: ["两市"], status: "signed", date: null }, // a hope about the anniversary: the tie holds, no tie is planned
    { rule: "agreement-zh-sister-city", text: "宁波市将于明年与荷兰鹿特丹市缔结友好城市关系。", quote: "宁波市将于明年与荷兰鹿特丹市缔结友好城市关系", type: "sister-city", parties: ["宁波市", "鹿特丹"], status: "planned" }, // 将 far from the trigger
    { rule: "agreement-zh-sister-city", text: "宁波市已于2019年与将乐县缔结友好城市关系。", quote: "宁波市已于2019年与将乐县缔结友好城市关系", type: "sister-city", parties: ["宁波市", "将乐县"], date: "2019" }, // 将 inside a name is no "will"
    { rule: "agreement-zh-sister-city", text: "访问期间，两市计划于2026年上半年正式缔结友好城市关系。", quote: "两市计划于2026年上半年正式缔结友好城市关系", type: "sister-city", parties: ["两市"], status: "planned" },
    { rule: "agreement-zh-sister-city", text: "会谈中，昆明市与老挝万象市同意尽快缔结友好城市关系。", quote: "昆明市与老挝万象市同意尽快缔结友好城市关系", type: "sister-city", parties: ["昆明市", "万象"], status: "planned" }, // 同意: agreed to, not yet entered
    { rule: "agreement-zh-sister-city", text: "昆明市将与老挝万象市缔结友好城市关系。", quote: "昆明市将与老挝万象市缔结友好城市关系", type: "sister-city", parties: ["昆明市", "万象"], status: "planned" },
    // the clause has no subject: the sentence opens with it
    { rule: "agreement-zh-sister-city", text: "鹿特丹市位于荷兰西部，2009年与宁波市缔结友好城市关系。", quote: "鹿特丹市位于荷兰西部，2009年与宁波市缔结友好城市关系", type: "sister-city", parties: ["鹿特丹", "宁波市"], date: "2009" },
    // a renewal is a signing, dated by the renewal
    { rule: "agreement-zh-sister-city", text: "2025年9月，宁波市与鹿特丹市续签友好城市协议。", quote: "宁波市与鹿特丹市续签友好城市协议", type: "sister-city", parties: ["宁波市", "鹿特丹"], date: "2025-09" },
    { rule: "agreement-zh-sister-city", text: "广州与福冈市和洛杉矶市分别于1979年和1981年结为友好城市。", quote: "洛杉矶市分别于1979年和1981年结为友好城市", type: "sister-city", parties: ["广州", "洛杉矶"], date: "1981", alongside: ["福冈市和洛杉矶市分别于1979年和1981年结为友好城市"] }, // 分别 with as many dates as partners: each partner its own, in order
    { rule: "agreement-zh-friendly-cooperation", text: "3月8日，桂林市与日本熊本市在熊本续签了友好交流协议（2025—2029年）。", quote: "桂林市与日本熊本市在熊本续签了友好交流协议", type: "friendly-cooperation", parties: ["桂林市", "熊本"], date: "2025-03-08" }, // the years in brackets after the document are its term, not the day it was renewed
    { rule: "agreement-zh-sister-city", text: "1998年，嘉兴市与意大利共和国普拉托市缔结友好城市关系。", quote: "嘉兴市与意大利共和国普拉托市缔结友好城市关系", type: "sister-city", parties: ["嘉兴市", "普拉托市"], date: "1998" }, // a country's formal name (意大利共和国) still only says where the city is
    { rule: "agreement-zh-sister-city", text: "双方将深化旅游和经贸交流，并计划于2026年正式缔结友好城市关系。", quote: "双方将深化旅游和经贸交流，并计划于2026年正式缔结友好城市关系", type: "sister-city", parties: ["双方"], status: "planned", date: "2026" }, // 双方将…，并计划…: the pair goes on into the planned clause
    { rule: "agreement-zh-memorandum", text: "5月中旬，福建省代表团访问澳大利亚塔斯马尼亚州首府霍巴特，双方签署友好省州关系续约备忘录。", quote: "双方签署友好省州关系续约备忘录", type: "memorandum", parties: ["福建省", "塔斯马尼亚"], date: "2024-05" }, // a memorandum renewing a tie of provinces: the state is the other side, not its capital visited
    { rule: "agreement-zh-agreement", text: "6月3日，西北大学与哈萨克斯坦阿里-法拉比哈萨克国立大学签署校际合作协议。", quote: "西北大学与哈萨克斯坦阿里-法拉比哈萨克国立大学签署校际合作协议", type: "agreement", parties: ["西北大学", "哈萨克斯坦阿里-法拉比哈萨克国立大学"], date: "2024-06-03" }, // a transliterated name with a hyphen: one body
    { rule: "agreement-zh-sister-city", text: "论坛期间，6对城市签署友好城市协议，其中包括温州市与匈牙利佩奇市。", quote: "签署友好城市协议，其中包括温州市与匈牙利佩奇市", type: "sister-city", parties: ["温州市", "佩奇市"], date: null }, // a tally's cities, then the pair it includes
    { rule: "agreement-zh-sister-city", text: "今年以来，全省新增国际友城6对，其中包括西安市与乌兹别克斯坦塔什干市、宝鸡市与哈萨克斯坦科斯塔奈市。", quote: "新增国际友城6对，其中包括西安市与乌兹别克斯坦塔什干", type: "sister-city", parties: ["西安市", "塔什干"], alongside: ["新增国际友城6对，其中包括西安市与乌兹别克斯坦塔什干市、宝鸡市与哈萨克斯坦科斯塔奈市"] }, // ties added, then the pairs they include: a tie each
    { rule: "agreement-zh-sister-city", text: "今年，全省新增国际友城6对，分别为西安市与乌兹别克斯坦塔什干市、宝鸡市与哈萨克斯坦科斯塔奈市等。", quote: "新增国际友城6对，分别为西安市与乌兹别克斯坦塔什干", type: "sister-city", parties: ["西安市", "塔什干"], alongside: ["新增国际友城6对，分别为西安市与乌兹别克斯坦塔什干市、宝鸡市与哈萨克斯坦科斯塔奈市"] }, // a list of pairs closed by 等 still ends its sentence
    { rule: "agreement-zh-sister-city", text: "全省新增国际友城15对，其中包括3月南京市与尼日利亚拉各斯市缔结友好城市关系、11月苏州市与西班牙巴伦西亚市缔结友好城市关系。", quote: "南京市与尼日利亚拉各斯市缔结友好城市关系", type: "sister-city", parties: ["南京市", "拉各斯"], alongside: ["苏州市与西班牙巴伦西亚市缔结友好城市关系"] }, // included items with a verb of their own: each verb reads its item, not the list
    { rule: "agreement-zh-sister-city", text: "两市于1990年结为友好城市，是该自治区最早建立的国际友好城市。", quote: "两市于1990年结为友好城市", type: "sister-city", parties: ["两市"], date: "1990" }, // the second clause ranks the tie (最早建立的): no second event
    // partners each led by its own year and 与: an event with each, on its year
    { rule: "agreement-zh-sister-city", text: "其中，2016年与西班牙塞维利亚市、2020年与葡萄牙波尔图市建立友好城市关系。", quote: "塞维利亚市、2020年与葡萄牙波尔图市建立友好城市关系", type: "sister-city", parties: ["塞维利亚"], date: "2016", alongside: ["波尔图市建立友好城市关系"] },
    { rule: "agreement-zh-sister-city", text: "其中，2016年与西班牙塞维利亚市、2020年与葡萄牙波尔图市建立友好城市关系。", quote: "波尔图市建立友好城市关系", type: "sister-city", parties: ["波尔图"], date: "2020", alongside: ["塞维利亚市、2020年与葡萄牙波尔图市建立友好城市关系"] },
    { rule: "agreement-zh-sister-city", text: "其中包括2018年与苏州结好的威尼斯。", quote: "苏州结好的威尼斯", type: "sister-city", parties: ["苏州", "威尼斯"], date: "2018" }, // one tie: the city after 与 is its subject, not a second partner led by the year
    { rule: "agreement-zh-memorandum", text: "敦煌市与雅典市续签文化交流备忘录。", quote: "敦煌市与雅典市续签文化交流备忘录", type: "memorandum", parties: ["敦煌市", "雅典"] },
    // two bodies joined before the trigger sign, whether or not a place opens their names
    { rule: "agreement-zh-agreement", text: "访问期间，兰州大学与莫纳什大学签署了学生交换协议。", quote: "兰州大学与莫纳什大学签署了学生交换协议", type: "agreement", parties: ["兰州大学", "莫纳什大学"] },
    { rule: "agreement-zh-sister-city", text: "安吉县与意大利翁布里亚大区斯佩洛镇缔结友好城镇关系。", quote: "安吉县与意大利翁布里亚大区斯佩洛镇缔结友好城镇关系", type: "sister-city", parties: ["安吉县", "斯佩洛镇"] }, // towns twin as cities do
    // an enumeration of pairs: one event a pair
    { rule: "agreement-zh-sister-city", text: "此后，宁波市与荷兰鹿特丹市、成都市与澳大利亚珀斯市等相继结好。", quote: "成都市与澳大利亚珀斯市等相继结好", type: "sister-city", parties: ["成都市", "珀斯"], alongside: ["宁波市与荷兰鹿特丹市、成都市与澳大利亚珀斯市等相继结好"] },
    { rule: "agreement-zh-friendly-cooperation", text: "青岛市与大邱市建立友好合作关系。", quote: "青岛市与大邱市建立友好合作关系", type: "friendly-cooperation", parties: ["青岛市", "大邱"] },
    { rule: "agreement-zh-memorandum", text: "敦煌市与雅典市签署文化交流备忘录。", quote: "敦煌市与雅典市签署文化交流备忘录", type: "memorandum", parties: ["敦煌市", "雅典"] },
    { rule: "agreement-zh-memorandum", text: "5月6日至8日，成都市代表团访问澳大利亚珀斯市。两市于2015年4月结为友好城市。访问期间，双方签署了教育合作备忘录。", quote: "双方签署了教育合作备忘录", type: "memorandum", parties: ["成都市", "珀斯"], date: "2025-05-06", alongside: ["两市于2015年4月结为友好城市"] }, // the visit's first day, from the sentence that named the pair, not the tie's year after it
    { rule: "agreement-zh-memorandum", text: "3月5日，波兰奥尔什丁市市长率团访问成都。访问期间，两市签署了经贸合作备忘录。", quote: "两市签署了经贸合作备忘录", type: "memorandum", parties: ["奥尔什丁市", "成都"], date: "2025-03-05" },
    // the pair named in an earlier paragraph: settled at fusion as the release's own place and its partner
    { rule: "agreement-zh-memorandum", text: "访问期间，双方签署了青少年交流备忘录。", quote: "双方签署了青少年交流备忘录", type: "memorandum", parties: ["双方"] },
    { rule: "agreement-zh-memorandum", text: "7月5日，韩国全罗南道知事率团访问烟台。双方签署了友好交流备忘录。", quote: "双方签署了友好交流备忘录", type: "memorandum", parties: ["全罗南道", "烟台"], date: "2024-07-05" },
    // where it was signed is no party; a place that opens an organisation's name gives the organisation
    { rule: "agreement-zh-memorandum", text: "青岛市与大邱市在北京签署经贸合作备忘录。", quote: "青岛市与大邱市在北京签署经贸合作备忘录", type: "memorandum", parties: ["青岛市", "大邱"] },
    { rule: "agreement-zh-agreement", text: "湖北工业大学与法国里昂大学签署了合作协议。", quote: "湖北工业大学与法国里昂大学签署了合作协议", type: "agreement", parties: ["湖北工业大学", "里昂大学"] },
    { rule: "agreement-zh-memorandum", text: "青岛西海岸新区管委会与马来西亚槟城发展局在青岛签署合作备忘录。", quote: "青岛西海岸新区管委会与马来西亚槟城发展局在青岛签署合作备忘录", type: "memorandum", parties: ["青岛西海岸新区管委会", "槟城发展局"] }, // an authority signs as a body, not its country
    { rule: "agreement-zh-sister-city", text: "2012年，上海与鹿特丹港所在的荷兰南荷兰省建立友好省州关系。", quote: "上海与鹿特丹港所在的荷兰南荷兰省建立友好省州关系", type: "sister-city", parties: ["上海", "南荷兰省"], date: "2012" }, // the place a clause says the partner holds is no party
    { rule: "agreement-zh-memorandum", text: "6月3日，大连市商务局与日本北九州市产业经济厅在北九州签署《经贸合作谅解备忘录》。", quote: "大连市商务局与日本北九州市产业经济厅在北九州签署《经贸合作谅解备忘录》", type: "memorandum", parties: ["大连市商务局", "北九州市产业经济厅"], date: "2024-06-03" }, // an agency (厅) signs as a body, as a bureau does
    { rule: "agreement-zh-memorandum", text: "9月5日，杭州市教育局与日本岐阜市教育委员会签署青少年交流合作备忘录。", quote: "杭州市教育局与日本岐阜市教育委员会签署青少年交流合作备忘录", type: "memorandum", parties: ["杭州市教育局", "岐阜市教育委员会"], date: "2024-09-05" }, // a board of education signs as a body, as a bureau does
    { rule: "agreement-zh-memorandum", text: "厦门漳州港务集团与安特卫普港务局签署合作备忘录。", quote: "厦门漳州港务集团与安特卫普港务局签署合作备忘录", type: "memorandum", parties: ["厦门漳州港务集团", "安特卫普港务局"] }, // a body named from two places is one body; a port authority signs as a body
    { rule: "agreement-zh-letter-of-intent", text: "6月，烟台市先后与日本宇部市、韩国群山市签署友好交流意向书。", quote: "宇部市、韩国群山市签署友好交流意向书", type: "letter-of-intent", parties: ["烟台市", "宇部市"], date: "2024-06", alongside: ["群山市签署友好交流意向书"] }, // 先后: one document with each partner
    { rule: "agreement-zh-sister-city", text: "会谈中，德阳市与卡利市就建立友好城市关系达成共识。", quote: "德阳市与卡利市就建立友好城市关系", type: "sister-city", parties: ["德阳市", "卡利市"], status: "planned" }, // 就: the tie is what they agreed on, not yet made
    { rule: "agreement-zh-sister-city", text: "两市早在1990年就建立了友好城市关系。", quote: "两市早在1990年就建立了友好城市关系", type: "sister-city", parties: ["两市"], date: "1990" }, // 就 as "already": made
    { rule: "agreement-zh-sister-city", text: "2022年，全省新建国际友好城市2对，分别为：洛阳市与法国图尔市、开封市与日本户田市。", quote: "新建国际友好城市2对，分别为：洛阳市与法国图尔市", type: "sister-city", parties: ["洛阳市", "图尔市"], date: "2022", alongside: ["新建国际友好城市2对，分别为：洛阳市与法国图尔市、开封市与日本户田市"] }, // 新建, "newly made", as 新增
    { rule: "agreement-zh-sister-city", text: "2023年，嘉兴市新增国际友好城市2个，分别为法国图尔市和日本大垣市。", quote: "新增国际友好城市2个，分别为法国图尔市", type: "sister-city", parties: ["嘉兴市", "图尔市"], date: "2023", alongside: ["新增国际友好城市2个，分别为法国图尔市和日本大垣市"] }, // ties a year added, named one by one
    { rule: "agreement-zh-friendly-cooperation", text: "2023年，嘉兴市新增友好交流城市2个，分别是德国魏玛市和波兰波兹南市。", quote: "新增友好交流城市2个，分别是德国魏玛市", type: "friendly-cooperation", parties: ["嘉兴市", "魏玛市"], date: "2023", alongside: ["新增友好交流城市2个，分别是德国魏玛市和波兰波兹南市"] },
    { rule: "agreement-zh-agreement", text: "烟台二中与釜山第一中学签署交流协议。", quote: "烟台二中与釜山第一中学签署交流协议", type: "agreement", parties: ["烟台二中", "釜山第一中学"] }, // a numbered school (二中) signs as a body, not its city
    { rule: "agreement-zh-memorandum", text: "福州市与马来西亚马六甲市5日在2024年福州国际投资洽谈会期间签署谅解备忘录。", quote: "福州市与马来西亚马六甲市5日在2024年福州国际投资洽谈会期间签署谅解备忘录", type: "memorandum", parties: ["福州市", "马六甲市"], date: "2025-03-05" }, // the year and the place opening a fair's name name the fair, not the day or a party
    { rule: "agreement-zh-agreement", text: "南京经济技术开发区管委会与德国某某集团签署战略合作协议。", quote: "南京经济技术开发区管委会与德国某某集团签署战略合作协议", type: "agreement", parties: ["南京经济技术开发区管委会", "德国某某集团"] }, // a zone's committee signs as a body
    { rule: "agreement-zh-memorandum", text: "合肥市与维也纳市签署《深化友好合作关系备忘录》。", quote: "合肥市与维也纳市签署《深化友好合作关系备忘录》", type: "memorandum", parties: ["合肥市", "维也纳"] }, // the tie exists: the memorandum deepens it
    { rule: "agreement-zh-memorandum", text: "兰州市与撒马尔罕市签署了深化友好城市合作备忘录。", quote: "兰州市与撒马尔罕市签署了深化友好城市合作备忘录", type: "memorandum", parties: ["兰州市", "撒马尔罕"] }, // deepens a sister-city tie
    { rule: "agreement-zh-friendly-cooperation", text: "潍坊市与德国汉诺威市签署建立友好交流城市关系协议书。", quote: "潍坊市与德国汉诺威市签署建立友好交流城市关系", type: "friendly-cooperation", parties: ["潍坊市", "汉诺威市"] }, // a friendly exchange city: a tie below a sister city
    { rule: "agreement-zh-friendly-cooperation", text: "潍坊市与汉诺威市签署友好交流城市协议。", quote: "潍坊市与汉诺威市签署友好交流城市协议", type: "friendly-cooperation", parties: ["潍坊市", "汉诺威市"] },
    { rule: "agreement-zh-memorandum", text: "兰州市与法国图卢兹市签署友好城市交流合作备忘录。", quote: "兰州市与法国图卢兹市签署友好城市交流合作备忘录", type: "memorandum", parties: ["兰州市", "图卢兹"] }, // the tie is the memorandum's subject
    { rule: "agreement-zh-letter-of-intent", text: "访问期间，代表团与德国黑森州签署了5份合作文件，与匈牙利佩斯州签署了建立友好省州关系意向书。", quote: "佩斯州签署了建立友好省州关系意向书", type: "letter-of-intent", parties: ["佩斯州"] }, // the first clause's partner is no subject of the second
    { rule: "agreement-zh-sister-city", text: "芜湖市与日本大阪府高槻市在芜湖举行纪念两市缔结友好城市30周年交流会。", quote: "芜湖市与日本大阪府高槻市在芜湖举行纪念两市缔结友好城市", type: "sister-city", parties: ["芜湖市", "高槻市"] }, // the prefecture locates its city
    { rule: "agreement-zh-memorandum", text: "新华社哈尔滨3月12日电 黑龙江省与俄罗斯阿穆尔州签署经贸合作备忘录。", quote: "黑龙江省与俄罗斯阿穆尔州签署经贸合作备忘录", type: "memorandum", parties: ["黑龙江省", "阿穆尔州"], date: null }, // the wire's filing date dates no event
    { rule: "agreement-zh-memorandum", text: "广西，2026年10月15日——南宁市与泰国孔敬府签署友好交流合作备忘录。", quote: "南宁市与泰国孔敬府签署友好交流合作备忘录", type: "memorandum", parties: ["南宁市", "孔敬府"], date: null }, // a dateline with a comma and a dash: its place is no party, its date no event's
    { rule: "agreement-zh-friendly-cooperation", text: "2022年，合肥市与越南岘港市签署友好合作协议。", quote: "合肥市与越南岘港市签署友好合作协议", type: "friendly-cooperation", parties: ["合肥市", "岘港"], date: "2022" }, // an agreement on friendly cooperation, as "friendly cooperation agreement" is
    { rule: "agreement-zh-memorandum", text: "访问期间，双方签署了《大连市与仁川广域市关于深化港口物流合作的备忘录》。", quote: "签署了《大连市与仁川广域市关于深化港口物流合作的备忘录》", type: "memorandum", parties: ["大连市", "仁川"] }, // a long title in 《》
    { rule: "agreement-zh-agreement", text: "3月5日，温州市与意大利普拉托市经贸合作协议签字仪式在温州举行。", quote: "温州市与意大利普拉托市经贸合作协议签字仪式", type: "agreement", parties: ["温州市", "普拉托市"], date: "2025-03-05" }, // the document named before its signing ceremony
    { rule: "agreement-zh-agreement", text: "江苏省与荷兰北布拉班特省签署了《友好合作备忘录》和《农业合作协议》。", quote: "江苏省与荷兰北布拉班特省签署了《友好合作备忘录》和《农业合作协议》", type: "agreement", parties: ["江苏省", "北布拉班特省"], alongside: ["江苏省与荷兰北布拉班特省签署了《友好合作备忘录》"] }, // the second of two titled documents, its verb the first's
    { rule: "agreement-zh-letter-of-intent", text: "5月8日，泉州市与西班牙瓦伦西亚市签署《泉州市与瓦伦西亚市关于建立友好城市关系的意向书》。", quote: "泉州市与西班牙瓦伦西亚市签署《泉州市与瓦伦西亚市关于建立友好城市关系的意向书》", type: "letter-of-intent", parties: ["泉州市", "瓦伦西亚"], date: "2025-05-08" }, // a letter of intent on making a tie: the tie is its subject, still to be made
    { rule: "agreement-zh-memorandum", text: "扬州市与匈牙利佩奇市签署建立友好合作关系备忘录。", quote: "扬州市与匈牙利佩奇市签署建立友好合作关系备忘录", type: "memorandum", parties: ["扬州市", "佩奇市"] },
    { rule: "agreement-zh-sister-city", text: "南通市与法国图尔市签署经贸合作协议。两市将力争于明年正式缔结友好城市关系。", quote: "两市将力争于明年正式缔结友好城市关系", type: "sister-city", parties: ["南通市", "图尔市"], status: "planned", date: "2026", alongside: ["南通市与法国图尔市签署经贸合作协议"] }, // 力争: what the pair strives for is to come
    { rule: "agreement-zh-memorandum", text: "会上，嘉兴市海宁市与德国黑森州签署经贸合作备忘录。", quote: "海宁市与德国黑森州签署经贸合作备忘录", type: "memorandum", parties: ["海宁市", "黑森"] }, // a city right before another city holds it
    { rule: "agreement-zh-sister-city", text: "陕西省友城工作始于1974年，当年西安市与日本奈良市缔结友好城市关系，这是新中国成立后中日之间较早缔结的友好城市之一。", quote: "西安市与日本奈良市缔结友好城市关系", type: "sister-city", parties: ["西安市", "奈良"], date: "1974" }, // "one of the earliest": the tie described as one of a kind is no second event
    { rule: "agreement-zh-sister-city", text: "2023年，江西新增友城3对：南昌市与德国伍珀塔尔市、九江市与日本大分市、赣州市与泰国罗勇府分别缔结友好城市关系。", quote: "九江市与日本大分市、赣州市与泰国罗勇府分别缔结友好城市关系", type: "sister-city", parties: ["九江市", "大分市"], date: "2023", alongside: ["南昌市与德国伍珀塔尔市、九江市与日本大分市、赣州市与泰国罗勇府分别缔结友好城市关系", "赣州市与泰国罗勇府分别缔结友好城市关系"] }, // a list of pairs a colon opens: the place that sums it up before the colon is in none of them
    { rule: "agreement-zh-sister-city", text: "会上，我市与哈萨克斯坦奇姆肯特市正式签约，缔结为友好城市。", quote: "我市与哈萨克斯坦奇姆肯特市正式签约，缔结为友好城市", type: "sister-city", parties: ["我市", "奇姆肯特市"], date: null }, // a clause that opens with its verb goes on with the signing clause's subject
    { rule: "agreement-zh-memorandum", text: "3月12日，日本静冈县代表团访问我市，并与我市签署了《关于加强经贸合作的谅解备忘录》。", quote: "静冈县代表团访问我市，并与我市签署了《关于加强经贸合作的谅解备忘录》", type: "memorandum", parties: ["静冈", "我市"], date: "2025-03-12" }, // a clause signing with the release's own place goes on with the clause before's subject
    { rule: "agreement-zh-sister-city", text: "双方一致同意将两市关系提升为友好城市关系。", quote: "双方一致同意将两市关系提升为友好城市关系", type: "sister-city", parties: ["双方"], status: "planned", date: null }, // 提升为, as 升级为: agreed to, so planned
    { rule: "agreement-zh-sister-city", text: "我区与日本东京都新宿区缔结友好区关系已有25年。", quote: "我区与日本东京都新宿区缔结友好区关系", type: "sister-city", parties: ["我区", "新宿区"], date: null }, // 友好区: districts' tie of the kind
    { rule: "agreement-zh-sister-city", text: "截至2023年底，我市已与世界上8个城市建立友好城市关系：\n1. 日本冈山市（1985年）\n2. 韩国大邱广域市（1993年）", quote: "建立友好城市关系：\n1. 日本冈山市（1985年）", type: "sister-city", parties: ["冈山"], date: "1985", alongside: ["建立友好城市关系：\n1. 日本冈山市（1985年）\n2. 韩国大邱广域市（1993年）"] }, // partners counted, then listed after the colon, each with its year: a tie each, not a tally
    { rule: "agreement-zh-sister-city", text: "2023年，我市新缔结友好城市2个，即法国普瓦捷市和意大利帕多瓦市。", quote: "新缔结友好城市2个，即法国普瓦捷市", type: "sister-city", parties: ["普瓦捷市"], date: "2023", alongside: ["新缔结友好城市2个，即法国普瓦捷市和意大利帕多瓦市"] }, // 即 names the ties a tally made, one by one
    { rule: "agreement-zh-sister-city", text: "2024年，我省新增国际友好城市1对（与法国普瓦捷市）。", quote: "我省新增国际友好城市1对（与法国普瓦捷市", type: "sister-city", parties: ["我省", "普瓦捷市"], date: "2024" }, // the partner in brackets after the tie a year added
    { rule: "agreement-zh-sister-city", text: "2022年，河南省新增友城2对：洛阳市与法国图尔市、开封市与日本户田市。", quote: "新增友城2对：洛阳市与法国图尔市", type: "sister-city", parties: ["洛阳市", "图尔市"], date: "2022", alongside: ["新增友城2对：洛阳市与法国图尔市、开封市与日本户田市"] }, // pairs a colon lists after the trigger, each its own tie
    { rule: "agreement-zh-sister-city", text: "两对友城关系分别为：我省绍兴市与捷克布尔诺市，以及我省湖州市与意大利帕多瓦市。", quote: "两对友城关系分别为：我省绍兴市与捷克布尔诺", type: "sister-city", parties: ["绍兴市", "布尔诺"], date: null, alongside: ["两对友城关系分别为：我省绍兴市与捷克布尔诺市，以及我省湖州市与意大利帕多瓦市"] }, // the pairs' count opens the sentence; "，以及" parts the pairs
    { rule: "agreement-zh-letter-of-intent", text: "西安市与罗马市签署合作意向书。", quote: "西安市与罗马市签署合作意向书", type: "letter-of-intent", parties: ["西安市", "罗马"] },
    { rule: "agreement-zh-friendly-cooperation", text: "福州市与蒙巴萨郡签署友好交流协议。", quote: "福州市与蒙巴萨郡签署友好交流协议", type: "friendly-cooperation", parties: ["福州市", "蒙巴萨"] },
    { rule: "agreement-zh-membership", text: "温州是加入世界城市和地方政府组织的第9个中国城市。", quote: "温州是加入世界城市和地方政府组织", type: "membership", parties: ["温州", "世界城市和地方政府组织"] }, // the country after an ordinal is the kind ranked, not a party
    { rule: "agreement-zh-membership", text: "2019年，武汉市加入亚太城市旅游振兴机构。", quote: "武汉市加入亚太城市旅游振兴机构", type: "membership", parties: ["武汉市", "亚太城市旅游振兴机构"], date: "2019" }, // 机构 names a body; 亚太 inside it is no party
    { rule: "agreement-zh-membership", text: "3月5日，武汉市正式成为世界城市和地方政府组织（UCLG）会员。", quote: "武汉市正式成为世界城市和地方政府组织", type: "membership", parties: ["武汉市", "世界城市和地方政府组织"], date: "2025-03-05" }, // 成为…会员, as 加入
    { rule: "agreement-zh-membership", text: "10月9日，经世界城市和地方政府组织执行局审议通过，我市正式成为该组织会员城市。", quote: "世界城市和地方政府组织执行局审议通过，我市正式成为该组织", type: "membership", parties: ["世界城市和地方政府组织", "我市"], date: "2024-10-09" }, // the preposition before the body's name (经) is not the name's
    { rule: "agreement-zh-membership", text: "10月9日，在杭州召开的世界文化遗产城市联盟理事会上，我市正式成为该组织会员城市。", quote: "世界文化遗产城市联盟理事会上，我市正式成为该组织", type: "membership", parties: ["世界文化遗产城市联盟", "我市"], date: "2024-10-09" }, // 该组织 for a body whose own word is another (联盟), not its council (理事会)
    { rule: "agreement-zh-membership", text: "3月3日，在北京举行的世界旅游城市联合会理事会上，青岛市被正式批准为该联合会会员城市。", quote: "世界旅游城市联合会理事会上，青岛市被正式批准为该联合会", type: "membership", parties: ["世界旅游城市联合会", "青岛市"], date: "2025-03-03" }, // admitted by the body (被批准为…会员), as 成为…会员
    { rule: "agreement-zh-membership", text: "3月3日，在北京举行的世界旅游城市联合会理事会上，泉州市获批成为联合会会员城市。", quote: "世界旅游城市联合会理事会上，泉州市获批成为联合会", type: "membership", parties: ["世界旅游城市联合会", "泉州市"], date: "2025-03-03" }, // the body's kind alone before 会员 stands for the body named before, as 该联合会 does
    { rule: "agreement-zh-membership", text: "2017年10月31日，联合国教科文组织宣布，景德镇市正式加入创意城市网络。", quote: "景德镇市正式加入创意城市网络", type: "membership", parties: ["景德镇市", "创意城市网络"], status: "announced", date: "2017-10-31" }, // what a body announced, after a comma, as "announced that … had joined"
    { rule: "agreement-zh-membership", text: "此前，洛阳市已加入世界历史都市联盟等5个国际组织。", quote: "洛阳市已加入世界历史都市联盟", type: "membership", parties: ["洛阳市", "世界历史都市联盟"] }, // 等 ends the name: the bodies it tallies are no part of it
    { rule: "agreement-zh-membership", text: "2017年，景德镇市加入联合国教科文组织创意城市网络，被授予“手工艺与民间艺术之都”称号。", quote: "景德镇市加入联合国教科文组织创意城市网络", type: "membership", parties: ["景德镇市", "联合国教科文组织创意城市网络"], date: "2017" }, // a network of a body: the network was joined
    { rule: "agreement-zh-membership", text: "2018年，扬州市加入世界旅游城市联合会并当选为理事会成员。", quote: "扬州市加入世界旅游城市联合会", type: "membership", parties: ["扬州市", "世界旅游城市联合会"], date: "2018" }, // the clause after 并 names no more of the body
    { rule: "agreement-zh-membership", text: "2019年5月8日，洛阳市正式加入世界历史都市联盟（LHC），成为该联盟第80个会员城市。", quote: "洛阳市正式加入世界历史都市联盟", type: "membership", parties: ["洛阳市", "世界历史都市联盟"], date: "2019-05-08" }, // 该联盟 names the body joined; the name starts after 加入
    { rule: "agreement-zh-membership", text: "此外，浙江省还加入了世界大都市协会。", quote: "浙江省还加入了世界大都市协会", type: "membership", parties: ["浙江省", "世界大都市协会"] }, // 还加入了 opens no body's name after the province
    { rule: "agreement-zh-membership", text: "3月3日，在首尔举行的亚洲城市发展联盟年会上，昆明市正式成为该联盟成员城市。", quote: "亚洲城市发展联盟年会上，昆明市正式成为该联盟", type: "membership", parties: ["亚洲城市发展联盟", "昆明市"], date: "2025-03-03" }, // 该联盟: the body the sentence named before
    { rule: "agreement-zh-membership", text: "2023年，成功推动贵州加入世界城市和地方政府联合组织。", quote: "贵州加入世界城市和地方政府联合组织", type: "membership", parties: ["贵州", "世界城市和地方政府联合组织"], date: "2023" },
    { rule: "agreement-zh-cooperation", text: "浙江广播电视集团与肯尼亚国家电视台合作成立中文频道。", quote: "浙江广播电视集团与肯尼亚国家电视台合作成立", type: "cooperation", parties: ["浙江广播电视集团", "肯尼亚国家电视台"] },
    { rule: "agreement-zh-sister-city", text: "4月8日，福建省著名侨乡城市泉州市与希腊纳夫普利翁市签署缔结友好城市关系协议。", quote: "泉州市与希腊纳夫普利翁市签署缔结友好城市关系", type: "sister-city", parties: ["泉州市", "纳夫普利翁市"] }, // the province before a description of its city locates it
    { rule: "agreement-zh-memorandum", text: "3月5日，市长会见了法国图尔市市长一行。会见后，芜湖市与图尔市签署了友好交流合作备忘录。", quote: "芜湖市与图尔市签署了友好交流合作备忘录", type: "memorandum", parties: ["芜湖市", "图尔市"], date: "2025-03-05" }, // 会见后: the signing goes on from the meeting, on its day
    { rule: "agreement-zh-memorandum", text: "6月12日，韩国代表团访问芜湖。芜湖市与韩国群山市签署了港口合作备忘录。", quote: "芜湖市与韩国群山市签署了港口合作备忘录", type: "memorandum", parties: ["芜湖市", "群山市"], date: "2024-06-12" }, // the sentence after the lead: on the lead's day
    { rule: "agreement-zh-memorandum", text: "6月12日，韩国代表团访问芜湖。芜湖市与韩国群山市此前已签署港口合作备忘录。", quote: "芜湖市与韩国群山市此前已签署港口合作备忘录", type: "memorandum", parties: ["芜湖市", "群山市"], date: null }, // 此前: before the lead's day
    // two documents with two partners, the subject named once: two events
    { rule: "agreement-zh-memorandum", text: "绍兴市与法国图尔市签署友好交流合作备忘录，与意大利帕多瓦市签署合作协议。", quote: "绍兴市与法国图尔市签署友好交流合作备忘录", type: "memorandum", parties: ["绍兴市", "图尔市"], alongside: ["绍兴市与法国图尔市签署友好交流合作备忘录，与意大利帕多瓦市签署合作协议"] },
    // 两省州, "the province and the state"; the years in the title of the document signed before are no date of this one
    { rule: "agreement-zh-agreement", text: "访问期间，山东省与巴伐利亚州签署了《2026—2028年合作行动计划》，两省州还签订了文化交流协议。", quote: "两省州还签订了文化交流协议", type: "agreement", parties: ["山东省", "巴伐利亚"], date: null, alongside: ["山东省与巴伐利亚州签署了《2026—2028年合作行动计划》"] },
    { rule: "agreement-zh-memorandum", text: "5月8日，常州市代表团访问德国埃森市。访问期间，两城签署了文化交流备忘录。", quote: "两城签署了文化交流备忘录", type: "memorandum", parties: ["常州市", "埃森市"], date: "2025-05-08" }, // 两城, "the two cities"
    { rule: "agreement-zh-memorandum", text: "6月3日，法国里昂市代表团访问宁波。宁波市副市长会见代表团，双方签署了文化交流备忘录。", quote: "双方签署了文化交流备忘录", type: "memorandum", parties: ["里昂", "宁波市"], date: "2024-06-03" }, // 宁波 and 宁波市 are one place named twice, so the pair is the two cities
    { rule: "agreement-zh-sister-city", text: "冈山市位于冈山县，1981年成为洛阳市首个国际友好城市。", quote: "冈山市位于冈山县，1981年成为洛阳市首个国际友好城市", type: "sister-city", parties: ["冈山", "洛阳市"], date: "1981" }, // became the city's first sister city: the sentence's subject and the city it names
    { rule: "agreement-zh-friendly-cooperation", text: "2005年，镇江与鲁昂市结为友好合作城市。", quote: "镇江与鲁昂市结为友好合作城市", type: "friendly-cooperation", parties: ["镇江", "鲁昂市"], date: "2005" }, // 友好合作城市 with no 关系 after it
    { rule: "agreement-zh-friendly-cooperation", text: "该市的友好交流城市包括奥地利格拉茨市（2009年）、芬兰坦佩雷市（2012年）。", quote: "友好交流城市包括奥地利格拉茨市（2009年）", type: "friendly-cooperation", parties: ["格拉茨"], date: "2009", alongside: ["友好交流城市包括奥地利格拉茨市（2009年）、芬兰坦佩雷市（2012年）"] }, // friendly exchange cities listed each with its year, as sister cities are
    { rule: "agreement-zh-friendly-cooperation", text: "两市将建立友好交流城市关系。", quote: "两市将建立友好交流城市关系", type: "friendly-cooperation", parties: ["两市"], status: "planned" }, // 将 right before the verb
    // as many subjects as partners, 分别: each its own partner, in order
    { rule: "agreement-zh-letter-of-intent", text: "2024年，南宁市、北海市分别与泰国孔敬府、越南海防市签署友好城市意向书。", quote: "海防市签署友好城市意向书", type: "letter-of-intent", parties: ["北海市", "海防"], date: "2024", alongside: ["孔敬府、越南海防市签署友好城市意向书"] },
    // ports sign as bodies, as universities do (not 连云港, a city whose name ends in 港)
    { rule: "agreement-zh-agreement", text: "青岛港与汉堡港签署友好港协议。", quote: "青岛港与汉堡港签署友好港协议", type: "agreement", parties: ["青岛港", "汉堡港"] },
    { rule: "agreement-zh-agreement", text: "连云港与汉堡港签署友好港协议。", quote: "连云港与汉堡港签署友好港协议", type: "agreement", parties: ["连云港", "汉堡港"] },
    { rule: "agreement-zh-agreement", text: "其中，与里昂市的协议于4月在里昂签署。", quote: "里昂市的协议", type: "agreement", parties: ["里昂"], date: "2024-04" }, // the document told with its partner, signed in the passive after it
    // 双方 named by a sentence that recalls the tie's year: the signing is the lead's, on the day the paragraph opens with
    { rule: "agreement-zh-agreement", text: "2025年3月6日，南宁市市长会见了泰国孔敬府代表团。南宁与孔敬于2005年结为友好城市。双方签署了教育合作协议。", quote: "双方签署了教育合作协议", type: "agreement", parties: ["孔敬府", "南宁"], date: "2025-03-06", alongside: ["南宁与孔敬于2005年结为友好城市"] },
    // 该市, 该大区: the foreign place of that kind the paragraph named before
    { rule: "agreement-zh-sister-city", text: "里昂是法国第三大城市。广州与该市于1988年结为友好城市。", quote: "广州与该市于1988年结为友好城市", type: "sister-city", parties: ["里昂", "广州"], date: "1988" },
    { rule: "agreement-zh-memorandum", text: "代表团还访问了赫尔辛基大学，并与该校签署了合作备忘录。", quote: "签署了合作备忘录", type: "memorandum", parties: ["赫尔辛基大学"] }, // 该校, the body of that kind named before
    { rule: "agreement-zh-letter-of-intent", text: "访问期间，代表团还参观了位于无锡的远景科技集团，并与该公司签署了合作意向书。", quote: "签署了合作意向书", type: "letter-of-intent", parties: ["远景科技集团"] }, // 该公司: a firm named before, no place opening its name
  ],
  negatives: [
    "推介会上，6家宁波企业与日本企业签署合作协议。", // firms of two places sign, unnamed: the places only say whose firms they are
    "双方表示，将以此次结好为契机，在文化旅游等领域开展交流合作。", // the tie just told, named again as an occasion
    "代表团参观了赫尔辛基银行，并与该校签署了合作协议。", // 该校 stands for a school only, and none is named before it
    "昆明市已与全球20个城市建立友好城市关系，其中包括欧洲城市10个。", // the count's part in a region, no partner named
    "我市的友好城市有很多共同点和合作基础。", // 有 after the tie's kind, but no place listed after it
    "其中与南亚东南亚国家建立友好关系的有63对。", // the ties counted after 的有: a tally, no event
    "两市将继续保持友好城市关系。", // 保持 with no year it is held since tells no tie made
    "两市友好城市关系的建立和发展离不开各界的支持。", // the tie's making as a topic, joined to its growth, is no event told
    "截至目前，江西省已与韩国建立了6对友好省市关系。", // ties counted right after the verb: a tally, no event
    "这是杭州市的友好城市交流活动，由日本岐阜市主办。", // 是…的友好城市 describing another noun (交流活动) says no place is a sister city
    "代表团参观了武汉市的港口，并与该市签署合作协议。", // 该市 stands for a Chinese city only: no foreign partner named before it
    "2023年，嘉兴市新增国际友好城市2个。", // ties added and counted, none named: a count, not events
    "两市成为友好城市合作的典范。", // a model of the ties' work, not a tie made
    "绍兴是浙江省与法国结好最早的城市之一。", // a tie ranked describes a city; it reports no event
    "该市是全省与日本缔结友好城市关系最早的城市。", // the same, with the tie's full name
    "该市与亚琛是安徽省与德国城市结好的第一对友城。", // the first pair: ranked too
    "访问期间，双方6所高校签订了合作协议。", // universities of the two sides sign, not the sides themselves
    "截至目前，全省已与东南亚国家建立友好省市35对。", // ties of provinces and cities counted: a tally
    "自2014年以来，中国与东盟国家已缔结友好城市关系超过260对。", // ties counted after the trigger, with a bound before the figure: a tally, no event
    "双方将在一年内互派代表团，推动正式缔结友好城市关系。", // the pair that opens the sentence agrees to nothing: its later clause names no party
    "双方表示要进一步增进两国人民之间的友好关系。", // friendly relations deepened, not established
    "截至目前，全省已与28个国家的45个地方政府建立了友好城市关系。", // partners counted, not named
    "这是甲省与美国城市缔结的第一对友好城市。", // a tie ranked (the first pair), described, not reported
    "这是两省缔结的��对友好省州。", // the same, its ordinal lost to damage
    "他在大学期间成为学生会成员。", // 成为…成员 with no organisation named: no membership
    "对接会上，成都市与智利圣地亚哥市企业现场签订合作协议7项。", // documents counted: a tally, as "signed 7 agreements" is
    "中国国际友好城市大会上三对城市签署结好协议", // a headline: the country that opens a conference's name is no party, and the pairs are counted, not named
    "博览会期间，广西与越南、老挝等国签署了9份经贸合作协议。", // the documents counted before their name, a tally too
    "截至目前，山西省已与美国、日本等32个国家的67个地方政府建立友好关系。", // countries named as examples of where the partners are: a tally, no event
    "全省共有国际友城88对。", // a count
    "据介绍，云南省已与东盟国家建立友好城市关系42对。", // ties counted after the trigger
    "双方同意加入讨论。", // 加入 without an organisation
    "该市去年成为该协会会员。", // 该协会 with no body named before it
    "友好城市工作是民间外交的重要组成部分。", // no event
    "双方表示，与里昂市的合作协议将于年内签署。", // the document told with its partner is still to be signed: no event (not one signed)
  ],
};
