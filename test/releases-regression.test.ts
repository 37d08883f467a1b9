/**
 * The regression set: invented releases in fixtures/releases, each with the facts the code gave when its
 * output was last reviewed (expected/<release>.facts). A change that moves any of them fails here until
 * `npm run releases:accept` rewrites those files and the diff is reviewed with the change.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { factLines } from "../scripts/fact-lines";
import { releaseFiles } from "../scripts/accept-releases";
import { outputFor, ROOT } from "./helpers";

const DIR = join(ROOT, "fixtures", "releases");
const RELEASES = releaseFiles(DIR);

it("holds a regression set of invented releases", () => {
  expect(RELEASES.length).toBeGreaterThanOrEqual(10);
});

describe.each(RELEASES)("release %s", (name) => {
  const out = () => outputFor(`fixtures/releases/${name}`);

  it("cites every fact with a quote the cleaned and the original text reproduce", () => {
    const byId = new Map(out().paragraphs.map((p) => [p.id, p.text]));
    for (const fact of out().facts)
      for (const e of fact.evidence) {
        expect(byId.get(e.paragraph)!.slice(e.start, e.end)).toBe(e.quote);
        expect(out().source.text.slice(e.source.start, e.source.end)).toBe(e.sourceQuote);
      }
  });

  it("gives the facts last reviewed", () => {
    const expected = readFileSync(join(DIR, "expected", `${name}.facts`), "utf8").split("\n").slice(0, -1);
    expect(factLines(out())).toEqual(expected);
  });
});

/** what a fact says, without where it is cited: the same in a clean release and in a damaged copy of it */
const said = (line: string): string => line.replace(/ \{[^}]*\}.*$/, "");
/** a release's alignments and facts as said, without its title, date and roles, which damage may change the wording of */
const factsSaidIn = (path: string): string[] => factLines(outputFor(path)).filter((l) => !/^(?:title|published|roles):/.test(l)).map(said);
const DAMAGED = readdirSync(join(DIR, "damaged")).sort();

describe.each(DAMAGED)("damaged copy %s (traditional script, pinyin after characters, ASCII commas)", (name) => {
  it("gives the facts of the clean release", () => {
    expect(factsSaidIn(`fixtures/releases/damaged/${name}`)).toEqual(factsSaidIn(`fixtures/releases/${name}`));
  });
});
