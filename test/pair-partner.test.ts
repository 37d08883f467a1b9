/**
 * 双方 and "both sides" stand for the release's main partner; a tie's pair goes on with the last tie's partner
 * where the main partner is only its namesake division. An invented release: a state's delegation visits, the
 * release recalls its city's tie, then the pair plans the tie's anniversary.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const RELEASE = [
  "马六甲州代表团访问漳州",
  "Malacca State Delegation Visits Zhangzhou",
  "3月8日，马来西亚马六甲州官员率团访问漳州市。",
  "On March 8, an official of Malacca, Malaysia, led a delegation to Zhangzhou.",
  "漳州市与马六甲市于2005年结为友好城市。马六甲是海上丝绸之路的重要港口。",
  "Zhangzhou and the City of Malacca became sister cities in 2005. Malacca was an important port on the Maritime Silk Road.",
  "双方表示，将以明年结好20周年为契机，深化合作。",
  "Both sides agreed to deepen cooperation.",
].join("\n\n");

describe("the partner a pair word stands for", () => {
  const facts = extractBytes("pair.txt", Buffer.from(RELEASE, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  const partners = (f: AgreementFact): string[] => f.parties.map((p) => p.en ?? p.zh ?? "").sort();

  it("reads the anniversary of the pair's tie as the city's tie, not a second tie with the state of its name", () => {
    expect(facts.map((f) => [partners(f), f.date, f.corroboration])).toEqual([[["Malacca City", "Zhangzhou"], "2005", "both"]]);
    expect(facts[0]!.evidence.map((e) => e.quote)).toContain("双方表示，将以明年结好");
  });
});
