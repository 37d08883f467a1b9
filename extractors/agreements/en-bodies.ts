/**
 * The bodies the English membership and cooperation rules name (en.ts): the body a city joins ("joined the World
 * Tourism Cities Federation", "joined the WTCF" for one named before with its acronym, "the federation"), and the
 * bodies that cooperate or found something together ("Hunan TV has cooperated with Ghana CGTV to launch …",
 * "jointly established by Nanchang University and the University of Poitiers").
 */
import type { Organisations, PartyMention } from "../types";
import { coordinatedOrganisations } from "./organisations";
import { NUMBER_WORD } from "./trigger-rule";

/** a name: capitalised words joined by of/and/for/the, acronyms, brackets */
const NAME = /^(?:[A-Z][\w'’&.-]*|\([A-Z][\w'’&. -]{0,60}\)|"[^"]{1,40}"|of|and|for|the|on|in|de)(?:\s+(?:[A-Z][\w'’&.-]*|\([A-Z][\w'’&. -]{0,60}\)|"[^"]{1,40}"|of|and|for|the|on|in|de))*/;

/** trims the joining words a name cannot end with, and a sentence's full stop ("… Asia Pacific Cities.", not "U.S.") */
// (an acronym in brackets before a lower-case word closes the name it is given for: "the World Tourism Cities
// Federation (WTCF) on Friday", not "the China-CEEC (CEEC) Association of …")
// (a time after the name closes it: "the World Tourism Alliance in May", "… on Monday", "… in 2019")
const TIME_AFTER_NAME = /\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:19|20)\d{2})(?![\w-]).*$/;
const trimName = (s: string): string =>
  s
    .replace(TIME_AFTER_NAME, "")
    .replace(/^(.*?\s\([A-Z][A-Z0-9&.-]{1,12}\))\s+[a-z].*$/, "$1")
    .replace(/(?<=[a-z]{2})\.$/, "")
    .replace(/(?:\s+(?:of|and|for|the|on|in|de))+$/, "");

/** the words that name a body as one, used alone for one named before ("became a member city of the federation") */
export const BODY_ANAPHOR = /^(federation|association|organi[sz]ation|alliance|network|council|forum|union|league)\b/;

/**
 * The last capitalised name before a position that holds a body's word, running back over capitalised words
 * and on over "of …" ("the World Tourism Cities Federation", "the League of Historical Cities" for "the league").
 */
