/**
 * Later mentions of the names the place rules found only from their context. "德国奥斯纳布吕克市" and "the
 * Mayor of Osnabrück" say the name is a place; a later paragraph's bare "奥斯纳布吕克市" or "Osnabrück" does
 * not, yet it is the same place, and an agreement there (1995年，厦门市与木浦市缔结友好城市关系) has it as a
 * party. So the names are found again in every paragraph of their language before the agreement rules
 * read the paragraph. A shorter name inside one (拉巴特 in 莎拉巴特曼市) gives way to it. A foreign Chinese
 * name is also found without its division word (德国曼海姆市, then 青岛与曼海姆于2016年结为友好城市), which
 * the linker names in full (extractors/places/link.ts).
 */
import type { Mention } from "./link";
import { groupBy } from "../shared/group";
import { isCountryAt } from "./zh";

const REPEAT_RULE = "place-repeat";

const LETTER = /\p{L}/u;

/** a transliterated name's division word (泰国孔敬府, then 南宁与孔敬于2005年结好) */
const ZH_DIVISION_WORD = /[市县州郡府]$/;
/** a province's or region's, dropped only from a name of three characters or more (琅勃拉邦省; not 东方省, whose 东方 is "east") */
const ZH_LONG_DIVISION_WORD = /(?:大区|省)$/;
/** two characters are too often part of a word: a bare name of two stands beside a joining word (杭州与利兹于…) */
const JOINED_BEFORE = /[与和同及、]$/;
const JOINED_AFTER = /^[与和同及、于在的]/;

/** an English county's or district's word, which a release drops once it has named the county ("Ninghai County", then "Ninghai") */
const EN_COUNTY_WORD = /^(\p{Lu}[\p{L}\p{M}'’-]{3,}) (?:County|District)$/u;

/** The forms a context-found name is written in later: itself, and a foreign Chinese name without its division word. */
function laterForms(m: Mention): string[] {
  const name = m.candidate.text;
  if (m.lang === "en") {
    const county = EN_COUNTY_WORD.exec(name);
    return county ? [name, county[1]!] : [name];
  }
  const bare = name.replace(ZH_DIVISION_WORD, "");
  const long = name.replace(ZH_LONG_DIVISION_WORD, "");
  if (m.candidate.foreign && long !== name && long.length >= 3) return [name, long];
  return m.candidate.foreign && bare !== name && bare.length >= 2 ? [name, bare] : [name];
}

/**
 * whether a bare Chinese name of two characters at a position stands as a name: beside a joining word on either side,
 * or right after its country (盐城与韩国瑞山签署…, a headline, before the body's 韩国忠清南道瑞山市)
 */
const standsAlone = (text: string, at: number, name: string): boolean =>
  name.length > 2 || /[^\p{Script=Han}]/u.test(name) || JOINED_BEFORE.test(text.slice(0, at)) || JOINED_AFTER.test(text.slice(at + name.length)) || isCountryAt(text, at);

/** a reading of the gazetteer's Chinese places only */
const isChineseReading = (m: Mention): boolean => m.candidate.hits.length > 0 && m.candidate.hits.every((h) => h.entry.country === "CN");

/** The mentions with every later mention of a context-found name added (and the names inside those dropped). */
export function withLaterMentions(paragraphs: readonly { id: string; lang: string; text: string }[], found: readonly Mention[]): Mention[] {
  const mentions = [...found];
  const inParagraph = groupBy(mentions, (m) => m.paragraph);
  const contextNames = new Map<string, Mention>();
  // (and an English county the gazetteer knows, for its bare name: the gazetteer holds only "Ninghai County")
  for (const m of found) if ((!m.candidate.hits.length || (m.lang === "en" && EN_COUNTY_WORD.test(m.candidate.text))) && !contextNames.has(`${m.lang}:${m.candidate.text}`)) contextNames.set(`${m.lang}:${m.candidate.text}`, m);
  for (const first of contextNames.values()) {
    for (const name of laterForms(first)) {
      for (const p of paragraphs.filter((p) => p.lang === first.lang)) {
        for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + name.length)) {
          if (first.lang === "en" && (LETTER.test(p.text[at - 1] ?? "") || LETTER.test(p.text[at + name.length] ?? ""))) continue;
          if (first.lang === "zh" && name !== first.candidate.text && !standsAlone(p.text, at, name)) continue;
          const here = inParagraph.get(p.id) ?? [];
          const overlapping = here.filter((m) => m.candidate.index < at + name.length && at < m.candidate.index + m.candidate.text.length);
          // a shorter name inside this one gives way to it, as the longest reading wins in a paragraph (帕默斯顿市 in 北帕默斯顿市);
          // so does a Chinese reading of the very name the release has shown to be a foreign place (日本津市, then 津市是三重县首府)
          const chineseReading = (m: Mention): boolean => first.candidate.foreign && m.candidate.text === name && m.candidate.index === at && isChineseReading(m);
          const inside = (m: Mention): boolean => m.candidate.text.length < name.length && m.candidate.index >= at && m.candidate.index + m.candidate.text.length <= at + name.length;
          // (and a Chinese place the gazetteer reads from inside the name on into the word after it: 唐津市市长 is Karatsu's
          // mayor, not 津市市)
          const readOnFromInside = (m: Mention): boolean => first.candidate.foreign && m.candidate.index > at && m.candidate.index + m.candidate.text.length > at + name.length && isChineseReading(m);
          if (!overlapping.every((m) => inside(m) || chineseReading(m) || readOnFromInside(m))) continue;
          for (const m of overlapping) {
            mentions.splice(mentions.indexOf(m), 1);
            here.splice(here.indexOf(m), 1);
          }
          const repeat: Mention = { paragraph: p.id, lang: first.lang, candidate: { ...first.candidate, rule: REPEAT_RULE, index: at, text: name } };
          mentions.push(repeat);
          here.push(repeat);
          inParagraph.set(p.id, here);
        }
      }
    }
  }
  return mentions;
}
