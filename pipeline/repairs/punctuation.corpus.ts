import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "punctuation",
  repairs: [
    ["11月28日,,省十四届", "11月28日，省十四届"],
    ["工作情况的报告,。截至目前", "工作情况的报告。截至目前"],
    ["110对,!湖南", "110对！湖南"],
    ["资源,、机制", "资源、机制"],
    ["的突破,。", "的突破。"],
    ["山西省,作为", "山西省，作为"],
    ["来源:山西日报", "来源：山西日报"],
    ["2024年,成功促成", "2024年，成功促成"],
    ["“三十六策”,,从", "“三十六策”，从"],
    ["32个国家,57个", "32个国家，57个"],
    ["今年。。明年", "今年。明年"],
    ["Hello,, world", "Hello, world"],
    ["两市正式缔结友好城市关系.30年来", "两市正式缔结友好城市关系。30年来"],
    ["市长率团出席.", "市长率团出席。"],
    ["签署友好合作协\uFFFD,宁波国际友好城市", "签署友好合作协\uFFFD，宁波国际友好城市"], // after a character lost to damage, before Chinese
    ["分别与日本大阪市,韩国釜山市和泰国曼谷市签署", "分别与日本大阪市、韩国釜山市和泰国曼谷市签署"], // a list of places: the comma typed for 、
    ["会见了宁波市,随后与奥克兰市签署", "会见了宁波市，随后与奥克兰市签署"], // a clause after the place: no list
  ],
  unchanged: [
    "1,000个城市",
    "16:54:09",
    "平均每2.8个月",
    "etc., and so on",
    "Wait... what",
    "真的吗？！",
    "It is done!",
    "Published: 2025-02-27",
    "中国--中东欧",
    "来源：山西日报",
    "As a province, Shanxi",
    "详见www.example.gov.cn网站",
    "第2.5版",
  ],
};
