/**
 * English place rules. Names the gazetteer holds are found at capitalised words, longest first, and must
 * end at a word boundary (Africa, not African: an adjective names a region only before places of it, "African
 * countries", which en-region-adjective.ts reads). "West and Central Africa"
 * names two regions. Names no gazetteer holds are read from their context: a proper-noun phrase with a
 * division word after it (Sarah Baartman District Municipality), a known country after it
 * ("Bridgetown, the capital of Barbados", "Porto, Portugal", "Linz of Austria"); the rules that read one from a mayor
 * or a kind of place before it ("the Mayor of Osnabrück", "the state of Lower Saxony"), and the rules' order
 * (EN_PLACE_RULES), are in en-kinds.ts.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer, type NameHit, type PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { firstTermFrom, sentenceAt, termsOf } from "../shared/en-terms";

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** capitalised words that open names of things, not of places (Friendship City Award, Forbidden City) */
export const NOT_PLACE_WORDS = new Set(
  ("Friendship Friendly Exchange Sister Twin International Smart Garden Model Civilized Civilised Tourism Tourist Historic Historical Cultural Culture Creative Capital Host Partner Member Global National Outstanding Award Harmony Innovation Pilot Free Trade Eco Green Digital Science Healthy Safe Forest Forbidden Olympic Expo Inner Old New Central Economic Development Industrial High-tech Special Administrative Autonomous Open Coastal Port Belt Road The A An This That These Those Each Every Our Their Its His Her" +
    // the words that end a body's name ("Sembcorp Industries of Singapore")
    " University Institute Academy Bank Group Company Corporation Industries Holdings Enterprises Hospital Association Museum Committee" +
    // and a venue's ("the Doha Exhibition and Convention Center of Qatar")
    " Center Centre Hall Stadium Arena" +
    // and a government's ("the Bangkok Metropolitan Administration of Thailand")
    " Administration Government Council Assembly Authority Commission Ministry Embassy Consulate"
    // and a headline's plural of partners ("Signs Friendship Agreements with Three Foreign Cities")
    + " Cities Provinces Counties Regions Countries Partners" +
    // and a headline's span of time ("Mark 10 Years of China-Europe Railway Cooperation")
    " Years Decades Months Weeks Days Anniversary" +
    // and a time's ("… Bremen, Germany in March, Aarhus, Denmark in June": a month before the next item is no place)
    " January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday" +
    // and the field a ministry or a department is named for ("the Ministry of Agriculture of Jordan")
    " Agriculture Commerce Education Finance Economy Economics Industry Sciences Technology Transport Transportation Energy Environment Health Medicine Engineering Affairs Justice Defence Defense" +
    // and the field a museum, an academy or an exhibition is named for ("the International Museum of Ceramics in Faenza")
    " Ceramics Porcelain Arts Art Music Design Fashion Film Silk Glass Sculpture Painting Calligraphy"
  ).split(" "),
);
/** words that open a body's name ("Central Committee", "New Development Bank") and a place's ("Central Java", "New Brunswick") */
const NAME_OPENERS = new Set(["Central", "New", "Inner"]);
const SUFFIX_TYPE: Record<string, PlaceType> = {
  "District Municipality": "district",
  // a zone a country governs as a district of its own (Aqaba Special Economic Zone, 亚喀巴经济特区)
  "Special Economic Zone": "district",
  "Metropolitan Municipality": "city",
  // Korea's 광역시 and 특별시: Busan Metropolitan City, Seoul Special City
  "Metropolitan City": "city",
  "Special City": "city",
  "Local Municipality": "city",
  Municipality: "city",
  City: "city",
  Province: "province",
  County: "county",
  District: "district",
  // Japan's 県 (Gunma Prefecture): a first-level division, as a province is
  Prefecture: "province",
  State: "province",
  Oblast: "province",
  // Russia's 边疆区: Khabarovsk Krai, Primorsky Krai
  Krai: "province",
  Governorate: "province",
  Region: "region",
  // France's départements (Vienne Department, 维埃纳省): named so only beside their country, as offices are named "… Department"
  Department: "province",
  // Japan's 町 and 村, a Chinese 镇: Hakuba Village, Arita Town (municipalities, as a city is, and as 白马村 and 有田町 are read)
  Town: "city",
  Village: "city",
};
/** the division words that may close a place name, longest first, as a pattern alternation */
export const SUFFIXES = Object.keys(SUFFIX_TYPE).sort((a, b) => b.length - a.length).join("|");
// (a saint's or a mount's abbreviation opens a name: "St. Louis", "Mt. Vernon")
export const PROPER = "(?:(?:St|Ste|Mt|Ft)\\.\\s)?[\\p{Lu}][\\p{L}\\p{M}'’-]+";

function boundedAt(text: string, index: number, name: string): boolean {
  return !LETTER.test(text[index - 1] ?? "") && text.startsWith(name, index) && !LETTER.test(text[index + name.length] ?? "");
}

const WORD_AT = /[\p{L}\p{M}]+/uy;

/**
 * The gazetteer's English names that stand at a position as whole words, longest first. `word` is the
 * word at the position when the caller has already matched it.
 */
export function namesAt(text: string, index: number, word?: string): string[] {
  if (word === undefined) {
    WORD_AT.lastIndex = index;
    word = WORD_AT.exec(text)?.[0];
  }
  const names = word ? gazetteer().enByFirstWord.get(word) : undefined;
  return names ? names.filter((n) => boundedAt(text, index, n)) : [];
}

/**
 * The words that may open a gazetteer name: whole runs of letters whose first character opens some
 * English name. Most words (in lower case) cannot, and are passed over without a match being made.
 */
let openers: RegExp | null = null;
function nameOpeners(): RegExp {
  if (!openers) {
    const firsts = new Set<string>();
    for (const key of gazetteer().enByFirstWord.keys()) {
      const first = String.fromCodePoint(key.codePointAt(0)!);
      if (/[\p{L}\p{M}]/u.test(first)) firsts.add(first); // a key that is no word never matches one
    }
    const opening = [...firsts].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("");
    openers = new RegExp(`(?<![\\p{L}\\p{M}])[${opening}][\\p{L}\\p{M}]*`, "gu");
  }
  return openers;
}

