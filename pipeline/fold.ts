/**
 * fold: traditional Chinese to simplified with opencc-js, through an offset map. Character-level
 * conversion keeps every position (國→国); the phrase variants (twp, hkp: 網際網路→互联网) change lengths,
 * so each run of Han characters is converted on its own and mapped as a whole when its length changes.
 */
import * as OpenCC from "opencc-js";
import { TextBuilder, type OffsetMap } from "./offsets";
import type { Doc, FoldVariant } from "./document";
import type { Stage } from "./stage";
import { allMatches } from "../extractors/shared/matches";

type Convert = (text: string) => string;
// one converter per variant and process: building one loads opencc's dictionaries
const converters = new Map<FoldVariant, Convert>();

export function converterFor(variant: FoldVariant): Convert {
  const cached = converters.get(variant);
  if (cached) return cached;
  const created: Convert = OpenCC.Converter({ from: variant, to: "cn" });
  converters.set(variant, created);
  return created;
}

const HAN_RUN = /\p{Script=Han}+/gu;

export function foldText(text: string, variant: FoldVariant): { text: string; map: OffsetMap } {
  const convert = converterFor(variant);
  const builder = new TextBuilder(text);
  const whole = convert(text);
  if (whole.length === text.length && sameSurrogates(text, whole)) {
    builder.substitute(0, text.length, whole);
    return builder.finish();
  }
  for (const m of allMatches(HAN_RUN, text)) {
    const folded = convert(m[0]);
    if (folded !== m[0]) builder.substitute(m.index, m.index + m[0].length, folded);
  }
  return builder.finish();
}

function sameSurrogates(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i) >= 0xd800 && a.charCodeAt(i) <= 0xdfff;
    const y = b.charCodeAt(i) >= 0xd800 && b.charCodeAt(i) <= 0xdfff;
    if (x !== y) return false;
  }
  return true;
}

export const fold: Stage = {
  name: "fold",
  summary: "traditional to simplified Chinese with opencc-js (t2s by default; tw, hk, twp, hkp as options)",
  run(doc: Doc): void {
    const { text, map } = foldText(doc.text, doc.options.fold);
    doc.addLayer(`fold:${doc.options.fold}`, "fold", text, map);
  },
};
