#!/usr/bin/env -S node --v8-pool-size=1
/**
 * bifacts: the command line.
 *
 *   bifacts extract <files or folders...> --out DIR [--jsonl] [--concurrency N] [--fold t|tw|hk|twp|hkp]
 *                                                  [--reference-date YYYY-MM-DD] [--html]
 *   bifacts review <outputs> [--port N]          the review page on 127.0.0.1
 *   bifacts report <outputs> --html FILE         the review page as one self-contained file
 *   bifacts schema          print the JSON Schema of the output
 *   bifacts stages          list the pipeline's stages in order
 *
 * The shebang starts node with the variables and options of cli/node-flags.ts (env -S splits them).
 */
import { parseArgs } from "node:util";
import { runExtract, type ExtractCliOptions } from "./extract-command";
import { runReviewCommand } from "./review-command";
import { outputJsonSchema } from "../schemas/output";
import type { FoldVariant } from "../pipeline/document";
import { DEFAULT_LIMITS } from "../pipeline/support/limits";

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const USAGE = `usage:
  bifacts extract <files or folders...> --out DIR   extract facts, one DIR/<stem>.json per input
      --jsonl                 write one JSON document per line to stdout instead of files
      --concurrency N         documents in flight at once (default: number of CPUs)
      --fold VARIANT          traditional script to fold from: t (default), tw, hk, twp, hkp
      --reference-date DATE   anchor for relative dates when a document has no publication date
      --date-direction DIR    past (default: releases report what happened) or forward
      --html                  read every input as HTML (default: by extension or content)
      --force                 redo every input (default: skip inputs whose output is complete and current)
      --workers N             worker threads (default: one per CPU, no more than inputs; 0: everything in the main thread)
      --worker-heap MB        bound of each worker's heap (default 160); a document that needs more runs
                              again in a worker of its own without the bound
      --timings FILE          write the time spent in each stage, summed over the batch, to FILE
      --max-bytes N           refuse inputs larger than N bytes (default 20 MB)
      --time-limit SECONDS    fail a document that takes longer (default 120, checked between stages;
                              a worker still running at 1.5 times the limit plus a second is stopped)
  bifacts review <output files or folders> [--port N]
                              serve the review page on 127.0.0.1 (default port 8765); decisions are
                              saved beside each output as <stem>.review.json
  bifacts report <output files or folders> --html FILE
                              write the review page as one self-contained HTML file
  bifacts schema              print the output's JSON Schema
  bifacts stages              list the pipeline's stages in order
`;

const FOLDS: readonly FoldVariant[] = ["t", "tw", "hk", "twp", "hkp"];

/** Runs the CLI; returns the exit code (0 ok, 1 some inputs failed, 2 bad usage). */
export async function runCli(argv: readonly string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "schema") {
    io.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
    return 0;
  }
  if (command === "stages") {
    // loaded here only: the stages bring the dictionaries and lexicons, which a batch loads in its workers
    const { STAGES } = require("../pipeline/stages") as typeof import("../pipeline/stages");
    STAGES.forEach((s, i) => io.stdout.write(`${i + 1}. ${s.name}: ${s.summary}\n`));
    return 0;
  }
  if (command === "help" || command === "--help" || command === "-h") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === "review" || command === "report") return runReviewCommand(command, rest, io, USAGE);
  if (command !== "extract") {
    io.stderr.write(command ? `bifacts: unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        jsonl: { type: "boolean", default: false },
        concurrency: { type: "string" },
        fold: { type: "string", default: "t" },
        "reference-date": { type: "string" },
        "date-direction": { type: "string", default: "past" },
        html: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        workers: { type: "string" },
        timings: { type: "string" },
        "max-bytes": { type: "string" },
        "time-limit": { type: "string" },
        "worker-heap": { type: "string" },
      },
    });
  } catch (e) {
    io.stderr.write(`bifacts: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const problems: string[] = [];
  if (!positionals.length) problems.push("name at least one file or folder");
  if (!values.out && !values.jsonl) problems.push("give --out DIR (or --jsonl to write to stdout)");
  const fold = values.fold as FoldVariant;
  if (!FOLDS.includes(fold)) problems.push(`--fold must be one of ${FOLDS.join(", ")}`);
  const referenceDate = values["reference-date"] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) problems.push("--reference-date must be YYYY-MM-DD");
  const dateDirection = values["date-direction"] as "past" | "forward";
  if (dateDirection !== "past" && dateDirection !== "forward") problems.push("--date-direction must be past or forward");
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) problems.push("--concurrency must be a whole number of at least 1");
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_LIMITS.maxBytes : Number(values["max-bytes"]);
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) problems.push("--max-bytes must be a whole number of bytes");
  const timeLimit = values["time-limit"] === undefined ? DEFAULT_LIMITS.timeBudgetMs / 1000 : Number(values["time-limit"]);
  if (!(timeLimit > 0)) problems.push("--time-limit must be a number of seconds");
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) problems.push("--workers must be a whole number (0 for none)");
  const workerHeapMb = values["worker-heap"] === undefined ? undefined : Number(values["worker-heap"]);
  if (workerHeapMb !== undefined && !(Number.isInteger(workerHeapMb) && workerHeapMb >= 16)) problems.push("--worker-heap must be a whole number of megabytes, at least 16");
  if (problems.length) {
    io.stderr.write(problems.map((p) => `bifacts: ${p}\n`).join("") + USAGE);
    return 2;
  }
  const options: ExtractCliOptions = {
    inputs: positionals,
    out: values.out ?? null,
    jsonl: values.jsonl ?? false,
    concurrency,
    force: values.force ?? false,
    workers,
    workerHeapMb,
    timings: values.timings ?? null,
    pipeline: { fold, referenceDate, html: values.html ? true : "auto", dateDirection, limits: { ...DEFAULT_LIMITS, maxBytes, timeBudgetMs: timeLimit * 1000 } },
  };
  return runExtract(options, io);
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`bifacts: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
