/**
 * A table of a place's ties (友好城市一览表: 序号 | 城市 | 国家 | 结好时间; "Sister City | Country | Date
 * Established"): each row is a tie between the release's own place and the row's partner, dated by the row's
 * date. A cell is a paragraph of its own, so no paragraph rule sees a row; the HTML's rows
 * (pipeline/support/html-text.ts) say which cells go together.
 *
 * A table is read as ties when its header row names a column of partners (城市, 友城, "Sister City") and one of
 * their country, date or kind, its cells are short (a page laid out in a table is no list), and its caption, its
 * header or one of the few paragraphs since the table before it names the kind of tie (国际友好城市一览表, "Sister
 * Cities of Ningbo"); a schedule (时间 | 活动 | 地点) or a table of trade names none. The row's
 * partner is its most specific place that is no country (日本奈良县橿原市: 橿原市; the country has a column of
 * its own, or opens the name), found in each language the row writes it in: the fuse stage merges the two
 * tellings as it does a paragraph and its translation. A row's partner and date are read from what its cells
 * hold, whatever their column; a cell that names a kind of tie (a 类型 column: 友好城市, 友好交流城市) types
 * its row, the table's kind otherwise.
 */
import { paragraphsWithin, type HtmlList, type HtmlTable } from "../../pipeline/support/html-text";
import type { Span } from "../../pipeline/offsets";
import type { AgreementCandidate, AgreementType, DateCandidate, Lang, PlaceCandidate } from "../types";
import type { PlaceType } from "../places/gazetteer";

/** a paragraph as the table reader needs it: its text, its language and where it lies in the source */
export interface CellParagraph {
  id: string;
  lang: Lang | "other" | "mixed";
  text: string;
  source: Span;
}

export interface RowTie {
  paragraph: string;
  lang: Lang;
  candidate: AgreementCandidate;
}

/** what the reader is given of the paragraphs' readings: their places (in text order) and their dates */
export interface CellReadings {
  placesOf(p: CellParagraph): readonly PlaceCandidate[];
  datesOf(p: CellParagraph): readonly DateCandidate[];
}

/** a header cell naming the partners' column (城市 City, 友好城市名称, "Sister City", "Partner", 友好省州) */
const PARTNER_COLUMN = /城市|友城|名称|省|州|县|地区|\b(?:city|cities|partners?|sister|twin|names?|provinces?|states?|regions?|prefectures?|county|counties|municipality)\b/i;

/** a header cell naming what a list of ties tells beside the partner: its country, the date of the tie, its kind */
const OTHER_COLUMN = /国家|国别|所在国|时间|日期|年份|类型|类别|\b(?:countr(?:y|ies)|nations?|dates?|years?|established|since|type|relationship)\b/i;
/** the longest a list's cell may be: a name with its country and a gloss, or a date; a page's text is longer */
const LONGEST_CELL = 80;

/** the kinds of tie a table may list, as its caption, header or heading names them, and as a row's type cell does */
const TIE_KINDS: readonly { type: AgreementType; words: RegExp }[] = [
  // (友好交流城市 before 友好城市, which it does not hold; "friendship city" is the usual English of 友好交流城市)
  { type: "friendly-cooperation", words: /友好(?:交流|合作)(?:城市|关系|省|州|县|区)|\bfriendly[-\s](?:exchange|cooperation|cooperative)\b|\bfriendship[-\s](?:cit|provinc|state)/i },
  { type: "sister-city", words: /友好城市|友城|姊妹|姐妹|友好(?:省|州|县|区|城镇)|\bsister[-\s]?(?:cit|provinc|state|prefect|region|town)|\btwin(?:ned)?[-\s]?(?:cit|town)|\btwinning\b/i },
];

/** how many paragraphs before a table may name its kind (a heading, its translation and a line between) */
export const HEADING_REACH = 4;

