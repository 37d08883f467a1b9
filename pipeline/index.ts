/**
 * Library entry point: `extract` runs the pipeline on one document and returns its validated output.
 */
import { readFile } from "node:fs/promises";
import { DEFAULT_OPTIONS, Doc, DocumentError, type PipelineOptions } from "./document";
import { STAGES } from "./stages";
import { tooLargeReason } from "./support/limits";
import type { Output } from "../schemas/output";

export { DocumentError, DEFAULT_OPTIONS } from "./document";
export type { PipelineOptions, FoldVariant } from "./document";
export { DEFAULT_LIMITS, type Limits } from "./support/limits";
export { InvalidOutputError } from "./emit";
export { STAGES } from "./stages";
export * from "../schemas/output";

export type ExtractInput = string | { path: string; bytes: Uint8Array };

/** Runs every stage on one document. Throws DocumentError when the file cannot be used. */
export function runPipeline(path: string, bytes: Uint8Array, options: Partial<PipelineOptions> = {}): Doc {
  const all: PipelineOptions = { ...DEFAULT_OPTIONS, ...options, limits: { ...DEFAULT_OPTIONS.limits, ...options.limits } };
  const { maxBytes, timeBudgetMs } = all.limits;
  if (bytes.length > maxBytes) throw new DocumentError("input-too-large", tooLargeReason(bytes.length, maxBytes), "decode");
  const doc = new Doc(path, bytes, all);
  const started = performance.now();
  for (const stage of STAGES) {
    const t = performance.now();
    stage.run(doc);
    stageTimes[stage.name] = (stageTimes[stage.name] ?? 0) + performance.now() - t;
    // a stage runs to its end; the budget is checked before the next one starts
    const spent = performance.now() - started;
    if (spent > timeBudgetMs && stage !== STAGES[STAGES.length - 1]) throw new DocumentError("time-limit", `the document took ${Math.round(spent)} ms by the end of the ${stage.name} stage, over the budget of ${timeBudgetMs} ms (--time-limit)`, stage.name);
  }
  return doc;
}

/** time spent in each stage since the last call, in milliseconds (for the benchmark's per-stage report) */
let stageTimes: Record<string, number> = {};
export function takeStageTimes(): Record<string, number> {
  const taken = stageTimes;
  stageTimes = {};
  return taken;
}

/** Extracts the facts of one release: a file path, or a path (used as the name) with its bytes. */
export async function extract(input: ExtractInput, options: Partial<PipelineOptions> = {}): Promise<Output> {
  const { path, bytes } = typeof input === "string" ? { path: input, bytes: await readInput(input) } : input;
  return extractBytes(path, bytes, options);
}

export function extractBytes(path: string, bytes: Uint8Array, options: Partial<PipelineOptions> = {}): Output {
  const doc = runPipeline(path, bytes, options);
  if (!doc.output) throw new Error(`internal error: the pipeline produced no output for ${path}`);
  return doc.output;
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new DocumentError("unreadable-file", `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? ""} ${(e as Error).message}`.trim(), "decode");
  }
}
