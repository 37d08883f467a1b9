/**
 * ftfy's own test suite (../shared/peers/ftfy/cases.json, Apache-2.0, data only) scored on our mojibake
 * repair. The target is `fixed-encoding` where present, else `fixed`: our repair must not straighten
 * quotes or narrow fullwidth punctuation (correct Chinese needs them), which is what ftfy's
 * fix_encoding target leaves out too. ftfy 6.3.1 itself gets 152 of the 161.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixMojibake } from "../../pipeline/repairs/mojibake";
import { PEERS, requireShared } from "./paths";

interface Case {
  group: string;
  label: string;
  original: string;
  fixed: string;
  "fixed-encoding"?: string;
  expect: "pass" | "fail";
}

const cases: Case[] = JSON.parse(readFileSync(requireShared(join(PEERS, "ftfy/cases.json")), "utf8"));
const target = (c: Case): string => c["fixed-encoding"] ?? c.fixed;

describe("ftfy's test cases", () => {
  const results = cases.map((c, i) => ({ i, c, got: fixMojibake(c.original) }));
  const right = results.filter((r) => r.got === target(r.c));

  afterAll(() => {
    const wrong = results.filter((r) => r.got !== target(r.c));
    const lines = wrong.map((r) => `  #${r.i} [${r.c.group} ${r.c.expect}] ${r.c.label}\n      got      ${JSON.stringify(r.got).slice(0, 110)}\n      expected ${JSON.stringify(target(r.c)).slice(0, 110)}`);
    process.stdout.write(`\nftfy cases: ${right.length} of ${cases.length} exact (ftfy 6.3.1 fix_text: 152); failures:\n${lines.join("\n")}\n`);
  });

  it("gets at least 155 of 161 exactly right", () => {
    expect(cases).toHaveLength(161);
    expect(right.length).toBeGreaterThanOrEqual(155);
  });

  it("changes none of the texts that must not change", () => {
    const mustStay = results.filter((r) => r.c.original === target(r.c));
    expect(mustStay.length).toBeGreaterThan(40);
    expect(mustStay.filter((r) => r.got !== r.c.original).map((r) => r.c.label)).toEqual([]);
  });
});
