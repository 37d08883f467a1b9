import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "invisible-character",
  repairs: [
    ["国\u200b际", "国际"],
    ["\ufeff山西", "山西"],
    ["Jin\u00adcheng", "Jincheng"],
    ["a\u0000b", "ab"],
    ["国\u200d际", "国际"],
  ],
  unchanged: ["国际", "tab\there", "line\nbreak", "👩\u200d💻"],
};
