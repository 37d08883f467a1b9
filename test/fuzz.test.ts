/**
 * Every extractor rule of both languages, and the HTML shape scan, finishes on every adversarial string of the
 * fuzz script (scripts/fuzz-extractors.ts), and four times the text takes no more than SUPER_LINEAR times as long:
 * linear is about 4, a rule whose time grows with the square of its text about 16. This is a check of how time
 * grows, not a speed target (those live in `npm run bench`): the ratio compares two runs of the same code on
 * the same machine, and runs under a quarter of a second count as linear, their timing being mostly noise. A
 * row over the bound is timed again before the test fails, so one pause of the machine cannot fail it.
 */
import { fuzz, SUPER_LINEAR, type FuzzRow } from "../scripts/fuzz-extractors";
import { escapeRegExp } from "../extractors/shared/matches";

describe("extractors on adversarial strings", () => {
  it("all finish, and none grows worse than linear", () => {
    const rows = fuzz(65536);
    expect(rows.length).toBeGreaterThan(1000);
    expect(new Set(rows.map((r) => r.target)).size).toBeGreaterThan(60);
    const timedAgain = (row: FuzzRow): FuzzRow => fuzz(65536, new RegExp(`^${escapeRegExp(row.target)}$`)).find((r) => r.generator === row.generator)!;
    const superLinear = rows
      .filter((r) => r.growth > SUPER_LINEAR && !r.target.endsWith("(reference)"))
      .map(timedAgain)
      .filter((r) => r.growth > SUPER_LINEAR)
      .map((r) => `${r.target} on ${r.generator}: ${r.smallMs.toFixed(0)} -> ${r.largeMs.toFixed(0)} ms`);
    expect(superLinear).toEqual([]);
  }, 600000);
});
