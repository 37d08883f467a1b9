/**
 * Organisations as parties of an agreement: a place's name opening one (河南农业大学, "Kansas State
 * University", "Germany's Acme", "the University of Lyon", 汉堡港 for the port), and two bodies joined by 与 or
 * "and" before the trigger, whether or not a place opens their names (贵州大学与梅西大学, 青岛港与汉堡港,
 * "Guizhou University and Massey University", "the Suzhou Industrial Park Administrative Committee and Sembcorp
 * Industries of Singapore").
 */
import type { PartyMention } from "../types";
import { allMatches } from "../shared/matches";
import { gazetteer } from "../places/gazetteer";
import { SUFFIXES } from "../places/en";
import { HEADLINE_VERB_TITLE_CASE } from "../shared/headline-verbs";

/** a headline's capitalised verb ("Singapore's Sembcorp Sign Agreement"): it ends the name before it */
const HEADLINE_VERB = HEADLINE_VERB_TITLE_CASE;
/** the capitals and letters of Latin names, accented ones too (Osnabrück, Łódź, Besançon), where \w alone stops */
export const LATIN_CAPITAL = "A-Z\\u00C0-\\u00DE\\u0100-\\u017F";
export const LATIN_LETTER = "\\w\\u00C0-\\u024F";
/** a capitalised English name word, its letters, apostrophes and hyphens */
export const NAME_WORD_EN = `[${LATIN_CAPITAL}][${LATIN_LETTER}'’-]*`;
/**
 * a field of study after a body's word is still its name, with the campus after it: "University of Technology
 * Cottbus-Senftenberg", "Academy of Sciences", not a headline's verb after it (a place after "of" only says whose
 * body it is: "Sembcorp Industries of Singapore")
 */
/**
 * the fields a government body's name lists after its first ("Bureau of Culture, Radio, Television and Tourism", 文化广电和旅游局),
 * the last after "and" any ("Department of Agriculture, Trade and Consumer Protection")
 */