/** a table read as a list of ties: the kind its caption, header or heading names, its partners' columns, its rows' cells */
export interface TieTable {
  kind: TieKind;
  /** the header's cells by column: whether the column holds partners, and the kind of place its heading says (城市: city) */
  partnerColumns: { column: number; kind: PlaceType | "any" | null }[];
  /** the rows under the header, each cell as its column and the paragraphs inside it */
  rows: TieCell[][];
}

/**
 * a cell: its column and its paragraphs; or one item of a line that lists several (札幌市（1980年11月） in
 * 日本：札幌市（1980年11月）、川崎市（1981年8月）), the paragraph's one line and the item's range in its text
 */
export interface TieCell {
  column: number;
  paragraphs: CellParagraph[];
  slice?: { start: number; end: number };
}

export interface TieKind {
  type: AgreementType;
  word: string;
}

/** the tables that list ties (the HTML's tables, read once per document before any place is linked) */
export function tieTables(tables: readonly HtmlTable[], paragraphs: readonly CellParagraph[]): TieTable[] {
  const out: TieTable[] = [];
  const cellParagraphs = (span: Span): CellParagraph[] => paragraphsWithin(paragraphs, span);
  for (const table of tables) {
    const cellText = (span: Span): string => cellParagraphs(span).map((p) => p.text).join(" ");
    const headerAt = table.rows.findIndex((row) => row.cells.length > 1 && row.cells.every((c) => c.header) && row.cells.some((c) => PARTNER_COLUMN.test(cellText(c.source))));
    const header = headerAt >= 0 ? table.rows[headerAt]! : firstRowAsHeader(table, cellText);
    if (!header) continue;
    const headings = header.cells.map((c) => cellText(c.source));
    // (a layout table holding a page, its menu in the first row, is no list: a list's header says what each
    // column holds besides the partner, its country or date, and every cell of it is short)
    if (!headings.some((h) => OTHER_COLUMN.test(h)) || table.rows.some((row) => row.cells.some((c) => cellText(c.source).length > LONGEST_CELL))) continue;
    // (the paragraphs since the table before it: a heading names its own table, not the next one)
    const since = Math.max(0, ...tables.filter((t) => t.source.end <= table.source.start).map((t) => t.source.end));
    const before = paragraphsWithin(paragraphs, { start: since, end: table.source.start }).filter((p) => p.lang !== "other").slice(-HEADING_REACH).reverse();
    const named = [table.caption ? cellText(table.caption) : "", headings.join(" "), ...before.map((p) => p.text)];
    const kind = oneKind(named.map(kindNamedIn));
    if (!kind) continue;
    const rows = table.rows.filter((row) => row !== header && !row.cells.every((c) => c.header)).map((row) => row.cells.map((c) => ({ column: c.column, paragraphs: cellParagraphs(c.source) })));
    out.push({ kind, partnerColumns: header.cells.map((c, i) => ({ column: c.column, kind: partnerColumnOf(headings[i]!) })), rows });
  }
  return out;
}

/** an item's verb of an event: a list of news (常州市与埃尔福特市签署…, "Changzhou Signs …") is no list of ties */
export const EVENT_IN_ITEM = /签署|签订|举行|举办|召开|访问|来访|到访|出访|会见|会谈|座谈|出席|参加|考察|调研|开展|活动|论坛|会议|仪式|庆祝|纪念|\b(?:signs?|signed|holds?|held|visits?|visited|meets?|met|attends?|attended|launch(?:es|ed)?|forum|meeting|ceremony|celebrat\w*|marks?)\b/i;
/** a year in an item: the date of its tie */
const YEAR_IN_ITEM = /(?:19|20)\d{2}/;

/**
 * The HTML lists that list ties (我市国际友好城市一览, then <li>日本 冈山县仓敷市（1985年5月）Kurashiki, Okayama
 * Prefecture, Japan (May 1985)</li> …): two items or more, each short, dated by a year and telling no event (a list
 * of news items tells one each), under a heading since the table or list before that names the kind of tie. Each
 * item is a row of one cell, its partner its most specific place.
 */
