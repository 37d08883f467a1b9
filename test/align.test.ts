import { extractBytes } from "../pipeline/index";
import type { Output } from "../schemas/output";
import { alignmentSuite, type SuiteDoc } from "../bench/suites/alignment-suite";
import { SHARED } from "./peers/paths";

/** a release of paragraphs, one blank line between them, read whole */
const releaseOf = (name: string, paragraphs: string[]): Output => extractBytes(name, Buffer.from(paragraphs.join("\n\n")));

/** The pairs (line, line) an output aligns, with lines found by their source text. */
export function predictedPairs(doc: SuiteDoc, out: Output): Set<string> {
  const lineOf = (pid: string): number => {
    const p = out.paragraphs.find((q) => q.id === pid)!;
    return doc.lines.indexOf(out.source.text.slice(p.source.start, p.source.end));
  };
  const pairs = new Set<string>();
  for (const a of out.alignments) for (const z of a.zh) for (const e of a.en) pairs.add(`${lineOf(z)}|${lineOf(e)}`);
  return pairs;
}

describe("alignment perturbation suite", () => {
  const docs = alignmentSuite(SHARED);
  const scored = docs.map((d) => {
    const out = extractBytes(`${d.name} (${d.perturbation})`, Buffer.from(d.text, "utf8"));
    const predicted = predictedPairs(d, out);
    const gold = new Set(d.pairs.map(([z, e]) => `${z}|${e}`));
    const tp = [...predicted].filter((p) => gold.has(p)).length;
    return { d, tp, fp: predicted.size - tp, fn: gold.size - tp };
  });
  const f1 = (rows: typeof scored): number => {
    const tp = rows.reduce((s, r) => s + r.tp, 0);
    const fp = rows.reduce((s, r) => s + r.fp, 0);
    const fn = rows.reduce((s, r) => s + r.fn, 0);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };

  afterAll(() => {
    const kinds = [...new Set(docs.map((d) => d.perturbation))];
    const rows = kinds.map((k) => `  ${k.padEnd(40)} F1 ${f1(scored.filter((r) => r.d.perturbation === k)).toFixed(3)}`);
    const bad = scored.filter((r) => r.fp || r.fn).map((r) => `    ${r.d.name} / ${r.d.perturbation}: ${r.fp} extra, ${r.fn} missed`);
    process.stdout.write(`\nalignment suite: ${docs.length} documents, overall F1 ${f1(scored).toFixed(3)}\n${rows.join("\n")}\n${bad.length ? "  imperfect:\n" + bad.join("\n") + "\n" : ""}`);
  });

  it("covers every perturbation on the seeds and the fixtures", () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(docs.map((d) => d.name)).size).toBeGreaterThanOrEqual(5);
  });

  it("reaches an alignment F1 of at least 0.95 over the whole suite", () => {
    expect(f1(scored)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("monolingual documents", () => {
  it.each([
    ["Chinese only", "山西省与南非签署友好城市协议。\n\n双方将在教育领域开展合作。\n"],
    ["English only", "Shanxi signed an agreement with South Africa.\n\nThe two sides will cooperate in education.\n"],
  ])("%s: aligns to nothing, without error, and says why", (_label, text) => {
    const out = extractBytes("mono.txt", Buffer.from(text));
    expect(out.alignments).toEqual([]);
    expect(out.unaligned.map((u) => u.reason)).toEqual(["not-bilingual", "not-bilingual"]);
  });
});

describe("each alignment explains itself", () => {
  it("carries paragraph ids, a link type, a score and its anchors", () => {
    const text = "山西省与南非签署友好城市协议，2024年起互派留学生300名。\n\nShanxi signed a sister-city agreement with South Africa; from 2024 they will exchange 300 students.\n";
    const out = extractBytes("pair.txt", Buffer.from(text));
    expect(out.alignments).toHaveLength(1);
    const a = out.alignments[0]!;
    expect(a).toMatchObject({ zh: ["p1"], en: ["p2"], type: "1-1" });
    expect(a.score).toBeGreaterThan(0.5);
    expect(a.anchors).toEqual(expect.arrayContaining([
      { kind: "year", zh: "2024", en: "2024" },
      { kind: "number", zh: "300", en: "300" },
      { kind: "place", zh: "南非", en: "South Africa" },
      { kind: "place", zh: "山西", en: "Shanxi" },
    ]));
  });
});

describe("a title with no translation of its own", () => {
  it("stays alone rather than taking the body paragraph that retells it, which goes with the paragraph it translates", () => {
    const out = releaseOf("title.txt", [
      "甲市与乙国丙市签署友好交流合作备忘录",
      "发布时间：2025-09-03 17:02　来源：甲市人民政府外事办公室",
      "9月2日，甲市与乙国丙市签署友好交流合作备忘录。根据备忘录，两市将在人工智能和青少年交流等领域加强合作，并于明年互派不少于50名青少年参加交流营。",
      "On September 2, Jiashi and Bingshi signed a memorandum of friendly exchange and cooperation.",
      "Under the memorandum, the two cities will strengthen cooperation in artificial intelligence and youth exchanges, and will send no fewer than 50 young people to each other's exchange camps next year.",
    ]);
    expect(out.alignments.map((a) => [a.zh, a.en])).toEqual([[["p3"], ["p4", "p5"]]]);
    expect(out.unaligned.find((u) => u.paragraph === "p1")?.reason).toBe("title");
  });
});

describe("a date line with no translation of its own", () => {
  it("stays alone rather than taking a body paragraph that shares its date, where the English condenses three paragraphs in one", () => {
    const out = releaseOf("dateline.txt", [
      "Province Hosts Delegation from Ohio Province",
      "Sept. 3, 2025",
      "A delegation from the State of Ohio, led by Lieutenant Governor Jon Husted, visited the province from September 1 to 3. Governor Zhou Jian met the delegation on September 2, and the two sides signed a memorandum on exchanges in tourism, health care and new energy. The province and Ohio established sister-state relations in 1997 and have since exchanged more than 300 delegations.",
      "9月1日至3日，美国俄亥俄州副州长乔恩·赫斯特德率代表团访问我省。",
      "9月2日，省长周健会见了代表团，双方签署了旅游、医疗卫生和新能源领域交流备忘录。",
      "我省与俄亥俄州于1997年缔结友好省州关系，此后双方互派代表团300多批次。",
    ]);
    expect(out.unaligned.find((u) => u.paragraph === "p2")?.reason).toBe("metadata");
    expect(out.alignments.some((a) => a.en.includes("p2"))).toBe(false);
  });
});

describe("an English summary of three Chinese paragraphs", () => {
  const lines = [
    "10月10日，甲市与乙国丙市在甲市举行两市结好45周年纪念大会，丙市市长率代表团一行35人出席。",
    "甲市与丙市于1981年4月结为友好城市，是甲省第一对国际友好城市。",
    "45年来，两市开展交流项目300余项，互派留学生和研修生1200余人次。",
    "On October 10, Jiashi and Bingshi held a ceremony in Jiashi to mark the 45th anniversary of their sister-city ties, attended by a 35-member delegation led by the Mayor of Bingshi. The two cities became sister cities in April 1981, the first international sister-city pair of the province. Over the past 45 years, they have carried out more than 300 exchange projects and exchanged more than 1,200 students and trainees.",
  ];
  it("links all three to it (3-1), each sharing a figure with it", () => {
    const out = releaseOf("summary.txt", lines);
    expect(out.alignments.map((a) => [a.zh, a.en, a.type])).toEqual([[["p1", "p2", "p3"], ["p4"], "3-1"]]);
  });
  it("leaves out a third paragraph that shares only the pair's names, no figure (a quote left untranslated)", () => {
    const out = releaseOf("summary-quote.txt", [lines[0]!, lines[1]!, "丙市市长表示，甲市与丙市的友谊历久弥新。", lines[3]!]);
    expect(out.alignments.map((a) => [a.zh, a.en])).toEqual([[["p1", "p2"], ["p4"]]]);
    expect(out.unaligned.find((u) => u.paragraph === "p3")?.reason).toBe("untranslated");
  });
});

describe("a paragraph translated in two, beside an untranslated one", () => {
  it("links both halves to it, though the one-to-one link alone already shares many anchors, and leaves the untranslated paragraph alone", () => {
    const out = releaseOf("split.txt", [
      "8月15日，东兴市与越南广宁省芒街市在芒街签署友好交流合作备忘录，双方将在边境旅游和港口物流等领域加强合作。今年前7个月，东兴口岸出入境旅客达86.5万人次，同比增长43.2%。",
      "On August 15, Dongxing and Mong Cai City in Viet Nam's Quang Ninh Province signed a memorandum on friendly exchanges and cooperation in Mong Cai. The two sides will strengthen cooperation in border tourism and port logistics.",
      "In the first seven months of this year, 865,000 inbound and outbound travelers passed through Dongxing's port, up 43.2 percent year on year.",
      "芒街市是广宁省的边境城市，与东兴市隔河相望，1996年被列为国家级口岸。",
      "双方商定，于2026年上半年在东兴举办中越边境旅游节。",
      "The two sides agreed to hold a China-Viet Nam border tourism festival in Dongxing in the first half of 2026.",
    ]);
    expect(out.alignments.map((a) => [a.zh, a.en])).toEqual([
      [["p1"], ["p2", "p3"]],
      [["p5"], ["p6"]],
    ]);
    expect(out.unaligned.find((u) => u.paragraph === "p4")?.reason).toBe("untranslated");
  });
});

describe("an untranslated paragraph before a translated one", () => {
  it("stays alone when it shares only common words with the translation, and names a place or number the translation lacks", () => {
    const out = releaseOf("stray.txt", [
      "3月10日至14日，贵阳市代表团访问以色列特拉维夫市和海法市。",
      "A Guiyang delegation visited Tel Aviv and Haifa in Israel from March 10 to 14.",
      "在特拉维夫期间，代表团与特拉维夫市政府就创新合作进行了会谈，并参观了3家科技企业。",
      "在海法期间，代表团与海法市签署了友好交流合作意向书。",
      "In Haifa, the delegation signed a letter of intent on friendly exchanges and cooperation with the city of Haifa.",
    ]);
    expect(out.alignments.map((a) => [a.zh, a.en])).toEqual([
      [["p1"], ["p2"]],
      [["p4"], ["p5"]],
    ]);
    expect(out.unaligned.find((u) => u.paragraph === "p3")?.reason).toBe("untranslated");
  });
});
