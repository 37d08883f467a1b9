/**
 * A tie of two schools (两校缔结为姊妹学校, "the two schools established a sister-school relationship") is an agreement
 * of the two bodies, never of the cities the release names (pipeline/fusion/agreements.ts, extractors/agreements/parties.ts
 * schoolReferents). Invented release, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const RELEASE = [
  "绍兴一中代表团访问图卢兹",
  "Shaoxing No. 1 High School Delegation Visits Toulouse",
  "2025-04-12",
  "4月10日，绍兴一中校长率代表团访问法国图卢兹国际学校。两校于2016年缔结为姊妹学校。",
  "On April 10, the principal of Shaoxing No. 1 High School led a delegation to visit Toulouse International School in France. The two schools established a sister-school relationship in 2016.",
].join("\n\n");

describe("a tie of two schools", () => {
  const facts = extractBytes("schools.txt", Buffer.from(RELEASE, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  it("cites both tellings as one agreement of the two schools, dated by its year, with no level of a place", () => {
    expect(facts).toHaveLength(1);
    const tie = facts[0]!;
    expect(tie.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "两校于2016年缔结为姊妹学校"],
      ["en", "The two schools established a sister-school relationship"],
    ]);
    expect([tie.type, tie.date, tie.level, tie.corroboration]).toEqual(["agreement", "2016", null, "both"]);
    expect(tie.parties.map((p) => p.en)).toEqual(["Shaoxing No. 1 High School", "Toulouse International School"]);
    // (the cities the paragraph names are no party)
    expect(tie.parties.some((p) => p.place)).toBe(false);
  });
});