export function tieLists(lists: readonly HtmlList[], tables: readonly HtmlTable[], paragraphs: readonly CellParagraph[]): TieTable[] {
  const out: TieTable[] = [];
  const blocks = [...tables, ...lists].map((b) => b.source);
  for (const list of lists) {
    const since = (): CellParagraph[] => paragraphsWithin(paragraphs, { start: Math.max(0, ...blocks.filter((b) => b.end <= list.source.start).map((b) => b.end)), end: list.source.start });
    const table = listOfTies(list.items.map((item) => paragraphsWithin(paragraphs, item)), since);
    if (table) out.push(table);
  }
  return out;
}

/**
 * A list's items as a list of ties (an HTML list's, or numbered lines'): two items or more, each short, dated by a
 * year and telling no event, under a heading among the paragraphs since the block before (read only for such items)
 * that names the kind of tie; each item a row of one cell. Null for any other list.
 */
function listOfTies(items: readonly CellParagraph[][], since: () => readonly CellParagraph[]): TieTable | null {
  const texts = items.map((item) => item.map((p) => p.text).join(" "));
  if (items.length < 2 || texts.some((t) => t.length > 2 * LONGEST_CELL || !YEAR_IN_ITEM.test(t) || EVENT_IN_ITEM.test(t))) return null;
  const before = since().filter((p) => p.lang !== "other").slice(-HEADING_REACH).reverse();
  const kind = oneKind(before.map((p) => kindNamedIn(p.text)));
  return kind ? { kind, partnerColumns: [{ column: 0, kind: "any" }], rows: items.map((item) => [{ column: 0, paragraphs: [...item] }]) } : null;
}

/** a plain-text list item's number opening its line: "1. ", "2、", "(3) ", "（4）", or a text table's "1 " before a Chinese cell, or its tab before any */
const ITEM_NUMBER = /^\s*(?:(\d{1,3})\s*[.．、)）]|[（(](\d{1,3})[）)]|(\d{1,3})(?:[ \t\u3000]+(?=\p{Script=Han})|\t+(?=\p{Lu})))\s*/u;

/** whether a paragraph lies inside an HTML list or table, which tieLists and tieTables read (lines of paragraphs are read only outside them) */
export function insideListOrTable(lists: readonly HtmlList[], tables: readonly HtmlTable[]): (p: CellParagraph) => boolean {
  const blocks = [...tables, ...lists].map((b) => b.source);
  return (p) => blocks.some((b) => p.source.start >= b.start && p.source.end <= b.end);
}

/**
 * The numbered lines of plain text that list ties (潍坊市现有国际友好城市12个, then 1. 日本高崎市（1987年）and its
 * translation 1. Takasaki, Japan (1987), each line a paragraph): read as an HTML list's items are, two items or more
 * under a heading that names the kind of tie, each dated and telling no event. The lines of one number, a line and
 * its translation, are one item. Lines inside an HTML list or table are those readers' own.
 */
export function tieLines(paragraphs: readonly CellParagraph[], lists: readonly HtmlList[], tables: readonly HtmlTable[]): TieTable[] {
  const inBlock = insideListOrTable(lists, tables);
  const out: TieTable[] = [];
  let run: { number: string; paragraphs: CellParagraph[] }[] = [];
  // (the paragraphs since the run before: a heading names the lines after it, not those after the next run)
  let [runStart, previousRunEnd] = [0, 0];
  const close = (i: number): void => {
    const table = listOfTies(run.map((item) => item.paragraphs), () => paragraphs.slice(previousRunEnd, runStart));
    if (table) out.push(table);
    if (run.length) previousRunEnd = i;
    run = [];
  };
  paragraphs.forEach((p, i) => {
    const number = inBlock(p) ? null : ITEM_NUMBER.exec(p.text);
    if (!number) return close(i);
    const n = number[1] ?? number[2] ?? number[3]!;
    if (!run.length) runStart = i;
    if (run.at(-1)?.number === n) run.at(-1)!.paragraphs.push(p);
    else run.push({ number: n, paragraphs: [p] });
  });
  close(paragraphs.length);
  return out;
}

