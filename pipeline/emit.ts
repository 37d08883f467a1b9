/**
 * emit: assembles the output object and validates it against the zod schema. An output that fails the
 * schema is a bug in the pipeline: it fails loudly instead of being written.
 */
import type { Doc } from "./document";
import type { Stage } from "./stage";
import { OutputSchema, SCHEMA_VERSION, type Output, type Warning } from "../schemas/output";
import { TOOL_VERSION } from "./version";

export class InvalidOutputError extends Error {
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`internal error: the output for ${path} does not match the schema:\n${issues}`);
    this.name = "InvalidOutputError";
  }
}

export function buildOutput(doc: Doc): Output {
  const paragraphOf = (start: number, end: number): string | null =>
    doc.paragraphs.find((p) => p.source.start < Math.max(end, start + 1) && start < p.source.end)?.id ?? null;
  const warnings: Warning[] = doc.messages
    .filter((m) => m.severity !== "info")
    .map((m) => ({ code: m.code, message: m.reason, stage: m.stage, source: m.span, paragraph: m.span ? paragraphOf(m.span.start, m.span.end) : null, ...(m.related ? { related: m.related } : {}), ...(m.fact ? { fact: m.fact } : {}) }));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "bilingual-facts", version: TOOL_VERSION },
    options: { fold: doc.options.fold, referenceDate: doc.options.referenceDate, dateDirection: doc.options.dateDirection },
    document: {
      path: doc.path,
      sha256: doc.sha256,
      bytes: doc.bytes.length,
      format: doc.format,
      encoding: doc.encoding ?? { name: "unknown", method: "none", confidence: 0, evidence: [] },
      title: doc.metadata.title,
      publishedAt: doc.metadata.publishedAt,
      publishedTime: doc.metadata.publishedTime,
      source: doc.metadata.source,
    },
    source: { text: doc.source },
    paragraphs: doc.paragraphs,
    repairs: doc.repairs,
    skipped: doc.skipped,
    alignments: doc.alignments,
    unaligned: doc.unaligned,
    facts: doc.facts,
    warnings,
  };
}

export const emit: Stage = {
  name: "emit",
  summary: "assembles the output and validates it against the zod schema (an invalid output is a bug and fails loudly)",
  run(doc: Doc): void {
    const result = OutputSchema.safeParse(buildOutput(doc));
    if (!result.success) {
      const issues = result.error.issues.slice(0, 20).map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new InvalidOutputError(doc.path, issues);
    }
    doc.output = result.data;
  },
};
