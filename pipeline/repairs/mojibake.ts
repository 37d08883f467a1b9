/**
 * Mojibake: text that was decoded with the wrong encoding somewhere between author and crawler.
 *
 * Each family undoes one crossing by re-encoding the damaged characters with the encoding that was
 * wrongly used and decoding the bytes with the right one:
 *   - UTF-8 read as Latin-1, Windows-1252/1250/1251/1253/1254/1257, ISO-8859-2, Mac Roman or cp437
 *     (ftfy's families), including double encoding (the rule runs again on its own output);
 *   - the Chinese crossings: GBK or Big5 read as Latin-1/Windows-1252, UTF-8 read as GBK or Big5.
 * A repair is made only when the bytes decode cleanly and the result costs clearly less than the
 * damaged text (see support/weirdness.ts): text that is already right is never touched.
 *
 * It looks at a whole line first (the usual case: a paragraph decoded wrongly), then at windows inside a
 * line (one clause pasted from another source), then at leftover C1 control characters.
 */
import type { Edit } from "../offsets";
import type { RepairRule, RoundState } from "./rule";
import { isCommonHan } from "../support/common-han";
import { cjkStep, encodeCjk, encodeSingleByte, LOST_BYTE_MARKER, singleByteCodec, utf8Step, type SingleByteCodec, type Unit } from "../support/codecs";
import { textCost } from "../support/weirdness";
import { withLostCharRestored } from "./lost-bytes";
import { withUndefinedByteRestored } from "./undefined-bytes";
import { PINYIN_LETTERS } from "./pinyin-annotation";
import { allMatches } from "../../extractors/shared/matches";

/** How much cheaper a repaired text must be: one clear sign of mojibake, not a coin toss. */
const MARGIN = 2;
/** Each space read back as byte A0, and each lost byte, costs this much: they are guesses. */
const RESTORE_COST = 2;

const WESTERN = ["latin-1", "windows-1252", "windows-1251", "windows-1250", "windows-1253", "windows-1254", "windows-1257", "iso-8859-2", "macroman", "cp437"];
const LOSSY_OK = new Set(["windows-1252", "windows-1251", "windows-1250", "windows-1253", "windows-1254", "windows-1257"]);

/** Code pages other than Latin-1 and Windows-1252 need a little more evidence: they are rarer. */
const RARE_PAGE_COST = 1;

interface Candidate {
  kind: string;
  edits: Edit[]; // relative to the segment
  text: string;
  penalty: number;
}

type Step = (bytes: Uint8Array, i: number) => (Unit & { restored?: number; lossy?: number }) | null;

/** A reading of a segment: encode it one way, step through the bytes decoding them another. */
interface Reading {
  kind: string;
  /** Western readings undo ftfy's families; the Chinese ones need Chinese on one side */
  western: boolean;
  /** reads Western-looking characters as GBK or Big5 bytes (its windows sit inside Chinese text) */
  chineseFromWestern?: boolean;
  /** extra evidence a repair through this reading needs */
  prior: number;
  /** bytes of the segment, and for each character the byte offset it starts at */
  encode(segment: string): Encoded | null;
  /** whether one character can be encoded this way (encode's answer, without building anything) */
  canEncode(ch: string): boolean;
  step: Step;
  /** the step for windows inside a line: no guessed bytes there */
  windowStep: Step;
  /** a cheap look at a line: could this crossing have produced anything in it? */
  mayApply(line: string): boolean;
  /** whether a decoded text is a result this reading may give */
  accepts(original: string, decoded: string): boolean;
}