/**
 * A name alone in a partner's cell is a place, known or not (长冈京市 | Nagaokakyo under 城市 | City): the
 * table says what it is, as the context rules read "the city of X". Only a cell's paragraphs where the place rules
 * found no place but a country, under a header cell naming partners (the header cell whose column is the cell's,
 * or the last before it, which a heading spanning columns is), and only text that reads as a name: Han
 * characters alone, or capitalised words.
 */
export function placesInPartnerCells(tables: readonly TieTable[], placesOf: (p: CellParagraph) => readonly PlaceCandidate[]): { paragraph: CellParagraph; candidate: PlaceCandidate; replaces?: PlaceCandidate }[] {
  const found: { paragraph: CellParagraph; candidate: PlaceCandidate; replaces?: PlaceCandidate }[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const { column, paragraphs: cell, slice } of row) {
        const kind = table.partnerColumns.filter((h) => h.column <= column).pop()?.kind;
        if (!kind) continue;
        // (in each language apart: 法罗 | Faro, where only the English name is known, is a place in both)
        for (const paragraph of cell) {
          if (paragraph.lang !== "zh" && paragraph.lang !== "en") continue;
          // (an item of a line: its own text, at its place in the line)
          const from = slice?.start ?? 0;
          const cell = partnerCellOf(cellText({ column, paragraphs: [paragraph], slice }, paragraph));
          const name = (paragraph.lang === "zh" ? ZH_NAME : EN_NAME).exec(cell.text);
          const index = name?.[1] ? from + cell.at + name.index + name[0].indexOf(name[1]) : -1;
          const all = insideSlice(placesOf(paragraph), slice);
          const places = all.filter((place) => !isCountryOrRegion(place));
          // (科斯特罗马州 alone in the cell: the place the rules found inside it, 罗马, is part of the cell's whole name; not
          // in 日本熊本市, where a country locates the place)
          const clipped = places.length === 1 && all.length === 1 && paragraph.lang === "zh" && name?.[1] ? clippedName(places[0]!, index, name[1]) : undefined;
          if (!name?.[1] || (places.length && !clipped)) continue;
          const type = kind === "any" ? zhDivisionOf(name[1]) : kind;
          found.push({ paragraph, candidate: { rule: `place-${paragraph.lang}-table-cell`, index, text: name[1], lang: paragraph.lang, hits: [], type, foreign: true }, replaces: clipped });
        }
      }
    }
  }
  return found;
}

/** the place, when it is a part of the name the whole cell holds, that name a division's (罗马 of 科斯特罗马州); not the name less its suffix (熊本 of 熊本市) */
const clippedName = (place: PlaceCandidate, nameAt: number, name: string): PlaceCandidate | undefined => {
  const inside = place.index >= nameAt && place.index + place.text.length <= nameAt + name.length;
  const bare = name.replace(DIVISION_END, "");
  return inside && bare !== name && place.text !== name && place.text !== bare ? place : undefined;
};
/** the division word a name ends in */
const DIVISION_END = /[市州省县区郡府道]$/;

/** each row of a list of ties: a tie of the release's own place with the row's partner, in each language the row names it */
export function tiesOfRows(tables: readonly TieTable[], readings: CellReadings): RowTie[] {
  const ties: RowTie[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const kind = oneKind(row.map((cell) => kindNamedIn(cell.paragraphs.map((p) => cellText(cell, p)).join(" ")))) ?? table.kind;
      const paragraphs = row.flatMap((cell) => cell.paragraphs);
      const inRow = readingsOfRow(row, readings);
      const date = rowDate(paragraphs, inRow);
      for (const lang of ["zh", "en"] as const) {
        const partner = rowPartner(paragraphs.filter((p) => p.lang === lang), inRow);
        if (!partner) continue;
        const { paragraph, place, ownSide } = partner;
        // (an item of a line is cited alone, not the line)
        const slice = sliceOf(row, paragraph) ?? { start: 0, end: paragraph.text.length };
        ties.push({
          paragraph: paragraph.id,
          lang,
          candidate: {
            rule: `agreement-${lang}-table-row`,
            index: slice.start,
            text: paragraph.text.slice(slice.start, slice.end),
            type: kind.type,
            // (the side that made the tie, cited in its own cell: the partner's, or one of its own)
            parties: [ownSide ? { kind: "place", index: ownSide.place.index, text: ownSide.place.text, paragraph: ownSide.paragraph.id } : { kind: "subject", index: null, text: null, level: null }, { kind: "place", index: place.index, text: place.text }],
            level: null,
            status: "signed",
            triggers: [kind.word],
            triggerAt: { index: slice.start, end: slice.end },
            date,
          },
        });
      }
    }
  }
  return ties;
}

