/**
 * Finding the inputs of a batch: files named on the command line, and every file below a named folder,
 * in a stable order, less the batch's own output folder below them. Nothing is dropped silently: what
 * cannot be listed or is not a regular file comes back as a failed input with its reason.
 */
import { lstat, readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";

export interface Input {
  path: string;
  /** output name without extension: the file name less its extension, unique within the batch */
  stem: string;
  /** set when the input cannot be processed at all */
  problem?: { code: string; reason: string };
}

/**
 * `outputs` is the batch's output folder: below a named folder it holds the batch's own outputs, not
 * inputs (a second run of `extract releases --out releases/out` would read the first run's JSON).
 */
export async function collectInputs(args: readonly string[], outputs?: string): Promise<Input[]> {
  const paths: Input[] = [];
  const skip = outputs ? resolve(outputs) : null;
  for (const arg of args) {
    let st;
    try {
      st = await stat(arg);
    } catch (e) {
      const broken = await lstat(arg).then((l) => l.isSymbolicLink(), () => false);
      paths.push({ path: arg, stem: "", problem: broken ? { code: "broken-link", reason: "the symbolic link points to nothing" } : { code: "not-found", reason: `cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } });
      continue;
    }
    if (st.isDirectory()) paths.push(...(await walk(arg, skip)));
    else paths.push({ path: arg, stem: "" });
  }
  return assignStems(paths);
}

async function walk(dir: string, skip: string | null): Promise<Input[]> {
  const out: Input[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return [{ path: dir, stem: "", problem: { code: "unreadable-folder", reason: `cannot list the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (resolve(path) !== skip) out.push(...(await walk(path, skip)));
    }
    else if (e.isFile()) out.push({ path, stem: "" });
    else if (e.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (!target) out.push({ path, stem: "", problem: { code: "broken-link", reason: "the symbolic link points to nothing" } });
      else if (target.isFile()) out.push({ path, stem: "" });
      else if (target.isDirectory()) out.push({ path, stem: "", problem: { code: "not-a-file", reason: "a link to a folder is not followed (to avoid loops); name the folder itself" } });
    } else {
      out.push({ path, stem: "", problem: { code: "not-a-file", reason: "not a regular file (device, socket or pipe)" } });
    }
  }
  return out;
}

/** `a.txt` → `a`; a second `a.html` in the same batch → `a.html`, so no output overwrites another. */
function assignStems(inputs: Input[]): Input[] {
  const used = new Set<string>();
  for (const input of inputs) {
    const name = basename(input.path);
    let stem = name.slice(0, name.length - extname(name).length) || name;
    if (used.has(stem)) stem = name;
    for (let i = 2; used.has(stem); i++) stem = `${name}.${i}`;
    used.add(stem);
    input.stem = stem;
  }
  return inputs;
}