const HAN_G = /\p{Script=Han}/gu;
/** a pinyin annotation after a character (or after one whose bytes were lost): 締(jié), read past by plausibleChinese */
const PINYIN_ANNOTATION = new RegExp(`(?<=[\\p{Script=Han}\\ufffd])[(（][${PINYIN_LETTERS} ]{1,40}[)）]`, "gu");
/** Chinese readings must produce Chinese: at least two Han characters, most of them everyday ones. */
// (a pinyin annotation's toned letters are the text's, 國(guó)際, which the pinyin repair removes after this one)
function plausibleChinese(text: string): boolean {
  const decoded = text.replace(PINYIN_ANNOTATION, "");
  const han = decoded.match(HAN_G) ?? [];
  if (han.length < 2) return false;
  const latin = (decoded.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  if (han.length < 0.6 * (han.length + latin)) return false;
  if (/[\u00c0-\u00ff\u0080-\u009f]/.test(decoded)) return false;
  // real Chinese decoded from its own bytes is everyday text: at most one character in five is rare
  const common = han.filter((h) => isCommonHan(h.codePointAt(0)!)).length;
  return common >= 0.8 * han.length;
}
/** English read through GBK comes back as Latin letters and typographic punctuation, nothing else. */
const LATIN_OR_PUNCT_ONLY = /^[\x00-\x7f\p{Script=Latin}\u2010-\u206f\u00a0-\u00bf]*$/u;

/** What English text through GBK or Big5 holds beyond ASCII: typographic punctuation and accented letters. */
const GBK_NON_HAN_ONLY = /^[\x00-\x7f“”‘’—…āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêÜ]*$/u;

/**
 * UTF-8 read as GBK or Big5 turns into Han characters and CJK symbols (and private-use code points,
 * where the bytes fall in GBK's user-defined areas), and Latin letters only as GBK's row A8 has them, the
 * pinyin letters, where one character's last byte and the next one's first meet (年訪 read as 骞磋í); and the
 * symbols of GBK's row A1 and the rows after it (℃, №, ★, ◆, ∶, and row A8's blocks ▁-▕), where they meet the same way
 * (卡捷 read as 鍗℃嵎, 南威 as 鍗楀▉).
 */
const CJK_MOJIBAKE_ONLY = /^[\x00-\x7f\p{Script=Han}\u00e0\u00e1\u00e8\u00e9\u00ea\u00ec\u00ed\u00f2\u00f3\u00f9\u00fa\u00fc\u0101\u0113\u011b\u012b\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc\u0251\u0144\u0148\u0261\u3000-\u33ff\ue000-\uf8ff\ufe30-\ufe4f\uff00-\uffef\u2000-\u206f\u20ac\u2100-\u23ff\u2460-\u24ff\u2500-\u259f\u25a0-\u26ff\u00a4\u00a7\u00a8\u00b0\u00b1\u00b7\u00d7\u00f7\u0391-\u03c9\u0401-\u0451\ufffd]*$/u;

/** How the single-byte readings encode: one byte a character, so character i is byte i. */
function singleByteEncoding(codec: SingleByteCodec): Pick<Reading, "encode" | "canEncode"> {
  return {
    encode(segment) {
      const bytes = encodeSingleByte(segment, codec);
      return bytes ? { bytes, offsets: identityOffsets(segment.length) } : null;
    },
    canEncode: (ch) => codec.byteOf[ch.charCodeAt(0)]! >= 0,
  };
}

function westernReading(codecName: string): Reading {
  const codec = singleByteCodec(codecName);
  const options = { lossy: LOSSY_OK.has(codecName), restoreA0: true };
  return {
    kind: `utf-8-as-${codecName}`,
    western: true,
    prior: codecName === "latin-1" || codecName === "windows-1252" ? 0 : RARE_PAGE_COST,
    // inside a line, a space is read back as A0 only in the two code pages where "Ã " is common
    windowStep: (bytes, i) => utf8Step(bytes, i, { lossy: options.lossy, restoreA0: codecName === "latin-1" || codecName === "windows-1252" }),
    accepts: () => true,
    mayApply: (line) => factsOf(line).singleByteHigh && hasLeadThenContinuation(line, codec),
    ...singleByteEncoding(codec),
    // (a byte the code page leaves undefined, lost, restored where undefined-bytes.ts can tell it)
    step: (bytes, i) => {
      const u = utf8Step(bytes, i, options);
      return u?.lossy && codec.undefinedBytes.length ? withUndefinedByteRestored(bytes, u, codec.undefinedBytes) : u;
    },
  };
}

function cjkAsWesternReading(cjk: "gb18030" | "big5", codecName: string): Reading {
  const codec = singleByteCodec(codecName);
  const step: Step = (bytes, i) => cjkStep(bytes, i, cjk);
  return {
    kind: `${cjk === "gb18030" ? "gbk" : "big5"}-as-${codecName}`,
    western: false,
    chineseFromWestern: true,
    prior: 0,
    windowStep: step,
    // English through this crossing keeps its letters and gets its quotes and accents back (¡°→“, ¨¦→é)
    accepts: (_original, decoded) => plausibleChinese(decoded) || GBK_NON_HAN_ONLY.test(decoded),
    // GBK and Big5 lead bytes are 80–FF, trail bytes 40–FF: such a pair side by side
    mayApply: (line) => factsOf(line).singleByteHigh && CJK_PAIR_IN_WESTERN.test(line),
    ...singleByteEncoding(codec),
    step,
  };
}

// (a lost byte's character restored where lost-bytes.ts can tell it)
function utf8AsCjkReading(cjk: "gb18030" | "big5"): Reading {
  const step: Step = (bytes, i) => {
    const u = utf8Step(bytes, i, { lossy: true, restoreA0: false });
    if (!u?.lossy) return u;
    // only the decoder's U+FFFD marks a lost byte here; a "?" is a character of the text
    return bytes.subarray(u.start, u.end).includes(LOST_BYTE_MARKER) ? withLostCharRestored(bytes, u) : null;
  };
  return {
    kind: `utf-8-as-${cjk === "gb18030" ? "gbk" : "big5"}`,
    western: false,
    prior: 0,
    windowStep: step,
    // English through this crossing comes back with no Han at all (S茫o → São); Chinese must be Chinese
    accepts: (original, decoded) => CJK_MOJIBAKE_ONLY.test(original) && (HAN_G.test(decoded) ? plausibleChinese(decoded) : LATIN_OR_PUNCT_ONLY.test(decoded)),
    // UTF-8 lead bytes E4–E9 land in GBK's rarer rows: rare Han characters, or Han glued to Latin letters
    mayApply: (line) => factsOf(line).rareHan >= 1 || HAN_BESIDE_LATIN.test(line),
    encode(segment) {
      const offsets: number[] = new Array(segment.length + 1);
      const bytes = new Uint8Array(segment.length * 4);
      const encoding = cjk === "gb18030" ? "gbk" : cjk;
      let pos = 0;
      for (let i = 0; i < segment.length; i++) {
        offsets[i] = pos;
        const unit = segment.charCodeAt(i);
        // a surrogate pair encodes as one character, written at its second half (the first gets an empty range)
        if (unit >= 0xd800 && unit <= 0xdbff) continue;
        if (unit < 0x80) {
          bytes[pos++] = unit;
          continue;
        }
        if (unit === 0xfffd) {
          bytes[pos++] = LOST_BYTE_MARKER;
          continue;
        }
        const afterHigh = i > 0 && segment.charCodeAt(i - 1) >= 0xd800 && segment.charCodeAt(i - 1) <= 0xdbff;
        // GBK as Windows writes it (cp936: € is the single byte 80), which GB18030 does differently
        const b = cachedEncodeCjk(segment.codePointAt(afterHigh ? i - 1 : i)!, encoding);
        if (!b) return null;
        bytes.set(b, pos);
        pos += b.length;
      }
      offsets[segment.length] = pos;
      return { bytes: bytes.subarray(0, pos), offsets };
    },
    canEncode: (ch) => ch.charCodeAt(0) < 0x80 || ch === "\ufffd" || cachedEncodeCjk(ch.codePointAt(0)!, cjk === "gb18030" ? "gbk" : cjk) !== null,
    step,
  };
}

/** An encoded segment: its bytes, the byte offset of each character, and (once asked) the character at each offset. */
interface Encoded {
  bytes: Uint8Array;
  offsets: number[];
  charAt?: Int32Array;
}

/**
 * byte offset -> index of the first character starting there, -1 inside a character; built once per
 * encoded segment, however many ranges are read (a typed array: the rule asks it of most Chinese lines)
 */
function charIndex(enc: Encoded): Int32Array {
  if (!enc.charAt) {
    const charAt = new Int32Array(enc.bytes.length + 1).fill(-1);
    for (let c = enc.offsets.length - 1; c >= 0; c--) charAt[enc.offsets[c]!] = c; // backwards: the first character wins
    enc.charAt = charAt;
  }
  return enc.charAt;
}

/** byte offsets of a single-byte encoding: character i is byte i */
function identityOffsets(n: number): number[] {
  const offsets = new Array<number>(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = i;
  return offsets;
}

const cjkCaches = { gbk: new Map<number, Uint8Array | null>(), big5: new Map<number, Uint8Array | null>() };
function cachedEncodeCjk(cp: number, encoding: "gbk" | "big5"): Uint8Array | null {
  const cache = cjkCaches[encoding];
  let b = cache.get(cp);
  if (b === undefined) {
    b = encodeCjk(String.fromCodePoint(cp), encoding);
    if (cache.size < 50000) cache.set(cp, b);
  }
  return b;
}

const HIGH = "\\u0080-\\u00ff\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013-\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122";
const CJK_PAIR_IN_WESTERN = new RegExp(`[${HIGH}][\\x40-\\x7e${HIGH}]`);
const HAN_BESIDE_LATIN = /[A-Za-z]\p{Script=Han}|\p{Script=Han}[A-Za-z]/u;

/**
 * What the readings' cheap looks need from a line, computed once: each of the sixteen readings asks,
 * twice (whole line, then windows), and most lines of a clean document need none of them.
 */
interface LineFacts {
  line: string;
  /** a character some Western code page writes as a byte 80–FF: without one, no Western crossing happened */
  singleByteHigh: boolean;
  /** Han characters outside the everyday sets (what UTF-8 read as GBK or Big5 produces) */
  rareHan: number;
}
let lastFacts: LineFacts | null = null;
let singleByteHighChars: Uint8Array | null = null;
/** per BMP code unit: 0 not yet known, 1 a rare Han character, 2 anything else */
const rareHanKnown = new Uint8Array(0x10000);

function factsOf(line: string): LineFacts {
  if (lastFacts?.line === line) return lastFacts;
  if (!singleByteHighChars) {
    singleByteHighChars = new Uint8Array(0x10000);
    for (const name of WESTERN) for (const [ch, b] of singleByteCodec(name).encode) if (b >= 0x80) singleByteHighChars[ch.charCodeAt(0)] = 1;
  }
  let singleByteHigh = false;
  let rareHan = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x80) continue;
    if (singleByteHighChars[unit]) singleByteHigh = true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // astral Han (extension B and on) is never everyday text
      const cp = line.codePointAt(i)!;
      if (cp > 0xffff && isRareHan(cp)) rareHan++;
      i++;
      continue;
    }
    let known = rareHanKnown[unit]!;
    if (!known) rareHanKnown[unit] = known = isRareHan(unit) ? 1 : 2;
    if (known === 1) rareHan++;
  }
  lastFacts = { line, singleByteHigh, rareHan };
  return lastFacts;
}

