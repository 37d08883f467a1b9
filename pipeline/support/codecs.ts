/**
 * Codecs for undoing mojibake, with provenance: every decoded character knows which characters of the
 * mojibake it came from, so a repair is a set of small edits and citations keep exact spans.
 *
 * - Single-byte code pages (tables read from iconv-lite). "Sloppy" tables fill the bytes a Windows
 *   code page leaves undefined with the Latin-1 character of the same number, as Windows itself does
 *   when it decodes them, and map byte 1A to U+FFFD so a replacement character encodes to a marker.
 * - UTF-8 with the variants found in the wild: CESU-8 (surrogate pairs encoded separately), Java's
 *   C0 80 for NUL, lost continuation bytes ("?" or the 1A marker) which become one U+FFFD, and a
 *   byte A0 that some process turned into a space.
 * - GBK/GB18030 and Big5, split into their multi-byte units so each unit decodes on its own.
 */
import iconv from "iconv-lite";

/** The byte a lost character (U+FFFD) encodes to, in the sloppy tables and the CJK readings alike: utf8Step reads it as a lost continuation byte. */
export const LOST_BYTE_MARKER = 0x1a;

export interface SingleByteCodec {
  name: string;
  decode: string[]; // byte -> character
  encode: Map<string, number>; // character -> byte
  /** byte by UTF-16 code unit, -1 where the code page has none: the mojibake rule asks for every character of every line */
  byteOf: Int16Array;
  /** the bytes from 80 up that the code page leaves undefined (windows-1252: 81, 8D, 8F, 90, 9D): a strict decoder loses them */
  undefinedBytes: readonly number[];
}

const SLOPPY = new Set(["windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1257"]);
const ICONV_NAMES: Record<string, string> = {
  "latin-1": "latin1",
  "windows-1250": "win1250",
  "windows-1251": "win1251",
  "windows-1252": "win1252",
  "windows-1253": "win1253",
  "windows-1254": "win1254",
  "windows-1257": "win1257",
  "iso-8859-2": "iso88592",
  macroman: "macintosh",
  cp437: "cp437",
};

const codecs = new Map<string, SingleByteCodec>();

export function singleByteCodec(name: string): SingleByteCodec {
  const cached = codecs.get(name);
  if (cached) return cached;
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const decoded = [...iconv.decode(all, ICONV_NAMES[name] ?? name)];
  const decode = decoded.map((ch, byte) => (ch === "\ufffd" && SLOPPY.has(name) ? String.fromCharCode(byte) : ch));
  if (SLOPPY.has(name)) decode[LOST_BYTE_MARKER] = "\ufffd";
  const encode = new Map<string, number>();
  decode.forEach((ch, byte) => {
    if (!encode.has(ch)) encode.set(ch, byte);
  });
  const byteOf = new Int16Array(0x10000).fill(-1);
  for (const [ch, byte] of encode) if (ch.length === 1) byteOf[ch.charCodeAt(0)] = byte;
  const undefinedBytes = decoded.flatMap((ch, byte) => (ch === "\ufffd" && byte >= 0x80 ? [byte] : []));
  const codec = { name, decode, encode, byteOf, undefinedBytes };
  codecs.set(name, codec);
  return codec;
}

/** Encodes `text` in a single-byte code page, or null if a character is not in it. */
export function encodeSingleByte(text: string, codec: SingleByteCodec): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = codec.byteOf[text.charCodeAt(i)]!;
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}

/** One decoded character and the bytes it came from. */
export interface Unit {
  text: string;
  start: number;
  end: number;
}

export interface Utf8Options {
  /** a continuation byte replaced by "?" or the 1A marker: the sequence becomes one U+FFFD */
  lossy: boolean;
  /** a space where byte A0 belonged after a two-byte lead (C2–DF) */
  restoreA0: boolean;
}

export interface Utf8Result {
  units: Unit[];
  /** how many spaces were read as A0 */
  restored: number;
  lossy: number;
}

const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** One step of UTF-8 decoding at byte `i`: the unit, or null when the bytes there are not UTF-8. */
export function utf8Step(bytes: Uint8Array, i: number, options: Utf8Options): (Unit & { restored: number; lossy: number }) | null {
  const n = bytes.length;
  const b = bytes[i]!;
  if (b < 0x80) return { text: String.fromCharCode(b), start: i, end: i + 1, restored: 0, lossy: 0 };
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : b === 0xc0 ? 2 : 0;
  if (!len) return null;
  // CESU-8: a surrogate pair written as two three-byte sequences
  if (b === 0xed && i + 5 < n && bytes[i + 1]! >= 0xa0 && bytes[i + 1]! <= 0xaf && isCont(bytes[i + 2]) && bytes[i + 3] === 0xed && bytes[i + 4]! >= 0xb0 && bytes[i + 4]! <= 0xbf && isCont(bytes[i + 5])) {
    const hi = 0xd000 | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    const lo = 0xd000 | ((bytes[i + 4]! & 0x3f) << 6) | (bytes[i + 5]! & 0x3f);
    return { text: String.fromCharCode(hi, lo), start: i, end: i + 6, restored: 0, lossy: 0 };
  }
  // Java's modified UTF-8 writes NUL as C0 80
  if (b === 0xc0) return bytes[i + 1] === 0x80 ? { text: "\u0000", start: i, end: i + 2, restored: 0, lossy: 0 } : null;
  const seq = [b];
  let lost = false;
  let restored = 0;
  for (let k = 1; k < len; k++) {
    const c = bytes[i + k];
    if (isCont(c)) seq.push(c!);
    else if (options.lossy && (c === 0x3f || c === LOST_BYTE_MARKER) && k < len) {
      lost = true;
      seq.push(0x80);
    } else if (options.restoreA0 && c === 0x20) {
      seq.push(0xa0);
      restored++;
    } else if (options.lossy && k >= 1 && (bytes[i + 1] === 0x3f || bytes[i + 1] === LOST_BYTE_MARKER)) {
      // a lost byte can also cut a sequence short: lead, "?", then something else
      return { text: "\ufffd", start: i, end: i + 2, restored: 0, lossy: 1 };
    } else return null;
  }
  if (lost) return { text: "\ufffd", start: i, end: i + len, restored: 0, lossy: 1 };
  const text = decodeSequence(seq);
  return text === null ? null : { text, start: i, end: i + len, restored, lossy: 0 };
}

