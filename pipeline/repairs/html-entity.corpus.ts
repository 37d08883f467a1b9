import type { RepairCorpus } from "./corpus";

export const corpus: RepairCorpus = {
  rule: "html-entity",
  repairs: [
    ["Hunan &amp; Ghana", "Hunan & Ghana"],
    ["报告&#12290;截至", "报告。截至"],
    ["&ldquo;一带一路&rdquo;", "“一带一路”"],
    ["&#x4E2D;国", "中国"],
    ["a&nbsp;b", "a\u00a0b"],
  ],
  unchanged: ["AT&T", "R&D centre", "Q&A", "&notanentity;", "a & b"],
};
