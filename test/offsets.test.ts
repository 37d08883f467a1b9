import fc from "fast-check";
import { applyEdits, OffsetMap, TextBuilder, type Edit } from "../pipeline/offsets";

/** Random non-overlapping edits over a text of length n. */
const editsFor = (text: string) =>
  fc
    .array(fc.record({ at: fc.nat(Math.max(0, text.length)), len: fc.nat(4), text: fc.string({ maxLength: 4 }) }), { maxLength: 8 })
    .map((raw) => {
      const sorted = raw.map((r) => ({ start: Math.min(r.at, text.length), end: Math.min(text.length, r.at + r.len), text: r.text })).sort((a, b) => a.start - b.start);
      const out: Edit[] = [];
      let pos = 0;
      for (const e of sorted) {
        if (e.start < pos) continue;
        if (e.start === e.end && e.text === "") continue;
        out.push(e);
        pos = Math.max(e.end, e.start + 1);
      }
      return out;
    });

const textAndEdits = fc.string({ unit: "grapheme-composite", maxLength: 40 }).chain((text) => editsFor(text).map((edits) => ({ text, edits })));

describe("OffsetMap", () => {
  it("maps an edited span to exactly the range it replaced", () => {
    const { text, map } = applyEdits("國(guó)際友城", [{ start: 1, end: 6, text: "" }]);
    expect(text).toBe("國際友城");
    expect(map.toParent({ start: 0, end: 2 })).toEqual({ start: 0, end: 7 });
    expect(map.toParent({ start: 1, end: 2 })).toEqual({ start: 6, end: 7 });
    expect(map.toParent({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });

  it("widens a span that starts inside a replacement to the whole replacement", () => {
    const { text, map } = applyEdits("a &amp; b", [{ start: 2, end: 7, text: "&" }]);
    expect(text).toBe("a & b");
    expect(map.toParent({ start: 2, end: 3 })).toEqual({ start: 2, end: 7 });
    expect(map.toParent({ start: 2, end: 5 })).toEqual({ start: 2, end: 9 });
  });

  it("maps parent spans to child spans", () => {
    const { map } = applyEdits("ab,,cd", [{ start: 2, end: 4, text: "，" }]);
    expect(map.toChild({ start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(map.toChild({ start: 3, end: 6 })).toEqual({ start: 2, end: 5 });
  });

  it("property: every character outside an edit maps back to itself, every edit to its range", () => {
    fc.assert(
      fc.property(textAndEdits, ({ text, edits }) => {
        const { text: child, map } = applyEdits(text, edits);
        // walk the child text piece by piece, knowing where each piece came from
        let childPos = 0;
        let parentPos = 0;
        for (const e of edits) {
          for (; parentPos < e.start; parentPos++, childPos++) {
            expect(map.toParent({ start: childPos, end: childPos + 1 })).toEqual({ start: parentPos, end: parentPos + 1 });
            expect(child[childPos]).toBe(text[parentPos]);
          }
          if (e.text.length) expect(map.toParent({ start: childPos, end: childPos + e.text.length })).toEqual({ start: e.start, end: e.end });
          childPos += e.text.length;
          parentPos = e.end;
        }
        expect(child.length - childPos).toBe(text.length - parentPos);
      }),
      { numRuns: 500 },
    );
  });

  it("maps an insertion made inside an earlier replacement to that whole replacement (found by the property below)", () => {
    const seg = (childStart: number, childEnd: number, parentStart: number, parentEnd: number, exact: boolean) => ({ childStart, childEnd, parentStart, parentEnd, exact });
    const first = new OffsetMap([seg(0, 1, 0, 1, true), seg(1, 3, 1, 4, false), seg(3, 6, 4, 7, true), seg(6, 9, 7, 10, false)], 9, 10);
    const second = new OffsetMap([seg(0, 1, 0, 0, false), seg(1, 6, 0, 5, true), seg(6, 6, 5, 7, false), seg(6, 9, 7, 7, false), seg(9, 11, 7, 9, true)], 11, 9);
    const stepwise = first.toParent(second.toParent({ start: 0, end: 7 }));
    expect(first.compose(second).toParent({ start: 0, end: 7 })).toEqual(stepwise);
  });

  it("property: a composed map equals mapping through each layer in turn", () => {
    const twoLayers = textAndEdits.chain(({ text, edits }) => {
      const first = applyEdits(text, edits);
      return editsFor(first.text).map((edits2) => ({ text, first, second: applyEdits(first.text, edits2) }));
    });
    fc.assert(
      fc.property(twoLayers, fc.nat(), fc.nat(), ({ text, first, second }, a, b) => {
        const composed = first.map.compose(second.map);
        expect(composed.childLength).toBe(second.text.length);
        expect(composed.parentLength).toBe(text.length);
        const n = second.text.length;
        const start = n ? a % (n + 1) : 0;
        const end = start + (n - start ? b % (n - start + 1) : 0);
        const direct = composed.toParent({ start, end });
        const stepwise = first.map.toParent(second.map.toParent({ start, end }));
        const touched = composed.segments.filter((s) => s.childStart < end && start < s.childEnd);
        if (start < end && touched.every((s) => s.exact)) expect(direct).toEqual(stepwise);
        // where edits of the two layers overlap they merge into one replacement, which may be wider than
        // the stepwise answer but always contains it (a citation never shrinks below its source)
        if (start < end) {
          expect(direct.start).toBeLessThanOrEqual(stepwise.start);
          expect(direct.end).toBeGreaterThanOrEqual(stepwise.end);
        }
        expect(direct.start).toBeLessThanOrEqual(direct.end);
        expect(direct.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: exact segments copy the parent character for character", () => {
    fc.assert(
      fc.property(textAndEdits, ({ text, edits }) => {
        const { text: child, map } = applyEdits(text, edits);
        for (const s of map.segments) if (s.exact) expect(child.slice(s.childStart, s.childEnd)).toBe(text.slice(s.parentStart, s.parentEnd));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps insertions at their parent position", () => {
    const b = new TextBuilder("ab");
    b.keep(0, 1).insert("\n\n").keep(1, 2);
    const { text, map } = b.finish();
    expect(text).toBe("a\n\nb");
    expect(map.toParent({ start: 3, end: 4 })).toEqual({ start: 1, end: 2 });
    expect(map.toParent({ start: 0, end: 4 })).toEqual({ start: 0, end: 2 });
  });

  it("identity maps change nothing", () => {
    expect(OffsetMap.identity(5).toParent({ start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
  });
});
