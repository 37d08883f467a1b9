/**
 * A year that opens an event's name in English ("the 7-day 2025 Yantai International Sister Cities Youth
 * Exchange Camp", a headline's "2025 China International Friendship Cities Conference Opens") is neither a
 * date the release reports nor a count; a preposition before it makes it the time ("In 2025 Yantai Forum…").
 * Read by the English year rule (dates/en.ts) and the English count rules (counts/en.ts).
 */

/** the words that close an event's name */
const EVENT_WORD = "Camp|Forum|Expo|Fair|Festival|Conference|Summit|Games|Week|Marathon|Symposium|Exhibition|Dialogue|Convention|Competition|Championships?";

/**
 * a word of the name: capitalised, a place in brackets ("2024 China (Kunming) … Forum"), or a joining word ("South and
 * Southeast Asia"); a bracket may be joined by a dash to the next word ("2025 China (Hubei)-Japan (Yamaguchi) … Week")
 */
const NAME_PART = "(?:[A-Z][\\w'’-]*|\\([A-Z][\\w'’ -]*\\))";
// (the dash only after a bracket: a hyphenated word is one part already, and one reading per name keeps a failed match from backtracking)
const NAME_WORD = `${NAME_PART}(?:(?<=\\))[-–—]${NAME_PART})*|and|of|for|on|&`;

/** the pattern, from the year on, with the preposition that would make the year a time looked for behind it */
// (the name may stand in quotes: the 2025 "Sister City Youth Camp")
export const YEAR_OPENS_EVENT_NAME_EN = `(?<!\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Oo]f|[Tt]o|[Dd]uring|[Bb]efore|[Aa]fter)\\s+)[0-9]{4}\\s+["“‘']?(?:(?:${NAME_WORD})\\s+){0,12}?(?:${EVENT_WORD})\\b`;

const AT = new RegExp(YEAR_OPENS_EVENT_NAME_EN, "y");

/** whether the four digits at `index` are a year opening an event's name */
export function yearOpensEventName(text: string, index: number): boolean {
  AT.lastIndex = index;
  return AT.test(text);
}
