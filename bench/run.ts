/**
 * npm run bench: the pipeline on a corpus, end to end, against the floor.
 *
 * 1. Writes the deterministic corpus (bench/corpus.ts: 2,000 documents, about 21 MB) and, for the scaling
 *    run, two and four times as many documents.
 * 2. Runs `bifacts extract` on it (a fresh process, --force) with two workers and with one, and at 1x,
 *    2x and 4x, measuring wall time, documents/s, MB/s, peak RSS (VmHWM of the process) and the time
 *    per stage (summed over the workers).
 * 3. Runs the floor in this process on the same texts, right before and right after the 1x runs: what no
 *    pipeline can skip (decoding, opencc-js folding, nodejieba segmentation of the Chinese, one pass over
 *    the English), and prints the pipeline's time as a ratio to it.
 * 4. Times the cold start of a one-document run, and the segmenter's dictionary load on its own (the
 *    pipeline's load, in a fresh process: the largest single part of that cold start).
 * 5. Measures the second-core ceiling: two separate processes on the two halves of the corpus against one
 *    half alone, which bounds what worker threads can gain on this machine.
 * A VM's speed drifts over the minutes a bench takes (by a quarter, seen here), so each comparison of two
 * set-ups brackets one between two runs of the other and compares with their mean: two workers, one, two
 * again (the floor around them too); one half alone, both halves together, one half alone again. Both
 * bracketing figures are printed, so drift shows.
 * Results go to out/bench.json. `--quick` skips the 2x and 4x runs.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import nodejieba from "nodejieba";
import { writeCorpus, type CorpusStats } from "./corpus";
import { PACKAGE_ROOT } from "../pipeline/version";
import { NODE_FLAGS } from "../cli/node-flags";

const CLI = join(PACKAGE_ROOT, "dist/cli/bifacts.js");
const WORK = join(PACKAGE_ROOT, "out/bench");

interface RunResult {
  label: string;
  workers: number;
  documents: number;
  megabytes: number;
  seconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMB: number;
  stageSeconds: Record<string, number>;
}

/** Runs the CLI in a fresh process; peak RSS is the process's high-water mark, read until it exits. */
function runCli(args: string[]): Promise<{ seconds: number; peakRssMB: number; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.stderr.resume();
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak), code: code ?? 1 });
    });
  });
}

async function extractRun(label: string, corpus: string, stats: CorpusStats, workers: number): Promise<RunResult> {
  const out = join(WORK, `out-${label}`);
  const timings = join(WORK, `timings-${label}.json`);
  rmSync(out, { recursive: true, force: true });
  const r = await runCli(["extract", corpus, "--out", out, "--force", "--workers", String(workers), "--timings", timings]);
  const t = JSON.parse(readFileSync(timings, "utf8")) as { stageMs: Record<string, number> };
  const mb = stats.bytes / 1e6;
  const result = {
    label,
    workers,
    documents: stats.documents,
    megabytes: Math.round(mb * 100) / 100,
    seconds: Math.round(r.seconds * 100) / 100,
    documentsPerSecond: Math.round((stats.documents / r.seconds) * 10) / 10,
    megabytesPerSecond: Math.round((mb / r.seconds) * 100) / 100,
    peakRssMB: r.peakRssMB,
    stageSeconds: Object.fromEntries(Object.entries(t.stageMs).map(([k, v]) => [k, Math.round(v / 100) / 10])),
  };
  process.stdout.write(`${label.padEnd(14)} ${String(workers).padStart(2)} workers  ${String(stats.documents).padStart(5)} docs ${mb.toFixed(1).padStart(6)} MB  ${result.seconds.toFixed(1).padStart(6)} s  ${String(result.documentsPerSecond).padStart(6)} docs/s  ${result.megabytesPerSecond.toFixed(2)} MB/s  peak RSS ${result.peakRssMB} MB\n`);
  return result;
}

/** What no pipeline can skip, on the same files: decode, fold, segment the Chinese, one pass over the English. */
function floor(corpus: string): { seconds: number; megabytesPerSecond: number } {
  const fold = OpenCC.Converter({ from: "t", to: "cn" });
  nodejieba.cut("预热"); // the dictionary loads once, before timing
  const files = readdirSync(corpus).sort();
  const started = performance.now();
  let bytes = 0;
  for (const f of files) {
    const data = readFileSync(join(corpus, f));
    bytes += data.length;
    const encoding = /utf-16le/.test(f) && !f.endsWith(".html") ? "utf-16le" : /gb18030/.test(f) ? "gb18030" : /big5/.test(f) ? "big5" : "utf-8";
    const text = fold(iconv.decode(data, encoding));
    nodejieba.cut((text.match(/[\p{Script=Han}，。、；：！？“”]+/gu) ?? []).join("\n"));
    let words = 0;
    for (const _ of text.matchAll(/[A-Za-z]+/g)) words++;
    if (words < 0) throw new Error("unreachable");
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds: Math.round(seconds * 100) / 100, megabytesPerSecond: Math.round((bytes / 1e6 / seconds) * 100) / 100 };
}

/**
 * The segmenter's dictionary load alone, as the pipeline loads it (its one-word TF-IDF table), in a fresh process:
 * this one has loaded it already, writing the corpus.
 */
function dictionaryLoadSeconds(): number {
  const script = `const t = performance.now(); require(${JSON.stringify(join(PACKAGE_ROOT, "dist/extractors/shared/zh-tokens.js"))}).tagLocally("预热"); process.stdout.write(String(performance.now() - t));`;
  const run = spawnSync(process.execPath, [...NODE_FLAGS, "-e", script], { encoding: "utf8" });
  return Math.round(Number(run.stdout) / 10) / 100;
}

