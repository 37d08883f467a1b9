/**
 * Examples for the English count rules (en.ts): rule, exact quote, value, unit and qualifier; negatives
 * must give no count. Invented sentences in the style of local-government releases, none from the seeds.
 */
import type { CountCorpus } from "../types";

export const EN_COUNT_CORPUS: CountCorpus = {
  examples: [
    { rule: "count-en-number-noun", text: "Last year, the number of sister cities rose to 38.", quote: "38", value: 38, unit: "sister cities" }, // the subject's words of kind before its plural
    { rule: "count-en-number-noun", text: "The city has 30 partner cities. Of these, 12 are in Asia and 9 in Africa.", quote: "12 are in Asia", value: 12, unit: null }, // a part said by where it is, the noun unsaid (其中亚洲12个)
    { rule: "count-en-number-noun", text: "The city has 30 partner cities. Of these, 12 are in Asia and 9 in Africa.", quote: "9 in Africa", value: 9, unit: null }, // and the next item of the breakdown, its noun the first's (none)
    { rule: "count-en-number-noun", text: "All 11 of its districts have partner towns abroad.", quote: "11 of its districts", value: 11, unit: "districts" }, // a part of the release's own set, "of its", counted in that set's noun
    { rule: "count-en-number-noun", text: "The city has 64 partner cities, of which 27 are sister cities and 37 are friendly exchange cities.", quote: "37 are friendly exchange cities", value: 37, unit: "friendly exchange cities" }, // ", of which N are …", and the parts after it
    { rule: "count-en-number-noun", text: "The fair signed 40 deals. Among them, 12 are cross-border e-commerce projects.", quote: "12 are cross-border e-commerce projects", value: 12, unit: "cross-border e-commerce projects" }, // a part of a count before it, its noun after the verb (其中跨境电商项目12个); hyphens kept as written
    { rule: "count-en-number-noun", text: "Guests came from 11 Southern and Eastern African countries and representatives of 7 Chinese provinces.", quote: "11 Southern and Eastern African countries", value: 11, unit: "Southern and Eastern African countries" }, // a second plural after "and" whose own number follows ("representatives of 7") is a set of its own
    { rule: "count-en-number-noun", text: "They include 18 at the provincial level, 47 at the level of cities with districts and 31 at the county level.", quote: "47 at the level of cities with districts", value: 47, unit: "at the level of cities with districts" }, // the level named after "level of"
    { rule: "count-en-number-noun", text: "By continent, 28 pairs are in Asia, 31 in Europe and 9 in Africa.", quote: "31 in Europe", value: 31, unit: "pairs" }, // an item of a breakdown by place, its noun left out: the first item's
    // count-en-respectively: figures closed by "respectively", each the total of what the sentence counted before, in order
    { rule: "count-en-respectively", text: "The city added 3 sister cities and 5 friendly exchange cities, bringing the totals to 42 and 67 respectively.", quote: "67", value: 67, unit: "friendly exchange cities" },
    // count-en-number-noun: a number and what it counts
    { rule: "count-en-number-noun", text: "Each year 10-15 cities join the network.", quote: "10-15 cities", value: 10, unit: "cities", qualifier: "at least" }, // a range's start counts, "at least" (a figure before a hyphen is no phone number)
    { rule: "count-en-number-noun", text: "The festival attracted 5,000-plus visitors from abroad.", quote: "5,000-plus visitors", value: 5000, unit: "visitors", qualifier: "more than" }, // "-plus", after the figure
    { rule: "count-en-number-noun", text: "Exhibitors came from 40-plus countries.", quote: "40-plus countries", value: 40, unit: "countries", qualifier: "more than" }, // a small figure too, "plus" blanked for the tagger
    { rule: "count-en-number-noun", text: "The city now has 50-odd sister cities around the world.", quote: "50-odd sister cities", value: 50, unit: "sister cities", qualifier: "more than" }, // "-odd", as "-plus" (50多个)
    { rule: "count-en-number-noun", text: "Over a thousand students joined the exchanges.", quote: "Over a thousand students", value: 1000, unit: "students", qualifier: "more than" }, // the article is the number's, the qualifier before it
    { rule: "count-en-number-noun", text: "Over the years the two sides have exchanged more than 150 visiting delegations.", quote: "more than 150 visiting delegations", value: 150, unit: "visiting delegations", qualifier: "more than" }, // a participle before the plural it describes
    { rule: "count-en-number-noun", text: "The city has established ties with 45 cities abroad.", quote: "45 cities", value: 45, unit: "cities" },
    { rule: "count-en-number-noun", text: "The province added 5 pairs of sister cities (provinces and states) last year.", quote: "5 pairs of sister cities", value: 5, unit: "pairs of sister cities" }, // a bracket after the unit is an aside
    { rule: "count-en-number-noun", text: "Delegates from twelve countries attended the forum.", quote: "twelve countries", value: 12, unit: "countries" },
    { rule: "count-en-number-noun", text: "The fair attracted nearly 3,000 visitors.", quote: "nearly 3,000 visitors", value: 3000, unit: "visitors", qualifier: "nearly" },
    { rule: "count-en-number-noun", text: "The two cities have carried out more than 60 exchange and cooperation projects in education.", quote: "more than 60 exchange and cooperation projects", value: 60, unit: "exchange and cooperation projects", qualifier: "more than" }, // the tagger makes "projects" a verb before "in"
    { rule: "count-en-number-noun", text: "The two sides signed 19 cooperation agreements.", quote: "19 cooperation agreements", value: 19, unit: "cooperation agreements" },
    { rule: "count-en-number-noun", text: "Both sides agreed to open two more cargo lanes by the end of next year.", quote: "two more cargo lanes", value: 2, unit: "cargo lanes" }, // "more" says they are added, not what they are (the tagger makes "cargo" a verb after it)
    { rule: "count-en-number-noun", text: "The airline will launch three more flights to Seoul.", quote: "three more flights", value: 3, unit: "flights" },
    { rule: "count-en-number-noun", text: "The province now has more than 40 sister cities.", quote: "more than 40 sister cities", value: 40, unit: "sister cities", qualifier: "more than" },
    { rule: "count-en-number-noun", text: "It concluded 15 new pairs of friendship cities last year.", quote: "15 new pairs of friendship cities", value: 15, unit: "new pairs of friendship cities" },
    { rule: "count-en-number-noun", text: "The port handles nearly half a million containers a year.", quote: "nearly half a million containers", value: 500000, unit: "containers", qualifier: "nearly" }, // half of the scale after the article
    { rule: "count-en-number-noun", text: "The county has one and a half million residents.", quote: "one and a half million residents", value: 1500000, unit: "residents" },
    { rule: "count-en-number-noun", text: "The region is home to about 200 million people.", quote: "about 200 million people", value: 200000000, unit: "people", qualifier: "about" },
    { rule: "count-en-number-noun", text: "The city has a population of nearly 85,000.", quote: "nearly 85,000", value: 85000, unit: "people", qualifier: "nearly" }, // a population counts people, as 人口约8.5万
    { rule: "count-en-number-noun", text: "The festival drew crowds, with the number of visitors on some days exceeding 300,000.", quote: "exceeding 300,000", value: 300000, unit: "visitors", qualifier: "more than" }, // the subject, not the time phrase after it
    { rule: "count-en-number-noun", text: "The province aims to increase the number of its sister cities to more than 150 by 2027.", quote: "more than 150", value: 150, unit: "sister cities", qualifier: "more than" }, // a goal's figure, as 力争友城总数突破150对
    { rule: "count-en-number-noun", text: "The province has 130 pairs of sister cities. Nineteen of them were established in the past five years.", quote: "Nineteen", value: 19, unit: null }, // part of a count before it, which one unsaid (其中近五年新建立的友城有19对)
    { rule: "count-en-number-noun", text: "The city has 38 pairs of sister cities. Of these, four were added in 2024.", quote: "four", value: 4, unit: null }, // what became of the part after its verb, the noun unsaid (其中，2024年新增4对)
    { rule: "count-en-number-noun", text: "The mayor of Izmir led a delegation of 12 to the city.", quote: "12", value: 12, unit: "member delegation" }, // a delegation's size said after it, as 12人代表团
    { rule: "count-en-number-noun", text: "The concert drew an audience of about 1,200.", quote: "about 1,200", value: 1200, unit: "audience", qualifier: "about" }, // the gathering names what is counted, as 1200名观众
    { rule: "count-en-number-noun", text: "At least two universities will join the programme.", quote: "At least two universities", value: 2, unit: "universities", qualifier: "at least" },
    { rule: "count-en-number-noun", text: "The city issued the \"Twenty-four Policies\" to support trade.", quote: "Twenty-four Policies", value: 24, unit: "Policies" },
    { rule: "count-en-number-noun", text: "Of these, 9 are at the provincial level and 84 at the city and county levels.", quote: "84 at the city and county levels", value: 84, unit: "at the city and county levels" }, // two levels together
    { rule: "count-en-number-noun", text: "Of these, 9 are at the provincial level.", quote: "9 are at the provincial level", value: 9, unit: "at the provincial level" },
    { rule: "count-en-number-noun", text: "The number of direct flights between the two cities rose to 20 per week.", quote: "20", value: 20, unit: "flights" }, // the plural a phrase after it describes is the subject, not the phrase's own noun
    { rule: "count-en-number-noun", text: "A 15-strong delegation from Bremen arrived on Monday.", quote: "15-strong delegation", value: 15, unit: "member delegation" }, // its members, as "a 15-member delegation" counts them
    { rule: "count-en-number-noun", text: "The city has 48 sister cities, 15 of them at the county level.", quote: "15 of them at the county level", value: 15, unit: "at the county level" },
    { rule: "count-en-number-noun", text: "The fair has 15 pavilions covering 16 hectares.", quote: "15 pavilions", value: 15, unit: "pavilions" }, // "covering" is the clause's verb
    { rule: "count-en-number-noun", text: "A ro-ro route links the two ports, with three round trips a week.", quote: "three round trips", value: 3, unit: "round trips" }, // a plural before a rate is a noun, whatever the tagger says
    { rule: "count-en-number-noun", text: "The mayor led a 15-member delegation to Hefei.", quote: "15-member delegation", value: 15, unit: "member delegation" }, // a delegation's size, as 15人代表团 is counted
    { rule: "count-en-number-noun", text: "Each group will have no more than 30 students.", quote: "no more than 30 students", value: 30, unit: "students", qualifier: "at most" }, // not "more than": the longest phrase wins
    { rule: "count-en-number-noun", text: "Not less than 200 visitors are expected.", quote: "Not less than 200 visitors", value: 200, unit: "visitors", qualifier: "at least" },
    { rule: "count-en-number-noun", text: "Actual investment exceeding 5 billion US dollars was recorded.", quote: "exceeding 5 billion US dollars", value: 5000000000, unit: "US dollars", qualifier: "more than" }, // as 突破 is read
    { rule: "count-en-number-noun", text: "Tourists from Thailand and Malaysia reached 96,000 and 54,000 respectively.", quote: "54,000", value: 54000, unit: "tourists" }, // the second figure of a list counts the same subject
    { rule: "count-en-number-noun", text: "Last year, visitors from Fukuoka to Hong Kong reached about 620,000.", quote: "about 620,000", value: 620000, unit: "visitors", qualifier: "about" }, // the subject names what is counted
    { rule: "count-en-number-noun", text: "The fair closed on Sunday, with total attendance reaching 95,000.", quote: "95,000", value: 95000, unit: "attendance" }, // a count of people named in the singular, and the verb's -ing form
    { rule: "count-en-number-noun", text: "During the forum, Yichang signed an agreement with Varna, bringing Yichang's international sister cities to 17.", quote: "17", value: 17, unit: "international sister cities" }, // what the event brought to the figure (as 增至17个)
    { rule: "count-en-number-noun", text: "Last year the city held 45 economic, cultural and educational exchange activities with its sister cities.", quote: "45 economic, cultural and educational exchange activities", value: 45, unit: "economic, cultural and educational exchange activities" }, // describing words listed with commas before the noun
    { rule: "count-en-number-noun", text: "The city received 38 foreign delegations, 16 from Asia and 12 from Europe.", quote: "16 from Asia", value: 16, unit: "foreign delegations" }, // a breakdown by where they came from
    { rule: "count-en-number-noun", text: "The county has 17 pairs of sister cities: 9 in Asia and 8 in Europe.", quote: "9 in Asia", value: 9, unit: "pairs of sister cities" }, // the breakdown's first item after a colon
    { rule: "count-en-number-noun", text: "This year the province added four pairs of sister cities, bringing the total to 81.", quote: "81", value: 81, unit: "pairs of sister cities" }, // the total of what the sentence counted before (as 总数达到81对)
    { rule: "count-en-number-noun", text: "The city signed two agreements this year, bringing its total number of international sister cities to 23.", quote: "23", value: 23, unit: "international sister cities" }, // the possessive before "total number of"
    { rule: "count-en-number-noun", text: "Since 2019 the province has added 24 pairs, an average of one pair every 3 months.", quote: "3 months", value: 3, unit: "months" }, // a rate a statistic states is a figure; a schedule ("every two years") is not
    { rule: "count-en-number-noun", text: "This raised the number of Weifang's sister cities and friendly exchange cities to 52.", quote: "52", value: 52, unit: "sister cities and friendly exchange cities" }, // two kinds brought to one figure together
    { rule: "count-en-number-noun", text: "The new tie raised the total number of its friendship cities to nearly 60.", quote: "nearly 60", value: 60, unit: "friendship cities", qualifier: "nearly" },
    { rule: "count-en-number-noun", text: "By the end of the year, the number of its friendship cities had reached 45.", quote: "45", value: 45, unit: "friendship cities" },
    { rule: "count-en-number-noun", text: "The number of its sister cities has increased to 31.", quote: "31", value: 31, unit: "sister cities" }, // the plural right before the verb names what is counted, with its words of kind
    { rule: "count-en-number-noun", text: "So far 12 Fortune Global 500 companies have settled in the city.", quote: "12 Fortune Global 500 companies", value: 12, unit: "Fortune Global 500 companies" }, // the ranking's figure is part of its name
    { rule: "count-en-number-noun", text: "Fewer than 300 enterprises applied.", quote: "Fewer than 300 enterprises", value: 300, unit: "enterprises", qualifier: "less than" },
    { rule: "count-en-number-noun", text: "The federation now has more than 250 city and institutional members.", quote: "more than 250 city and institutional members", value: 250, unit: "city and institutional members", qualifier: "more than" }, // a describing noun joined to an adjective
    { rule: "count-en-number-noun", text: "The sides will add five new cultural tourism routes over the next three years.", quote: "five new cultural tourism routes", value: 5, unit: "new cultural tourism routes" },
    { rule: "count-en-number-noun", text: "The city received 5.6 million overseas and domestic tourists last year.", quote: "5.6 million overseas and domestic tourists", value: 5600000, unit: "overseas and domestic tourists" },
    { rule: "count-en-number-noun", text: "At the opening ceremony, nine pairs of Chinese and foreign cities signed sister-city agreements.", quote: "nine pairs of Chinese and foreign cities", value: 9, unit: "pairs of Chinese and foreign cities" }, // describing words joined after the unit's "of"
    { rule: "count-en-number-noun", text: "Guangxi signed nine economic and trade agreements with Laos.", quote: "nine economic and trade agreements", value: 9, unit: "economic and trade agreements" }, // an adjective and a noun, both describing the noun after them
    { rule: "count-en-number-noun", text: "The province held four trade and investment fairs in Europe.", quote: "four trade and investment fairs", value: 4, unit: "trade and investment fairs" }, // two nouns describing a third
    { rule: "count-en-number-noun", text: "Companies signed seven cooperation projects worth about 240 million euros.", quote: "seven cooperation projects", value: 7, unit: "cooperation projects" },
    { rule: "count-en-number-noun", text: "A total of 35 projects worth 12.6 billion yuan were signed.", quote: "35 projects", value: 35, unit: "projects" }, // "worth" ends the unit
    { rule: "count-en-number-noun", text: "The airport now has 28 direct air routes serving Europe and Asia.", quote: "28 direct air routes", value: 28, unit: "direct air routes" }, // after a plural, a word in -ing opens what the things do
    { rule: "count-en-number-noun", text: "Envoys of the three Baltic countries of Estonia, Latvia and Lithuania attended.", quote: "three Baltic countries", value: 3, unit: "Baltic countries" }, // "of" before a place names the members
    { rule: "count-en-number-noun", text: "Harbin Signs Cooperation Agreements with Three Russian Regions", quote: "Three Russian Regions", value: 3, unit: "Russian Regions" }, // a headline's capitals: only its small words are lowercase, no name opens with the number
    { rule: "count-en-number-noun", text: "Deals Worth Over 80 Billion Yuan Signed at Trade Fair", quote: "Over 80 Billion Yuan", value: 80000000000, unit: "Yuan", qualifier: "more than" }, // a headline's capitals: the currency is the whole unit
    // count-en-money: a currency sign or code before the figure
    { rule: "count-en-number-noun", text: "Bilateral trade hit 4.3 billion U.S. dollars, up 9 percent.", quote: "4.3 billion U.S. dollars", value: 4300000000, unit: "U.S. dollars" }, // an initialism's full stops end no clause
    { rule: "count-en-money", text: "Trade between the two reached US$1.86 billion, up 23% year on year.", quote: "US$1.86 billion", value: 1860000000, unit: "US dollars" },
    { rule: "count-en-money", text: "Total investment was more than RMB 3.5 billion.", quote: "more than RMB 3.5 billion", value: 3500000000, unit: "yuan", qualifier: "more than" },
    { rule: "count-en-money", text: "The fund will provide €20 million for joint research.", quote: "€20 million", value: 20000000, unit: "euros" },
    // count-en-rank: a place in a ranking
    { rule: "count-en-rank", text: "The city's openness index is ranking 12th in the country.", quote: "ranking 12th", value: 12, unit: "rank" },
    { rule: "count-en-rank", text: "Its exports ranked third in the province.", quote: "ranked third", value: 3, unit: "rank" },
    { rule: "count-en-rank", text: "The province now has 358 pairs of sister cities, the most of any province in China.", quote: "the most of any province in China", value: 1, unit: "rank" }, // first place, as 居全国首位
    { rule: "count-en-rank", text: "Its foreign trade was the largest in value, and its sister cities the most in the country.", quote: "the most in the country", value: 1, unit: "rank" },
    { rule: "count-en-rank", text: "Its imports and exports ranked 9th and 4th in the province respectively.", quote: "4th", value: 4, unit: "rank" }, // a second rank joined to the first
    { rule: "count-en-rank", text: "Its sister cities number the most, ranking first among the twelve western provinces.", quote: "ranking first among the twelve western provinces", value: 1, unit: "rank" }, // the group ranked in counts nothing
    { rule: "count-en-rank", text: "Province's Sister Cities Reach 96 Pairs, Third Among Twelve Western Provinces", quote: "Third Among Twelve Western Provinces", value: 3, unit: "rank" }, // a headline's rank, with no verb
    { rule: "count-en-number-noun", text: "The county added one sister city and three friendly exchange cities last year.", quote: "one sister city", value: 1, unit: "sister city" }, // a lone "one" in a list of counts
    { rule: "count-en-number-noun", text: "The city now has four sister provinces and one sister state.", quote: "one sister state", value: 1, unit: "sister state" },
    { rule: "count-en-number-noun", text: "The county has set up friendly ties with 28 provinces and cities in 14 countries.", quote: "28 provinces and cities", value: 28, unit: "provinces and cities" }, // two plurals joined, counted together
    { rule: "count-en-number-noun", text: "To date, the province has established 64 pairs of sister provinces and cities with 30 countries.", quote: "64 pairs of sister provinces and cities", value: 64, unit: "pairs of sister provinces and cities" }, // "with" after a kind of place
    { rule: "count-en-number-noun", text: "The region has sister ties with 17 provinces and states in 11 countries.", quote: "17 provinces and states", value: 17, unit: "provinces and states" }, // a kind of place after "and", which the tagger reads as a verb
    { rule: "count-en-number-noun", text: "Guests from 36 countries and regions attended the forum.", quote: "36 countries and regions", value: 36, unit: "countries and regions" },
    { rule: "count-en-number-noun", text: "The expo drew 450 enterprises and institutions, up sharply from last year.", quote: "450 enterprises and institutions", value: 450, unit: "enterprises and institutions" },
    { rule: "count-en-number-noun", text: "The town has 12 sister towns and counts several in Italy among them.", quote: "12 sister towns", value: 12, unit: "sister towns" }, // a verb after "and" is no second plural
    { rule: "count-en-number-noun", text: "The county now has 18 international sister cities and friendly exchange cities in total.", quote: "18 international sister cities and friendly exchange cities", value: 18, unit: "international sister cities and friendly exchange cities" }, // the same plural again, with its own describing words
    { rule: "count-en-number-noun", text: "The county has 7 sister cities and many other partner cities in Europe.", quote: "7 sister cities", value: 7, unit: "sister cities" }, // "many other": another set
    { rule: "count-en-number-noun", text: "The two cities will hold 4 youth exchange programs next year.", quote: "4 youth exchange programs", value: 4, unit: "youth exchange programs" }, // a plural after singular nouns, which the tagger reads as a verb
    { rule: "count-en-number-noun", text: "Five of the new partner cities are in Latin America.", quote: "Five of the new partner cities", value: 5, unit: "new partner cities" }, // a part of a named set, counted in its noun
    { rule: "count-en-number-noun", text: "The port now operates more than 45 international routes and trades with ports in more than 90 countries.", quote: "more than 45 international routes", value: 45, unit: "international routes", qualifier: "more than" }, // "trades with": a verb after "and", whatever the tagger says
    { rule: "count-en-number-noun", text: "The two sides will build 4 zero-carbon industrial parks.", quote: "4 zero-carbon industrial parks", value: 4, unit: "zero-carbon industrial parks" }, // a hyphened describing word whose first half the tagger reads as a value (zero-)
    { rule: "count-en-number-noun", text: "The district opened two one-stop service centres last year.", quote: "two one-stop service centres", value: 2, unit: "one-stop service centres" }, // after a number word, whose run with it (two one) reads as no number
    { rule: "count-en-number-noun", text: "Xiamen has ties with 64 cities in 41 countries, including 8 in the Republic of Korea and 6 in Japan.", quote: "8 in the Republic of Korea", value: 8, unit: "cities" }, // a breakdown by country after "including": what a country holds, the cities, not the countries counted last
    { rule: "count-en-number-noun", text: "The fair drew about 80,000 visitors, including 6,000 from abroad.", quote: "6,000 from abroad", value: 6000, unit: "visitors" }, // a part named by where it came from, its noun the count's before
    { rule: "count-en-rank", text: "Its foreign trade ranks third in the province and second in the Yangtze River Delta.", quote: "second", value: 2, unit: "rank" }, // a second rank past the first's scope, as 居全省第3位、沿海城市第2位
    { rule: "count-en-number-noun", text: "The province has 14 provincial-level sister states and provinces, including Aichi.", quote: "14 provincial-level sister states and provinces", value: 14, unit: "provincial-level sister states and provinces" }, // a kind of place right after a singular noun is the head, though the tagger reads a verb before "and"
    { rule: "count-en-number-noun", text: "The city hosted a dozen or so trade fairs last year.", quote: "a dozen or so trade fairs", value: 12, unit: "trade fairs", qualifier: "about" }, // "or so" after the figure says about, and its "or" stops no unit
    { rule: "count-en-number-noun", text: "The province now has 30 or more sister cities.", quote: "30 or more sister cities", value: 30, unit: "sister cities", qualifier: "more than" }, // as 30个以上
    { rule: "count-en-number-noun", text: "The port opened 14 new container routes, including six to Southeast Asia and three to Europe.", quote: "three to Europe", value: 3, unit: "new container routes" }, // a breakdown's items by where they go, the noun the first count's
    { rule: "count-en-number-noun", text: "Over the decade, the number of direct flights grew from 14 to 63 a week.", quote: "14", value: 14, unit: "flights" }, // both ends of a change count the subject, as 由14班增至63班
    { rule: "count-en-number-noun", text: "Over the decade, the number of direct flights grew from 14 to 63 a week.", quote: "63", value: 63, unit: "flights" },
    { rule: "count-en-number-noun", text: "Each group brings between 20 and 30 companies to the fair.", quote: "between 20 and 30 companies", value: 20, unit: "companies", qualifier: "at least" }, // a range counts from its lower end, cited whole
    { rule: "count-en-number-noun", text: "The festival is expected to draw 3 to 5 million visitors.", quote: "3 to 5 million visitors", value: 3000000, unit: "visitors", qualifier: "at least" }, // the upper end's scale is the lower end's too
    { rule: "count-en-number-noun", text: "This year the province added five sister cities and 12 friendly exchange cities, bringing its total to 72.", quote: "72", value: 72, unit: "sister cities and friendly exchange cities" }, // a total after two kinds listed totals both
    { rule: "count-en-number-noun", text: "The forum also released a list of 10 model cases of city-to-city cooperation.", quote: "10 model cases", value: 10, unit: "model cases" }, // a word the tagger reads as a bare verb, before a plural, describes it; not cut inside the hyphened word after "of"
    { rule: "count-en-number-noun", text: "The province has launched 6 pilot zones for cross-border trade.", quote: "6 pilot zones", value: 6, unit: "pilot zones" },
    { rule: "count-en-number-noun", text: "Our city signed agreements with two cities, bringing the total number of our city's international sister cities to 24.", quote: "24", value: 24, unit: "international sister cities" }, // "our city's": the release's own city owns the total, as a named city's possessive does
    { rule: "count-en-number-noun", text: "During the year, 31 business matchmaking events were held.", quote: "31 business matchmaking events", value: 31, unit: "business matchmaking events" }, // a word in -ing between a singular noun (business, no plural for its -ss) and its plural
    { rule: "count-en-number-noun", text: "The province held 4 trade matchmaking sessions in Jakarta.", quote: "4 trade matchmaking sessions", value: 4, unit: "trade matchmaking sessions" }, // a bare verb to the tagger, then a word in -ing, describe the plural
    { rule: "count-en-number-noun", text: "The city sent 150 teachers and students to study in its sister cities.", quote: "150 teachers and students", value: 150, unit: "teachers and students" }, // people joined by "and", whom "to" sends somewhere
    { rule: "count-en-number-noun", text: "They include 12 at the provincial level, 40 at the prefecture (city) level and 17 at the county (city, district) level.", quote: "17 at the county (city, district) level", value: 17, unit: "at the county (city, district) level" }, // a level with its other names in brackets
    { rule: "count-en-number-noun", text: "Zhejiang has 23 sister provinces and states worldwide.", quote: "23 sister provinces and states", value: 23, unit: "sister provinces and states" }, // two kinds joined, an adverb of where after them (the tagger reads "states" a verb)
    { rule: "count-en-number-noun", text: "Five Foreign Mayors Visit Chengdu for Panda Festival", quote: "Five Foreign Mayors", value: 5, unit: "Foreign Mayors" }, // a headline's verb, capitalised as its nouns are, ends the noun counted
    { rule: "count-en-number-noun", text: "Two Yunnan Cities Forge Ties with Lao Provinces", quote: "Two Yunnan Cities", value: 2, unit: "Yunnan Cities" }, // a headline's capitalised verb ends the unit, whichever of the headline verbs (headline-verbs.ts) it is
    { rule: "count-en-number-noun", text: "Last year, Yulin added one pair of sister cities.", quote: "one pair of sister cities", value: 1, unit: "pair of sister cities" }, // a lone "one" counts before "pair of", as 新增友好城市1对
    { rule: "count-en-number-noun", text: "The number of its sister cities rose from 12 pairs in 2015 to 31 pairs.", quote: "31 pairs", value: 31, unit: "pairs" }, // a year before "to" is no range's lower end: the figure grown to counts
    { rule: "count-en-number-noun", text: "Its sister cities now number 31, up from 12 in 2015.", quote: "31", value: 31, unit: "sister cities" }, // "number" as the verb, in the present, after "now"
    { rule: "count-en-number-noun", text: "Of the 31 sister cities, 14 are in Europe.", quote: "14 are in Europe", value: 14, unit: null }, // the set named again with its figure, then a part of it by where it is, as "Of these"
  ],
  negatives: [
    "Three weeks after the signing, the first flight took off.",
    "Two days later, the delegation travelled on to Calgary.", // when, counted from a time told (as 两天后), no count
    "The cultural week lasts seven days.",
    "The journey is expected to take about 15 days.", // how long a thing takes (as 预计运行15天), no count
    "In the last 20-odd years the two ports have grown together.",
    "Over the past 30-plus years, the two cities have cooperated in trade and tourism.", // a span, its "more than" after the figure (as 30多年来)
    "The agreement formalizes ties between two cities linked by tens of thousands of migrants.", // the pair a tie is between, as "the two cities": no reported figure
    "The museum ranks among the best in the province and first-class in its collections.", // no ordinal rank
    "Exchanges between the two ports date back more than 800 years to the Song dynasty.", // when the exchanges began, as 可追溯到800多年前
    "1\tJersey City, New Jersey\tUnited States\tJune 1998", // a table row's number and its partner, two cells a tab parts: no count
    "Of these, four were in good condition.", // a part's state, not a figure the release reports
    "Thursday, November 28, 2024 10:30  Source: City Daily", // a time of day in figures, before the source line's word
    "The ceremony began at 10:30 and ended at noon.",
    "The two sides reviewed the achievements of the past 12 years in culture and sports.", // the span the achievements fill
    "Tel: 0771-5555555  Address: No. 8 Minzu Avenue, Qingxiu District, Nanning", // a phone number counts nothing, as 0771- does not in Chinese
    "The talks took two and a half days, half a year after the first round.", // spans of time, not counts
    "More than 600 years ago, Zheng He's fleet stopped in the port many times.", // when, not how many
    "The two cities have cooperated closely in textiles for more than 20 years.", // how long a state has lasted, as 20多年来
    "Weifang and Toowoomba: 20 years of friendship", // years of a tie, its anniversary
    "It is one of the largest ports, and one of its oldest.", // "one of" counts nothing
    "This year the port handled two more than last year.", // "more than" after a figure compares, it counts nothing
    "Thirty Years of Sister-City Ties between Dalian and Kitakyushu", // a headline's anniversary, in title case
    "2025 China International Friendship Cities Conference Opens in Chengdu", // a headline's year opens the event's name: no count
    "The two cities signed the 2026 Exchange and Cooperation Plan.", // a year inside a document's name
    "The port has led the world for 16 consecutive years, and the expo has been held four consecutive times.", // how long and how often, as 连续16年 is
    "Trade between the two cities grew three times over the decade.", // a multiplier
    "The fair drew 3,500 last year.", // "last year" is no unit
    "The new tie brought the total to 28.", // a total with no noun says not what it counts
    "Asahikawa Delegation Visits Guilin, Two Cities Sign Friendly Exchange Agreement", // a headline's pair, as 两市签署
    "Xi'an and Samarkand Mark 10 Years as Sister Cities", // an anniversary
    "Sichuan and Victoria Celebrate Four Decades of Sister-State Ties", // an anniversary in decades
    "Over the past 45 years, the two cities have cooperated in trade and education.", // how long, as 45年来 is not counted
    "The two cities renewed their friendship agreement for another ten years.", // how long a renewal runs, as 有效期10年
    "In the last four decades, trainees from the province have studied there.", // decades too
    "The two cities will jointly train conservation staff over the next three years.", // the span ahead too (未来三年内)
    "In the three years since the railway opened, it has carried passengers and goods.", // the span since an event
    "The two cities renewed their agreement on Thursday, 20 years after they first became sister cities.", // the span after an event
    "Harbin and Edmonton Sign Sports Agreement, 35 Years After Twinning", // so in a headline's capitals, and before a gerund's event
    "Over three decades, the two cities have exchanged teachers and students.", // the span a clause opens with
    "Nijmegen is the oldest city in the Netherlands, with a history of more than 2,000 years.", // an age, as 2000多年历史
    "The two cities renewed the agreement for a term of five years.", // how long it runs, as 有效期五年
    "The two sides will hold high-level meetings every two years.", // how often, as 每两年一次
    "Officials from both cities reviewed four decades of exchanges.", // a span, as 40年来的交流
    "The 14th Congress opened in Beijing.", // a congress ordinal
    "The 13th meeting of the Standing Committee approved the plan.", // a session ordinal
    "In 2024, exchanges grew closer.", // a year
    "The meeting was held on November 28.", // a date
    "Exports rose by 15 percent.", // a percentage
    "Trade accounted for 35% of the total.", // a percentage
    "The city is building 5G base stations.", // a technology name
    "The five-year plan was adopted.", // a compound modifier
    "Over the next 10 days, the guests will tour the city.", // the span a sentence looks over, as 此后10天内
    "The students will stay with local families for two days.", // how long a stay runs, as 寄宿两天
    "The two sides will strive to establish sister-province relations within three years.", // a deadline, as 三年内
    "The fair, lasting four days, drew crowds.", // how long an event runs, as 为期四天
    "Two-way trade between the two cities grew quickly, and three-way talks followed.", // the directions of an exchange, not a count
    "Call +86 351 1234 5678 for details.", // a phone number
    "One pair of pandas arrived.", // a lone "one"
    "The two cities signed a memorandum.", // "the two": both
    "See Article No. 12 of the agreement.", // a code
    "The park hosts branches of Fortune Global 500 companies.", // a ranking's name
    "Wuhan and Bordeaux are among the most active sister-city pairs in China.", // "the most" of a quality, no place in a ranking
    "The two ports held an event to mark 15 years of cooperation.", // an anniversary, as 15周年 is
    "At 10 a.m. on October 15, the two cities held an online meeting.", // a time of day
    "Podolsk is an industrial city about 40 kilometres south of Moscow.", // a distance that locates a place
    "The two cities are about 800 kilometres apart.",
    "The delegation also visited the Three Gorges Dam and the high-tech zone.", // a name that opens with a number word
    "The guests stayed at the Four Seasons Hotel in the city centre.",
    "The two provinces held a video conference to review 45 years of sister-state relations.", // the years a tie has lasted, as 结好45年来
  ],
};
