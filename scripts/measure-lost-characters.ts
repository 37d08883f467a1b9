/**
 * npm run measure:lost — how many characters the repair stage gets back where a decoder lost bytes, and how many it
 * gets wrong. The Chinese lines of the seeds, the fixtures and the extractor corpora are damaged three ways, each as a
 * scraper meets them: UTF-8 read as GBK (lines with a figure: the characters lost before digits), the same with every
 * comma written in ASCII first (lines with a comma), and UTF-8 read by a strict windows-1252 decoder (every line). Each
 * damaged line goes through decode and repair alone; a character that comes back as U+FFFD is lost, any other that
 * differs from the clean line is wrong (a comma the repair writes full-width for an ASCII one is neither).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { Doc, DEFAULT_OPTIONS } from "../pipeline/document";
import { decode } from "../pipeline/decode";
import { repair } from "../pipeline/repair";
import { PACKAGE_ROOT } from "../pipeline/version";
import { ZH_COUNT_CORPUS } from "../extractors/counts/zh.corpus";
import { ZH_DATE_CORPUS } from "../extractors/dates/zh.corpus";
import { ZH_PLACE_CORPUS } from "../extractors/places/zh.corpus";
import { ZH_AGREEMENT_CORPUS } from "../extractors/agreements/zh.corpus";

/** every file under a folder */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const HAN_LINE = /\p{Script=Han}{8}/u;
function chineseLines(): string[] {
  const texts = [...filesUnder(join(PACKAGE_ROOT, "seeds")), ...filesUnder(join(PACKAGE_ROOT, "fixtures"))]
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .map((f) => readFileSync(f, "utf8"));
  for (const corpus of [ZH_COUNT_CORPUS, ZH_DATE_CORPUS, ZH_PLACE_CORPUS, ZH_AGREEMENT_CORPUS]) {
    texts.push(...corpus.examples.map((e) => e.text), ...corpus.negatives.map((n: string | { text: string }) => (typeof n === "string" ? n : n.text)));
  }
  const lines = texts.flatMap((t) => t.split("\n")).map((l) => l.trim());
  return [...new Set(lines.filter((l) => HAN_LINE.test(l) && !/[<>]/.test(l)))];
}

/** full-width forms the repair writes for the ASCII ones a scraper left: no loss, no error */
const FULL_WIDTH_OF: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

/** a damage: the damaged text, the clean text to compare with, and how many of its characters lost a byte */
type Damage = (clean: string) => { damaged: string; clean: string; charactersHit: number };

function measure(lines: readonly string[], damage: Damage) {
  let lost = 0;
  let wrong = 0;
  let charactersHit = 0;
  for (const line of lines) {
    const { damaged, clean, charactersHit: hit } = damage(line);
    charactersHit += hit;
    const doc = new Doc("line.txt", Buffer.from(damaged, "utf8"), DEFAULT_OPTIONS);
    decode.run(doc);
    repair.run(doc);
    const [a, b] = [[...clean], [...doc.text.trim()]];
    if (a.length !== b.length) {
      lost += (doc.text.match(/\ufffd/g) ?? []).length;
      continue;
    }
    a.forEach((ch, i) => {
      if (b[i] === ch || FULL_WIDTH_OF[ch] === b[i] || FULL_WIDTH_OF[b[i]!] === ch) return;
      if (b[i] === "\ufffd") lost++;
      else wrong++;
    });
  }
  return { lines: lines.length, charactersHit, restored: charactersHit - lost - wrong, lost, wrong };
}

const lines = chineseLines();
// (UTF-8 read as GBK loses one character for each replacement character the decoder writes)
const asGbk = (clean: string, damagedClean = clean): ReturnType<Damage> => {
  const damaged = iconv.decode(Buffer.from(damagedClean, "utf8"), "gbk");
  return { damaged, clean, charactersHit: (damaged.match(/\ufffd/g) ?? []).length };
};
// (a strict windows-1252 decoder loses every byte the code page leaves undefined: the characters that hold one)
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const asStrict1252 = (clean: string): ReturnType<Damage> => ({
  damaged: iconv.decode(Buffer.from(clean, "utf8"), "win1252"),
  clean,
  charactersHit: [...clean].filter((ch) => [...Buffer.from(ch, "utf8")].some((b) => UNDEFINED_IN_1252.has(b))).length,
});
const report = {
  "utf-8 read as gbk, lines with a figure": measure(lines.filter((l) => /[0-9]/.test(l)), (l) => asGbk(l)),
  "utf-8 read as gbk, every comma written in ascii": measure(lines.filter((l) => l.includes("，")), (l) => asGbk(l, l.replace(/，/g, ","))),
  "utf-8 read by a strict windows-1252 decoder": measure(lines, asStrict1252),
};
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