/** the arts and dishes a place's name describes, and its currency ("U.S. dollars", as 美元 names no 美国): no mention of the place */
// (and a river named as a province is, "the Heilongjiang River", the Amur: no mention of the province)
const NAMED_FOR_PLACE = /^\s+(?:[Oo]pera|[Cc]uisine|[Hh]ot ?pot|[Ee]mbroidery|[Dd]ialect|[Dd]ollars?\b(?!\s+(?:[Cc]ity|[Bb]ay)\b)|River)\b/;

/** a street's word after a name, a quarter's before it ("Road", "East Road", "Street", "Avenue") */
const STREET_AFTER_NAME = /^\s+(?:(?:East|West|North|South|Middle|Central)\s+)?(?:Road|Street|Avenue|Boulevard|Lane)\b/;

/** "-Europe Railway Express", "-Africa cooperation" after China: the pair of 中欧班列, 中非合作 (the continent and the hyphen in group 1) */
const CHINA_PAIR = /^([-–](?:Europe|Africa|US|U\.S\.|America))\s+(?:Railway|freight|cargo|trains?|cooperation|relations|friendship)\b/i;

/** the words that give a place's nickname after them, and the article or possessive before it: "known as the", "dubbed", "called China's" */
// (the sentence may open with them: "Known as the \"Venice of Portugal\", Aveiro …")
const NICKNAME_WORDS = String.raw`\b(?:(?:[Kk]nown|[Ff]amed|[Ff]amous|[Rr]enowned|[Hh]ailed|[Rr]egarded)\s+as|[Dd]ubbed|[Nn]icknamed|[Cc]alled)\s+(?:the\s+|a\s+|China['’]s\s+)?`;
/** a nickname's opening quotation mark after those words: the quoted words name no place */
const NICKNAME_OPENS = new RegExp(`${NICKNAME_WORDS}["“]$`);

/** a country's possessive right before a position: "Singapore's ", "the Philippines' " (group 1: the country) */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])((?:the\s+)?\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)(?:['’]s|(?<=s)['’])\s+$/u;
/** whether a foreign country owns, by its possessive, the name at a position */
function ownedByForeignCountry(text: string, at: number): boolean {
  const owner = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, at - 48), at))?.[1]?.replace(/^the\s+/, "");
  return !!owner && (gazetteer().en.get(owner) ?? []).some((h) => h.entry.type === "country" && h.entry.code?.value !== "CN");
}

/** " City" right after a name: the name opens a city's */
const NAMED_CITY_AFTER = /^ City\b/;
/** every reading of a name a foreign country's first-level division: a state's name opens a county's before County ("Hawaii County") */
const foreignDivisionsOnly = (hits: readonly NameHit[]): boolean => hits.every((h) => h.entry.type === "province" && h.entry.country !== "CN");

/** Every gazetteer name in the paragraph. */
export const gazetteerName: PlaceRule = {
  id: "place-en-gazetteer",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    const text = ctx.text;
    const words = nameOpeners();
    words.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = words.exec(text))) {
      const name = namesAt(text, m.index, m[0])[0];
      if (!name) continue;
      // ("the Free State of Saxony": a division's formal title, not South Africa's Free State, when "of" and a name follow)
      if (name === "Free State" && /^\s+of\s+(?:the\s+)?[A-Z]/.test(text.slice(m.index + name.length, m.index + name.length + 12))) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // ("Mayor Victoria Woodards": a title, then a name and a surname, is a person; "led by Florence Nightingale" too)
      if (isPersonsFirstName(text, m.index, name)) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // ("the China-Europe Railway Express", "China-Africa cooperation": China and a continent joined name a service or
      // a relation, as 中欧班列 and 中非合作 name no place)
      const pair = name === "China" ? CHINA_PAIR.exec(text.slice(m.index + name.length, m.index + name.length + 40)) : null;
      if (pair) {
        words.lastIndex = m.index + name.length + pair[1]!.length;
        continue;
      }
      // (Aveiro, known as the "Venice of Portugal": a nickname in quotation marks names no place, as 素有“葡萄牙威尼斯”之称)
      if (NICKNAME_OPENS.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // ("Sichuan Opera", "Peking Opera", "Sichuan cuisine": an art or a dish named for its place, as 川剧 and 京剧 name none)
      if (NAMED_FOR_PLACE.test(text.slice(m.index + name.length, m.index + name.length + 12))) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // ("Nanjing Road", "Beijing East Road": a city's or province's name before a street's word names the street, as
      // 南京路 does; a country's stays, "China Avenue" being rarer than a country's mention)
      if (STREET_AFTER_NAME.test(text.slice(m.index + name.length, m.index + name.length + 20)) && g.en.get(name)!.every((h) => h.entry.type !== "country")) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      let hits = stateAfterCity(text, m.index, name) ?? locatedAfter(text, m.index + name.length, g.en.get(name)!);
      // ("Singapore's Jurong Town Corporation": a name of China's owned by another country is that country's place, not
      // China's 句容, as 日本津市 is Tsu; the gazetteer cannot say which, so no place is read)
      if (hits.every((h) => h.entry.country === "CN") && ownedByForeignCountry(text, m.index)) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // ("Jersey City", "Kansas City": a country's or state's name before "City" opens a city's, which the division-word rule reads)
      // (so does a foreign state's name before "County": "Hawaii County", "Washington County" are counties of their own)
      if ((hits.every((h) => h.entry.type === "country") && NAMED_CITY_AFTER.test(text.slice(m.index + name.length))) || (foreignDivisionsOnly(hits) && /^\s+County\b/.test(text.slice(m.index + name.length, m.index + name.length + 8)))) {
        words.lastIndex = m.index + name.length;
        continue;
      }
      // "Osaka Prefecture": a foreign city's name with a division word after it names the division of that name
      // (not "Samarkand State University": the word names the body)
      // ("the Brazilian state of São Paulo": after a division's word and "of", the division of that name)
      // ("the US state of Georgia": a country's name after a lower-case "state of" names a state, not the country; "the
      // State of Qatar" is the country's formal name)
      const division =
        (hits[0]!.entry.type === "city" && hits[0]!.entry.country !== "CN" && (CITY_NAMED_DIVISION.test(text.slice(m.index + name.length, m.index + name.length + 26)) || DIVISION_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))) ||
        (hits[0]!.entry.type === "country" && STATE_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)));
      // ("Victoria Mayor Lisa Helps": a name its mayor follows is a city's, whatever else the gazetteer knows by it)
      // ("the City of Malacca": after "City of", a division's name is its city's, the gazetteer's "Malacca City" where it has one)
      const namesCity = hits[0]!.entry.type === "province" && (/^\s+Mayor\b/.test(text.slice(m.index + name.length, m.index + name.length + 8)) || /\b[Cc]ity\s+of\s+$/.test(text.slice(Math.max(0, m.index - 10), m.index)));
      // (and where the gazetteer knows a city of that name too, it is that city)
      if (namesCity) hits = [...(g.en.get(`${name} City`) ?? []).filter((h) => h.entry.type === "city" && h.entry.country === hits[0]!.entry.country), ...hits.filter((h) => h.entry.type === "city"), ...hits.filter((h) => h.entry.type !== "city")];
      // (a division's reading first where the gazetteer knows one: Georgia the US state, not the country)
      if (division) hits = [...hits.filter((h) => h.entry.type === "province"), ...hits.filter((h) => h.entry.type !== "province")];
      out.push({ rule: this.id, index: m.index, text: name, lang: "en", hits, type: division ? "province" : namesCity ? "city" : hits[0]!.entry.type, foreign: false });
      words.lastIndex = m.index + name.length;
    }
    return out;
  },
};

