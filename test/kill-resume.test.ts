/**
 * A batch killed part way (SIGKILL, no chance to clean up) and run again: every output is then complete
 * and byte-identical to an uninterrupted run, the re-run reuses what was already complete and current,
 * and no temporary file is left. Runs the built CLI (dist/, built by npm test before jest).
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers";

const CLI = join(ROOT, "dist/cli/bifacts.js");
const SOURCES = ["seeds", "fixtures/bilingual", "fixtures/places", "fixtures/places/round2"].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((f) => join(ROOT, d, f)),
);

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "bifacts-kill-in-"));
  // copies under new names make a batch long enough to be killed in the middle
  for (let k = 0; k < 3; k++) for (const [i, src] of SOURCES.entries()) copyFileSync(src, join(dir, `${k}-${i}-${src.split("/").pop()}`));
  return dir;
}

const outputs = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "_summary.json").sort();

describe("a batch killed with SIGKILL and run again", () => {
  it("ends with every output complete and byte-identical to an uninterrupted run", async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it before jest`);
    const input = corpus();
    const whole = mkdtempSync(join(tmpdir(), "bifacts-kill-whole-"));
    expect(spawnSync(process.execPath, [CLI, "extract", input, "--out", whole, "--concurrency", "1"]).status).toBe(0);

    const out = join(mkdtempSync(join(tmpdir(), "bifacts-kill-out-")), "out");
    mkdirSync(out);
    const child = spawn(process.execPath, [CLI, "extract", input, "--out", out, "--concurrency", "1"], { stdio: "ignore" });
    // kill it once some outputs are written and before the batch is done
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (outputs(out).length >= 5) {
          clearInterval(timer);
          child.kill("SIGKILL");
          resolve();
        }
      }, 5);
      child.on("exit", () => {
        clearInterval(timer);
        reject(new Error("the batch finished before it could be killed"));
      });
    });
    await new Promise((r) => child.on("exit", r));
    const partial = outputs(out);
    expect(partial.length).toBeLessThan(outputs(whole).length);
    // what was written is complete: each output parses
    for (const f of partial) expect(() => JSON.parse(readFileSync(join(out, f), "utf8"))).not.toThrow();

    const again = spawnSync(process.execPath, [CLI, "extract", input, "--out", out, "--concurrency", "1"]);
    expect(again.status).toBe(0);
    expect(outputs(out)).toEqual(outputs(whole));
    for (const f of outputs(whole)) expect(readFileSync(join(out, f), "utf8")).toBe(readFileSync(join(whole, f), "utf8"));
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, "_summary.json"), "utf8"));
    expect(summary.inputs.filter((r: { reused?: boolean }) => r.reused).length).toBeGreaterThanOrEqual(partial.length - 1);
  }, 120000);
});

describe("worker threads", () => {
  it("give byte-identical outputs to a run in the main thread (the workers share the main thread's segmenter)", () => {
    const input = corpus();
    const [inline, pooled] = [mkdtempSync(join(tmpdir(), "bifacts-w0-")), mkdtempSync(join(tmpdir(), "bifacts-w2-"))];
    expect(spawnSync(process.execPath, [CLI, "extract", input, "--out", inline, "--workers", "0"]).status).toBe(0);
    expect(spawnSync(process.execPath, [CLI, "extract", input, "--out", pooled, "--workers", "2"]).status).toBe(0);
    expect(outputs(pooled)).toEqual(outputs(inline));
    for (const f of outputs(inline)) expect(readFileSync(join(pooled, f), "utf8")).toBe(readFileSync(join(inline, f), "utf8"));
  }, 120000);
});

describe("a worker's heap bound", () => {
  it("runs a document that needs more again in a worker of its own: the output is the same as in the main thread, and the user is told", () => {
    // a long document (the sources one after another): far more than a 16 MB heap holds
    const dir = mkdtempSync(join(tmpdir(), "bifacts-heap-in-"));
    writeFileSync(join(dir, "long.txt"), SOURCES.filter((f) => f.endsWith(".txt")).map((f) => readFileSync(f, "utf8")).join("\n\n"));
    copyFileSync(SOURCES[0]!, join(dir, "short.txt"));
    const [inline, bounded] = [mkdtempSync(join(tmpdir(), "bifacts-heap-w0-")), mkdtempSync(join(tmpdir(), "bifacts-heap-w1-"))];
    expect(spawnSync(process.execPath, [CLI, "extract", dir, "--out", inline, "--workers", "0"]).status).toBe(0);
    const run = spawnSync(process.execPath, [CLI, "extract", dir, "--out", bounded, "--workers", "1", "--worker-heap", "16"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/long\.txt: needed more than a worker's heap bound \(16 MB, --worker-heap\); ran again in a worker of its own/);
    expect(outputs(bounded)).toEqual(["long.json", "short.json"]);
    for (const f of outputs(inline)) expect(readFileSync(join(bounded, f), "utf8")).toBe(readFileSync(join(inline, f), "utf8"));
  }, 120000);
});
