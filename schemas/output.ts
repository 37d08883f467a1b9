/**
 * The output contract. These zod schemas are the single source of truth: the TypeScript types come from
 * `z.infer`, and `schemas/facts.schema.json` is generated from them (`npm run schema`); a test fails when
 * the checked-in copy is stale.
 *
 * Versioning: SCHEMA_VERSION follows semver. Adding an optional field is a minor change; removing or
 * renaming a field, or narrowing a type, is a major one.
 */
import { z } from "zod";

export const SCHEMA_VERSION = "1.3.0";

const offset = z.number().int().nonnegative();

/** A half-open range of UTF-16 code units. */
export const SpanSchema = z
  .object({ start: offset, end: offset })
  .refine((s) => s.start <= s.end, { message: "span end before start" })
  .describe("half-open range [start, end) in JavaScript string indices (UTF-16 code units)");

export const LangSchema = z.enum(["zh", "en", "mixed", "other"]);
export const StageSchema = z.enum(["decode", "repair", "fold", "segment", "align", "extract", "fuse", "emit"]);

export const BilingualTextSchema = z.object({ zh: z.string().nullable(), en: z.string().nullable() });

export const ParagraphSchema = z.object({
  id: z.string().describe("stable id, p1, p2... in document order"),
  index: z.number().int().nonnegative(),
  lang: LangSchema,
  role: z
    .enum(["title", "header", "dateline", "source", "byline", "boilerplate", "body"])
    .describe(
      "title: the headline; header: site or section names above it; dateline: the publication date line; source: the source line; byline: editor, reporter, photographer lines; boilerplate: page furniture left in the text (share, print, QR prompts)",
    ),
  text: z.string().describe("cleaned, simplified text"),
  source: SpanSchema.describe("the paragraph's range in source.text"),
  damaged: z.boolean().describe("true when the paragraph carries damage that could not be undone; extractors lower their confidence"),
});

export const RepairSchema = z.object({
  kind: z.string().describe("the repair family, e.g. pinyin-annotation, doubled-punctuation, ascii-punctuation, html-entity, zero-width"),
  stage: StageSchema,
  source: SpanSchema.describe("the repaired range in source.text"),
  before: z.string().describe("the text as it stood before this repair"),
  after: z.string().describe("the text the repair wrote"),
});

export const SkippedSchema = z.object({
  reason: z.string().describe("why this part of the input is not text of the release (script, navigation, cookie banner...)"),
  source: SpanSchema,
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  stage: StageSchema,
  source: SpanSchema.nullable().describe("where in source.text; null when the warning concerns the whole document"),
  paragraph: z.string().nullable(),
  related: z.array(SpanSchema).optional().describe("other spans of source.text the warning concerns: for a cross-language conflict, the other language's span (since 1.1.0)"),
  fact: z.string().optional().describe("id of the fact the warning concerns (since 1.1.0)"),
});

export const AnchorSchema = z.object({
  kind: z.enum(["number", "year", "latin", "lexicon", "place"]),
  zh: z.string(),
  en: z.string(),
});

export const AlignmentSchema = z.object({
  id: z.string(),
  zh: z.array(z.string()).describe("paragraph ids of the Chinese side"),
  en: z.array(z.string()).describe("paragraph ids of the English side"),
  type: z.enum(["1-1", "1-2", "2-1", "1-3", "3-1"]),
  score: z.number(),
  anchors: z.array(AnchorSchema).describe("the evidence that supported the link"),
});

export const UnalignedSchema = z.object({
  paragraph: z.string(),
  reason: z.enum(["title", "metadata", "untranslated", "not-bilingual"]),
});

export const EvidenceSchema = z.object({
  paragraph: z.string().describe("id of the paragraph cited"),
  lang: LangSchema,
  start: offset.describe("start in the paragraph's cleaned text"),
  end: offset,
  quote: z.string().describe("paragraphs[paragraph].text.slice(start, end)"),
  source: SpanSchema.describe("the same span in source.text"),
  sourceQuote: z.string().describe("source.text.slice(source.start, source.end): what the original says"),
  rule: z.string().describe("id of the rule that found it"),
});

export const CorroborationSchema = z.enum(["both", "zh-only", "en-only", "conflict"]);

export const ConflictSchema = z.object({
  field: z.string(),
  zh: z.union([z.string(), z.number(), z.null()]),
  en: z.union([z.string(), z.number(), z.null()]),
});

const factBase = {
  id: z.string().describe("stable id: the same input and options give the same id"),
  evidence: z.array(EvidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
  corroboration: CorroborationSchema,
  conflicts: z.array(ConflictSchema).describe("values on which the two languages disagree"),
};

export const QualifierSchema = z.enum(["about", "nearly", "more than", "at least", "less than", "at most"]);

export const CountFactSchema = z.object({
  kind: z.literal("count"),
  ...factBase,
  value: z.number(),
  unit: BilingualTextSchema.nullable().describe("what is counted, in each language that states it; rank for ranks"),
  qualifier: QualifierSchema.nullable(),
});

export const DateRelationSchema = z.enum(["on", "since", "until", "between"]);
/** ISO 8601 with reduced precision: 2024, 2024-06, 2024-06-01, --06-01 (year unknown), --06 (month of an unknown year). */
export const DateValueSchema = z.string().regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/);