// ("South and Southeast Asia": a compound point too)
export const POINT = "West|East|North|South|Central|Southern|Northern|Western|Eastern|Southeast|Southwest|Northeast|Northwest";
const TWO_POINTS = new RegExp(`\\b(${POINT})\\s+and\\s+(${POINT})\\s+(Africa|Europe|Asia|America)\\b`, "g");
/** "West and Central Africa": two regions named at once; both cite the whole phrase */
export const sharedRegionWord: PlaceRule = {
  id: "place-en-shared-region",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(TWO_POINTS, ctx.text)) {
      for (const point of [m[1]!, m[2]!]) {
        const hits = g.en.get(`${point} ${m[3]}`) ?? [];
        if (hits.length) out.push({ rule: this.id, index: m.index, text: m[0], lang: "en", hits, type: "region", foreign: false });
      }
    }
    return out;
  },
};

/** the plural division word two names share, and the kind of place it makes each */
const PLURAL_DIVISION: Record<string, PlaceType> = { provinces: "province", states: "province", prefectures: "province", oblasts: "province", regions: "region", counties: "county", cities: "city" };
const TWO_NAMES_ONE_DIVISION = new RegExp(`\\bthe\\s+((?:${PROPER}\\s+){0,2}${PROPER})\\s+and\\s+((?:${PROPER}\\s+){0,2}${PROPER})\\s+(${Object.keys(PLURAL_DIVISION).join("|")})\\b`, "gud");

/** "the Gauteng and Western Cape provinces of South Africa": two names no gazetteer holds, sharing a plural division word */
export const namesSharingDivision: PlaceRule = {
  id: "place-en-shared-division",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(TWO_NAMES_ONE_DIVISION, ctx.text)) {
      // the "d" flag gives each name's own position
      for (const k of [1, 2]) {
        const name = m[k]!;
        const words = name.split(/\s+/);
        if (g.en.has(name) || !readsAsPlaceName(words)) continue;
        out.push({ rule: this.id, index: m.indices![k]![0], text: name, lang: "en", hits: [], type: PLURAL_DIVISION[m[3]!]!, foreign: true });
      }
    }
    return out;
  },
};

/** an acronym in capitals names a body (UNESCO, ASEAN, APEC), not a place */
export const ACRONYM = /^\p{Lu}{2,}$/u;
// only from the start of a word: inside a long capitalised run every position would start a new try
const PROPER_THEN_DIVISION = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){1,4}?)(${SUFFIXES})\\b`, "gu");

/** what introduces a city's nickname, quoted or not: the nickname's words, or ", the" */
// (after a comma only with "the": "Nantong, Jersey City and Rouen" lists a city)
const NICKNAME_BEFORE = new RegExp(`(?:${NICKNAME_WORDS}|,\\s+the\\s+)["“]?$`);

/** the common words a city's or province's nickname is made of: the Spring City, the Ice City, the Mountain Province */
const NICKNAME_WORD = /^(?:Spring|Mountain|Rose|Garden|Ice|Lion|Golden|Star|Flower|Forest|River|Lake|Sea|Sun|Sunshine|Moon|Snow|Windy|Eternal|Forbidden|Emerald|Steel|Motor|Silicon|Jade|Porcelain|Tea|Silk|Bamboo|Lotus|Peony|Camellia|Orchid|Maple|Harbour|Harbor|Bridge|Fountain|Crane|Phoenix|Dragon|Tiger|Panda|Coal|Stone|Water|Island|Border|Capital|Spa|Wine|Coffee|Kite|Fog|Furnace|Pearl)$/;

/** an ordinal in words or figures: "Third", "21st" */
const ORDINAL_WORD = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th))$/i;

/** a body's word right after a division's word: "… State University", "… City College" */
const BODY_WORD_AFTER_DIVISION = /^\s+(?:University|College|Institute|Academy|Hospital|School|Museum|Bank)\b/;

