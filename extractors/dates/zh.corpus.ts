/**
 * Examples for the Chinese date rules (zh.ts): rule, exact quote, value as resolved against the
 * reference date looking back (as documents do), relation and range end; negatives must give no date.
 */
import type { DateCorpus } from "../types";

export const ZH_DATE_CORPUS: DateCorpus = {
  reference: "2025-03-15",
  examples: [
    { rule: "date-zh-year", text: "2024年全市共举办论坛12场。", quote: "2024年", value: "2024" }, // a year before a clause with its verb dates it, though an event's word follows
    { rule: "date-zh-year-month-day", text: "2023年9月6日，代表团抵达。", quote: "2023年9月6日", value: "2023-09-06" },
    { rule: "date-zh-bracketed-day", text: "台南市长今（12）日与日本姬路市长签署协定。", quote: "今（12）日", value: "2025-03-12" }, // today, the 12th, as Taiwan's releases write it
    { rule: "date-zh-years-ago-today", text: "二十年前的今天，两市签署友好城市协议。", quote: "二十年前的今天", value: "2005-03-15" }, // the release's own day, twenty years back
    { rule: "date-zh-span-after", text: "三年前，两市签署了教育合作备忘录。", quote: "三年前", value: "2022" }, // the point that far back, not the three years since
    { rule: "date-zh-year", text: "两市自2012年开始交往，互访频繁。", quote: "2012年", value: "2012", relation: "on" }, // 开始 before its verb: the exchanges began then
    { rule: "date-zh-year", text: "从2016年开始，两市每年互派留学生。", quote: "2016年开始", value: "2016", relation: "since" }, // 开始 closing the clause: from then on
    { rule: "date-zh-year-month-day", text: "二〇二二年十月八日签约。", quote: "二〇二二年十月八日", value: "2022-10-08" },
    { rule: "date-zh-year-month-day", text: "２０２１年５月１２日发布", quote: "２０２１年５月１２日", value: "2021-05-12" },
    { rule: "date-zh-iso", text: "发布时间：2024-12-03 10:20", quote: "2024-12-03", value: "2024-12-03" },
    { rule: "date-zh-year-month", text: "2019年7月，双方互访。", quote: "2019年7月", value: "2019-07" },
    { rule: "date-zh-chained-year", text: "双方签署意向书，次年两市结为友好城市。", quote: "次年", value: "2026" }, // the year after the one named before it; with none, after the reference's
    { rule: "date-zh-bracket-year-month", text: "已与日本冈山市（1981.4）、美国匹兹堡市（1987.9）结好。", quote: "1981.4", value: "1981-04" }, // a year and month in figures, in brackets after the partner
    { rule: "date-zh-year", text: "2016年，两市结为友城。", quote: "2016年", value: "2016" },
    { rule: "date-zh-month-day", text: "会议于11月20日闭幕。", quote: "11月20日", value: "2024-11-20" },
    { rule: "date-zh-month-day", text: "3月2日，市长会见来宾。", quote: "3月2日", value: "2025-03-02" },
    { rule: "date-zh-month-day", text: "请于4月30日前报送名单。", quote: "4月30日前", value: "2025-04-30", relation: "until" }, // less than two months ahead: a date the release announces, in its own year
    { rule: "date-zh-month", text: "10月中旬，长沙市将派团赴光州参加亚洲文化论坛。", quote: "10月中旬", value: "2025-10" }, // a date that opens a clause announcing what will happen (将 after the subject) lies ahead
    { rule: "date-zh-month-day", text: "文物展于11月13日开幕并将持续三个月。", quote: "11月13日", value: "2024-11-13" }, // 将 after a date within its clause announces nothing of the date
    { rule: "date-zh-year", text: "双向贸易额从2015年的1.2亿美元增长到2024年的5.6亿美元。", quote: "2024年", value: "2024", relation: "on" }, // 到 of a change: the year of the figure it reached, not a time up to it
    { rule: "date-zh-month-day", text: "九月十日举行开幕式。", quote: "九月十日", value: "--09-10", resolved: false },
    { rule: "date-zh-day-of-month", text: "甘肃省与某国某州12日签署备忘录。", quote: "12日", value: "2025-03-12" }, // a day of the reference's month
    { rule: "date-zh-day-of-month", text: "记者二十日从市外办获悉。", quote: "二十日", value: "2025-02-20" }, // after the reference's day: the month before
    // the year is the one stated before it in the paragraph (lent in pipeline/extract.ts): alone, it has none
    { rule: "date-zh-same-year-month", text: "2019年3月签署协议；同年6月，双方互访。", quote: "同年6月", value: "--06", resolved: false },
    { rule: "date-zh-same-year-month", text: "两市签署意向书；次年5月，两市正式缔结友好城市关系。", quote: "次年5月", value: "--05", resolved: false }, // the year after the one before it (test/context-year.test.ts lends it)
    { rule: "date-zh-same-year-month", text: "2019年3月签署协议，当年10月15日正式结好。", quote: "当年10月15日", value: "--10-15", resolved: false },
    { rule: "date-zh-month", text: "9月下旬至10月上旬，两市互派代表团。", quote: "9月下旬至10月上旬", value: "2024-09", until: "2024-10", relation: "between" },
    { rule: "date-zh-month", text: "12月初步确定方案。", quote: "12月", value: "2024-12" }, // 初步 ("initially") is no part of the month
    { rule: "date-zh-month", text: "4月，两市缔结友好城市关系。", quote: "4月", value: "2024-04" }, // a month alone ahead of the reference is last year's, however close
    { rule: "date-zh-month", text: "双方同意于10月中旬举办第三届经贸论坛。", quote: "10月中旬", value: "2025-10" }, // what the clause announces lies ahead
    { rule: "date-zh-year-month", text: "2024年10月中下旬，代表团访问了日本。", quote: "2024年10月中下旬", value: "2024-10" }, // two thirds of a month
    { rule: "date-zh-month", text: "招待会上，对方市长邀请代表团于11月出席农业博览会。", quote: "11月", value: "2025-11" }, // what one is invited to do lies ahead
    { rule: "date-zh-month", text: "应对方市长邀请，代表团于11月出席农业博览会。", quote: "11月", value: "2024-11" }, // an invitation one came at (its comma) tells of a visit made
    { rule: "date-zh-month", text: "代表团应邀于11月出席农业博览会。", quote: "11月", value: "2024-11" }, // 应邀: came at an invitation
    { rule: "date-zh-month-day", text: "第三届论坛将于1月20日在昆明举行。", quote: "1月20日", value: "2026-01-20" },
    { rule: "date-zh-month", text: "将近10月底，两市签署协议。", quote: "10月底", value: "2024-10" }, // 将近, "nearly", announces nothing
    { rule: "date-zh-five-year-plan", text: "“十四五”期间，全省新增国际友好城市21对。", quote: "“十四五”", value: "2021", until: "2025", relation: "between" }, // a five-year plan's period is its five years
    { rule: "date-zh-five-year-plan", text: "十三五时期，两市贸易额翻了一番。", quote: "十三五", value: "2016", until: "2020", relation: "between" },
    { rule: "date-zh-five-year-plan", text: "“十三五”以来，全市新增友好城市9对。", quote: "“十三五”以来", value: "2016", relation: "since" }, // since the plan's first year
    { rule: "date-zh-year-range", text: "双方签署了《友好城市合作备忘录（2026-2028）》。", quote: "2026-2028", value: "2026", until: "2028", relation: "between" }, // in brackets without 年, as a document's title dates its term
    { rule: "date-zh-year-range", text: "“十四五”时期（2021—2025年），两地合作成效显著。", quote: "2021—2025年", value: "2021", until: "2025", relation: "between" },
    { rule: "date-zh-year", text: "自1985年建交以来，两国关系稳步发展。", quote: "1985年", value: "1985" }, // the event's date (建交 in 1985), on
    { rule: "date-zh-relative-month", text: "项目争取本月底前完成签约。", quote: "本月底前", value: "2025-03", relation: "until" },
    { rule: "date-zh-relative-year", text: "去年6月，双方签署协议。", quote: "去年6月", value: "2024-06" },
    { rule: "date-zh-relative-year", text: "今年将举办论坛。", quote: "今年", value: "2025" },
    { rule: "date-zh-relative-year", text: "明年三月启动项目。", quote: "明年三月", value: "2026-03" },
    { rule: "date-zh-part-of-year", text: "上半年，外贸增长明显。", quote: "上半年", value: "2025-01", until: "2025-06" },
    { rule: "date-zh-part-of-year", text: "项目将于年底完工。", quote: "年底", value: "2025-12" },
    { rule: "date-zh-part-of-year", text: "2023年下半年，两地交流频繁。", quote: "2023年下半年", value: "2023-07", until: "2023-12" },
    { rule: "date-zh-part-of-year", text: "截至年底，全市友好城市总数达到68个。", quote: "截至年底", value: "2024-12", relation: "until" }, // as of a year's end the release looks back on: ten months ahead of March is last year's
    { rule: "date-zh-part-of-year", text: "截至2023年底，全市共有友城28对。", quote: "截至2023年底", value: "2023-12", relation: "until" },
    { rule: "date-zh-part-of-year", text: "去年底，项目竣工。", quote: "去年底", value: "2024-12" },
    { rule: "date-zh-part-of-year", text: "2022年年初，双方恢复互访。", quote: "2022年年初", value: "2022-01" },
    { rule: "date-zh-part-of-year", text: "报告说明年底前完成验收。", quote: "年底前", value: "2025-12", relation: "until" },
    { rule: "date-zh-part-of-year", text: "双方计划于2027年底前互设代表处。", quote: "2027年底前", value: "2027-12", relation: "until" },
    { rule: "date-zh-first-months", text: "今年前8个月，全市接待游客560万人次。", quote: "今年前8个月", value: "2025-01", until: "2025-08" },
    { rule: "date-zh-first-months", text: "2024年前三季度，进出口总额增长12%。", quote: "2024年前三季度", value: "2024-01", until: "2024-09" },
    { rule: "date-zh-first-months", text: "前三季度我市外贸增长12%", quote: "前三季度", value: "2025-01", until: "2025-09" }, // no year: the release's, not the third quarter
    { rule: "date-zh-first-months", text: "1-10月，全省新增外资企业300家。", quote: "1-10月", value: "2025-01", until: "2025-10" },
    { rule: "date-zh-day-range", text: "2024年9月3日至6日，代表团访问里昂。", quote: "2024年9月3日至6日", value: "2024-09-03", relation: "between", until: "2024-09-06" },
    { rule: "date-zh-day-range", text: "展会于10月30日至11月2日举行。", quote: "10月30日至11月2日", value: "2024-10-30", relation: "between", until: "2024-11-02" },
    { rule: "date-zh-quarter", text: "一季度进出口总额增长。", quote: "一季度", value: "2025-01", until: "2025-03" },
    { rule: "date-zh-year", text: "2015年以来，双方合作不断深化。", quote: "2015年以来", value: "2015", relation: "since" },
    { rule: "date-zh-year", text: "截至2026年，计划建成十个园区。", quote: "截至2026年", value: "2026", relation: "until" },
    { rule: "date-zh-year", text: "2018年至2020年期间，交流频繁。", quote: "2018年至2020年", value: "2018", relation: "between", until: "2020" },
    { rule: "date-zh-same-day", text: "3月9日，代表团抵达维也纳。同日，双方签署了合作备忘录。", quote: "同日", value: "2025-03-09" }, // the day told before it
    { rule: "date-zh-next-day", text: "3月31日，代表团抵达维也纳。次日，双方签署了合作备忘录。", quote: "次日", value: "2025-04-01" }, // the day after the one told before it, counted on over the month's end
    { rule: "date-zh-next-day", text: "2024年12月31日，代表团抵达里斯本，翌日出席了新年招待会。", quote: "翌日", value: "2025-01-01" },
    { rule: "date-zh-relative-day", text: "昨天，市长会见了代表团。", quote: "昨天", value: "2025-03-14" },
    { rule: "date-zh-relative-day", text: "今晨，代表团抵达武汉。", quote: "今晨", value: "2025-03-15" }, // a part of the day, as "this morning"
    { rule: "date-zh-relative-day", text: "代表团昨晚抵达武汉。", quote: "昨晚", value: "2025-03-14" },
    { rule: "date-zh-weekday-then-date", text: "周五，三月七日，论坛开幕。", quote: "周五，三月七日", value: "2025-03-07" },
    { rule: "date-zh-date-then-weekday", text: "3月5日（星期三）下午，市长会见了代表团。", quote: "3月5日（星期三）", value: "2025-03-05" },
    { rule: "date-zh-date-then-weekday", text: "发布时间：2024年10月9日 星期三", quote: "2024年10月9日 星期三", value: "2024-10-09" },
    { rule: "date-zh-date-then-weekday", text: "2月28日(周五)，双方举行视频会议。", quote: "2月28日(周五)", value: "2025-02-28" },
    { rule: "date-zh-year", text: "两市友好交往可追溯到1997年。", quote: "1997年", value: "1997" }, // what dates back to a year began in it: no "until"
    { rule: "date-zh-year-month", text: "自2016年9月两市签署友好交流意向书以来，交流日益密切。", quote: "2016年9月", value: "2016-09" }, // 两 after 月 with no 日 is the pair (两市), not a day
  ],
  negatives: [
    "《今晚报》报道了两市的合作。", // a newspaper's name, 今晚报
    "游客可当天往返两地。", // 当天往返, a day trip, dates nothing
    "该镇是2022年北京冬奥会的雪上项目赛区之一。", // a year naming the Games, not a date
    "该村是2010年温哥华冬奥会越野滑雪比赛举办地。", // whatever follows the Games' name
    "全年实现产值2023.5亿元。", // out of brackets, a decimal
    "为期5天的2025年大连国际友城青少年夏令营开营。", // a year opening an event's name is no date
    "“2025年宁波国际友城合作交流周”在宁波举行。", // nor when quotes close the name
    "全省编制了“十四五”规划。", // the plan's name alone names a document
    "共有1至10名代表参会。", // a range of people, not of months
    "韩国庆尚北道代表团到访。", // 国庆 inside 韩国庆尚北道
    "此前日本代表团曾来访，随后日本客人参观了工厂。", // 前日 and 后日 inside 此前日本, 随后日本
    "和歌山县知事岸本周平会见了代表团。", // 本周 inside a name (岸本周平)
    "展销会为期3日，连续5日开放。", // spans of days
    "双方商定，今后三年将在教育领域开展合作。", // the next three years, a stretch from now
    "第3日，代表团返回；门票价格为300日元。", // an order; yen
    "6?10日，两市签约。", // the month lost to damage: no day of some other month
    "进出口额比去年同期增长12%。", // the period a figure is compared with
    "全市外贸总额比上年增长3.5%。", // the year a figure is compared with
    "至今日本已有多个城市与我市结好。", // 今日 inside 至今日本
    "滋贺县知事三日月大造率团出席。", // a name holding 三日月: a day never stands before a month
    "撒马尔罕是丝绸之路上的古城，已有2750年历史。", // an age, as "a history of 2,750 years"
    "双方回顾了合作成果，并签署了《2025年合作计划》。", // a year opening a document's title names it
    "来源：昆明日报", // 明日 inside 昆明日报
    "此前天津市代表团曾来访。", // 前天 inside 此前天津
    "近年来，两市交流日益密切。", // too vague to be a date
    "双方合作已有十多年。", // a duration
    "全年接待游客3.2万人次。", // 全年 is not a date
    "共有12个月的项目周期。", // months as a duration
    "他在80年代来过这里。", // a decade word that is not a year
    "第三方机构参与评估。", // 第三方 is a third party
  ],
};
