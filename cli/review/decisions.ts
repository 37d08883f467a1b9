/**
 * Review files: `<stem>.review.json` beside `<stem>.json`. Read, validated and written atomically here;
 * `bifacts extract` never writes them, it only reports which decisions no longer match a fact.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Output } from "../../schemas/output";
import { REVIEW_VERSION, ReviewSchema, type Decision, type Review } from "../../schemas/review";
import { serialise, writeAtomic } from "../write";

export const reviewPathFor = (outputPath: string): string => outputPath.replace(/\.json$/, ".review.json");

export function emptyReview(output: Output): Review {
  return { reviewVersion: REVIEW_VERSION, document: { path: output.document.path, sha256: output.document.sha256 }, decisions: {} };
}

/** The review beside an output, or an empty one; a file that does not parse is an error naming it. */
export function readReview(path: string, output: Output): Review {
  if (!existsSync(path)) return emptyReview(output);
  const parsed = ReviewSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: not a review file: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export function writeReview(path: string, review: Review): void {
  writeAtomic(path, serialise(ReviewSchema.parse(review)));
}

export interface DecisionInput {
  id: string;
  status: Decision["status"] | null;
  note: string | null;
  correction: string | null;
}

/** Records (or, with status null, withdraws) a decision on a fact of the output. */
export function decide(review: Review, output: Output, input: DecisionInput, now: Date): Review {
  const fact = output.facts.find((f) => f.id === input.id);
  if (!fact) throw new Error(`no fact ${input.id} in ${output.document.path}`);
  const decisions = { ...review.decisions };
  if (input.status === null) delete decisions[input.id];
  else decisions[input.id] = { status: input.status, note: input.note || null, correction: input.status === "corrected" ? input.correction || null : null, at: now.toISOString(), fact };
  return { ...review, decisions };
}

/** Decisions whose fact id is no longer among the output's facts. */
export function unmatchedDecisions(review: Review, output: Output): string[] {
  const ids = new Set(output.facts.map((f) => f.id));
  return Object.keys(review.decisions).filter((id) => !ids.has(id)).sort();
}