const LATER_FIELD = "(?:Radio|Television|Film|Press|Publication|Broadcasting|Sports|Tourism|Culture|Commerce|Trade|Investment)";
const FIELD_OF_BODY = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:Science|Sciences|Technology|Arts|Commerce|Economics|Economy|Finance|Investment|Industry|Energy|Environment|Agriculture|(?:(?:Traditional\\s+)?Chinese\\s+)?Medicine|Engineering|Education|Culture|Tourism|Health|Trade|Transport(?:ation)?|Foreign\\s+(?:Studies|Affairs|Trade)|Economic\\s+Affairs|(?:Social|Agricultural|Medical|Applied)\\s+Sciences)(?:(?:,\\s+${LATER_FIELD}){1,4},?\\s+and\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?|(?:\\s+and\\s+(?:Technology|Engineering|Arts|Rural\\s+Affairs|Forestry|${LATER_FIELD})))?(?:\\s+(?!The\\b|${HEADLINE_VERB}\\b)${NAME_WORD_EN}){0,2})?`;
/**
 * a field joined to the next by "and" inside a body's name, before the word that makes it one ("Fujian Agriculture
 * and Forestry University", "the Shandong Science and Technology Museum"): a conjunction after any other word ends
 * the name ("Li Ming and Guizhou University" are two)
 */
const FIELD_AND = "(?:Agriculture|Science|Sciences|Arts|Economics|Finance|Politics|Law|Posts|Industry|Commerce|Trade|Aeronautics|Languages?|Culture|Technology|Engineering|Medicine|Health|Forestry|Business|Investment|Community|Technical|Vocational|Education|Economic)\\s+and(?=\\s+[A-Z])";
/**
 * what may follow a place in an organisation's name, up to the word that makes it one (no conjunction inside but
 * one between fields, FIELD_AND: "the Suzhou Industrial Park Administrative Committee and Singapore's JTC
 * Corporation" are two); a development zone and its committee (苏州工业园区管委会), a board of education (熊本市教育委员会, "the
 * Kumamoto City Board of Education", "the Toledo Tourism Board"; Korea's public corporations, 釜山观光公社, "the Busan Tourism
 * Organization"), an authority or a bureau (新加坡裕廊镇管理局, 义乌市商务局, "the Yiwu Municipal Bureau of
 * Commerce"; not 局势), a department or an agency (湖南省商务厅, 仁川经济自由区厅; not 展厅, 厅长, or 市政厅, the city's own government),
 * a ministry or a department (俄亥俄州农业部, "the Ohio Department of Agriculture"; not 东部, 部分 or 部长) sign as bodies, not
 * as the city; the clause's words (了, 还, 也, and the verbs of an event: 广东省还加入了世界大都市协会, 武汉市加入亚太城市旅游振兴机构) stand
 * between a place and a body it does not name; a Party committee ("Secretary of the CPC Jinhua Municipal
 * Committee") names an official's post, never a signatory
 */
/**
 * the English words that end a body's name, read both after a place (ORGANISATION_AFTER: an industrial park, a development
 * zone, a committee not a Party's or a government's) and alone (BODY_WORD: a firm's legal form, any committee)
 */
const BODY_WORD_EN_SHARED = "University|College|Institute|Academy|Bank|Group|Company|Corporation|Airlines|Airways|(?<=\\b(?:Economic|Economy|Development|Trade|Pilot|Industrial|High-[Tt]ech)\\s)Zone|Hospital|Association|Chamber of Commerce|Chambers|Council for the Promotion of International Trade|Bureau|Agency|(?:Department|Ministry)(?=\\s+of\\s)|Museum|(?:Airp|P)ort(?!\\s+[A-Z])|Television|TV|Broadcasting|School|Gymnasium|Authority|Board(?=\\s+of\\s+Education\\b)|(?<=\\b(?:Tourism|Tourist|Trade|Investment|Promotion)\\s)(?:Board|Organi[sz]ation)";
/** the titles of office holders, whom a name follows (厅长柳韩局, 市长李明) */
const OFFICE_TITLE_ZH = "(?:[省市区县州道郡厅局部]长|书记|主任|知事|议长|主席|大使|领事)";
export const ORGANISATION_AFTER = {
  // (not through an office holder's title and name: 西区|厅长柳韩局 is the district's head, not a bureau)
  // (威斯康星州|农业、贸易和消费者保护厅: a government department named for a list of fields, 、 and 和 inside its name;
  // 湖南省|文化和旅游厅, two fields; not 商务厅和外事局 or 外办和长沙市商务局, two bodies, a body's word or a place in a field)
  zh: new RegExp(String.raw`^(?:(?:[^\s与和及同跟、，。；在对向的了还也已并厅局部会办省市县]{1,6}、){0,3}[^\s与和及同跟、，。；在对向的了还也已并厅局部会办省市县]{1,6}和[^\s与和及同跟、，。；在对向的了还也已并省市县]{1,8}(?:厅(?![长堂])|局(?![势面部])|委员会)|(?:(?!加入|签署|签订|成为|缔结|建立|${OFFICE_TITLE_ZH}\p{Script=Han})[^\s与和及同跟、，。；在对向的了还也已并]){0,10}(?:大学|学院|银行|集团|公司|医院|协会|商会|贸促会|贸易促进委员会|研究院|研究所|博物馆|机场|电视台|报社|中学|小学|高中|初中|学校|[一二三四五六七八九十]{1,2}中(?![国心外方学全])|公社|公团|管委会|管理委员会|教育委员会|工业园区|开发区|高新区|保税区|实验区|试验区|示范区|自贸区|机构|局(?![势面部])|(?<![展大餐客舞门政])厅(?![长堂])|(?<![东西南北中内外全干总局支])部(?![分长门署队位])|(?<![签部])署(?![长名理])|港(?![澳台区口城务])))`, "u"),
  en: new RegExp(
    // "Germany's Acme": a possessive and the capitalised name after it, up to a lower-case word or a headline's verb
    // (not a division's word: "Italy's Province of Prato" names a place, not a body)
    `^['’]s(?!\\s+(?:${SUFFIXES}|Capital)\\b)(?:\\s+(?!${HEADLINE_VERB}\\b)[A-Z][\\w&-]*)+(?=\\s+(?:[a-z]|$|${HEADLINE_VERB}\\b)|[,.;:]|$)|` +
      // ("Harbin Joins World Winter Cities Association": not through a headline's verb)
      `^(?:['’]s)?(?:\\s+(?:${FIELD_AND}|(?!${HEADLINE_VERB}\\b)[A-Z][\\w'’&-]*|No\\.\\s*\\d+|of|for))*?` +
      `\\s+(?:${BODY_WORD_EN_SHARED}|Industrial Park|(?:Administrative |Management )?(?<!(?:Municipal|Provincial|County|District|Party) )Committee)\\b` +
      FIELD_OF_BODY,
  ),
};

