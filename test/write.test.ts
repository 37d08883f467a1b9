/**
 * An output is written in pieces (cli/write.ts: serialisedPieces), not as one string, so the pieces must
 * join to serialise's text byte for byte, whatever the value: users diff outputs between runs, and the
 * same input must give the same bytes.
 */
import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialise, serialisedPieces, writeAtomic } from "../cli/write";
import { extractBytes } from "../pipeline/index";

const joined = (value: unknown): string => [...serialisedPieces(value)].join("");

/** JSON values with what JSON.stringify leaves out or rewrites: undefined members, holes and undefined elements */
const memberArb = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.string());

describe("serialisedPieces", () => {
  it("joins to serialise's text for any object of JSON values", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), memberArb), (value) => expect(joined(value)).toBe(serialise(value))), { numRuns: 500 });
  });

  it("joins to serialise's text for what is not an object", () => {
    for (const value of [[], [1, [2, { a: "x\ny" }]], "text", 3, null, new Date(0), { toJSON: () => ({ b: [1] }) }]) expect(joined(value)).toBe(serialise(value));
  });

  it("joins to serialise's text for empty, nested and newline-holding members", () => {
    const value = { a: [], b: {}, c: [[], {}, [1, 2]], d: "line\nbreak", e: [{ f: ["x\r\ny"], g: undefined }], h: undefined, i: [undefined, () => 1] };
    expect(joined(value)).toBe(serialise(value));
    expect(joined({})).toBe(serialise({}));
  });

  it("joins to serialise's text for a seed's output, in pieces no larger than a member's element", () => {
    const output = extractBytes("seed.txt", readFileSync(join(__dirname, "..", "seeds", readdirSync(join(__dirname, "..", "seeds")).sort()[0]!)));
    const pieces = [...serialisedPieces(output)];
    expect(pieces.join("")).toBe(serialise(output));
    const largestElement = Math.max(...Object.values(output).flatMap((m) => (Array.isArray(m) ? m.map((e) => JSON.stringify(e, null, 2).length) : [JSON.stringify(m, null, 2).length])));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(largestElement * 1.5 + 16);
    expect(pieces.length).toBeGreaterThan(output.facts.length);
  });
});

describe("writeAtomic", () => {
  it("writes pieces as the same bytes as the whole text, across several chunks", () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-write-"));
    const value = { rows: Array.from({ length: 3000 }, (_, i) => ({ i, zh: "国际友好城市".repeat(i % 7), en: "sister city" })) };
    writeAtomic(join(dir, "whole.json"), serialise(value));
    writeAtomic(join(dir, "pieces.json"), serialisedPieces(value));
    expect(readFileSync(join(dir, "pieces.json"))).toEqual(readFileSync(join(dir, "whole.json")));
    expect(readFileSync(join(dir, "whole.json"), "utf8").length).toBeGreaterThan(4 * 32 * 1024);
    expect(readdirSync(dir).sort()).toEqual(["pieces.json", "whole.json"]);
  });

  it("leaves neither the file nor a temporary when the pieces fail midway", () => {
    const dir = mkdtempSync(join(tmpdir(), "bifacts-write-"));
    function* failing(): Generator<string> {
      yield "x".repeat(40 * 1024); // one chunk written first
      throw new Error("serialisation failed");
    }
    expect(() => writeAtomic(join(dir, "out.json"), failing())).toThrow("serialisation failed");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
