/**
 * The offset maps send every span of the cleaned text back to the right span of source.text. The source
 * is assembled from tokens whose damaged form, cleaned form and source span are known in advance, so the
 * property checks the pipeline's answer against the truth, not against itself.
 */
import fc from "fast-check";
import { Doc, DEFAULT_OPTIONS } from "../pipeline/document";
import { decode } from "../pipeline/decode";
import { repair } from "../pipeline/repair";
import { fold } from "../pipeline/fold";

interface Token {
  damaged: string;
  clean: string;
  /** the part of `damaged` a citation of the clean token must point at: [start, end) */
  cite: [number, number];
}

const annotated: Token[] = [
  ["國", "guó", "国"], ["際", "jì", "际"], ["會", "huì", "会"], ["對", "duì", "对"], ["關", "guān", "关"],
  ["來", "lái", "来"], ["發", "fā", "发"], ["動", "dòng", "动"], ["這", "zhè", "这"], ["頻", "pín", "频"],
].map(([t, py, s]) => ({ damaged: `${t}(${py})`, clean: s!, cite: [0, 1] as [number, number] }));

const plain = (s: string): Token => ({ damaged: s, clean: s, cite: [0, s.length] });
const tokenArb: fc.Arbitrary<Token> = fc.oneof(
  fc.constantFrom(...annotated),
  fc.constantFrom(...["湖南", "山西省", "城市", "友好", "合作", "2024", " Hunan ", "(CEEC)", "（图源网络侵删）", "“一带一路”"].map(plain)),
  // traditional characters with no annotation: folded in place
  fc.constantFrom<Token>({ damaged: "義務", clean: "义务", cite: [0, 2] }, { damaged: "時間", clean: "时间", cite: [0, 2] }),
  // a doubled comma between Chinese characters: one fullwidth comma, cited with its neighbours
  fc.constantFrom<Token>({ damaged: "江,,河", clean: "江，河", cite: [0, 4] }, { damaged: "省,。", clean: "省。", cite: [0, 3] }),
  // entities and invisible characters
  fc.constantFrom<Token>({ damaged: "&amp;", clean: "&", cite: [0, 5] }, { damaged: "&#x4E2D;", clean: "中", cite: [0, 8] }, { damaged: "\u200b", clean: "", cite: [0, 0] }),
);

function clean(source: string): Doc {
  const doc = new Doc("property.txt", new TextEncoder().encode(source), DEFAULT_OPTIONS);
  for (const stage of [decode, repair, fold]) stage.run(doc);
  return doc;
}

describe("offset maps through decode, repair and fold", () => {
  it("property: every token's cleaned span maps back to the token's span in source.text", () => {
    fc.assert(
      fc.property(fc.array(tokenArb, { minLength: 1, maxLength: 30 }), (tokens) => {
        // a token that follows "省,。" could make a longer punctuation run; the lead character keeps it apart
        const source = "始" + tokens.map((t) => t.damaged).join("") + "终";
        const expected = "始" + tokens.map((t) => t.clean).join("") + "终";
        const doc = clean(source);
        expect(doc.text).toBe(expected);
        let s = 1;
        let c = 1;
        for (const t of tokens) {
          if (t.clean.length) {
            const span = doc.toSource({ start: c, end: c + t.clean.length });
            expect(span).toEqual({ start: s + t.cite[0], end: s + t.cite[1] });
          }
          s += t.damaged.length;
          c += t.clean.length;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("property: any span of arbitrary cleaned text maps inside source.text, in order", () => {
    const pieces = fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("國(guó)", ",,", "&amp;", "\u200b", "?", "锟斤拷", "。,", "來(lái)"));
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const source = "x" + parts.join("");
        const doc = clean(source);
        const n = doc.text.length;
        const start = a % (n + 1);
        const end = start + (b % (n - start + 1));
        const span = doc.toSource({ start, end });
        expect(0 <= span.start && span.start <= span.end && span.end <= doc.source.length).toBe(true);
        if (start < end) expect(span.end).toBeGreaterThan(span.start);
      }),
      { numRuns: 1000 },
    );
  });
});