/** the English words that name a body by its kind alone, after "the" ("with the university", "and the chamber") */
export const BODY_KIND_EN = "university|college|school|academy|institute|company|group|corporation|firm|association|chamber|hospital|bank|museum";

/** "the University of Lyon", "the Bank of Kunlun": an organisation named "X of <place>" */
// ("the Port of Rotterdam": a port's authority, named after its city; not Port of Spain, a capital, which the caller checks)
// (with the words before its head: "the Technical University of Munich", not "the University of Munich")
// (and a government's body named for its field, then its place: "the Forestry Bureau of the Guangxi Zhuang Autonomous Region",
// "the Tourist Office of Nice"; not a bare "Department of", which names its field after it)
// (not "the Foreign Affairs Office of Ningbo", which acts for its government as 宁波市外事办公室 does: the place is the party, in
// both languages, as 外事办公室 is no body's word)
// ("the Tourism Authority of Thailand"; "the Ministry of Industry and Commerce of Laos": a ministry named for its fields, then its country)
export const ORGANISATION_BEFORE_EN = new RegExp(`\\b(?:(?:(?!The\\b)${NAME_WORD_EN}\\s+){0,3}(?:University|College|Institute|Academy|Bank|Museum|Chamber of Commerce|Port|Board of Education)|(?:(?!The\\b)${NAME_WORD_EN}\\s+){1,3}(?:Bureau|(?<!\\bForeign\\s+Affairs\\s+)Office|Commission|Administration|Department|Authority|Agency)|(?:Ministry|Department)\\s+of\\s+(?:${NAME_WORD_EN}(?:,|\\s+and)?\\s+){0,4}${NAME_WORD_EN})\\s+of\\s+(?:the\\s+)?$`);