/**
 * What this machine gives a second core on this work, with nothing shared: half the corpus in one
 * process without workers, alone; then both halves in two such processes at once. Two processes share
 * no segmenter, queue or heap, so their speedup bounds what two worker threads can reach here.
 */
async function secondCoreCeiling(corpus: string): Promise<{ aloneSeconds: number[]; togetherSeconds: number; speedup: number }> {
  const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const run = (half: number): ReturnType<typeof runCli> => {
    const out = join(WORK, `out-half-${half}`);
    rmSync(out, { recursive: true, force: true });
    return runCli(["extract", ...halves[half]!, "--out", out, "--force", "--workers", "0"]);
  };
  const before = await run(0);
  const together = await Promise.all([run(0), run(1)]);
  const after = await run(0);
  const togetherSeconds = Math.max(...together.map((r) => r.seconds));
  // two halves together against one half alone, twice (alone: the mean of the runs either side)
  return { aloneSeconds: [before.seconds, after.seconds].map(hundredths), togetherSeconds: hundredths(togetherSeconds), speedup: hundredths((2 * meanSeconds(before, after)) / togetherSeconds) };
}

const hundredths = (x: number): number => Math.round(x * 100) / 100;
/** the mean time of the two runs that bracket a comparison */
const meanSeconds = (a: { seconds: number }, b: { seconds: number }): number => (a.seconds + b.seconds) / 2;

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  mkdirSync(WORK, { recursive: true });
  const corpus = (times: number): { dir: string; stats: CorpusStats } => {
    const dir = join(WORK, `corpus-${times}x`);
    const stats = writeCorpus(dir, 2000 * times, times);
    return { dir, stats };
  };
  const one = corpus(1);
  process.stdout.write(`corpus: ${one.stats.documents} documents, ${(one.stats.bytes / 1e6).toFixed(1)} MB (out/bench/corpus-1x)\n`);
  // (the floor right before and right after the 1x runs it is compared with: a VM's speed drifts over the bench)
  const floorBefore = floor(one.dir);
  const main1x = await extractRun("1x", one.dir, one.stats, 2);
  const oneWorker = await extractRun("1x-1-worker", one.dir, one.stats, 1);
  // (two workers again, after one: the speedup is against the mean of the two-worker runs either side)
  const again = await extractRun("1x-again", one.dir, one.stats, 2);
  const runs: RunResult[] = [main1x, oneWorker];
  const floorAfter = floor(one.dir);
  if (!quick) {
    for (const times of [2, 4]) {
      const c = corpus(times);
      runs.push(await extractRun(`${times}x`, c.dir, c.stats, 2));
      rmSync(c.dir, { recursive: true, force: true });
    }
  }
  const ceiling = await secondCoreCeiling(one.dir);
  const f = { seconds: [floorBefore.seconds, floorAfter.seconds], megabytesPerSecond: [floorBefore.megabytesPerSecond, floorAfter.megabytesPerSecond] };
  const twoWorkerSeconds = meanSeconds(main1x, again);
  const cold = await runCli(["extract", join(PACKAGE_ROOT, "seeds/000_ed08729ef3b97a07.txt"), "--out", join(WORK, "out-cold"), "--force"]);
  const dictionaryLoad = dictionaryLoadSeconds();
  const perStage = Object.entries(main1x.stageSeconds).map(([k, v]) => `${k} ${v} s`).join(", ");
  const result = {
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    corpus: { documents: one.stats.documents, megabytes: Math.round((one.stats.bytes / 1e6) * 100) / 100 },
    runs,
    floor: f,
    // (the two-worker runs' mean against the floors' mean, each pair taken around the same minutes)
    pipelineToFloor: Math.round((twoWorkerSeconds / meanSeconds(floorBefore, floorAfter)) * 10) / 10,
    twoWorkersSpeedup: hundredths(oneWorker.seconds / twoWorkerSeconds),
    twoWorkersSeconds: [main1x.seconds, again.seconds],
    secondCoreCeiling: ceiling,
    coldStartSeconds: Math.round(cold.seconds * 100) / 100,
    dictionaryLoadSeconds: dictionaryLoad,
    scaling: quick ? null : runs.filter((r) => /^\dx$/.test(r.label)).map((r) => ({ label: r.label, secondsPerMB: Math.round((r.seconds / r.megabytes) * 1000) / 1000, peakRssMB: r.peakRssMB })),
  };
  process.stdout.write(`time per stage (1x, summed over workers): ${perStage}\n`);
  process.stdout.write(`floor (decode, opencc-js, nodejieba, one pass over English): ${f.seconds.join(" s before the 1x runs, ")} s after (${f.megabytesPerSecond.join(" and ")} MB/s); pipeline (two workers, mean of the two runs) / floor (mean): ${result.pipelineToFloor}x\n`);
  process.stdout.write(`two workers / one: ${result.twoWorkersSpeedup}x (one worker ${oneWorker.seconds} s, two ${main1x.seconds} s before and ${again.seconds} s after); cold start of a one-document run: ${result.coldStartSeconds} s (the segmenter's dictionary load alone, in a fresh process: ${dictionaryLoad} s)\n`);
  process.stdout.write(`second-core ceiling (two separate processes on the two halves / one half alone, no workers): ${ceiling.speedup}x (${ceiling.togetherSeconds} s together; one half alone ${ceiling.aloneSeconds.join(" s before, ")} s after)\n`);
  if (result.scaling) process.stdout.write(`scaling: ${result.scaling.map((s) => `${s.label} ${s.secondsPerMB} s/MB, peak ${s.peakRssMB} MB`).join("; ")}\n`);
  writeFileSync(join(PACKAGE_ROOT, "out/bench.json"), JSON.stringify(result, null, 2) + "\n");
  process.stdout.write("wrote out/bench.json\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
