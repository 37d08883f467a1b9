/**
 * Fusion pairs a Chinese and an English date of one aligned paragraph pair by value and relation. A Chinese
 * year that opens a span its clause tells (自2013年开通以来) is the time of the clause's event, which the English
 * may tell as the start of the span ("since 2013"): one claim, told in the English relation, with no conflict.
 */
import { extractBytes } from "../pipeline/index";
import type { DateFact } from "../schemas/output";

const datesOf = (zh: string, en: string): DateFact[] =>
  extractBytes("release.txt", Buffer.from(["发布时间：2025-03-19", zh, en].join("\n\n"), "utf8")).facts.filter((f): f is DateFact => f.kind === "date" && f.value !== "2025-03-19");

describe("dates of one paragraph pair", () => {
  it("join a Chinese year opening a span (自…以来) and the English 'since' the same year, in the English relation", () => {
    const dates = datesOf("中欧班列（西安）自2014年开通以来，已累计开行赴德国班列900余列。", "The China-Europe Railway Express (Xi'an) has run more than 900 trips to Germany since 2014.");
    expect(dates.map((d) => [d.value, d.relation, d.corroboration, d.evidence.map((e) => e.quote)])).toEqual([["2014", "since", "both", ["2014年", "since 2014"]]]);
  });

  it("keep a Chinese year outside such a span apart from the English 'since' the same year", () => {
    const dates = datesOf("2014年，中欧班列（西安）开通。", "The China-Europe Railway Express (Xi'an) has run since 2014.");
    expect(dates.map((d) => [d.relation, d.corroboration]).sort()).toEqual([
      ["on", "zh-only"],
      ["since", "en-only"],
    ]);
  });
});
