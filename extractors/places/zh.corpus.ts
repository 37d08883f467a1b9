/**
 * Examples for the Chinese place rules (zh.ts): the rule, the exact quote and, for gazetteer names, the
 * English and Chinese names of the entry; negatives must give no place. Invented sentences, none from the seeds.
 */
import type { PlaceCorpus } from "../types";

export const ZH_PLACE_CORPUS: PlaceCorpus = {
  examples: [
    { rule: "place-zh-gazetteer", text: "浙江省代表团访问德国。", quote: "浙江省", en: "Zhejiang", zh: "浙江省" },
    { rule: "place-zh-gazetteer", text: "浦东新区代表团访问法国。", quote: "浦东新区", en: "Pudong New District", zh: "浦东新区" }, // a new area's English name is its place's and "New" (not "Pudongxin"); 清新区's 新 is its name's
    { rule: "place-zh-gazetteer", text: "清新区代表团访问法国。", quote: "清新区", en: "Qingxin District", zh: "清新区" },
    { rule: "place-zh-gazetteer", text: "钦州港至林查班港的集装箱航线开通一周年。", quote: "钦州", en: "Qinzhou", zh: "钦州市" }, // a city's port, one word to jieba, is named for the city
    { rule: "place-zh-ns-suffix", text: "代表团还与施蒂利亚州经济发展署签署了合作协议。", quote: "施蒂利亚州", type: "province" }, // a head jieba cannot read (施蒂), after a joining word, is the name's own
    { rule: "place-zh-ns-suffix", text: "我市与加古川市缔结友好城市关系。", quote: "加古川市", type: "city" }, // so is one character jieba reads as a word (加, a verb), no word of grammar
    { rule: "place-zh-ns-suffix", text: "马尼萨市代表团访问了我市。", quote: "马尼萨市", type: "city" }, // (马, a noun, opening the paragraph)
    { rule: "place-zh-ns-suffix", text: "会议决定，将古川市的经验推广到各地。", quote: "古川市", type: "city" }, // but not a word of grammar (将, the object's marker)
    { rule: "place-zh-after-country", text: "九江市与日本高松市缔结友好城市关系。", quote: "高松市" }, // a name of one word jieba tags an adjective (高松), then its 市 as a word of its own
    { rule: "place-zh-after-country", text: "烟台市与法国昂热市于2024年9月签署备忘录。", quote: "昂热市" }, // the same, with 市 joined to the 于 after it (市于)
    { rule: "place-zh-after-country", text: "潍坊市与日本友好城市藤冈市签署青少年交流计划。", quote: "藤冈市" }, // the tie's kind between the country and the partner's name
    { rule: "place-zh-after-country", text: "莆田市与巴西东北部城市纳塔尔市签署友好城市协议。", quote: "纳塔尔市" }, // a kind of city, and where in the country, between the two
    { rule: "place-zh-after-country", text: "中山市与葡萄牙里斯本区卢雷斯市签署友好交流协议。", quote: "卢雷斯市" }, // after a district named for a known city (里斯本区, Lisbon District)
    { rule: "place-zh-listed-among-known", text: "苏州先后与格勒诺布尔、波特兰市结为友好城市。", quote: "格勒诺布尔", type: "city" }, // an unknown name listed beside a known foreign city, in a sentence about ties
    { rule: "place-zh-paired-in-list", text: "2023年，钦州与万象、玉林与华欣、桂林与暹粒分别签署友好交流协议。", quote: "华欣", type: "city" }, // a pair's partner in a list of pairs, of the kind the known partners are
    { rule: "place-zh-paired-in-list", text: "会上，汉中市与突厥斯坦市、安康市与奥什市分别签署友好交流协议。", quote: "突厥斯坦市", type: "city" }, // a partner jieba reads as a common noun (突厥) and a piece closed by 市: a name still
    { rule: "place-zh-listed-among-known", text: "苏州先后与威尼斯、格勒诺布尔和波特兰结为友好城市。", quote: "格勒诺布尔", type: "city" },
    { rule: "place-zh-listed-after-known", text: "代表团分别与布哈拉州、希瓦市和纳沃伊市签署了备忘录。", quote: "希瓦市", type: "city" }, // listed after a known place, each closed by a division word of its own (and 希瓦|市和纳沃|伊市, the word jieba joins to the list's mark)
    { rule: "place-zh-after-country", text: "代表团访问了美国加州都柏林市。", quote: "都柏林市" }, // after a known division whose name ends in its own division word (加州), a city of that country, not the known one elsewhere (Ireland's Dublin)
    { rule: "place-zh-after-division", text: "代表团访问了美国俄勒冈州首府塞勒姆市。", quote: "塞勒姆市", type: "city" }, // a division's capital, after the word for it (首府)
    { rule: "place-zh-gazetteer", text: "温哥华代表团访问了加拿大魁北克市。", quote: "魁北克市", type: "city" }, // a foreign province's name before 市 is the city of that name ("Québec City"), which the gazetteer lacks
    { rule: "place-zh-gazetteer", text: "浙江代表团访问德国。", quote: "浙江", en: "Zhejiang", zh: "浙江省" },
    { rule: "place-zh-gazetteer", text: "福州市与马来西亚马六甲市签署友好城市协议。", quote: "马六甲市", en: "Malacca City", zh: "马六甲市" }, // the city, not the state of 马六甲
    { rule: "place-zh-gazetteer", text: "代表团访问德国。", quote: "德国", en: "Germany", zh: "德国" },
    { rule: "place-zh-gazetteer", text: "省长表示，辽宁与富山县于1984年结为友好省县。", quote: "富山", en: "Toyama", zh: "富山" }, // jieba reads 与富|山县: the name starts after the joining word
    { rule: "place-zh-gazetteer", text: "省长会见了美国俄勒冈州州长蒂娜·科特克。", quote: "俄勒冈", en: "Oregon", zh: "俄勒冈" }, // a title stands between the state and the person's dotted name
    { rule: "place-zh-gazetteer", text: "代表团到访法国巴黎。", quote: "巴黎", en: "Paris", zh: "巴黎" }, // 法国巴黎 is one word to jieba: the city in it is found too
    { rule: "place-zh-gazetteer", text: "代表团到访法国巴黎。", quote: "法国", en: "France", zh: "法国" },
    { rule: "place-zh-gazetteer", text: "呼和浩特市举办中蒙博览会。", quote: "呼和浩特市", en: "Hohhot", zh: "呼和浩特市" },
    { rule: "place-zh-gazetteer", text: "西安与罗马签署合作协议。", quote: "西安", en: "Xi'an", zh: "西安市" },
    { rule: "place-zh-gazetteer", text: "双方在纽西兰举行会谈。", quote: "纽西兰", en: "New Zealand", zh: "新西兰" },
    { rule: "place-zh-gazetteer", text: "推动与中东欧国家合作。", quote: "中东欧", en: "Central and Eastern Europe", zh: "中东欧" },
    { rule: "place-zh-gazetteer", text: "阳城县举办农产品推介会。", quote: "阳城县", en: "Yangcheng County", zh: "阳城县" },
    { rule: "place-zh-gazetteer", text: "延边朝鲜族自治州代表出席。", quote: "延边朝鲜族自治州", en: "Yanbian", zh: "延边朝鲜族自治州" },
    { rule: "place-zh-after-country", text: "与菲律宾帕拉纳克市签署友好城市协议。", quote: "帕拉纳克市" },
    { rule: "place-zh-after-country", text: "代表团访问泰国孔敬府。", quote: "孔敬府" },
    { rule: "place-zh-listed-after-country", text: "柳州已与越南海防、马来西亚怡保等城市建立友好关系。", quote: "怡保", type: "city" }, // a list's item after its country, with no division word

    { rule: "place-zh-after-country", text: "代表团访问波兰卢布林市和比亚韦斯托克市。", quote: "比亚韦斯托克市" }, // the list's last item, joined by 和
    { rule: "place-zh-after-country", text: "市长先后会见了韩国群山市、瑞山市市长。", quote: "瑞山市" }, // listed after the country's first place, closed by the same division word: the country is named once
    { rule: "place-zh-after-country", text: "烟台市与日本别府市于1985年结为友好城市。", quote: "别府市", type: "city" }, // 府 closes no name when 市 follows
    { rule: "place-zh-division-of-head", text: "在斯洛伐克期间，代表团会见了日利纳州州长。", quote: "日利纳州", type: "province" }, // a name met, its division word and its head's office after, the country a clause before
    { rule: "place-zh-division-of-head", text: "代表团还拜会了帕尔杜比采州副州长。", quote: "帕尔杜比采州", type: "province" },
    { rule: "place-zh-transliteration-division", text: "在智利期间，代表团会见了阿塔卡马大区主席。", quote: "阿塔卡马大区", type: "province" }, // a transliteration and its division word, the country a clause before
    { rule: "place-zh-transliteration-division", text: "在巴西期间，代表团访问了索罗卡巴市。", quote: "索罗卡巴市", type: "city" }, // a piece jieba cannot read (索罗), after the verb of visiting, opens the name
    { rule: "place-zh-transliteration-division", text: "在班伯里市，代表团出席了两市结好15周年庆祝活动。", quote: "班伯里市", type: "city" }, // a first syllable jieba reads as a common noun (班), right after 在, opens the name
    { rule: "place-zh-transliteration-division", text: "此前，该市已与奔萨州新库兹涅茨克市建立友好交流关系。", quote: "新库兹涅茨克市", type: "city" }, // the city after a division no gazetteer holds, read whole
    { rule: "place-zh-transliteration-division", text: "甘达基省是博卡拉市和安纳布尔纳山脉所在地。", quote: "博卡拉市", type: "city" }, // a first syllable jieba cuts off as a name of its own (博|卡拉|市)
    { rule: "place-zh-transliteration-division", text: "在格鲁吉亚期间，代表团拜会了库塔伊西市政府。", quote: "库塔伊西市", type: "city" }, // a word jieba cannot read (伊西) before a city's government, and the name's piece before it (库塔)
    { rule: "place-zh-transliteration-division", text: "四川与佩斯州于2019年建立友好省州关系。", quote: "佩斯州", type: "province" },
    { rule: "place-zh-partner-of-tie", text: "坦佩雷与合肥结为友好城市。", quote: "坦佩雷", type: "city" }, // the bare partner first, the Chinese city after 与
    { rule: "place-zh-partner-of-tie", text: "2023年，扬州与意大利里米尼结为友好城市。", quote: "里米尼", type: "city" }, // a bare partner after the country that says where it is
    { rule: "place-zh-partner-of-tie", text: "潍坊市于1996年与拉赫蒂市建立友好城市关系。", quote: "拉赫蒂市", type: "city" }, // the year the tie was made between the Chinese city and 与
    { rule: "place-zh-partner-of-tie", text: "1996年，潍坊与拉赫蒂正式签约结为友好城市。", quote: "拉赫蒂", type: "city" }, // the signing (签约), then the tie
    { rule: "place-zh-partner-of-tie", text: "合肥与坦佩雷同意将两市关系提升为友好城市关系。", quote: "坦佩雷", type: "city" }, // what the two agreed to make of their tie
    { rule: "place-zh-partner-of-tie", text: "2019年，福建省与帕拉伊巴州建立友好省州关系。", quote: "帕拉伊巴州", type: "province" }, // a name jieba reads in pieces, the partner of a Chinese province
    { rule: "place-zh-partner-of-tie", text: "宜昌市与帕拉伊巴州于2018年缔结友好关系。", quote: "帕拉伊巴州", type: "province" }, // not 巴州, a Chinese district's short name inside it
    { rule: "place-zh-partner-of-tie", text: "湖北省与原阿基坦大区于1998年结为友好省区。", quote: "阿基坦大区", type: "province" }, // 原, "the former", opens no name
    { rule: "place-zh-gazetteer", text: "扬州市与韩国江原特别自治道原州市签署备忘录。", quote: "江原特别自治道", en: "Gangwon", zh: "江原道" }, // 江原道's name since 2023
    { rule: "place-zh-transliteration-division", text: "甘肃省与卡杜纳州签署建立友好省州关系谅解备忘录。", quote: "卡杜纳州", type: "province" }, // a transliteration jieba reads as one word, then its division word
    { rule: "place-zh-after-country", text: "代表团访问了美国杰斐逊城。", quote: "杰斐逊城", type: "city" }, // 城 closes a city's name
    { rule: "place-zh-capital", text: "与帕劳首都梅莱凯奥克签署备忘录。", quote: "梅莱凯奥克" },
    { rule: "place-zh-listed-after-known", text: "代表团访问了以色列特拉维夫市和海法市。", quote: "海法市", type: "city" }, // listed after a known foreign city and its division word
    { rule: "place-zh-venue-of-event", text: "两市市长在科英布拉签署备忘录。", quote: "科英布拉", type: "city" }, // where the signing took place, a bare transliteration between 在 and the verb
    { rule: "place-zh-venue-of-event", text: "代表团在帕多瓦出席了开幕式。", quote: "帕多瓦", type: "city" },
    { rule: "place-zh-after-tie-title", text: "在合肥市友好城市坦佩雷，代表团会见了市长。", quote: "坦佩雷", type: "city" }, // a bare transliteration right after the tie that is its title
    { rule: "place-zh-after-tie-title", text: "代表团访问了我市友好城市坦佩雷。", quote: "坦佩雷", type: "city" },
    { rule: "place-zh-after-country", text: "代表团访问了德国巴伐利亚州班贝格市。", quote: "班贝格市" },
    { rule: "place-zh-after-country", text: "双方与德国下萨克森州霍尔布鲁克市签署协议。", quote: "霍尔布鲁克市", type: "city" }, // after a division no gazetteer holds
    { rule: "place-zh-after-country", text: "应法国普瓦图-夏朗德大区邀请，代表团出访。", quote: "普瓦图-夏朗德大区", type: "province" }, // a hyphen inside a transliteration
    { rule: "place-zh-after-country", text: "1983年，该市与日本奈良县大和郡山市缔结友好城市关系。", quote: "大和郡山市", type: "city" }, // 郡 inside the name, and a 和 jieba reads as "and" among characters it cannot segment
    { rule: "place-zh-after-country", text: "芜湖市与日本大阪府高槻市举行交流会。", quote: "高槻市", type: "city" }, // after a known city's prefecture (大阪府)
    { rule: "place-zh-gazetteer", text: "芜湖市与日本大阪府高槻市举行交流会。", quote: "大阪", en: "Osaka", zh: "大阪", type: "province" }, // 大阪府 is the prefecture
    { rule: "place-zh-after-country", text: "四川省与西班牙穆尔西亚自治区续签合作备忘录。", quote: "穆尔西亚自治区", type: "province" }, // an autonomous community: a first-level division
    { rule: "place-zh-after-country", text: "2019年，我省与马拉维中部大区签署了卫生合作协议。", quote: "中部大区", type: "province" }, // a compass word (中部, a direction to jieba) before 大区 is the region's name
    { rule: "place-zh-after-country", text: "安吉县与智利阿劳卡尼亚大区特木科市缔结友好城市关系。", quote: "阿劳卡尼亚大区", type: "province" }, // 大区, a región (or Italy's regione): a first-level division
    { rule: "place-zh-after-division", text: "安吉县与意大利翁布里亚大区斯佩洛镇缔结友好城镇关系。", quote: "斯佩洛镇" }, // a town in the known region before it
    { rule: "place-zh-after-country", text: "黄山市与日本岐阜县白川村缔结友好交流关系。", quote: "白川村" }, // a village in the prefecture before it
    { rule: "place-zh-after-division", text: "两地自2019年起与北海道东川町开展青少年交流。", quote: "东川町", type: "city" }, // the division's own last character (北海|道) is its word; not 东川, a Chinese district's short name
    { rule: "place-zh-after-division", text: "代表团先后到访巴伐利亚州纽伦堡市和慕尼黑。", quote: "纽伦堡市", type: "city" }, // after a known division, its country named elsewhere
    { rule: "place-zh-district-of-city", text: "代表团访问了韩国首尔特别市江西区。", quote: "江西区", type: "district" }, // a district after a known foreign city and its word (not China's province 江西)
    { rule: "place-zh-district-of-city", text: "我市与韩国首尔特别市中区缔结友好城市关系。", quote: "中区", type: "district" }, // a foreign city's word and a district, not China's 市中区
    { rule: "place-zh-district-of-city", text: "代表团会见了首尔市中区区长。", quote: "中区", type: "district" },
    { rule: "place-zh-gazetteer", text: "济南市市中区代表团访问了首尔。", quote: "市中区", type: "district", en: "Shizhong District", zh: "市中区" },
    { rule: "place-zh-gazetteer", text: "晋城市城区代表团访问了首尔。", quote: "城区", type: "district", en: "Chengqu District", zh: "城区" }, // 城区 right after its city is the district // after a Chinese city, China's 市中区
    { rule: "place-zh-gazetteer", text: "今年前三季度，经凭祥口岸进出口的水果超过100万吨。", quote: "凭祥", en: "Pingxiang", zh: "凭祥市" }, // a port of entry named for its town (jieba reads 凭祥 as a noun)
    { rule: "place-zh-gazetteer", text: "南非自由州省马洛·卡卡地方市代表团来访。", quote: "自由州", en: "Free State", zh: "自由州" }, // the division word closes the province's name before the dotted name after it
    { rule: "place-zh-after-country", text: "河北省与日本和歌山县缔结友好省县关系。", quote: "和歌山县", type: "province" }, // 和 opens a name jieba reads as one word; Japan's 县 is a prefecture
    { rule: "place-zh-after-country", text: "合肥市与德国下萨克森州奥斯纳布吕克（Osnabrück）市签署备忘录。", quote: "奥斯纳布吕克（Osnabrück）市", type: "city" }, // the original glossed inside the name
    { rule: "place-zh-after-country", text: "长沙市与韩国清州市签署友好城市协议书。", quote: "清州市", type: "city" }, // 州 closes no name when 市 follows
    { rule: "place-zh-after-country", text: "大连市与美国加利福尼亚州奥克兰市签署备忘录。", quote: "奥克兰市", type: "city" }, // not New Zealand's 奥克兰 (Auckland): the US names it
    { rule: "place-zh-after-country", text: "大连市与美国奥克兰市签署备忘录。", quote: "奥克兰市", type: "city" },
    { rule: "place-zh-after-country", text: "黑龙江省与俄罗斯阿穆尔边疆区签署合作纲要。", quote: "阿穆尔边疆区", type: "province" }, // 边疆区, a krai: a first-level division, not a district
    { rule: "place-zh-gazetteer", text: "代表团访问了俄罗斯哈巴罗夫斯克边疆区。", quote: "哈巴罗夫斯克边疆区", en: "Khabarovsk Krai", zh: "哈巴罗夫斯克边疆区", type: "province" },
    { rule: "place-zh-after-country", text: "应塞尔维亚伏伊伏丁那自治省邀请，代表团出访。", quote: "伏伊伏丁那自治省", type: "province" }, // 那 inside a transliteration
    { rule: "place-zh-after-country", text: "朝鲜平安北道代表团抵达。", quote: "平安北道" }, // 道 closes a province's name in Korea
    { rule: "place-zh-after-country", text: "双方与越南义安省签署备忘录。", quote: "义安省", type: "province" }, // a province no gazetteer holds
    { rule: "place-zh-gazetteer", text: "云南与越南老街、河江、高平三省举行会晤。", quote: "高平", en: "Cao Bang", zh: "高平省", type: "province" }, // a border province in a list after Viet Nam, though China has a 高平市
    { rule: "place-zh-gazetteer", text: "双方与越南广宁省签署备忘录。", quote: "广宁省", en: "Quang Ninh", zh: "广宁省", type: "province" }, // Viet Nam's, though China has a 广宁县
    { rule: "place-zh-gazetteer", text: "蒙古国乌兰巴托市代表团来访。", quote: "蒙古国", en: "Mongolia", zh: "蒙古" },
    // the partner of a tie: after the delegation of the Chinese side; a division word jieba joins to the next word (鲁昂|市于); a bare name
    { rule: "place-zh-partner-of-tie", text: "访问期间，常州市代表团还与唐津市续签了友好城市协议。", quote: "唐津市", type: "city" },
    { rule: "place-zh-partner-of-tie", text: "宁波市与鲁昂市于1995年缔结友好城市关系。", quote: "鲁昂市", type: "city" },
    { rule: "place-zh-partner-of-tie", text: "宁波与鲁昂结为友好城市。", quote: "鲁昂", type: "city" },
    { rule: "place-zh-partner-of-tie", text: "2023年9月，宁夏与亚喀巴在银川签署友好合作意向书。", quote: "亚喀巴", type: "city" },
    { rule: "place-zh-gazetteer", text: "镇江市与日本津市缔结友好城市关系。", quote: "津市", type: "city" }, // a name the gazetteer knows only in China (津市市) is, after a foreign country, that country's place
    { rule: "place-zh-gazetteer", text: "自1981年与松山市缔结友好城市关系以来，两市交流频繁。", quote: "松山市", type: "city" }, // a Chinese district's short name (松山 of 松山区) before 市: a city the gazetteer lacks, not the district
    { rule: "place-zh-gazetteer", text: "区长与首尔特别市江南区区长签署了协议。", quote: "江南区", type: "district" }, // and after a foreign city and its word (特别市), that city's district, not Nanning's
    // a country's full name the country list gives only in short (印尼), not read as 印度 (India) and a clipped name after it
    { rule: "place-zh-gazetteer", text: "柳州市与印度尼西亚三宝垄市签署友好城市意向书。", quote: "印度尼西亚", en: "Indonesia", zh: "印尼" },
    { rule: "place-zh-after-country", text: "柳州市与印度尼西亚三宝垄市签署友好城市意向书。", quote: "三宝垄市", type: "city" },
    { rule: "place-zh-after-country", text: "嘉兴市与意大利共和国普拉托市缔结友好城市关系。", quote: "普拉托市", type: "city" }, // a country's formal name (共和国) before the city
    { rule: "place-zh-after-division", text: "两地自2019年起与熊本县小国町开展青少年交流。", quote: "小国町", type: "city" }, // a Japanese town's kanji name holds a word of the sentence (小国) and 国, which close no name here (it had been lost)
    { rule: "place-zh-after-country", text: "该县与日本国富町签署友好交流协议。", quote: "国富町", type: "city" }, // a town right after Japan, read as a city is (町 had closed no name)
    { rule: "place-zh-after-country", text: "日本上小阿仁村代表团来访。", quote: "上小阿仁村", type: "city" }, // and a village
    { rule: "place-zh-gazetteer", text: "两市市长签署了《中华人民共和国江苏省太仓市与法兰西共和国布列塔尼大区雷恩市缔结友好城市关系协议书》。", quote: "法兰西共和国", en: "France", zh: "法国" }, // a country's formal name in a signed document's title (法兰西 alone had been read, 共和国 left between it and the region)
    { rule: "place-zh-gazetteer", text: "两市市长签署了《中华人民共和国江苏省太仓市与法兰西共和国布列塔尼大区雷恩市缔结友好城市关系协议书》。", quote: "中华人民共和国", en: "China", zh: "中国" }, // China's too (it had been no place)
    { rule: "place-zh-partner-of-tie", text: "扬州市与布雷达市举行友好城市签约仪式。", quote: "布雷达市", type: "city" }, // before a signing ceremony, 签约
    { rule: "place-zh-after-country", text: "绍兴市与日本宇和岛市结好于1986年。", quote: "宇和岛市", type: "city" }, // a name jieba reads whole with its 市, whatever its tag: its 和 is the name's (the country had been the partner)
    { rule: "place-zh-after-country", text: "代表团先后访问了韩国全州市、原州市。", quote: "原州市", type: "city" }, // listed after a foreign city: a Chinese place's short name (原州区's) under another division word is no bar
    { rule: "place-zh-gazetteer", text: "青岛与平泽于1995年缔结友好城市。", quote: "平泽", en: "Pyeongtaek", zh: "平泽" }, // a known name jieba reads, unknown, into one word with the preposition after it (平泽于)
    { rule: "place-zh-paired-in-list", text: "烟台与蔚山以及威海与唐津分别签署友好协议。", quote: "唐津", type: "city" }, // pairs parted by 以及, as by 、
    { rule: "place-zh-gazetteer", text: "全市友好城市达到38个，其中中亚地区4个。", quote: "中亚", en: "Central Asia", zh: "中亚" }, // a region's name that jieba reads into one word with 地区 after it
    { rule: "place-zh-compass-division", text: "代表团访问了西阿塞拜疆省首府乌尔米耶。", quote: "西阿塞拜疆省", type: "province" }, // a point of the compass before a country's name, and 省 after it: another country's division
    { rule: "place-zh-partner-of-tie", text: "台州市同班伯里市结为友好城市。", quote: "班伯里市", type: "city" }, // the joining word jieba joins to the name's first character (同班) leaves that character the name's
    { rule: "place-zh-partner-of-tie", text: "台州市和沃加沃加市互为友好城市。", quote: "沃加沃加市", type: "city" }, // each the other's sister city, 互为
    { rule: "place-zh-listed-after-country", text: "宁波市与德国不来梅、丹麦奥胡斯和印度科钦结为友好城市。", quote: "科钦", type: "city" }, // the last item, after 和, up to the tie's verb
    { rule: "place-zh-partner-of-tie", text: "绍兴与奥斯纳布吕克两市于2019年签署了建立友好城市关系意向书。", quote: "奥斯纳布吕克", type: "city" }, // 两市 closes the pair: the name before it is bare, not 奥斯纳布吕克两市
    { rule: "place-zh-after-country", text: "蒂尔堡位于荷兰南部北布拉班特省。", quote: "北布拉班特省", type: "province" }, // where in the country (南部) between the country and a division's name
    { rule: "place-zh-gazetteer", text: "代表团访问了布雷达，西亚和北非的客商也到场。", quote: "西亚", en: "West Asia", zh: "西亚" }, // after a name and a comma, a region is no transliteration's tail: the mark is no lone character
    { rule: "place-zh-gazetteer", text: "双方在浦东签署合作备忘录。", quote: "浦东", en: "Pudong New District", zh: "浦东新区" }, // a new area by its name without 新区 (not a foreign venue's transliteration)
    { rule: "place-zh-gazetteer", text: "兰州代表团访问德国。", quote: "兰州", en: "Lanzhou", zh: "兰州市" }, // but a name that is another place's stays that place's (兰州市, not 兰州新区)
    { rule: "place-zh-gazetteer", text: "赣州市与美国加利福尼亚州内华达县签署备忘录。", quote: "内华达县", type: "county" }, // a foreign state's name before 县 is a county of that name, as "Nevada County" is
    { rule: "place-zh-after-country", text: "杭州市与新西兰皇后镇签署了缔结友好城市意向书。", quote: "皇后镇", type: "city" }, // a town's word (镇) closes a name after its country, as 市 does
    { rule: "place-zh-partner-of-tie", text: "日照市与凯奇坎市的友好城市关系始于2016年。", quote: "凯奇坎市", type: "city" }, // the tie named after the pair, then when it began
    { rule: "place-zh-listed-among-known", text: "2022年，该市新增国际友好城市2对，分别为弗拉察市和普列文市。", quote: "弗拉察市", type: "city" }, // a list of two the opening words open, joined by 和, beside a known place
  ],
  negatives: [
    "该市新增友好城市2对，分别为教育和旅游领域的合作伙伴。", // two items joined by 和 that are no names: no place
    { text: "代表团走访了美国小镇、德国古镇和英国乡镇企业。", only: ["美国", "德国", "英国"] }, // a kind of town (小镇, 古镇, 乡镇) after a country names none
    { text: "代表团漫步平江路历史文化街区，又参观了北京东路，在上海街头品尝小吃。", only: ["上海"] }, // a city's or county's name before 路, 街 or 大道 names a street; 街头, its streets, is the city's
    { text: "该市是荷兰历史文化名城。", only: ["荷兰"] }, // a kind of city (名城) after the country, no name
    { text: "代表团参观了弗雷德里西亚港。", only: [] }, // 西亚 the tail of a transliterated name (Fredericia), no region
    { text: "四川省与德国萨克森自由州签署协议。", only: ["四川省", "德国", "萨克森"] }, // 自由州 (Freistaat) is the kind of the known place before it, no place of its own (it had been a third party)
    { text: "双方将在迪拜共建中国小商品城分市场。", only: ["迪拜", "中国"] }, // a market named 城 after its country (小商品城) is no city
    { text: "韩国全州市、烟台市两市代表出席。", only: ["韩国", "全州市", "烟台市"] }, // a Chinese city named in full after a foreign one is the Chinese city, read by the gazetteer
    { text: "日本和美国市长出席会议。", only: ["日本", "美国"] }, // 和 between two countries, 市长 after: no name
    { text: "目前，广西已与外国缔结友好城市128对。", only: ["广西"] }, // 外国, "foreign countries", is no tie's partner
    { text: "日本各村都派代表参加。", only: ["日本"] }, // 各, "each", is no name's: the villages counted
    { text: "日本新农村建设经验值得借鉴。", only: ["日本"] }, // 农村, "the countryside", is no village's name
    { text: "长沙市举办国际友城青少年夏令营", only: ["长沙市"] }, // a camp the tie's title describes, whose words jieba reads as names
    { text: "芜湖市市长宁波、副市长张明出席签约仪式。", only: ["芜湖市"] }, // a city's name as an officer's whole name, right after the office
    { text: "11月3日至9日，市长李明率市政府代表团访问匈牙利。", only: ["匈牙利"] }, // a head leading his own government: 李明率, which jieba cannot read, is no city's name
    { text: "我省与日本岛根县友好省县结好35周年纪念大会举行。", only: ["日本", "岛根县"] }, // the tie's kind after a known division and its word (岛根县|友好省县) is no city of it
    { text: "双方将深化友好城市交流合作。", only: [] }, // common words after the tie's title, no name
    { text: "我市国际友好城市总数达到26个。", only: [] },
    { text: "杭州与法国企业签署友好合作协议。", only: ["杭州", "法国"] }, // a country's firms, not a place after the country
    { text: "代表团考察了日本福冈市和当地市场。", only: ["日本", "福冈"] }, // 市 of 市场 closes no listed name
    { text: "出席友好城市活动的有威尼斯市长、布鲁尼亚罗议员。", only: ["威尼斯"] }, // beside a title (威尼斯市长), not a place: the name after it is a person's
    { text: "全年接待外国省州长级以上代表团26批。", only: [] }, // 外国, "foreign", names no place: 外国省 is no province
    { text: "副省长会见法国驻广州总领事一行。", only: ["法国", "广州"] }, // 驻, "stationed in", opens no name of the country's
    { text: "该郡是肯尼亚主要农业区之一。", only: ["肯尼亚"] }, // 主要, "main", is a word of the sentence, no piece of a name
    { text: "日本川崎市市长福田纪彦一行12人抵达成都。", only: ["日本", "川崎", "成都"] }, // a surname jieba reads as a place (福田), before a given name and what the person does
    { text: "韩国堤川市市长金昌奎会见了代表团。", only: ["韩国", "堤川市"] }, // a person's surname and name after a title (金昌奎), not the city 金昌
    { text: "省委书记张天津、副市长刘武汉会见了吉林市代表团。", only: ["吉林市"] }, // a surname after an office, then a given name a city's (张天津): the officer, not the city
    "这是我区缔结的第4个国际友好城区，主城区交通便利。", // 城区 "the urban area", not the district of that name
    { text: "在王红陪同下，代表团参观了工厂。", only: [] }, // a person's name after 在, before no event's verb
    { text: "仪式在香格里拉大酒店举行。", only: [] }, // a hotel: a common noun ends the venue's name
    { text: "代表团参观了位于宁波的吉利控股集团。", only: ["宁波"] }, // a county's short name (吉利 for 吉利区) opening a firm's name is its brand
    { text: "双方在友好的气氛中举行会谈。", only: [] },
    { text: "第三届中非地方政府合作论坛在长沙举行。", only: ["长沙"] }, // 中非 of a China-Africa forum is no region
    { text: "代表团参观了意大利总统府。", only: ["意大利"] }, // an office's seat ending in 府 is no prefecture
    { text: "鼓楼区与韩国首尔中区缔结友好区关系。", only: ["鼓楼区", "韩国", "首尔"] }, // 友好区, "friendly district", is the tie's kind, not Yichun's district
    { text: "城阳区与泰国清迈府杭东县签署建立友好区县关系协议书。", only: ["城阳区", "泰国", "清迈", "杭东县"] }, // nor 友好区县, a district's tie with a county
    "这是该区缔结的第二个国际友好区县。", // the tie's kind with no 关系 after it
    { text: "江苏与法国新阿基坦大区前身阿基坦大区于2008年建立友好省区关系。", only: ["江苏", "法国", "新阿基坦", "阿基坦大区"] }, // 前身, "its predecessor", opens no name: the former division is named after it
    { text: "崂山区与俄罗斯索契市霍斯塔区友好区缔结仪式举行，两区正式缔结友好区", only: ["崂山区", "俄罗斯", "索契", "霍斯塔区"] }, // the tie's kind before its making's word, or after the verb that makes it
    { text: "与日本企业、韩国企业等开展合作。", only: ["日本", "韩国"] }, // a common noun after each country is no place
    { text: "双方就两省区在农业、文旅等领域开展合作深入交流。", only: [] }, // 两省区, "the two provinces", which jieba tags a place
    { text: "希望两市在牡丹文化、旅游观光等领域继续加强交流。", only: [] }, // the peony, not 菏泽's 牡丹区
    { text: "双方同意加快友谊关—友谊口岸升级改造，再开通2条货运通道。", only: [] }, // the Friendship Pass's border crossing, not 友谊县
    { text: "代表团考察了日本高松市和当地市场。", only: ["日本", "高松市"] }, // 市 of 市场 closes no listed name
    { text: "宁波与华为签署友好合作协议。", only: ["宁波"] }, // a friendly cooperation agreement alone may be a firm's
    { text: "宁波市与该市签署友好合作协议。", only: ["宁波市"] },
    { text: "双方将在韩国群山市、新能源等领域开展合作。", only: ["韩国", "群山市"] }, // a list goes on past the places: no division word closes the next item
    { text: "特雷维索是意大利北部城市。", only: ["意大利"] }, // 北部城市, "a city in the north": a locality word and a common noun, no name
    { text: "企业积极开拓越南新兴市场。", only: ["越南"] }, // 市 opens 市场 ("market"): 新兴 names no city
    { text: "2024年，云南与老挝北部四省贸易额持续增长。", only: ["云南", "老挝"] }, // 北部四省, "four northern provinces": a numeral before the division word counts, it names none
    { text: "山西省与相关省市建立了联系。", only: ["山西省"] }, // 相关, a word of the sentence, makes no name with 省
    "其中包括12位外国市长。", // 市 opens 市长 ("mayor"): 外国 names no city
    "这是一座拥有2500多年历史的古城。", // 古城, "an ancient town", is no county's short name (古城区)
    "全年新建国际友好城市5对。", // 新建, "newly made", is no district's short name (新建区)
    "两地都是著名的山城和海港。", // nor are 山城 and 海港
    "代表团还与唐津市续签了协议。", // 唐|津市: the tail of another name (Karatsu), not 津市市
    "区长罗德里戈·蒙达卡率团出席签约仪式。", // 达卡 (Dhaka) inside a person's name, whose parts a middle dot joins
    { text: "该市目前在韩国有友好城市9个。", only: ["韩国"] }, // 有友好城市 after a country: the ties' words name no city
    { text: "代表团访问了澳大利亚西澳州首府珀斯市。", only: ["澳大利亚", "西澳", "珀斯"] }, // 首府 opens no name after a country's division
    { text: "沿着中国大道前行。", only: ["中国"] }, // 道 closes a road's name outside Korea
    { text: "与琼格拉德-乔纳德州代表交流。", only: [] }, // no Chinese city (德州) at the end of a hyphenated transliteration (the name itself is not read)
    "代表团会见了约翰逊州长和萨科齐市长。", // 州长, 市长: titles after a name, no division
    "两市同为滨海港口城市，自2017年开始交往。",
    "代表团会见了该州州长和副州长。", // the division's word with no name before it
    { text: "市长会见了常州市市长。", only: ["常州市"] }, // a known Chinese city before its head's office: the gazetteer's, not a new name // 滨海 "by the sea", not 盐城's 滨海县
    { text: "双方与滨海边疆区保持交流。", only: ["滨海边疆区"] }, // a krai's name opens with a Chinese county's (滨海县): the krai, not the county
    { text: "这是中国和新加坡两国政府间的首个合作项目。", only: ["中国", "新加坡"] }, // 两国政府 ends in 府 but is a phrase, not a name
    { text: "此外，浙江省还加入了世界大都市协会。", only: ["浙江省"] }, // 大都市, "metropolis", inside a body's name
    "中非合作论坛成果丰硕。", // 中非 here is China-Africa
    "他在中山大学任教。", // 中山 inside a university's name
    "两地开展合作。", // 合作 is the word, not 合作市
    "村口有一家小店。", // 小店 is a small shop
    "我国人民的老朋友。", // 我国 ("our country") names no place
    { text: "湖北省与美国俄亥俄州签署友好省州关系协议。", only: ["湖北省", "美国", "俄亥俄"] }, // 签署友好省 holds a verb and an adjective: no name
    { text: "湖北省与哈萨克斯坦阿拉木图州签署意向书。", only: ["湖北省", "哈萨克斯坦", "阿拉木图州"] }, // 哈萨克 ends no country inside 哈萨克斯坦
    "中欧班列“长安号”全年开行5000余列。", // 长安号 names a train
    { text: "市长会见了日本大阪府知事吉村洋文一行。", only: ["日本", "大阪"] },
    { text: "葡萄牙驻华大使会见省委书记。", only: ["葡萄牙"] },
    { text: "中国西南云南省省会昆明举办了论坛。", only: ["中国", "云南省", "昆明"] }, // 西南 says where in China the province is // 省 of 省委 ("the provincial Party committee") closes no name // 知事 is the prefecture's governor: 吉村 is his name, no village
    { text: "风筝会在潍坊滨海国际风筝放飞场举行。", only: ["潍坊"] }, // 滨海 after 潍坊 is part of it, not the 滨海县 of 盐城
  ],
};
