/**
 * The seeds scored by the project's scorer (../shared/eval/score.mjs) on what `bifacts extract` writes:
 * count, date and place F1 at least 0.95, units right for 90% of matched counts, every citation reproducing
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

const REQUIRED = "count=0.95,date=0.95,place=0.95,units=0.9,integrity=1,alignment=1";

const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });

describe("seeds scored by score.mjs", () => {
  it(`meets ${REQUIRED}`, async () => {
    const out = mkdtempSync(join(tmpdir(), "bifacts-score-"));
    expect(await runCli(["extract", join(ROOT, "seeds"), "--out", out], { stdout: sink(), stderr: sink() })).toBe(0);
    const scorer = requireShared(join(SHARED, "eval", "score.mjs"));
    const r = spawnSync(process.execPath, [scorer, "--gold", join(SHARED, "gold", "seeds"), "--docs", join(ROOT, "seeds"), "--out", out, "--require", REQUIRED], { encoding: "utf8" });
    process.stdout.write(`\nscore.mjs on the seeds:\n${r.stdout.split("\n").filter((l) => /^\s+(count|date|place|alignment|citation|count units)|^score:|^REQUIRE/.test(l)).join("\n")}\n`);
    expect(r.stdout).not.toMatch(/REQUIRE/);
    expect(r.status).toBe(0);
  });
});