/** Decodes UTF-8 (and its variants) strictly otherwise: any other invalid sequence gives null. */
export function decodeUtf8Units(bytes: Uint8Array, options: Utf8Options): Utf8Result | null {
  const units: Unit[] = [];
  let restored = 0;
  let lossy = 0;
  for (let i = 0; i < bytes.length; ) {
    const u = utf8Step(bytes, i, options);
    if (!u) return null;
    units.push({ text: u.text, start: u.start, end: u.end });
    restored += u.restored;
    lossy += u.lossy;
    i = u.end;
  }
  return { units, restored, lossy };
}

function decodeSequence(seq: number[]): string | null {
  const [b0, b1, b2, b3] = seq as [number, number, number?, number?];
  let cp: number;
  if (seq.length === 2) {
    cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
    if (cp < 0x80) return null;
  } else if (seq.length === 3) {
    cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2! & 0x3f);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  } else {
    cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2! & 0x3f) << 6) | (b3! & 0x3f);
    if (cp < 0x10000 || cp > 0x10ffff) return null;
  }
  return String.fromCodePoint(cp);
}

/** One GBK/GB18030 or Big5 character at byte `i`, or null when the bytes there name none. */
export function cjkStep(bytes: Uint8Array, i: number, encoding: "gb18030" | "big5"): Unit | null {
  const b = bytes[i]!;
  if (b < 0x80) return { text: String.fromCharCode(b), start: i, end: i + 1 };
  if (b === 0x80 || b === 0xff) return null;
  const b1 = bytes[i + 1];
  if (b1 === undefined) return null;
  const len = encoding === "gb18030" && b1 >= 0x30 && b1 <= 0x39 ? 4 : 2;
  if (encoding === "big5" && !((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0xa1 && b1 <= 0xfe))) return null;
  if (encoding === "gb18030" && len === 2 && (b1 < 0x40 || b1 === 0x7f || b1 === 0xff)) return null;
  if (i + len > bytes.length) return null;
  let text: string | null | undefined;
  if (len === 2) {
    const seen = TWO_BYTE_CHARACTERS[encoding];
    const key = (b << 8) | b1;
    text = seen.get(key);
    if (text === undefined) seen.set(key, (text = decodeCharacter(bytes.subarray(i, i + 2), encoding)));
  } else text = decodeCharacter(bytes.subarray(i, i + len), encoding);
  return text === null ? null : { text, start: i, end: i + len };
}

/**
 * Two-byte characters already decoded, by lead and trail byte, per encoding: a document's characters
 * repeat, and iconv-lite makes a decoder for every call (the bad-byte scan of every GB18030 and Big5
 * input steps through all its characters). At most 32,000 entries an encoding.
 */
const TWO_BYTE_CHARACTERS = { gb18030: new Map<number, string | null>(), big5: new Map<number, string | null>() };

function decodeCharacter(bytes: Uint8Array, encoding: "gb18030" | "big5"): string | null {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  // replacement or private-use code points mean the bytes name no real character
  return !text || /[\ufffd\ue000-\uf8ff]/.test(text) ? null : text;
}

/** Splits GBK/GB18030 or Big5 bytes into character units and decodes each; null on invalid bytes. */
export function decodeCjkUnits(bytes: Uint8Array, encoding: "gb18030" | "big5"): Unit[] | null {
  const units: Unit[] = [];
  for (let i = 0; i < bytes.length; ) {
    const u = cjkStep(bytes, i, encoding);
    if (!u) return null;
    units.push(u);
    i = u.end;
  }
  return units;
}

/** Encodes text as GBK/GB18030 or Big5, or null when a character has no code there. */
export function encodeCjk(text: string, encoding: "gb18030" | "gbk" | "big5"): Uint8Array | null {
  const bytes = iconv.encode(text, encoding);
  // iconv-lite writes "?" for what it cannot encode: a "?" that was not in the text means a loss
  const questionMarks = (text.match(/\?/g) ?? []).length;
  let seen = 0;
  for (const b of bytes) if (b === 0x3f) seen++;
  return seen === questionMarks ? new Uint8Array(bytes) : null;
}
