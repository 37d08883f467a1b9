/**
 * `bifacts extract`: runs the pipeline over a batch. Every input ends in the summary as ok, warnings or
 * failed (with its reason); one bad file never stops the batch; outputs are written atomically.
 */
import { cpus } from "node:os";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { mkdir, readdir, unlink } from "node:fs/promises";
import { join, relative } from "node:path";
import PQueue from "p-queue";
import { DocumentError, type PipelineOptions } from "../pipeline/document";
import { hardLimitMs, WORKER_HEAP, WorkerPool, workersAvailable } from "./pool";
import { SCHEMA_VERSION, type Output } from "../schemas/output";
import { TOOL_VERSION } from "../pipeline/version";
import { collectInputs, type Input } from "./inputs";
import { serialise, serialisedPieces, writeAtomic } from "./write";
import { readReview, reviewPathFor, unmatchedDecisions } from "./review/decisions";
import { tooLargeReason } from "../pipeline/support/limits";
import type { Io } from "./bifacts";

export interface ExtractCliOptions {
  inputs: readonly string[];
  out: string | null;
  jsonl: boolean;
  concurrency: number | undefined;
  /** redo inputs whose output is already complete and current */
  force?: boolean;
  /** worker threads (default: one per CPU, but no more than inputs, when running from the build; 0: all in the main thread) */
  workers?: number;
  /** bound of each pooled worker's old-generation heap, in MB (default: WORKER_HEAP's) */
  workerHeapMb?: number;
  /** write the time spent per stage, summed over the batch, to this file */
  timings?: string | null;
  pipeline: PipelineOptions;
}

export interface InputResult {
  path: string;
  output: string | null;
  status: "ok" | "warnings" | "failed";
  code: string | null;
  reason: string | null;
  facts: number;
  warnings: number;
  /** the output was complete and current (same input bytes, tool version and options) and was kept */
  reused?: boolean;
  /** an editor's review beside the output (never rewritten by extract): its decisions, and those whose fact id is gone */
  review?: { decisions: number; unmatched: string[] };
}

