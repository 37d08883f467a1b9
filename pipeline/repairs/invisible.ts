import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

// Zero-width spaces, word joiners, stray BOMs, soft hyphens and C0 control characters other than
// tab/newline: invisible in a browser, but they split words and numbers for the extractors.
// ZWJ/ZWNJ are kept inside emoji and scripts that need them; removed only next to Han or Latin letters.
const ALWAYS = /[\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;
const JOINERS = /(?<=[\p{Script=Han}A-Za-z0-9])[\u200C\u200D]+|[\u200C\u200D]+(?=[\p{Script=Han}A-Za-z0-9])/gu;

export const invisibleCharacters: RepairRule = {
  kind: "invisible-character",
  why: "zero-width and control characters carry no text; removing them changes no visible character",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(ALWAYS, text)) edits.push({ start: m.index, end: m.index + m[0].length, text: "" });
    for (const m of allMatches(JOINERS, text)) {
      if (!edits.some((e) => e.start < m.index + m[0].length && m.index < e.end)) edits.push({ start: m.index, end: m.index + m[0].length, text: "" });
    }
    return edits;
  },
};