/** Sarah Baartman District Municipality, Foo County: a proper-noun phrase and a division word. */
export const nameWithDivisionWord: PlaceRule = {
  id: "place-en-division-word",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(PROPER_THEN_DIVISION, ctx.text)) {
      const words = m[1]!.trim().split(/\s+/);
      // a "World Craft City for Crafts and Folk Art", “Garden City”: a title in quotation marks is an honour, no place
      if (/["“‘']$/.test(ctx.text.slice(Math.max(0, m.index - 1), m.index))) continue;
      // ("the Baden-Württemberg Cooperative State University": the division's word inside a body's name, before the body's word)
      if (BODY_WORD_AFTER_DIVISION.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      // ("the Third China-CEEC City Cooperation Forum": an ordinal numbers an event's edition, no place's name holds one)
      if (words.some((w) => ORDINAL_WORD.test(w))) continue;
      // "the Port Louis District": a known name that opens with such a word is that place, found by the gazetteer
      if (words.some((_, k) => NOT_PLACE_WORDS.has(words[k]!) && g.en.has(words.slice(k).join(" ")))) continue;
      // drop leading words that open other names ("The", "Friendship") or own the place ("China's Shandong Province"): the place starts after them
      // ("East China's Anhui Province": all words up to the owner's possessive; a country's is the country-division rule's)
      const owner = words.splice(0, words.findLastIndex((w) => /['’]s$/.test(w)) + 1).join(" ").replace(/['’]s$/, "");
      if (owner && countryAt(owner, 0) === owner) continue;
      // ("Jiaxing Delegation Visits South Chungcheong Province": a headline's capitalised verb or a title ends what came before)
      words.splice(0, words.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w)) + 1);
      // "the Central Region of Malawi": a compass word alone names a division where its country follows (not "the Central Committee")
      if (isCompassDivision(words.at(-1), m[2]!) && words.slice(0, -1).every((w) => NOT_PLACE_WORDS.has(w)) && countryAfterDepartment(ctx.text, m.index + m[0].length)) {
        const name = `${words.at(-1)} ${m[2]}`;
        out.push({ rule: this.id, index: m.index + m[0].length - name.length, text: name, lang: "en", hits: [], type: SUFFIX_TYPE[m[2]!] ?? null, foreign: true });
        continue;
      }
      // ("Central Java Province", "New Brunswick Province": a word that opens names of both kinds, before a name's
      // own word, is part of the place's name)
      while (words.length && NOT_PLACE_WORDS.has(words[0]!) && !opensPlaceName(words, 0)) words.shift();
      // ("the Heilongjiang-Primorsky Krai Council": a known place joined by a hyphen pairs two places, it opens no name)
      const joined = /^(.+)-([\p{Lu}].*)$/u.exec(words[0] ?? "");
      if (joined && g.en.has(joined[1]!)) words[0] = joined[2]!;
      if (!words.length || words.some((w, k) => NOT_PLACE_WORDS.has(w) && !opensPlaceName(words, k))) continue;
      // "the Greek City of Nafplio", "the Italian Town of Spello": a demonym alone before the word is no name
      if (words.length === 1 && DEMONYM.test(words[0]!)) continue;
      // ("a UNESCO City of Gastronomy", "the UK City of Culture": a body's or country's acronym opens an honour's title, no place's name)
      if (ACRONYM.test(words[0]!)) continue;
      // ("Kunming, known as the Spring City", "Harbin, the Ice City of China": a city's nickname, one word and City after
      // "known as" or a comma, names the city before it, no place of its own)
      if (m[2] === "City" && words.length === 1 && NICKNAME_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const bare = words.join(" ");
      const name = `${bare} ${m[2]}`;
      const index = m.index + m[0].length - name.length;
      // ("delegates from the Spring City", "Closer to the Mountain Province": a common word the nickname is made of, after
      // "the", whatever comes before; not "Salt Lake City", a name of more words)
      if (words.length === 1 && NICKNAME_WORD.test(bare) && /^(?:City|Province|State|Town)$/.test(m[2]!) && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, index - 4), index))) continue;
      // (a country's name before City is a city's of its own: "Jersey City"; and a foreign state's before County a county's,
      // "Hawaii County", as the gazetteer rule leaves it)
      const namesOwnPlace = (m[2] === "City" && g.en.get(bare)?.every((h) => h.entry.type === "country")) || (m[2] === "County" && foreignDivisionsOnly(g.en.get(bare) ?? []));
      if (g.en.has(name) || (g.en.has(bare) && !namesOwnPlace)) continue;
      // "the China Textile City": a country's name and more words before City name a market or a park (Mexico City is known);
      // so does a known place's ("Liuzhou Auto City", "Foshan Ceramics City"; New York City is the whole name)
      if (words.length > 1 && (countryAt(bare, 0) || (/^(?:City|Town)$/.test(m[2]!) && namesAt(bare, 0).some((n) => n.length < bare.length)))) continue;
      // "the US State of Ohio": a country before the division word, and "of" after it, say whose state the next name is
      if (/^\s+of\s/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && (g.en.has(`the ${bare}`) || countryAt(ctx.text, index))) continue;
      // ("the Foreign Affairs Department": an office, unless its country follows, "Vienne Department of France")
      if (m[2] === "Department" && !countryAfterDepartment(ctx.text, m.index + m[0].length)) continue;
      // ("the Batumi City Hall": the city's seat of government, the city named by the words before "City")
      const hall = m[2] === "City" && /^\s+Hall\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6));
      out.push({ rule: this.id, index, text: hall ? bare : name, lang: "en", hits: [], type: SUFFIX_TYPE[m[2]!] ?? null, foreign: true });
    }
    return out;
  },
};

/** a compass word and a division's word: Central Region, Western Province (a name only where its country is named beside it) */
export const isCompassDivision = (word: string | undefined, division: string): boolean => !!word && /^(?:Central|Northern|Southern|Eastern|Western)$/.test(word) && /^(?:Region|Province|District)$/.test(division);

/** ", France", " of France", " in France" right after a department's word */
const DEPARTMENT_THEN = /,?\s+(?:(?:of|in)\s+)?(?:the\s+)?/y;
function countryAfterDepartment(text: string, end: number): boolean {
  DEPARTMENT_THEN.lastIndex = end;
  const gap = DEPARTMENT_THEN.exec(text);
  return !!gap && !!countryAt(text, end + gap[0].length);
}

