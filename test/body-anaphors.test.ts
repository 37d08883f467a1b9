/**
 * A body a paragraph names by its kind alone (该工商会, "the chamber", 加入该联盟, "joined the league") is the body of that
 * kind an earlier paragraph in the same language named (extractors/agreements/anaphors.ts and the membership rules, the
 * paragraphs read so far passed by pipeline/extract.ts). Invented releases, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

/** the one event a release tells: where it is cited, then who its parties are, then its type, date and corroboration */
function theEvent(name: string, paragraphs: string[]): { cited: string[][]; parties: (string | null)[][]; said: (string | null)[] } {
  const facts = extractBytes(name, Buffer.from(paragraphs.join("\n\n"), "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  expect(facts).toHaveLength(1);
  const event = facts[0]!;
  return { cited: event.evidence.map((e) => [e.lang, e.quote]), parties: event.parties.map((p) => [p.zh, p.en]), said: [event.type, event.date, event.corroboration] };
}

describe("a body named by its kind in a later paragraph", () => {
  it("is the chamber the lead named, in both languages, beside the bureau", () => {
    const event = theEvent("chamber.txt", [
      "法国马赛工商会代表团访问我市",
      "Marseille Chamber of Commerce delegation visits the city",
      "5月12日，法国马赛工商会会长率12人代表团访问我市。",
      "On May 12, a 12-member delegation of the Marseille Chamber of Commerce, led by its president, visited the city.",
      "访问期间，市商务局与该工商会签署了经贸合作谅解备忘录。",
      "During the visit, the municipal Bureau of Commerce and the chamber signed a memorandum of understanding on economic and trade cooperation.",
    ]);
    expect(event.cited).toEqual([
      ["zh", "市商务局与该工商会签署了经贸合作谅解备忘录"],
      ["en", "municipal Bureau of Commerce and the chamber signed a memorandum of understanding"],
    ]);
    expect(event.parties).toEqual([
      ["市商务局", "municipal Bureau of Commerce"],
      ["法国马赛工商会", "Marseille Chamber of Commerce"],
    ]);
    expect([event.said[0], event.said[2]]).toEqual(["memorandum", "both"]);
  });

  it("is the body joined that the paragraph before named, cited at the word that names it by its kind", () => {
    const event = theEvent("joined.txt", [
      "5月8日至10日，绍兴市代表团出席在法国里昂举行的世界历史都市联盟大会。",
      "From May 8 to 10, a Shaoxing delegation attended the General Assembly of the League of Historical Cities in Lyon, France.",
      "绍兴于2018年加入该联盟，是浙江省首个会员城市。",
      "Shaoxing joined the league in 2018, the first member city in Zhejiang Province.",
    ]);
    expect(event.cited).toEqual([
      ["zh", "绍兴于2018年加入该联盟"],
      ["en", "Shaoxing joined the league"],
    ]);
    expect(event.parties).toEqual([
      ["绍兴市", "Shaoxing"],
      ["世界历史都市联盟", "League of Historical Cities"],
    ]);
    expect(event.said).toEqual(["membership", "2018", "both"]);
  });
});
