/**
 * The review page in real headless Chromium (Debian's package, driven by playwright-core): for seed 003,
 * selecting a fact highlights its Chinese and English spans, which reproduce the quotes it cites, in the
 * cleaned and in the original text; an accepted and a rejected fact keep their decisions across a
 * reload (saved beside the output); hostile documents run no script, served or as a static report.
 * Screenshots of both seeds are written to out/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Server } from "node:http";
import { chromium, type Browser, type Page } from "playwright-core";
import { runCli } from "../../cli/bifacts";
import { loadOutputs, startReview } from "../../cli/review-command";
import type { Output } from "../../schemas/output";
import { ROOT } from "../helpers";

const CHROMIUM = "/usr/bin/chromium";
const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });
const io = { stdout: sink(), stderr: sink() };
const SEED = "003_7acbdc741b9530d6";

let browser: Browser;
let server: Server;
let url: string;
let work: string;

async function serve(dir: string): Promise<{ server: Server; url: string }> {
  return startReview(loadOutputs([dir], io), 0);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
  work = mkdtempSync(join(tmpdir(), "bifacts-review-"));
  expect(await runCli(["extract", join(ROOT, "seeds"), "--out", work], io)).toBe(0);
  ({ server, url } = await serve(work));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const output = (stem: string): Output => JSON.parse(readFileSync(join(work, `${stem}.json`), "utf8"));

/** the highlighted text of one paragraph in one view */
const highlighted = (page: Page, paragraph: string, view: "cleaned" | "original"): Promise<string> =>
  page.$$eval(`.paragraph[data-pid="${paragraph}"] .text.${view} .seg.hl`, (nodes) => nodes.map((n) => n.textContent).join(""));

async function open(stem: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}?doc=${stem}`);
  await page.waitForSelector(".fact");
  return page;
}

describe("review page for seed 003", () => {
  it("highlights a fact's Chinese and English spans, which reproduce its quotes, in the cleaned and the original text", async () => {
    const fact = output(SEED).facts.find((f) => f.kind === "count" && f.corroboration === "both")!;
    const page = await open(SEED);
    await page.click(`.fact[data-id="${fact.id}"]`);
    const zh = fact.evidence.find((e) => e.lang === "zh")!;
    const en = fact.evidence.find((e) => e.lang === "en")!;
    expect(await highlighted(page, zh.paragraph, "cleaned")).toBe(zh.quote);
    expect(await highlighted(page, en.paragraph, "cleaned")).toBe(en.quote);
    expect(await page.isVisible(`.paragraph[data-pid="${zh.paragraph}"] .text.cleaned .seg.hl`)).toBe(true);
    // the original text: press o, and the same fact's spans are the original's quotes
    await page.keyboard.press("o");
    expect(await highlighted(page, zh.paragraph, "original")).toBe(zh.sourceQuote);
    expect(await highlighted(page, en.paragraph, "original")).toBe(en.sourceQuote);
    expect(await page.isVisible(`.paragraph[data-pid="${zh.paragraph}"] .text.original .seg.hl`)).toBe(true);
    expect(zh.sourceQuote).not.toBe(zh.quote); // seed 003's original is traditional, with pinyin: the two views differ
    await page.close();
  });

  it("keeps an accepted and a rejected fact across a reload, saved beside the output", async () => {
    const [first, second] = output(SEED).facts.filter((f) => f.kind !== "place");
    let page = await open(SEED);
    // accept with the keyboard, reject with the button
    await page.click(`.fact[data-id="${first!.id}"]`);
    await page.keyboard.press("a");
    await page.waitForSelector(`.fact.accepted[data-id="${first!.id}"]`);
    await page.click(`.fact[data-id="${second!.id}"]`);
    await page.fill("#note", "the English says something else");
    await page.click("#decide-rejected");
    await page.waitForSelector(`.fact.rejected[data-id="${second!.id}"]`);
    await page.reload();
    await page.waitForSelector(".fact");
    expect(await page.getAttribute(`.fact[data-id="${first!.id}"]`, "class")).toContain("accepted");
    expect(await page.getAttribute(`.fact[data-id="${second!.id}"]`, "class")).toContain("rejected");
    expect(await page.textContent(`.fact[data-id="${second!.id}"] .note`)).toContain("the English says something else");
    const review = JSON.parse(readFileSync(join(work, `${SEED}.review.json`), "utf8"));
    expect(review.decisions[first!.id]).toMatchObject({ status: "accepted", fact: { id: first!.id } });
    expect(review.decisions[second!.id]).toMatchObject({ status: "rejected", note: "the English says something else" });
    await page.close();
    // re-extracting keeps the decisions: the file is not touched, the ids still match
    const before = readFileSync(join(work, `${SEED}.review.json`), "utf8");
    expect(await runCli(["extract", join(ROOT, "seeds"), "--out", work], io)).toBe(0);
    expect(readFileSync(join(work, `${SEED}.review.json`), "utf8")).toBe(before);
    const summary = JSON.parse(readFileSync(join(work, "_summary.json"), "utf8"));
    expect(summary.inputs.find((r: { output: string }) => r.output === `${SEED}.json`).review).toEqual({ decisions: 2, unmatched: [] });
    page = await open(SEED);
    expect(await page.getAttribute(`.fact[data-id="${first!.id}"]`, "class")).toContain("accepted");
    await page.close();
  });

  it("writes screenshots of both seeds to out/", async () => {
    mkdirSync(join(ROOT, "out"), { recursive: true });
    for (const stem of ["000_ed08729ef3b97a07", SEED]) {
      const page = await open(stem);
      const fact = output(stem).facts.find((f) => f.kind === "agreement") ?? output(stem).facts[0]!;
      await page.click(`.fact[data-id="${fact.id}"]`);
      await page.screenshot({ path: join(ROOT, "out", `review-${stem}.png`) });
      expect(existsSync(join(ROOT, "out", `review-${stem}.png`))).toBe(true);
      await page.close();
    }
  });
});

describe("hostile documents", () => {
  let hostile: string;
  let hostileServer: { server: Server; url: string };
  beforeAll(async () => {
    hostile = mkdtempSync(join(tmpdir(), "bifacts-hostile-"));
    await runCli(["extract", join(ROOT, "fixtures/hostile"), "--out", hostile], io);
    hostileServer = await serve(hostile);
  });
  afterAll(() => new Promise((r) => hostileServer.server.close(r)));

  async function inert(page: Page): Promise<void> {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForSelector(".paragraph");
    await page.keyboard.press("o"); // the original text too
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // the payloads are on the page as text, not as elements
    expect(await page.$$eval("#text img, #text svg, #text iframe, #text script", (n) => n.length)).toBe(0);
    expect(await page.$$eval(".paragraph", (n) => n.length)).toBeGreaterThan(2);
    expect(await page.textContent("#text")).toMatch(/<script>|onerror=/);
  }

  it.each(["payloads", "entities"])("the served page for %s runs no script and shows the payloads as text", async (stem) => {
    const page = await browser.newPage();
    await page.goto(`${hostileServer.url}?doc=${stem}`);
    await inert(page);
    await page.close();
  });

  it("the static report runs no script either", async () => {
    const file = join(hostile, "report.html");
    expect(await runCli(["report", hostile, "--html", file], io)).toBe(0);
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await inert(page);
    await page.close();
  });
});
