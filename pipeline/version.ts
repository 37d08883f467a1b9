import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

interface Package {
  root: string;
  version: string;
}

/**
 * The project's package.json and its folder, found by walking up from here: from pipeline/ and from
 * dist/pipeline/ alike, and for the bench and the scripts, which read the repository's files through it.
 */
function findPackage(): Package | null {
  for (let dir = join(__dirname, ".."); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    try {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "bilingual-facts" && pkg.version) return { root: dir, version: pkg.version };
    } catch {
      // not ours or not JSON: try the next level up
    }
  }
  return null;
}

const found = findPackage();

export const TOOL_VERSION = found?.version ?? "0.0.0";

/** The project's folder, where files that are not modules (data for native code, page assets) are read from. */
export const PACKAGE_ROOT = found?.root ?? join(__dirname, "..");
