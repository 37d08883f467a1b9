/**
 * The seeds scored by the project's scorer (../shared/eval/score.mjs) on what `bifacts extract` writes:
 * count, date and place F1 at least 0.95, agreement and agreement-typed F1 1, units right for 90% of matched counts, every citation reproducing
 * its quote, alignment F1 1. The scorer's own report is printed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "../cli/bifacts";
import { SHARED, requireShared } from "./peers/paths";
import { ROOT } from "./helpers";

const REQUIRED = "count=0.95,date=0.95,place=0.95,agreement=1,agreement-typed=1,units=0.9,integrity=1,alignment=1";

const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });

describe("seeds scored by score.mjs", () => {
  it(`meets ${REQUIRED}`, async () => {
    const out = mkdtempSync(join(tmpdir(), "bifacts-score-"));
    expect(await runCli(["extract", join(ROOT, "seeds"), "--out", out], { stdout: sink(), stderr: sink() })).toBe(0);
    const scorer = requireShared(join(SHARED, "eval", "score.mjs"));
    const r = spawnSync(process.execPath, [scorer, "--gold", join(SHARED, "gold", "seeds"), "--docs", join(ROOT, "seeds"), "--out", out, "--require", REQUIRED], { encoding: "utf8" });
    process.stdout.write(`\nscore.mjs on the seeds:\n${r.stdout.split("\n").filter((l) => /^\s+(count|date|place|agreement|alignment|citation|count units)|^score:|^REQUIRE/.test(l)).join("\n")}\n`);
    expect(r.stdout).not.toMatch(/REQUIRE/);
    expect(r.status).toBe(0);
  });
});

describe("claims both languages state", () => {
  // the shared gold gives each count and agreement a quote in each language: the fact must cite both
  const { readFileSync, readdirSync } = require("node:fs") as typeof import("node:fs");
  const { outputFor } = require("./helpers") as typeof import("./helpers");
  const goldDir = join(SHARED, "gold", "seeds");
  const golds = readdirSync(requireShared(goldDir)).map((f) => JSON.parse(readFileSync(join(goldDir, f), "utf8")));
  const cases = golds.flatMap((g) => [...g.counts, ...g.agreements].filter((c: { quote?: string; quote_zh?: string; optional?: boolean }) => c.quote && c.quote_zh && !c.optional).map((c: { quote: string; quote_zh: string }) => [g.doc as string, c.quote, c] as const));
  it.each(cases)("%s: %s is cited in both languages", (doc, _quote, c) => {
    const out = outputFor(`seeds/${doc}`);
    const span = (q: string): [number, number] => {
      const at = out.source.text.indexOf(q);
      return [at, at + q.length];
    };
    const [en, zh] = [span(c.quote), span(c.quote_zh)];
    const overlaps = (e: { source: { start: number; end: number } }, s: [number, number]): boolean => e.source.start < s[1] && s[0] < e.source.end;
    const fact = out.facts.find((f) => (f.kind === "count" || f.kind === "agreement") && f.evidence.some((e) => overlaps(e, en)) && f.evidence.some((e) => overlaps(e, zh)));
    expect(fact?.evidence.map((e) => e.lang).sort().filter((l, i, a) => a.indexOf(l) === i)).toEqual(["en", "zh"]);
  });
});
