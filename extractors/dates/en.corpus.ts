/**
 * Examples for the English date rules (en.ts): rule, exact quote, value resolved against the reference
 * date looking back (as documents do), relation and range end; negatives must give no date.
 */
import type { DateCorpus } from "../types";

export const EN_DATE_CORPUS: DateCorpus = {
  reference: "2025-03-15",
  examples: [
    { rule: "date-en-weekday", text: "The mayor arrived in Hefei on Saturday.", quote: "Saturday", value: "2025-03-15" }, // the reference's own weekday is that day, looking back
    { rule: "date-en-weekday", text: "The delegation left on Thursday last week.", quote: "Thursday last week", value: "2025-03-06" }, // the week after the weekday, as 上周四 says it before: one date, not a week besides
    { rule: "date-en-weekday", text: "The talks will resume on Wednesday of next week.", quote: "Wednesday of next week", value: "2025-03-19" }, // "of" before the week
    { rule: "date-en-first-months", text: "Trade Grew by 15% in the First Three Quarters", quote: "the First Three Quarters", value: "2025-01", until: "2025-09" }, // no year: the release's
    { rule: "date-en-iso", text: "Published: 2024-12-03 10:20", quote: "2024-12-03 10:20", value: "2024-12-03" },
    { rule: "date-en-ordinal-day", text: "The two mayors signed the agreement in Tainan on the 12th.", quote: "the 12th", value: "2025-03-12" }, // a day of the month alone, as 今（12）日 gives it
    { rule: "date-en-ordinal-day", text: "On the afternoon of the 11th, the two sides held talks.", quote: "the 11th", value: "2025-03-11" }, // a part of that day before it
    { rule: "date-en-years-ago-today", text: "Twenty years ago today, the two cities signed a sister-city agreement.", quote: "Twenty years ago today", value: "2005-03-15" }, // the release's own day, that many years back
    { rule: "date-en-years-ago-today", text: "On this day 12 years ago, the two sides met in Rome.", quote: "On this day 12 years ago", value: "2013-03-15" },
    { rule: "date-en-span", text: "Two years ago, the two cities signed a memorandum on education.", quote: "Two years ago", value: "2023" }, // the point that far back, not the two years since
    { rule: "date-en-span", text: "The delegation arrived in Shenyang three weeks ago.", quote: "three weeks ago", value: "2025-02-17" }, // that week, from its Monday
    { rule: "date-en-iso", text: "Date: 2025/06/18  Source: Municipal Foreign Affairs Office", quote: "2025/06/18", value: "2025-06-18" },
    { rule: "date-en-iso", text: "Updated 2023.9.5", quote: "2023.9.5", value: "2023-09-05" },
    { rule: "date-en-m-d-y", text: "Date: 11/28/2024", quote: "11/28/2024", value: "2024-11-28" }, // month first, as American sites write it
    { rule: "date-en-m-d-y", text: "Date: 28/11/2024", quote: "28/11/2024", value: "2024-11-28" }, // a first number no month can be is the day
    { rule: "date-en-month", text: "The new sister cities are Tours, France (October) and Kyoto, Japan (December).", quote: "October", value: "2024-10" }, // a month alone in brackets, after what it dates
    { rule: "date-en-month", text: "In mid-October, the delegation arrived.", quote: "October", value: "2024-10" },
    { rule: "date-en-month", text: "From January to March, trade with ASEAN rose 7 percent.", quote: "From January to March", value: "2025-01", until: "2025-03", relation: "between" }, // the month closing a range stands after "to"
    { rule: "date-en-month", text: "The two sides agreed to hold the third economic forum in mid-October.", quote: "October", value: "2025-10" }, // what the clause announces lies ahead
    { rule: "date-en-month-day", text: "The forum will be held in Kunming on January 20.", quote: "January 20", value: "2026-01-20" },
    { rule: "date-en-five-year-plan", text: "During the 13th Five-Year Plan period, trade doubled.", quote: "the 13th Five-Year Plan period", value: "2016", until: "2020", relation: "between" }, // its five years
    { rule: "date-en-five-year-plan", text: "Since the beginning of the 13th Five-Year Plan period, the city has added nine sister cities.", quote: "Since the beginning of the 13th Five-Year Plan period", value: "2016", relation: "since" }, // since the plan's first year, as 十三五以来
    { rule: "date-en-year-range", text: "during the 14th Five-Year Plan period (2021-2025)", quote: "2021-2025", value: "2021", until: "2025", relation: "between" },
    // "since <an event> in 1985": the event's date, on (the gold's convention: "Since officially establishing … in 2010" is 2010, on)
    { rule: "date-en-year", text: "Since its founding in 1985, the fair has grown.", quote: "1985", value: "1985" },
    { rule: "date-en-weekday-then-date", text: "The talks were held on Monday (March 3).", quote: "Monday (March 3)", value: "2025-03-03" },
    { rule: "date-en-month-day-year", text: "On September 6, 2023, the delegation arrived.", quote: "September 6, 2023", value: "2023-09-06" },
    { rule: "date-en-day-month-year", text: "The agreement was signed on 8 October 2022.", quote: "8 October 2022", value: "2022-10-08" },
    { rule: "date-en-day-month-year", text: "It was signed on the 8th of October, 2022.", quote: "the 8th of October, 2022", value: "2022-10-08" },
    { rule: "date-en-month-year", text: "In July 2019, the two sides exchanged visits.", quote: "July 2019", value: "2019-07" },
    { rule: "date-en-year", text: "In 2016, the two cities were twinned.", quote: "2016", value: "2016" },
    { rule: "date-en-year", text: "The two cities were twinned with Guangzhou in 1979 and 1981 respectively.", quote: "1981", value: "1981" }, // two years joined by "and" are a list; a range only after "between"
    { rule: "date-en-month", text: "In mid-October, Changsha will send a delegation to Gwangju.", quote: "October", value: "2025-10" }, // a date that opens a clause announcing what will happen lies ahead
    { rule: "date-en-month", text: "The agreement will be formally signed when a delegation from Zhenjiang visits Tempe in October.", quote: "October", value: "2025-10" }, // "will" a long clause before the date still announces it
    { rule: "date-en-month", text: "An official of the bureau said that in the fourth quarter, no fewer than 20 groups of firms would be sent to explore markets in ASEAN and Latin America, and the sixth expo would be held in mid-October, expected to draw buyers.", quote: "October", value: "2025-10" }, // what someone said would be is ahead, as "will" is, however far the saying stands
    { rule: "date-en-month", text: "The mayor said the delegation visited Pécs in October and would return next year.", quote: "October", value: "2024-10" }, // "would" after the date announces nothing of it
    { rule: "date-en-month", text: "The mayor invited a Jinan delegation to attend the Canadian Western Agribition in November.", quote: "November", value: "2025-11" }, // what one is invited to do lies ahead
    { rule: "date-en-month", text: "The delegation was invited to attend the agricultural fair in November.", quote: "November", value: "2024-11" }, // "was invited" may tell of a visit made
    { rule: "date-en-month", text: "At the invitation of the mayor, the delegation attended the fair in November.", quote: "November", value: "2024-11" }, // an invitation one came at
    { rule: "date-en-day-month", text: "The two cities signed the agreement in Lisbon on 10 June, under which they will deepen cooperation in culture.", quote: "10 June", value: "2024-06-10" }, // "will" after a date that ends its clause announces nothing of the date
    { rule: "date-en-month-day", text: "The exhibition opened in Gothenburg, Sweden, on November 13 and will run for three months.", quote: "November 13", value: "2024-11-13" },
    { rule: "date-en-year", text: "In mid-2024, the new container terminal opened.", quote: "2024", value: "2024" }, // the year's middle
    { rule: "date-en-month-day", text: "The meeting closed on November 20.", quote: "November 20", value: "2024-11-20" },
    { rule: "date-en-month-two-days", text: "The delegation visited Perth between November 3 and 7.", quote: "between November 3 and 7", value: "2024-11-03", until: "2024-11-07", relation: "between" }, // after "between", any two days are a range
    { rule: "date-en-month-two-days", text: "The delegation visited Chengdu on October 20 and 21.", quote: "October 20 and 21", value: "2024-10-20", until: "2024-10-21", relation: "between" }, // two days running, as 10月20日至21日
    { rule: "date-en-month-day", text: "The two exhibitions opened on October 20 and 25.", quote: "October 20", value: "2024-10-20" }, // two days apart are a list, no range
    { rule: "date-en-day-month", text: "The mayor met the guests on 2 March.", quote: "2 March", value: "2025-03-02" },
    { rule: "date-en-month-relative-year", text: "In June last year, the two sides signed an agreement.", quote: "June last year", value: "2024-06" },
    { rule: "date-en-relative-year", text: "A forum will be held this year.", quote: "this year", value: "2025" },
    { rule: "date-en-ordinal-day-relative-month", text: "On the 12th of this month, the mayor met the delegation.", quote: "the 12th of this month", value: "2025-03-12" }, // a day of the release's own month, as 本月12日
    { rule: "date-en-ordinal-day-relative-month", text: "On the 3rd of last month, the two sides signed an agreement.", quote: "the 3rd of last month", value: "2025-02-03" }, // as 上月3日
    { rule: "date-en-relative-year", text: "Visitors rose to 352 from 208 the previous year.", quote: "the previous year", value: "2024" }, // the year before the one named before it; with none, before the reference's
    { rule: "date-en-relative-year", text: "The two sides agreed to hold an education forum in Guangzhou next spring.", quote: "next spring", value: "2026" }, // a season's year, as 明年春季
    { rule: "date-en-quarter-in-figures", text: "Exports to Europe rose 9% in Q3 2024.", quote: "Q3 2024", value: "2024-07", until: "2024-09" }, // a quarter in figures, as 2024年第三季度 (it had been the year alone)
    { rule: "date-en-quarter-in-figures", text: "In the 4th quarter of 2023, the port handled 1.2 million containers.", quote: "the 4th quarter of 2023", value: "2023-10", until: "2023-12" },
    { rule: "date-en-part-of-year", text: "In the first half of 2023, trade grew.", quote: "the first half of 2023", value: "2023-01", until: "2023-06" },
    { rule: "date-en-part-of-year", text: "In the first quarter, 86 new enterprises were set up.", quote: "the first quarter", value: "2025-01", until: "2025-03" }, // no year: the release's, as 一季度
    { rule: "date-en-part-of-year", text: "The two cities will hold a joint exhibition early next year.", quote: "early next year", value: "2026-01" }, // as 明年初
    { rule: "date-en-year", text: "Since 2015, cooperation has deepened.", quote: "Since 2015", value: "2015", relation: "since" },
    // as 今年以来 says it: since this year, not since its January
    { rule: "date-en-part-of-year", text: "Since the beginning of this year, the city has received 40 delegations.", quote: "Since the beginning of this year", value: "2025", relation: "since" },
    { rule: "date-en-part-of-year", text: "Work resumed at the beginning of 2023.", quote: "the beginning of 2023", value: "2023-01" },
    { rule: "date-en-part-of-year", text: "Construction of the park began in early 2024.", quote: "early 2024", value: "2024-01" },
    { rule: "date-en-part-of-year", text: "The exhibition will travel to Lyon in late 2026.", quote: "late 2026", value: "2026-12" },
    { rule: "date-en-part-of-year", text: "By the end of the year, the city will have held 30 exchange events.", quote: "By the end of the year", value: "2025-12", relation: "until" }, // the year the sentence does not name is the release's, as 到年底
    { rule: "date-en-part-of-year", text: "As of the end of the year, the province had 61 sister cities.", quote: "As of the end of the year", value: "2024-12", relation: "until" }, // a year's end the release looks back on, as 截至年底
    { rule: "date-en-part-of-year", text: "By the end of the year, the number of partner cities had reached 47.", quote: "By the end of the year", value: "2024-12", relation: "until" }, // what had happened by then: looking back, as 截至年底
    { rule: "date-en-first-months", text: "In the first eight months of this year, the city received 5.6 million tourists.", quote: "the first eight months of this year", value: "2025-01", until: "2025-08" },
    { rule: "date-en-first-months", text: "Trade grew 12% in the first three quarters of 2024.", quote: "the first three quarters of 2024", value: "2024-01", until: "2024-09" },
    { rule: "date-en-year", text: "Ten parks will be built by 2026.", quote: "by 2026", value: "2026", relation: "until" },
    { rule: "date-en-month-year", text: "As of August 2024, the province had 108 sister cities.", quote: "As of August 2024", value: "2024-08", relation: "until" }, // as 截至2024年8月: up to then
    { rule: "date-en-month-day", text: "From November 28 to December 3, 2019, the delegation visited Japan.", quote: "From November 28 to December 3, 2019", value: "2019-11-28", relation: "between", until: "2019-12-03" }, // the year closing the range is the start's too
    { rule: "date-en-month-day", text: "From December 28 to January 3, 2020, the troupe toured Austria.", quote: "From December 28 to January 3, 2020", value: "2019-12-28", relation: "between", until: "2020-01-03" }, // a start in a later month is in the year before
    { rule: "date-en-year", text: "From 2018 to 2020, exchanges were frequent.", quote: "From 2018 to 2020", value: "2018", relation: "between", until: "2020" },
    { rule: "date-en-day-range-month", text: "The fair runs from 13 to 15 July.", quote: "from 13 to 15 July", value: "2024-07-13", relation: "between", until: "2024-07-15" },
    { rule: "date-en-month-day-range", text: "The fair ran July 13-15, 2023.", quote: "July 13-15, 2023", value: "2023-07-13", relation: "between", until: "2023-07-15" },
    { rule: "date-en-weekday-then-date", text: "The forum opened on Friday, March 7.", quote: "Friday, March 7", value: "2025-03-07" },
    { rule: "date-en-relative-year", text: "Each city will send 30 students to the other every year starting next year.", quote: "starting next year", value: "2026", relation: "since" }, // "starting" alone opens the time from which, as 明年起
    { rule: "date-en-relative-year", text: "The two sides agreed to hold a trade fair every year from next year.", quote: "every year from next year", value: "2026", relation: "since" }, // a repeated thing from when it starts, as 明年起每年
    { rule: "date-en-same-day", text: "The delegation arrived in Vienna on March 9. On the same day, the two sides signed a memorandum of cooperation.", quote: "On the same day", value: "2025-03-09" }, // the day told before it
    { rule: "date-en-next-day", text: "The delegation arrived in Vienna on March 31. The next day, the two sides signed a memorandum of cooperation.", quote: "The next day", value: "2025-04-01" }, // the day after the one told before it, counted on over the month's end
    { rule: "date-en-next-day", text: "The delegation arrived in Lisbon on December 31, 2024, and attended a reception on the following day.", quote: "on the following day", value: "2025-01-01" },
    { rule: "date-en-relative-day", text: "Yesterday the mayor met the delegation.", quote: "Yesterday", value: "2025-03-14" },
    { rule: "date-en-relative-day", text: "This morning, the mayor held talks with the delegation.", quote: "This morning", value: "2025-03-15" }, // a part of the day, as 今晨
    { rule: "date-en-relative-day", text: "The delegation arrived in Wuhan last night.", quote: "last night", value: "2025-03-14" },
    { rule: "date-en-month-day", text: "The ceremony is on September 10.", quote: "September 10", value: "--09-10", resolved: false },
    // the year is the one stated before it in the paragraph (lent in pipeline/extract.ts): alone, it has none
    { rule: "date-en-same-year-month", text: "It signed in March 2019; in June of the same year, the two sides met.", quote: "June of the same year", value: "--06", resolved: false },
    { rule: "date-en-same-year-month", text: "They signed a letter of intent; in May the following year, they became sister cities.", quote: "May the following year", value: "--05", resolved: false },
    { rule: "date-en-same-year-month", text: "They met in March 2019 and signed on October 15 that year.", quote: "October 15 that year", value: "--10-15", resolved: false },
    { rule: "date-en-month-day", text: "The exhibition, which runs until February 28, features 120 paintings.", quote: "until February 28", value: "2026-02-28", relation: "until" }, // an end a present tense announces lies ahead of the release, as 将持续至2月28日
    { rule: "date-en-day-range-month", text: "The delegation visited between 13 and 15 July 2023.", quote: "between 13 and 15 July 2023", value: "2023-07-13", relation: "between", until: "2023-07-15" }, // a range's "and" after "between"
    { rule: "date-en-month", text: "From late June to early July, 60 students attended the camp.", quote: "From late June to early July", value: "2024-06", until: "2024-07", relation: "between" }, // the part of each month inside the range, as 6月底至7月初
  ],
  negatives: [
    "The team scored twice in the second half of the match.", // a half of something else
    "It was the mayor's first visit to the United States in six years.", // a span looked back over after "first", as 时隔六年: no time ahead
    "Exports grew at the fastest pace in ten years.", // after a superlative, the same
    "More than 600 years ago, Zheng He's fleet stopped in the port many times.", // history no release dates, as 600多年前 is none
    "Six hundred years ago, the fleet stopped in the port.", // not "hundred years ago"
    "Today, some 40 companies from the state operate in the city.", // "today" as "nowadays": the clause tells no past event
    "The delegation attended the 12th session of the forum.",
    "The 5-day 2025 Dalian International Sister Cities Youth Summer Camp opened.", // a year opening an event's name is no date
    "On the first day, the 2025 \"Sister City Youth Camp\" opened in the city.", // also when the name stands in quotes
    "Nanning hosts 2025 China (Nanning) South and Southeast Asia Cooperation Forum", // a name with a place in brackets and a joining word
    "Trade rose 12% over the same period last year.", // the period a figure is compared with
    "Foreign trade reached 80 billion yuan, up 3.5 percent over the previous year.", // the year a figure is compared with
    "Exports and imports grew 12 percent and 8 percent respectively from the previous year.", // so with "respectively" between
    "The city received more delegations than last year.",
    "The ties were formalised at the end of the year that followed.", // the end of a year another sentence names
    "In the first two months of the programme, 40 students enrolled.", // months of something else
    "In recent years, exchanges have grown closer.", // too vague
    "Cooperation has lasted more than ten years.", // a duration
    "The city received 2024 students from abroad.", // a count, not a year
    "Chengdu hosted the 2025 China International Friendship Cities Conference.", // a year inside an event's name
    "2025 China (Hubei)-Japan (Yamaguchi) Friendship Exchange Week Opens in Wuhan", // a headline's year opening an event's name, a bracketed place joined by a dash inside it
    "Call 0351-2025123 for details.", // a phone number
    "May we offer our thanks.", // the modal verb, not the month
    "The second phase will begin soon.", // an ordinal word alone
  ],
};
