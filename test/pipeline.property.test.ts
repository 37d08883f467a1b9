/**
 * Property: whatever mix of Chinese (simplified and traditional), English, digits, punctuation, pinyin
 * annotations and mojibake a release holds, `extract` never throws and returns an output that passes the
 * schema, in which every evidence span reproduces its quote in the cleaned
 * paragraph and maps inside its paragraph in source.text. 1,000 cases (FC_RUNS overrides).
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { extractBytes, DocumentError } from "../pipeline/index";
import { OutputSchema } from "../schemas/output";

const gbkMojibake = (s: string): string => iconv.decode(Buffer.from(s, "utf8"), "gbk");
const latin1Mojibake = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

const pieces = {
  simplified: ["山西省", "与", "南非", "城市", "缔结", "友好城市关系", "签署", "协议", "截至目前", "共有", "个国家", "地方政府", "去年6月", "2018年以来", "近5亿人口", "排全国第八", "布里奇顿", "我省", "合作成立", "频道"],
  traditional: ["國際", "頻道", "與", "簽署", "協議", "締結", "關係", "數字電視臺", "來自", "實現"],
  english: ["Shanxi Province", " and ", "Sarah Baartman District Municipality", " signed ", "an agreement", " with ", "Bridgetown", ", the capital of Barbados", " in June last year", " since 2018", " 67 local governments", " in 32 countries", " ranking 8th", " nearly 500 million", " the 14th Congress", " joined the China-CEEC Association of Provincial Governors", " café ", "."],
  digits: ["2024", "67", "3.2万", "１２", "1,200", "三十六", "二〇二四年", "11月28日", "2025-02-27", "%", "第十三次"],
  punctuation: ["，", "。", ",,", "，。", ",", "!", "“", "”", "(", ")", "（", "）", "、", " ", "\u3000", "\u200b", "?", "??", "……"],
  pinyin: ["國(guó)", "際(jì)", "頻(pín)", "對(duì)", "關(guān)", "(CEEC)", "(BRI)", "(图源网络侵删)"],
};

const token = fc.oneof(
  fc.constantFrom(...pieces.simplified),
  fc.constantFrom(...pieces.traditional),
  fc.constantFrom(...pieces.english),
  fc.constantFrom(...pieces.digits),
  fc.constantFrom(...pieces.punctuation),
  fc.constantFrom(...pieces.pinyin),
  fc.constantFrom(...pieces.simplified).map(gbkMojibake),
  fc.constantFrom(" café ", " naïve ", "“quoted”", "—").map(latin1Mojibake),
  fc.string({ maxLength: 4 }),
);
// every paragraph holds at least one word of text, as every release does
const word = fc.oneof(fc.constantFrom(...pieces.simplified), fc.constantFrom(...pieces.traditional), fc.constantFrom(...pieces.english));
const paragraph = fc.tuple(word, fc.array(token, { maxLength: 13 }), fc.nat()).map(([w, t, at]) => {
  const k = t.length ? at % (t.length + 1) : 0;
  return [...t.slice(0, k), w, ...t.slice(k)].join("");
});
const release = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n\n", "\n", "\r\n\r\n")).map(([ps, sep]) => ps.join(sep));

describe("extract on random releases", () => {
  it("never throws, and returns a valid output whose every citation holds", () => {
    fc.assert(
      fc.property(release, (text) => {
        let out;
        try {
          out = extractBytes("random.txt", Buffer.from(text, "utf8"));
        } catch (e) {
          throw e instanceof DocumentError ? new Error(`refused ${JSON.stringify(text)}: ${e.code}: ${e.message}`) : e;
        }
        expect(OutputSchema.safeParse(out).success).toBe(true);
        const paragraphs = new Map(out.paragraphs.map((p) => [p.id, p]));
        for (const f of out.facts) {
          for (const e of f.evidence) {
            const p = paragraphs.get(e.paragraph)!;
            expect(p.text.slice(e.start, e.end)).toBe(e.quote);
            expect(e.source.start).toBeGreaterThanOrEqual(p.source.start);
            expect(e.source.end).toBeLessThanOrEqual(p.source.end);
            expect(out.source.text.slice(e.source.start, e.source.end)).toBe(e.sourceQuote);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  }, 300000);
});
