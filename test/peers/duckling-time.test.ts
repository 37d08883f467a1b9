/**
 * Duckling's Chinese time corpus (../shared/peers/duckling/time.zh.json, BSD-3-Clause, data only):
 * the examples that are not holidays and whose grain is a day or coarser (262), read by our Chinese
 * date rules with Duckling's reference time (2013-02-12) and its forward direction. Like Duckling's
 * own test, an example passes when one date covers the whole text and its value is right. chrono-node
 * (a dev dependency used only here) is scored on the same examples for comparison.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { converterFor } from "../../pipeline/fold";
import { paragraphContext } from "../../extractors/context";
import { findDates } from "../../extractors/dates/relations";
import { ZH_DATE_RULES } from "../../extractors/dates/zh";
import { EN_DATE_RULES } from "../../extractors/dates/en";
import { parseReference, resolve } from "../../extractors/shared/calendar";
import { PEERS, requireShared } from "./paths";

interface Example {
  text: string;
  expected: { type: string; value?: string; grain?: string; from?: { value: string; grain: string }; to?: { value: string; grain: string }; holiday?: string } | null;
  corpus: string;
  negative?: boolean;
  latent?: boolean;
}

const ref = parseReference("2013-02-12", "reference-date")!;
const COARSE = new Set(["day", "week", "month", "quarter", "year"]);
const grainOf = (e: Example): string => e.expected!.grain ?? (e.expected!.from ?? e.expected!.to)!.grain;
const startOf = (e: Example): string => (e.expected!.value ?? (e.expected!.from ?? e.expected!.to)!.value).slice(0, 10);

/** Duckling's value in our format: 2013, 2013-02, 2013-02-12 by grain. */
function expectedValue(e: Example): string {
  const g = grainOf(e);
  const v = startOf(e);
  return g === "year" ? v.slice(0, 4) : g === "month" || g === "quarter" ? v.slice(0, 7) : v;
}

function ours(text: string, lang: "zh" | "en"): string | null {
  const ctx = paragraphContext(lang === "zh" ? converterFor("t")(text) : text, lang);
  const dates = findDates(ctx, lang === "zh" ? ZH_DATE_RULES : EN_DATE_RULES);
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  // Duckling's span takes in a leading preposition ("in March"); ours cites the date alone
  const whole = lang === "en" ? ctx.text.trim().replace(/^(?:in|on|at|during)\s+/i, "") : ctx.text.trim();
  if (d.text.trim().length < whole.length) return null;
  const r = resolve(d.expr, ref, "forward");
  return r.resolved ? r.value : null;
}

function chronoValue(text: string, lang: "zh" | "en" = "zh"): string | null {
  const results = chrono[lang].parse(text, new Date("2013-02-12T04:30:00-02:00"), { forwardDate: true });
  const first = results[0];
  if (!first) return null;
  const d = first.start.date();
  // wall-clock time at -02:00
  const local = new Date(d.getTime() - 2 * 3600 * 1000);
  return local.toISOString().slice(0, 10);
}

const load = (f: string): Example[] => JSON.parse(readFileSync(requireShared(join(PEERS, "duckling", f)), "utf8")).examples;

describe("Duckling time.zh (day or coarser, no holidays)", () => {
  const examples = load("time.zh.json").filter((e) => e.expected && !e.expected.holiday && COARSE.has(grainOf(e)));
  const results = examples.map((e) => ({ e, got: ours(e.text, "zh"), want: expectedValue(e) }));
  const right = results.filter((r) => r.got === r.want);
  const chronoRight = examples.filter((e) => {
    const v = chronoValue(e.text);
    return v !== null && v.slice(0, expectedValue(e).length) === expectedValue(e);
  });
  afterAll(() => {
    const wrong = results.filter((r) => r.got !== r.want).map((r) => `    ${r.e.text} [${r.e.corpus}]: got ${r.got}, Duckling ${r.want}`);
    process.stdout.write(`\nDuckling time.zh: ${right.length} of ${examples.length} (${((100 * right.length) / examples.length).toFixed(1)}%); chrono-node 2.10.3 zh on the same: ${chronoRight.length} (${((100 * chronoRight.length) / examples.length).toFixed(1)}%)\n  misses:\n${wrong.join("\n")}\n`);
  });
  it("has the 262 examples the issue counts", () => expect(examples).toHaveLength(262));
  it("reads at least 85% of them exactly", () => expect(right.length / examples.length).toBeGreaterThanOrEqual(0.85));
});

describe("Duckling time.en (reported, not gated)", () => {
  const examples = load("time.en.json").filter((e) => e.expected && !e.expected.holiday && !e.latent && (e.corpus === "corpus" || e.corpus === "defaultCorpus") && COARSE.has(grainOf(e)));
  const right = examples.filter((e) => ours(e.text, "en") === expectedValue(e));
  const chronoRight = examples.filter((e) => chronoValue(e.text, "en")?.slice(0, expectedValue(e).length) === expectedValue(e));
  const pct = (n: number): string => ((100 * n) / examples.length).toFixed(1);
  afterAll(() => process.stdout.write(`\nDuckling time.en (day or coarser, no holidays): ${right.length} of ${examples.length} (${pct(right.length)}%); chrono-node 2.10.3 en on the same: ${chronoRight.length} (${pct(chronoRight.length)}%)\n`));
  it("is scored", () => expect(examples.length).toBeGreaterThan(100));
});
