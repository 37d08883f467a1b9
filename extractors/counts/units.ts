/**
 * What a count counts, as one concept in both languages, so fusion can tell a count the two languages
 * state differently (32个国家 / 31 countries: a conflict) from two different counts (32个国家 / 67 local
 * governments). A unit no concept names is compatible with any.
 */
const CONCEPTS: [string, RegExp, RegExp][] = [
  ["rank", /^rank$/, /^rank$/],
  // pairs first: 市级66对 and "66 at the city level" count partnerships, not cities
  ["pair", /^对|（对）$/, /\bpairs?\b|\bpartnerships?\b|\bat the [a-z-]+ level\b/i],
  ["time", /^(?:年|个月|月|天|日|周|小时|周年)$/, /^(?:years?|months?|decades?|days?|weeks?|hours?)$/i],
  ["country", /国家|^个?国$|国$/, /\bcountr(?:y|ies)\b|\bnations?\b/i],
  ["local government", /地方政府/, /\blocal governments?\b/i],
  ["city", /城市|友城|^个?市$/, /\bcit(?:y|ies)\b|\bmunicipalit(?:y|ies)\b/i],
  ["person", /人次|人口|^名|人$|^位/, /\bpeople\b|\bpersons?\b|\bvisitors?\b|\bresidents?\b|\bstudents?\b|\bpopulation\b|\bparticipants?\b|\bdelegates?\b|\btourists?\b|\bworkers?\b|\bmembers\b|\bvolunteers?\b|\bteachers?\b|\bguests?\b|\bofficials?\b|\bathletes?\b/i],
  ["enterprise", /企业|公司|^家/, /\benterprises?\b|\bcompanies\b|\bcompany\b|\bfirms?\b|\bbusinesses\b/i],
  ["project", /项目|^项/, /\bprojects?\b/i],
  ["policy", /策|政策|措施|条/, /\bpolic(?:y|ies)\b|\bmeasures?\b/i],
  ["area", /方面|领域/, /\bareas?\b|\bfields?\b|\baspects?\b/i],
  ["partner", /伙伴/, /\bpartners?\b/i],
  ["money", /元|美元|欧元/, /\byuan\b|\bdollars?\b|\beuros?\b|\bRMB\b/i],
  // "spread across 41 countries on five continents": never the count of ties beside it
  ["continent", /洲$/, /\bcontinents?\b/i],
];

export function unitConcept(unit: string | null, lang: "zh" | "en"): string | null {
  if (!unit) return null;
  for (const [name, zh, en] of CONCEPTS) if ((lang === "zh" ? zh : en).test(unit)) return name;
  // (两市代表团（人）, 媒体从业人员（名）: the measure word a noun was counted in says what it is when the noun does not)
  const measure = lang === "zh" ? MEASURE_OF_NOUN.exec(unit) : null;
  return measure ? unitConcept(measure[1]!, "zh") : null;
}
/** the measure word a noun counted before its figure is given in: 国际友城（对） */
const MEASURE_OF_NOUN = /^[^（]+（([^（）]+)）$/;