/** the country named at a position, if one is */
export function countryAt(text: string, index: number): string | undefined {
  return namesAt(text, index).find((n) => gazetteer().en.get(n)!.some((h) => h.entry.type === "country"));
}
const THEN_COUNTRY = new RegExp(`(?:\\s+(?:${SUFFIXES}))?,?\\s+(?:(?:in|of)\\s+)?(?:the\\s+)?`, "y");
/** the division word after a city's name that makes it the division of that name (Osaka Prefecture; not Samarkand State University) */
const CITY_NAMED_DIVISION = /^\s+(?:Prefecture|Province|State|Region|Oblast|Krai)\b(?!\s+(?:University|College|Institute|Academy|Museum|Theatre|Theater|Library|Hospital|School|Bank|Company|Corporation|Group)\b)/;
/** a proper-noun phrase and the comma before a country: "Lower Saxony, " */
const PROPER_THEN_COMMA = new RegExp(`((?:${PROPER}\\s+){0,2}${PROPER}),\\s+(?:the\\s+)?`, "uy");
/**
 * a country, or a first-level division and then its country: a known one ("in Bavaria, Germany"), or,
 * after "in", any name ("Osnabrück in Lower Saxony, Germany")
 */
function locatorAt(text: string, index: number, afterIn = false): boolean {
  // "in the US": the connector took the "the" that opens the country's name
  if (countryAt(text, index) || (/\bthe\s+$/.test(text.slice(Math.max(0, index - 5), index)) && countryAt(text, text.lastIndexOf("the", index)))) return true;
  // "Baltimore, US": the bare US, which the gazetteer leaves out (it opens US$ and all-capital headlines), locates after a comma
  if (/,\s*$/.test(text.slice(Math.max(0, index - 2), index)) && /^US(?![\w$])/.test(text.slice(index, index + 3))) return true;
  // a foreign division, or a foreign city's name with its division's word ("in Niigata Prefecture of Japan")
  const division = namesAt(text, index).find((n) =>
    gazetteer().en.get(n)!.some((h) => h.entry.country !== "CN" && (h.entry.type === "province" || (h.entry.type === "city" && CITY_NAMED_DIVISION.test(text.slice(index + n.length, index + n.length + 26))))),
  );
  if (!division) {
    if (!afterIn) return false;
    // "Campinas in the State of São Paulo": after a division's word and "of", a known foreign division (or a
    // city's name, which names the division there) is enough
    const word = DIVISION_WORD_OF_AT.exec(text.slice(index, index + 40));
    if (word && foreignPlaceAt(text, index + word[0].length)) return true;
    PROPER_THEN_COMMA.lastIndex = index;
    const named = PROPER_THEN_COMMA.exec(text);
    return !!named && !named[1]!.split(/\s+/).some((w) => TITLE_AND_HEADLINE_WORDS.has(w)) && !!countryAt(text, index + named[0].length);
  }
  THEN_COUNTRY.lastIndex = index + division.length;
  const gap = THEN_COUNTRY.exec(text);
  if (gap && countryAt(text, index + division.length + gap[0].length)) return true;
  // ("Long Beach, California", "Kuching, Sarawak": after a comma, a known foreign division alone locates, as a country does;
  // not one that a country's name or another proper noun goes on from: "Victoria Harbour")
  return /,\s*$/.test(text.slice(Math.max(0, index - 2), index)) && !/^\s+\p{Lu}/u.test(text.slice(index + division.length));
}
/** whether a known foreign place below a country (a division or a city) is named at a position */
export const foreignPlaceAt = (text: string, index: number): boolean =>
  namesAt(text, index).some((n) => gazetteer().en.get(n)!.some((h) => h.entry.country !== "CN" && h.entry.type !== "country" && h.entry.type !== "region"));
/** Chinese, Italian, Spanish, Germans, Greek, Thai: demonyms are not places (Le Mans is: "-ans" needs a longer word) */
export const DEMONYM = /(?:ese|ian|ean|ish)$|^\p{Lu}\p{L}{2,}ans$|^(?:German|American|Mexican|African|Moroccan|Greek|French|Dutch|Thai|Swiss|Czech|Welsh|Lao|Filipino|Uzbek|Kazakh|Kyrgyz|Tajik|Iraqi|Israeli|Kuwaiti|Saudi|Nepali|Pakistani|Bangladeshi|Omani|Qatari|Emirati|Yemeni)$/u;

/** "Central Java", "New Brunswick": a word that opens names of both kinds, first and before a word of a place's */
const opensPlaceName = (words: readonly string[], k: number): boolean => k === 0 && NAME_OPENERS.has(words[0]!) && words.length > 1 && !NOT_PLACE_WORDS.has(words[1]!);
/**
 * whether capitalised words may be a place's name: none opens another kind of name or a title, and the last is no
 * demonym; where the words are known to name a division (`division`: "Indonesia's Central Java Province"), a word
 * that opens names of both kinds may open it
 */
export const readsAsPlaceName = (words: readonly string[], division = false): boolean =>
  !words.some((w, k) => (NOT_PLACE_WORDS.has(w) && !(division && opensPlaceName(words, k))) || TITLE_AND_HEADLINE_WORDS.has(w)) && !DEMONYM.test(words[words.length - 1]!);

/** a division's word, which names a place only with a name beside it */
export const DIVISION_WORD_ALONE = /^(?:State|Province|Prefecture|Region|County|City|District|Municipality|Republic|Kingdom|Sultanate|Emirate|Principality|Duchy|Commonwealth|Territory)$/;
/** up to three proper nouns, then the words that may stand before a country */
// ("Hanover (Hannover), Germany": the name's own spelling in brackets may stand before its comma)
const PROPER_THEN_COUNTRY = new RegExp(`(?<![\\p{L}])((?:${PROPER}\\s+){0,2}${PROPER})(?:\\s+\\((?:${PROPER}\\s+){0,2}${PROPER}\\)(?=,))?(,\\s+(the\\s+capital\\s+(?:city\\s+)?of\\s+)?|\\s+in\\s+(?:the\\s+)?|(\\s+of\\s+(?:the\\s+)?))`, "gu");
/**
 * Capitalised words that open the names of offices, bodies and titles, or head a headline's clause:
 * "the Embassy of Germany", "Consulate General of Japan", "Sign Agreement With Mokpo of the ROK",
 * "Delegation Visits Le Mans, France" ("a member city of the League": a body, not a city's name). Before a country,
 * or after "the Mayor of", a name starts after the
 * last of them. (And the words that open a sentence's first clause: "Since Chengdu and Perth established …".)
 */