function bodyNamedBefore(text: string, before: number, word: string): PartyMention | null {
  const head = [...text.slice(0, before).matchAll(new RegExp(`\\b${word[0]!.toUpperCase()}${word.slice(1)}\\b`, "g"))].pop();
  if (!head) return bodyWithAcronymBefore(text, before);
  const back = /(?:(?!The\s)[A-Z][\w'’&.-]*\s+)*$/.exec(text.slice(Math.max(0, head.index! - 80), head.index!))![0];
  const on = /^(?:\s+(?:of|for|and|on)(?:\s+the)?(?:\s+[A-Z][\w'’&.-]*)+|\s+\([A-Z][\w'’&. -]{0,30}\))*/.exec(text.slice(head.index! + head[0].length, before))![0];
  const name = back + head[0] + on;
  return name.includes(" ") ? { kind: "organisation", index: head.index! - back.length, text: name } : null;
}

/**
 * "United Cities and Local Governments (UCLG)" for "the organization": the last name before a position given with its
 * acronym, from the words the acronym spells ("the Executive Bureau of United Cities and Local Governments (UCLG)" is
 * a body of UCLG, which is what a member joins)
 */
function bodyWithAcronymBefore(text: string, before: number): PartyMention | null {
  const named = [...text.slice(0, before).matchAll(/\b((?!The\s)[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|on))*?\s+[A-Z][\w'’&.-]*\s+\(([A-Z][A-Za-z&-]{1,11})\))/g)].pop();
  if (!named) return null;
  const end = named.index! + named[1]!.length;
  const spelt = acronymDefinedBefore(text, end, named[2]!);
  const from = spelt?.index != null && spelt.index > named.index! ? spelt.index : named.index!;
  return { kind: "organisation", index: from, text: text.slice(from, end) };
}

const ACRONYM = /^[A-Z][A-Z&]{1,11}$/;
/** words an acronym skips: "United Cities and Local Governments" is UCLG */
const UNSPELT = /^(?:of|and|for|the|on|de|in)$/;

/**
 * "joined the WTCF" for "the World Tourism Cities Federation (WTCF)" named before: the capitalised words
 * just before the acronym's bracket whose initials spell it.
 */
function acronymDefinedBefore(text: string, before: number, acronym: string): PartyMention | null {
  const bracket = text.lastIndexOf(`(${acronym})`, before);
  if (bracket < 0) return null;
  const from = Math.max(0, bracket - 160);
  const words = [...text.slice(from, bracket).matchAll(/[A-Za-z][\w'’&.-]*/g)];
  let initials = "";
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    if (UNSPELT.test(w)) continue;
    if (!/^[A-Z]/.test(w)) return null;
    initials = w[0] + initials;
    if (initials === acronym) return { kind: "organisation", index: from + words[i]!.index!, text: text.slice(from + words[i]!.index!, bracket).trimEnd() };
    if (!acronym.endsWith(initials)) return null;
  }
  return null;
}

/** "joined the China-CEEC Association of Provincial Governors": the capitalised name after "joined (the)" */
/** "joined eight international city organizations, including the WTCF": a tally of bodies, then the one it names */
const TALLY_INCLUDING = new RegExp(`^(?:(?:more\\s+than|over|some|about|nearly)\\s+)?(?:\\d+|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+){0,3}?(?:organi[sz]ations|bodies|associations|networks|alliances|federations),?\\s+(?:including|such\\s+as)\\s+`, "i");
/** the body a sentence opens with, before its verb: "the World Tourism Cities Federation (WTCF) approved …" (the name, less its acronym) */
const BODY_BEFORE_VERB = /((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|on))*)(?:\s+\([A-Z][A-Za-z&-]{1,11}\))?\s*$/;
export const joinedOrganisation: Organisations = (ctx, s, trigger, earlier) => {
  // ("the WTCF approved Guilin as its 245th member city": the body that admits is the one joined)
  if (/\bas\s+(?:its|their)\s/.test(ctx.text.slice(trigger.index, trigger.end))) {
    const body = BODY_BEFORE_VERB.exec(ctx.text.slice(s.start, trigger.index));
    return body && body[1]!.includes(" ") ? [{ kind: "organisation", index: s.start + body.index, text: body[1]! }] : [];
  }
  const after = ctx.text.slice(trigger.end, s.end);
  const anaphor = /\b[Tt]he\s+$/.test(ctx.text.slice(trigger.index, trigger.end)) ? BODY_ANAPHOR.exec(after) : null;
  if (anaphor) {
    const named = bodyNamedBefore(ctx.text, trigger.index, anaphor[1]!);
    if (named) return [named];
    // ("Chengdu joined the network in 2010" after a paragraph that named the UNESCO Creative Cities Network: the word here
    // is cited, with the name it stands for)
    const before = earlier ? bodyNamedBefore(earlier, earlier.length, anaphor[1]!) : null;
    return before ? [{ kind: "organisation", index: trigger.end, text: anaphor[0], name: before.text! }] : [];
  }
  const from = trigger.end + (TALLY_INCLUDING.exec(after)?.[0].length ?? 0);
  const m = NAME.exec(ctx.text.slice(from, s.end));
  if (!m) return [];
  const name = trimName(m[0].replace(/^[Tt]he\s+/, ""));
  // "joined the WTCF": the name the acronym was given for, or the acronym where the text gives none
  if (ACRONYM.test(name)) return [acronymDefinedBefore(ctx.text, trigger.index, name) ?? { kind: "organisation", index: from + m[0].indexOf(name), text: name }];
  if (!/^[A-Z]/.test(name) || name.split(/\s+/).length < 2) return [];
  return [{ kind: "organisation", index: from + m[0].indexOf(name), text: name }];
};

/** "The Hunan TV International has cooperated with Ghana CGTV": the names before the verb and after "with" */
export const cooperatingPartners: Organisations = (ctx, s, trigger) => {
  const head = ctx.text.slice(s.start, trigger.index).replace(/\s+(?:has|have|had)\s*$/, "");
  const a = /((?:[A-Z][\w'’&.-]*|of|and|for|the)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the))*)\s*$/.exec(head);
  const rest = ctx.text.slice(trigger.end, s.end);
  const gap = rest.length - rest.trimStart().length;
  const b = NAME.exec(rest.slice(gap));
  if (!a || !b) return [];
  const first = trimName(a[1]!.replace(/^(?:The|the)\s+/, ""));
  const second = trimName(b[0].replace(/^the\s+/, ""));
  if (!/^[A-Z]/.test(first) || !/^[A-Z]/.test(second)) return [];
  return [
    { kind: "organisation", index: s.start + a.index + a[1]!.indexOf(first), text: first },
    { kind: "organisation", index: trigger.end + gap + b[0].indexOf(second), text: second },
  ];
};

/** "Hunan Agricultural University and Egerton University jointly established a laboratory": two bodies founding something together, as 合作建立 */
// ("the Confucius Institute, jointly established by Nanchang University and the University of Poitiers": in the passive, after "by")
export const jointFounders: Organisations = (ctx, s, trigger) => {
  if (!/\bby$/.test(ctx.text.slice(trigger.index, trigger.end))) return coordinatedOrganisations(ctx.text, s.start, trigger.index, "en");
  const clause = /^[^,;.]*/.exec(ctx.text.slice(trigger.end, s.end))![0];
  return coordinatedOrganisations(ctx.text, trigger.end, trigger.end + clause.length, "en");
};
