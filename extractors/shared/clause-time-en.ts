/**
 * The time a clause of one partner states after it, in English: "in September", "on May 21", "in 2019", "on Monday".
 * The agreement rules read it to date a gapped partner's tie ("…, and with Padua in 2009"), and the place rules to go
 * on along a list of partners each dated by its own ("with Kaiserslautern in 1990 and with Lorient in 2005"); one
 * pattern, so the two read the same items.
 */
export const CLAUSE_TIME_EN = "(?:on|in)\\s+(?:[A-Z][a-z]+\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{4}|[A-Z][a-z]+(?:\\s+\\d{4})?)";
