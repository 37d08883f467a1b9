/**
 * Lines that list a place's ties country by country, each line a paragraph (沈阳市国际友好城市一览, then
 * 日本：札幌市（1980年11月）、川崎市（1981年8月） and its translation "Japan: Sapporo (November 1980), Kawasaki
 * (August 1981)"): each item, a partner with the date of its tie in brackets, is a row of the list of ties
 * (table-rows.ts reads the rows), cited alone. A line and its translation beside it, with as many items and the same
 * country, give each item's row in both languages, paired by their order in the line.
 *
 * Read only where it cannot be another kind of line: the line opens with a country and a colon and holds nothing but
 * items each dated in brackets, no item tells an event (a schedule of visits does), and a heading among the few
 * paragraphs before the run of lines names the kind of tie. Lines inside an HTML list or table are those readers'.
 */
import type { HtmlList, HtmlTable } from "../../pipeline/support/html-text";
import { gazetteer } from "../places/gazetteer";
import { EVENT_IN_ITEM, HEADING_REACH, insideListOrTable, kindNamedIn, oneKind, type CellParagraph, type TieCell, type TieTable } from "./table-rows";

/** a country, a colon, then the items: 日本：…, "Japan: …" */
const COUNTRY_THEN_COLON = /^\s*(\p{Script=Han}{2,12}|(?:the\s+)?\p{Lu}[\p{L}'’. -]{1,40}?)\s*[：:]\s*/u;
/** a bracket that dates an item: （1980年11月）, (November 1980), (1985) */
const DATED_BRACKET = /[（(]([^（）()]{0,30}?(?:19|20)\d{2}[^（）()]{0,20})[）)]/gu;
/** what stands between two items, or after the last: a list's mark, "and", a full stop */
const BETWEEN_ITEMS = /^[\s、，,;；.。]*(?:(?:和|及|and)\s*)?/u;
/** the longest an item may be: a name with its division and country, and its bracket */
const LONGEST_ITEM = 80;

interface CountryLine {
  paragraph: CellParagraph;
  /** the gazetteer's id of the country the line opens with, to pair a line with its translation */
  country: string;
  items: { start: number; end: number }[];
}

/** the ties listed by lines of a country and its dated partners (see above), as lists of ties whose rows are the items */
export function tieCountryLines(paragraphs: readonly CellParagraph[], lists: readonly HtmlList[], tables: readonly HtmlTable[]): TieTable[] {
  const inBlock = insideListOrTable(lists, tables);
  const out: TieTable[] = [];
  let run: CountryLine[] = [];
  let runStart = 0;
  const close = (): void => {
    const table = run.length ? linesAsTable(run, headingsBefore(paragraphs, runStart)) : null;
    if (table) out.push(table);
    run = [];
  };
  paragraphs.forEach((p, i) => {
    const line = inBlock(p) ? null : countryLine(p);
    if (!line) return close();
    if (!run.length) runStart = i;
    run.push(line);
  });
  close();
  return out;
}

/**
 * the few paragraphs before a run of lines, nearest first, that may be its heading: back to another line that opens with
 * a country and a colon (a list of its own, read or not: 日本：访问冈山市…, then 外资来源地 and its lines)
 */
function headingsBefore(paragraphs: readonly CellParagraph[], runStart: number): CellParagraph[] {
  const out: CellParagraph[] = [];
  for (let i = runStart - 1; i >= 0 && out.length < HEADING_REACH; i--) {
    const p = paragraphs[i]!;
    if (COUNTRY_THEN_COLON.test(p.text)) break;
    if (p.lang !== "other") out.push(p);
  }
  return out;
}

/** a paragraph as a line of a country's dated partners, or null */
function countryLine(paragraph: CellParagraph): CountryLine | null {
  if (paragraph.lang !== "zh" && paragraph.lang !== "en") return null;
  const text = paragraph.text;
  const opening = COUNTRY_THEN_COLON.exec(text);
  const country = opening ? countryId(opening[1]!.replace(/^the\s+/, ""), paragraph.lang) : null;
  if (!opening || !country) return null;
  const items: { start: number; end: number }[] = [];
  let at = opening[0].length;
  DATED_BRACKET.lastIndex = at;
  for (let m = DATED_BRACKET.exec(text); m; m = DATED_BRACKET.exec(text)) {
    const start = at + BETWEEN_ITEMS.exec(text.slice(at))![0].length;
    const end = m.index + m[0].length;
    const item = text.slice(start, end);
    // (an item names its partner before the bracket, and tells no event)
    if (start >= m.index || item.length > LONGEST_ITEM || EVENT_IN_ITEM.test(item)) return null;
    items.push({ start, end });
    at = end;
  }
  // (nothing but items: the rest of the line is a list's mark at most)
  return items.length && BETWEEN_ITEMS.exec(text.slice(at))![0].length === text.length - at ? { paragraph, country, items } : null;
}

/** the id of the country a text names whole, in its language, or null */
function countryId(name: string, lang: "zh" | "en"): string | null {
  const hits = gazetteer()[lang].get(name) ?? [];
  return hits.find((h) => h.entry.type === "country")?.entry.id ?? null;
}

/** a run of lines as a list of ties, under a heading (nearest first) that names the kind of tie; each item a row, its translation's item beside it */
function linesAsTable(run: readonly CountryLine[], before: readonly CellParagraph[]): TieTable | null {
  const kind = oneKind(before.map((p) => kindNamedIn(p.text)));
  if (!kind) return null;
  const rows: TieCell[][] = [];
  const cell = (line: CountryLine, k: number): TieCell => ({ column: 0, paragraphs: [line.paragraph], slice: line.items[k]! });
  for (let i = 0; i < run.length; i++) {
    const line = run[i]!;
    // (a line's translation right after it: the same country, as many items, the other language)
    const next = run[i + 1];
    const translation = next && next.paragraph.lang !== line.paragraph.lang && next.country === line.country && next.items.length === line.items.length ? next : null;
    line.items.forEach((_, k) => rows.push(translation ? [cell(line, k), cell(translation, k)] : [cell(line, k)]));
    if (translation) i++;
  }
  return { kind, partnerColumns: [{ column: 0, kind: "any" }], rows };
}
