import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

/**
 * Chinese spaced out character by character (`株 洲 市 与 德 国`), as a page justified by spaces or a
 * copy from a PDF writes it: Chinese puts no space between its characters, and jieba cannot read a
 * word whose characters stand apart. Only a run of five characters or more, each one space apart
 * (ideographic, no-break or plain), is joined: a space between two phrases (`来源：四川日报  发布时间`,
 * `通 知`) is layout and stays.
 */
// (Chinese marks count as characters of the run, `签 署 协 议 。`, and so do figures, `3 月 5 日`)
const CHARACTER = String.raw`(?:[\p{Script=Han}，。、；：！？“”（）《》]|[0-9０-９]+)`;
const SPACED_RUN = new RegExp(String.raw`${CHARACTER}(?:[ \u3000\u00a0]${CHARACTER}){4,}`, "gu");
const GAP = /[ \u3000\u00a0]/g;

export const hanSpacing: RepairRule = {
  kind: "han-spacing",
  why: "Chinese puts no space between its characters: a run of them each one space apart is a layout's, and jieba cannot read its words",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(SPACED_RUN, text)) {
      // (a run of Chinese, not of figures: "2019 2020 2021 2022 2023" stays, and so does the space between two figures)
      if ((m[0].match(/\p{Script=Han}/gu)?.length ?? 0) < 4) continue;
      for (const g of allMatches(GAP, m[0])) {
        if (/[0-9０-９]/.test(m[0][g.index - 1]!) && /[0-9０-９]/.test(m[0][g.index + 1]!)) continue;
        edits.push({ start: m.index + g.index, end: m.index + g.index + 1, text: "" });
      }
    }
    return edits;
  },
};