/** the words that end an organisation's name */
const BODY_WORD = {
  // (委员会 ends 管理委员会, 教育委员会 and 贸易促进委员会 too)
  zh: "大学|学院|银行|集团|公司|医院|协会|商会|贸促会|研究院|研究所|博物馆|机场|电视台|报社|中学|小学|高中|初中|学校|公社|公团|[一二三四五六七八九十]{1,2}中(?![国心外方学全])|管委会|委员会|机构|局(?![势面部长])|(?<![签部])署(?![长名理])|港(?![澳台区口城务])",
  // (a firm's legal form ends its name here too, and any committee does)
  en: `${BODY_WORD_EN_SHARED}|Corp\\.?|Industries|Holdings|Enterprises|Inc\\.?|Ltd\\.?|(?:Administrative |Management )?Committee`,
};
/** a body's word and "of" right before a country: "the Aqaba Special Economic Zone Authority of Jordan", "Sembcorp Industries of Singapore" say whose body it is */
// ("the Dubai World Trade Centre of the United Arab Emirates": a centre's too, though "Centre" alone names no body here)
export const BODY_OF_EN = new RegExp(`\\b(?:${BODY_WORD.en}|Cent(?:re|er))\\s+of\\s+(?:the\\s+)?$`);
/** words that open a clause, not a name: 访问期间贵州大学与… */
const CLAUSE_OPENING_ZH = /^(?:近日|日前|此外|同时|随后|当天|会上|会后|期间|座谈会上|仪式上|活动中|访问期间|论坛期间)/;
// not from a sentence's "The": "The Wuxi New District Administrative Committee and …"
// (a school's number inside its name: "Shaoxing No. 1 High School")
// (a level's word in lower case may open it after "the": "the municipal Bureau of Commerce", as 市商务局 is a body)
const EN_NAME = `(?!The\\b)(?:[${LATIN_CAPITAL}][${LATIN_LETTER}'’&.-]*\\s+|(?<=\\b[Tt]he\\s+)(?:municipal|provincial|city|county|district|prefectural)\\s+(?=[${LATIN_CAPITAL}]))(?:(?:No\\.\\s*\\d+|${FIELD_AND}|[${LATIN_CAPITAL}][${LATIN_LETTER}'’&.-]*|of|for)\\s+)*?(?:${BODY_WORD.en})\\b`;
/** a body named "X of <name>" ("the University of Novi Sad"): the name after "of" is its own, a place the gazetteer knows or not */
// ("the Board of Education of Nagaokakyo", as 长冈京市教育委员会; "the Port of Dalian", as 大连港, not Port of Spain, a capital)
// (not from a sentence's "The"; "the University of Science and Technology of China": its fields, then its name)
// (or a tourism body named "Travel <place>" or "Destination <place>": "Travel Portland", "Destination Canada", the city's or the
// country's promoter, not the place; not "Visit …", which a headline's verb may be)
const BODY_OF_NAME_EN = `(?:(?:(?!The\\b)${NAME_WORD_EN}\\s+){0,3}(?:University|College|Institute|Academy|Bank|Museum|Board\\s+of\\s+Education|Port(?=\\s+of\\s+(?!Spain\\b)))(?:\\s+of\\s+Sciences?\\s+and\\s+Technology)?\\s+of\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2}|(?:Travel|Destination)\\s+${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN})?)`;
/** the fields a name goes on with after "and": "the University of Science and Technology" */
const FIELD_AND_NEXT = "Technology|Engineering|Arts|Tourism|Forestry|Commerce|Economics|Law|Medicine|Sciences?";
/** two bodies joined by 与 or "and": each name ends in a word that makes it one, or is "X of <name>" ("… and the University of Coimbra") */
const COORDINATED = {
  // (a transliterated name may hold a hyphen or a middle dot: 阿里-法拉比哈萨克国立大学)
  zh: new RegExp(`([\\p{Script=Han}A-Za-z]{1,16}?(?:${BODY_WORD.zh}))(?:与|和|同)((?:[\\p{Script=Han}A-Za-z]|[-－·](?=\\p{Script=Han})){1,20}?(?:${BODY_WORD.zh}))`, "gu"),
  // ("The University of Leeds and Zhejiang University": "X of <name>" first too, not a field's "and" inside a name)
  en: new RegExp(`(${EN_NAME}${FIELD_OF_BODY}|\\b${BODY_OF_NAME_EN}(?!\\s+and\\s+(?:${FIELD_AND_NEXT})\\b))(?:\\s+of\\s+(?:the\\s+)?${NAME_WORD_EN})?\\s+and\\s+(?:the\\s+)?(${EN_NAME}${FIELD_OF_BODY}|\\b${BODY_OF_NAME_EN})`, "g"),
};

/**
 * a body's name wherever it stands, a place opening it or not: 吉利控股集团 and 诺维萨德大学 from after the word before
 * them (位于宁波的|吉利控股集团, 访问了|诺维萨德大学, a visiting verb set aside), "Geely Holding Group", "the University
 * of Novi Sad"
 */
