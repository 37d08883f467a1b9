import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The tool's version, from package.json (found from both pipeline/ and dist/pipeline/). */
function readVersion(): string {
  for (const up of ["..", "../.."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "bilingual-facts" && pkg.version) return pkg.version;
    } catch {
      // try the next level up
    }
  }
  return "0.0.0";
}

export const TOOL_VERSION = readVersion();
