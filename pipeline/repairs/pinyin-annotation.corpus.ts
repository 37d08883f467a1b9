import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "pinyin-annotation",
  repairs: [
    ["廣西國(guó)(guó)際友城", "廣西國際友城"],
    ["兩市市長(cháng)(zhǎng)在西寧", "兩市市長在西寧"],
    ["中東歐國(guó)(CEEC)", "中東歐國(CEEC)"],
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
    ["兩市結好的國(gu?)際意義", "兩市結好的國際意義"], // a tone-marked letter lost to ? by an encoding without it (Big5)
    ["日本(r? b?n)富山縣", "日本富山縣"],
    ["國(gu\uFFFD)際友城", "國際友城"],
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
    "国(g?o)际", // the lost letter is where no tone-marked letter of a reading stands
    "阿(?)", // no letter left: nothing says it was a syllable
    "the rate (lái) is",
    "函数f(x)的值",
    "會見習(Xi Jinping)",
    "日本(rì xiàn)富山",
    "本(rì běn)富山",
  ],
};
