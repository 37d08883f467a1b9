/**
 * decode: bytes to text. Chooses the encoding (BOM, HTML declaration checked against the bytes, strict
 * UTF-8, then the most plausible legacy decoding), records how it chose, and for HTML reads the
 * release's paragraphs with cheerio into a text layer that maps back into the raw HTML.
 */
import { extname } from "node:path";
import { DocumentError, type Doc } from "./document";
import type { Stage } from "./stage";
import { binaryKind, chooseEncoding, declaredCharset, decodeWith } from "./support/encodings";
import { htmlToText } from "./support/html-text";
import { htmlShape } from "./support/limits";

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const HTML_SNIFF = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|h[1-6])[\s>]/i;

export const decode: Stage = {
  name: "decode",
  summary: "bytes to text (encoding chosen and recorded); HTML read with cheerio into mapped paragraphs",
  run(doc: Doc): void {
    const bytes = doc.bytes;
    if (bytes.length === 0) throw new DocumentError("empty-file", "the file is empty (0 bytes)", "decode");
    const binary = binaryKind(bytes);
    if (binary) throw new DocumentError("binary-file", `the file is ${binary}, not a text or HTML release`, "decode");

    const html = isHtml(doc);
    const declared = html ? declaredCharset(bytes) : null;
    const decoded = chooseEncoding(bytes, declared);
    if (!decoded.text.trim()) throw new DocumentError("no-text", "the file holds only white space", "decode");
    doc.setSource(decoded.text);
    doc.format = html ? "html" : "text";
    doc.encoding = { name: decoded.encoding, method: decoded.method, confidence: round(decoded.confidence), evidence: decoded.evidence };
    if (declared && declared !== decoded.encoding) {
      doc.warn("decode", "charset-mismatch", `the HTML declares ${declared} but the bytes read as ${decoded.encoding}`, null);
    }
    for (const range of decoded.badBytes.slice(0, 100)) {
      const at = decodeWith(bytes.subarray(0, range.start), decoded.encoding).length;
      doc.warn("decode", "undecodable-bytes", `bytes ${range.start}-${range.end - 1} are not valid ${decoded.encoding}; shown as U+FFFD`, { start: at, end: at + 1 });
    }
    if (decoded.badBytes.length > 100) doc.warn("decode", "undecodable-bytes", `${decoded.badBytes.length - 100} more undecodable byte ranges`, null);

    if (html) {
      const shape = htmlShape(doc.source);
      const { maxHtmlDepth, maxHtmlAttributes } = doc.options.limits;
      if (shape.depth > maxHtmlDepth) throw new DocumentError("html-too-deep", `the HTML nests elements ${shape.depth} deep, over the limit of ${maxHtmlDepth}: no release is built like this`, "decode");
      if (shape.attributes > maxHtmlAttributes) throw new DocumentError("html-too-many-attributes", `an HTML element has ${shape.attributes} attributes, over the limit of ${maxHtmlAttributes}`, "decode");
      const read = htmlToText(doc.source);
      doc.skipped.push(...read.skipped);
      for (const span of read.misplaced) doc.warn("decode", "html-misplaced-text", "the HTML parser moved this text out of source order; it is not in the paragraphs", span);
      if (!read.text.trim()) throw new DocumentError("no-text", "the HTML holds no release text (only markup, scripts or navigation)", "decode");
      doc.addLayer("html-text", "decode", read.text, read.map);
      doc.htmlTitle = read.title;
      doc.htmlPublished = read.published;
      doc.tables = read.tables;
      doc.lists = read.lists;
    }
  },
};

function isHtml(doc: Doc): boolean {
  if (doc.options.html !== "auto") return doc.options.html;
  if (HTML_EXTENSIONS.has(extname(doc.path).toLowerCase())) return true;
  const head = Buffer.from(doc.bytes.subarray(0, 1024)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF|\0/g, "");
  return HTML_SNIFF.test(head);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
