/**
 * Reads the text of an HTML release with cheerio (parse5, with source locations) and writes it as plain
 * paragraphs separated by blank lines, keeping an offset map into the raw HTML so that every paragraph
 * and every citation still points at the exact characters of the source.
 */
import * as cheerio from "cheerio";
import { decodeHTML } from "entities";
import type { AnyNode, Element, Text } from "domhandler";
import { TextBuilder, type OffsetMap, type Span } from "../offsets";
import { isHan } from "./script";
import { isValidDate } from "../../extractors/shared/calendar";

/** Elements whose content is never release text. */
const DROPPED_TAGS = new Map<string, string>([
  ["head", "document head"],
  ["script", "script"],
  ["style", "style sheet"],
  ["noscript", "noscript fallback"],
  ["template", "template"],
  ["nav", "navigation"],
  ["iframe", "embedded frame"],
  ["svg", "vector graphic"],
  ["canvas", "canvas"],
  ["object", "embedded object"],
  ["form", "form"],
  ["button", "button"],
  ["select", "form control"],
  ["textarea", "form control"],
  ["footer", "page footer"],
]);

/** class/id words that mark site furniture: menus, cookie banners, share bars, footers, lists of related releases... */
const FURNITURE = /(?:^|[\s_-])(cookies?|consent|gdpr|nav|navbar|navigation|menu|menubar|breadcrumbs?|share|sharing|social|sidebar|copyright|skip-link|toolbar|pagination|advert|ads|footer|related|relate|recommend|recommended)(?:[\s_-]|$)/i;
const FURNITURE_ROLES = new Set(["navigation", "search", "menu", "menubar", "contentinfo", "dialog", "alertdialog"]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set(
  "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr html li main ol p pre section summary table tbody td tfoot th thead tr ul".split(" "),
);

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

export interface HtmlText {
  text: string;
  map: OffsetMap;
  skipped: { reason: string; source: Span }[];
  /** the page's title from its head (ArticleTitle, og:title, or the <title> without the site's name), used when the body has no better title */
  title: string | null;
  /** the publication day its head's meta tags give (PubDate, article:published_time), as YYYY-MM-DD; used when the body gives none */
  published: string | null;
  /** text nodes that could not be placed (parser reordered them): reported, never silent */
  misplaced: Span[];
  /** the tables read, as rows of cells in source ranges: a cell is a paragraph of its own, its row says what it goes with */
  tables: HtmlTable[];
  /** the lists read (<ol>, <ul>), as their items' source ranges: an item is a paragraph of its own, or a line of both languages */
  lists: HtmlList[];
}

/** A list as its markup lays it out: each item (<li>) as a range of the raw HTML; a nested list's items are its own. */
export interface HtmlList {
  source: Span;
  items: Span[];
}

/** A table as its markup lays it out: each row's cells (td, th) as ranges of the raw HTML, in order. */
export interface HtmlTable {
  source: Span;
  /** the <caption>'s range, when the table has one */
  caption: Span | null;
  /** each cell with the column it starts in, counting the cells above that span rows (rowspan) and those before it spanning columns (colspan) */
  rows: { cells: { source: Span; header: boolean; column: number }[] }[];
}

/**
 * the ids of the paragraphs inside a table's cells (their source spans inside a cell's): a cell (80亿美元, 投资总额) is no
 * half of a paragraph translated in two (align), and a figure it repeats is the running text's claim (fuse)
 */
export function paragraphsInCells(tables: readonly HtmlTable[], paragraphs: readonly { id: string; source: Span }[]): Set<string> {
  return new Set(tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsWithin(paragraphs, c.source)))).map((p) => p.id));
}

/** the paragraphs inside a span of the source, found by halving as the paragraphs are in source order (a long table stays linear) */
export function paragraphsWithin<P extends { source: Span }>(paragraphs: readonly P[], span: Span): P[] {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.source.start < span.start) low = mid + 1;
    else high = mid;
  }
  const out: P[] = [];
  for (let i = low; i < paragraphs.length && paragraphs[i]!.source.start < span.end; i++) if (paragraphs[i]!.source.end <= span.end) out.push(paragraphs[i]!);
  return out;
}

/** A piece of a paragraph: text plus the raw range it stands for. */
interface Piece {
  text: string;
  start: number;
  end: number;
  exact: boolean;
  space: boolean;
}