const BODY_NAME = {
  // (not through a verb of signing: 在汉堡|签署友好港 is a venue and a document's kind, no port's name)
  zh: new RegExp(`(?<=^|[的了、，。；：与和及同在对向从为是])(?:参观|访问|考察|走访|拜访|会见|调研|来到|前往|走进)?((?:(?![的了、，。；：与和及同在对向从为是]|签署|签订|缔结)[\\p{Script=Han}A-Za-z]){1,16}?(?:${BODY_WORD.zh}))`, "gu"),
  en: new RegExp(`(${EN_NAME}${FIELD_OF_BODY})|\\b(${BODY_OF_NAME_EN})`, "g"),
};

/**
 * an office holder's title with a name after it, inside what reads as a body's name: 西区厅长柳韩局 is the district's head,
 * whose given name ends in 局, not a bureau
 */
const OFFICE_HOLDER_INSIDE_ZH = new RegExp(`${OFFICE_TITLE_ZH}\\p{Script=Han}`, "u");
const namesOfficeHolder = (name: string, lang: "zh" | "en"): boolean => lang === "zh" && OFFICE_HOLDER_INSIDE_ZH.test(name);

/** The bodies a text names, by the name's form alone, in text order. */
export function bodiesNamedIn(text: string, lang: "zh" | "en"): { index: number; text: string }[] {
  return allMatches(BODY_NAME[lang], text).flatMap((m) => {
    const name = m[1] ?? m[2]!;
    return namesOfficeHolder(name, lang) ? [] : [{ index: m.index + m[0].length - name.length, text: name }];
  });
}

/**
 * "the municipal government and Temasek Holdings of Singapore signed": the release's own government joined to a body,
 * which is the partner (the own side is settled at fusion, as 市政府与新加坡淡马锡控股公司 is)
 */
const OWN_GOVERNMENT_AND_BODY = new RegExp(`\\b[Tt]he\\s+(?:municipal|provincial|city|county|district)\\s+(?:people['’]s\\s+)?government\\s+and\\s+(?:the\\s+)?(${EN_NAME}${FIELD_OF_BODY})`, "g");

/**
 * "Guiyang and Massey University of New Zealand signed": a body named by no place, joined by "and" right before the
 * trigger to a place (which the place rules read), is the other party (its country after "of" says whose it is)
 */
// (苏州市与吉利控股集团签署: 与 and a body right before the trigger, as "and"; not 该公司, the body named before)
const AND_BODY_BEFORE_TRIGGER = {
  zh: new RegExp(`(?:与|同|和)((?!该|此|两|双方)(?:(?![与和同及、，。；：的])[\\p{Script=Han}A-Za-z]){2,16}?(?:${BODY_WORD.zh}))(?:正式|共同|还|也)?$`, "du"),
  en: new RegExp(`\\band\\s+(?:the\\s+)?(${EN_NAME}${FIELD_OF_BODY})(?:\\s+of\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN})?)?\\s*$`, "d"),
};

/** 与A公司、B大学分别签署: two or more bodies listed with 、 after 与, right before the trigger (group 1: the list) */
const BODY_ITEM_ZH = `(?:(?![与和同及、，。；：的])[\\p{Script=Han}A-Za-z]){2,16}?(?:${BODY_WORD.zh})`;
const LISTED_BODIES_BEFORE_TRIGGER_ZH = new RegExp(`(?:与|同)((?!该|此|两|双方)${BODY_ITEM_ZH}(?:、${BODY_ITEM_ZH})+)(?:分别)?(?:正式|共同|还|也)?$`, "du");

/**
 * "…, and Soochow University signed …": a body that is the whole subject before the trigger, named by no place the
 * gazetteer knows (a place opening it, "Zhejiang University", is read from the place)
 */
