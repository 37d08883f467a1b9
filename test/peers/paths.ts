import { existsSync } from "node:fs";
import { join } from "node:path";

/** ../shared beside the repo (CI clones it there); the peer suites live in it. */
export const SHARED = join(__dirname, "../../../shared");
export const PEERS = join(SHARED, "peers");
export function requireShared(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: the peer suites come from ../shared beside the repo`);
  return path;
}
