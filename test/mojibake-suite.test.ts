/**
 * The Chinese mojibake suite (see support/mojibake-suite.ts), run through the real decode and repair
 * stages. Reversible damage must come back exactly; irreversible damage must be flagged (a warning
 * with its span) or, where the repairer can still work it out, restored; clean text must not change.
 */
import { Doc, DEFAULT_OPTIONS } from "../pipeline/document";
import { decode } from "../pipeline/decode";
import { repair } from "../pipeline/repair";
import { CLEAN, generateSuite, type SuiteCase } from "./support/mojibake-suite";

function repairText(text: string): Doc {
  const doc = new Doc("suite.txt", Buffer.from(text, "utf8"), DEFAULT_OPTIONS);
  decode.run(doc);
  repair.run(doc);
  return doc;
}

const flagged = (doc: Doc): boolean => doc.messages.some((m) => m.code.startsWith("unrecoverable"));

describe("Chinese mojibake suite", () => {
  const cases = generateSuite();
  const results = cases.map((c) => {
    const doc = repairText(c.corrupted);
    return { c, restored: doc.text === c.clean, flagged: flagged(doc), got: doc.text };
  });
  const reversible = results.filter((r) => r.c.reversible);
  const irreversible = results.filter((r) => !r.c.reversible);

  afterAll(() => {
    const kinds = [...new Set(cases.map((c) => c.kind))];
    const rows = kinds.map((k) => {
      const rev = reversible.filter((r) => r.c.kind === k);
      const irr = irreversible.filter((r) => r.c.kind === k);
      return `  ${k.padEnd(44)} reversible ${String(rev.filter((r) => r.restored).length).padStart(3)}/${String(rev.length).padEnd(4)} irreversible flagged or restored ${String(irr.filter((r) => r.flagged || r.restored).length).padStart(3)}/${String(irr.length).padEnd(4)} restored exactly ${irr.filter((r) => r.restored).length}`;
    });
    const misses = reversible.filter((r) => !r.restored).slice(0, 12).map((r) => `    [${r.c.kind}, ${r.c.scope}, ${r.c.script}]\n      got ${JSON.stringify(r.got).slice(0, 100)}`);
    process.stdout.write(
      `\nmojibake suite: ${cases.length} cases\n${rows.join("\n")}\n` +
        `  total: reversible restored ${reversible.filter((r) => r.restored).length}/${reversible.length}, irreversible flagged or restored ${irreversible.filter((r) => r.flagged || r.restored).length}/${irreversible.length} (restored exactly ${irreversible.filter((r) => r.restored).length})\n` +
        (misses.length ? `  first reversible misses:\n${misses.join("\n")}\n` : ""),
    );
  });

  it("covers every crossing, whole paragraphs and single clauses", () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBe(12);
    expect(cases.filter((c) => c.scope === "clause").length).toBeGreaterThan(100);
    expect(reversible.length).toBeGreaterThan(200);
  });

  it("restores at least 95% of reversible cases exactly", () => {
    expect(reversible.filter((r) => r.restored).length / reversible.length).toBeGreaterThanOrEqual(0.95);
  });

  it("flags (or restores) at least 90% of irreversible cases", () => {
    expect(irreversible.filter((r) => r.flagged || r.restored).length / irreversible.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each([...CLEAN["zh-hans"], ...CLEAN["zh-hant"], ...CLEAN.en])("leaves clean text byte-identical: %s", (clean) => {
    const doc = repairText(clean);
    expect(doc.text).toBe(clean);
    expect(doc.repairs).toEqual([]);
  });
});

export type { SuiteCase };
