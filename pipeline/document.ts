/**
 * The document that flows through the stages (in the spirit of vfile): the bytes, every text layer with
 * its offset map back to the layer before it, the problems found (as data, never printed), the repairs
 * made, and what later stages add (paragraphs, metadata, alignments, facts).
 */
import type { Mention } from "../extractors/places/link";
import type { AgreementCandidate } from "../extractors/types";
import { DEFAULT_LIMITS, type Limits } from "./support/limits";
import type { HtmlList, HtmlTable } from "./support/html-text";

/** an agreement event as one paragraph reports it */
export interface AgreementMention {
  paragraph: string;
  lang: "zh" | "en";
  candidate: AgreementCandidate;
}
import { createHash } from "node:crypto";
import { OffsetMap, type Span } from "./offsets";
import type { StageName } from "../schemas/output";
import type { Alignment, Fact, Output, Paragraph, RepairRecord, SkippedRegion, Unaligned } from "../schemas/output";

export type { Span } from "./offsets";

export type Severity = "error" | "warning" | "info";

/** A problem, located in `source.text` (the original decoded text). */
export interface Message {
  code: string;
  reason: string;
  stage: StageName;
  severity: Severity;
  /** span in source.text, or null when the problem concerns the whole file */
  span: Span | null;
  /** other spans it concerns (the other language's side of a conflict) */
  related?: Span[];
  /** the fact it concerns */
  fact?: string;
}

export interface TextLayer {
  /** what made this layer, e.g. "source", "html-text", "repair:pinyin-annotation", "fold" */
  name: string;
  stage: StageName;
  text: string;
  /** map from this layer to the previous one; null for the source layer */
  map: OffsetMap | null;
}

export interface EncodingInfo {
  name: string;
  /** how the encoding was chosen: "bom", "meta", "detected", "assumed", ... */
  method: string;
  confidence: number;
  evidence: string[];
}

export interface DocumentMetadata {
  title: { zh: string | null; en: string | null };
  publishedAt: string | null;
  publishedTime: string | null;
  source: { zh: string | null; en: string | null };
}

export type FoldVariant = "t" | "tw" | "hk" | "twp" | "hkp";

export interface PipelineOptions {
  /** which way ambiguous dates resolve: documents look back ("11月28日" in February is last November) */
  dateDirection: "past" | "forward";
  /** which traditional script to fold from: opencc-js `from` (character level by default) */
  fold: FoldVariant;
  /** anchor for relative dates when the document has no publication date (ISO date) */
  referenceDate: string | null;
  /** treat the input as HTML even without an .html extension */
  html: boolean | "auto";
  /** size, time and HTML shape limits (they shape no output: they only refuse inputs) */
  limits: Limits;
}

export const DEFAULT_OPTIONS: PipelineOptions = { fold: "t", referenceDate: null, html: "auto", dateDirection: "past", limits: DEFAULT_LIMITS };

/** A problem that makes the whole file unusable (it cannot be decoded, it holds no text...). */
export class DocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly stage: StageName,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}

export class Doc {
  readonly sha256: string;
  readonly layers: TextLayer[] = [];
  readonly messages: Message[] = [];
  readonly repairs: RepairRecord[] = [];
  readonly skipped: SkippedRegion[] = [];
  encoding: EncodingInfo | null = null;
  /** "text" or "html" */
  format: "text" | "html" = "text";
  paragraphs: Paragraph[] = [];
  /** where each paragraph starts in the text layer it was cut from (parallel to paragraphs) */
  paragraphStarts: number[] = [];
  metadata: DocumentMetadata = { title: { zh: null, en: null }, publishedAt: null, publishedTime: null, source: { zh: null, en: null } };
  alignments: Alignment[] = [];
  unaligned: Unaligned[] = [];
  facts: Fact[] = [];
  /** place names found by the extract stage; the fuse stage links them across languages into place facts */
  placeMentions: Mention[] = [];
  /** agreement events found by the extract stage; the fuse stage gives them their parties and merges the languages */
  agreementMentions: AgreementMention[] = [];
  /** the validated output, set by the emit stage */
  output: Output | null = null;
  /** the HTML <title>, when the input is HTML */
  htmlTitle: string | null = null;
  /** the publication day the HTML's meta tags give (YYYY-MM-DD), when the input is HTML */
  htmlPublished: string | null = null;
  /** the HTML's tables, rows of cells as ranges of source.text (a cell's paragraphs lie inside its range) */
  tables: HtmlTable[] = [];
  /** the HTML's lists, items as ranges of source.text (an item's paragraphs lie inside its range) */
  lists: HtmlList[] = [];
  /** ranges of source.text damaged beyond repair (the paragraphs holding them are marked) */
  readonly damage: Span[] = [];
  /** composed map from the current layer to source.text, cached per layer count */
  private composed: { layers: number; map: OffsetMap } | null = null;

  constructor(
    readonly path: string,
    readonly bytes: Uint8Array,
    readonly options: PipelineOptions = DEFAULT_OPTIONS,
  ) {
    this.sha256 = createHash("sha256").update(bytes).digest("hex");
  }

  /** The original decoded text: every citation points into it. */
  get source(): string {
    const first = this.layers[0];
    if (!first) throw new Error("the document has not been decoded yet");
    return first.text;
  }

  /** The newest text layer. */
  get text(): string {
    const last = this.layers[this.layers.length - 1];
    if (!last) throw new Error("the document has not been decoded yet");
    return last.text;
  }

  setSource(text: string): void {
    if (this.layers.length) throw new Error("source already set");
    this.layers.push({ name: "source", stage: "decode", text, map: null });
  }

  /** Adds a layer derived from the current one; a layer that changes nothing is not added. */
  addLayer(name: string, stage: StageName, text: string, map: OffsetMap): void {
    if (map.parentLength !== this.text.length || map.childLength !== text.length) {
      throw new Error(`layer ${name}: map lengths (${map.childLength} -> ${map.parentLength}) do not fit the texts (${text.length} -> ${this.text.length})`);
    }
    if (text === this.text && map.segments.every((s) => s.exact)) return;
    this.layers.push({ name, stage, text, map });
  }

  /** The map from the current layer to source.text. */
  get toSourceMap(): OffsetMap {
    if (this.composed && this.composed.layers === this.layers.length) return this.composed.map;
    let map = OffsetMap.identity(this.source.length);
    for (const layer of this.layers.slice(1)) map = map.compose(layer.map!);
    this.composed = { layers: this.layers.length, map };
    return map;
  }

  /** Maps a span of the current text to source.text. */
  toSource(span: Span): Span {
    return this.toSourceMap.toParent(span);
  }

  /** Maps a span of the current layer's parent (the layer before the newest) to source.text. */
  parentToSource(span: Span, layersBack = 1): Span {
    let map = OffsetMap.identity(this.source.length);
    for (const layer of this.layers.slice(1, this.layers.length - layersBack + 1)) map = map.compose(layer.map!);
    return map.toParent(span);
  }

  warn(stage: StageName, code: string, reason: string, span: Span | null): void {
    this.messages.push({ code, reason, stage, severity: "warning", span });
  }

  info(stage: StageName, code: string, reason: string, span: Span | null): void {
    this.messages.push({ code, reason, stage, severity: "info", span });
  }
}
