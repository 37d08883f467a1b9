/**
 * `bifacts review <outputs> [--port N]`: the review page served on 127.0.0.1, decisions saved beside
 * the outputs. `bifacts report <outputs> --html FILE`: the same page as one self-contained file
 * (decisions kept in the browser, with an export button).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { OutputSchema } from "../schemas/output";
import { pageData, reviewServer, type ReviewedOutput } from "./review/server";
import { renderPage } from "./review/page";
import { writeAtomic } from "./write";
import type { Io } from "./bifacts";

const isOutputFile = (name: string): boolean => name.endsWith(".json") && !name.endsWith(".review.json") && !name.startsWith("_");

/** The outputs named: files, or the output files of folders; a file that is not an output is reported and skipped. */
export function loadOutputs(paths: readonly string[], io: Io): ReviewedOutput[] {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter(isOutputFile)
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  const out: ReviewedOutput[] = [];
  for (const path of files) {
    try {
      const parsed = OutputSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
      if (!parsed.success) throw new Error(`not a bilingual-facts output: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
      out.push({ stem: basename(path).replace(/\.json$/, ""), path, output: parsed.data });
    } catch (e) {
      io.stderr.write(`bifacts: ${path}: skipped: ${(e as Error).message}\n`);
    }
  }
  return out;
}

/** Starts the review server; resolves with its address once it listens. */
export function startReview(outputs: ReviewedOutput[], port: number): Promise<{ server: Server; url: string }> {
  const server = reviewServer(outputs);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
  });
}

export async function runReviewCommand(command: "review" | "report", args: readonly string[], io: Io, usage: string): Promise<number> {
  let values: { port?: string; html?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { port: { type: "string" }, html: { type: "string" } } }));
  } catch (e) {
    io.stderr.write(`bifacts: ${(e as Error).message}\n${usage}`);
    return 2;
  }
  const port = values.port === undefined ? 8765 : Number(values.port);
  const problems: string[] = [];
  if (!positionals.length) problems.push("name the output files or folders to review");
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) problems.push("--port must be a port number");
  if (command === "report" && !values.html) problems.push("give --html FILE for the report");
  for (const p of positionals) {
    try {
      statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder`);
    }
  }
  if (problems.length) {
    io.stderr.write(problems.map((p) => `bifacts: ${p}\n`).join("") + usage);
    return 2;
  }
  const outputs = loadOutputs(positionals, io);
  if (!outputs.length) {
    io.stderr.write("bifacts: no bilingual-facts outputs to review\n");
    return 1;
  }
  if (command === "report") {
    writeAtomic(values.html!, renderPage(pageData(outputs, outputs[0]!, "static", true)));
    io.stderr.write(`bifacts: wrote ${values.html} (${outputs.length} document${outputs.length > 1 ? "s" : ""})\n`);
    return 0;
  }
  const { server, url } = await startReview(outputs, port);
  io.stdout.write(`review page: ${url} (${outputs.length} document${outputs.length > 1 ? "s" : ""}; decisions saved beside the outputs as <stem>.review.json; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}