// (after a phrase that opens the sentence, "During the visit, the municipal Bureau of Commerce signed"; and with a body
// named by its kind after "and", "… and the chamber signed", which the anaphors read)
const BODY_IS_SUBJECT_EN = new RegExp(`^\\s*(?:(?:During|At|After|Following|On|In)\\s[^,;]{1,50},\\s+)?(?:(?:and|but)\\s+)?(?:the\\s+)?(${EN_NAME}${FIELD_OF_BODY}|${BODY_OF_NAME_EN})(?:\\s+and\\s+the\\s+(?:${BODY_KIND_EN}))?\\s+(?:(?:also|jointly|then|formally|officially|has|have|had)\\s+){0,2}$`, "d");

/**
 * "signed a framework agreement with Temasek Holdings": a body named by no place after the trigger's "with" (before
 * the next clause), the partner, as the body joined before the trigger is
 */
// (or "X of <name>", a place the gazetteer knows or not: "with the University of Leeds")
// (with its city after it, where the clause ends: "with Radboud University Nijmegen.")
const WITH_BODY_AFTER = new RegExp(`^[^,;.]{0,80}?\\bwith\\s+(?:the\\s+)?(${EN_NAME}${FIELD_OF_BODY}(?:\\s+(?!The\\b)${NAME_WORD_EN}(?=\\s*[,.;]|\\s*$))?|${BODY_OF_NAME_EN})`, "d");
export function bodyAfterWith(text: string, triggerEnd: number, to: number): PartyMention | null {
  const m = WITH_BODY_AFTER.exec(text.slice(triggerEnd, to));
  return m ? { kind: "organisation", index: triggerEnd + m.indices![1]![0], text: m[1]! } : null;
}
/** a second body joined to the first after "with": "with Temasek Holdings and the National University of Singapore" */
const AND_BODY_NEXT = new RegExp(`^\\s+and\\s+(?:the\\s+)?(${BODY_OF_NAME_EN}|${EN_NAME}${FIELD_OF_BODY})`, "d");
export function bodyJoinedAfter(text: string, first: PartyMention, to: number): PartyMention | null {
  const from = first.index! + first.text!.length;
  const m = AND_BODY_NEXT.exec(text.slice(from, to));
  return m ? { kind: "organisation", index: from + m.indices![1]![0], text: m[1]! } : null;
}

/**
 * The bodies that the text names in [from, to), the subject of the trigger at `to`: two joined by 与 or "and", a
 * body joined to the release's own government, and a body joined by "and" to a place right before the trigger.
 */
export function coordinatedOrganisations(text: string, from: number, to: number, lang: "zh" | "en"): PartyMention[] {
  const out: PartyMention[] = [];
  const span = text.slice(from, to);
  if (lang === "en") for (const m of allMatches(OWN_GOVERNMENT_AND_BODY, span)) out.push({ kind: "organisation", index: from + m.index + m[0].length - m[1]!.length, text: m[1]! });
  for (const m of allMatches(COORDINATED[lang], span)) {
    let first = m[1]!;
    const opening = lang === "zh" ? CLAUSE_OPENING_ZH.exec(first) : null;
    if (opening) first = first.slice(opening[0].length);
    const firstAt = from + m.index + m[1]!.length - first.length;
    const secondAt = from + m.index + m[0].length - m[2]!.length;
    if (first.length < 2) continue;
    // (连云港, 防城港: a city whose name ends in 港, a place, not a port's body)
    const isPlace = (name: string): boolean => lang === "zh" && gazetteer().zh.has(name);
    if (!isPlace(first) && !namesOfficeHolder(first, lang)) out.push({ kind: "organisation", index: firstAt, text: first });
    if (!isPlace(m[2]!) && !namesOfficeHolder(m[2]!, lang)) out.push({ kind: "organisation", index: secondAt, text: m[2]! });
  }
  // (与淡马锡控股公司、东京大学分别签署: bodies listed with 、 after 与, each a partner)
  const listed = lang === "zh" ? LISTED_BODIES_BEFORE_TRIGGER_ZH.exec(span) : null;
  if (listed) {
    let at = from + listed.indices![1]![0];
    for (const name of listed[1]!.split("、")) {
      if (!out.some((o) => o.index === at) && !gazetteer().zh.has(name)) out.push({ kind: "organisation", index: at, text: name });
      at += name.length + 1;
    }
    return out;
  }
  // (one the pair of bodies above read already is not read twice; the "d" flag gives the body's own position)
  const andBody = AND_BODY_BEFORE_TRIGGER[lang].exec(span) ?? (lang === "en" && !out.length ? BODY_IS_SUBJECT_EN.exec(span) : null);
  const at = andBody ? from + andBody.indices![1]![0] : -1;
  if (andBody && !out.some((o) => o.index === at)) out.push({ kind: "organisation", index: at, text: andBody[1]! });
  return out;
}

