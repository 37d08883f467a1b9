/**
 * Generates the Chinese/English mojibake suite from the clean fixtures with iconv-lite: every crossing
 * the repairer handles, applied to a whole paragraph and to one clause of it. A case is reversible when
 * the exact inverse (encode with the wrong codec, decode with the right one) gives the clean text back;
 * otherwise the damage lost information and must be flagged rather than guessed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { singleByteCodec, encodeSingleByte } from "../../pipeline/support/codecs";

export interface SuiteCase {
  kind: string;
  scope: "paragraph" | "clause";
  script: "zh-hans" | "zh-hant" | "en";
  clean: string;
  corrupted: string;
  reversible: boolean;
}

const FIXTURES = join(__dirname, "../../fixtures/clean");
const read = (f: string): string[] => readFileSync(join(FIXTURES, f), "utf8").split("\n").filter((l) => l.trim());

export const CLEAN = {
  "zh-hans": read("zh-simplified.txt"),
  "zh-hant": read("zh-traditional.txt"),
  en: read("en.txt"),
} as const;

const utf8 = (t: string): Buffer => Buffer.from(t, "utf8");
const sloppy1252 = singleByteCodec("windows-1252");
const asSloppy1252 = (b: Uint8Array): string => [...b].map((x) => sloppy1252.decode[x]).join("");

interface Crossing {
  kind: string;
  corrupt(t: string): string;
  /** the exact inverse, or null when it cannot be applied */
  inverse(t: string): string | null;
  scripts: SuiteCase["script"][];
}

const viaIconv = (writtenAs: string, readAs: string): Pick<Crossing, "corrupt" | "inverse"> => ({
  corrupt: (t) => iconv.decode(writtenAs === "utf8" ? utf8(t) : iconv.encode(t, writtenAs), readAs),
  inverse: (t) => (t.includes("\ufffd") ? null : iconv.decode(iconv.encode(t, readAs), writtenAs)),
});

const ALL: SuiteCase["script"][] = ["zh-hans", "zh-hant", "en"];

export const CROSSINGS: Crossing[] = [
  { kind: "utf-8 read as latin-1", ...viaIconv("utf8", "latin1"), scripts: ALL },
  {
    kind: "utf-8 read as windows-1252",
    corrupt: (t) => asSloppy1252(utf8(t)),
    inverse: (t) => {
      const b = encodeSingleByte(t, sloppy1252);
      return b ? Buffer.from(b).toString("utf8") : null;
    },
    scripts: ALL,
  },
  { kind: "utf-8 read as windows-1252 (strict decoder)", ...viaIconv("utf8", "win1252"), scripts: ALL },
  {
    kind: "utf-8 double-encoded via windows-1252",
    corrupt: (t) => asSloppy1252(utf8(asSloppy1252(utf8(t)))),
    inverse: (t) => {
      const once = encodeSingleByte(t, sloppy1252);
      const inner = once && encodeSingleByte(Buffer.from(once).toString("utf8"), sloppy1252);
      return inner ? Buffer.from(inner).toString("utf8") : null;
    },
    scripts: ALL,
  },
  { kind: "utf-8 read as mac-roman", ...viaIconv("utf8", "macintosh"), scripts: ALL },
  { kind: "utf-8 read as windows-1250", ...viaIconv("utf8", "win1250"), scripts: ALL },
  { kind: "utf-8 read as windows-1251", ...viaIconv("utf8", "win1251"), scripts: ALL },
  { kind: "utf-8 read as gbk", ...viaIconv("utf8", "gbk"), scripts: ALL },
  { kind: "utf-8 read as big5", ...viaIconv("utf8", "big5"), scripts: ALL },
  { kind: "gbk read as latin-1", ...viaIconv("gbk", "latin1"), scripts: ALL },
  { kind: "gbk read as windows-1252", ...viaIconv("gbk", "win1252"), scripts: ALL },
  { kind: "big5 read as windows-1252", ...viaIconv("big5", "win1252"), scripts: ["zh-hant", "en"] },
];

/** The clause a one-clause corruption damages: the middle one. */
function clauseSpan(text: string, script: SuiteCase["script"]): [number, number] {
  const re = script === "en" ? /[^,.;—]+[,.;—]?\s*/g : /[^，。；、]+[，。；、]?/g;
  const parts = [...text.matchAll(re)].filter((m) => m[0].trim());
  const mid = parts[Math.floor(parts.length / 2)]!;
  return [mid.index!, mid.index! + mid[0].length];
}

export function generateSuite(): SuiteCase[] {
  const cases: SuiteCase[] = [];
  for (const crossing of CROSSINGS) {
    for (const script of crossing.scripts) {
      for (const clean of CLEAN[script]) {
        for (const scope of ["paragraph", "clause"] as const) {
          const [a, b] = scope === "paragraph" ? [0, clean.length] : clauseSpan(clean, script);
          const part = clean.slice(a, b);
          const bad = crossing.corrupt(part);
          if (bad === part) continue; // nothing to repair (ASCII through a Chinese crossing)
          const corrupted = clean.slice(0, a) + bad + clean.slice(b);
          cases.push({ kind: crossing.kind, scope, script, clean, corrupted, reversible: crossing.inverse(bad) === part });
        }
      }
    }
  }
  return cases;
}
