/**
 * Writes fixtures/releases/expected/<release>.facts from the current code: run it after a change whose
 * effect on the regression set was reviewed, and commit the diff of those files with the change.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractBytes } from "../pipeline/index";
import { factLines } from "./fact-lines";

// run from dist/scripts
const RELEASES = join(__dirname, "..", "..", "fixtures", "releases");

export function releaseFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.(txt|html?)$/.test(name)).sort();
}

if (require.main === module) {
  let changed = 0;
  for (const name of releaseFiles(RELEASES)) {
    const text = factLines(extractBytes(`fixtures/releases/${name}`, readFileSync(join(RELEASES, name)))).join("\n") + "\n";
    const path = join(RELEASES, "expected", `${name}.facts`);
    let before = "";
    try { before = readFileSync(path, "utf8"); } catch { /* a new release */ }
    if (before !== text) { writeFileSync(path, text); changed++; console.log(`wrote ${path}`); }
  }
  console.log(`${changed} expected file(s) changed`);
}