/**
 * Where the body word after a trigger ends (成为该组织, "to join the organization"), when a body named before the
 * trigger is what it stands for, so the citation holds the word; 0 otherwise. `anaphor` reads the word, anchored.
 */
export function bodyWordAfter(text: string, end: number, organisations: readonly PartyMention[], anaphor: RegExp): number {
  const word = organisations.some((o) => o.index !== null && o.index < end) ? anaphor.exec(text.slice(end)) : null;
  return word ? end + word[0].length : 0;
}

/** the officers who sign for a body, not for a government (会长, 总经理, "President of", "Managing Director of") */
const BODY_OFFICER = {
  zh: "副?(?:会长|总经理|董事长|校长|院长|秘书长|理事长|行长|总裁|首席执行官)",
  en: "(?:(?:Vice|Deputy|Executive)\\s+)?(?:President|Chairman|Chairwoman|Chair|Director(?:\\s+General)?|Managing\\s+Director|General\\s+Manager|CEO|Secretary[- ]General|Rector|Dean)",
};
/** a body's last word in Chinese: 贸促会, 工商大会, 大学, 公司, 银行 (not 政府, whose officers are a government's) */
const ENDS_AS_BODY_ZH = /(?:会|院|校|大学|公司|集团|银行|中心|台|社|馆|所)$/u;
/**
 * the two bodies whose officers sign, each before its officer and the officer's name: 市贸促会会长刘洋与德国巴伐利亚州
 * 工商大会总经理曼弗雷德·格斯纳在慕尼黑签署; "Liu Yang, President of the Municipal Council for the Promotion of
 * International Trade, and Manfred Gößl, Managing Director of the Bavarian Chambers of Industry and Commerce, signed"
 */
const SIGNATORIES = {
  zh: new RegExp(`(\\p{Script=Han}{2,16}?)${BODY_OFFICER.zh}[\\p{Script=Han}·]{2,12}?(?:与|和|同)(\\p{Script=Han}{2,20}?)${BODY_OFFICER.zh}[\\p{Script=Han}·]{2,12}?(?:在\\p{Script=Han}{1,10})?(?:共同|正式)?(?:代表双方)?$`, "du"),
  // (a person's name may hold letters beyond ASCII: Gößl)
  en: new RegExp(`\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+${BODY_OFFICER.en}\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^,;]{2,80}?),\\s+and\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+${BODY_OFFICER.en}\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^,;]{2,80}?),\\s+(?:jointly\\s+|also\\s+)?$`, "du"),
};

/** The two bodies whose officers sign, named right before the trigger at `to` (from `from`), or none. */
export function signatoryBodies(text: string, from: number, to: number, lang: "zh" | "en"): PartyMention[] {
  const m = SIGNATORIES[lang].exec(text.slice(from, to));
  if (!m) return [];
  if (lang === "zh" && ![m[1]!, m[2]!].every((n) => ENDS_AS_BODY_ZH.test(n))) return [];
  // (the "d" flag gives each body's own position)
  return [1, 2].map((k) => ({ kind: "organisation", index: from + m.indices![k]![0], text: m[k]! }));
}