const HAN = /\p{Script=Han}/u;
const isRareHan = (cp: number): boolean => HAN.test(String.fromCodePoint(cp)) && !isCommonHan(cp);

/** Does the line hold a character that is a UTF-8 lead byte in this code page, followed by a continuation byte (or a byte lost to "?", or a space that was A0)? */
function hasLeadThenContinuation(line: string, codec: SingleByteCodec): boolean {
  return leadThenContinuation(codec).test(line);
}

/** Per code page, one pattern: a character that is a UTF-8 lead byte (C0–F4) there, then a continuation byte (80–BF), "?", a space or U+FFFD. */
const leadPatterns = new Map<string, RegExp>();
function leadThenContinuation(codec: SingleByteCodec): RegExp {
  let re = leadPatterns.get(codec.name);
  if (!re) {
    const cls = (from: number, to: number): string =>
      [...codec.encode]
        .filter(([, b]) => b >= from && b <= to)
        .map(([c]) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .join("");
    re = new RegExp(`[${cls(0xc0, 0xf4)}][${cls(0x80, 0xbf)}? \\ufffd]`);
    leadPatterns.set(codec.name, re);
  }
  return re;
}

export const READINGS: readonly Reading[] = [
  ...WESTERN.map(westernReading),
  cjkAsWesternReading("gb18030", "latin-1"),
  cjkAsWesternReading("gb18030", "windows-1252"),
  cjkAsWesternReading("big5", "latin-1"),
  cjkAsWesternReading("big5", "windows-1252"),
  utf8AsCjkReading("gb18030"),
  utf8AsCjkReading("big5"),
];

/**
 * Decodes bytes[from, to) with a reading and turns the units back into edits of the segment.
 * Returns null when the bytes do not decode or decode to nothing new.
 */
function readRange(
  segment: string,
  enc: Encoded,
  reading: Reading,
  fromChar: number,
  toChar: number,
  step: Step = reading.step,
  /** the whole line when `segment` is a run inside it, so word fragments are judged in full */
  context: { line: string; offset: number } = { line: segment, offset: 0 },
): Candidate | null {
  const charAt = charIndex(enc);
  const edits: Edit[] = [];
  let penalty = 0;
  let changed = false;
  const end = enc.offsets[toChar]!;
  // units whose bytes end inside a character are grouped until the two meet on a boundary
  // (UTF-8 read as GBK: three-byte characters against two-byte ones)
  let groupStart = -1;
  let groupText = "";
  let groupMulti = false;
  for (let i = enc.offsets[fromChar]!; i < end; ) {
    const u = step(enc.bytes, i);
    if (!u || u.end > end) return null;
    if (groupStart < 0) {
      groupStart = charAt[u.start]!;
      if (groupStart < 0) return null;
    }
    const at = charAt[u.end]!;
    const b = at < 0 ? undefined : at;
    let text = u.text;
    if (u.restored) {
      if (b === undefined) return null;
      const kept = restoredSpace(context.line, groupStart + context.offset, b + context.offset, text);
      if (kept === null) return null;
      text += kept;
      penalty += RESTORE_COST;
    }
    if (u.lossy) penalty += RESTORE_COST;
    groupText += text;
    if (u.end - u.start > 1) groupMulti = true;
    i = u.end;
    if (b === undefined) continue;
    const a = groupStart;
    // a no-break space swallowed between two letters joins two words: "SELKÄ EDELLÄ" is not "SELKĠEDELLĠ"
    if (segment[b - 1] === "\u00a0" && /\p{L}/u.test(segment[b] ?? "") && /\p{L}/u.test(segment[a - 1] ?? "") && !/\s/u.test(groupText)) penalty += 1;
    const original = segment.slice(a, b);
    if (groupText !== original) {
      edits.push({ start: a, end: b, text: groupText });
      if (b - a > 1 || groupMulti) changed = true;
    }
    groupStart = -1;
    groupText = "";
    groupMulti = false;
  }
  if (groupStart >= 0) return null; // the bytes ended inside a character
  if (!changed) return null;
  penalty += reading.prior;
  const text = applyLocal(segment, edits);
  const shifted = edits.map((e) => ({ ...e, start: e.start - fromChar, end: e.end - fromChar }));
  if (!reading.accepts(segment.slice(fromChar, toChar), applyLocal(segment.slice(fromChar, toChar), shifted))) return null;
  return { kind: reading.kind, edits, text, penalty };
}

/**
 * A space read back as byte A0 (segment[b - 1] is that space): was it the A0 alone, or did the A0 get
 * lost beside a real space? "CÃ nan" is "Cànan", "Ã s" is "às" (a one-letter fragment on either side
 * belongs to the same word); "Ã perturber" is "à perturber"; "Ã  le" is "à le". Returns the text to
 * append after the decoded character ("" or " "), or null when no reading is plausible.
 */
function restoredSpace(segment: string, a: number, b: number, decoded: string): string | null {
  if (decoded === "\u00a0") return ""; // "Â " : the space was the no-break space itself
  if (!/\p{L}/u.test(decoded)) return null; // otherwise only letters lose their A0 this way (à, Š, Ġ...)
  const after = segment.slice(b);
  if (after.startsWith(" ")) return ""; // a second space: the first one was the A0
  const before = segment.slice(0, a);
  const prevFragment = /\p{L}+$/u.exec(before)?.[0] ?? "";
  const nextFragment = /^\p{L}+/u.exec(after)?.[0] ?? "";
  if (!nextFragment) return /\p{Ll}/u.test(decoded) && prevFragment ? " " : null;
  // Å veices → Šveices: a capital starts a lower-case word
  if (/\p{Lu}/u.test(decoded)) return !prevFragment ? "" : null;
  const oneLetterNext = nextFragment.length === 1 && !/^[\p{L}'’]/u.test(after.slice(1));
  if (prevFragment.length === 1 || oneLetterNext) return "";
  return /\p{Ll}/u.test(decoded) ? " " : null;
}

function applyLocal(text: string, edits: Edit[]): string {
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Every whole-segment reading with its cost, for debugging and the docs: [kind, text, cost]. */
export function explainWhole(segment: string): { kind: string; text: string; cost: number; base: number }[] {
  const base = textCost(segment);
  const out: { kind: string; text: string; cost: number; base: number }[] = [];
  for (const reading of READINGS) {
    const enc = reading.encode(segment);
    const c = enc ? readRange(segment, enc, reading, 0, segment.length) : null;
    if (c) out.push({ kind: c.kind, text: c.text, cost: textCost(c.text) + c.penalty, base });
  }
  return out;
}

/**
 * Double (or triple) encoding: a Western reading whose result still decodes the same way, as a whole,
 * is applied again. The deeper layers are recorded as one edit over the candidate's changed range.
 */
function deepen(segment: string, c: Candidate, reading: Reading): Candidate {
  if (!reading.western) return c;
  let current = c;
  for (let depth = 0; depth < 3; depth++) {
    const enc = reading.encode(current.text);
    const again = enc ? readRange(current.text, enc, reading, 0, current.text.length) : null;
    if (!again || textCost(again.text) >= textCost(current.text)) break;
    let a = 0;
    while (a < segment.length && a < again.text.length && segment[a] === again.text[a]) a++;
    let b = 0;
    while (b < segment.length - a && b < again.text.length - a && segment[segment.length - 1 - b] === again.text[again.text.length - 1 - b]) b++;
    current = { kind: c.kind, text: again.text, penalty: current.penalty, edits: [{ start: a, end: segment.length - b, text: again.text.slice(a, again.text.length - b) }] };
  }
  return current;
}

/** The best whole-segment repair, if one is clearly better than the segment as it is. */
function fixWhole(segment: string): Candidate | null {
  if (!/[^\x00-\x7f]/.test(segment)) return null;
  let base: number | null = null; // the segment's own cost, computed only when some reading decodes it
  let best: { c: Candidate; cost: number } | null = null;
  for (const reading of READINGS) {
    if (!reading.mayApply(segment)) continue;
    const enc = reading.encode(segment);
    if (!enc) continue;
    const first = readRange(segment, enc, reading, 0, segment.length);
    if (!first) continue;
    const c = deepen(segment, first, reading);
    const cost = textCost(c.text) + c.penalty;
    base ??= textCost(segment);
    if (base - cost >= MARGIN && (!best || cost < best.cost)) best = { c, cost };
  }
  return best?.c ?? null;
}

/**
 * Windows of mojibake inside a line that is otherwise right: for each reading, the longest runs of
 * characters whose bytes decode, kept where they lower the cost around them.
 *
 * Western windows need evidence that the line's other non-ASCII characters are not of the same damaged
 * kind: "DrÃ¥ber" beside a real "–" is a name, not mojibake, while three "Ã©"-like windows in a French
 * sentence with one real apostrophe are mojibake.
 */
function fixWindows(line: string): { kind: string; edits: Edit[] } | null {
  let best: { kind: string; edits: Edit[]; gain: number } | null = null;
  for (const reading of READINGS) {
    if (!reading.mayApply(line)) continue;
    const windows = findWindows(line, reading);
    if (!windows.length) continue;
    if (reading.western && !westernWindowsCredible(line, windows)) continue;
    let gain = 0;
    let accepted = 0;
    const edits: Edit[] = [];
    for (const w of windows) {
      // a Chinese clause inside a line is bounded by Chinese, punctuation or space, not by Latin letters
      if (reading.chineseFromWestern && HAN_G.test(w.candidate.text) && (/[A-Za-z]/.test(line[w.from - 1] ?? "") || /[A-Za-z]/.test(line[w.to] ?? ""))) continue;
      const ctxL = line.slice(Math.max(0, w.from - 2), w.from);
      const ctxR = line.slice(w.to, w.to + 2);
      const before = textCost(ctxL + line.slice(w.from, w.to) + ctxR);
      const after = textCost(ctxL + w.candidate.text + ctxR) + w.candidate.penalty;
      if (before - after < MARGIN) continue;
      gain += before - after;
      accepted++;
      for (const e of w.candidate.edits) edits.push({ start: e.start + w.from, end: e.end + w.from, text: e.text });
    }
    // a reading that explains only a few of the windows it finds is a coincidence, not the cause
    if (accepted * 3 < windows.length * 2) continue;
    if (edits.length && (!best || gain > best.gain)) best = { kind: reading.kind, edits, gain };
  }
  return best;
}

/** Common punctuation that real text has beside mojibake without being part of it. */
const EVERYDAY = /[\u00a0’‘“”–—…«»•·\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function westernWindowsCredible(line: string, windows: Window[]): boolean {
  const inWindow = (i: number): boolean => windows.some((w) => i >= w.from && i < w.to);
  let stray = 0;
  let strayEveryday = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) < 0x80 || inWindow(i)) continue;
    if (EVERYDAY.test(line[i]!)) strayEveryday++;
    else stray++;
  }
  const strong = windows.some((w) => w.strong);
  // one weak window: only in a line with nothing else non-ASCII
  if (windows.length === 1 && !strong) return stray + strayEveryday === 0;
  return stray <= windows.length;
}

interface Window {
  from: number;
  to: number;
  candidate: Candidate;
  /** holds a sequence of three or more bytes, which no real text makes by chance */
  strong: boolean;
}

/** signs written after a number or a letter: degrees, ordinal indicators, superscripts */
const SUFFIX_SIGN = /^[\u00b0\u00aa\u00ba\u00b9\u00b2\u00b3]$/;

/** Greedy windows: from each non-ASCII character, decode as far as the bytes allow. */
export function findWindows(line: string, reading: Reading): Window[] {
  const windows: Window[] = [];
  for (const [runStart, runEnd] of encodableRuns(line, reading)) {
    const run = line.slice(runStart, runEnd);
    const enc = reading.encode(run);
    if (!enc) continue;
    const charAt = charIndex(enc);
    let c = 0;
    while (c < run.length) {
      if (run.charCodeAt(c) < 0x80) {
        c++;
        continue;
      }
      let strong = false;
      let multi = 0;
      const ends: number[] = [];
      for (let i = enc.offsets[c]!; i < enc.bytes.length; ) {
        const u = reading.windowStep(enc.bytes, i);
        if (!u || (u.end - u.start === 1 && enc.bytes[u.start]! < 0x80)) break; // stop at plain ASCII
        if (u.end - u.start >= 3) strong = true;
        if (u.end - u.start > 1) multi++;
        i = u.end;
        const endChar = charAt[u.end]!;
        if (endChar >= 0) ends.push(endChar);
      }
      // the greedy end may run into correct text whose bytes happen to decode too: of all the ends
      // the bytes allow, keep the one that lowers the cost most
      let best: { end: number; cand: Candidate; gain: number } | null = null;
      for (const end of multi ? ends.slice(-8).reverse() : []) {
        const cand = readRange(run, enc, reading, c, end, reading.windowStep, { line, offset: runStart });
        if (!cand) continue;
        const edits = cand.edits.map((e) => ({ ...e, start: e.start - c, end: e.end - c }));
        const windowText = run.slice(c, end);
        const local = deepen(windowText, { ...cand, edits, text: applyLocal(windowText, edits) }, reading);
        const ctxL = run.slice(Math.max(0, c - 2), c);
        const ctxR = run.slice(end, end + 2);
        const gain = textCost(ctxL + windowText + ctxR) - textCost(ctxL + local.text + ctxR) - local.penalty;
        if (!best || gain > best.gain) best = { end, cand: local, gain };
      }
      // a Han character that decodes to a Latin letter is mojibake only inside a Latin word (S茫o → São),
      // and one that decodes to a degree sign or a superscript only after what it qualifies (25掳C → 25°C,
      // m虏 → m², but 鲁ICP备, Shandong's licence prefix, is not ³ICP备)
      if (best && reading.kind.startsWith("utf-8-as-") && !reading.western && !HAN_G.test(best.cand.text)) {
        const left = line[runStart + c - 1] ?? "";
        const right = line[runStart + best.end] ?? "";
        if (!/[A-Za-z0-9]/.test(SUFFIX_SIGN.test(best.cand.text) ? left : left + right)) best = null;
      }
      if (best) {
        windows.push({ from: runStart + c, to: runStart + best.end, candidate: best.cand, strong: strong || multi >= 3 });
        c = best.end;
      } else c++;
    }
  }
  return windows;
}

/** Maximal runs of the line that the reading can encode and that hold something non-ASCII. */
function encodableRuns(line: string, reading: Reading): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    const ok = ch !== undefined && !(ch >= "\ud800" && ch <= "\udfff") && reading.canEncode(ch);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      if (/[^\x00-\x7f]/.test(line.slice(start, i))) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** C1 control characters left over: Windows-1252 (or Mac Roman) bytes that were read as Latin-1. */
const C1 = /[\u0080-\u009f]/;
function fixC1(line: string): { kind: string; edits: Edit[] } | null {
  if (!C1.test(line)) return null;
  let best: { kind: string; edits: Edit[]; cost: number } | null = null;
  // Mac Roman bytes read as Latin-1 put C1 controls where accented letters were: only inside words
  const insideWords = allMatches(/[\u0080-\u009f]/g, line).every((m) => /\p{L}/u.test(line[m.index - 1] ?? "") && /\p{L}/u.test(line[m.index + 1] ?? ""));
  for (const target of insideWords ? ["windows-1252", "macroman"] : ["windows-1252"]) {
    const codec = singleByteCodec(target);
    const edits: Edit[] = [];
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code < 0x80 || code > 0x9f) continue;
      const ch = codec.decode[code]!;
      if (ch !== line[i]) edits.push({ start: i, end: i + 1, text: ch });
    }
    const cost = textCost(applyLocal(line, edits));
    if (edits.length && (!best || cost < best.cost)) best = { kind: `${target}-as-latin-1`, edits, cost };
  }
  return best && best.cost < textCost(line) ? { kind: best.kind, edits: best.edits } : null;
}

