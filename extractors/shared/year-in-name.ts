/**
 * A year that opens an event's name in English ("the 7-day 2025 Yantai International Sister Cities Youth
 * Exchange Camp", a headline's "2025 China International Friendship Cities Conference Opens") is neither a
 * date the release reports nor a count; a preposition before it makes it the time ("In 2025 Yantai Forum…").
 * Read by the English year rule (dates/en.ts) and the English count rules (counts/en.ts).
 */

/** the words that close an event's name */
const EVENT_WORD = "Camp|Forum|Expo|Fair|Festival|Conference|Summit|Games|Week|Marathon|Symposium|Exhibition|Dialogue|Convention|Competition|Championships?|Tournament|Cup";

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

/** the words that close an event's name in Chinese */
const EVENT_WORD_ZH = "会议|论坛|博览会|展览会|交易会|洽谈会|峰会|大会|年会|艺术节|文化节|旅游节|电影节|音乐节|美食节|运动会|马拉松|邀请赛|锦标赛|友谊赛|文化周|交流周|合作周|交流营|夏令营|对话会|研讨会|推介会|交流会|对接会";
/** a year opening an event's name (2025中国—中东欧国家地方领导人会议, 2024第十届…博览会), not a date's (2025年6月) */
const YEAR_OPENS_EVENT_NAME_ZH = new RegExp(`(?<![0-9０-９])((?:19|20)[0-9]{2})(?:年)?(?![0-9０-９]|年?[0-9０-９一二三四五六七八九十]{1,2}月|年?(?:上|下)半年|年?[底初末内度])[^，。；！？]{2,30}?(?:${EVENT_WORD_ZH})`);
const YEAR_OPENS_EVENT_NAME_IN_EN = new RegExp(YEAR_OPENS_EVENT_NAME_EN);

/**
 * The year of the event a title names by it (2025中国—中东欧国家地方领导人会议在宁波举行, "2025 China International
 * Friendship Cities Conference Opens"): the event is held that year, so a release that states no date of its own
 * reports days of that year.
 */
export function eventYearOfTitle(title: string, lang: "zh" | "en"): number | null {
  const m = (lang === "zh" ? YEAR_OPENS_EVENT_NAME_ZH : YEAR_OPENS_EVENT_NAME_IN_EN).exec(title);
  return m ? Number((m[1] ?? m[0]).slice(0, 4)) : null;
}
