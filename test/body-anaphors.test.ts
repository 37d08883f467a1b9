/**
 * A body a paragraph names by its kind alone (该工商会, "the chamber") is the body of that kind an earlier paragraph in
 * the same language named (extractors/agreements/anaphors.ts, the paragraphs read so far passed by pipeline/extract.ts).
 * Invented release, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const RELEASE = [
  "法国马赛工商会代表团访问我市",
  "Marseille Chamber of Commerce delegation visits the city",
  "5月12日，法国马赛工商会会长率12人代表团访问我市。",
  "On May 12, a 12-member delegation of the Marseille Chamber of Commerce, led by its president, visited the city.",
  "访问期间，市商务局与该工商会签署了经贸合作谅解备忘录。",
  "During the visit, the municipal Bureau of Commerce and the chamber signed a memorandum of understanding on economic and trade cooperation.",
].join("\n\n");

describe("a body named by its kind in a later paragraph", () => {
  const facts = extractBytes("chamber.txt", Buffer.from(RELEASE, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  it("is the chamber the lead named, in both languages, beside the bureau", () => {
    expect(facts).toHaveLength(1);
    const memorandum = facts[0]!;
    expect(memorandum.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "市商务局与该工商会签署了经贸合作谅解备忘录"],
      ["en", "municipal Bureau of Commerce and the chamber signed a memorandum of understanding"],
    ]);
    expect(memorandum.parties.map((p) => [p.zh, p.en])).toEqual([
      ["市商务局", "municipal Bureau of Commerce"],
      ["法国马赛工商会", "Marseille Chamber of Commerce"],
    ]);
    expect([memorandum.type, memorandum.corroboration]).toEqual(["memorandum", "both"]);
  });
});

const JOINED = [
  "5月8日至10日，绍兴市代表团出席在法国里昂举行的世界历史都市联盟大会。",
  "From May 8 to 10, a Shaoxing delegation attended the General Assembly of the League of Historical Cities in Lyon, France.",
  "绍兴于2018年加入该联盟，是浙江省首个会员城市。",
  "Shaoxing joined the league in 2018, the first member city in Zhejiang Province.",
].join("\n\n");

describe("a body joined, named by its kind in a later paragraph", () => {
  const facts = extractBytes("joined.txt", Buffer.from(JOINED, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  it("is the membership of the body the paragraph before named, cited at the word that names it by its kind", () => {
    expect(facts).toHaveLength(1);
    const joined = facts[0]!;
    expect(joined.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "绍兴于2018年加入该联盟"],
      ["en", "Shaoxing joined the league"],
    ]);
    expect(joined.parties.map((p) => [p.zh, p.en])).toEqual([
      ["绍兴市", "Shaoxing"],
      ["世界历史都市联盟", "League of Historical Cities"],
    ]);
    expect([joined.type, joined.date, joined.corroboration]).toEqual(["membership", "2018", "both"]);
  });
});
