import { decodeHTMLStrict } from "entities";
import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

// Only terminated entities: "AT&T" or "R&D" in plain text must stay as they are.
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** HTML entities left in text by a scraper (`&amp;`, `&#12290;`, `&nbsp;`), decoded. */
export const htmlEntity: RepairRule = {
  kind: "html-entity",
  why: "a terminated entity that the HTML decoder knows has exactly one meaning",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(ENTITY, text)) {
      const value = decodeHTMLStrict(m[0]);
      if (value !== m[0] && value !== "\uFFFD") edits.push({ start: m.index, end: m.index + m[0].length, text: value });
    }
    return edits;
  },
};
