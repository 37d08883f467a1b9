/**
 * A release with no date line still says which year its yearless dates are in: the year of the last date
 * before them in the same paragraph (pipeline/extract.ts, lendYears). A release with a date line keeps
 * resolving against its publication date.
 */
import { extractBytes } from "../pipeline/index";

const BODY = "2026年6月9日，甲市与某国乙市签署友好合作意向书。乙市代表团于6月8日至11日访问甲市。";
const dates = (text: string): [string, string | null, string, boolean][] =>
  extractBytes("r.txt", Buffer.from(text, "utf8"))
    .facts.flatMap((f) => (f.kind === "date" ? [[f.value, f.until, f.anchor, f.resolved] as [string, string | null, string, boolean]] : []));

describe("yearless dates in a release with no date", () => {
  it("take the year a date before them in the paragraph states", () => {
    expect(dates(BODY)).toContainEqual(["2026-06-08", "2026-06-11", "context", true]);
  });

  it("stay unresolved when nothing before them states a year", () => {
    expect(dates("乙市代表团于6月8日至11日访问甲市。2026年6月9日，双方签署意向书。")).toContainEqual(["--06-08", "--06-11", "none", false]);
  });

  it("resolve against the publication date when the release has one", () => {
    expect(dates(`发布时间：2027-01-05\n\n${BODY}`)).toContainEqual(["2026-06-08", "2026-06-11", "publication", true]);
  });
});
