/**
 * What extractor rules see and what they return. A rule is a small named object (chrono-node style):
 * it reads one paragraph and returns candidates, each with its index and text in the paragraph.
 */
import type { Grain, DateExpr } from "./shared/calendar";
import type { NameHit, PlaceType } from "./places/gazetteer";

export type Lang = "zh" | "en";

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** One paragraph as the rules see it (tokens and sentences are computed on first use). */
export interface ParagraphContext {
  text: string;
  lang: Lang;
  /** jieba tokens with offsets (Chinese paragraphs) */
  tokens(): Token[];
  /** where the tokens are: each lookup in constant or logarithmic time, so rules stay linear */
  tokenIndex(): TokenIndex;
}

export interface TokenIndex {
  /** index of the token starting at a position, or -1 */
  startingAt(pos: number): number;
  /** index of the token ending at a position, or -1 */
  endingAt(pos: number): number;
  /** index of the token holding a position, or -1 */
  holding(pos: number): number;
  /** index of the first token starting at or after a position, or tokens.length */
  firstFrom(pos: number): number;
}

export type Qualifier = "about" | "nearly" | "more than" | "at least" | "less than" | "at most";

export interface CountCandidate {
  rule: string;
  index: number;
  text: string;
  value: number;
  /** what is counted, as the paragraph says it */
  unit: string | null;
  qualifier: Qualifier | null;
}

export interface DateCandidate {
  rule: string;
  index: number;
  text: string;
  expr: DateExpr;
  relation: "on" | "since" | "until" | "between";
  /** for between: the end of the range */
  untilExpr?: DateExpr;
}

/** A quoted stretch of a paragraph: where it starts and its text. */
export interface Quoted {
  index: number;
  text: string;
}

export interface CountRule {
  id: string;
  lang: Lang;
  /**
   * `dates`: the paragraph's dates, read before its counts. A figure inside one is the date's and
   * findCounts drops a count over it (belongsToDate), so a rule may skip such figures unread.
   */
  find(ctx: ParagraphContext, dates: readonly Quoted[]): CountCandidate[];
}

export interface DateRule {
  id: string;
  lang: Lang;
  find(ctx: ParagraphContext): DateCandidate[];
}

export type { Grain, DateExpr };

/** A corpus beside a rule file: values each rule must read, and texts that must give nothing. */
export interface CountCorpus {
  examples: { rule: string; text: string; quote: string; value: number; unit?: string | null; qualifier?: Qualifier | null }[];
  negatives: string[];
}

export interface DateCorpus {
  /** reference date the examples resolve against */
  reference: string;
  examples: { rule: string; text: string; quote: string; value: string; relation?: "on" | "since" | "until" | "between"; until?: string; resolved?: boolean }[];
  negatives: string[];
}

/** A place named in a paragraph. */
export interface PlaceCandidate {
  rule: string;
  index: number;
  /** the span cited: the name as the paragraph writes it */
  text: string;
  lang: Lang;
  /** gazetteer readings of the name, best first; empty for a name no gazetteer holds */
  hits: NameHit[];
  /** the kind the text says (市 city, District Municipality district...), or null */
  type: PlaceType | null;
  /** a transliterated foreign name: linked by position and elimination, never by pinyin */
  foreign: boolean;
}

export interface PlaceRule {
  id: string;
  lang: Lang;
  find(ctx: ParagraphContext): PlaceCandidate[];
}

/** Examples beside a place rule file: the name each must find, as a quote, and texts that must give nothing. */
export interface PlaceCorpus {
  /** type: the kind the rule gives a name no gazetteer holds, where the context says it */
  examples: { rule: string; text: string; quote: string; en?: string | null; zh?: string | null; type?: PlaceType }[];
  /** texts that name no place, or only the places listed (the country of "the Consulate General of Turkey") */
  negatives: (string | { text: string; only: string[] })[];
}

export type AgreementType = "sister-city" | "friendly-cooperation" | "memorandum" | "letter-of-intent" | "agreement" | "membership" | "cooperation";
export type AgreementLevel = "provincial" | "city" | "county" | "district";

/** A party as a paragraph names it: a place mention, an organisation, the implied subject (我省, "it") or pair (双方). */
export type PartyMention =
  /**
   * referent: named before a pair word (访问济南，双方签署…), which stands for it; paragraph: the paragraph that names it,
   * where that may not be the event's own (a table row's cells: 长春市 | 日本仙台市)
   */
  | { kind: "place"; index: number; text: string; referent?: true; paragraph?: string }
  /** name: the body's name where the paragraph names it by its kind only (该工商会, "the chamber") and an earlier paragraph names it */
  | { kind: "organisation"; index: number; text: string; name?: string }
  /** 我省, 我市, "it", or no subject at all: the release's own place, settled when the document is fused */
  | { kind: "subject"; index: number | null; text: string | null; level: AgreementLevel | null }
  /** 双方, "the two sides", where the paragraph has not named the two: the release's own place and its partner, settled when the document is fused */
  | { kind: "pair"; index: number; text: string };

export interface AgreementCandidate {
  rule: string;
  /** the span cited: from the first party to the end of the trigger phrase, within one sentence */
  index: number;
  text: string;
  type: AgreementType;
  parties: PartyMention[];
  /** 省级, provincial-level: the level the text states, or null (then the parties decide) */
  level: AgreementLevel | null;
  status: "signed" | "planned" | "announced";
  /** the words that made it an event: 缔结, 友好城市关系, signed, agreement */
  triggers: string[];
  /** where the trigger match stands: two matches of one rule are two events, even when their citations overlap */
  triggerAt: { index: number; end: number };
  /** the date the same sentence gives, if any */
  date: DateCandidate | null;
}

/** What an agreement rule reads besides the paragraph: the places and dates already found in it. */
export interface AgreementContext {
  places: PlaceCandidate[];
  dates: DateCandidate[];
  /** the text of the paragraphs in the same language before this one: a body named there may be named here by its kind only */
  earlier?: string;
}

/**
 * The organisations a rule reads itself, around its trigger in a sentence or clause (members join one; partners
 * cooperate); earlier: the text of the paragraphs before in the same language, where a body the paragraph names by
 * its kind alone may be named. The rules of both languages (agreements/zh.ts, agreements/en-bodies.ts) take this form.
 */
export type Organisations = (ctx: ParagraphContext, clause: { start: number; end: number }, trigger: { index: number; end: number }, earlier?: string) => PartyMention[];

export interface AgreementRule {
  id: string;
  lang: Lang;
  find(ctx: ParagraphContext, found: AgreementContext): AgreementCandidate[];
}

/** Examples beside an agreement rule file: type and the parties' texts; negatives must give no event. */
export interface AgreementCorpus {
  examples: { rule: string; text: string; quote: string; type: AgreementType; parties: string[]; level?: AgreementLevel | null; status?: "signed" | "planned" | "announced"; /** the event's date resolved, or null when the text gives none */ date?: string | null; /** the quotes of the other events the same text tells */ alongside?: string[] }[];
  negatives: string[];
}
