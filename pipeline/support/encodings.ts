/**
 * Choosing how to turn bytes into text: BOMs, binary formats, UTF-16 without a BOM, strict UTF-8, the
 * HTML <meta charset> (checked against the bytes), and the legacy Chinese encodings via iconv-lite,
 * chosen by how plausible the decoded text is.
 */
import iconv from "iconv-lite";
import { textPlausibility } from "./plausibility";
import { cjkStep } from "./codecs";

export interface Decoded {
  text: string;
  encoding: string;
  method: string;
  confidence: number;
  evidence: string[];
  /** byte ranges that could not be decoded */
  badBytes: { start: number; end: number }[];
}

/** Formats that are not text at all: reported by name rather than decoded into garbage. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or an Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Office document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a WebP or RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) return { encoding: "gb18030", length: 4 };
  return null;
}

/** UTF-16 without a BOM shows as zero bytes in every other position (ASCII) or not at all (CJK). */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  // CJK-only UTF-16 has no zero bytes: accept it when it decodes to plausible Chinese and UTF-8 fails
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Byte ranges of invalid UTF-8 sequences (for warnings that name them). */
export function invalidUtf8Ranges(bytes: Uint8Array): { start: number; end: number }[] {
  const bad: { start: number; end: number }[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      i += need + 1;
      continue;
    }
    const last = bad[bad.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else bad.push({ start: i, end: i + 1 });
    i++;
    need = 0;
  }
  return bad;
}

/** Byte ranges that are not characters of GB18030 or Big5 (truncated or foreign sequences). */
export function invalidCjkRanges(bytes: Uint8Array, encoding: "gb18030" | "big5"): { start: number; end: number }[] {
  const bad: { start: number; end: number }[] = [];
  for (let i = 0; i < bytes.length; ) {
    const u = cjkStep(bytes, i, encoding);
    if (u) {
      i = u.end;
      continue;
    }
    const last = bad[bad.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else bad.push({ start: i, end: i + 1 });
    i++;
  }
  return bad;
}

/** The charset an HTML document declares in its first 2 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? normaliseLabel(m[1]!) : null;
}

export function normaliseLabel(label: string): string {
  const l = label.toLowerCase();
  if (l === "utf8" || l === "utf-8") return "utf-8";
  // (as the WHATWG Encoding Standard reads them: a page labelled gb2312 or gbk is decoded as GB18030, its superset, so
  // the four-byte characters a GB18030 encoder writes for ©, ® or a rare name's character come out whole)
  if (l === "gb2312" || l === "gbk" || l === "cp936" || l === "x-gbk" || l === "gb18030") return "gb18030";
  if (l === "big5" || l === "big5-hkscs" || l === "x-x-big5") return "big5";
  if (l === "utf-16" || l === "utf-16le") return "utf-16le";
  return l;
}

export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
}

/** Legacy encodings a Chinese release may come in, tried when the bytes are not UTF-8. */
const LEGACY = ["gb18030", "big5", "utf-16le", "utf-16be"];

export function chooseEncoding(bytes: Uint8Array, declared: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    return { text: decodeWith(body, bom.encoding), encoding: bom.encoding, method: "bom", confidence: 1, evidence: [`byte order mark for ${bom.encoding}`], badBytes: [] };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return { text: decodeWith(bytes, utf16), encoding: utf16, method: "detected", confidence: 0.95, evidence: ["zero bytes in alternate positions"], badBytes: [] };
  }
  if (isValidUtf8(bytes)) {
    const evidence = ["the bytes are valid UTF-8"];
    if (declared && declared !== "utf-8") evidence.push(`the HTML declares ${declared}, which the bytes contradict`);
    const ascii = bytes.every((b) => b < 0x80);
    return { text: decodeWith(bytes, "utf-8"), encoding: "utf-8", method: "utf-8-valid", confidence: ascii ? 0.9 : 0.99, evidence, badBytes: [] };
  }
  // not UTF-8: weigh the declaration, the legacy encodings and a damaged UTF-8 against each other
  const candidates = new Set<string>([...(declared && declared !== "utf-8" ? [declared] : []), ...LEGACY, "utf-8"]);
  let best: { encoding: string; text: string; score: number } | null = null;
  const scores: string[] = [];
  for (const encoding of candidates) {
    if (!iconv.encodingExists(encoding)) continue;
    const text = decodeWith(bytes, encoding);
    let score = textPlausibility(text);
    if (encoding === declared) score += 0.05;
    scores.push(`${encoding}: ${score.toFixed(3)}`);
    if (!best || score > best.score) best = { encoding, text, score };
  }
  const chosen = best!;
  const badBytes = chosen.encoding === "utf-8" ? invalidUtf8Ranges(bytes) : chosen.encoding === "gb18030" || chosen.encoding === "big5" ? invalidCjkRanges(bytes, chosen.encoding) : [];
  return {
    text: chosen.text,
    encoding: chosen.encoding,
    method: chosen.encoding === declared ? "meta" : "detected",
    confidence: Math.max(0, Math.min(1, chosen.score)),
    evidence: ["the bytes are not valid UTF-8", `plausibility ${scores.join(", ")}`],
    badBytes,
  };
}
