/**
 * The CLI over the bad-input corpus (scripts/make-bad-inputs.ts, generated into a temporary folder):
 * no crash, every file in the summary with the status the manifest expects and a clear reason, and a
 * schema-valid output for every file that is ok or has warnings.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "../cli/bifacts";
import { makeBadInputs } from "../scripts/make-bad-inputs";
import { OutputSchema } from "../schemas/output";

const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });
const root = mkdtempSync(join(tmpdir(), "bifacts-bad-"));
const inputs = join(root, "inputs");
const out = join(root, "out");
const manifest = makeBadInputs(inputs);
// root reads a file whatever its permissions
if (process.getuid?.() === 0) manifest["unreadable.txt"] = { status: "ok", about: "unreadable to others; root reads it" };

interface Row {
  path: string;
  output: string | null;
  status: string;
  code: string | null;
  reason: string | null;
}

describe("the bad-input corpus", () => {
  let code: number;
  let summary: { counts: { inputs: number; ok: number; warnings: number; failed: number }; inputs: Row[]; tool: { version: string }; schemaVersion: string };
  beforeAll(async () => {
    code = await runCli(["extract", inputs, "--out", out], { stdout: sink(), stderr: sink() });
    summary = JSON.parse(readFileSync(join(out, "_summary.json"), "utf8"));
  }, 120000);

  it("accounts for every file: inputs = ok + warnings + failed, and exits 1 because some failed", () => {
    expect(summary.counts.inputs).toBe(Object.keys(manifest).length);
    expect(summary.counts.ok + summary.counts.warnings + summary.counts.failed).toBe(summary.counts.inputs);
    expect(summary.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(summary.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(code).toBe(1);
  });

  it.each(Object.entries(manifest))("%s", (name, expect_) => {
    const row = summary.inputs.find((r) => r.path.endsWith(`/${name}`))!;
    expect({ status: row.status, code: row.status === "failed" ? row.code : undefined }).toEqual({ status: expect_.status, code: expect_.status === "failed" ? expect_.code : undefined });
    if (row.status === "failed") {
      expect(row.reason).toMatch(/\w{4,}/);
      expect(row.output).toBeNull();
    } else {
      const output = JSON.parse(readFileSync(join(out, row.output!), "utf8"));
      expect(OutputSchema.safeParse(output).success).toBe(true);
    }
  });
});
