/**
 * An event's status across the two languages: told as done in one and as announced in the other ("…, the
 * bureau announced", 宣布，…), it is one event, done and announced; told as planned in one and as done in the
 * other, the languages disagree. (Invented releases.)
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const agreementsOf = (text: string): AgreementFact[] =>
  extractBytes("status.txt", Buffer.from(text, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");

describe("fusing an event's status", () => {
  it("joins an event one language announces and the other tells as done, with no conflict", () => {
    const [a, ...rest] = agreementsOf(
      ["8月14日，市文化和旅游局宣布，泉州市正式加入世界旅游城市联合会。", "Quanzhou has officially joined the World Tourism Cities Federation, the municipal culture and tourism bureau announced on August 14."].join("\n\n"),
    );
    expect(rest).toEqual([]);
    expect([a!.corroboration, a!.status, a!.conflicts]).toEqual(["both", "announced", []]);
  });

  it("joins a later restatement of a membership to the announced one: a place joins a body once", () => {
    const facts = agreementsOf(
      [
        "8月14日，市文化和旅游局宣布，泉州市正式加入世界旅游城市联合会。",
        "Quanzhou has officially joined the World Tourism Cities Federation, the municipal culture and tourism bureau announced on August 14.",
        "世界旅游城市联合会成立于2012年。泉州是加入该组织的第30个中国城市。",
      ].join("\n\n"),
    );
    expect(facts.map((f) => [f.type, f.corroboration, f.status, f.conflicts.length, f.evidence.length])).toEqual([["membership", "both", "announced", 0, 3]]);
  });

  it("keeps a plan against a signing as a disagreement", () => {
    const [a, ...rest] = agreementsOf(["泉州市将与法国里昂市缔结友好城市关系。", "Quanzhou and Lyon of France established sister-city relations."].join("\n\n"));
    expect(rest).toEqual([]);
    expect([a!.corroboration, a!.conflicts]).toEqual(["conflict", [{ field: "status", zh: "planned", en: "signed" }]]);
  });
});
