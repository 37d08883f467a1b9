/**
 * One tie told as two kinds. A tie told as 友好合作关系城市 in Chinese and as "friendly cities" in English is one
 * event, and the kinds' disagreement is a conflict for an editor. A tie told only as "friendly relations" names no
 * kind, so it disagrees with none. An anniversary's tie that names the city a foreign province's delegation went to
 * is the two provinces' tie, when the release ties them elsewhere by name. Invented releases.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const agreements = (name: string, paragraphs: string[]): AgreementFact[] =>
  extractBytes(name, Buffer.from(paragraphs.join("\n\n"), "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
const partners = (f: AgreementFact): string[] => f.parties.map((p) => p.en ?? p.zh ?? "").sort();

describe("a tie told as two kinds", () => {
  it("joins 友好合作关系城市 and \"friendly cities\" as one event and flags the kind", () => {
    const facts = agreements("kinds.txt", [
      "大连市与荷兰鹿特丹市签署港口合作备忘录",
      "Dalian Signs Port Cooperation Memorandum with Rotterdam",
      "大连市与鹿特丹市于2016年建立友好合作关系城市。",
      "Dalian and Rotterdam have been friendly cities since 2016.",
    ]);
    const ties = facts.filter((f) => f.type === "friendly-cooperation" || f.type === "sister-city");
    expect(ties.map((f) => [f.type, partners(f), f.date, f.corroboration])).toEqual([["friendly-cooperation", ["Dalian", "Rotterdam"], "2016", "conflict"]]);
    expect(ties[0]!.conflicts).toEqual([{ field: "type", zh: "friendly-cooperation", en: "sister-city" }]);
  });

  it("joins a bare \"friendly relations\" anniversary to the provinces' tie, with no conflict", () => {
    const facts = agreements("anniversary.txt", [
      "浙江省与日本静冈县庆祝缔结友好省县关系40周年",
      "Zhejiang and Shizuoka Prefecture, Japan Celebrate 40th Anniversary of Friendly Province-Prefecture Relations",
      "1982年4月，浙江省与静冈县正式缔结友好省县关系。",
      "In April 1982, Zhejiang Province and Shizuoka Prefecture formally established friendly province-prefecture relations.",
      "4月20日，静冈县知事率领友好代表团抵达杭州，出席双方缔结友好省县关系40周年纪念活动。",
      "On April 20, the Governor of Shizuoka Prefecture led a friendship delegation to Hangzhou to attend the events marking the 40th anniversary of the friendly relations.",
    ]);
    expect(facts.map((f) => [f.type, partners(f), f.date, f.corroboration])).toEqual([["sister-city", ["Shizuoka", "Zhejiang"], "1982-04", "both"]]);
    expect(facts[0]!.evidence.some((e) => e.quote.endsWith("anniversary of the friendly relations"))).toBe(true);
  });
});
