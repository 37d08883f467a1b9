import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "../cli/bifacts";
import { NODE_LAUNCH } from "../cli/node-flags";
import { OutputSchema } from "../schemas/output";
import { ROOT, SEEDS, validateJsonSchema } from "./helpers";

function capture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join("");
  return w;
}

async function run(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function batchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "bifacts-in-"));
  for (const s of SEEDS) copyFileSync(join(ROOT, "seeds", s), join(dir, s));
  writeFileSync(join(dir, "empty.txt"), "");
  // unreadable: a link to nothing (root reads any file, so permissions alone cannot make one unreadable)
  symlinkSync(join(dir, "gone.txt"), join(dir, "unreadable.txt"));
  if (process.getuid?.() !== 0) {
    writeFileSync(join(dir, "locked.txt"), "山西");
    chmodSync(join(dir, "locked.txt"), 0o000);
  }
  return dir;
}

describe("bifacts extract", () => {
  it("names the output path and the reason when the output folder cannot be made, with no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-in-"));
    copyFileSync(join(ROOT, "seeds", SEEDS[0]!), join(dir, SEEDS[0]!));
    const file = join(mkdtempSync(join(tmpdir(), "bifacts-out-")), "taken");
    writeFileSync(file, "a file, not a folder");
    for (const out of [file, join(file, "below")]) {
      const r = await run(["extract", dir, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`bifacts: cannot write outputs to ${out}: it, or a folder above it, is a file\n`);
    }
  });

  it("writes the good outputs, reports each failure by name with a reason, and exits non-zero", async () => {
    const dir = batchFolder();
    const out = mkdtempSync(join(tmpdir(), "bifacts-out-"));
    const r = await run(["extract", dir, "--out", out]);
    expect(r.code).toBe(1);
    for (const s of SEEDS) {
      const json = JSON.parse(readFileSync(join(out, s.replace(/\.txt$/, ".json")), "utf8"));
      expect(() => OutputSchema.parse(json)).not.toThrow();
      expect(validateJsonSchema(json)).toEqual([]);
    }
    expect(r.stderr).toContain(`failed: ${join(dir, "empty.txt")}: the file is empty (0 bytes)`);
    expect(r.stderr).toMatch(new RegExp(`failed: ${join(dir, "unreadable.txt").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: the symbolic link points to nothing`));
    if (process.getuid?.() !== 0) expect(r.stderr).toContain(`failed: ${join(dir, "locked.txt")}: cannot read the file (EACCES)`);
    const summary = JSON.parse(readFileSync(join(out, "_summary.json"), "utf8"));
    expect(summary.counts.inputs).toBe(summary.counts.ok + summary.counts.warnings + summary.counts.failed);
    expect(summary.inputs.map((i: { path: string }) => i.path)).toEqual(readdirSync(dir).sort().map((f) => join(dir, f)));
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("fails only the input whose output cannot be written, naming it, and leaves no temporary behind", async () => {
    const out = mkdtempSync(join(tmpdir(), "bifacts-out-"));
    const [blocked, free] = SEEDS.map((s) => s.replace(/\.txt$/, ".json"));
    mkdirSync(join(out, blocked!)); // a directory where the output goes: the rename onto it fails
    const r = await run(["extract", join(ROOT, "seeds"), "--out", out, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failed: ${join(ROOT, "seeds", SEEDS[0]!)}: cannot write ${join(out, blocked!)}`);
    const summary = JSON.parse(readFileSync(join(out, "_summary.json"), "utf8"));
    expect(summary.inputs.map((i: { status: string; code: string | null }) => [i.status, i.code])).toEqual([["failed", "write-failed"], [expect.stringMatching(/^ok|warnings$/), null]]);
    expect(() => OutputSchema.parse(JSON.parse(readFileSync(join(out, free!), "utf8")))).not.toThrow();
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes one JSON document per line to stdout with --jsonl, in input order", async () => {
    const r = await run(["extract", join(ROOT, "seeds"), "--jsonl", "--concurrency", "2"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.document.path)).toEqual(SEEDS.map((s) => join(ROOT, "seeds", s)));
  });

  it("prints with --jsonl and --out the written outputs, one per line, made afresh or reused", async () => {
    const out = mkdtempSync(join(tmpdir(), "bifacts-jsonl-"));
    const written = (): string[] => SEEDS.map((s) => JSON.stringify(JSON.parse(readFileSync(join(out, s.replace(/\.txt$/, ".json")), "utf8"))));
    const fresh = await run(["extract", join(ROOT, "seeds"), "--out", out, "--jsonl"]);
    expect(fresh.stdout.split("\n").filter(Boolean)).toEqual(written());
    const reused = await run(["extract", join(ROOT, "seeds"), "--out", out, "--jsonl", "--workers", "0"]);
    expect(JSON.parse(readFileSync(join(out, "_summary.json"), "utf8")).inputs.every((i: { reused?: boolean }) => i.reused)).toBe(true);
    expect(reused.stdout).toBe(fresh.stdout);
  });

  it("reads no output of its own as an input when the output folder is inside the input folder, run after run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-inside-"));
    for (const s of SEEDS) copyFileSync(join(ROOT, "seeds", s), join(dir, s));
    const out = join(dir, "out");
    for (let i = 0; i < 2; i++) {
      const r = await run(["extract", dir, "--out", out, "--workers", "0"]);
      expect(r.code).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual([...SEEDS.map((s) => s.replace(/\.txt$/, ".json")), "_summary.json"].sort());
  });

  it("gives byte-identical output on a second run", async () => {
    const a = mkdtempSync(join(tmpdir(), "bifacts-a-"));
    const b = mkdtempSync(join(tmpdir(), "bifacts-b-"));
    await run(["extract", "seeds", "--out", a, "--concurrency", "1"]);
    await run(["extract", "seeds", "--out", b, "--concurrency", "2"]);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
  });

  it("exits 2 on bad usage, naming the problem", async () => {
    expect((await run(["extract", "seeds"])).stderr).toContain("give --out DIR");
    expect((await run(["extract", "seeds"])).code).toBe(2);
    expect((await run(["extract", "seeds", "--out", "x", "--fold", "zz"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  it("prints the JSON Schema", async () => {
    const r = await run(["schema"]);
    expect(JSON.parse(r.stdout).title).toBe("bilingual-facts output");
  });
});

describe("the built command (dist/cli/bifacts.js)", () => {
  const bin = join(ROOT, "dist/cli/bifacts.js");
  /** the bin started as a shell starts it: the kernel runs the shebang's program with its one argument, then the script */
  const shebang = (script: string): [string, string] => {
    const m = /^#!(\S+) (.+)\n/.exec(readFileSync(script, "utf8"));
    if (!m) throw new Error(`${script} has no shebang with an argument`);
    return [m[1]!, m[2]!];
  };
  it("runs on the seeds from a shell, with node's options from its shebang", () => {
    if (!existsSync(bin)) throw new Error("dist/ is missing: `npm test` builds it first (npm run build)");
    const out = mkdtempSync(join(tmpdir(), "bifacts-bin-"));
    const [program, argument] = shebang(bin);
    const r = spawnSync(program, [argument, bin, "extract", join(ROOT, "seeds"), "--out", out], { encoding: "utf8" });
    expect(r.stderr).toContain("2 inputs: ");
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["000_ed08729ef3b97a07.json", "003_7acbdc741b9530d6.json", "_summary.json"]);
    expect(execFileSync(process.execPath, [bin, "stages"], { encoding: "utf8" })).toMatch(/^1\. decode/);
  });

  it("starts no more workers than it has inputs", () => {
    // an idle worker still loads the whole pipeline, on the core the dictionary load needs
    const out = mkdtempSync(join(tmpdir(), "bifacts-one-"));
    const timings = join(out, "timings.json");
    const one = spawnSync(process.execPath, [bin, "extract", join(ROOT, "seeds/000_ed08729ef3b97a07.txt"), "--out", out, "--timings", timings], { encoding: "utf8" });
    expect(one.status).toBe(0);
    expect(JSON.parse(readFileSync(timings, "utf8")).workers).toBe(1);
    const both = spawnSync(process.execPath, [bin, "extract", join(ROOT, "seeds"), "--out", out, "--force", "--timings", timings], { encoding: "utf8" });
    expect(both.status).toBe(0);
    expect(JSON.parse(readFileSync(timings, "utf8")).workers).toBe(Math.min(cpus().length, 2));
  });

  it("is started with the same node options by its shebang, npm start and the bench", () => {
    expect(shebang(join(ROOT, "cli/bifacts.ts"))).toEqual(["/usr/bin/env", `-S ${NODE_LAUNCH}`]);
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
    expect(scripts.start).toContain(`&& ${NODE_LAUNCH} dist/cli/bifacts.js `);
    const bench = readFileSync(join(ROOT, "bench/run.ts"), "utf8");
    expect(bench).toContain("spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], { stdio: [\"ignore\", \"ignore\", \"pipe\"] })");
  });
});
