import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";

/** Writes a file atomically: a temporary file beside it, then a rename, so a reader never sees half. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** The one serialisation of an output: stable key order (the schema's), two-space indent, final newline. */
export function serialise(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
