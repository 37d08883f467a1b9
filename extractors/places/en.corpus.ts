/**
 * Examples for the English place rules (en.ts): the rule, the exact quote and, for gazetteer names, the
 * English and Chinese names of the entry; negatives must give no place. Invented sentences, none from the seeds.
 */
import type { PlaceCorpus } from "../types";

export const EN_PLACE_CORPUS: PlaceCorpus = {
  examples: [
    { rule: "place-en-gazetteer", text: "A delegation from Zhejiang Province visited Germany.", quote: "Zhejiang Province", en: "Zhejiang", zh: "浙江省" },
    { rule: "place-en-romanised-division", text: "Recently, the district and Jung-gu of Seoul signed an agreement online.", quote: "Jung-gu", type: "district" }, // its hyphened ending says it is a place, and which kind
    { rule: "place-en-romanised-division", text: "The delegation then visited Gapyeong-gun and Minato-ku.", quote: "Minato-ku", type: "district" },
    { rule: "place-en-gazetteer", text: "A delegation from Zhejiang Province visited Germany.", quote: "Germany", en: "Germany", zh: "德国" },
    { rule: "place-en-gazetteer", text: "Tianjin's Binhai New Area signed a memorandum with the Port of Hamburg.", quote: "Binhai New Area", en: "Binhai New District", zh: "滨海新区" }, // a new area by its own English style (滨海新区, not "Binhaixin")
    { rule: "place-en-gazetteer", text: "A delegation from the Enshi Tujia and Miao Autonomous Prefecture visited Portugal.", quote: "Enshi Tujia and Miao Autonomous Prefecture", en: "Enshi", zh: "恩施土家族苗族自治州" }, // an autonomous prefecture by its English style, its peoples named
    { rule: "place-en-gazetteer", text: "Yili Prefecture signed a memorandum with the Almaty Region.", quote: "Yili Prefecture", en: "Ili", zh: "伊犁哈萨克自治州" }, // the Pinyin spelling official English uses beside the customary Ili
    { rule: "place-en-gazetteer", text: "The first freight train of the year left Khorgos for Almaty.", quote: "Khorgos", en: "Khorgos", zh: "霍尔果斯市" }, // a border city by its customary English name (the Pinyin Huo'erguosi is no one's)
    { rule: "place-en-gazetteer", text: "A trade fair opened in the Ningxia Hui Autonomous Region on Monday.", quote: "Ningxia Hui Autonomous Region", en: "Ningxia", zh: "宁夏回族自治区" }, // an autonomous region by its English style, the people it is named for included
    { rule: "place-en-gazetteer", text: "A delegation from Spokane, Washington, visited Jilin.", quote: "Washington", en: "Washington State", zh: "华盛顿州" }, // after a place and a comma, the state
    { rule: "place-en-gazetteer", text: "Campinas lies in the Brazilian state of São Paulo.", quote: "São Paulo", en: "São Paulo", zh: "圣保罗", type: "province" }, // a city's name after "state of" names the state
    { rule: "place-en-gazetteer", text: "Victoria Mayor Lisa Helps led the delegation.", quote: "Victoria", en: "Victoria", zh: "维多利亚市", type: "city" }, // a name its mayor follows is a city, the gazetteer's city of that name
    { rule: "place-en-gazetteer", text: "Fuzhou signed a sister-city agreement with Malacca City in Malaysia.", quote: "Malacca City", en: "Malacca City", zh: "马六甲市", type: "city" }, // the state's capital, a city of its own
    // a name of several places, then a division or country: the place of that name in that country
    { rule: "place-en-gazetteer", text: "The mayor of Victoria, British Columbia visited Hangzhou.", quote: "Victoria", en: "Victoria", zh: "维多利亚市", type: "city" },
    { rule: "place-en-gazetteer", text: "Melbourne, the capital of Victoria, Australia, hosted the forum.", quote: "Victoria", en: "Victoria", zh: "维多利亚州", type: "province" },
    { rule: "place-en-gazetteer", text: "Mayors from North East Asia met in Toyama.", quote: "North East Asia", en: "Northeast Asia", zh: "东北亚" }, // the region spelt in two words, not East Asia
    { rule: "place-en-gazetteer", text: "Olympia, in the US state of Washington, hosted the delegation.", quote: "Washington", en: "Washington State", zh: "华盛顿州" }, // after "state of", the state
    { rule: "place-en-gazetteer", text: "The delegation flew on to Washington for talks.", quote: "Washington", en: "Washington, D.C.", zh: "华盛顿" },
    { rule: "place-en-gazetteer", text: "Prato lies in Italy's Tuscany region.", quote: "Tuscany", en: "Tuscany", zh: "托斯卡纳" }, // a region that partners Chinese provinces
    { rule: "place-en-gazetteer", text: "Hohhot hosted the China-Mongolia Expo.", quote: "Hohhot", en: "Hohhot", zh: "呼和浩特市" },
    { rule: "place-en-gazetteer", text: "Exchanges with the United States grew.", quote: "the United States", en: "United States", zh: "美国" },
    { rule: "place-en-before-country", text: "Wuhan signed an agreement with Weil am Rhein, Germany.", quote: "Weil am Rhein" }, // a name joined to its river by "am" is one name
    { rule: "place-en-before-country", text: "Zhuhai signed a memorandum with Vila do Conde, Portugal.", quote: "Vila do Conde" }, // a Romance name's particle joins its words, as "am" does
    { rule: "place-en-before-country", text: "The delegation went on to Jerez de la Frontera, Spain.", quote: "Jerez de la Frontera" },
    { rule: "place-en-before-country", text: "A delegation from Bunbury, Western Australia arrived in Haikou on Monday.", quote: "Bunbury" }, // a known foreign division alone after the comma locates, as a country does
    { rule: "place-en-before-country", text: "Its sister cities include Kagoshima, Japan (1982); Kortrijk, Belgium (1995); and Brest, France (2001).", quote: "Kortrijk" }, // a semicolon after a list item's bracket goes on with the list
    { rule: "place-en-before-country", text: "Tangshan and Kashiwazaki in Niigata Prefecture of Japan maintain exchanges.", quote: "Kashiwazaki" }, // a known city's name with its division's word locates, "of" the country after it
    { rule: "place-en-before-country", text: "The ties between Xiamen and Baltimore, US date from 1985.", quote: "Baltimore" }, // the bare US after a comma locates
    { rule: "place-en-gazetteer", text: "Northwest University and Samarkand State University signed an agreement.", quote: "Samarkand", en: "Samarkand", zh: "撒马尔罕", type: "city" }, // "State University" names the body, not a state
    { rule: "place-en-gazetteer", text: "Hainan Province and the Port Louis District of Mauritius signed the agreement.", quote: "Port Louis", en: "Port Louis", zh: "路易港" }, // a known name that opens with "Port", not "Louis District"
    { rule: "place-en-gazetteer", text: "The Xi'an Forum opened on Monday.", quote: "Xi'an", en: "Xi'an", zh: "西安市" },
    { rule: "place-en-gazetteer", text: "Trade with Southeast Asia expanded.", quote: "Southeast Asia", en: "Southeast Asia", zh: "东南亚" },
    { rule: "place-en-shared-region", text: "The province trained technicians for countries in South and Southeast Asia.", quote: "South and Southeast Asia", en: "South Asia", zh: "南亚" }, // a compound point after "and"
    { rule: "place-en-shared-region", text: "The channel reaches viewers in East and Southern Africa.", quote: "East and Southern Africa", en: "East Africa", zh: "东非" },
    { rule: "place-en-division-word", text: "The city signed an agreement with Nelson Mandela Bay Metropolitan Municipality.", quote: "Nelson Mandela Bay Metropolitan Municipality" },
    { rule: "place-en-division-word", text: "Anji County and Hakuba Village of Nagano, Japan signed an agreement.", quote: "Hakuba Village", type: "city" }, // a village is a municipality, as 白马村 is read
    { rule: "place-en-division-word", text: "The province signed a health agreement with the Central Region of Malawi.", quote: "Central Region", type: "region" }, // a compass word alone names a division where its country follows
    { rule: "place-en-division-word", text: "A delegation from Central Kalimantan Province arrived on Monday.", quote: "Central Kalimantan Province" }, // "Central" opens the name here, not a body's ("Central Committee")
    { rule: "place-en-country-division", text: "The province signed a health agreement with Malawi's Central Region.", quote: "Central Region", type: "region" },
    { rule: "place-en-division-word", text: "Huangshan signed a letter of intent with the Vienne Department of France.", quote: "Vienne Department", type: "province" }, // a French département, beside its country
    { rule: "place-en-division-word", text: "Ningxia and the Aqaba Special Economic Zone of Jordan signed a memorandum.", quote: "Aqaba Special Economic Zone", type: "district" }, // a zone governed as a district of its own
    { rule: "place-en-division-word", text: "Officials from Kitui County attended.", quote: "Kitui County" },
    { rule: "place-en-division-word", text: "Yancheng Delegation Visits Hollbruck County, Kenya", quote: "Hollbruck County" }, // a headline's capitalised verb ends what came before the name
    { rule: "place-en-before-country", text: "The mayor of Parañaque, the Philippines, attended.", quote: "Parañaque" },
    { rule: "place-en-before-country", text: "They visited Kuching in Malaysia.", quote: "Kuching" },
    { rule: "place-en-before-country", text: "1. Urasoe, Japan (September 1988)", quote: "Urasoe" }, // a list item: its number ends no sentence
    { rule: "place-en-before-country", text: "Luoyang also keeps friendly exchanges with Cheonan, Chungcheongnam-do, ROK.", quote: "Cheonan" }, // the city before its division and country
    { rule: "place-en-before-country", text: "Namwon, Jeollabuk-do, ROK (November 1996)", quote: "Namwon", type: "city" },
    { rule: "place-en-before-country", text: "Sundsvall, Sweden (May 2015)", quote: "Sundsvall" }, // a paragraph that is only a name, its country and a bracket: a list's item, though its name opens it // a known division between a name and its country holds the name, at a list item's start too
    { rule: "place-en-before-country", text: "Deqing and the Town of Loudun in the Department of Vienne, France signed an agreement.", quote: "Vienne", type: "province" }, // a division, by its word
    { rule: "place-en-before-country", text: "Yichang and Grenoble in the Department of Isère, France signed an agreement.", quote: "Grenoble", type: "city" }, // the city in that division
    { rule: "place-en-before-country", text: "Wuxi and Sindelfingen of Germany renewed their ties.", quote: "Sindelfingen" },
    { rule: "place-en-before-country", text: "Officials Sign Accord With Gimhae of the ROK", quote: "Gimhae" },
    { rule: "place-en-division-word", text: "A delegation from Perm Krai arrived.", quote: "Perm Krai" },
    { rule: "place-en-capital", text: "The delegation then went to Bavaria's capital Nuremberg for talks.", quote: "Nuremberg", type: "city" }, // a known division's capital
    { rule: "place-en-capital", text: "The talks were held in Mainz, the state capital of Rhineland-Palatinate.", quote: "Mainz", type: "city" },
    { rule: "place-en-capital", text: "Yangzhou and Hollbruck, capital of the German state of Thuringia, signed an agreement.", quote: "Hollbruck", type: "city" }, // the division's kind and "of" before its name
    { rule: "place-en-division-word", text: "A youth group from Shirakawa Village visited the city.", quote: "Shirakawa Village" }, // Japan's 村
    { rule: "place-en-before-country", text: "The delegation called at Ribeirão Preto in the State of São Paulo.", quote: "Ribeirão Preto" }, // a known division after its formal word
    { rule: "place-en-after-kind", text: "The delegation went on to the State of Tocantins.", quote: "Tocantins", type: "province" },
    { rule: "place-en-after-kind", text: "He met the Governor of the State of Sergipe in Hangzhou.", quote: "Sergipe", type: "province" }, // a governor of a division's formal name
    { rule: "place-en-after-kind", text: "Sichuan and the Region of Murcia signed a letter of intent.", quote: "Murcia", type: "region" }, // a division's formal name, "Region of"
    { rule: "place-en-after-kind", text: "Lishui Signs Friendship Agreement with Italian City of Lucca", quote: "Lucca", type: "city" }, // a headline's "City of" after a demonym
    { rule: "place-en-shared-division", text: "The delegation visited the Limpopo and Mpumalanga provinces of South Africa.", quote: "Mpumalanga", type: "province" }, // two names sharing one plural division word
    { rule: "place-en-after-kind", text: "The Mayor of Hamamatsu welcomed the guests.", quote: "Hamamatsu" },
    { rule: "place-en-country-division", text: "Temuco is a city in Chile's Araucanía region.", quote: "Araucanía", type: "region" }, // a country's possessive and a division word in lower case
    { rule: "place-en-country-division", text: "The delegation went on to the Amazonas state of Brazil.", quote: "Amazonas", type: "province" },
    { rule: "place-en-country-division", text: "Wuxi and Annecy in the Auvergne-Rhone-Alpes region of France signed an agreement.", quote: "Annecy", type: "city" }, // the name the division holds
    { rule: "place-en-before-country", text: "On May 8, Changsha and St. Cloud, Minnesota, USA signed an agreement.", quote: "St. Cloud" }, // a saint's abbreviation opens the name
    { rule: "place-en-division-word", text: "Nantong and Jersey City in New Jersey, USA are sister cities.", quote: "Jersey City", type: "city" }, // a country's name before City opens a city's
    { rule: "place-en-division-word", text: "Its sister cities include Rouen, Baker City and Tartu.", quote: "Baker City", type: "city" }, // after a comma without "the", a list's city, not a nickname
    { rule: "place-en-country-division", text: "Niort in the Poitou-Charentes region of France signed an agreement.", quote: "Poitou-Charentes", type: "region" },
    { rule: "place-en-country-division", text: "Officials from Sri Lanka's Northern Province attended.", quote: "Northern Province", type: "province" }, // the division word capitalised: part of the name
    { rule: "place-en-gazetteer", text: "Officials from Japan's Osaka Prefecture attended.", quote: "Osaka", en: "Osaka", zh: "大阪" }, // a known name with its division word after a country's possessive is the known place
    { rule: "place-en-lost-letters", text: "A delegation from Asunci?n, Paraguay visited Nanning.", quote: "Asunci?n", en: "Asunción", zh: "亚松森" }, // a letter outside ASCII lost to "?" by an encoding without it
    { rule: "place-en-lost-letters", text: "Shandong and the State of S?o Paulo signed an agreement.", quote: "S?o Paulo", en: "São Paulo", zh: "圣保罗" },
    { rule: "place-en-lost-letters", text: "The delegation went on to Gda?sk.", quote: "Gda?sk", en: "Gdansk", zh: "格但斯克" },
    { rule: "place-en-before-office", text: "A delegation led by Bellingham Mayor Kim Lund arrived on Monday.", quote: "Bellingham", type: "city" }, // the city whose mayor is named after the office
    { rule: "place-en-before-office", text: "Ballarat Deputy Mayor Tess Morgan attended the ceremony.", quote: "Ballarat", type: "city" }, // the office's rank between
    { rule: "place-en-before-office", text: "Jung-gu Mayor Kim Kil-sung and the delegation visited the district.", quote: "Jung-gu", type: "district" }, // a romanised name's hyphened ending (-gu, 区) says its kind
    { rule: "place-en-before-office", text: "Kosrae Lieutenant Governor Arthy Nena signed the memorandum.", quote: "Kosrae", type: "province" }, // a lieutenant governor's state, the rank no part of its name
    { rule: "place-en-before-office", text: "Zacatecas Governor David Monreal received the delegation.", quote: "Zacatecas", type: "province" }, // a governor's state
    { rule: "place-en-before-office", text: "Talks were held with Ballarat's Mayor Tess Morgan.", quote: "Ballarat", type: "city" }, // the possessive is no part of the name
    { rule: "place-en-before-country", text: "The delegation visited Le Mans, France.", quote: "Le Mans" },
    { rule: "place-en-before-country", text: "The county added two sister towns: Hollbruck in Austria and Melkden in Germany.", quote: "Hollbruck" }, // a colon after places' plural opens their list, not a sentence
    { rule: "place-en-before-country", text: "They toured Bamberg in Bavaria, Germany.", quote: "Bamberg" },
    { rule: "place-en-before-country", text: "Weifang and Hollbruck in Upper Lusatia, Germany, signed an agreement.", quote: "Hollbruck" }, // in a division no gazetteer holds
    { rule: "place-en-before-country", text: "Weifang and Hollbruck in the US signed an agreement.", quote: "Hollbruck" }, // "in the US": the country's name opens with "the"
    { rule: "place-en-gazetteer", text: "Wuhu and Hollbruck in Osaka Prefecture, Japan, held a meeting.", quote: "Osaka", en: "Osaka", zh: "大阪", type: "province" }, // Osaka Prefecture, not the city
    { rule: "place-en-before-country", text: "Weifang and Hollbruck in Upper Lusatia, Germany, signed an agreement.", quote: "Upper Lusatia", type: "province" },
    { rule: "place-en-before-country", text: "The Mayor of Berlo, Mijiras Gerais, Brazil, signed the memorandum.", quote: "Mijiras Gerais", type: "province" }, // between a place and its country: the place's division
    { rule: "place-en-before-country", text: "Zhuhai Delegation Visits Le Mans, France", quote: "Le Mans" },
    { rule: "place-en-after-kind", text: "The Mayor of Sindelfingen Bernd Vöhringer spoke.", quote: "Sindelfingen" },
    { rule: "place-en-after-kind", text: "The city lies in the state of Sachsen-Anhalt.", quote: "Sachsen-Anhalt" },
    // a name a possessor's tie describes, in apposition or as its predicate: a city, or a province by "sister province"
    { rule: "place-en-owned-tie", text: "The delegation signed a cooperation plan with its sister county Kildare.", quote: "Kildare", type: "county" }, // the partner's name after its possessor's tie
    { rule: "place-en-owned-tie", text: "Exports to Nantes, the city's first sister city established in 1984, rose sharply.", quote: "Nantes", type: "city" },
    { rule: "place-en-owned-tie", text: "Weifang and its Japanese sister city Fujioka signed a youth exchange plan.", quote: "Fujioka", type: "city" }, // the partner's demonym before the tie
    { rule: "place-en-owned-tie", text: "Gelderland, Jiangxi's sister province since 2004, sent a trade mission.", quote: "Gelderland", type: "province" },
    { rule: "place-en-owned-tie", text: "In 1990, Rouen became Ningbo's first sister city.", quote: "Rouen", type: "city" },
    // the partner of a tie, joined with a known place as the subject of its verb or after the tie's "with"
    { rule: "place-en-tie-partner", text: "Suzhou and Tampere established partner-city relations in 2010.", quote: "Tampere", type: "city" },
    { rule: "place-en-before-office", text: "Luohe Mayor Wang Lin and his Wetzlar counterpart signed the agreement.", quote: "Wetzlar", type: "city" }, // a counterpart named by the place of the office said before
    { rule: "place-en-paired-in-list", text: "In 2023, Qinzhou and Vientiane, Yulin and Hua Hin, and Guilin and Siem Reap each signed friendly exchange agreements.", quote: "Hua Hin", type: "city" }, // a pair's partner in a list of pairs sharing one verb
    { rule: "place-en-paired-in-list", text: "In 2022, Hanzhong and Kutaisi, Ankang and Telavi, and Shangluo and Gori established sister-city relations respectively.", quote: "Telavi", type: "city" }, // no partner known: the ties of cities the shared verb makes say what they are
    { rule: "place-en-tie-partner", text: "In 2021, Jiangmen added Tomar as its 12th sister city.", quote: "Tomar", type: "city" }, // a partner added by name, the tie after it
    { rule: "place-en-tie-partner", text: "Luohe and Wetzlar were twinned in 2001.", quote: "Wetzlar", type: "city" }, // the verb is the tie
    { rule: "place-en-tie-partner", text: "Changsha and Kimberley formalized their friendship city relationship in 2019.", quote: "Kimberley", type: "city" }, // "formalized", "sealed", "entered into" make the tie as "signed" does
    { rule: "place-en-tie-partner", text: "Weifang, Lahti sign sister city agreement", quote: "Lahti", type: "city" }, // a headline's pair, joined by a comma, before its verb in the present
    { rule: "place-en-tie-partner", text: "Weifang and Lahti Celebrate 35th Anniversary of Sister City Relationship", quote: "Lahti", type: "city" },
    { rule: "place-en-tie-partner", text: "Weifang and Lahti have enjoyed a sister-city relationship since 2019.", quote: "Lahti", type: "city" }, // a tie the pair has enjoyed
    { rule: "place-en-tie-partner", text: "Aarhus and Ningbo have been sister cities since 1990.", quote: "Aarhus", type: "city" },
    { rule: "place-en-tie-partner", text: "Since Suzhou and Tampere established partner-city relations in 2010, exchanges have grown.", quote: "Tampere", type: "city" }, // the known first name once the sentence's opening word is cut
    { rule: "place-en-tie-partner", text: "The sister-city ties between Tampere and Suzhou date back to 2010.", quote: "Tampere", type: "city" }, // the other of two names a tie is between
    { rule: "place-en-tie-partner", text: "Its sister cities include Cardiff, Tampere and Sasebo.", quote: "Sasebo", type: "city" }, // a name in the list of ties a place holds, after "include"
    { rule: "place-en-tie-partner", text: "Suzhou and Finland's Tampere became partner cities in 2010.", quote: "Tampere", type: "city" }, // a known place's possessive before the name says where it is
    { rule: "place-en-tie-partner", text: "Yangzhou and Texas' Kerrville became sister cities in 2019.", quote: "Kerrville", type: "city" }, // a name ending in s takes the apostrophe alone as its possessive
    { rule: "place-en-tie-partner", text: "Xiamen and St. John's became sister cities in 1999.", quote: "St. John's", type: "city" }, // a possessive inside a name is the name's
    { rule: "place-en-tie-partner", text: "In 2018, Hangzhou inked a friendship agreement with Leeds.", quote: "Leeds", type: "city" },
    { rule: "place-en-tie-partner", text: "Suzhou signed sister-city agreements with Venice, Grenoble and Portland.", quote: "Grenoble", type: "city" }, // each name the list after the tie's "with" goes on with
    { rule: "place-en-tie-partner", text: "Liaocheng and Arles reached a consensus on establishing sister-city relations.", quote: "Arles", type: "city" }, // reaching a consensus or an agreement on a tie is a tie's verb too
    { rule: "place-en-tie-partner", text: "Aarhus and Ningbo agreed to upgrade their ties to sister-city relations.", quote: "Aarhus", type: "city" }, // "agreed" is a tie's verb as "signed" is
    // place-en-described: a name described right after it as a kind of place in a known one
    { rule: "place-en-described", text: "Wenzhou and Itajubá, a city in the Brazilian state of Minas Gerais, signed an agreement.", quote: "Itajubá", type: "city" },
    { rule: "place-en-described", text: "The delegation then visited Vila Nova de Cerveira, a small municipality in northern Portugal.", quote: "Vila Nova de Cerveira", type: "city" }, // a particle inside the name; a compass word before the country
    { rule: "place-en-described", text: "Bento Gonçalves, a wine town in southern Brazil, sent a delegation.", quote: "Bento Gonçalves", type: "city" }, // opening the sentence: the description says what it is
    { rule: "place-en-described", text: "Lamu, a port of Kenya, hosted the forum.", quote: "Lamu", type: "city" },
    { rule: "place-en-described", text: "Nanning and Mataram, capital of West Nusa Tenggara Province of Indonesia, signed a letter of intent.", quote: "Mataram", type: "city" }, // a capital of a division its country follows
    { rule: "place-en-tie-partner", text: "Yangzhou and Breda held a signing ceremony for the establishment of sister-city relations.", quote: "Breda", type: "city" }, // a pair holding a signing ceremony for a tie
    { rule: "place-en-tie-partner", text: "Its sister cities include Pistoia (1985), Angers (1993) and Gunsan (1995).", quote: "Angers", type: "city" }, // a listed partner after the one before's year in brackets (it had ended the list)
    { rule: "place-en-country-division", text: "The delegation visited Indonesia's East Java Province.", quote: "East Java Province", type: "province" }, // a compass word opening the name of a country's division (not "Central Committee")
    { rule: "place-en-country-division", text: "Fujian signed an agreement with Indonesia's Central Java Province.", quote: "Central Java Province", type: "province" }, // "Central", a word that opens names of both kinds
    { rule: "place-en-wire-dateline", text: "HANGZHOU, Oct. 9 (Xinhua) -- The city signed a memorandum with a German port.", quote: "HANGZHOU", en: "Hangzhou", zh: "杭州市" }, // a wire's dateline, in capitals
    { rule: "place-en-wire-dateline", text: "KUNMING, China, March 3 -- Officials from six countries attended the forum.", quote: "KUNMING", en: "Kunming", zh: "昆明市" }, // its country after it
    { rule: "place-en-bare-us", text: "Its sister cities include Tacoma, US and Handa, Japan.", quote: "US", en: "United States", zh: "美国" }, // the bare US after a place's comma
    { rule: "place-en-listed-partner", text: "Last year, Dalian signed memorandums of understanding with Gimje and Busan.", quote: "Gimje", type: "city" }, // a partner no gazetteer holds, listed beside a known city after a signing's "with"
    { rule: "place-en-paired-in-list", text: "Weihai and Ulsan, as well as Rizhao and Gimje, signed friendship agreements.", quote: "Gimje", type: "city" }, // pairs parted by "as well as", a comma before the verb
    { rule: "place-en-gazetteer", text: "Jiangsu and the US state of Georgia signed a sister-state agreement.", quote: "Georgia", en: "Georgia", zh: "佐治亚" }, // after a lower-case "state of", the state of that name, not the country
    { rule: "place-en-gazetteer", text: "Sichuan signed a cooperation agreement with Tbilisi, Georgia.", quote: "Georgia", en: "Georgia", zh: "格鲁吉亚" }, // the country, where nothing says a state
    { rule: "place-en-office-holder-of", text: "The memorandum was signed by Mayor Kim Lund of Bellingham on Monday.", quote: "Bellingham", type: "city" }, // the city of a mayor named before "of"
    { rule: "place-en-office-holder-of", text: "Governor Kaimana Akana of Kauai met the delegation.", quote: "Kauai", type: "province" }, // a governor's is a province or state
    { rule: "place-en-gazetteer", text: "Nanjing and Atlanta, Georgia signed an agreement on education.", quote: "Georgia", en: "Georgia", zh: "佐治亚" }, // after a US city and a comma, the state, not the country
    { rule: "place-en-gazetteer", text: "Suzhou and Savannah, Georgia, two cities linked by trade with the United States, signed an agreement.", quote: "Georgia", en: "Georgia", zh: "佐治亚" }, // after a city the gazetteer does not know, the state where the paragraph names the United States
    { rule: "place-en-gazetteer", text: "Urumqi and Tbilisi, Georgia signed an agreement on trade.", quote: "Georgia", en: "Georgia", zh: "格鲁吉亚" }, // after a city of the country, the country
    { rule: "place-en-owned-tie", text: "Tabriz became Yiwu's friendly exchange city in 2023.", quote: "Tabriz", type: "city" }, // a friendly exchange tie of a city names its partner a place, as a sister city does
    { rule: "place-en-after-kind", text: "The delegation then visited the Emirate of Fujairah.", quote: "Fujairah", type: "province" }, // an emirate's formal name, as "the State of"
    { rule: "place-en-tie-partner", text: "Weifang established sister-city relations with Kaiserslautern in 1990 and with Lorient in 2005.", quote: "Lorient", type: "city" }, // the next partner after its own "and with", the tie left out
    { rule: "place-en-before-country", text: "Xiangtan and Hanover (Hannover), Germany, signed a memorandum.", quote: "Hanover" }, // the name's own spelling in brackets before its country's comma
    { rule: "place-en-tie-partner", text: "Hangzhou now has 34 international sister cities, the latest being Leeds.", quote: "Leeds", type: "city" }, // the newest of a tally of ties, named after "being"
    { rule: "place-en-tie-partner", text: "Kunshan Establishes Friendly Exchange Relationship With Vienne", quote: "Vienne", type: "city" }, // a headline's "With"
    { rule: "place-en-gazetteer", text: "Our city and the City of Malacca became sister cities.", quote: "Malacca", en: "Malacca City", zh: "马六甲市", type: "city" }, // after "City of", a state's name is its namesake city's
    { rule: "place-en-gazetteer", text: "The two sides signed the memorandum in Pudong.", quote: "Pudong", en: "Pudong New District", zh: "浦东新区" }, // a new area by its name without "New Area"
    { rule: "place-en-division-word", text: "Ganzhou signed a memorandum with Nevada County, California.", quote: "Nevada County", type: "county" }, // a US state's name before "County" opens a county's name, not the state
    { rule: "place-en-before-country", text: "Xuzhou signed a memorandum with São José dos Campos, Brazil.", quote: "São José dos Campos" }, // a saint's word before a Romance name's head is the name's too
    { rule: "place-en-region-adjective", text: "The city has 11 pairs of friendly relations with Latin American countries.", quote: "Latin American", en: "Latin America", zh: "拉丁美洲" }, // a region named by its adjective before places of it, as 拉美国家
    { rule: "place-en-region-adjective", text: "Delegates came from 30 cities in 14 Central and Eastern European countries.", quote: "Central and Eastern European", en: "Central and Eastern Europe", zh: "中东欧" }, // one region by the whole name, not two
    { rule: "place-en-region-adjective", text: "Sister cities in South and Southeast Asian countries make up most of the total.", quote: "South and Southeast Asian", en: "South Asia", zh: "南亚" }, // two regions sharing one adjective (the first is checked here)
    { rule: "place-en-tie-partner", text: "Rizhao's sister-city relationship with Ketchikan dates back to 2016.", quote: "Ketchikan", type: "city" }, // the partner after "with", the tie's own verb after it
    { rule: "place-en-tie-partner", text: "In 2022, the city added two sister cities, namely Vratsa and Pleven.", quote: "Vratsa", type: "city" }, // the ties a year added, named after "namely" beside a known one
  ],
  negatives: [
    "The city has many partners, namely farmers and traders.", // "namely" after no tie: no place
    "The fund is backed by the European Union member states.", // the Union, not the region
    "The city has ties with several American cities.", // no region of that bare name
    "The athletes will compete at the Asian Games next year.", // an adjective before no places: no region
    { text: "The Third China-CEEC City Cooperation Forum was held in Ningbo.", only: ["China", "Ningbo"] }, // an ordinal numbers an event's edition: no place's name before City holds one
    { text: "The delegation walked along Nanjing Road and Beijing East Road, then tasted street food in Shanghai.", only: ["Shanghai"] }, // a city's name before "Road" or "Street" names a street (南京路)
    { text: "Known as the \"Venice of the East\", Suzhou hosted the fair.", only: ["Suzhou"] }, // a nickname in quotation marks names no place, when "Known as" opens the sentence too
    { text: "Harbin became a member city of the World Winter Cities Association for Mayors.", only: ["Harbin"] }, // a body whose name holds "Cities" after "city of": its first words are no city (the rule took the last two for a person's name)
    { text: "The Rose City delegation arrived on Monday.", only: [] },
    { text: "Sister Cities Bring the World Closer to the Mountain Province", only: [] }, // a nickname of common words after "the", no place
    { text: "At the invitation of Dhofar Governorate of the Sultanate of Oman, the delegation arrived.", only: ["Dhofar Governorate", "Oman"] }, // "Sultanate" is a country's form of state, no place of its own (it had kept two unknown names on one side, and the partner unpaired)
    { text: "The center was built with the Baden-Württemberg Cooperative State University.", only: ["Baden-Württemberg"] }, // a division's word inside a body's name, before the body's word, makes no place
    { text: "The exhibition opened at the International Museum of Ceramics in Faenza, Italy.", only: ["Faenza", "Italy"] }, // the field a museum is named for is no place, nor is the city after it a division
    "The two cities face each other across the Heilongjiang River.", // a river named as a province is
    { text: "Later, the Ministry of Agriculture of Jordan signed a memorandum with the province.", only: ["Jordan"] }, // the field a ministry is named for is no place
    { text: "The park signed cooperation agreements with Singapore's Jurong Town Corporation.", only: ["Singapore"] }, // a name of China's (句容) owned by another country is not China's place
    { text: "In 2023, Ningbo established sister-city ties with Bremen, Germany in March, Aarhus, Denmark in June and Kochi, India in October.", only: ["Ningbo", "Bremen", "Germany", "Aarhus", "Denmark", "Kochi", "India"] }, // a month before the next item is no place
    "Mayor Kim Lund of the city welcomed the guests.", // a common noun after "of" is no name
    { text: "Ningbo and the Doha Exhibition and Convention Center of Qatar signed a memorandum.", only: ["Ningbo", "Doha", "Qatar"] }, // a venue's name before "of" its country is no place
    "The exhibition was opened by Florence Nightingale, a nurse.", // a place's name as a first name, a surname after it (compromise reads a person)
    "Sydney Smith, head of the trade office, spoke at the forum.",
    { text: "Exports rose to US$5 billion, US$1 billion more than last year.", only: [] }, // a currency's sign, no country
    "UPDATE, Oct. 9 -- The forum was moved to a later date.", // capitals before a day that no gazetteer knows: a heading
    { text: "Yangzhou and Breda held a concert for the sister-city festival.", only: ["Yangzhou"] }, // a pair holding another event names no partner of a tie
    { text: "Shaanxi and the Free State of Saxony signed a memorandum.", only: ["Shaanxi", "Saxony"] }, // "the Free State of": Saxony's formal title, not South Africa's Free State
    { text: "Chongqing and Duisburg Mark 10 Years of China-Europe Railway Cooperation", only: ["Chongqing", "Duisburg"] }, // a headline's span of time before "of" and a country
    "The city officially became a member city of the League last year.", // a body after "city of", no city's name
    "Founded in 2012, the Alliance now has 80 member cities.",
    { text: "The Mayor of Qinzhou met his Japanese counterpart in Nagasaki.", only: ["Qinzhou", "Nagasaki"] }, // a counterpart named by a demonym: no place
    { text: "However, a city in Portugal has also applied to join.", only: ["Portugal"] }, // a sentence's opening adverb is no name
    { text: "Marco Rossi, a city councillor in Portugal, attended the meeting.", only: ["Portugal"] }, // a person's post: "city" opens no kind of place there
    { text: "Ubuntu, a town in the making, was the theme of the exhibition.", only: [] }, // no known place holds it
    { text: "Milano Moda, the fashion capital of the season, opened its doors.", only: [] }, // a capital of no known place
    { text: "More than 2,400 China-Europe Railway Express trains have run from Xi'an this year.", only: ["Xi'an"] }, // China and a continent joined name a service, as 中欧班列
    { text: "China-Africa cooperation has grown steadily.", only: [] }, // (not "the China-Africa Economic and Trade Expo", which Chinese writes 中国—非洲, naming both)
    { text: "The Central Party Committee and the New Development Bank met.", only: [] }, // "Central", "New" open bodies' names
    { text: "Changsha and the City of Rolla, Minnesota, USA signed a memorandum.", only: ["Changsha", "Rolla", "Minnesota", "USA"] }, // the city before a known division and its country, read once
    { text: "30th Anniversary of Friendly Relations Between Hubei Province and Gunma Prefecture Celebrated", only: ["Hubei Province", "Gunma Prefecture"] }, // a headline's capitalised "Between" is no part of a name
    { text: "Qingdao was named a UNESCO Creative City of Film.", only: ["Qingdao"] }, // "City of" in a title, after no "the" or demonym, names no city
    { text: "Yangzhou was named the World Capital City of Gastronomy.", only: ["Yangzhou"] },
    { text: "Chengdu, the City of Gastronomy, welcomed the delegation.", only: ["Chengdu"] }, // after "the", a title's field is no name either
    { text: "Kunming, known as the Spring City, hosted the fair.", only: ["Kunming"] }, // a city's nickname names the city before it
    { text: "Known as the Azalea City, Jiaxing hosted the fair.", only: ["Jiaxing"] }, // so when the sentence opens with it
    { text: "Jiaxing, often called the Azalea City, hosted the fair.", only: ["Jiaxing"] }, // or "called"
    { text: "Harbin, the Ice City of China, welcomed the guests.", only: ["Harbin", "China"] },
    { text: "The delegation visited the Universidade de Aveiro, Portugal.", only: ["Aveiro", "Portugal"] }, // a body's name with a particle names the place after it, not itself
    "She practised Tae-kwon-do and kept a to-do list.", // a hyphened word in lower case, or a sport, is no romanised place
    { text: "The Jilin-Primorsky Krai Cooperation Council met in Changchun.", only: ["Jilin", "Primorsky Krai", "Changchun"] }, // a known place and a hyphen pair two places
    "The guests watched a Sichuan Opera face-changing show and a Peking Opera performance.", // an art named for its place mentions none (川剧, 京剧)
    { text: "The mayor of Qingdao and Mayor Specht signed a sister-city agreement.", only: ["Qingdao"] }, // a name right after a person's title is the person, not the partner
    { text: "Since Chengdu and Perth established sister-city relations in 2015, exchanges grew.", only: ["Chengdu", "Perth"] }, // the word that opens the sentence is no part of a name
    { text: "Trade between Suzhou and Tampere grew by a third.", only: ["Suzhou"] }, // two names after "between" with no tie before them name no partner
    { text: "Parma is a UNESCO City of Gastronomy, a title Chengdu received in 2010.", only: ["Parma", "Chengdu"] }, // a body's acronym opens an honour's title
    { text: "Chongqing Signs Friendship Agreements with Three Foreign Cities", only: ["Chongqing"] }, // a headline's plural of partners names none
    { text: "Officials of the Bangkok Metropolitan Administration of Thailand attended.", only: ["Bangkok", "Thailand"] }, // a government's name is no place's
    { text: "East China's Anhui Province and Germany's Lower Saxony signed an agreement.", only: ["China", "Anhui Province", "Germany", "Lower Saxony"] }, // the words before an owner's possessive are no part of the name
    { text: "Officials Met in the Bahia state of Brazil.", only: ["Bahia", "Brazil"] }, // a headline's verb before "in" is no city
    { text: "So far, Guangxi has established 62 pairs of sister-city relations with ASEAN countries.", only: ["Guangxi"] }, // a name modifying a noun after "with", and an acronym, name no partner
    { text: "Ningbo and APEC signed sister-city ties.", only: ["Ningbo"] },
    { text: "Delegates from Frankfurt am Main, Germany visited Guangzhou.", only: ["Frankfurt", "Germany", "Guangzhou"] }, // the river after a known city's "am" is no place

    { text: "A delegation led by Mayor Florence Baxter arrived in Suzhou.", only: ["Suzhou"] }, // a title, a first name a city bears, then a surname: a person

    { text: "The Foreign Affairs Department of Hunan Province hosted the signing.", only: ["Hunan Province"] }, // an office's department: no country after it

    { text: "Shaoxing signed a cooperation agreement with Siemens.", only: ["Shaoxing"] }, // a bare agreement's partner may be a firm
    { text: "Ningbo and Siemens signed a cooperation agreement.", only: ["Ningbo"] },
    { text: "Meanwhile, Weifang signs sister city agreements every year.", only: ["Weifang"] }, // a sentence's opening word before a comma is no headline's partner
    { text: "Hangzhou established friendly exchange relations with Leeds University.", only: ["Hangzhou"] }, // a body, by its last word
    { text: "Professor Martin, Ningbo's sister city liaison, spoke.", only: ["Ningbo"] }, // "sister city" modifies a noun: no tie names the person
    { text: "The governor of Kenya's Central Province attended.", only: ["Kenya", "Central Province"] }, // the governor of a country's possession: the country is no province; a compass word is a name beside its country and division word
    { text: "The Central Committee met, and the Central Region is hot.", only: [] }, // a compass word and a division's word with no country beside them name nothing
    "The Party's Central Committee region and the Forum's Youth province were discussed.", // a possessive that is no country's
    "Why? Because the talks were held? No.", // a question mark after a word is no lost letter
    { text: "What about Paris? It was not on the route.", only: ["Paris"] },
    "The Executive Mayor Mike Smith and Former Governor Anna Berg met the guests.", // a rank or a time before the office, no place
    "Provincial Governor Ahmed Khan welcomed them.",
    { text: 'Jingdezhen was named a "World Craft City for Crafts and Folk Art".', only: ["Jingdezhen"] }, // an honour in quotation marks, no city
    { text: "The delegation visited Foshan Ceramics City and New York City.", only: ["Foshan", "New York City"] }, // a market named after its city is no city of its own
    "Visitors came from the Chinese and German cities.", // demonyms, not names
    { text: "Hebei and the State of Israel Mark Ten Years of Ties", only: ["Hebei", "Israel"] }, // a known country after the division's word, and a headline's verb after it
    "A Greek City delegation arrived.", // a demonym alone before City is no name
    "The fund raised US$5 million.", // US$ is a currency
    "Two-way trade reached 3.2 billion U.S. dollars last year.", // a currency named for its country (美元) is no mention of it
    "African and European delegates attended.", // adjectives are not places
    { text: "Hubei Province and the US State of Ohio signed the agreement.", only: ["Hubei Province", "the US", "Ohio"] }, // "US State of": whose state Ohio is
    { text: "Zhejiang signed an agreement with the State of Queensland, Australia.", only: ["Zhejiang", "Queensland", "Australia"] }, // "State" alone names no place
    { text: "Officials of Keppel Holdings of Singapore attended.", only: ["Singapore"] }, // a body's name, not a place
    { text: "The delegation toured the China Textile City and Mexico City.", only: ["China", "Mexico City"] }, // a market named after its country is no city (its country is named, as 中国 in 中国轻纺城)
    { text: "Nanchang, capital of east China's Jiangxi Province, hosted the fair.", only: ["Nanchang", "China", "Jiangxi Province"] }, // the possessive is no part of the name
    "The Friendship City Award was presented.", // an award, not a city
    "They Sign an Agreement on Friendly Exchange City Relations", // a kind of tie, not a city
    "Chinese living abroad welcomed the delegation.", // a demonym
    "The Forbidden City drew visitors.", // a landmark with City in its name
    { text: "The Consulate General of Turkey hosted a reception.", only: ["Turkey"] }, // an office before "of <country>"
    { text: "Chancellor Olaf Scholz of Germany attended.", only: ["Germany"] }, // a person after a title
    { text: "Anna Berg of Sweden spoke at the forum.", only: ["Sweden"] }, // a first name and a surname
    { text: "Mr. Weber of Austria gave a speech.", only: ["Austria"] }, // a person after Mr.
    { text: "The fair drew Germans in Portugal.", only: ["Portugal"] }, // a demonym in the plural
    "The Mayor of the city welcomed them.", // no name after the mayor
  ],
};
