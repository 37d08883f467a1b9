/**
 * A line of both languages (pipeline/segment.ts splitBilingualLine): a Chinese sentence and its English
 * translation in one paragraph, or a table's cell holding a name in each language, is cut where the
 * language turns, so that each half is read, aligned and cited. Positions first, then languages.
 */
import { splitParagraphs } from "../pipeline/segment";
import { extractBytes } from "../pipeline/index";

const pieces = (text: string): [number, number, string][] => splitParagraphs(text).map((p) => [p.start, p.end, p.lang]);

describe("lines of both languages", () => {
  it("cuts a Chinese sentence from its English translation after the sentence's end", () => {
    const zh = "5月9日，宁波市与某某市签署合作备忘录。";
    const en = "On May 9, Ningbo and Somestadt signed a cooperation memorandum.";
    const line = `${zh} ${en}`;
    expect(pieces(line)).toEqual([
      [0, zh.length, "zh"],
      [zh.length + 1, line.length, "en"],
    ]);
    // the English first, the Chinese after it, with no space between
    expect(pieces(`${en}${zh}`)).toEqual([
      [0, en.length, "en"],
      [en.length, en.length + zh.length, "zh"],
    ]);
  });

  it("cuts a table's cell or a heading that names a thing in each language", () => {
    expect(pieces("马来西亚马六甲市 Malacca")).toEqual([
      [0, 8, "zh"],
      [9, 16, "en"],
    ]);
    expect(pieces("1997年11月 November 1997")).toEqual([
      [0, 8, "zh"],
      [9, 22, "en"],
    ]);
  });

  it("cuts a list item's Chinese, closed by its bracketed date, from the English right after it", () => {
    const zh = "日本 冈山县某某市（1985年5月）";
    const line = `${zh}Somecity, Okayama Prefecture, Japan (May 1985)`;
    expect(pieces(line)).toEqual([
      [0, zh.length, "zh"],
      [zh.length, line.length, "en"],
    ]);
    // (a Chinese sentence's bracket before an English name it quotes stays whole)
    expect(pieces("代表团参观了西门子公司（德国）Siemens 工厂。")).toHaveLength(1);
  });

  it("cuts a header line of a date, an English source and a Chinese one, the date going with the English", () => {
    const en = "2025-04-18 15:20  Source: Somecity Municipal People's Government";
    const line = `${en}  来源：某某市人民政府`;
    expect(pieces(line)).toEqual([
      [0, en.length, "en"],
      [en.length + 2, line.length, "zh"],
    ]);
  });

  it("cuts a headline from its translation, though the English one holds a comma", () => {
    const zh = "绍兴市与日本某某市签署友好交流合作意向书";
    const line = `${zh} Shaoxing and Somecity, Japan Sign Letter of Intent`;
    expect(pieces(line)).toEqual([
      [0, zh.length, "zh"],
      [zh.length + 1, line.length, "en"],
    ]);
  });

  it("keeps whole a Chinese sentence that quotes English words, and an English one that names a Chinese place", () => {
    expect(pieces("代表团参观了 Siemens 公司的工厂，并与 Siemens 负责人座谈。")).toHaveLength(1);
    expect(pieces("The delegation visited the Siemens plant, and met officials of 西门子 there.")).toHaveLength(1);
    expect(pieces("2025 APEC 会议")).toHaveLength(1);
    expect(pieces("会见了美国驻华大使 Nicholas Burns，双方进行了交流。")).toHaveLength(1);
  });

  it("reads, aligns and cites both halves", () => {
    const release = "两市签署备忘录\n\n5月9日，宁波市与鹿特丹市签署合作备忘录。 On May 9, Ningbo and Rotterdam signed a cooperation memorandum.";
    const out = extractBytes("inline.txt", Buffer.from(release, "utf8"));
    expect(out.alignments.map((a) => [a.zh, a.en])).toEqual([[["p2"], ["p3"]]]);
    const memorandum = out.facts.find((f) => f.kind === "agreement");
    expect(memorandum?.corroboration).toBe("both");
    for (const e of memorandum!.evidence) expect(release.slice(e.source.start, e.source.end)).toBe(e.quote);
  });
});