/** a cell's text in a paragraph: the item's, for an item of a line */
const cellText = (cell: TieCell, p: CellParagraph): string => (cell.slice ? p.text.slice(cell.slice.start, cell.slice.end) : p.text);

/** the item's range of a row's paragraph, when the paragraph is a line of several items */
const sliceOf = (row: readonly TieCell[], p: CellParagraph): TieCell["slice"] => row.find((cell) => cell.paragraphs.includes(p))?.slice;
/** what was found inside an item's range (all of it, for a whole paragraph) */
const insideSlice = <T extends { index: number; text: string }>(found: readonly T[], slice: TieCell["slice"]): readonly T[] =>
  slice ? found.filter((x) => x.index >= slice.start && x.index + x.text.length <= slice.end) : found;

/** the readings of a row's paragraphs, each item of a line reading only the places and dates inside it */
function readingsOfRow(row: readonly TieCell[], readings: CellReadings): CellReadings {
  return { placesOf: (p) => insideSlice(readings.placesOf(p), sliceOf(row, p)), datesOf: (p) => insideSlice(readings.datesOf(p), sliceOf(row, p)) };
}

/** the kind of place a header cell says its column holds, "any" for a partner column that does not say, null for no partner column */
function partnerColumnOf(heading: string): PlaceType | "any" | null {
  if (!PARTNER_COLUMN.test(heading) || /国家|国别|\bcountr/i.test(heading) || /时间|日期|年份|\b(?:dates?|years?)\b/i.test(heading)) return null;
  if (/城市|\bcit(?:y|ies)\b|municipality/i.test(heading)) return "city";
  if (/省|州|\b(?:provinces?|states?|prefectures?)\b/i.test(heading)) return "province";
  return "any";
}

/** a text table's line ("2\t普拉托市\t意大利\t2003年10月"): its first cell after the row's number is the partner's; a paragraph of no tab is one cell */
function partnerCellOf(text: string): { text: string; at: number } {
  if (!text.includes("\t")) return { text, at: 0 };
  const at = ITEM_NUMBER.exec(text)?.[0].length ?? 0;
  const end = text.indexOf("\t", at);
  return { text: text.slice(at, end < 0 ? undefined : end), at };
}

/** a cell that is a name: Han characters (a middle dot, as 圣·胡安 writes one) or capitalised words, a bracketed gloss after it aside */
const ZH_NAME = /^\s*([\p{Script=Han}·]{2,15})\s*(?:[（(][^（）()]*[）)])?\s*$/u;
const EN_NAME = /^\s*((?:St\.\s|Saint\s)?\p{Lu}[\p{L}'’.-]*(?:[\s-](?:\p{Lu}[\p{L}'’.-]*|de|la|le|du|del|sur|upon|am|an|der|on))*)\s*(?:\([^()]*\))?\s*$/u;

/** the division a Chinese name ends in, in a column that does not say its kind */
const zhDivisionOf = (name: string): PlaceType | null => (/市$/.test(name) ? "city" : /[省州]$/.test(name) ? "province" : /县$/.test(name) ? "county" : /区$/.test(name) ? "district" : null);

const isCountryOrRegion = (place: PlaceCandidate): boolean => {
  const kind = place.hits[0]?.entry.type ?? place.type;
  return kind === "country" || kind === "region";
};

