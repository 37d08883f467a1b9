/**
 * Limits that turn a pathological input into a clear error instead of a hang or a crash: the size of an
 * input, the time a document may take (checked between stages: a stage runs to its end), and HTML that
 * no release has (nesting thousands deep, elements with thousands of attributes), which would exhaust
 * the parser's or the walker's stack. The HTML check is one linear scan over the tags.
 */
export interface Limits {
  /** largest input in bytes */
  maxBytes: number;
  /** time budget per document in milliseconds */
  timeBudgetMs: number;
  /** deepest HTML element nesting */
  maxHtmlDepth: number;
  /** most attributes on one HTML element */
  maxHtmlAttributes: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 20 * 1024 * 1024, timeBudgetMs: 120_000, maxHtmlDepth: 1_000, maxHtmlAttributes: 1_000 };

/** Why an input over the size limit is refused (said the same by the CLI, which checks before reading, and the library). */
export const tooLargeReason = (bytes: number, maxBytes: number): string => `the file is ${mb(bytes)}, over the limit of ${mb(maxBytes)} (--max-bytes)`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** elements whose content is text, not tags */
const RAW = new Set(["script", "style", "textarea", "title"]);

export interface HtmlShape {
  depth: number;
  attributes: number;
}

/**
 * The deepest nesting and the largest attribute list of an HTML text, in one pass: a hand-written scanner,
 * so that no input (an unclosed quote, thousands of "<") can make it go back over what it has read.
 */
export function htmlShape(html: string): HtmlShape {
  const lower = html.toLowerCase();
  let depth = 0;
  let maxDepth = 0;
  let maxAttributes = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const closing = html[lt + 1] === "/";
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && /[\w:-]/.test(html[j]!)) j++;
    if (j === nameStart || !/[A-Za-z]/.test(html[nameStart]!)) {
      i = lt + 1;
      continue;
    }
    const name = lower.slice(nameStart, j);
    // attributes up to the closing ">", quotes respected
    let attributes = 0;
    let quote: string | null = null;
    let inName = false;
    let selfClosing = false;
    for (; j < n; j++) {
      const c = html[j]!;
      if (quote) {
        if (c === quote) quote = null;
        continue;
      }
      if (c === ">") break;
      if (c === '"' || c === "'") quote = c;
      else if (/\s/.test(c) || c === "=") inName = false;
      else if (c === "/") selfClosing = html[j + 1] === ">";
      else if (!inName) {
        inName = true;
        attributes++;
      }
    }
    i = j + 1;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    maxAttributes = Math.max(maxAttributes, attributes);
    if (VOID.has(name) || selfClosing) continue;
    if (RAW.has(name)) {
      // what is inside is text, not markup
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? n : close;
      continue;
    }
    maxDepth = Math.max(maxDepth, ++depth);
  }
  return { depth: maxDepth, attributes: maxAttributes };
}