export const TITLE_AND_HEADLINE_WORDS = new Set(
  "Embassy Embassies Consulate Consul General Ambassador Minister Ministry President Vice Prime Premier Chancellor Mayor Governor King Queen Prince Princess Emperor Kingdom Republic Federation Federal Government Parliament Senate Assembly Chamber Commerce University College Institute Academy School Bank Association League Alliance Network Forum Conference Organization Organisation Coalition Consortium Council Committee Commission Office Department Agency Union Party People People's Peoples Foreign Affairs Secretary Chairman Chairwoman Chair Speaker Deputy Director Head Leader Delegation Museum Court Army Foundation Company Corporation Group Airlines School Gymnasium Agreement Memorandum Relations Relationship Ties Tie Cooperation Partnership Anniversary Mark Marks Sign Signs Signed Visit Visits Visited Meet Meets Met Hold Holds Held Join Joins Joined Welcome Welcomes Celebrate Celebrates Become Becomes Became Renew Renews Renewed Establish Establishes Established Ink Inks Inked Forge Forges Launch Launches Agree Agrees Upgrade Upgrades Establishing Signing Renewing Marking Celebrating Cathedral Temple Stadium Hotel With And For To In On At By From Of Between Among Since After Before When While Although Though Once Until Because Following Meanwhile Recently".split(" "),
);
/** the titles a person's name follows ("President Tokayev of Kazakhstan", "Mr. Weber of Germany") */
export const PERSON_TITLE = new Set("President Chancellor Minister Mayor Governor Ambassador Consul King Queen Prince Princess Premier Secretary Chairman Chairwoman Speaker Director".split(" "));
const TITLE_ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$/;
/** a place's name and the comma after it, right before a position ("Tacoma, ") */
const PLACE_THEN_COMMA = /[\p{Lu}][\p{L}\p{M}'’-]+,\s+$/u;
/** a lower-case "state of" after a country, right before a name: "the US state of ", "the American state of " */
const STATE_OF_BEFORE = /\b(?:US|U\.S\.|American|[A-Z][a-z]+(?:an|ian))\s+state\s+of\s+$/;
/** a division's word and "of" right before a name: "the Brazilian state of ", "the Province of " */
const DIVISION_OF_BEFORE = /\b(?:[Ss]tate|[Pp]rovince|[Pp]refecture)\s+of\s+(?:the\s+)?$/;
/**
 * "Tacoma, Washington", "Buffalo, New York", "the US state of Washington": after a place and a comma, or after
 * "state of", a name that is also a state's (Washington State) is the state, not the capital city or the city
 * of that name
 */
function stateAfterCity(text: string, index: number, name: string): NameHit[] | undefined {
  const before = text.slice(Math.max(0, index - 30), index);
  const state = gazetteer().en.get(`${name} State`);
  if (!state?.some((h) => h.entry.type === "province")) return usStateAfterCity(text, before, name);
  return PLACE_THEN_COMMA.test(before) || DIVISION_OF_BEFORE.test(before) ? state : undefined;
}
/** the United States named in a paragraph */
const US_NAMED = /\b(?:United States|U\.S\.|USA|US|American)\b/;
/**
 * "Atlanta, Georgia", "Savannah, Georgia, the United States": a name both a country's and a US state's, after a city
 * and a comma, is the state where that city is a US one or where the paragraph names the United States (not
 * "Tbilisi, Georgia", a city of the country)
 */
function usStateAfterCity(text: string, before: string, name: string): NameHit[] | undefined {
  const hits = gazetteer().en.get(name);
  const states = hits?.filter((h) => h.entry.type === "province" && h.entry.country === "US") ?? [];
  const city = PLACE_THEN_COMMA.exec(before);
  if (!states.length || !hits!.some((h) => h.entry.type === "country") || !city) return undefined;
  const cityHits = gazetteer().en.get(city[0].replace(/,\s+$/, "")) ?? [];
  const usCity = cityHits.some((h) => h.entry.country === "US");
  const otherCity = cityHits.some((h) => h.entry.country !== "US");
  return usCity || (!otherCity && US_NAMED.test(text)) ? [...states, ...hits!.filter((h) => !states.includes(h))] : undefined;
}

/** ", British Columbia", ", Canada": a comma, then up to three capitalised words that may name what locates a place */
const LOCATOR_AFTER = /^,\s+((?:[\p{Lu}][\p{L}\p{M}'’-]*)(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,2})/u;
/**
 * "Victoria, British Columbia", "Victoria, Canada": a name of several places, followed by a country or a division
 * of one, is the one in that country (the city, not Australia's state of that name): the hits, those in that
 * country first
 */
function locatedAfter(text: string, end: number, hits: NameHit[]): NameHit[] {
  if (hits.length < 2) return hits;
  const after = LOCATOR_AFTER.exec(text.slice(end, end + 60));
  if (!after) return hits;
  const words = after[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const locators = gazetteer().en.get(words.slice(0, n).join(" "))?.filter((h) => h.entry.type === "country" || h.entry.type === "province");
    const countries = new Set(locators?.map((h) => (h.entry.type === "country" ? h.entry.code?.value : h.entry.country)));
    if (!countries.size) continue;
    const inside = hits.filter((h) => countries.has(h.entry.country ?? undefined) && h.entry.type !== "country");
    return inside.length ? [...inside, ...hits.filter((h) => !inside.includes(h))] : hits;
  }
  return hits;
}

/** a person's title right before a position ("Mayor ", "Dr. ") */
const TITLE_BEFORE = /\b([A-Z][a-z]+|Mr|Ms|Mrs|Dr|Prof)\.?\s+$/;
/** a capitalised word right after a name, and not a division's word: a surname */
const SURNAME_AFTER = /^\s+([A-Z][a-z][\p{L}'’-]*)/u;
/** whether a person's title stands right before a position ("Mayor ", "Dr. ") */
export function afterPersonTitle(text: string, index: number): boolean {
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, index - 14), index));
  return !!title && (PERSON_TITLE.has(title[1]!) || /^(?:Mr|Ms|Mrs|Dr|Prof)$/.test(title[1]!));
}
/** whether a place's name at a position is a person's first name: "Mayor Victoria Woodards", "Dr. Florence Ng" */
// (or with no title, a one-word name and a surname after it that compromise reads as a person's: "led by Florence
// Nightingale", "Sydney Smith, head of …"; not "Sydney Opera House" or "Regina Mayor …", nor two places)
function isPersonsFirstName(text: string, index: number, name: string): boolean {
  const surname = SURNAME_AFTER.exec(text.slice(index + name.length, index + name.length + 30));
  if (!surname || surname[1]! in SUFFIX_TYPE || TITLE_AND_HEADLINE_WORDS.has(surname[1]!)) return false;
  if (afterPersonTitle(text, index)) return true;
  if (/\s/.test(name) || PERSON_TITLE.has(surname[1]!) || gazetteer().en.has(surname[1]!)) return false;
  const sentence = sentenceAt(text, index);
  const terms = termsOf(sentence.text);
  const first = firstTermFrom(terms, index - sentence.start);
  return terms[first]?.start === index - sentence.start && !!terms[first]?.tags.has("Person") && !!terms[first + 1]?.tags.has("Person");
}

/**
 * Whether a name before "of <country>" is a person's: after Mr. or Dr., or a first name and a surname as
 * compromise reads them ("Anna Berg of Sweden"). A single word is kept: cities named like people
 * (Victoria, Santiago) are more often meant than a bare surname.
 */
export function isPersonName(text: string, at: number, words: string[]): boolean {
  if (TITLE_ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) return true;
  if (words.length < 2) return false;
  const sentence = sentenceAt(text, at);
  const terms = termsOf(sentence.text);
  const first = terms[firstTermFrom(terms, at - sentence.start)];
  return first?.start === at - sentence.start && first.tags.has("FirstName");
}

/** a division word closing a name (Kitui County, Busan Metropolitan City) */
export const TRAILING_DIVISION = new RegExp(`\\s+(?:${SUFFIXES})$`);
/** whether the gazetteer knows a name, as written or without its division word ("Mombasa County" as Mombasa) */
export const isGazetteerName = (name: string): boolean => gazetteer().en.has(name) || gazetteer().en.has(name.replace(TRAILING_DIVISION, ""));

/**
 * "Bridgetown, the capital of Barbados", "Porto, Portugal", "Nagaokakyo in Japan", "Osnabrück of Germany":
 * a proper noun before a known country.
 */
export const nameBeforeCountry: PlaceRule = {
  id: "place-en-before-country",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    // the name before a division that a country follows is the city it holds, unless it opens a sentence (where the
    // division is unknown too) or is a known name (found by its own rule) or a title's word is in it
    const pushCityBefore = (divisionAt: number, divisionKnown: boolean): void => {
      const city = CITY_BEFORE_DIVISION.exec(ctx.text.slice(Math.max(0, divisionAt - 60), divisionAt));
      if (!city) return;
      const cityWords = city[1]!.split(/\s+/);
      const cityAt = divisionAt - city[0].length;
      // (one read already, as the name before its division and country: "Saint Paul, Minnesota, USA")
      if (out.some((c) => c.index === cityAt)) return;
      if ((divisionKnown || !opensSentence(ctx.text, cityAt)) && !g.en.has(city[1]!) && !cityWords.some((w) => NOT_PLACE_WORDS.has(w) || TITLE_AND_HEADLINE_WORDS.has(w) || PERSON_TITLE.has(w))) {
        out.push({ rule: this.id, index: cityAt, text: city[1]!, lang: "en", hits: [], type: "city", foreign: true });
      }
    };
    for (const m of allMatches(PROPER_THEN_COUNTRY, ctx.text)) {
      if (!locatorAt(ctx.text, m.index + m[0].length, /^\s+in\s/.test(m[2]!))) continue;
      let words = m[1]!.split(/\s+/);
      // "of Germany" follows titles and bodies as often as places, and a headline's verb is capitalised
      // ("Delegation Visits Le Mans, France"): only the words after them may name one
      const firstPlaceWord = words.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w)) + 1;
      // "President Tokayev of Kazakhstan": after a title comes a person
      if (m[4] && PERSON_TITLE.has(words[firstPlaceWord - 1] ?? "")) continue;
      words = words.slice(firstPlaceWord);
      // "the State of Queensland, Australia": a division's word alone names no place; the division is the next name
      if (!words.length || (words.length === 1 && DIVISION_WORD_ALONE.test(words[0]!))) continue;
      let name = words.join(" ");
      let nameAt = m.index + m[1]!.length - name.length;
      if (m[4] && isPersonName(ctx.text, nameAt, words)) continue;
      // "Freiburg im Breisgau, Germany", "Frankfurt am Main": the river or region after "im" or "am" ends a longer
      // name; a known head is that place (found by the gazetteer), an unknown one opens the whole name
      const head = NAME_BEFORE_CONNECTOR.exec(ctx.text.slice(Math.max(0, nameAt - 40), nameAt));
      if (head && !(head[2] && (g.en.has(name) || BODY_BEFORE_PARTICLE.test(head[1]!)))) {
        if (g.en.has(head[1]!)) continue;
        [name, nameAt] = [head[0] + name, nameAt - head[0].length];
      }
      // "Mombasa County in Kenya": a known name with a division word is the known place
      const known = isGazetteerName(name);
      // ("Harbin, the Ice City of China": a nickname, as the division-word rule reads it)
      if (/^\S+ City$/.test(name) && NICKNAME_BEFORE.test(ctx.text.slice(Math.max(0, nameAt - 30), nameAt))) continue;
      // (the words after the last title's word hold no title's word)
      // ("Jeonju, Jeollabuk-do, ROK": a known foreign division between a name and its country holds that name, a city)
      if (known && m[2]!.startsWith(",") && !m[3] && (g.en.get(name) ?? []).some((h) => h.entry.type === "province" && h.entry.country !== "CN")) pushCityBefore(nameAt, true);
      if (known || !readsAsPlaceName(words)) continue;
      // at the start of a sentence a capitalised word may be any word: only "the capital of" makes it a place
      // ("1. Urasoe, Japan": a list item's number ends no sentence, at the paragraph's start or a line's)
      // ("added two sister cities: Rouen in France and …": a colon after places' plural opens a list of them)
      // ("…, Japan (1983); Wilhelmshaven, Germany (1986)": a semicolon after an item's bracket goes on with the list)
      const sentenceStart = opensSentence(ctx.text, nameAt) && !/(?:^|\n)\s*\d{1,2}\.\s*$/.test(ctx.text.slice(Math.max(0, nameAt - 8), nameAt)) && !PLACES_LISTED.test(ctx.text.slice(Math.max(0, nameAt - 20), nameAt)) && !ITEM_THEN_SEMICOLON.test(ctx.text.slice(Math.max(0, nameAt - 12), nameAt));
      // ("Eskilstuna, Sweden (September 2004)": a paragraph that is only a name, its country and a bracket is a list's item)
      const country = nameAt === 0 && m[2]!.startsWith(",") ? countryAt(ctx.text, m.index + m[0].length) : undefined;
      const listItem = !!country && ITEM_REST.test(ctx.text.slice(m.index + m[0].length + country.length));
      if (sentenceStart && !m[3] && !listItem) continue;
      // "Belo Horizonte, Minas Gerais, Brazil": a name between a place and its country is the place's division
      // ("the Town of Loudun in the Department of Vienne, France": the division's word says so)
      const before = ctx.text.slice(Math.max(0, nameAt - 40), nameAt);
      // (not after a month's name: "Bremen, Germany in March, Aarhus, Denmark" lists its items with their months)
      const placeBefore = /(\p{Lu}[\p{L}'’.-]*)(?:,|\s+in)\s*$/u.exec(before);
      const division = m[2]!.startsWith(",") && !m[3] && ((!!placeBefore && !NOT_PLACE_WORDS.has(placeBefore[1]!)) || DIVISION_OF.test(before));
      out.push({ rule: this.id, index: nameAt, text: name, lang: "en", hits: [], type: m[3] ? "city" : division ? "province" : null, foreign: true });
      // and the name before that division is the city it holds ("with Cheonan, Chungcheongnam-do, ROK")
      if (division) pushCityBefore(nameAt, false);
    }
    return out;
  },
};

/** what may close a list's item after its country: a bracket (its date), a mark */
const ITEM_REST = /^\s*(?:[(（][^()（）]*[)）])?\s*[.;。]?\s*$/;

/** a list's item closed by its bracket, then a semicolon (and "and"): the next item follows */
const ITEM_THEN_SEMICOLON = /[)）]\s*;\s*(?:and\s+)?$/;

/** the plural of a kind of place and a colon: a list of places follows */
const PLACES_LISTED = /\b(?:cities|towns|provinces|states|counties|prefectures|regions|municipalities):\s+$/;

/** a name and the word that joins it to a river or region in a German, French or English place's name ("Freiburg im ") */
// (or the particle of a Portuguese, Spanish or Italian one, "Foz do ", "Jerez de la ": group 2, whose known name after it
// is the place, "Universidade de Coimbra, Portugal")
// (a saint's word before the head is the name's too: "São José dos Campos", "San Vicente del Raspeig")
const NAME_BEFORE_CONNECTOR = /((?:(?:São|Santo|Santa|San|Saint|Sainte|St\.|Sankt)\s+)?[\p{Lu}][\p{L}\p{M}'’-]+)\s+(?:im|am|an\s+der|sur|upon|(d[aeiou]|dos|das|del|della|de\s+la|de\s+los))\s+$/u;
/** the head of a body's or an office's name in those languages, not a place's: "Universidade de ", "Comune di ", "Prefeitura de " */
const BODY_BEFORE_PARTICLE = /^(?:Univers|Institu|Istitut|Escol|Escuel|Scuol|[ÉE]cole|Muse|Banc|Banqu|C[aâá]mar|Camer|Chambr|Teatr|Th[ée][âa]tr|Hospital|Ospedal|H[ôo]pital|Col[eé]g|Coll[eè]g|Fund|Fond|Associa|Asocia|Minist|Govern|Gobiern|Gouvern|Comun|Municip|Prefeitur|Mairi|Ayuntamient|Junt|Consel|Consej|Consigl|Provinc|Regi|Diputaci|Generalit|Academ|Accadem|Centr|Feir|Feri|Fier|Pal[aá]ci|Palazz|Pal[aá]is|Igrej|Iglesi|Chies|[ÉE]glis|Catedral|Cattedral|Cath[ée]dral|Plaza|Pra[çc]a|Piazz|Place|Rua|Calle|Via|Rue|Avenida)/;

/** Whether a position opens a sentence: the text's start, or after a sentence's closing mark and spaces. */
export function opensSentence(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return at === 0 || (j > 0 && /[.!?:;]/.test(text[j - 1]!));
}

/** a division's word and "of" before its name: "the Department of", "the Province of" (the rules that read it add their ends) */
export const DIVISION_WORD_OF = "(?:[Dd]epartment|[Pp]rovince|[Ss]tate|[Pp]refecture|[Rr]egion|[Oo]blast|[Cc]ounty)\\s+of\\s+(?:the\\s+)?";
const DIVISION_OF = new RegExp(`\\b${DIVISION_WORD_OF}$`);
const DIVISION_WORD_OF_AT = new RegExp(`^${DIVISION_WORD_OF}`);

/** the name right before a division that stands before its country: "Cheonan, " in "Cheonan, Chungcheongnam-do, ROK" */
// (or "Grenoble in the Department of " in "Grenoble in the Department of Isère, France")
const CITY_BEFORE_DIVISION = new RegExp(`(?<![\\p{L}])((?:${PROPER}\\s+){0,2}${PROPER})(?:,\\s*|\\s+in\\s+(?:the\\s+)?${DIVISION_WORD_OF})$`, "u");

/** a demonym or a country's short name, a division's kind and "of" before its name: "German state of ", "US state of the " */
export const COUNTRYS_DIVISION_OF = "(?:[A-Z][\\w.]*\\s+)?(?:state|province|region|prefecture)\\s+of\\s+(?:the\\s+)?";