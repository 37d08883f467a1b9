import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "figure-spacing",
  repairs: [
    ["两市已开展交流项目 120 余个。", "两市已开展交流项目120余个。"],
    ["全市共有外资企业3 000多家。", "全市共有外资企业3000多家。"],
    ["贸易额达 12.5 亿美元", "贸易额达12.5亿美元"],
    ["共有友城\u00a068\u00a0对", "共有友城68对"],
    ["接待游客 1 200 万人次", "接待游客1200万人次"],
    ["截至 2025年底", "截至2025年底"],
  ],
  unchanged: [
    "来源：四川日报 2025-09-26",
    "发布时间：2025-06-20 来源：市外办",
    "第一届 2019 2020 2021",
    "签署协议 On May 5, 2025, 12 cities signed",
    "交流项目120余个",
    "1 日本富山市 日本 1988年", // a table laid out in text: its spaces part cells
  ],
};
