/**
 * An editor's decisions on a document's facts, saved beside its output as `<stem>.review.json` by the
 * review page. Keyed by the facts' stable ids, each with the time and the fact as it was when decided,
 * so a decision survives re-extraction while the fact's id is unchanged and can be shown as stale when not.
 */
import { z } from "zod";
import { FactSchema } from "./output";

export const REVIEW_VERSION = "1.0.0";

export const DecisionSchema = z.object({
  status: z.enum(["accepted", "rejected", "corrected"]),
  note: z.string().nullable(),
  correction: z.string().nullable().describe("the value as the editor corrected it (status corrected)"),
  at: z.string().describe("when the decision was made, ISO 8601"),
  fact: FactSchema.describe("the fact as it was when decided"),
});

export const ReviewSchema = z.object({
  reviewVersion: z.literal(REVIEW_VERSION),
  document: z.object({ path: z.string(), sha256: z.string() }),
  decisions: z.record(z.string(), DecisionSchema),
});

export type Decision = z.infer<typeof DecisionSchema>;
export type Review = z.infer<typeof ReviewSchema>;
