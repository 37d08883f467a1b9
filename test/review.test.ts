/** The review page's server-side parts: decisions, the embedded data, the report and review commands. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "../cli/bifacts";
import { decide, emptyReview, readReview, unmatchedDecisions } from "../cli/review/decisions";
import { embedJson, renderPage } from "../cli/review/page";
import { outputFor, ROOT } from "./helpers";

const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });
const io = { stdout: sink(), stderr: sink() };
const seed = () => outputFor("seeds/003_7acbdc741b9530d6.txt");

describe("decisions", () => {
  it("records a decision with the fact as it was, and withdraws it", () => {
    const out = seed();
    const fact = out.facts[0]!;
    const review = decide(emptyReview(out), out, { id: fact.id, status: "corrected", note: "check", correction: "31" }, new Date("2026-01-02T03:04:05Z"));
    expect(review.decisions[fact.id]).toEqual({ status: "corrected", note: "check", correction: "31", at: "2026-01-02T03:04:05.000Z", fact });
    expect(decide(review, out, { id: fact.id, status: null, note: null, correction: null }, new Date()).decisions).toEqual({});
  });

  it("refuses a decision on a fact the output does not have", () => {
    expect(() => decide(emptyReview(seed()), seed(), { id: "count-0000000000", status: "accepted", note: null, correction: null }, new Date())).toThrow(/no fact count-0000000000/);
  });

  it("lists decisions whose fact id is gone", () => {
    const out = seed();
    let review = decide(emptyReview(out), out, { id: out.facts[0]!.id, status: "accepted", note: null, correction: null }, new Date());
    review = { ...review, decisions: { ...review.decisions, "count-gone": { ...review.decisions[out.facts[0]!.id]! } } };
    expect(unmatchedDecisions(review, out)).toEqual(["count-gone"]);
  });

  it("names the file when a review file is not one", () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-rv-"));
    writeFileSync(join(dir, "x.review.json"), JSON.stringify({ hello: 1 }));
    expect(() => readReview(join(dir, "x.review.json"), seed())).toThrow(/x\.review\.json: not a review file/);
  });
});

describe("the page", () => {
  it("embeds JSON that cannot close its script element", () => {
    const json = embedJson({ text: "</script><script>alert(1)</script><!-- \u2028" });
    expect(json).not.toMatch(/<\/?script|<!--|\u2028/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script><!-- \u2028" });
  });

  it("carries document text only inside the JSON block, under a policy that allows no other script", () => {
    const out = seed();
    const hostile = { ...out, paragraphs: out.paragraphs.map((p, i) => (i === 1 ? { ...p, text: '<img src=x onerror="alert(1)"></script><script>alert(2)</script>' } : p)) };
    const html = renderPage({ mode: "static", index: [{ stem: "x", title: "<b>title</b>" }], docs: { x: { stem: "x", output: hostile, review: emptyReview(out) } }, current: "x" });
    expect(html).not.toMatch(/<img|<b>|alert\(1\)"><\/script>/);
    expect(html.match(/<script/g)).toHaveLength(2); // the JSON block and the app
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  });
});

describe("commands", () => {
  it("report writes one self-contained page for a folder of outputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-rp-"));
    expect(await runCli(["extract", join(ROOT, "seeds"), "--out", dir], io)).toBe(0);
    expect(await runCli(["report", dir, "--html", join(dir, "report.html")], io)).toBe(0);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("000_ed08729ef3b97a07");
    expect(html).toContain("003_7acbdc741b9530d6");
    expect(html).not.toMatch(/<link|src="http|href="http/); // nothing fetched from anywhere
  });

  it.each([
    [["report", "out"], /--html FILE/],
    [["review"], /name the output files/],
    [["review", "no/such/folder"], /no such file or folder/],
    [["review", "out", "--port", "x"], /--port must be a port number/],
  ])("%j is bad usage", async (argv, message) => {
    let err = "";
    const stderr = new Writable({ write: (c, _e, cb) => ((err += String(c)), cb()) });
    expect(await runCli(argv, { stdout: sink(), stderr })).toBe(2);
    expect(err).toMatch(message);
  });
});
