/**
 * The same release in other encodings and wrappers must give the same paragraphs and cleaned text as
 * its UTF-8 original, with every paragraph's source span reproducing its text in source.text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { extractBytes } from "../pipeline/index";
import type { Output } from "../schemas/output";
import { ROOT, SEEDS } from "./helpers";

const summary = (o: Output) => o.paragraphs.map((p) => ({ lang: p.lang, role: p.role, text: p.text, damaged: p.damaged }));
const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function spansReproduce(o: Output, original: Output): void {
  o.paragraphs.forEach((p, i) => {
    const quote = o.source.text.slice(p.source.start, p.source.end);
    const expected = original.source.text.slice(original.paragraphs[i]!.source.start, original.paragraphs[i]!.source.end);
    expect(quote).toBe(o.document.format === "html" ? escapeHtml(expected) : expected);
  });
}

describe.each(SEEDS)("seed %s in other encodings", (name) => {
  const text = readFileSync(join(ROOT, "seeds", name), "utf8");
  const original = extractBytes(name, Buffer.from(text, "utf8"));

  it("GB18030 (no BOM) gives the same paragraphs", () => {
    const o = extractBytes(name, iconv.encode(text, "gb18030"));
    expect(o.document.encoding.name).toBe("gb18030");
    expect(o.document.encoding.method).toBe("detected");
    expect(summary(o)).toEqual(summary(original));
    expect(o.source.text).toBe(text);
    spansReproduce(o, original);
  });

  it("UTF-16 with a BOM gives the same paragraphs", () => {
    const o = extractBytes(name, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]));
    expect(o.document.encoding).toMatchObject({ name: "utf-16le", method: "bom" });
    expect(summary(o)).toEqual(summary(original));
    spansReproduce(o, original);
  });

  it("UTF-16BE without a BOM is detected", () => {
    const o = extractBytes(name, iconv.encode(text, "utf-16be"));
    expect(o.document.encoding.name).toBe("utf-16be");
    expect(summary(o)).toEqual(summary(original));
  });

  it.each([
    ["UTF-8 bytes under a <meta charset=gbk>", "gbk", "utf8"],
    ["GB18030 bytes under a <meta charset=utf-8>", "utf-8", "gb18030"],
  ])("wrapped in HTML: %s", (_label, declared, actual) => {
    const body = text.split("\n").filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l.trim())}</p>`).join("\n");
    const html = `<!DOCTYPE html><html><head><meta charset="${declared}"><title>x</title></head><body>\n${body}\n</body></html>`;
    const o = extractBytes(name.replace(/\.txt$/, ".html"), actual === "utf8" ? Buffer.from(html, "utf8") : iconv.encode(html, actual));
    expect(o.document.format).toBe("html");
    expect(o.warnings.map((w) => w.code)).toContain("charset-mismatch");
    expect(summary(o)).toEqual(summary(original));
    spansReproduce(o, original);
  });
});

describe("a page labelled gb2312 whose bytes hold GB18030's four-byte characters", () => {
  it("is decoded as GB18030, as the WHATWG Encoding Standard reads the label, so © comes out whole", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>x</title></head><body><p>济宁市与德国特里尔市签署友好交流合作备忘录。</p><p>版权所有 Copyright © 2024</p></body></html>`;
    const o = extractBytes("page.html", iconv.encode(html, "gb18030"));
    expect(iconv.encode("©", "gb18030")).toHaveLength(4); // one of the four-byte sequences GBK has no room for
    expect(o.paragraphs.map((p) => p.text)).toContain("Copyright © 2024");
    expect(o.warnings.map((w) => w.code)).not.toContain("unrecoverable-replacement");
  });
});

describe("a traditional-script release in Big5", () => {
  const text = readFileSync(join(ROOT, "fixtures/clean/zh-traditional.txt"), "utf8");
  it("is detected as Big5 and gives the same paragraphs as its UTF-8 form", () => {
    const original = extractBytes("trad.txt", Buffer.from(text, "utf8"));
    const o = extractBytes("trad.txt", iconv.encode(text, "big5"));
    expect(o.document.encoding.name).toBe("big5");
    expect(summary(o)).toEqual(summary(original));
    expect(o.paragraphs[0]!.text).toMatch(/^近日，台中市与美国/);
    spansReproduce(o, original);
  });
});

describe("undecodable bytes", () => {
  it("become a warning naming their byte range, never a crash", () => {
    const bytes = Buffer.concat([Buffer.from("山西省友好城市", "utf8"), Buffer.from([0xe5, 0xb1]), Buffer.from("。Shanxi", "utf8")]);
    const o = extractBytes("broken.txt", bytes);
    const w = o.warnings.find((x) => x.code === "undecodable-bytes")!;
    expect(w.message).toMatch(/bytes 21-22/);
    expect(o.source.text.slice(w.source!.start, w.source!.end)).toBe("\ufffd");
  });
});
