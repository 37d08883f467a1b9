/**
 * The verbs a release's headline tells its event with, in the present ("Two Cities Sign …", "Harbin Joins …", "Jinan,
 * Regina sign sister city agreement"). One list for every rule that must stop a name or a unit at a headline's verb:
 * a verb one rule knew and another did not read as a name's word in the other ("Guangxi Cities Celebrate").
 */
const STEMS = ["sign", "ink", "hold", "visit", "join", "mark", "celebrate", "renew", "establish", "forge", "meet", "attend", "open", "launch", "become", "agree", "set", "build"];

/** a headline's verb in title case, with its third person's -s or -es (Sign, Signs, Establishes), or "Signed" */
export const HEADLINE_VERB_TITLE_CASE = `(?:(?:${STEMS.map((v) => v[0]!.toUpperCase() + v.slice(1)).join("|")})(?:e?s)?|Signed)`;
/** the same in a headline in sentence case too, its first letter either case (sign, Sign, signs) */
export const HEADLINE_VERB_EITHER_CASE = `(?:${STEMS.map((v) => `[${v[0]}${v[0]!.toUpperCase()}]${v.slice(1)}`).join("|")})(?:e?s)?`;
