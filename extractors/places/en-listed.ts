/**
 * "signed memorandums of understanding with Shimonoseki and Daegu": a name no gazetteer holds, listed as a partner of a
 * signing beside a known foreign place (not a country), is a place of that neighbour's kind, as 与下关、大邱签署 is in
 * zh-listed.ts. Only partners listed after the document and "with": a body's or a person's name reads as neither.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { PROPER } from "./en";
import { foreignKind, namesListedAfter, unknownPartner } from "./en-around";

/** the document signed, then its partners after "with" (the first partner's name ends as the tie rules' partner names end) */
const DOCUMENT_WITH_NAME = new RegExp(
  `\\b(?:memorand(?:um|a|ums)(?:\\s+of\\s+understanding)?|MoUs?|MOUs?|agreements?|letters?\\s+of\\s+intent)\\b[^.;:]{0,60}?\\bwith\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=\\s*(?:[,.;:()]|$)|\\s+(?:and|in|of|on|at|respectively)\\b)`,
  "gu",
);

export const nameListedWithKnownPlace: PlaceRule = {
  id: "place-en-listed-partner",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!/\bwith\b/.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(DOCUMENT_WITH_NAME, ctx.text)) {
      const listed = [{ name: m[1]!, end: m.index + m[0].length }, ...namesListedAfter(ctx.text, m.index + m[0].length)].map((l) => ({ ...l, kind: foreignKind(l.name) }));
      const kind = listed.find((l) => l.kind)?.kind;
      if (listed.length < 2 || !kind) continue;
      for (const l of listed) if (!l.kind) out.push(...unknownPartner(ctx, this.id, l.name, l.end, kind));
    }
    return out;
  },
};