export async function runExtract(options: ExtractCliOptions, io: Io): Promise<number> {
  const inputs = await collectInputs(options.inputs, options.out ?? undefined);
  if (!inputs.length) {
    io.stderr.write("bifacts: no input files found in " + options.inputs.join(", ") + "\n");
    return 2;
  }
  if (options.out) {
    // (a path that is a file, or a folder that cannot be made: the reason named, not a stack trace)
    try {
      await mkdir(options.out, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.stderr.write(`bifacts: cannot write outputs to ${options.out}: ${code === "ENOTDIR" || code === "EEXIST" ? "it, or a folder above it, is a file" : code === "EACCES" ? "permission denied" : (e as Error).message}\n`);
      return 2;
    }
    await removeStaleTemporaries(options.out);
  }
  const results: InputResult[] = new Array(inputs.length);
  const jsonl: (string | null)[] = new Array(inputs.length).fill(null);
  let nextLine = 0;
  let done = 0;
  const progress = io.stderr.isTTY === true;

  // no more workers than inputs by default: a worker with nothing to do still loads the whole pipeline,
  // on the core the main thread needs for the dictionary (one document: 1.8 to 1.3 s, 70 MB less)
  const workers = workersAvailable() ? (options.workers ?? Math.max(1, Math.min(cpus().length, inputs.length))) : 0;
  const heap = options.workerHeapMb === undefined ? WORKER_HEAP : { ...WORKER_HEAP, maxOldGenerationSizeMb: options.workerHeapMb };
  const notice = (message: string): void => void io.stderr.write(`bifacts: ${message}\n`);
  const pool = workers > 0 ? new WorkerPool(workers, { heap, notice, taskLimitMs: hardLimitMs(options.pipeline.limits.timeBudgetMs) }) : null;
  const stageTimes: Record<string, number> = {};
  const started = performance.now();
  // p-queue feeds the workers: with a bounded number in flight, memory stays flat whatever the batch size
  const queue = new PQueue({ concurrency: options.concurrency ?? (pool ? workers * 2 : Math.max(1, cpus().length)) });
  const addTimes = (times: Record<string, number>): void => {
    for (const [k, v] of Object.entries(times)) stageTimes[k] = (stageTimes[k] ?? 0) + v;
  };
  const run = async (input: Input): Promise<{ result: InputResult; jsonLine: string | null }> => {
    if (!pool) {
      const one = await processOne(input, options);
      addTimes(pipeline().takeStageTimes());
      return one;
    }
    const reply = await pool.run({ input, options });
    addTimes(reply.stageTimes ?? {});
    if (reply.code && reply.error) return { result: failedResult(input.path, reply.code, reply.error), jsonLine: null };
    if (reply.error || !reply.result) return { result: failedResult(input.path, "internal-error", `internal error (please report): ${reply.error}`), jsonLine: null };
    return { result: reply.result, jsonLine: reply.jsonLine ?? null };
  };
  inputs.forEach((input, i) => {
    void queue.add(async () => {
      const { result, jsonLine } = await run(input);
      results[i] = result;
      if (options.jsonl) {
        jsonl[i] = jsonLine;
        // stdout keeps input order whatever order documents finish in
        while (nextLine < inputs.length && results[nextLine]) {
          const line = jsonl[nextLine];
          if (line) io.stdout.write(line + "\n");
          jsonl[nextLine++] = null;
        }
      }
      done++;
      if (progress) io.stderr.write(`\r\x1b[K[${done}/${inputs.length}] ${input.path}`);
    });
  });
  await queue.onIdle();
  await pool?.close();
  if (progress) io.stderr.write("\r\x1b[K");
  if (options.timings) writeAtomic(options.timings, serialise({ workers, wallMs: Math.round(performance.now() - started), stageMs: Object.fromEntries(Object.entries(stageTimes).map(([k, v]) => [k, Math.round(v)])) }));

  const summary = summarise(results);
  if (options.out) writeAtomic(join(options.out, "_summary.json"), serialise(summary));
  for (const r of results) if (r.status === "failed") io.stderr.write(`failed: ${r.path}: ${r.reason}\n`);
  for (const r of results) if (r.review?.unmatched.length) io.stderr.write(`review: ${r.output}: ${r.review.unmatched.length} of ${r.review.decisions} decisions no longer match a fact: ${r.review.unmatched.join(", ")}\n`);
  const { ok, warnings, failed } = summary.counts;
  io.stderr.write(`bifacts: ${summary.counts.inputs} inputs: ${ok} ok, ${warnings} with warnings, ${failed} failed${options.out ? ` (outputs in ${options.out})` : ""}\n`);
  return failed ? 1 : 0;
}

/**
 * The pipeline, loaded on first use: with worker threads the main thread never runs it, and does not
 * pay for its dictionaries and lexicons.
 */
const pipeline = (): typeof import("../pipeline/index") => require("../pipeline/index") as typeof import("../pipeline/index");

/** One input read, extracted and written; `jsonLine` is the output as one line of JSON when --jsonl asks for it. */
export async function processOne(input: Input, options: ExtractCliOptions): Promise<{ result: InputResult; jsonLine: string | null }> {
  const failed = (code: string, reason: string): { result: InputResult; jsonLine: null } => ({ result: failedResult(input.path, code, reason), jsonLine: null });
  const lineOf = (output: Output): string | null => (options.jsonl ? JSON.stringify(output) : null);
  if (input.problem) return failed(input.problem.code, input.problem.reason);
  let bytes: Uint8Array;
  try {
    // the size first: a file over the limit is never read into memory. Synchronous, as writeAtomic is (cli/write.ts)
    const size = statSync(input.path).size;
    if (size > options.pipeline.limits.maxBytes) return failed("input-too-large", tooLargeReason(size, options.pipeline.limits.maxBytes));
    bytes = readFileSync(input.path);
  } catch (e) {
    return failed("unreadable-file", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const outPath = options.out ? join(options.out, `${input.stem}.json`) : null;
  if (outPath && !options.force) {
    const kept = currentOutput(outPath, bytes, options.pipeline);
    if (kept) return { result: { ...resultOf(input.path, relative(options.out!, outPath), kept), reused: true, ...reviewOf(outPath, kept) }, jsonLine: lineOf(kept) };
  }
  let output: Output;
  try {
    output = pipeline().extractBytes(input.path, bytes, options.pipeline);
  } catch (e) {
    if (e instanceof DocumentError) return failed(e.code, e.message);
    return failed("internal-error", `internal error (please report): ${(e as Error).message}`);
  }
  if (outPath) {
    try {
      writeAtomic(outPath, serialisedPieces(output));
    } catch (e) {
      return failed("write-failed", `cannot write ${outPath}: ${(e as Error).message}`);
    }
  }
  return { result: { ...resultOf(input.path, outPath ? relative(options.out!, outPath) : null, output), ...(outPath ? reviewOf(outPath, output) : {}) }, jsonLine: lineOf(output) };
}

function failedResult(path: string, code: string, reason: string): InputResult {
  return { path, output: null, status: "failed", code, reason, facts: 0, warnings: 0 };
}

function resultOf(path: string, output: string | null, out: Output): InputResult {
  return { path, output, status: out.warnings.length ? "warnings" : "ok", code: null, reason: null, facts: out.facts.length, warnings: out.warnings.length };
}

/** decisions an editor made on an earlier run stay; the ones whose fact is gone are listed */
function reviewOf(outPath: string, output: Output): Pick<InputResult, "review"> {
  try {
    const existing = readReview(reviewPathFor(outPath), output);
    const n = Object.keys(existing.decisions).length;
    return n ? { review: { decisions: n, unmatched: unmatchedDecisions(existing, output) } } : {};
  } catch (e) {
    return { review: { decisions: 0, unmatched: [`unreadable review file: ${(e as Error).message}`] } };
  }
}

/**
 * The output already written for these bytes, when it is complete and current: it parses, and it was
 * made from the same bytes (sha256) by the same tool version with the same options. Anything else is redone.
 */
function currentOutput(path: string, bytes: Uint8Array, pipeline: PipelineOptions): Output | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  try {
    const output = JSON.parse(text) as Output;
    const same =
      output.tool?.version === TOOL_VERSION &&
      output.schemaVersion === SCHEMA_VERSION &&
      output.document?.sha256 === createHash("sha256").update(bytes).digest("hex") &&
      output.options?.fold === pipeline.fold &&
      output.options?.referenceDate === pipeline.referenceDate &&
      output.options?.dateDirection === pipeline.dateDirection &&
      (pipeline.html === "auto" || (output.document.format === "html") === pipeline.html);
    return same ? output : null;
  } catch {
    return null; // a half-written or foreign file: redo it
  }
}

/** temporaries left by a run that was killed mid-write (writeAtomic names them <file>.<pid>.<hex>.tmp) */
async function removeStaleTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir)) if (/\.\d+\.[0-9a-f]{8}\.tmp$/.test(name)) await unlink(join(dir, name)).catch(() => undefined);
}

function summarise(results: InputResult[]) {
  const count = (s: InputResult["status"]): number => results.filter((r) => r.status === s).length;
  return {
    tool: { name: "bilingual-facts", version: TOOL_VERSION },
    schemaVersion: SCHEMA_VERSION,
    counts: { inputs: results.length, ok: count("ok"), warnings: count("warnings"), failed: count("failed") },
    inputs: results,
  };
}