/** Repairs of one line: whole, else windows, then C1 leftovers. */
export function fixLine(line: string): { kind: string; edits: Edit[] } | null {
  const whole = fixWhole(line);
  if (whole) return { kind: whole.kind, edits: whole.edits };
  const windows = fixWindows(line);
  if (windows) return windows;
  return fixC1(line);
}

/** The repaired text of one string (the rule applied until nothing changes, as the stage does). */
export function fixMojibake(text: string, maxRounds = 4): string {
  let current = text;
  const rounds: RoundState = { quietLines: new Set() };
  for (let round = 0; round < maxRounds; round++) {
    const edits = mojibake.find(current, rounds);
    if (!edits.length) break;
    current = applyLocal(current, [...edits].sort((a, b) => a.start - b.start));
  }
  return current;
}

export const mojibake: RepairRule = {
  kind: "mojibake",
  why: "the bytes of the damaged characters decode cleanly in the right encoding, and the result is clearly more plausible text",
  repeat: true,
  find(text: string, rounds?: RoundState): Edit[] {
    const edits: Edit[] = [];
    let lineStart = 0;
    for (const line of text.split("\n")) {
      // fixLine depends on the line alone: a line an earlier round left alone stays so
      const fix = rounds?.quietLines.has(line) ? null : fixLine(line);
      if (fix) for (const e of fix.edits) edits.push({ start: e.start + lineStart, end: e.end + lineStart, text: e.text, kind: `mojibake:${fix.kind}` });
      else rounds?.quietLines.add(line);
      lineStart += line.length + 1;
    }
    return edits;
  },
};