/** a first row of plain cells that reads as a header: it names a partners' column and states no date */
function firstRowAsHeader(table: HtmlTable, cellText: (span: Span) => string): HtmlTable["rows"][number] | null {
  const first = table.rows[0];
  if (!first || first.cells.length < 2) return null;
  const texts = first.cells.map((c) => cellText(c.source));
  return texts.some((t) => PARTNER_COLUMN.test(t)) && !texts.some((t) => /\d/.test(t)) ? first : null;
}

/**
 * the kind of tie a text names, and whether it names that kind alone: a text naming both (我市共有国际友好城市6个、
 * 友好交流城市11个) says nothing of which the table lists, and the next text is asked, the list's title; with every
 * text naming both, the list is of sister cities, the tie 友好城市一览表 lists most
 */
export function kindNamedIn(text: string): { kind: TieKind; alone: boolean } | null {
  const named = TIE_KINDS.flatMap(({ type, words }) => {
    const m = words.exec(text);
    return m ? [{ type, word: m[0] }] : [];
  });
  const sister = named.find((k) => k.type === "sister-city");
  return named.length > 1 && sister ? { kind: sister, alone: false } : named[0] ? { kind: named[0], alone: true } : null;
}
export const oneKind = (named: readonly ({ kind: TieKind; alone: boolean } | null)[]): TieKind | null => (named.find((k) => k?.alone) ?? named.find((k) => k !== null))?.kind ?? null;

/**
 * the row's partner in one language: its most specific place that is no country or world region, the last of those
 * (日本奈良县橿原市: 橿原市; "Kurashiki, Okayama Prefecture, Japan": Kurashiki, the city before its division), with its paragraph
 */
// (1. 匈牙利佩奇市（2024年5月，南昌市）: a Chinese place beside a foreign partner in its item is the side that made the
// tie, the release's own place otherwise; never the partner, as 巴西戈亚斯州（2024年11月，江西省） names the province itself.
// A row naming Chinese places alone, a domestic tie, has the last for its partner, as any row without a foreign one)
function rowPartner(paragraphs: readonly CellParagraph[], readings: CellReadings): { paragraph: CellParagraph; place: PlaceCandidate; ownSide: { paragraph: CellParagraph; place: PlaceCandidate } | null } | null {
  const partnerAmong = (eligible: (place: PlaceCandidate) => boolean): { paragraph: CellParagraph; place: PlaceCandidate } | null => {
    let found: { paragraph: CellParagraph; place: PlaceCandidate } | null = null;
    for (const paragraph of paragraphs) {
      for (const place of readings.placesOf(paragraph)) if (!isCountryOrRegion(place) && eligible(place) && (!found || !isDivision(place) || isDivision(found.place))) found = { paragraph, place };
    }
    return found;
  };
  const foreign = partnerAmong((place) => !isChinese(place));
  if (!foreign) {
    const any = partnerAmong(() => true);
    return any && { ...any, ownSide: null };
  }
  // (序号 | 国内城市 | 国外城市 | 结好时间: or in a cell of its own, a column of the release's places that made the ties)
  const ownIn = (paragraph: CellParagraph): { paragraph: CellParagraph; place: PlaceCandidate } | null => {
    const place = readings.placesOf(paragraph).find((p) => !isCountryOrRegion(p) && isChinese(p));
    return place ? { paragraph, place } : null;
  };
  const ownSide = ownIn(foreign.paragraph) ?? paragraphs.map(ownIn).find((own) => own !== null) ?? null;
  return { ...foreign, ownSide };
}
const isDivision = (place: PlaceCandidate): boolean => (place.type ?? place.hits[0]?.entry.type) === "province";
const isChinese = (place: PlaceCandidate): boolean => place.hits[0]?.entry.country === "CN";

/**
 * the row's date: the first its cells state. A date in figures alone (1983-06-06, 1983.6) sits in a cell of
 * neither language and dates the row in both; a date in words dates it in each language all the same, as
 * a row tells one tie.
 */
function rowDate(paragraphs: readonly CellParagraph[], readings: CellReadings): DateCandidate | null {
  for (const p of paragraphs) {
    const date = readings.datesOf(p)[0];
    if (date) return date;
  }
  return null;
}
