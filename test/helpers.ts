import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { extractBytes } from "../pipeline/index";
import type { Output } from "../schemas/output";

export const ROOT = join(__dirname, "..");
export const SEEDS = ["000_ed08729ef3b97a07.txt", "003_7acbdc741b9530d6.txt"];

const cache = new Map<string, Output>();
/** The output for a file of the repo (cached: the seeds are read by many tests). */
export function outputFor(relPath: string): Output {
  let out = cache.get(relPath);
  if (!out) {
    out = extractBytes(relPath, readFileSync(join(ROOT, relPath)));
    cache.set(relPath, out);
  }
  return out;
}

let validator: ReturnType<Ajv2020["compile"]> | null = null;
/** Validates against the checked-in JSON Schema (what downstream tools use), not the zod schema. */
export function validateJsonSchema(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas/facts.schema.json"), "utf8")));
  }
  return validator(value) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
