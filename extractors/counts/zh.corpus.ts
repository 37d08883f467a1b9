/**
 * Examples for the Chinese count rules (zh.ts): each names the rule that must read it, the exact quote
 * it must cite, and the value, unit and qualifier. Negatives are texts that must give no count at all.
 * Invented sentences in the style of local-government releases; none is taken from the seeds.
 */
import type { CountCorpus } from "../types";

export const ZH_COUNT_CORPUS: CountCorpus = {
  examples: [
    { rule: "count-zh-numeral-classifier", text: "展览期间，共有2.3万余人次参观。", quote: "2.3万余人次", value: 23000, unit: "人次", qualifier: "more than" }, // 参观, which jieba may tag a noun, is the clause's verb
    { rule: "count-zh-noun-numeral", text: "全年新结好友好交流城市3个。", quote: "友好交流城市3个", value: 3, unit: "友好交流城市（个）" }, // jieba cuts 新结|好|友好: the 好 is the verb 结好's, not an adjective opening the noun
    { rule: "count-zh-numeral-classifier", text: "代表团还与在当地的20余家中资企业代表座谈。", quote: "20余家中资企业代表", value: 20, unit: "家中资企业代表", qualifier: "more than" }, // 座谈, which jieba tags a noun, closing the clause 与 opened, is its verb
    { rule: "count-zh-noun-numeral", text: "按国别分，日本15对，韩国12对，美国9对。", quote: "韩国12对", value: 12, unit: "韩国（对）" }, // items a comma joins, each a name and a figure, as repaired damage writes 、
    { rule: "count-zh-noun-numeral", text: "全市友好城市数量由2015年的12个增加到2024年的27个。", quote: "友好城市数量由2015年的12个", value: 12, unit: "友好城市数量（个）" }, // the figure a growth starts from, its year between
    { rule: "count-zh-noun-numeral", text: "全市友好城市数量由2015年的12个增加到2024年的27个。", quote: "27个", value: 27, unit: "友好城市数量（个）" }, // the figure it grows to counts what the first does
    { rule: "count-zh-noun-numeral", text: "今年以来，中欧班列开行860列。", quote: "中欧班列开行860列", value: 860, unit: "中欧班列（列）" }, // 开行 alone links the trains to their number
    { rule: "count-zh-noun-numeral", text: "十年来，学院累计开设汉语课程500余门。", quote: "汉语课程500余门", value: 500, unit: "汉语课程（门）", qualifier: "more than" }, // courses, counted in 门
    { rule: "count-zh-noun-numeral", text: "目前，全州共有对外开放口岸6个。", quote: "对外开放口岸6个", value: 6, unit: "对外开放口岸（个）" }, // 口岸, which jieba tags a word of place, is a noun
    { rule: "count-zh-noun-numeral", text: "按大洲分，亚洲28对、欧洲31对、非洲9对。", quote: "欧洲31对", value: 31, unit: "欧洲（对）" }, // an item of a tally's breakdown by place counts what the tally does, there
    { rule: "count-zh-noun-numeral", text: "全市已与18个国家的26个城市建立友好关系，其中东南亚地区9个。", quote: "东南亚地区9个", value: 9, unit: "东南亚地区（个）" }, // so does the one part 其中 opens, named by where it is
    { rule: "count-zh-noun-numeral", text: "全年举办国际性会议和赛事36\uFFFD,吸引境外嘉宾参会。", quote: "赛事36\uFFFD", value: 36, unit: "赛事" }, // a measure word lost to damage before an ASCII comma (U+FFFD) counts what the noun names all the same
    { rule: "count-zh-noun-numeral", text: "全市现有外资企业2.3万余\uFFFD,主要分布在开发区。", quote: "外资企业2.3万余\uFFFD", value: 23000, unit: "外资企业", qualifier: "more than" }, // so after 余, "more than"
    { rule: "count-zh-noun-numeral", text: "据统计，在该市投资的韩资企业超\uFFFD3600家。", quote: "韩资企业超\uFFFD3600家", value: 3600, unit: "韩资企业（家）", qualifier: "more than" }, // 超过 with its 过 lost: the link and the bound all the same
    { rule: "count-zh-noun-numeral", text: "全省国际友好省州总数达\uFFFD21\uFFFD,其中日本4对。", quote: "友好省州总数达\uFFFD21\uFFFD", value: 21, unit: "友好省州总数" }, // and a character lost between the link (达) and the figure
    { rule: "count-zh-numeral-classifier", text: "其中与南亚东南亚国家建立友好关系的有63对。", quote: "63对", value: 63, unit: "对" }, // the ties made, counted after 的有
    { rule: "count-zh-numeral-classifier", text: "新结友城中，与拉美国家结好5对。", quote: "5对", value: 5, unit: "对" }, // 结好, which jieba tags a foreign word, is the verb, not the noun counted
    { rule: "count-zh-noun-numeral", text: "目前，旅居海外的侨胞约4000万，分布在170多个国家。", quote: "侨胞约4000万", value: 40000000, unit: "侨胞", qualifier: "about" }, // people counted with no measure word, as 人口约230万
    { rule: "count-zh-noun-numeral", text: "全省华侨华人总数已超过1000万。", quote: "华侨华人总数已超过1000万", value: 10000000, unit: "华侨华人总数", qualifier: "more than" }, // their total, 总数, likewise
    { rule: "count-zh-noun-numeral", text: "中俄两国青少年200余人参加了夏令营。", quote: "青少年200余人", value: 200, unit: "青少年（人）", qualifier: "more than" }, // the pair of countries says whose, not what is counted
    { rule: "count-zh-noun-numeral", text: "目前，温州籍华侨华人近70万人。", quote: "华侨华人近70万人", value: 700000, unit: "华侨华人（人）", qualifier: "nearly" }, // 籍 "native of" after the place says whose
    { rule: "count-zh-noun-numeral", text: "全年共举办各类涉外活动150余场。", quote: "涉外活动150余场", value: 150, unit: "涉外活动（场）", qualifier: "more than" }, // a noun of events jieba tags a verb, and 余场 it joins into a noun, which names nothing counted
    { rule: "count-zh-noun-numeral", text: "全年共服务外资企业600余家。", quote: "外资企业600余家", value: 600, unit: "外资企业（家）", qualifier: "more than" }, // a verb tagged a verbal noun before its object is the clause's verb
    { rule: "count-zh-noun-numeral", text: "全年中欧班列累计开行1523列，同比增长8%。", quote: "中欧班列累计开行1523列", value: 1523, unit: "中欧班列（列）" }, // 累计 and the verb of the counted thing, with no word of quantity after them
    { rule: "count-zh-noun-numeral", text: "全年组织省领导出访11批次。", quote: "出访11批次", value: 11, unit: "出访（批次）" }, // the visits counted after the verb of visiting
    { rule: "count-zh-noun-numeral", text: "目前全市有德资企业近300家。", quote: "德资企业近300家", value: 300, unit: "德资企业（家）", qualifier: "nearly" }, // jieba joins 有 to a word it does not know (有德资): the verb of having is no part of the noun
    { rule: "count-zh-noun-numeral", text: "双方开展经贸、教育、卫生等领域合作项目40余个。", quote: "合作项目40余个", value: 40, unit: "合作项目（个）", qualifier: "more than" }, // the fields a list closes with 等 say in what, not what is counted
    // count-zh-respectively: figures after 分别, each the total of what the sentence counted before, in order
    { rule: "count-zh-respectively", text: "全市新增友好城市3对、友好交流城市5对，总数分别达到42对和67对。", quote: "42对", value: 42, unit: "友好城市（对）" },
    { rule: "count-zh-respectively", text: "全市新增友好城市3对、友好交流城市5对，总数分别达到42对和67对。", quote: "67对", value: 67, unit: "友好交流城市（对）" },
    // count-zh-numeral-classifier: numeral, measure word, noun
    { rule: "count-zh-numeral-classifier", text: "G20成员国中有5个国家派团参展。", quote: "5个国家", value: 5, unit: "个国家" }, // 派团, the verb after the counted, is no part of the unit
    { rule: "count-zh-numeral-classifier", text: "11月，省长率团访问东南亚三国。", quote: "三国", value: 3, unit: "国" }, // countries counted after their region: jieba tags 三国 a name (the Three Kingdoms)
    { rule: "count-zh-numeral-classifier", text: "本届论坛吸引了来自36个国家和地区的代表参会。", quote: "36个国家和地区", value: 36, unit: "个国家和地区" }, // the fixed pair counted together
    { rule: "count-zh-numeral-classifier", text: "来自海内外的500余名嘉宾出席会议。", quote: "500余名嘉宾", value: 500, unit: "名嘉宾", qualifier: "more than" }, // 出席会议, a set phrase of attending, is the verb
    { rule: "count-zh-numeral-classifier", text: "本届风筝会吸引了来自世界各地的72支代表队参赛。", quote: "72支代表队", value: 72, unit: "支代表队" }, // 参赛, a verb of taking part jieba tags a noun, closing the clause
    { rule: "count-zh-numeral-classifier", text: "本届博览会共有600名参会代表和150家参展企业。", quote: "600名参会代表", value: 600, unit: "名参会代表" }, // such a verb opening the phrase, a noun after it, says which of them
    { rule: "count-zh-numeral-classifier", text: "全市已与45个城市建立友好关系。", quote: "45个城市", value: 45, unit: "个城市" },
    { rule: "count-zh-numeral-classifier", text: "该省已与邻国的7个省建立友好关系。", quote: "7个省", value: 7, unit: "个省" }, // jieba fuses 个省; the verb after it (建立) is the clause's, not a word describing a noun
    { rule: "count-zh-numeral-classifier", text: "近五年来，来自友城的3000余人来陕留学。", quote: "3000余人", value: 3000, unit: "人", qualifier: "more than" }, // jieba fuses 余人来: the verb of coming after the measure opens the clause, the measure is what is counted
    { rule: "count-zh-numeral-classifier", text: "结好以来，两市开展了30余次互访。", quote: "30余次互访", value: 30, unit: "次互访", qualifier: "more than" }, // occurrences of what the verb after 次 names
    { rule: "count-zh-numeral-classifier", text: "艺术团在当地举办了12场演出。", quote: "12场演出", value: 12, unit: "场演出" },
    { rule: "count-zh-numeral-classifier", text: "来自泰国、马来西亚的游客分别为9.6万人次和5.4万人次。", quote: "9.6万人次", value: 96000, unit: "人次" }, // 和 and another figure close the first, as punctuation does
    { rule: "count-zh-numeral-classifier", text: "来自十二个国家的代表出席会议。", quote: "十二个国家", value: 12, unit: "个国家" },
    { rule: "count-zh-numeral-classifier", text: "文化周期间共举办15场文化活动。", quote: "15场文化活动", value: 15, unit: "场文化活动" }, // a verbal noun (活动) closing the clause is the noun counted, not a verb
    { rule: "count-zh-numeral-classifier", text: "本次活动吸引了近3000名游客。", quote: "近3000名游客", value: 3000, unit: "名游客", qualifier: "nearly" },
    { rule: "count-zh-numeral-classifier", text: "两市已连续举办9届经贸洽谈会。", quote: "9届经贸洽谈会", value: 9, unit: "届经贸洽谈会" }, // editions held, after a verb of holding (not 十四届人大, an ordinal without 第)
    { rule: "count-zh-numeral-classifier", text: "双方签署了19项合作协议。", quote: "19项合作协议", value: 19, unit: "项合作协议" },
    { rule: "count-zh-numeral-noun", text: "区长一行12人于7月24日至26日访问大连。", quote: "12人", value: 12, unit: "人" }, // the measure word that jieba fuses with the 于 after it
    { rule: "count-zh-numeral-classifier", text: "会上，两市企业签署4份投资合作协议，总额约2亿元。", quote: "4份投资合作协议", value: 4, unit: "份投资合作协议" }, // verbal nouns that say which kind of document
    { rule: "count-zh-numeral-classifier", text: "签约仪式后，双方企业签订了3项水产品贸易合同。", quote: "3项水产品贸易合同", value: 3, unit: "项水产品贸易合同" },
    { rule: "count-zh-numeral-classifier", text: "两地将联合推出5条文化旅游线路。", quote: "5条文化旅游线路", value: 5, unit: "条文化旅游线路" },
    { rule: "count-zh-numeral-classifier", text: "两市每年互派不少于8名青年赴对方交流。", quote: "不少于8名青年", value: 8, unit: "名青年", qualifier: "at least" }, // jieba tags 青年 a time word
    { rule: "count-zh-numeral-classifier", text: "我市与24个国家的41个城市结为友好城市，其中12个在欧洲。", quote: "12个", value: 12, unit: "个" }, // 其中: "12 of them", a part of the count before
    { rule: "count-zh-numeral-classifier", text: "目前全市共有国际友好城市21个，其中7个位于东盟国家。", quote: "7个", value: 7, unit: "个" }, // 位于 says where the part is, not what it is (had been 个位于东盟国家)
    { rule: "count-zh-numeral-classifier", text: "我市与24个国家的41个城市结为友好城市，其中12个位于欧洲，5个地处非洲。", quote: "5个", value: 5, unit: "个" }, // a later part of the 其中 list, told by where it is
    { rule: "count-zh-noun-numeral", text: "论坛期间，各方共签署友好交流城市协议7份。", quote: "友好交流城市协议7份", value: 7, unit: "友好交流城市协议（份）" }, // an adjective opens a noun of the most words still (had been 交流城市协议)
    { rule: "count-zh-noun-numeral", text: "全年共接待外国代表团38批，其中亚洲16批、欧洲12批。", quote: "欧洲12批", value: 12, unit: "欧洲（批）" }, // a breakdown by place in any tally's measure word, as 亚洲36对 is in pairs
    { rule: "count-zh-noun-numeral", text: "全区共有国际友城96对，其中自治区级17对。", quote: "自治区级17对", value: 17, unit: "自治区级（对）" }, // jieba cuts 自治区|级, 级 a measure word: the level is one noun, as 省级 is
    { rule: "count-zh-noun-numeral", text: "今年全省新增友好城市4对，总数达到81对。", quote: "总数达到81对", value: 81, unit: "友好城市（对）" }, // a bare total counts what the sentence counted before in the same measure
    { rule: "count-zh-noun-numeral", text: "我市国际友好城市总数达到19个，其中俄罗斯城市4个。", quote: "俄罗斯城市4个", value: 4, unit: "俄罗斯城市（个）" }, // 城市, which jieba tags as a place name, is what is counted
    { rule: "count-zh-noun-numeral", text: "在当地生活的侨胞约有8000人。", quote: "侨胞约有8000人", value: 8000, unit: "侨胞（人）", qualifier: "about" }, // 约有 links the noun to its figure
    { rule: "count-zh-numeral-classifier", text: "双方一致同意在以下三个方面深化合作。", quote: "三个方面", value: 3, unit: "个方面" }, // 深化, which jieba tags j, is the clause's verb
    { rule: "count-zh-numeral-classifier", text: "该市人口约33万，拥有5所公立大学。", quote: "5所公立大学", value: 5, unit: "所公立大学" }, // 公立, tagged a verb, describes the noun
    { rule: "count-zh-numeral-classifier", text: "全省共有40多个国际友城。", quote: "40多个国际友城", value: 40, unit: "个国际友城", qualifier: "more than" },
    { rule: "count-zh-numeral-classifier", text: "约有4800名居民住在“产能房”中。", quote: "约有4800名居民", value: 4800, unit: "名居民", qualifier: "about" }, // a word jieba does not know after the noun, a verb with its preposition (住在), is no part of it
    { rule: "count-zh-numeral-classifier", text: "园区引进１２家企业。", quote: "１２家企业", value: 12, unit: "家企业" },
    { rule: "count-zh-numeral-classifier", text: "约1,200名学生参加了交流活动。", quote: "约1,200名学生", value: 1200, unit: "名学生", qualifier: "about" },
    { rule: "count-zh-numeral-classifier", text: "至少两所大学将参与该项目。", quote: "至少两所大学", value: 2, unit: "所大学", qualifier: "at least" },
    { rule: "count-zh-noun-numeral", text: "每批学员不超过30名。", quote: "学员不超过30名", value: 30, unit: "学员（名）", qualifier: "at most" }, // the noun before a bound is what is counted, cited with the bound that read "at most"
    { rule: "count-zh-numeral-classifier", text: "该市已举办廿场推介会。", quote: "廿场推介会", value: 20, unit: "场推介会" },
    { rule: "count-zh-noun-numeral", text: "全年举办各类国际交流活动160多场。", quote: "国际交流活动160多场", value: 160, unit: "国际交流活动（场）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "该市每年接待游客120余万人次。", quote: "游客120余万人次", value: 1200000, unit: "游客（人次）", qualifier: "more than" }, // "more than" between the figure and its scale
    { rule: "count-zh-noun-numeral", text: "目前在该市投资的德国企业有46家。", quote: "德国企业有46家", value: 46, unit: "德国企业（家）" }, // 有 links the noun to its figure, as 达 does
    { rule: "count-zh-numeral-classifier", text: "两省之间有6个边境口岸。", quote: "6个边境口岸", value: 6, unit: "个边境口岸" }, // a word of place (口岸) ends the noun
    { rule: "count-zh-numeral-classifier", text: "双方将合作建设一个500公顷的农业示范园。", quote: "500公顷", value: 500, unit: "公顷" }, // a measure before 的: the size of what follows
    { rule: "count-zh-numeral-classifier", text: "去年约30家我省企业赴当地投资。", quote: "约30家我省企业", value: 30, unit: "家我省企业", qualifier: "about" }, // the release's own place says whose
    { rule: "count-zh-numeral-classifier", text: "目前，约80家来自巴伐利亚州的企业在该市投资。", quote: "约80家来自巴伐利亚州的企业", value: 80, unit: "家企业", qualifier: "about" }, // where they come from stands between the classifier and the noun
    { rule: "count-zh-noun-numeral", text: "全市共有外资企业1200余家，其中世界500强企业45家。", quote: "世界500强企业45家", value: 45, unit: "世界500强企业（家）" }, // a ranking's name opens the noun
    { rule: "count-zh-noun-numeral", text: "全县新增友好交流城市（地区）4对。", quote: "友好交流城市（地区）4对", value: 4, unit: "友好交流城市（对）" }, // a bracketed aside between the noun and its figure
    { rule: "count-zh-noun-numeral", text: "明年力争新增友好城市3对以上。", quote: "友好城市3对", value: 3, unit: "友好城市（对）", qualifier: "more than" }, // 以上 after the measure word is the qualifier; 力争 is no noun
    { rule: "count-zh-noun-numeral", text: "至此，柳州市国际友好城市增至12个。", quote: "国际友好城市增至12个", value: 12, unit: "国际友好城市（个）" }, // the total the noun has grown to; the city before it says whose
    { rule: "count-zh-noun-numeral", text: "全省国际友城总数增加到56对。", quote: "国际友城总数增加到56对", value: 56, unit: "国际友城总数（对）" },
    { rule: "count-zh-noun-numeral", text: "中欧班列（西安）已经累计开行超过2.5万列。", quote: "中欧班列（西安）已经累计开行超过2.5万列", value: 25000, unit: "中欧班列（列）", qualifier: "more than" }, // a verb of doing the counted thing between the noun and its figure
    { rule: "count-zh-noun-numeral", text: "今年以来，两地已开展线上交流活动4次。", quote: "线上交流活动4次", value: 4, unit: "线上交流活动（次）" },
    { rule: "count-zh-noun-numeral", text: "两市互派学生300余人次赴对方城市学习。", quote: "学生300余人次", value: 300, unit: "学生（人次）", qualifier: "more than" }, // a verb after the measure word closes the figure, its noun before it
    { rule: "count-zh-numeral-classifier", text: "五年来选派1200余人次出国培训。", quote: "1200余人次", value: 1200, unit: "人次", qualifier: "more than" }, // a verb of sending that jieba tags a noun (选派) is not what is counted
    { rule: "count-zh-numeral-classifier", text: "至此，新疆已与中亚五国建立友好城市关系20对。", quote: "五国", value: 5, unit: "国" }, // 国 names what it counts: the verb after it is the clause's, no part of the unit
    { rule: "count-zh-numeral-classifier", text: "2024年，陕西与中亚五国进出口总额达到218.7亿元。", quote: "五国", value: 5, unit: "国" }, // nor is the noun after it, which is the countries' (their trade), not what is counted
    { rule: "count-zh-numeral-classifier", text: "该活动共吸引3.5万人次参与。", quote: "3.5万人次", value: 35000, unit: "人次" }, // the verb after the measure word: what it names is counted
    { rule: "count-zh-noun-numeral", text: "区内登记的外资企业已超过6000家。", quote: "外资企业已超过6000家", value: 6000, unit: "外资企业（家）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "2024年，全市汽车产量达到168万辆。", quote: "汽车产量达到168万辆", value: 1680000, unit: "汽车产量（辆）" },
    { rule: "count-zh-noun-numeral", text: "全市现有国际航线15条。", quote: "国际航线15条", value: 15, unit: "国际航线（条）" }, // 现有, "now has", is no part of the noun
    { rule: "count-zh-noun-numeral", text: "目前有外国驻渝总领事馆13家。", quote: "总领事馆13家", value: 13, unit: "总领事馆（家）" }, // 驻渝, "in Chongqing", says where, as 在华 does
    { rule: "count-zh-noun-numeral", text: "去年来渝外国游客超过120万人次。", quote: "外国游客超过120万人次", value: 1200000, unit: "外国游客（人次）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "今年以来，共开行中欧班列860列。", quote: "中欧班列860列", value: 860, unit: "中欧班列（列）" }, // trains, counted by 列
    { rule: "count-zh-noun-numeral", text: "货运航线累计开通航班超过1万架次。", quote: "航班超过1万架次", value: 10000, unit: "航班（架次）", qualifier: "more than" }, // flights, counted by 架次
    { rule: "count-zh-noun-numeral", text: "大桥通车以来，累计通行货车超过10万辆次。", quote: "通行货车超过10万辆次", value: 100000, unit: "通行货车（辆次）", qualifier: "more than" }, // trips of vehicles, counted by 辆次
    { rule: "count-zh-noun-numeral", text: "力争到2027年友城总数突破130对。", quote: "友城总数突破130对", value: 130, unit: "友城总数（对）", qualifier: "more than" },
    { rule: "count-zh-numeral-classifier", text: "布列塔尼大区是山东省12个国外友好省州之一。", quote: "12个国外友好省州", value: 12, unit: "个国外友好省州", qualifier: null }, // 国外, a word of place to jieba, and 友好 both describe the noun
    { rule: "count-zh-numeral-classifier", text: "1200余名中外嘉宾出席活动。", quote: "1200余名中外嘉宾", value: 1200, unit: "名中外嘉宾", qualifier: "more than" }, // 中外, a direction word to jieba, says whose
    { rule: "count-zh-round-figure", text: "十年来，两省互派研修生逾千名。", quote: "研修生逾千名", value: 1000, unit: "研修生（名）", qualifier: "more than" }, // the noun before a classifier that names people by itself says which people
    { rule: "count-zh-round-figure", text: "目前，全省国际友城总数突破百对。", quote: "国际友城总数突破百对", value: 100, unit: "国际友城总数（对）", qualifier: "more than" }, // a total past a round figure
    { rule: "count-zh-round-figure", text: "目前近千名外国留学生在校学习。", quote: "近千名外国留学生", value: 1000, unit: "名外国留学生", qualifier: "nearly" },
    { rule: "count-zh-round-figure", text: "节日期间吸引上万名游客。", quote: "上万名游客", value: 10000, unit: "名游客", qualifier: "more than" },
    { rule: "count-zh-round-figure", text: "百余名嘉宾出席了开幕式。", quote: "百余名嘉宾", value: 100, unit: "名嘉宾", qualifier: "more than" },
    { rule: "count-zh-round-figure", text: "三十年来，两市互访团组逾千批次。", quote: "团组逾千批次", value: 1000, unit: "团组（批次）", qualifier: "more than" }, // the noun before the figure
    { rule: "count-zh-round-figure", text: "千余人参加了活动。", quote: "千余人", value: 1000, unit: "人", qualifier: "more than" },
    // count-zh-money: an amount, in its currency
    { rule: "count-zh-money", text: "日资企业在华累计投资达2.3万亿日元。", quote: "2.3万亿日元", value: 2300000000000, unit: "日元" }, // 日 opening 日元 is the yen's, not a day's
    { rule: "count-zh-numeral-classifier", text: "洽谈会现场签约8个合作项目。", quote: "8个合作项目", value: 8, unit: "个合作项目" }, // the 约 of 签约 is no "about"
    { rule: "count-zh-noun-numeral", text: "访问期间，双方共签署合作文件12份。", quote: "合作文件12份", value: 12, unit: "合作文件（份）" }, // 份, the measure of documents
    { rule: "count-zh-numeral-classifier", text: "来自15个国家的60余名华人华侨代表齐聚杭州。", quote: "60余名华人华侨代表", value: 60, unit: "名华人华侨代表", qualifier: "more than" }, // 齐聚 ("gather"), which jieba cannot read, is the clause's verb
    { rule: "count-zh-noun-numeral", text: "目前，日本在华企业约3万家。", quote: "企业约3万家", value: 30000, unit: "企业（家）", qualifier: "about" }, // 在华: where the firms are (华 is China), not what they are
    { rule: "count-zh-noun-numeral", text: "截至去年底，浙江在泰国投资企业达到120家。", quote: "投资企业达到120家", value: 120, unit: "投资企业（家）" }, // after 在, the country says where the firms invest
    { rule: "count-zh-noun-numeral", text: "五年来双方互派访问团组40余批次。", quote: "访问团组40余批次", value: 40, unit: "访问团组（批次）", qualifier: "more than" }, // jieba splits 访问团|组; 互派 is no part of the noun
    { rule: "count-zh-noun-numeral", text: "全年共接待外国代表团120批次。", quote: "外国代表团120批次", value: 120, unit: "外国代表团（批次）" },
    { rule: "count-zh-money", text: "签约项目总投资超过80亿美元。", quote: "超过80亿美元", value: 8000000000, unit: "美元", qualifier: "more than" },
    { rule: "count-zh-numeral-classifier", text: "今年以来，智利车厘子运抵重庆超过1.2万吨。", quote: "超过1.2万吨", value: 12000, unit: "吨", qualifier: "more than" }, // a weight is its own measure; the place before it is where, not what
    { rule: "count-zh-money", text: "全年进出口总额达1.86万亿元。", quote: "1.86万亿元", value: 1860000000000, unit: "元" }, // jieba tags the decimal before 万亿元 a foreign word
    { rule: "count-zh-money", text: "累计签约金额达到500多亿美元。", quote: "500多亿美元", value: 50000000000, unit: "美元", qualifier: "more than" }, // 多 between the figure and its scale
    { rule: "count-zh-money", text: "双边贸易额达到2860亿元人民币。", quote: "2860亿元人民币", value: 286000000000, unit: "元" }, // the currency named again after 元
    { rule: "count-zh-money", text: "全市外贸进出口总额突破1000亿元大关。", quote: "突破1000亿元", value: 100000000000, unit: "元", qualifier: "more than" }, // 大关 ("the mark") is no noun counted
    { rule: "count-zh-money", text: "双方贸易额达到126亿元，同比增长12%。", quote: "126亿元", value: 12600000000, unit: "元" },
    { rule: "count-zh-money", text: "去年全市实现进出口总额2.5万亿元。", quote: "2.5万亿元", value: 2500000000000, unit: "元" },
    // count-zh-noun-numeral: the noun first, the measure word closing the figure
    { rule: "count-zh-numeral-classifier", text: "全省已与12个国家建立了19对友好省州关系。", quote: "19对友好省州关系", value: 19, unit: "对友好省州关系" }, // an adjective before a noun jieba does not know (省州)
    { rule: "count-zh-numeral-classifier", text: "截至目前，全区已与19个国家建立国际友城72对，其中与东盟国家建立41对。", quote: "41对", value: 41, unit: "对" }, // pairs of ties after the verb that made them, naming nothing else
    { rule: "count-zh-noun-numeral", text: "截至目前，全省缔结国际友城88对。", quote: "国际友城88对", value: 88, unit: "国际友城（对）" },
    { rule: "count-zh-noun-numeral", text: "其中友好交流城市15对，均已开展合作。", quote: "友好交流城市15对", value: 15, unit: "友好交流城市（对）" },
    { rule: "count-zh-noun-numeral", text: "目前在该国投资的企业超过1200家。", quote: "企业超过1200家", value: 1200, unit: "企业（家）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "本届展会参展企业共有500多家。", quote: "企业共有500多家", value: 500, unit: "企业（家）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "该港口去年货物吞吐量突破3.2亿吨。", quote: "货物吞吐量突破3.2亿吨", value: 320000000, unit: "货物吞吐量（吨）", qualifier: "more than" },
    { rule: "count-zh-noun-numeral", text: "该市是东部第二大城市，人口约230万。", quote: "人口约230万", value: 2300000, unit: "人口", qualifier: "about" },
    // a foreign city's name jieba cuts into pieces (佩斯卡拉|市, 伊|西市) says whose population, not what is counted
    { rule: "count-zh-noun-numeral", text: "佩斯卡拉市人口约12万，是意大利中部的港口城市。", quote: "人口约12万", value: 120000, unit: "人口", qualifier: "about" },
    { rule: "count-zh-noun-numeral", text: "甘达基省面积约2.2万平方公里。", quote: "面积约2.2万平方公里", value: 22000, unit: "面积（平方公里）", qualifier: "about" }, // jieba cuts the province's name into pieces (甘达|基省)
    { rule: "count-zh-noun-numeral", text: "秋田县人口约90万，农业发达。", quote: "人口约90万", value: 900000, unit: "人口", qualifier: "about" }, // jieba reads 秋田县 as a person's name (nr)
    { rule: "count-zh-noun-numeral", text: "埃斯基谢希尔市人口约90万。", quote: "人口约90万", value: 900000, unit: "人口", qualifier: "about" },
    { rule: "count-zh-noun-numeral", text: "当地居民中，外国人约有3万。", quote: "外国人约有3万", value: 30000, unit: "外国人", qualifier: "about" }, // people, as a population, need no measure word
    { rule: "count-zh-noun-numeral", text: "新建厂房面积达5000平方米。", quote: "新建厂房面积达5000平方米", value: 5000, unit: "新建厂房面积（平方米）" },
    { rule: "count-zh-noun-numeral", text: "共有外资企业12家落户该区。", quote: "外资企业12家", value: 12, unit: "外资企业（家）" }, // 落户 is the clause's verb, whatever jieba tags it
    { rule: "count-zh-numeral-classifier", text: "本届展会有11家施韦因富特企业参展。", quote: "11家施韦因富特企业", value: 11, unit: "家施韦因富特企业" }, // jieba fuses 家 into the name it does not know (家施|韦因|富特)
    { rule: "count-zh-numeral-classifier", text: "代表团带来了9家莱沃库森企业。", quote: "9家莱沃库森企业", value: 9, unit: "家莱沃库森企业" }, // 家莱|沃库|森: the rest of the fused word opens the noun
    { rule: "count-zh-numeral-classifier", text: "截至目前，共有12家世界500强企业落户。", quote: "12家世界500强企业", value: 12, unit: "家世界500强企业" }, // 500强 names a ranking
    { rule: "count-zh-noun-numeral", text: "两港共开通航线6条。", quote: "航线6条", value: 6, unit: "航线（条）" },
    { rule: "count-zh-noun-numeral", text: "双方年货运量力争达到五十万吨。", quote: "货运量力争达到五十万吨", value: 500000, unit: "货运量（吨）" }, // 力争 ("strive to") is no part of the noun
    // count-zh-numeral-noun: a numeral straight before the noun
    { rule: "count-zh-numeral-classifier", text: "国际友城实现全省8个设区市全覆盖。", quote: "8个设区市", value: 8, unit: "个设区市" }, // the 全 of 全覆盖, which jieba joins to the noun (市全), is no part of it
    { rule: "count-zh-numeral-classifier", text: "近十年来，全市年均新增2对以上。", quote: "2对以上", value: 2, unit: "对", qualifier: "more than" }, // a bound after the classifier qualifies the figure and is no noun
    { rule: "count-zh-numeral-classifier", text: "力争每年新增5个以上友好交流城市。", quote: "5个以上友好交流城市", value: 5, unit: "个友好交流城市", qualifier: "more than" }, // the noun after the bound
    { rule: "count-zh-numeral-classifier", text: "来自越南、柬埔寨等9个国家友城的80名教师参加了培训。", quote: "9个国家", value: 9, unit: "个国家" }, // the places of the countries counted (友城) follow the noun, not a kind of country
    { rule: "count-zh-numeral-noun", text: "两国代表共约350人出席会议。", quote: "约350人", value: 350, unit: "人", qualifier: "about" }, // jieba's set phrase 出席会议 right after the measure is the clause's verb, not more of the noun
    { rule: "count-zh-numeral-noun", text: "我市友城遍布五大洲的41个国家。", quote: "五大洲", value: 5, unit: "大洲" }, // jieba tags 五大洲 as a place name; it counts continents, as "five continents" does
    { rule: "count-zh-numeral-classifier", text: "代表团访问了东南亚5国。", quote: "5国", value: 5, unit: "国" },
    { rule: "count-zh-numeral-noun", text: "该区域拥有近2亿人口。", quote: "近2亿人口", value: 200000000, unit: "人口", qualifier: "nearly" },
    { rule: "count-zh-numeral-noun", text: "市政府出台二十四策支持外贸。", quote: "二十四策", value: 24, unit: "策" },
    { rule: "count-zh-noun-numeral", text: "全年接待游客3.2万人次。", quote: "游客3.2万人次", value: 32000, unit: "游客（人次）" },
    { rule: "count-zh-noun-numeral", text: "全年举办各类交流活动200余场次。", quote: "交流活动200余场次", value: 200, unit: "交流活动（场次）", qualifier: "more than" }, // 场次, "sessions", one measure word
    { rule: "count-zh-numeral-classifier", text: "项目带动就业1.5万余人。", quote: "1.5万余人", value: 15000, unit: "人", qualifier: "more than" },
    // count-zh-rank: a place in a ranking
    { rule: "count-zh-rank", text: "该市综合实力排在全国第12位。", quote: "排在全国第12位", value: 12, unit: "rank" },
    { rule: "count-zh-rank", text: "开放指数位列全省第三。", quote: "位列全省第三", value: 3, unit: "rank" },
    { rule: "count-zh-rank", text: "领事馆数量居中西部第一。", quote: "居中西部第一", value: 1, unit: "rank" }, // a region of China as the scope, with no 位 to close it
    { rule: "count-zh-rank", text: "进口和出口额分别居全省第9位和第4位。", quote: "第4位", value: 4, unit: "rank" }, // a second rank joined to the first
    { rule: "count-zh-rank", text: "友城数量居西部十二省区首位。", quote: "居西部十二省区首位", value: 1, unit: "rank" }, // 首位, first place; the group ranked in counts nothing
    { rule: "count-zh-rank", text: "我省国际友城达到96对 居西部十二省区第三", quote: "居西部十二省区第三", value: 3, unit: "rank" }, // a headline's rank, 位 left out at its end
    { rule: "count-zh-rank", text: "友城数量居中部六省第一位。", quote: "居中部六省第一位", value: 1, unit: "rank" }, // a scope of its own, closed by 位
    { rule: "count-zh-rank", text: "吸引外资排名第五。", quote: "排名第五", value: 5, unit: "rank" },
    { rule: "count-zh-noun-numeral", text: "双方将在三年内互派艺术团体不少于十个。", quote: "艺术团体不少于十个", value: 10, unit: "艺术团体（个）", qualifier: "at least" }, // a bound (不少于) between the noun and its figure links them as 超过 does
    { rule: "count-zh-noun-numeral", text: "今年以来，两市企业已达成合作项目7个。", quote: "合作项目7个", value: 7, unit: "合作项目（个）" }, // jieba reads 已达成 as a person's name: a verb after an adverb of time ends the noun
    { rule: "count-zh-numeral-classifier", text: "五年来全市新增友好城市12对，平均每5个月新增一对。", quote: "每5个月", value: 5, unit: "个月" }, // the interval a statistic states, as "averaging one pair every 5 months"
    { rule: "count-zh-rank", text: "全市对外贸易额居全省第3位、沿海城市第2位。", quote: "沿海城市第2位", value: 2, unit: "rank" }, // a second rank of the same thing among others, named before it
    { rule: "count-zh-noun-numeral", text: "全年举办各类经贸论坛十几场。", quote: "经贸论坛十几场", value: 10, unit: "经贸论坛（场）", qualifier: "more than" }, // 十几, "ten-odd": the tens, and more than them, as 十余
    { rule: "count-zh-numeral-classifier", text: "全年共举办了二十几场展会。", quote: "二十几场展会", value: 20, unit: "场展会", qualifier: "more than" }, // (展会, which jieba tags a verb, is the noun counted)
    { rule: "count-zh-noun-numeral", text: "景区全年接待访客3万人次。", quote: "访客3万人次", value: 30000, unit: "访客（人次）" },
    { rule: "count-zh-numeral-noun", text: "目前，该航线每周执飞30余班。", quote: "30余班", value: 30, unit: "班", qualifier: "more than" }, // 余 that jieba joins to the measure word is the qualifier, not the unit
    { rule: "count-zh-numeral-classifier", text: "船队曾多次远航，其中五次停靠马六甲。", quote: "五次停靠", value: 5, unit: "次停靠" }, // a verb after 次 is what happened; the place it acts on is no part of the unit
    { rule: "count-zh-numeral-classifier", text: "代表团在当地举办了20场招商推介活动。", quote: "20场招商推介活动", value: 20, unit: "场招商推介活动" }, // a verb right before 活动 says what kind of event
    { rule: "count-zh-numeral-classifier", text: "每届有20至30家企业参加。", quote: "20至30家企业", value: 20, unit: "家企业", qualifier: "at least" }, // a range counts from its lower end, cited whole
    { rule: "count-zh-numeral-classifier", text: "活动预计吸引3至5万人次参加。", quote: "3至5万人次", value: 30000, unit: "人次", qualifier: "at least" }, // the upper end's scale is the lower end's too
    { rule: "count-zh-numeral-classifier", text: "每年有10-15家企业参展。", quote: "10-15家企业", value: 10, unit: "家企业", qualifier: "at least" }, // a hyphen between two plain figures is a range, not a code
    { rule: "count-zh-noun-numeral", text: "全市共有友好城市和友好交流城市36个。", quote: "友好城市和友好交流城市36个", value: 36, unit: "友好城市和友好交流城市（个）" }, // two kinds of one thing joined by 和, the same head word, are counted together
    { rule: "count-zh-rank", text: "我省友城数量位列中部六省第一。", quote: "位列中部六省第一", value: 1, unit: "rank" }, // a scope of its own, closed by the sentence's end
    { rule: "count-zh-noun-numeral", text: "今年全省新增友好城市5对、友好交流城市12对，总数达到72对。", quote: "总数达到72对", value: 72, unit: "友好城市和友好交流城市（对）" }, // a bare total after two kinds listed in its measure totals both
    { rule: "count-zh-noun-numeral", text: "至此，该市国际友好城市已\uFFFD13个。", quote: "国际友好城市已\uFFFD13个", value: 13, unit: "国际友好城市（个）" }, // the link lost to damage after 已 (已达)
    { rule: "count-zh-numeral-classifier", text: "此后，两市共有1500余人次参与互访交流。", quote: "1500余人次", value: 1500, unit: "人次", qualifier: "more than" }, // the pair that has them is no noun counted
    { rule: "count-zh-noun-numeral", text: "据统计，韩国在烟台投资企业超过3600家。", quote: "投资企业超过3600家", value: 3600, unit: "投资企业（家）", qualifier: "more than" }, // after 在, a place jieba tags a common noun says where, not what is counted
    { rule: "count-zh-noun-numeral", text: "全年接待外国代表团20至30批。", quote: "外国代表团20至30批", value: 20, unit: "外国代表团（批）", qualifier: "at least" }, // a range after its noun counts from its lower end, as 20至30家企业 does
    { rule: "count-zh-noun-numeral", text: "13年来，两市共同举办美食节9届，互派厨师500余名。", quote: "美食节9届", value: 9, unit: "美食节（届）" }, // editions of what a verb of holding held, after it: festivals held, as "9 gastronomy festivals"
    { rule: "count-zh-noun-numeral", text: "两市轮流举办经贸洽谈会共9届。", quote: "经贸洽谈会共9届", value: 9, unit: "经贸洽谈会（届）" },
    { rule: "count-zh-numeral-noun", text: "我省与东盟十国开展了广泛合作。", quote: "十国", value: 10, unit: "国" }, // the member countries of a union jieba tags an abbreviation, as after a region (中亚五国), "the ten ASEAN countries"
    { rule: "count-zh-noun-numeral", text: "共有1200余家企业参展，展位数达2000个。", quote: "展位数达2000个", value: 2000, unit: "展位（个）" }, // 数, "the number of", which jieba joins to the link after it (数达), still closes the noun
    { rule: "count-zh-round-figure", text: "双方已举办交流活动近百场。", quote: "交流活动近百场", value: 100, unit: "交流活动（场）", qualifier: "nearly" }, // a round figure of events held, as "nearly a hundred events"
    { rule: "count-zh-noun-numeral", text: "两校每年互派交换生不少于30名。", quote: "交换生不少于30名", value: 30, unit: "交换生（名）", qualifier: "at least" }, // jieba cuts 交换|生: the person's ending takes its verb back
    { rule: "count-zh-numeral-classifier", text: "学院今年接收了45名交换生，", quote: "45名交换生", value: 45, unit: "名交换生" },
    { rule: "count-zh-numeral-classifier", text: "医院先后接收16名进修生。", quote: "16名进修生", value: 16, unit: "名进修生" }, // 进修生, which jieba tags a verb, a doer by its ending
    { rule: "count-zh-numeral-classifier", text: "该市是爱尔兰五个城市之一。", quote: "五个城市", value: 5, unit: "个城市" }, // after a country's name, which jieba may tag a person's, a figure is no name's end (as 新田八朗 is)
    { rule: "count-zh-noun-numeral", text: "其中省级12对、州（市）级40对、县（市、区）级17对。", quote: "县（市、区）级17对", value: 17, unit: "县（市、区）级（对）" }, // a level whose other kinds stand in brackets before 级
    { rule: "count-zh-noun-numeral", text: "全年举办国际友城青少年交流营6期。", quote: "青少年交流营6期", value: 6, unit: "青少年交流营（期）" }, // sessions of a camp, 期, after the noun in figures
    { rule: "count-zh-noun-numeral", text: "该市是一座人口约12万的港口城市。", quote: "人口约12万", value: 120000, unit: "人口", qualifier: "about" }, // a population before 的, counted in people with no measure word
    { rule: "count-zh-noun-numeral", text: "展会共展出进口商品500余种。", quote: "进口商品500余种", value: 500, unit: "进口商品（种）", qualifier: "more than" }, // kinds (种) after the noun
    { rule: "count-zh-noun-numeral", text: "两馆先后联合举办文物展览12次。", quote: "文物展览12次", value: 12, unit: "文物展览（次）" }, // 展览, which jieba tags a verb, is the noun counted
    { rule: "count-zh-rank", text: "友城数量位居全国第6、西部第2。", quote: "西部第2", value: 2, unit: "rank" }, // a second rank after 、, its 位 left out before the mark
    { rule: "count-zh-noun-numeral", text: "全年新结好国际友城4对。", quote: "国际友城4对", value: 4, unit: "国际友城（对）" }, // jieba cuts 新结|好|国际: the 好 is 结好's, inside the phrase too
    { rule: "count-zh-numeral-noun", text: "来自东盟10国及日韩的代表出席会议。", quote: "10国", value: 10, unit: "国" }, // jieba joins 国 to the conjunction after it (国及): the word ends at 国 all the same
    { rule: "count-zh-numeral-noun", text: "来自东盟10国及中国的300多名代表参加论坛。", quote: "10国", value: 10, unit: "国" }, // and when a place jieba knows follows the conjunction, the fused word names nothing: it is no unknown name the measure opens
    { rule: "count-zh-noun-numeral", text: "今年以来，全省新增国际友城6对，累计达到95对。", quote: "累计达到95对", value: 95, unit: "国际友城（对）" }, // a cumulative figure with no noun of its own totals what the sentence counted before in its measure
    { rule: "count-zh-noun-numeral", text: "全市友好城市数量由2015年的12个增加到目前的31个。", quote: "31个", value: 31, unit: "友好城市数量（个）" }, // the figure grown to, 目前的 between
    { rule: "count-zh-noun-numeral", text: "目前全市友城数量为31对。", quote: "友城数量为31对", value: 31, unit: "友城数量（对）" }, // 为 after a word of number links the figure, as 达 does
    { rule: "count-zh-noun-numeral", text: "全市31个友城中，欧洲14个。", quote: "欧洲14个", value: 14, unit: "欧洲（个）" }, // the set counted and 中 open the part, as 其中 does
  ],
  negatives: [
    "今年进出口额实现3位数增长。", // the digits of a rate in Arabic figures, jieba reading 位数 apart
    "两地贸易额已连续三年保持两位数增长。", // 位数, "digits": double-digit growth counts nothing
    "该项目二期工程已于去年开工。", // 二期: a project's second phase, no count
    "该博览会已举办20届，成为重要平台。", // editions with nothing named between the verb and the figure, before no noun
    "我市外贸排在中部城市第一方阵。", // 第一 opening a word (第一方阵, "the first tier") is no rank
    "伊朗大不里士市市长亚古卜·霍什亚尔率团访问义乌。", // 什 alone is a transliterated name's character, not 十
    "三国时期的文物在此展出。", // the Three Kingdoms, after no region
    "1\t新泽西州泽西市\t美国\t1998年6月", // a table row's number and its partner, two cells a tab parts: no count
    "两国元首11月5日元首会晤后发表声明。", // a day before 元首 is a date's, not the yen's
    "2025国际友城博览会11月3日在成都开幕。", // the 国 of 国际 after a year: no count of countries
    "进出口额分别增长12.5%和8.3%。", // shares listed after 分别 count nothing
    "友城名单如下：\n1. 日本仓敷市（1990年）", // a list item's number after a line break, which jieba reads with its point ("1."), counts nothing
    "十多年来，两市在教育领域开展了广泛合作。", // 十多年, "more than ten years", is a span of time, as 十年 is
    "中哈两城市结为友好城市。", // 两城市, "the two cities", as 两市: the pair, not a figure
    "两座“古城”将在遗产保护方面分享经验。", // 两座 before a quotation: "the two", a measure word with nothing counted
    "20世纪90年代以来，该市已接待大量游客。", // a century, not a count
    "该省与越南陆地边界线长达数百公里。", // 陆 of 陆地 (land) is no numeral
    "当天，市长伍斯学会见了代表团一行。", // 伍 of a surname, which jieba cuts 伍斯 and tags a foreign word, is no numeral
    "该市位于德国西南部，距离首都约120公里。", // a distance that says where a place is, not a count
    "两市相距约800公里。",
    "津市是三重县首府。", // a numeral inside a place's name (三重县) counts nothing
    "海法市是以色列第三大城市。", // nor a rank read across a country's name (以色列|第三)
    "会后，三方签署了合作纪要。", // 三方, "the three sides", are the parties of the talks, as 双方 are, not a reported figure
    "两市是中日两国间最早的友好城市之一。", // 两国间, "between the two countries": the parties, not a figure
    "二是加强人文交流，三是推动港口合作。", // the items of a list, numbered
    "1. 日本浦添市（1988年9月）", // a list item's number
    "该村列入第三批传统村落名单。", // 列入 lists: no rank
    "对俄贸易占全省外贸总额的近七成。", // 七成: a share (seventy per cent)
    "另有3个位于城东，交通便利。", // where they are (位于) is no noun, and no 其中 opened a list that 3个 is a part of
    "为期两周的2024中德青少年交流营在大连落幕。", // a year naming an event, not 2024 of anything
    "2023德国文化周在成都开幕。",
    "今年前三季度，全市经济平稳增长。", // 三季度: a quarter, inside a date
    "这座古城已有千余年历史。", // 千余年: a span of time
    "日本富山县知事新田八朗一行来访。", // 八朗 ends a person's name
    "广州三元里街道代表团来访。", // 三元里 is a place jieba tags as a time word
    "此举标志着两省州正式结为友好省州。", // 两省州: both, not a figure
    "市人大常委会第十三次会议审议通过了该决定。", // a session ordinal
    "省十四届人大常委会第十三次会议审议了报告。", // 十四届: an ordinal without 第, no count
    "十四届全国人大一次会议在北京召开。", // a congress ordinal
    "2024年，双方交流日益密切。", // a year
    "会议于11月28日举行。", // a date
    "两国将推动共建一带一路高质量发展。", // 两国 is "both countries"; 一 inside a name
    "这是双方合作的重要成果之一。", // 之一
    "全市统一部署，协调推进。", // 统一
    "咨询电话：0351-12345678。", // a phone number
    "出口额增长了百分之十五。", // a percentage
    "外贸占比达到35%。", // a percentage
    "参会人数是去年的两倍。", // a multiple, a ratio as a percentage is
    "进出口额增长了3倍。", // a multiple
    "推动5G基站建设。", // a technology name
    "编制五年发展规划。", // a span of time describing a plan
    "双方约定每三年举办一次论坛。", // a span of time
    "会议持续了两天。", // a duration
    "下午3点举行签约仪式。", // a clock time
    "四川省代表团抵达成都。", // a place name that starts with a numeral character
    "代表团访问老挝首都万象市。", // 万 alone is a word here, not ten thousand
  ],
};
