/**
 * Library entry point: `extract` runs the pipeline on one document and returns its validated output.
 */
import { readFile } from "node:fs/promises";
import { DEFAULT_OPTIONS, Doc, DocumentError, type PipelineOptions } from "./document";
import { STAGES } from "./stages";
import type { Output } from "../schemas/output";

export { DocumentError, DEFAULT_OPTIONS } from "./document";
export type { PipelineOptions, FoldVariant } from "./document";
export { InvalidOutputError } from "./emit";
export { STAGES } from "./stages";
export * from "../schemas/output";

export type ExtractInput = string | { path: string; bytes: Uint8Array };

/** Runs every stage on one document. Throws DocumentError when the file cannot be used. */
export function runPipeline(path: string, bytes: Uint8Array, options: Partial<PipelineOptions> = {}): Doc {
  const doc = new Doc(path, bytes, { ...DEFAULT_OPTIONS, ...options });
  for (const stage of STAGES) stage.run(doc);
  return doc;
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