export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true } as cheerio.CheerioOptions);
  const builder = new TextBuilder(html);
  const skipped: HtmlText["skipped"] = [];
  const misplaced: Span[] = [];
  let paragraph: Piece[] = [];
  let written = 0; // paragraphs written
  let pre = 0; // depth of <pre>
  const tables: HtmlTable[] = [];
  // the tables open at this point of the walk, innermost last: a nested table's rows are its own
  const openTables: OpenTable[] = [];
  const lists: HtmlList[] = [];
  const openLists: HtmlList[] = [];

  const flush = (): void => {
    const pieces = trimPieces(paragraph);
    paragraph = [];
    if (!pieces.length) return;
    if (written++) builder.insert("\n\n");
    for (const p of pieces) {
      if (p.exact) builder.keep(p.start, p.end);
      else builder.replace(p.start, p.end, p.text);
    }
  };
  let lastEnd = 0;
  const addText = (node: Text): void => {
    const loc = node.sourceCodeLocation;
    if (!loc) return;
    if (loc.startOffset < lastEnd) {
      misplaced.push({ start: loc.startOffset, end: loc.endOffset });
      return;
    }
    lastEnd = loc.endOffset;
    paragraph.push(...textPieces(html, loc.startOffset, loc.endOffset, node.data, pre > 0));
  };

  // iterative walk: deeply nested HTML must not overflow the stack
  type Frame = { node: AnyNode; leave: boolean };
  const stack: Frame[] = [{ node: $.root()[0]!, leave: false }];
  while (stack.length) {
    const { node, leave } = stack.pop()!;
    if (node.type === "text") {
      addText(node as Text);
      continue;
    }
    if (node.type !== "tag" && node.type !== "root" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const name = node.type === "root" ? "" : el.name.toLowerCase();
    if (leave) {
      if (name === "pre") pre--;
      if (name === "table") openTables.pop();
      if (name === "ol" || name === "ul") openLists.pop();
      if (BLOCKS.has(name)) flush();
      continue;
    }
    const dropReason = name ? whyDropped(el, name) : null;
    if (dropReason) {
      const loc = el.sourceCodeLocation;
      if (loc && $(el).text().trim()) skipped.push({ reason: dropReason, source: { start: loc.startOffset, end: loc.endOffset } });
      if (loc) lastEnd = Math.max(lastEnd, loc.endOffset);
      if (BLOCKS.has(name) || DROPPED_TAGS.has(name)) flush();
      continue;
    }
    if (name === "br") {
      const loc = el.sourceCodeLocation;
      if (loc && loc.startOffset >= lastEnd) {
        paragraph.push({ text: "\n", start: loc.startOffset, end: loc.endOffset, exact: false, space: false });
        lastEnd = loc.endOffset;
      }
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (name === "pre") pre++;
    readTableElement(el, name, tables, openTables);
    readListElement(el, name, lists, openLists);
    stack.push({ node, leave: true });
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  }
  flush();
  const { text, map } = builder.finish(false);
  return { text, map, skipped, ...headMetadata($), misplaced, tables, lists };
}

/**
 * The page's title and publication date from its head: the meta tags Chinese government sites write (ArticleTitle,
 * PubDate, as their content management systems do), or the common ones (og:title, article:published_time), else
 * the <title> without the site's name the page adds after a separator (…签署友好城市协议_南通市人民政府).
 */
function headMetadata($: cheerio.CheerioAPI): { title: string | null; published: string | null } {
  const meta = (names: readonly string[]): string | null => {
    for (const name of names) {
      const content = $(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`).first().attr("content")?.replace(/\s+/g, " ").trim();
      if (content) return content;
    }
    return null;
  };
  const pageTitle = $("head > title").first().text().replace(/\s+/g, " ").trim();
  // (the longest part between separators is the article's; the site's name is the shorter)
  const ownPart = pageTitle.split(TITLE_SEPARATOR).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), "");
  const date = DATE_IN_META.exec(meta(PUBLISHED_META) ?? "");
  const published = date && isValidDate(Number(date[1]), Number(date[2]), Number(date[3])) ? `${date[1]}-${date[2]!.padStart(2, "0")}-${date[3]!.padStart(2, "0")}` : null;
  return { title: meta(TITLE_META) ?? (ownPart || null), published };
}
const TITLE_META = ["ArticleTitle", "og:title"];
const PUBLISHED_META = ["PubDate", "publishdate", "publish_date", "article:published_time", "datePublished", "dc.date"];
const DATE_IN_META = /^((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]{1,2}\s+/;

/** opens a list, or an item of the innermost open list (an item outside any list is left alone) */
function readListElement(el: Element, name: string, lists: HtmlList[], openLists: HtmlList[]): void {
  const loc = el.sourceCodeLocation;
  // (a list opened is closed when the walk leaves it, so one with no place in the source is opened all the same)
  const source = { start: loc?.startOffset ?? 0, end: loc?.endOffset ?? 0 };
  if (name === "ol" || name === "ul") {
    const list: HtmlList = { source, items: [] };
    lists.push(list);
    openLists.push(list);
  } else if (name === "li" && loc) openLists[openLists.length - 1]?.items.push(source);
}

/** a table being read: `below[c]` is how many rows, from the current one down, a cell spanning rows still takes column c in */
interface OpenTable {
  table: HtmlTable;
  below: number[];
  /** the next column free in the current row */
  next: number;
}

/** the most rows or columns one cell is taken to span (HTML's own limits are 65534 and 1000) */
const MAX_SPAN = 1000;

/** opens a table, a row or a cell of the innermost open table (a row or cell outside any table is left alone) */
function readTableElement(el: Element, name: string, tables: HtmlTable[], openTables: OpenTable[]): void {
  const loc = el.sourceCodeLocation;
  // (a row the parser made up, for cells written with no <tr>, has no place in the source: it is a row all the same)
  if (!loc && name !== "tr") return;
  const source = { start: loc?.startOffset ?? 0, end: loc?.endOffset ?? 0 };
  if (name === "table") {
    const table: HtmlTable = { source, caption: null, rows: [] };
    tables.push(table);
    openTables.push({ table, below: [], next: 0 });
    return;
  }
  const open = openTables[openTables.length - 1];
  if (!open) return;
  if (name === "caption") open.table.caption ??= source;
  else if (name === "tr") {
    // (the cells spanning rows reach one row further down)
    if (open.table.rows.length) open.below = open.below.map((n) => Math.max(0, n - 1));
    open.table.rows.push({ cells: [] });
    open.next = 0;
  } else if ((name === "td" || name === "th") && open.table.rows.length) {
    while ((open.below[open.next] ?? 0) > 0) open.next++;
    const column = open.next;
    const rows = span(el.attribs?.rowspan);
    const columns = span(el.attribs?.colspan);
    for (let c = column; c < column + columns; c++) open.below[c] = rows;
    open.next = column + columns;
    open.table.rows[open.table.rows.length - 1]!.cells.push({ source, header: name === "th", column });
  }
}

const span = (value: string | undefined): number => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(value ?? "1", 10) || 1));

function whyDropped(el: Element, name: string): string | null {
  const tagReason = DROPPED_TAGS.get(name);
  if (tagReason) return tagReason;
  const role = el.attribs?.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `site furniture (role=${role})`;
  if (el.attribs?.hidden !== undefined || el.attribs?.["aria-hidden"] === "true") return "hidden element";
  const marker = `${el.attribs?.id ?? ""} ${el.attribs?.class ?? ""}`;
  const m = FURNITURE.exec(marker);
  if (m) return `site furniture (${m[1]!.toLowerCase()})`;
  return null;
}

/** Splits one text node into exact runs, decoded entities and whitespace runs. */
function textPieces(html: string, start: number, end: number, decoded: string, preformatted: boolean): Piece[] {
  const raw = html.slice(start, end);
  const pieces: Piece[] = [];
  let pos = 0;
  const pushPlain = (from: number, to: number): void => {
    if (to <= from) return;
    if (preformatted) {
      pieces.push({ text: raw.slice(from, to), start: start + from, end: start + to, exact: true, space: false });
      return;
    }
    WHITESPACE_RUN.lastIndex = from;
    let at = from;
    for (let m = WHITESPACE_RUN.exec(raw); m && m.index < to; m = WHITESPACE_RUN.exec(raw)) {
      const wsEnd = Math.min(to, m.index + m[0].length);
      if (m.index > at) pieces.push({ text: raw.slice(at, m.index), start: start + at, end: start + m.index, exact: true, space: false });
      const ws = raw.slice(m.index, wsEnd);
      pieces.push({ text: ws === " " ? " " : " ", start: start + m.index, end: start + wsEnd, exact: ws === " ", space: true });
      at = wsEnd;
      if (wsEnd >= to) break;
    }
    if (at < to) pieces.push({ text: raw.slice(at, to), start: start + at, end: start + to, exact: true, space: false });
  };
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const value = decodeHTML(m[0]);
    if (value === m[0]) continue;
    pushPlain(pos, m.index);
    pieces.push({ text: value, start: start + m.index, end: start + m.index + m[0].length, exact: false, space: false });
    pos = m.index + m[0].length;
  }
  pushPlain(pos, raw.length);
  const rebuilt = pieces.map((p) => p.text).join("");
  const expected = preformatted ? decoded : decoded.replace(WHITESPACE_RUN, " ");
  if (rebuilt !== expected) {
    // the parser read the node differently (e.g. a malformed entity): keep its reading, mapped as a whole
    return [{ text: expected, start, end, exact: false, space: false }];
  }
  return pieces;
}

/** Drops leading/trailing whitespace, collapses whitespace across nodes, and joins Han lines. */
function trimPieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (p.space && (!prev || prev.space || prev.text === "\n")) continue;
    if (p.text === "\n" && prev?.space) out.pop();
    out.push(p);
  }
  while (out.length && (out[out.length - 1]!.space || out[out.length - 1]!.text === "\n")) out.pop();
  while (out.length && out[0]!.text === "\n") out.shift();
  // a line break in the HTML source between two Han characters is not a space in Chinese
  for (let i = 1; i + 1 < out.length; i++) {
    const p = out[i]!;
    if (!p.space || p.exact) continue;
    const before = out[i - 1]!.text;
    const after = out[i + 1]!.text;
    if (isHan(lastChar(before)) && isHan(firstChar(after))) out[i] = { ...p, text: "" };
  }
  return out.filter((p) => p.text !== "" || p.end > p.start);
}

const lastChar = (s: string): string | undefined => [...s.slice(-2)].pop();
const firstChar = (s: string): string | undefined => [...s.slice(0, 2)][0];
