/**
 * Work that grows with a document's length, not its square: a release of thousands of paragraphs (a
 * site's archive saved as one page) once made the aligner fill an n×m table and the fusion read every
 * fact for every alignment (a 4 MB text: 4 GB, then "Map maximum size exceeded"). These tests check
 * the shape of the work, never its time.
 */
import fc from "fast-check";
import { bandOf } from "../pipeline/align";
import { groupInOrder } from "../extractors/shared/group";

const cells = (n: number, m: number): number => {
  const band = bandOf(n, m);
  return band.lo.reduce((sum, lo, i) => sum + band.hi[i]! - lo + 1, 0);
};

describe("the aligner's band", () => {
  it("covers the whole of a short document's diagonal fifth, as before the cap", () => {
    // 40 paragraphs a side: every cell within a fifth of the document (8 paragraphs) either side
    const band = bandOf(40, 40);
    expect(band.lo[20]).toBe(12);
    expect(band.hi[20]).toBe(28);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[40]).toBe(40);
  });

  it("grows linearly with the document: ten times the paragraphs, about ten times the cells", () => {
    const small = cells(1000, 1000);
    const large = cells(10000, 10000);
    expect(large / small).toBeLessThan(11);
    expect(large).toBeLessThan(100 * 10000); // against 10^8 for the whole table
  });

  it("always holds a path from the first cell to the last (rows overlap, both edges only grow)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (n, m) => {
        const { lo, hi } = bandOf(n, m);
        if (lo[0] !== 0 || hi[n] !== m) return false;
        for (let i = 1; i <= n; i++) {
          // a step down reaches the next row
          if (lo[i]! < lo[i - 1]! || hi[i]! < hi[i - 1]! || lo[i]! > hi[i - 1]! + 1) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe("groupInOrder", () => {
  it("gives what filtering every item by paragraph gives, in the same order", () => {
    const item = fc.record({ paragraph: fc.constantFrom("p1", "p2", "p3", "p4"), n: fc.nat() });
    fc.assert(
      fc.property(fc.array(item), fc.array(fc.constantFrom("p1", "p2", "p3", "p4", "p9"), { maxLength: 3 }), (items, ids) => {
        const read = groupInOrder(items, (x) => x.paragraph);
        expect(read(ids)).toEqual(items.filter((x) => ids.includes(x.paragraph)));
      }),
    );
  });
});