export const DateFactSchema = z.object({
  kind: z.literal("date"),
  ...factBase,
  value: DateValueSchema,
  relation: DateRelationSchema,
  until: DateValueSchema.nullable().describe("end of a between range"),
  resolved: z.boolean().describe("false when a relative or yearless date could not be anchored"),
  anchor: z.enum(["absolute", "publication", "reference-date", "context", "none"]).describe("what a relative or partial date was resolved against; context (since 1.2.0): a release with no date gives a yearless date the year of a date stated before it in the same paragraph"),
});

export const PlaceTypeSchema = z.enum(["country", "province", "city", "county", "district", "region", "other"]);

export const PlaceFactSchema = z.object({
  kind: z.literal("place"),
  ...factBase,
  name: BilingualTextSchema.describe(
    "English and simplified Chinese names: the gazetteer's names for a place it holds; for a place it does not hold, the names the document gives, paired across aligned paragraphs (by pinyin for Chinese places, by order for foreign ones), null in a language that does not name it",
  ),
  placeType: PlaceTypeSchema.describe("first-level divisions of foreign countries (states, prefectures) are province; world regions and areas such as 地区 or 自治州 are region"),
  code: z.object({ scheme: z.enum(["ISO 3166-1", "GB/T 2260"]), value: z.string() }).nullable().describe("ISO 3166-1 alpha-2 for countries, GB/T 2260 for China's divisions; null for foreign cities and regions"),
});

export const AgreementTypeSchema = z.enum(["sister-city", "friendly-cooperation", "memorandum", "letter-of-intent", "agreement", "membership", "cooperation"]);

export const PartySchema = z.object({
  en: z.string().nullable(),
  zh: z.string().nullable(),
  place: z.string().nullable().describe("id of the place fact when the party is a place"),
});

export const AgreementFactSchema = z.object({
  kind: z.literal("agreement"),
  ...factBase,
  type: AgreementTypeSchema,
  cameo: z.string().nullable().describe("CAMEO event code where one fits, e.g. 057 sign formal agreement"),
  parties: z.array(PartySchema),
  level: z.enum(["provincial", "city", "county", "district"]).nullable(),
  date: DateValueSchema.nullable(),
  status: z.enum(["signed", "planned", "announced"]),
  triggers: z.array(z.string()),
});

export const FactSchema = z.discriminatedUnion("kind", [CountFactSchema, DateFactSchema, PlaceFactSchema, AgreementFactSchema]);

export const EncodingSchema = z.object({
  name: z.string().describe("utf-8, utf-16le, gb18030, big5..."),
  method: z.string().describe("how it was chosen: bom, meta, detected, utf-8-valid..."),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
});

export const DocumentInfoSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("of the input bytes"),
  bytes: z.number().int().nonnegative(),
  format: z.enum(["text", "html"]),
  encoding: EncodingSchema,
  title: BilingualTextSchema,
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  publishedTime: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).nullable(),
  source: BilingualTextSchema.describe("the source line (来源 / Source), per language"),
});

export const OutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal("bilingual-facts"), version: z.string() }),
  options: z.object({ fold: z.string(), referenceDate: z.string().nullable(), dateDirection: z.enum(["past", "forward"]) }),
  document: DocumentInfoSchema,
  source: z.object({ text: z.string().describe("the original document as decoded text, before any repair") }),
  paragraphs: z.array(ParagraphSchema),
  repairs: z.array(RepairSchema),
  skipped: z.array(SkippedSchema),
  alignments: z.array(AlignmentSchema),
  unaligned: z.array(UnalignedSchema),
  facts: z.array(FactSchema),
  warnings: z.array(WarningSchema),
});

export type Output = z.infer<typeof OutputSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type RepairRecord = z.infer<typeof RepairSchema>;
export type SkippedRegion = z.infer<typeof SkippedSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Alignment = z.infer<typeof AlignmentSchema>;
export type Unaligned = z.infer<typeof UnalignedSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type CountFact = z.infer<typeof CountFactSchema>;
export type DateFact = z.infer<typeof DateFactSchema>;
export type PlaceFact = z.infer<typeof PlaceFactSchema>;
export type AgreementFact = z.infer<typeof AgreementFactSchema>;
export type Lang = z.infer<typeof LangSchema>;
export type StageName = z.infer<typeof StageSchema>;

/** The JSON Schema (draft 2020-12) generated from OutputSchema. */
export function outputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OutputSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://bilingual-facts.invalid/schemas/facts-${SCHEMA_VERSION}.schema.json`,
    title: "bilingual-facts output",
    ...schema,
  };
}
