/**
 * 在意大利普拉托市，代表团与市政府举行会谈，并签署建立友好交流关系意向书; "In Prato, Italy, the delegation held talks
 * with the city government and signed a letter of intent …": a visit's report whose sentence opens at the place
 * visited and whose subject is the delegation names no party of its own. The place visited is the partner, and the
 * delegation the release's own side (the subject fusion settles).
 */
import type { PartyMention, PlaceCandidate } from "../types";

/** the visit's place opening the sentence, then the delegation opening the next clause (台州代表团, 访问团, 代表团一行) */
const VISITED_THEN_DELEGATION = {
  zh: /^在([^，。；]{1,20}?)(?:期间|访问期间|时)?[，,]\s*(?:[^，。；与同和]{0,8}?)(?:代表团|访问团|考察团)(?=[^。；]*$)/,
  en: /^(?:While\s+)?(?:In|At)\s+((?:the\s+)?[A-Z][^,;.]{0,40}?(?:,\s+[A-Z][^,;.]{0,30}?)?),\s+(?:the|our|its|a|this)\s+(?:[\w-]+\s+){0,3}?delegation\b(?=[^.;]*$)/,
};

/**
 * 代表团访问了索罗卡巴市，并签署了…; "the delegation visited the city of Sorocaba and signed …": the delegation visits a
 * place, then signs in a clause joined to the visit's with no party of its own (group 1: where it went)
 */
const DELEGATION_VISITED_THEN = {
  zh: /(?:代表团|访问团|考察团)(?:一行)?[^，。；]{0,10}?(?:访问了?|拜访了?|前往|来到|抵达)([^，。；]{2,24}?)[，,]\s*(?:并|随后|其间)$/,
  en: /\bdelegation\b[^.;]{0,80}?\b(?:visited|toured|travell?ed\s+to|went\s+to)\s+((?:the\s+(?:city|province|state)\s+of\s+)?(?:the\s+)?[A-Z][^,;.]{0,40}?(?:,\s+[A-Z][^,;.]{0,30}?)?)\s+and\s+(?:also\s+)?$/,
};

/** the place a visit's sentence opens at, where its delegation signs: the last place of the opening that is no country */
export function placeVisited(text: string, places: readonly PlaceCandidate[], sentenceStart: number, triggerAt: number, lang: "zh" | "en"): PlaceCandidate | null {
  const before = text.slice(sentenceStart, triggerAt);
  // (the opening's place first; failing one below a country, "在巴西期间，代表团访问了索罗卡巴市，并签署", the place the
  // delegation went to, the partner only abroad: a foreign delegation visiting the release's city signs with that city)
  for (const [pattern, abroad] of [[VISITED_THEN_DELEGATION[lang], false], [DELEGATION_VISITED_THEN[lang], true]] as const) {
    const found = pattern.exec(before);
    if (!found) continue;
    const from = sentenceStart + found.index + found[0].indexOf(found[1]!);
    const to = from + found[1]!.length;
    // (a place after the delegation, before the trigger, is named there and is the rules' own business)
    if (places.some((p) => p.index >= to && p.index < triggerAt)) continue;
    // (where the delegation went is the place itself, not a body named for it: "toured the Bank of Helsinki")
    // (its country at most before it: 访问了巴西索罗卡巴市)
    const opensGroup = (p: PlaceCandidate): boolean =>
      !abroad || /^(?:the\s+(?:city|province|state)\s+of\s+)?(?:the\s+)?$/.test(text.slice(from, p.index)) || places.some((c) => c.index === from && c.index + c.text.length === p.index && c.type === "country");
    const visited = places.filter((p) => p.index >= from && p.index + p.text.length <= to && p.type !== "country" && !p.hits.some((h) => h.entry.type === "country") && (!abroad || isForeign(p)) && opensGroup(p));
    const place = lang === "zh" ? visited.at(-1) : visited[0];
    if (place) return place;
  }
  return null;
}

/** the release's own side, signing with the place its delegation visited */
export const visitParties = (visited: PlaceCandidate): PartyMention[] => [
  { kind: "subject", index: null, text: null, level: null },
  { kind: "place", index: visited.index, text: visited.text },
];

/**
 * 在巴西坎皮纳斯市期间，代表团出席了两市结好5周年纪念活动; "In Campinas, Brazil, the delegation attended … between the two
 * cities": the pair word of a visit's sentence stands for the release's own side and the foreign place visited, when the
 * parties named besides it are no foreign place (the own city, from the sentence before, at most)
 */
export function settlePairByVisit(parties: readonly PartyMention[], visited: PlaceCandidate, places: readonly PlaceCandidate[]): PartyMention[] | null {
  if (!isForeign(visited) || !parties.some((p) => p.kind === "pair")) return null;
  const rest = parties.filter((p) => p.kind !== "pair");
  if (rest.some((p) => p.kind !== "place" || !isChinese(places.find((c) => c.index === p.index)))) return null;
  return [...(rest.length ? rest : [{ kind: "subject" as const, index: null, text: null, level: null }]), { kind: "place", index: visited.index, text: visited.text }];
}

/** a place the gazetteer holds abroad, or one it does not hold that the rules read as foreign */
const isForeign = (c: PlaceCandidate): boolean => (c.hits.length ? c.hits.every((h) => h.entry.country !== "CN") : c.foreign);
/** a place the gazetteer holds in China */
const isChinese = (c: PlaceCandidate | undefined): boolean => !!c && c.hits.length > 0 && c.hits.every((h) => h.entry.country === "CN");
