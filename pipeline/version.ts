import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Package {
  root: string;
  version: string;
}

/** The project's package.json and its folder, found from both pipeline/ and dist/pipeline/. */
function findPackage(): Package | null {
  for (const up of ["..", "../.."]) {
    const root = join(__dirname, up);
    try {
      const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "bilingual-facts" && pkg.version) return { root, version: pkg.version };
    } catch {
      // try the next level up
    }
  }
  return null;
}

const found = findPackage();

export const TOOL_VERSION = found?.version ?? "0.0.0";

/** The project's folder, where files that are not modules (data for native code, page assets) are read from. */
export const PACKAGE_ROOT = found?.root ?? join(__dirname, "..");
