import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root, found from here whether running from source or from dist/. */
export function projectRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "bilingual-facts") return dir;
  }
  throw new Error("cannot find the bilingual-facts repository root");
}

/** ../shared beside the repository. */
export const sharedDir = (): string => join(projectRoot(), "..", "shared");
