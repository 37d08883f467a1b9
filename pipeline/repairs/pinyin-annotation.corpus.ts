import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "pinyin-annotation",
  repairs: [
    ["國(guó)際友城", "國際友城"],
    ["湖南的國(guó)際“朋友圈”", "湖南的國際“朋友圈”"],
    ["會(huì)議", "會議"],
    ["當(dāng)選", "當選"],
    ["發(fā)揮(huī)作用", "發揮作用"],
    ["重（zhòng）要", "重要"],
    ["银行(háng)", "银行"],
    ["了(liǎo)解", "了解"],
    ["关(guan)系", "关系"],
    ["我市與日本(rì běn)富山縣(fù shān xiàn)高岡市", "我市與日本富山縣高岡市"],
    ["國際(guó jì)友城", "國際友城"],
    ["山西(shan xi)省", "山西省"],
  ],
  unchanged: [
    "中国—中东欧国家(CEEC)合作",
    "“一带一路”倡议(BRI)",
    "加纳“金芒果”频道(GMTV)",
    "(图源网络侵删)",
    "山西(Shanxi)省",
    "国(gou)际",
    "国(guǒ)际",
    "国(GUO)际",
    "the rate (lái) is",
    "函数f(x)的值",
    "會見習(Xi Jinping)",
    "日本(rì xiàn)富山",
    "本(rì běn)富山",
  ],
};
