/**
 * `bifacts extract`: runs the pipeline over a batch. Every input ends in the summary as ok, warnings or
 * failed (with its reason); one bad file never stops the batch; outputs are written atomically.
 */
import { cpus } from "node:os";
import { mkdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import PQueue from "p-queue";
import { DocumentError, type PipelineOptions } from "../pipeline/document";
import { extractBytes } from "../pipeline/index";
import { SCHEMA_VERSION, type Output } from "../schemas/output";
import { TOOL_VERSION } from "../pipeline/version";
import { collectInputs, type Input } from "./inputs";
import { serialise, writeAtomic } from "./write";
import { readReview, reviewPathFor, unmatchedDecisions } from "./review/decisions";
import type { Io } from "./bifacts";

export interface ExtractCliOptions {
  inputs: readonly string[];
  out: string | null;
  jsonl: boolean;
  concurrency: number | undefined;
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
  /** an editor's review beside the output (never rewritten by extract): its decisions, and those whose fact id is gone */
  review?: { decisions: number; unmatched: string[] };
}

export async function runExtract(options: ExtractCliOptions, io: Io): Promise<number> {
  const inputs = await collectInputs(options.inputs);
  if (!inputs.length) {
    io.stderr.write("bifacts: no input files found in " + options.inputs.join(", ") + "\n");
    return 2;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  const results: InputResult[] = new Array(inputs.length);
  const jsonl: (string | null)[] = new Array(inputs.length).fill(null);
  let nextLine = 0;
  let done = 0;
  const progress = io.stderr.isTTY === true;

  const queue = new PQueue({ concurrency: options.concurrency ?? Math.max(1, cpus().length) });
  inputs.forEach((input, i) => {
    void queue.add(async () => {
      const { result, text } = await processOne(input, options);
      results[i] = result;
      if (options.jsonl) {
        jsonl[i] = text ? JSON.stringify(JSON.parse(text)) : null;
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
  if (progress) io.stderr.write("\r\x1b[K");

  const summary = summarise(results);
  if (options.out) await writeAtomic(join(options.out, "_summary.json"), serialise(summary));
  for (const r of results) if (r.status === "failed") io.stderr.write(`failed: ${r.path}: ${r.reason}\n`);
  for (const r of results) if (r.review?.unmatched.length) io.stderr.write(`review: ${r.output}: ${r.review.unmatched.length} of ${r.review.decisions} decisions no longer match a fact: ${r.review.unmatched.join(", ")}\n`);
  const { ok, warnings, failed } = summary.counts;
  io.stderr.write(`bifacts: ${summary.counts.inputs} inputs: ${ok} ok, ${warnings} with warnings, ${failed} failed${options.out ? ` (outputs in ${options.out})` : ""}\n`);
  return failed ? 1 : 0;
}

async function processOne(input: Input, options: ExtractCliOptions): Promise<{ result: InputResult; text: string | null }> {
  const failed = (code: string, reason: string): { result: InputResult; text: null } => ({
    result: { path: input.path, output: null, status: "failed", code, reason, facts: 0, warnings: 0 },
    text: null,
  });
  if (input.problem) return failed(input.problem.code, input.problem.reason);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (e) {
    return failed("unreadable-file", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let output: Output;
  try {
    output = extractBytes(input.path, bytes, options.pipeline);
  } catch (e) {
    if (e instanceof DocumentError) return failed(e.code, e.message);
    return failed("internal-error", `internal error (please report): ${(e as Error).message}`);
  }
  const text = serialise(output);
  let outPath: string | null = null;
  if (options.out) {
    outPath = join(options.out, `${input.stem}.json`);
    try {
      await writeAtomic(outPath, text);
    } catch (e) {
      return failed("write-failed", `cannot write ${outPath}: ${(e as Error).message}`);
    }
  }
  // decisions an editor made on an earlier run stay; the ones whose fact is gone are listed
  let review: InputResult["review"];
  if (outPath) {
    try {
      const existing = readReview(reviewPathFor(outPath), output);
      if (Object.keys(existing.decisions).length) review = { decisions: Object.keys(existing.decisions).length, unmatched: unmatchedDecisions(existing, output) };
    } catch (e) {
      review = { decisions: 0, unmatched: [`unreadable review file: ${(e as Error).message}`] };
    }
  }
  return {
    result: {
      path: input.path,
      output: outPath ? relative(options.out!, outPath) : null,
      status: output.warnings.length ? "warnings" : "ok",
      code: null,
      reason: null,
      facts: output.facts.length,
      warnings: output.warnings.length,
      ...(review ? { review } : {}),
    },
    text,
  };
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
