/**
 * English agreement rules: one named rule per kind of event, each a trigger pattern; the corpus beside
 * this file (en.corpus.ts) holds what each must read and what must give nothing. Parties are the places
 * of the sentence (extractors/places), organisations the rule reads ("joined the X Association", "X has
 * cooperated with Y to establish"), or the release's own place ("it", or no subject). "established
 * relationships with 67 local governments" counts partners instead of naming them: a count, not an event.
 */
import type { AgreementLevel, AgreementRule, AgreementType, DateCandidate, Organisations, PartyMention, PlaceCandidate } from "../types";
import { eventCandidate, GAP_TIME_WORDS, listNamesPlaces, namedParties, ORDINAL_WORD_EN, OWN_KIND_EN, PAIR_NAME, partyPlaces, PLANNING_VERB_EN, placeInsideBody, subjectNamedIn, TIE_OF_PROVINCES, WINDOW, withoutLocators } from "./parties";
import { markPairReferents, pairReferents } from "./pair-referents";
import { listsBracketYears, NUMBER_WORD, triggerRule, withLaterClauses } from "./trigger-rule";
import { placeVisited, settlePairByVisit, visitParties } from "./place-visited";
import { gappedPairEvents } from "./en-gapped-pair";
import { anniversaryTieDate, clauseEnd, dateGoneOnFrom, isAnniversary, nearestDate, pairNamedDate, sentenceOpeningDate } from "./event-dates";
import { bodyNamedByKind, partnerNamedByKind } from "./anaphors";
import { bodyAfterWith, bodyJoinedAfter, bodyWordAfter, NAME_WORD_EN, signatoryBodies } from "./organisations";
import { BODY_ANAPHOR, cooperatingPartners, joinedOrganisation, jointFounders } from "./en-bodies";
import { lastMatch } from "../shared/matches";
import { labelledGroup } from "./labelled-groups";
import { ANAPHOR_WORDS, AND_GAP, AND_SUBJECT, CLAUSE_ADVERB, DOCUMENT_ANAPHOR, GAPPED_DOCUMENT, LETTER_OF_INTENT, NAME_NEXT, PASSIVE_ANAPHOR_WORDS, PASSIVE_DOCUMENT_ANAPHOR, SECOND_DOCUMENT, SECOND_VERB, VERB } from "./en-clauses";
import { BODIES_TIED, BODY_TIE_KIND, COLON_ITEM_BEFORE, NEXT_LISTED_DOCUMENT, SIGNED, SIGNED_AGREEMENT } from "./en-documents";
import { GAPPED_TIE, GAPPED_TIE_CLAUSE, ADDED_TIES, ADDED_AS_TIE, LISTED_TIES, IS_TIE_OF, OWNED_TIE_OF_NAME, LATEST_OF_TIES, PAIRED_DIVISION, RANKED_IS_TIE, HELD_TIE_START, HELD_TIE, NAMES_ITS_PAIR, TIE_BETWEEN_ESTABLISHED, TIE_TURNING, OWNED_FRIENDLY_TIE, FRIENDSHIP_DATES_BACK, AGREEMENT_ON_FRIENDLY_COOPERATION } from "./en-tie-phrases";
import { COUNTED_PARTNERS, namesExamples, COUNTED_SUBJECT, PAIRS_INCLUDED_AFTER, COUNTED_IN_WORDS, COUNTED_DOCUMENTS, COUNTED_BODIES_BETWEEN, YEAR_OR_YEARS, ORDINAL, DAY_OF_MONTH } from "./en-tallies";

const LEVEL: Record<string, AgreementLevel> = { provincial: "provincial", province: "provincial", city: "city", municipal: "city", county: "county", district: "district" };
// ("reached a preliminary intention to establish", "reached a consensus on establishing", "reached an agreement to
// establish": talked about, not done)
// ("expressed their willingness to promote the establishment of …", "explore establishing …": a goal, not a tie made)
// ("launched the twinning process with …": the tie begun, not made)
// ("agreed to speed up the process of establishing …": the steps towards a tie, not the tie)
const PLANNED = /\b(?:will|would|shall|willingness\s+to|launch(?:ed|es|ing)?|(?:are|is|were|was)\s+(?:ready|willing|keen)\s+to|hop(?:e|es|ed)\s+to|look\s+forward\s+to|explor(?:e|es|ed|ing)|discuss(?:ed|ing)?|(?:discussions?|talks)\s+(?:on|about)|(?:discussions?|talks|negotiations?|consultations?|negotiat(?:e|es|ed|ing))\s+with\s+[^.;]{1,60}?\s+(?:on|about|over|regarding)|plans?\s+to|planning\s+to|is\s+to|are\s+to|intends?\s+to|expects?\s+to|expected\s+to|agreed\s+to|intention\s+to|consensus\s+on|reached\s+(?:an?\s+)?agreement\s+(?:to|on)|(?:is|are)\s+(?:set|due|poised|scheduled|slated)\s+to|work(?:ing)?\s+(?:to|towards?)|strive\s+to|seek\s+to|aim\s+to|invit(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?to|steps?\s+towards?|pav(?:e|es|ed|ing)\s+the\s+way\s+for|promot(?:e|es|ing)|push(?:es|ing)?\s+for|la(?:y|ys|ying|id)\s+(?:a|the)\s+(?:solid\s+|good\s+|firm\s+)?foundation\s+for|(?:speed(?:s|ing)?\s+up|accelerat(?:e|es|ing)|expedit(?:e|es|ing)|advanc(?:e|es|ing)|push(?:es|ing)?\s+forward)\s+(?:the\s+)?(?:process|procedures?)\s+(?:of|for))\s+(?:\w+\s+){0,2}$/i;
/** a ranking before the trigger's infinitive: "one of the first cities in Hubei to …", "the only county to …" */
const RANKED_INFINITIVE = /\b(?:first|earliest|only|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,8}?to\s+$/i;
/** a partner in general after the trigger: "with a French city", "with cities in Africa", "with foreign provinces" */
const GENERAL_PARTNER_AFTER = /^[^.;,]{0,30}?\s+with\s+(?:an?\s+|other\s+|foreign\s+|overseas\s+)?(?:[A-Z][\w'’-]*\s+)?(?:cit(?:y|ies)|towns?|provinces?|states?|countries|regions?)\b/;
/** a negation right before the trigger's verb: the event did not happen ("failed to sign", 未能签署) */
const NEGATED = /\b(?:not|never|yet\s+to|failed\s+to|fail\s+to|unable\s+to)\s+(?:(?:yet|formally|officially|been|be|to)\s+){0,2}$/i;
/** "Luoyang and Nagasaki to Become Sister Cities": a headline's names, then "to", say what is to come */
const HEADLINE_INFINITIVE = /^\s*(?:(?:[A-Z][\w'’.-]*|of|the)(?:,|\s+and)?\s+){1,8}[Tt]o\s+$/;
/** "agreed to exchange delegations … and to sign an agreement": a second infinitive of what was agreed or planned */
const PLANNED_TOO = /\b(?:agreed|decided|plan(?:s|ned)?|pledged|vowed|promised|intends?|expects?)\s+to\b[^.;]*\band\s+to\s+(?:\w+\s+){0,2}$/i;
/** "the two sides will hold eight events …, and sign the Memorandum": a bare verb joined to what will be done goes on with it (as 将举办…，并签署) */
const PLANNED_BARE_VERB = /\b(?:will|shall|(?:plans?|planned|agreed|decided|intends?|expects?)\s+to)\b[^.;]*\band\s+(?:also\s+|then\s+|jointly\s+)?$/i;
const BARE_SIGNING_VERB = /^(?:sign|establish|conclude|renew|ink|forge|become)(?![a-z])/i;
/** "… signed a letter of intent in 2023 and plan to become sister cities next year": the planned clause's own start, which the dates before it do not date */
const PLANNED_CLAUSE = new RegExp(`\\s+and\\s+(?:also\\s+)?(?:${PLANNING_VERB_EN}|intend|hope)\\s+to\\s+(?:\\w+\\s+){0,2}$`, "i");
const ANNOUNCED = /\bannounced\s+(?:that\s+)?(?:\w+\s+){0,4}$/i;
const OWN_KIND = Object.keys(OWN_KIND_EN).join("|");
// ("our city", a translation of 我市; not "the City of Malacca", the partner's formal name)
const SUBJECT_PRONOUN = new RegExp(`\\b(?:it|(?:the|our) (?:${OWN_KIND})(?!\\s+of\\b))\\s+(?:\\w+\\s+){0,3}$`, "i");
/** "the province and the State of Oaxaca held …", "Our city and the City of Malacca became …": the release's own place joined to the partner it names first */
const OWN_AND_PARTNER = new RegExp(`\\b(?:the|our) (?:${OWN_KIND})\\s+and\\s+(?:the\\s+(?:${NAME_WORD_EN}\\s+of\\s+)?)?$`, "i");

/** "the two sides (have) signed": the pair word right before a trigger */
const PAIR_BEFORE_TRIGGER = new RegExp(`${PAIR_NAME.en}\\s+(?:(?:also|have|has|then|jointly|formally|officially)\\s+){0,2}$`);
/** a time that opens a second clause, before its subject: ", and on September 4, Shandong … signed", ", and in June, the city …" */
const TIME_OPENS_CLAUSE = "(?:(?:on|in|at)\\s+[^,;]{1,30},\\s+)?";
/** a second clause's subject named by its kind: ", and in June, the provincial capital established …" (not the pair, "the two sides") */
const THE_SUBJECT = "the\\s+(?!two\\s|both\\s)(?:[a-z][a-z-]*\\s+){1,3}";
/** the verbs of an event that a second clause of the sentence may open with its own subject */
// (", and Zhengzhou and Regensburg upgraded their … relations to sister-city relations": an upgrade is an event of its own)
const EVENT_VERB = "(?:signed|established|inked|joined|agreed|concluded|forged|set\\s+up|became|renewed|twinned|upgraded)";
/** the words a gapped trigger opens with: a document ("a letter of intent") or a tie's kind ("friendly exchange relations") */
const GAPPED_TRIGGER_START = /^(?:an?\s|friendly\s|sister|twin|friendship)/i;
const ENDS_WITH_AND_GAP = new RegExp(`${AND_GAP}$`);
/** a bare " and " before a second document, after the first document's own partner: "signed the Plan … with Mannheim and " */
const OWN_PARTNER = "\\bwith\\s+(?:the\\s+)?[A-Z][^,;]{0,60}?";
const AND_AFTER_OWN_PARTNER = new RegExp(`${OWN_PARTNER}\\s+and\\s+$`);
/**
 * "established sister-city relations with A in 1983, with B in 1996, and with C in 2009": a tie with a
 * partner of its own, whose verb and tie are the earlier clause's (the rule checks that one came before)
 */
const PARTNER_WITH = `with(?=${NAME_NEXT})`;
// (", and Xiangyang with Macerata": the clause's own subject may come before the partner; its verb is still left out)
/** a capitalised name after a comma ("added one friendly exchange city, Aveiro"), in a pattern of its own that keeps case */
const NAME_AFTER_COMMA = /^\s+(?:the\s+)?[A-Z]/;
/** the cities added, when the trigger is the tie's words alone (its bracket then opens the partner: "added one sister city (Poitiers, France)") */
const TIE_CITIES_ONLY = /^(?:sister|twin|friendship|friendly|partner)[\w\s-]*?cit(?:y|ies)$/i;
const WORD_IN_BRACKET_AFTER = /^\s+\((?!(?:with\s+)?[A-Z])/;
// (not after a tie's words: ", and friendly exchange relations with B" is a gapped tie of its own kind)
// (", and on May 21 with Kisumu": the gapped clause's own time may come before the partner)
// ("; in September, with Ube": after a semicolon, between the items of a series, the time takes a comma of its own; after a
// comma it cannot, as ", in 1985, with Tours" closes the item before)
/** a comma or a semicolon, "and", and the time, its group made by `group` (a capture where the time is measured) */
const gapOpening = (group: (time: string) => string): string => `,\\s+(?:and\\s+)?${group(`${GAP_TIME_WORDS}\\s+`)}?|;\\s+(?:and\\s+)?${group(`${GAP_TIME_WORDS},?\\s+`)}?`;
const GAP_OPENING = gapOpening((time) => `(?:${time})`);
/** that time, right before the gapped partner's "with" (after a comma, or after a semicolon) */
const TIME_BEFORE_PARTNER = new RegExp(`(?:${gapOpening((time) => `(${time})`)})$`);
const timeBeforePartner = (before: string): number => {
  const m = TIME_BEFORE_PARTNER.exec(before);
  return (m?.[1] ?? m?.[2])?.length ?? 0;
};
/** before a gapped partner's "with": a comma or a semicolon, "and", a time, a name of up to three words */
const BEFORE_GAPPED_PARTNER = `(?:${GAP_OPENING})(?:${NAME_WORD_EN}\\s+){0,3}`;
const GAPPED_PARTNER = `(?=with)(?<=${BEFORE_GAPPED_PARTNER})(?<!\\b(?:relationships?|relations|ties)\\s+)${PARTNER_WITH}`;
/**
 * "it twinned with A, established friendly exchange relations with B, and signed …": a series of events of one
 * subject, the next opening with its verb after a bare comma (not a participle: ", established in 1988", ", signed by")
 */
const SERIES_EVENT = `,\\s+(?:established|signed|inked|concluded|forged|renewed)\\s+(?!(?:in|on|by|at|since|during)\\b)(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:agreements?|memorand(?:um|a|ums)|letters?|relations|relationships?|ties)\\b`;
/** the bare comma before the next event of a series */
const SERIES_COMMA = /,\s+$/;
/** a relative clause the comma closes */
const RELATIVE_CLAUSE_BEFORE = /,\s+(?:which|who|that)\b[^,;]*$/;
/** what may stand before a gapped partner's "with", in a case-sensitive test: a comma, "and", a time, a name */
// (", paired with Nagoya in 1992": the verb of pairing, which the rule reads as the left-out one)
const GAPPED_PARTNER_BEFORE = new RegExp(`${BEFORE_GAPPED_PARTNER}(?:paired\\s+|twinned\\s+)?$`);
/** NAME_NEXT, tested case-sensitively (the triggers ignore case) */
const PARTNER_NAMED_NEXT = new RegExp(`^${NAME_NEXT}`);
/** a delegation's place: "a 12-member delegation from Regina", "a Regina delegation" */
const DELEGATION_FROM = /\bdelegation\s+(?:from|of)\s+(?:the\s+)?$/;
const DELEGATION_AFTER = /^\s+(?:(?:municipal|city|provincial|government|business|trade|official)\s+)?delegation\b/i;
/** the "with" right before a partner's name */
const PARTNER_BEFORE = /\bwith\s+(?:the\s+)?$/;
const IS_DOCUMENT_ANAPHOR = new RegExp(`^(?:${ANAPHOR_WORDS}|${PASSIVE_ANAPHOR_WORDS})$`, "i");
/** "sister-city relations between Xi'an and Almaty, and between Lanzhou and Bishkek": a second pair whose tie and verb are left out */
const GAPPED_BETWEEN = `(?=between)(?<=(?:,\\s+|\\s)and\\s+)between(?=${NAME_NEXT})`;
/** "A of the B and C": the words that say where the first of two names is, dropped to see the "and" between them */
const FIRST_NAMES_PLACE = new RegExp(`\\s+(?:(?:of|in)\\s+(?:the\\s+)?)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN})*(?=\\s+and\\s)`);
const GAPPED_SUBJECT = new RegExp(`,\\s+(?:and\\s+)?((?:${NAME_WORD_EN}\\s+){1,3})$`);
/** the second document's clause, up to its trigger, once a signing has come before it in the sentence */
const GAPPED_BEFORE = new RegExp(`${GAPPED_DOCUMENT}(?=[^,;]*$)`);
/**
 * a second event in the sentence: ", and <subject> signed…", or, in a list of events, ", <subject> signed…"
 * ("A and B signed an agreement, C and D signed a memorandum, and E and F signed a letter of intent")
 */
// (" and signed a memorandum … with Tbilisi": the subject's second event, with no comma before it)
// (" and a memorandum … with B" after the first document's own partner: "signed the Plan … with Mannheim and a memorandum …")
const LISTED_AFTER_PARTNER = `(?<=${OWN_PARTNER})\\s+and\\s+${SECOND_DOCUMENT}`;
// (", and the agreement with Kyoto was signed on October 9": a second document, with its own partner, told in the passive)
const PASSIVE_DOCUMENT_NEXT = `(?:,\\s+|\\s+)and\\s+the\\s+(?:[\\w-]+\\s+){0,3}?(?:agreements?|memorand(?:ums?|a)|MoUs?|MOUs?|${LETTER_OF_INTENT})\\s+with${NAME_NEXT}(?=[^.;,]{0,60}?\\b(?:was|were)\\s+(?:also\\s+)?(?:signed|inked|concluded|renewed)\\b)`;
// (", paired with Nagano in 1993": a later partner's clause, whose verb says the tie)
/** ", and its sister city Nagasaki sent …": a clause whose subject a possessive opens, named, then its verb (whatever the verb) */
const POSSESSED_SUBJECT_CLAUSE = ",\\s+and\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,4}?[A-Z][\\w'’-]*\\s+(?:[a-z]+ed|sent|sends|will|has|have|had|is|was|are|were)\\b";
/**
 * ", and Dalian and Kitakyushu in 1979": a second pair with the verb and the tie left out, only its own time after it
 * (a case-sensitive test: the names' capitals)
 */
const GAPPED_PAIR = `,\\s+and\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2}\\s+and\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2}(?:\\s+did\\s+so)?\\s+in\\s+(?:${NAME_WORD_EN}\\s+)?(?:19|20)\\d{2}\\b`;
const NEXT_EVENT = new RegExp(`${GAPPED_PAIR}|${LISTED_AFTER_PARTNER}|${POSSESSED_SUBJECT_CLAUSE}|,\\s+(?:and\\s+${TIME_OPENS_CLAUSE}(?:${AND_SUBJECT}|${THE_SUBJECT}|${CLAUSE_ADVERB})?(?:${EVENT_VERB}|will|has|have|had)|${AND_SUBJECT}${EVENT_VERB})\\b|\\s+and\\s+(?:${CLAUSE_ADVERB})?${EVENT_VERB}\\b|${GAPPED_DOCUMENT}|${GAPPED_TIE_CLAUSE}|${BEFORE_GAPPED_PARTNER}${PARTNER_WITH}|,\\s+(?:and\\s+)?(?:paired|twinned)\\s+with\\b|,?\\s+and\\s+(?:${CLAUSE_ADVERB})?witnessed\\b|,?\\s+and\\s+between${NAME_NEXT}|(?:,\\s+|\\s+)and\\s+${PASSIVE_ANAPHOR_WORDS}\\s+with\\b|${PASSIVE_DOCUMENT_NEXT}|${SERIES_EVENT}`);
/**
 * the second event's own subject, right before its trigger: "…, and Xi'an signed"; or none: "…, and signed"
 * shares the first's; in a list, ", Zhengzhou and Almaty signed" after an event of its own (group 2)
 */
// (", and on September 4, Shandong Province and Gyeonggi Province signed…": a time may open the second clause)
// ("Gansu established … with Almaty and signed a memorandum": " and " right before the verb, the sentence's subject left out)
const PREVIOUS_EVENT = new RegExp(`,\\s+(?:and\\s+${TIME_OPENS_CLAUSE}(?:(${AND_SUBJECT}|${THE_SUBJECT})|${CLAUSE_ADVERB})?|(${AND_SUBJECT}))$|(?<=[a-z)])\\s+and\\s+(?:${CLAUSE_ADVERB})?$`);
const EVENT_VERB_BEFORE = new RegExp(`\\b${EVENT_VERB}\\b`);
const STARTS_WITH_EVENT_VERB = new RegExp(`^${EVENT_VERB}\\b`);
/** the verb a gapped event leaves out, a participle too: "…, signing a sister-city agreement with A, and a memorandum with B" */
const GAPPED_VERB_BEFORE = new RegExp(`\\b(?:${EVENT_VERB}|signing|establishing|inking|concluding|forging|renewing)\\b`);
/** a verb in the past or present, of any event: what makes the words before ", and X …" a clause of their own */
const ANY_VERB_BEFORE = /\b(?:[a-z]{2,}ed|led|met|held|made|took|went|saw|gave|sent|paid|won|came|became|began|signed|is|are|was|were|has|have|had)\b/;

/**
 * ", one of the earliest pairs of sister cities between China and Japan": an apposition that describes the
 * event; its places (and its own trigger words) are no parties of it
 */
// (", making them one of the earliest pairs …": the same, with its verb)
// (", a town in the province of Perugia", ", a coastal city of Norway": what the party is and where, no party of its own)
// (", the first pair between Shandong and a US city", ", making Regensburg Zhengzhou's 26th sister city", ", Henan
// Province's first pair of international sister cities": the tie ranked)
// (" — one of the earliest such ties between China and Italy": a dash opens the same aside a comma does)
/** the object of "making" in an aside that ranks the tie: ", making it …", ", making the pair …", ", making theirs …" */
// (", marking the 30th such tie between Xinjiang and Kazakhstan": "marking" ranks it with no object)
// (", its sister city since 2016": the tie that describes the partner, an event of its own)
const MADE_PAIR = String.raw`(?:it|them|theirs|the\s+(?:pair|two(?:\s+cities)?))`;
// (", which was the first between China and Italy": the aside as a relative clause; ", making Mandalay one of Kunming's
// earliest sister cities in …": one of a place's own)
const APPOSITION = new RegExp(String.raw`(?:,|\s*[—–]|\s+-{1,2})\s+(?:which\s+(?:was|is|were|are|became|remains)\s+|making\s+(?:${MADE_PAIR}|(?:${NAME_WORD_EN}\s+){1,3})\s*|marking\s+)?(?:(?:one of|among)\s+(?:the|its|their|(?:${NAME_WORD_EN}\s+){0,2}${NAME_WORD_EN}['’]s)(?=\s)|(?:the|its|their|(?:${NAME_WORD_EN}\s+){0,2}${NAME_WORD_EN}['’]s)\s+(?:first|second|third|fourth|fifth|only|oldest|earliest|latest|newest|\d+(?:st|nd|rd|th))\b)|,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|county|municipality|commune|port)\s+(?:in|of|on|located|situated)\b|,\s+(?:its|their)\s+(?:sister|twin|friendship|friendly)[- ](?:city|province|state)\b`);
/** a document named and "between" before a trigger that is its subject: "an agreement between " (of "… between A and B on establishing …") */
const DOCUMENT_BETWEEN = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MOUs?|letters?\s+of\s+intent|LOIs?|accords?|documents?)\s+between\s+(?:the\s+)?/g;
/** a verb of making a tie, left before a trigger that opens at the tie's words */
const MAKING_VERB_LEFT = /\s+(?:establishing|forming|building|becoming)\s*$/;
/** right after a trigger, the pair it names: "… relations between Dali Prefecture and Chiang Mai" */
// ("the sister-city cooperation agreement between Kunming and Vientiane": the document's last words may come between)
// ("a letter of intent on establishing sister city relations between Guiyang and Antananarivo": or the document's subject)
const BETWEEN_PAIR = /^(?:\s+(?:on|of|for)\s+[^,.;]{0,60}?)?(?:\s+(?:cooperation|cooperative|friendship|exchange|agreements?|relations|relationships?|ties))*\s+between\s+(?:the\s+)?/;
/** after a trigger, "between" and the pair of places named before: "a memorandum of friendly exchange between the two cities" */
/** what a document is about, between it and the pair that signs it ("a memorandum on tourism between …") */
const DOCUMENT_TOPIC = "(?:\\s+(?:of|on|for)\\s+[^,.;]{0,60}?)?";
const BETWEEN_TWO = new RegExp(`^${DOCUMENT_TOPIC}\\s+between\\s+(${PAIR_NAME.en})\\b`);
/** "signed memorandums with both cities": the pair after "with" is the partners, the sentence's subject (or the release) the other side */
const WITH_TWO = new RegExp(`^${DOCUMENT_TOPIC}\\s+with\\s+((?:both|the\\s+two)\\s+(?:cities|provinces|states|prefectures|regions|countries))\\b`);
/** ", while Lanzhou and Almaty … have established …": a second clause with its own subject and verb, as a second sentence would be */
// (", when Wuhan and Oita of Japan established …": the time clause has its own subject, as a contrast has)
// (", as the two cities marked the 25th anniversary of their twinning": a clause of time with its own subject, as "when" opens)
// (", under which 30 Jiangxi students will study in Coimbra": what the document provides, its places none of the signing's parties)
const CONTRAST_CLAUSE = /,?\s+(?:while|whereas)\s+|,\s+when\s+(?=[A-Z])|,\s+as\s+(?=the\s+two\s|they\s|[A-Z])|,\s+(?:under|by|through|according\s+to|pursuant\s+to)\s+which\s+/;
const CONTRAST_CLAUSE_G = new RegExp(CONTRAST_CLAUSE.source, "g");
/** "… became sister cities in 2005 and are among the most active pairs between China and France": a second predicate of the subject, about other things */
// ("… as early as 1982 and now has friendly relations with 17 cities", "… in 1985 and have had frequent exchanges, with
// more than 100 schools taking part": what the subject holds or did since, whose figures tally no partners of the tie)
/** ", witnessed by the Consul General of Kyrgyzstan": who looked on, and the place of their post, are no party */
const WITNESSED_BY = /,?\s+(?:witnessed|attended|accompanied)\s+by\b/;
const SECOND_PREDICATE = /\s+and\s+(?:(?:now|currently|today|since)\s+)?(?:are|is|were|was|remain(?:s|ed)?|(?<=(?:now|currently|today)\s+)(?:has|have)|(?:has|have)\s+(?:had|held|carried|conducted|seen|kept|maintained|enjoyed))\b/;
/**
 * ", and Regina's mayor invited a Jinan delegation to …": a clause of its own, its subject named (capitalised words, a
 * role) and its verb no event's (those end the window as a next event): its places are none of the signing's parties
 */
// (", and Prato is home to … from Wenzhou": or says what the subject is or has)
const OWN_SUBJECT_CLAUSE = /,\s+and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|(?:mayor|governor|president|chairman|ambassador|consul|head|leader|delegation|side|officials?)\s+|of\s+){1,6}(?:also\s+)?(?:[a-z]{3,}ed|said|met|led|gave|sent|took|made|spoke|wrote|told|is|are|was|were|has|have|remains)\b/;
/** ", the Shanghai Municipal Transport Commission said.": who reports the signing, and the place in its name, are no party */
const ATTRIBUTION = /,\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+|and\s+){1,8}(?:said|says|announced|reported|stated)\s*(?:[.;]|$)|,\s+according\s+to\b/;
/** a sentence that opens with a since- or after-clause, the trigger inside it (no comma before the trigger) */
const SUBORDINATE_OPENING = /^(?:(?:ever\s+)?since|after)\s+[^,;]*$/i;
/** "Since Yantai established … in 1990, it has established … with 54 cities": the main clause after an opening one, with a subject of its own */
const PRONOUN_CLAUSE = /,\s+(?:it|they|the\s+(?:city|province|county|region))\s+(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:also\s+)?[a-z]+(?:ed|s)\b/;
/** "became China's first pair of sister cities", "are the first pair of sister cities between": a trigger that ranks the pair it makes or is */
const RANKED_PAIR = /^(?:bec(?:ame|ome|omes|oming)|are)\s.*\bpair\s+of\b|^are\s+the\s+\S+\s+(?:sister|twin|friendship)[- ]cities$/i;
const INSIDE_APPOSITION = /,\s+(?:one of|among)\s+the\s+(?:[\w-]+\s+){0,5}$/;
/** "is the third Chinese city to ": a member's rank, the verb of being before it */
const RANKED_MEMBER_BEFORE = new RegExp(`\\b(?:is|was)\\s+(?:now\\s+)?(?:the|its)\\s+(?:(?:${ORDINAL_WORD_EN}|latest|newest|last)\\s+)(?:[\\w-]+\\s+){0,3}?to\\s+$`, "i");

interface Spec {
  id: string;
  type: AgreementType;
  trigger: RegExp;
  organisations?: Organisations;
  organisationsOnly?: boolean;
  /** a phrase that must follow in the sentence ("to establish" after "cooperated with") */
  requires?: RegExp;
  /** a word every match of the trigger holds (triggerRule) */
  gate?: RegExp;
}

// (and the pairs a gapped clause adds after an event of the rule's kind: ", and Qingdao and Genoa did so in 1999")
const rule = (spec: Spec): AgreementRule => withLaterClauses(triggerRuleOf(spec), gappedPairEvents);

function triggerRuleOf(spec: Spec): AgreementRule {
  // the rule's own trigger, to find an event of its kind earlier in a sentence (its own copy: the rule's is in use)
  const earlierTrigger = new RegExp(spec.trigger.source, "gi");
  return triggerRule("en", spec.id, spec.trigger, (ctx, found, s, m, { index, end }) => {
    // ("added three sister cities, bringing the total to 12": the trigger's comma opens no names, a case its own "i" flag cannot tell)
    // (nor ", with" any but a name: "added one pair of sister cities, with Medan" names it, "…, with more to come" does not)
    if ((m[0].endsWith(",") || /,\s+with$/i.test(m[0])) && !NAME_AFTER_COMMA.test(ctx.text.slice(end, end + 6))) return null;
    // (nor does a bracket after the cities added that opens a word, not a name: "added 3 pairs of sister city (province) relations")
    if (TIE_CITIES_ONLY.test(m[0]) && WORD_IN_BRACKET_AFTER.test(ctx.text.slice(end, end + 12))) return null;
    // a clause's worth either side of the trigger, not a whole run-on paragraph
    // …and it ends where the sentence goes on to another event (", and Xi'an signed a memorandum with…")
    const next = NEXT_EVENT.exec(ctx.text.slice(end, Math.min(s.end, end + WINDOW)));
    const lookFrom = Math.max(s.start, index - WINDOW);
    const listed = PREVIOUS_EVENT.exec(ctx.text.slice(lookFrom, index));
    // a subject after a bare comma opens a clause of its own only after another event ("In 2023, Nanning signed" is one)
    // (a bare " and " only before a verb: "… and an Agreement on …" is a second document of the same signing)
    const bareAnd = !!listed && !listed[0].startsWith(",");
    // (", and Chengdu became sister cities" after "Łódź, Poland's third-largest city": a second subject, not a second
    // clause, when no verb came before; ", and on March 4, Shandong … signed" after "the Governor … led a delegation" is one)
    // the second clause's own subject, if it names one (", and Xi'an signed"; in a list, ", Zhengzhou and Almaty signed")
    const ownSubject = listed?.[1] ?? listed?.[2];
    const earlier = listed ? ctx.text.slice(lookFrom, lookFrom + listed.index) : "";
    const clauseBefore = ownSubject === undefined || (listed![1] !== undefined ? ANY_VERB_BEFORE : EVENT_VERB_BEFORE).test(earlier);
    // (a bare comma: the next of a series of one subject's events, "twinned with A, established … with B")
    const series = !listed && STARTS_WITH_EVENT_VERB.test(m[0]) ? SERIES_COMMA.exec(ctx.text.slice(lookFrom, index)) : null;
    // (not after a relative clause: "Ningbo and Rotterdam, which became sister cities in 1991, signed …" is one subject's one verb)
    const beforeSeries = series ? ctx.text.slice(lookFrom, lookFrom + series.index) : "";
    const afterSeries = !!series && EVENT_VERB_BEFORE.test(beforeSeries) && !RELATIVE_CLAUSE_BEFORE.test(beforeSeries);
    // (or before a document's "the one" whose verb the clause leaves out: "… was signed in March and the one with Rosario in September")
    const previous = (listed && (!bareAnd || STARTS_WITH_EVENT_VERB.test(m[0]) || IS_DOCUMENT_ANAPHOR.test(m[0])) && clauseBefore ? listed : null) ?? (afterSeries ? series : null);
    if (INSIDE_APPOSITION.test(ctx.text.slice(lookFrom, index)) || !listNamesPlaces(ctx.text, found.places, m[0], end, "en")) return null;
    // ("This is Zhanjiang's 11th sister city": a rank said of the tie just told, as 这是湛江市的第11个…, no event of its own)
    if (RANKED_IS_TIE.test(m[0]) && /\b(?:this|it|that)\s+$/i.test(ctx.text.slice(Math.max(s.start, index - 6), index))) return null;
    // ("Luoyang is the third Chinese city to join the league, after Xi'an and Beijing": a rank of a member among members, said
    // of a joining told already, as 是继西安、北京之后第3个加入该联盟的城市; "became the third … to join" is the joining)
    if (spec.type === "membership" && RANKED_MEMBER_BEFORE.test(ctx.text.slice(s.start, index))) return null;
    // ", and a letter of intent to establish sister-city relations with Pécs": the places before it are the first document's
    // (the trigger may be that document itself: ", and an agreement on tourism with Pécs")
    // (or a partner of its own: ", and with Padua, Italy, in 2009", after an event of the rule's kind)
    const partnerGap = m[0] === "with" || m[0] === "between";
    // (the triggers ignore case, so the gapped partner's capital is checked here: ", with those in South Asia …" names none)
    // (and the words before "with" are a time or a name: ", and signed a memorandum with …" is a signing's own partner)
    if (partnerGap && (!PARTNER_NAMED_NEXT.test(ctx.text.slice(end, end + 8)) || (m[0] === "with" && !GAPPED_PARTNER_BEFORE.test(ctx.text.slice(lookFrom, index))))) return null;
    // ("the latest being Kagawa": the newest tie named by its partner's capital, which the case-blind trigger cannot check)
    if (/\bbeing$/i.test(m[0]) && !/^\s+(?:the\s+)?[A-Z]/.test(ctx.text.slice(end, end + 8))) return null;
    const anaphor = IS_DOCUMENT_ANAPHOR.test(m[0]);
    if ((partnerGap || anaphor) && ![...ctx.text.slice(s.start, index).matchAll(earlierTrigger)].some((x) => x[0] !== "with" && x[0] !== "between" && !IS_DOCUMENT_ANAPHOR.test(x[0]))) return null;
    // (" and a memorandum … with Duisburg" after "signed the Plan … with Mannheim": a second document with a partner of its own)
    const afterOwnPartner = /^an?\s/i.test(m[0]) && AND_AFTER_OWN_PARTNER.test(ctx.text.slice(s.start, index));
    const gappedTrigger = partnerGap || afterOwnPartner || (ENDS_WITH_AND_GAP.test(ctx.text.slice(Math.max(s.start, index - 12), index)) && GAPPED_TRIGGER_START.test(m[0]));
    // (", and Xiangyang with Macerata, Italy": a gapped partner whose clause names its own subject opens at the subject)
    const gappedSubject = partnerGap ? GAPPED_SUBJECT.exec(ctx.text.slice(lookFrom, index)) : null;
    const ownGappedSubject = gappedSubject && found.places.some((p) => p.index === lookFrom + gappedSubject.index + gappedSubject[0].length - gappedSubject[1]!.length) ? gappedSubject[1]!.length : 0;
    // (", and on May 21 with Kisumu": the gapped clause opens at its time, which dates it)
    const gapTime = partnerGap && !ownGappedSubject ? timeBeforePartner(ctx.text.slice(lookFrom, index)) : 0;
    const gapped = gappedTrigger ? { index: index - lookFrom - ownGappedSubject - gapTime } : previous ? null : GAPPED_BEFORE.exec(ctx.text.slice(lookFrom, index));
    const gapStart = gapped && GAPPED_VERB_BEFORE.test(ctx.text.slice(s.start, lookFrom + gapped.index)) ? lookFrom + gapped.index : null;
    if (gappedTrigger && gapStart === null) return null;
    const w = { start: gapStart ?? (previous ? index - (ownSubject ?? "").length : lookFrom), end: next ? end + next.index : Math.min(s.end, end + WINDOW) };
    // (an item of a colon's list of documents ends where the next begins, and one that names its pair, "between A and
    // B", is that pair's alone: the subject before the colon signs the items that name none)
    const colonItem = m[0].includes(":") || COLON_ITEM_BEFORE.test(ctx.text.slice(s.start, index));
    const nextItem = colonItem ? NEXT_LISTED_DOCUMENT.exec(ctx.text.slice(end, w.end)) : null;
    if (nextItem) w.end = end + nextItem.index;
    if (colonItem && BETWEEN_PAIR.test(ctx.text.slice(end, w.end))) w.start = index;
    // ("the sister-city relationship between A and B established in …": the pair the trigger names is all of its parties)
    // (its time after it, to the clause's end: "… established in March 2023, and …")
    if (NAMES_ITS_PAIR.test(m[0])) Object.assign(w, { start: index, end: end + /^[^,;.]*/.exec(ctx.text.slice(end, s.end))![0].length });
    // an apposition or a second predicate says more about the parties: its places are none of them
    const aside = APPOSITION.exec(ctx.text.slice(end, w.end)) ?? WITNESSED_BY.exec(ctx.text.slice(end, w.end)) ?? SECOND_PREDICATE.exec(ctx.text.slice(end, w.end)) ?? PRONOUN_CLAUSE.exec(ctx.text.slice(end, w.end)) ?? CONTRAST_CLAUSE.exec(ctx.text.slice(end, w.end)) ?? OWN_SUBJECT_CLAUSE.exec(ctx.text.slice(end, w.end)) ?? ATTRIBUTION.exec(ctx.text.slice(end, w.end));
    if (aside) w.end = end + aside.index;
    // ("established their relationship in 1984, the first sister-province pair between China and Germany": the trigger
    // runs into the aside that names the tie's kind; what follows it is the aside's)
    else if (APPOSITION.test(ctx.text.slice(index, end))) w.end = end;
    // ("Since the two sides established … in 2014, they have made progress on … the Heihe-Blagoveshchensk bridge": a
    // since-clause with its own subject ends at its comma, and the main clause after it is about something else)
    if (!aside && SUBORDINATE_OPENING.test(withoutLocators(ctx.text, found.places, s.start, index)) && subjectNamedIn(ctx.text, found.places, s.start, index, "en")) {
      const comma = ctx.text.slice(end, w.end).indexOf(",");
      if (comma >= 0) w.end = end + comma;
    }
    // "…, while Lanzhou and Almaty … have established": a clause of its own opens the trigger's window
    const contrast = lastMatch(CONTRAST_CLAUSE_G, ctx.text.slice(w.start, index));
    // (the clause ", when" opens is the time the words before it tell: "began in 1979, when Wuhan and Oita established")
    const datesFrom = contrast && /\bwhen\b/.test(contrast[0]) ? w.start : null;
    if (contrast) w.start += contrast.index + contrast[0].length;
    if (spec.requires && !spec.requires.test(ctx.text.slice(end, w.end))) return null;
    // "signed 7 agreements" tallies documents; a year names one ("the 2025-2027 Cooperation Action Plan")
    const fromTrigger = ctx.text.slice(index, w.end);
    // (not a tally a colon's list of the documents follows: "signed two documents: a memorandum …")
    const named = m[0].slice(m[0].lastIndexOf(":") + 1);
    // (not the ties one is among: "is one of Ningxia's 8 sister provinces")
    const counted = (/\d/.test(named.replace(YEAR_OR_YEARS, "").replace(ORDINAL, "").replace(DAY_OF_MONTH, "")) || COUNTED_IN_WORDS.test(named)) && !/^(?:is|are)\s+one\s+of\s/i.test(named);
    // ("witnessed the signing of cooperation agreements between six universities of the two sides": counted bodies sign, as 两省州6所高校签署)
    if ((COUNTED_PARTNERS.test(fromTrigger) && !listsBracketYears(fromTrigger) && !namesExamples(ctx.text, found.places, index, w.end)) || (counted && !COUNTED_DOCUMENTS.test(named)) || (COUNTED_SUBJECT.test(ctx.text.slice(s.start, index)) && !PAIRS_INCLUDED_AFTER.test(ctx.text.slice(end, s.end))) || COUNTED_BODIES_BETWEEN.test(ctx.text.slice(end, w.end))) return null;
    const organisations = spec.organisations?.(ctx, w, { index, end }, found.earlier) ?? [];
    if (spec.organisations && !organisations.length) return null;
    // ("Liu Yang, President of the X Council, and Manfred Gößl, Managing Director of the Y Chambers, signed": the bodies)
    const signatories = spec.organisations ? [] : signatoryBodies(ctx.text, w.start, index, "en");
    let parties = signatories.length ? signatories : namedParties(ctx.text, found.places, w, "en", organisations, spec.organisationsOnly ?? false, index);
    // ("… with Temasek Holdings": a partner body that no place names)
    const withBody = spec.organisations || signatories.length ? null : bodyAfterWith(ctx.text, end, w.end);
    // (a place inside it only says whose it is: "the University of Science and Technology of China")
    if (withBody) {
      const read = (body: PartyMention): boolean => parties.some((p) => p.index !== null && p.index <= body.index! && body.index! < p.index + p.text!.length);
      // (and a second body "and" joins to it: "with Jurong Town Corporation and the National University of Singapore",
      // "with the University of Tokyo and Temasek Holdings", the first read already from the place inside it)
      const second = bodyJoinedAfter(ctx.text, withBody, w.end);
      const bodies = [withBody, ...(second ? [second] : [])].filter((b) => !read(b));
      parties = [...parties.filter((p) => !bodies.some((b) => placeInsideBody(p, b))), ...bodies];
    }
    // (", namely A and B (sister cities), and C and D (friendly exchange cities)": the partners of a kind are its labelled group's)
    const group = labelledGroup(ctx.text, end, s.end, spec.type, "en");
    if (group) parties = parties.filter((p) => p.index === null || p.index < end || (p.index >= group.start && p.index < group.end));
    // ("Tianjin and Kobe became China's first pair of sister cities with Japan": the places in and after a ranked pair rank it)
    if (RANKED_PAIR.test(m[0])) parties = parties.filter((p) => p.kind !== "place" || p.index === null || p.index < index);
    // "the establishment of sister-city relations between Dali Prefecture and Chiang Mai": the two the trigger names are its parties
    const between = BETWEEN_PAIR.exec(ctx.text.slice(end, w.end));
    if (between) {
      // (the mentions after "between", where a party named before the trigger too keeps its first: "the Mayor of Antananarivo")
      const named: PartyMention[] = found.places
        .filter((p) => p.index >= end + between[0].length && p.index < w.end && parties.some((q) => q.kind === "place" && q.text === p.text))
        .map((p) => ({ kind: "place", index: p.index, text: p.text }));
      const [first, second] = named;
      // (both the subject before the trigger too, "Quanzhou and Valencia signed the Letter of Intent between Quanzhou and
      // Valencia": cited there)
      const before = (p: PartyMention): PartyMention | undefined => parties.find((q) => q.kind === "place" && q.text === p.text && q.index !== null && q.index < index);
      if (first && second && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(first.index! + first.text!.length, second.index!).replace(FIRST_NAMES_PLACE, ""))) parties = before(first) && before(second) ? [before(first)!, before(second)!] : [first, second];
      // ("witnessed the signing of a memorandum between Weihai Port Group and Rostock Port": two bodies, and no one else)
      const bodies = parties.filter((p) => p.kind === "organisation" && p.index !== null && p.index >= end + between[0].length && p.index < w.end);
      const [one, other] = bodies;
      if (bodies.length === 2 && ctx.text.slice(end + between[0].length, one!.index!) === "" && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(one!.index! + one!.text!.length, other!.index!))) parties = bodies;
    }
    // (", including an agreement between Dali Prefecture and Pokhara, Nepal on establishing sister-city relations": the
    // document the trigger is the subject of names its two before it)
    const documentBetween = lastMatch(DOCUMENT_BETWEEN, ctx.text.slice(s.start, index));
    if (documentBetween) {
      const from = s.start + documentBetween.index + documentBetween[0].length;
      const [first, second] = parties.filter((p) => p.kind === "place" && p.index !== null && p.index >= from && p.index < index);
      const joined = !!first && !!second && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(first.index! + first.text!.length, second.index!));
      // (then the second's country at most, and the preposition that makes the trigger the document's subject; a trigger
      // that opens at the tie's words leaves its verb of making, "establishing", before it)
      const toTrigger = ctx.text.slice(second?.index ?? index, index).slice(second?.text?.length ?? 0).replace(MAKING_VERB_LEFT, " ");
      if (joined && /^(?:,\s+[A-Z][^,;.]{0,30}?)?\s+(?:on|for|to)\s+$/.test(toTrigger)) parties = [first!, second!];
    }
    // "A Huizhou delegation … visited Malaysia … and signed a memorandum … with Penang": the place visited is where
    // the delegation went, not a party, when the event names its partner after "with"
    // (with two, the partner after "with" and the place visited: the own side is left to the sentence's subject, "the city")
    if (parties.length >= 2 && /\bwith\s/.test(ctx.text.slice(end, w.end))) {
      const visited = placesVisited(ctx.text, found.places, w.start, index);
      // ("visited Chiang Mai … and signed a memorandum … with the Chiang Mai provincial government": the place visited is the
      // partner after all, named again after "with", and cited there; the parties had kept a name's first mention only)
      const namedAgain = (p: PartyMention): PlaceCandidate | undefined => found.places.find((c) => c.index >= end && c.index < w.end && c.text === p.text && /\bwith\s+(?:the\s+)?$/.test(ctx.text.slice(end, c.index)));
      parties = parties.flatMap((p): PartyMention[] => {
        if (p.kind !== "place" || !visited.has(p.index!)) return [p];
        const again = namedAgain(p);
        return again ? [{ kind: "place", index: again.index, text: again.text }] : [];
      });
    }
    // ("signed a memorandum with Antwerp … during a visit by a Qingdao delegation to Belgium": a place the visit after the
    // partner goes to is where the signing was; only with the partner named after "with", which the visit may otherwise be)
    const visitAfter = VISIT_AFTER_TRIGGER.exec(ctx.text.slice(end, w.end));
    if (visitAfter && /\bwith\s/.test(ctx.text.slice(end, end + visitAfter.index))) {
      const kept = parties.filter((p) => p.kind !== "place" || p.index === null || p.index < end + visitAfter.index);
      if (kept.length >= 2) parties = kept;
    }
    // "Qingdao established sister-city relations with the city in 1985": the partner named before, by its kind only
    // ("visited the University of Novi Sad and signed a memorandum … with the university": a body, by its kind)
    const byKind = parties.length < 2 && !spec.organisations ? (partnerNamedByKind(ctx.text, found.places, w.start, w.end, parties, "en") ?? bodyNamedByKind(ctx.text, w.start, w.end, "en", found.earlier)) : null;
    if (byKind) parties = [...parties, byKind.party];
    // "During the visit, the two cities signed…": the two places named before, cited from "the two cities"
    // ("Since establishing friendly relations in 1998, the two sides have…": the pair after an opening clause is its subject)
    const after = parties.length < 2 && !spec.organisations && OPENING_CLAUSE.test(ctx.text.slice(s.start, index)) ? PAIR_AFTER_OPENING.exec(ctx.text.slice(end, s.end)) : null;
    // ("witnessed the signing of a memorandum … between the two cities": the pair the trigger names after it, and no one else)
    const pairAfter = parties.length < 2 && !spec.organisations && !after;
    const betweenPair = pairAfter ? BETWEEN_TWO.exec(ctx.text.slice(end, w.end)) : null;
    // ("… signed memorandums with both cities": the pair after "with", read as "between the two cities" is)
    const withTwo = pairAfter && !betweenPair ? WITH_TWO.exec(ctx.text.slice(end, w.end)) : null;
    const betweenTwo = betweenPair ?? withTwo;
    const pairEnd = betweenTwo ? end + betweenTwo.index + betweenTwo[0].length : -1;
    const pairFrom = after
      ? { start: end + after.index + after[0].length - after[1]!.length, end: end + after.index + after[0].length + 1 }
      : betweenTwo
        ? { start: pairEnd - betweenTwo[1]!.length, end: pairEnd }
        : { start: s.start, end: index, sentence: s.start, tieOfProvinces: TIE_OF_PROVINCES.en.test(ctx.text.slice(index, Math.min(s.end, end + 40))) };
    // ("visited Hobart, the capital of the state of Tasmania, where the two sides signed a memorandum renewing their sister-state
    // relationship": a tie of states is the two states', whatever cities the sentence visits on the way)
    // (and "the mayors of the two cities renewed": the two cities named before, not the state that locates one of them)
    const pairBefore = PAIR_BEFORE_TRIGGER.exec(ctx.text.slice(s.start, index));
    const isProvince = (p: PartyMention): boolean => p.kind === "place" && found.places.find((c) => c.index === p.index)?.type === "province";
    const pairOfItsKind = !!pairBefore && (!!pairFrom.tieOfProvinces || (/\bcities\b/i.test(pairBefore[0]) && parties.some(isProvince)));
    const pair = (parties.length < 2 || pairOfItsKind) && !spec.organisations ? pairReferents(ctx.text, found.places, pairFrom, "en", betweenTwo || pairOfItsKind ? [] : parties) : null;
    // ("…led a delegation to Jinan, and the two sides signed…": the places named before the pair word are the ones it stands for)
    parties = pair ? pair.parties : markPairReferents(ctx.text, parties, s.start, index, "en");
    // ("… visited Hamburg and Lyon and signed memorandums with both cities": the pair is the partners; the other side is the release's)
    if (withTwo && pair) parties = [{ kind: "subject", index: null, text: null, level: null }, ...parties];
    // ("In Prato, Italy, the delegation … signed …": the place visited and the release's own side)
    const visited = (!parties.length || parties.some((p) => p.kind === "pair")) && !spec.organisations ? placeVisited(ctx.text, found.places, s.start, index, "en") : null;
    if (visited) parties = parties.length ? (settlePairByVisit(parties, visited, found.places) ?? parties) : visitParties(visited);
    if (!parties.length) return null;
    // (documents counted: one signing of a named pair, or of the subject and one partner after "with"; not of "the two
    // sides", whose departments and firms sign the documents a visit counts)
    const signers = parties.filter((p) => p.index !== null);
    const withOne = signers.length === 1 && signers[0]!.index! > end && /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/.test(ctx.text.slice(end, signers[0]!.index!));
    if (counted && (!!pair || !(signers.length === 2 || withOne))) return null;
    const before = ctx.text.slice(w.start, index);
    // the gapped document's subject is the sentence's: the first place before its first signing ("Yangzhou signed …, and a letter of intent with Pécs")
    const sharedSubject = gapStart ?? (previous && ownSubject === undefined ? index : null);
    const firstVerb = sharedSubject !== null && parties.length < 2 && !pair ? EVENT_VERB_BEFORE.exec(ctx.text.slice(s.start, sharedSubject)) : null;
    // (not the partner of a document the sentence opens with: "The agreement with Porto was signed in May, and the one with …")
    // ("a delegation from Regina visited Jinan and signed …": with no event's verb before, the delegation's place is the subject)
    const sentenceSubject = firstVerb
      ? partyPlaces(ctx.text, found.places, s.start, s.start + firstVerb.index, "en").find((p) => p.text !== parties[0]?.text && !PARTNER_BEFORE.test(ctx.text.slice(s.start, p.index)))
      : sharedSubject !== null && parties.length < 2 && !pair
        ? found.places.find((p) => p.index >= s.start && p.index < sharedSubject && p.text !== parties[0]?.text && (DELEGATION_FROM.test(ctx.text.slice(s.start, p.index)) || DELEGATION_AFTER.test(ctx.text.slice(p.index + p.text.length, sharedSubject))))
        : undefined;
    if (sentenceSubject) parties.unshift({ kind: "place", index: sentenceSubject.index, text: sentenceSubject.text });
    if (parties.length < 2 && !pair) {
      // "In June last year, it signed ... with Bridgetown": the release's own place is the other party
      const partner = parties[0]?.kind === "place" ? parties[0].index : null;
      const joined = partner !== null ? OWN_AND_PARTNER.exec(ctx.text.slice(w.start, partner)) : null;
      const pronoun = joined ?? SUBJECT_PRONOUN.exec(before);
      parties.unshift(pronoun ? { kind: "subject", index: w.start + pronoun.index, text: pronoun[0].trim().split(/\s+/).slice(0, /^(?:the|our)\b/i.test(pronoun[0]) ? 2 : 1).join(" "), level: null } : { kind: "subject", index: null, text: null, level: null });
    }
    const level = /\b(provincial|province|city|municipal|county|district)[- ]level\b/i.exec(ctx.text.slice(w.start, w.end))?.[1]?.toLowerCase();
    // ("have not yet established sister-city ties", "has yet to sign", "were never twinned": no event)
    if (NEGATED.test(before)) return null;
    // ("making Yichang one of the first cities in Hubei to establish friendly ties with a French city": a rank of the
    // subject among places with such ties in general, as 最早与法国城市建立…的城市之一, no event)
    if (RANKED_INFINITIVE.test(before) && GENERAL_PARTNER_AFTER.test(ctx.text.slice(end, end + 80))) return null;
    const anniversary = isAnniversary(ctx.text, { index, end }, "en");
    const plannedClause = PLANNED_CLAUSE.exec(before);
    return eventCandidate(
      ctx.text,
      {
        rule: spec.id,
        type: spec.type,
        parties,
        level: level ? LEVEL[level]! : null,
        // ("hoped the two sides would take the 20th anniversary of their sister-city relationship as …": the tie holds)
        status: anniversary ? "signed" : PLANNED.test(before) || PLANNED_TOO.test(before) || HEADLINE_INFINITIVE.test(ctx.text.slice(s.start, index)) || (BARE_SIGNING_VERB.test(m[0]) && PLANNED_BARE_VERB.test(ctx.text.slice(s.start, index))) ? "planned" : ANNOUNCED.test(before) ? "announced" : "signed",
        triggers: [m[0]],
        date: anniversary || HELD_TIE_START.test(m[0])
          ? anniversaryTieDate(ctx.text, found.dates, { index, end }, "en")
          : (nearestDate(ctx.text, outsideRelativeClause(ctx.text, found.dates, w.start, index), index, plannedClause ? w.start + plannedClause.index : Math.min(datesFrom ?? w.start, previous ? lookFrom + previous.index : w.start), clauseEnd(ctx.text, end, w.end, "en", found.places), { index, end }) ??
            pairNamedDate(ctx.text, found.dates, pair, s, "en") ??
            (previous ? sentenceOpeningDate(ctx.text, found.dates, s.start, "en") : dateGoneOnFrom(ctx.text, found.dates, s, "en"))),
      },
      // (a pair after an opening clause is cited with it: "establishing … relations in 1998, the two sides")
      // ("… relations with the city in 1985", "to join the organization": the word after the trigger that stands for the partner is cited too)
      after && pair ? { index, end: pairFrom.end - 1 } : betweenTwo && pair ? { index, end: pairEnd } : { index: pair?.at ?? index, end: Math.max(end, byKind?.end ?? end, /\bthe\s+$/i.test(m[0]) ? bodyWordAfter(ctx.text, end, organisations, BODY_ANAPHOR) : 0) },
      betweenTwo && pair ? pairEnd : pair && !after ? pair.at : byKind ? Math.min(index, byKind.at, ...parties.filter((p) => p !== byKind.party && p.index !== null).map((p) => p.index!)) : w.start,
    );
  }, spec.gate);
}

// ("during a visit to Uzbekistan": the noun's place too; "led a delegation to Hungary", "a trip to", "toured")
const VISITED = /\b(?:visit(?:ed|ing|s)?\s+(?:to\s+)?|(?:delegation|trip|tour|mission|journey)\s+to\s+|(?:toured|travell?ed\s+to)\s+)(?:the\s+)?$/;
/** a visit told after the trigger: "during a visit by a … delegation to", "on his trip to", "while visiting" */
const VISIT_AFTER_TRIGGER = /\s(?:during|on|while\s+on|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:visit|trip|tour|mission)\b|\swhile\s+visiting\b/;
/** a place joined to the one before it: "Hungary and Serbia", "Hungary, Serbia and Croatia" */
const JOINED_TO_PREVIOUS = /^(?:\s*,)?\s+(?:and\s+)?(?:the\s+)?$/;

/** where places the sentence visits before a trigger start: after a visit's word, and those joined to such a place */
function placesVisited(text: string, places: readonly PlaceCandidate[], from: number, to: number): Set<number> {
  const visited = new Set<number>();
  let previous: PlaceCandidate | null = null;
  for (const p of places) {
    if (p.index < from || p.index >= to) continue;
    const joined = previous !== null && visited.has(previous.index) && JOINED_TO_PREVIOUS.test(text.slice(previous.index + previous.text.length, p.index));
    if (joined || VISITED.test(text.slice(Math.max(from, p.index - 24), p.index))) visited.add(p.index);
    previous = p;
  }
  return visited;
}

/** a sentence that opens with a clause of its own: "Since establishing…", "After signing…", "Since they became…" */
// ("Since they became sister cities in 1994, the two cities have…": a pronoun may be the opening clause's subject)
const OPENING_CLAUSE = /^(?:Since|After|Following|Upon)\s+(?:\w+ing\s+|they\s+(?:first\s+|officially\s+|formally\s+)?)?$/;
/** the subject after such an opening clause: ", the two sides have…" */
const PAIR_AFTER_OPENING = new RegExp(`^[^,;]{0,60},\\s+(${PAIR_NAME.en})(?=\\s)`, "i");

/**
 * ", which became sister cities in 1991, ": a relative clause before the trigger, whose date is its own event's; so is
 * an apposition naming a partner's tie (", its sister city since 1993, ", ", sister cities since 1993, ")
 */
const RELATIVE_ASIDE = /,\s+(?:which\b|(?:(?:its|their|a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:sister|twin|friendship|partner)[- ](?:city|cities|province|provinces|state|states)\b)[^,;]*,\s*(?=[^,;]*$)/;

/** "reviewed exchanges since the two became sister provinces in 1987, and witnessed the signing of …": a since-clause recalling a tie, whose date is the tie's */
// ("since establishing friendly relations in 2017 and signed …": the since-clause may end at the "and" of the main verb)
const RECALLED_SINCE = /\bsince\s+(?!(?:19|20)\d{2}\b)[^,;]*?\b(?:became|becoming|established|establishing|signed|signing|forged|forging|twinned|set\s+up|setting\s+up)\b[^,;]*?(?:,\s*|\s+and\s+$)(?=[^,;]*$)/;

/** The dates, less those of a relative clause or a tie's apposition between the subject and the trigger ("Ningbo and Rotterdam, which became sister cities in 1991, signed a memorandum in May"). */
function outsideRelativeClause(text: string, dates: DateCandidate[], from: number, trigger: number): DateCandidate[] {
  const aside = RELATIVE_ASIDE.exec(text.slice(from, trigger)) ?? RECALLED_SINCE.exec(text.slice(from, trigger));
  if (!aside) return dates;
  const [start, end] = [from + aside.index, from + aside.index + aside[0].length];
  return dates.filter((d) => d.index < start || d.index >= end);
}


/**
 * "established two new sister cities, Tours in France and Soja in Japan": a tally of ties that the list after it names,
 * each its own event (ADDED_TIES reads them), not one tie of the verb's (the trigger ignores case, so a comma before a
 * lower-case word passes here too: the rule drops that match, as it drops "added three sister cities, bringing …")
 */
const LISTED_TALLY_NEXT = `(?!(?<=\\b(?:established|forged|formed|gained))\\s+(?:\\d+|one|${NUMBER_WORD}|a\\s+new)\\s+[^.;:,]{0,60}?cit(?:y|ies)(?::\\s|,\\s+(?:namely\\s+|including\\s+)?(?:the\\s+)?[A-Z]))`;
/** "a Memorandum on Deepening Friendly Cooperative Relations": a tie that exists already, deepened by a document (the document is the event) */
const DEEPENED = "\\b(?:deepen|strengthen|enhanc|consolidat|promot|expand|upgrad)";
/** the documents that may take a tie for their subject, as 建立友好城市关系意向书 does: the tie is still to be made */
const PRELIMINARY_DOCUMENT = `\\b(?:memorand(?:ums?|a)|MoUs?|MOUs?|${LETTER_OF_INTENT})\\b`;
/**
 * "signed a letter of intent on establishing sister-city relations", "the Letter of Intent between A and B on Establishing
 * Sister City Relations": the verb is the document's subject, not an event (tested once the verb has matched)
 */
// ("a memorandum renewing their sister-state relationship": the document's participle, right after it)
const ESTABLISHING_AS_SUBJECT = `(?<!${PRELIMINARY_DOCUMENT}(?:[^.;]{0,130}?\\s(?:on|for|to|regarding|concerning)\\s+(?:the\\s+)?|\\s+)[A-Za-z]+)`;
/** "signed a letter of intent to become sister cities", "a memorandum on becoming …": becoming is the document's subject, right after it */
const BECOMING_AS_SUBJECT = `(?<!${PRELIMINARY_DOCUMENT}\\s+(?:to|on|for|about)\\s+[A-Za-z]+)`;
/** ", making it the first pair of sister cities between China and Japan": an aside that ranks the tie, no event's words */
const RANKING_ASIDE = `,\\s+making\\s+${MADE_PAIR}\\b`;
/** the words between a verb and its tie: not past a deepening, nor past ", and signed" or ", and Guilin established" (a second event of its own) */
// (nor past ", and became twin cities with …", a second event of the subject's)
// (nor a plan's "of": "signed the Exchange and Cooperation Plan of Sister Cities" signs a plan, the ties its subject; nor
// its "between": "renewing the cooperation plan between the sister cities" renews a plan, the ties its parties)
// (nor past ", which were upgraded to sister-city relations in 2014": the upgrade is an event of its own)
const TIE_GAP = (max: number): string => `(?:(?!${DEEPENED}|${PRELIMINARY_DOCUMENT}|\\b[Pp]lans?\\s+(?:of|for|on|between)\\b|${SECOND_VERB}|${RANKING_ASIDE}|,\\s+and\\s+(?:also\\s+)?bec(?:ame|ome|omes|oming)\\b|,\\s+which\\s+(?:was|were|(?:has|have|had)\\s+been)\\s+(?:later\\s+)?upgraded\\b|${GAPPED_DOCUMENT}|${GAPPED_TIE_CLAUSE})[^.;]){0,${max}}?`;
/** the kinds of division a friendly tie is named for ("friendly province-state relations", "friendly province-county relations", "friendly provincial-regional relations") */
const DIVISION_KIND = "(?:provinc(?:e|es|ial)|states?|count(?:y|ies)|prefectur(?:e|es|al)|region(?:s|al)?|oblasts?|krais?|districts?|towns?|villages?|municipalit(?:y|ies))";
/** "became friendly province and state", "became sister province and state": two kinds of division paired */
/** a year or a month named next: "became friendly provinces in 1983", "in March 1983" (not "in the region") */
const YEAR_OR_MONTH_NEXT = "(?:19|20)\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December";
// (or joined by a hyphen: "became sister state-province in October 1979", as 结为友好省州)
const FRIENDLY_PAIR_KINDS = "(?:sister|twin|friendship|friendly)\\s+(?:province|state|city|prefecture|county)s?(?:\\s+and\\s+|-)(?:province|state|city|prefecture|county)s?";
/** a tie named as what a document signed is about ("A letter of intent to establish sister-city ties was signed"): the document was signed, not the tie */
const NOT_A_DOCUMENTS_TOPIC = `(?<!\\b(?:letters?\\s+of\\s+intent|memorand(?:um|a|ums)(?:\\s+of\\s+understanding)?|MoUs?|MOUs?)\\s+(?:to\\s+establish|on\\s+(?:establishing|the\\s+establishment\\s+of)|for\\s+establishing)\\s+(?:the\\s+|their\\s+)?)`;
/** "a sister-city cooperation memorandum": a memorandum on the exchanges of sister cities, as 友好城市合作备忘录; the tie names its subject, it is not the event (nor in "Renew Sister-City Memorandum", as 友好城市续约备忘录) */
// (and "a memorandum of understanding on sister city exchanges and cooperation": the tie's exchanges are the subject;
// "the sister-city cooperation agreement" is the tie's own, as 友好城市合作协议)
const TIE_AS_SUBJECT = `(?!\\s+(?:(?:cooperation|cooperative|exchange|exchanges|and)\\s+)*(?:memorand|MoU|MOU|${LETTER_OF_INTENT}))(?!\\s+(?:exchanges?|cooperation)\\b(?!\\s+agreements?\\b))`;
// ("The Taizhou-Perth sister city relationship began in 2010": the tie's start, as its dating back)
// ("formalized their twinning in 1987"; "marking 40 years of sister-city ties between Xi'an and Kyoto", as 纪念西安与京都结好40周年)
// ("the two provinces have been friendly provinces since 2012", as 两省自2012年起结为友好省份: the sister kind, 友好省)
// ("Tianjin and Kobe became China's first pair of sister cities with Japan": the pair they became, ranked)
// ("became friendly districts with …", as 结为友好县区: districts and counties pair as cities do)
// ("upgrading their relationship from friendly exchange cities to sister cities", as 由友好交流城市升级为友好城市: the kind they became)
// ("upgrading the friendly exchange relationship established in 2017 to a sister-city relationship": the tie raised, and when, between)
// ("The twinning agreement between Luoyang and Tours was signed in 2004": a twinning's, as a sister-city agreement's, passive)
// ("the sister-city agreement signed by Xi'an and Kyoto in 1974": the tie's document, signed by the pair, as SIGNED reads an agreement's)
export const sisterCity = rule({ id: "agreement-en-sister-city", type: "sister-city", gate: /sister|twin|friend/i, trigger: new RegExp(`${VERB}${LISTED_TALLY_NEXT}${ESTABLISHING_AS_SUBJECT}${TIE_GAP(80)}\\b(?:sister[- ]cit(?:y|ies)|sister[- ](?:provinces?|states?)${PAIRED_DIVISION}|friendship[- ]cit(?:y|ies)|friendly[- ]cit(?:y|ies)|(?:sister|friendly|friendship|twin)[- ]towns?|friendly[- ]${DIVISION_KIND}(?:[- ](?:${DIVISION_KIND}|cit(?:y|ies)))?(?=\\s+(?:relationships?|relations|ties|(?:cooperation\\s+)?agreements?|partnerships?))|twinning(?=\\s+(?:agreements?|relationships?|relations|ties|pacts?|deals?))|twin[- ]cit(?:y|ies)|sister(?=\\s+(?:ties|relations|relationships?)\\b))${TIE_AS_SUBJECT}(?:\\s+(?:relationships?|relations|ties|agreements?|partnerships?))?|(?<!,\\s+(?:and\\s+)?)\\btwin(?:ned|s)\\s+with\\b|(?=twinning|sister[- ]city)(?<=\\blaunch(?:ed|es|ing)?\\s+(?:the\\s+)?)(?:twinning|sister[- ]city)\\s+process\\b|\\btwinned(?=\\s+in\\s+(?:19|20)\\d{2}\\b)|\\b(?:sister|twin|friendship)[- ](?:city|province|state)\\s+(?:ties|relations|relationship)\\s+(?:(?:with|between)\\s+[^.;]{1,60}?\\s+)?(?:(?:date|dates|dated|dating)\\s+back\\s+to|began|begun|started|commenced)\\b|\\b(?:(?:have|has|had)\\s+been|were|was|became)\\s+twinned\\b|\\banniversary\\s+of\\s+(?:the\\s+|their\\s+)twinning\\b|\\b(?:formali[sz]ed|sealed|established)\\s+(?:the\\s+|their\\s+)twinning\\b|\\b(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)\\s+years\\s+of\\s+(?:their\\s+)?(?:(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|provinces?|states?)(?:[- ](?:state|province))?\\s+(?:ties|relations|relationships?|partnership)|twinning)\\b|\\bupgrad(?:ed|ing|es|e)\\s+(?:[\\w'’-]+\\s+){0,8}?to\\s+(?:an?\\s+)?(?:(?:formal|official|full)\\s+)?(?:sister|twin|friendship)[- ](?:city|cities|province|state)(?:[- ](?:state|province|region|prefecture))?\\s+(?:relationships?|relations|ties|status|agreement)\\b|\\bupgrad(?:ed|ing|es|e)\\s+(?:(?:[\\w'’-]+\\s+){0,3}?from\\s+(?:[\\w'’-]+\\s+){1,4}?|(?:the|their|its)\\s+(?:relationship|relations|ties|partnership)\\s+)to\\s+(?:sister|twin|friendship)[- ](?:cities|provinces|states)\\b|${NOT_A_DOCUMENTS_TOPIC}\\b(?:(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|provinces?|states?)|twinning|friendly[- ]${DIVISION_KIND}(?:[- ](?:${DIVISION_KIND}|cit(?:y|ies)))?)\\s+(?:agreements?|pacts?|accords?|relationships?|relations|ties)\\b[^.;]{0,80}?\\b(?:was|were|(?:has|had)\\s+been)\\s+(?:also\\s+|officially\\s+|formally\\s+)?(?:signed|established|forged|formed|formali[sz]ed|launched)\\b|\\b(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|provinces?|states?)\\s+(?:cooperation\\s+)?(?:agreements?|pacts?|accords?)\\s+(?:(?:jointly|recently|newly|also)\\s+)?(?:signed|inked)\\s+by\\b|\\b(?:bec(?:ame|ome|oming)|(?:have|has|had)\\s+been)${BECOMING_AS_SUBJECT}\\s+(?:(?:sister|twin|friendship)\\s+(?:cities|provinces|states|towns|districts|counties)|sisters(?=\\s+(?:in|since)\\b|\\s*[,.;])|friendly\\s+(?:cities|provinces|states|prefectures|districts|counties|regions)(?!\\s+(?:and|of)\\b|\\s+in\\s+(?!${YEAR_OR_MONTH_NEXT}))|friendly[- ]${DIVISION_KIND}[- ](?:${DIVISION_KIND}|city)\\s+partners|${FRIENDLY_PAIR_KINDS})\\b|\\bbec(?:ame|ome|omes|oming)\\s+(?:(?:an?|the)\\s+)?(?:sister|twin|friendship)[- ](?:city|province|state)\\s+(?:of|to|with)\\b|\\bbec(?:ame|ome|omes|oming)\\s+(?:${NAME_WORD_EN}['’]s\\s+|the\\s+)?(?:(?:first|second|third|earliest|oldest)\\s+)?pair\\s+of\\s+(?:sister|twin|friendship)[- ](?:cities|provinces|states)\\b|\\banniversary\\s+of\\s+(?:the\\s+|their\\s+|its\\s+)?(?:two\\s+(?:cities|provinces)['’]\\s+)?(?:(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|(?:provinces?|states?)${PAIRED_DIVISION})|friendly[- ]${DIVISION_KIND}(?:[- ](?:${DIVISION_KIND}|cit(?:y|ies)))?)\\s+(?:relationships?|relations|ties|partnerships?)\\b|${ADDED_TIES("(?:sister|twin|friendship)[- ]cit(?:y|ies)")}|${LISTED_TIES("(?:sister|twin|friendship)[- ](?:cities|provinces|states)(?:\\s+and\\s+(?:cities|provinces|states|prefectures))?")}|${OWNED_TIE_OF_NAME}|${IS_TIE_OF}|${HELD_TIE("(?:sister|twin|friendship)[- ](?:city|province|state)")}|${GAPPED_TIE("(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|provinces?|states?)")}|${GAPPED_PARTNER}|${GAPPED_BETWEEN}|${DOCUMENT_ANAPHOR}|${PASSIVE_DOCUMENT_ANAPHOR}|${ADDED_AS_TIE("(?:sister|twin|friendship)[- ](?:city|province|state)")}|${LATEST_OF_TIES}|${TIE_BETWEEN_ESTABLISHED}|${TIE_TURNING}`, "gi") });
// ("became friendship exchange cities", "established friendship exchange relations": 友好交流城市 translated with "friendship";
// "friendly exchange and cooperation relations", 友好交流合作关系: the two words of the tie joined)
export const friendlyCooperation = rule({ id: "agreement-en-friendly-cooperation", type: "friendly-cooperation", gate: /friend|partner|\bdat(?:es?|ed|ing)\s+back\b/i, trigger: new RegExp(`${FRIENDSHIP_DATES_BACK}|${VERB}${LISTED_TALLY_NEXT}${ESTABLISHING_AS_SUBJECT}${TIE_GAP(60)}\\bfriend(?:ly|ship)(?:\\s+and)?\\s+(?:${AGREEMENT_ON_FRIENDLY_COOPERATION}|(?:cooperative|cooperation|exchange)(?:\\s+and\\s+(?:cooperative|cooperation|exchanges?))?\\s+(?:cit(?:y|ies)\\s+(?:relationships?|relations|ties|agreements?)|relationships?|relations|partnerships?|ties)|(?:cooperative|cooperation|exchange)\\s+agreements?)\\b|\\b(?:bec(?:ame|ome|omes|oming)|(?:have|has|had)\\s+been)${BECOMING_AS_SUBJECT}\\s+friend(?:ly|ship)(?:\\s+and)?\\s+(?:exchange|cooperation|cooperative)\\s+(?:cit(?:y|ies)|provinces?|partners?)\\b|\\b(?:bec(?:ame|ome|omes|oming)|(?:have|has|had)\\s+been)\\s+(?:an?\\s+)?partner(?:ship)?\\s+cit(?:y|ies)\\b|${OWNED_FRIENDLY_TIE}|${VERB}${LISTED_TALLY_NEXT}${ESTABLISHING_AS_SUBJECT}${TIE_GAP(60)}\\bpartner(?:ship)?[- ]cit(?:y|ies)\\s+(?:relationships?|relations|ties|agreements?)\\b|${VERB}${ESTABLISHING_AS_SUBJECT}\\s+(?:an?\\s+)?(?:(?:formal|official|close|long-term|stable)\\s+)?(?:friendly|friendship)\\s+(?:relationships?|relations|ties)\\b|${GAPPED_TIE("friendly(?:\\s+and)?\\s+(?:cooperative|cooperation|exchange)(?:\\s+cit(?:y|ies))?")}|${ADDED_TIES("(?:friendly(?:\\s+and)?\\s+(?:cooperative|cooperation|exchange)|partner(?:ship)?)[- ]cit(?:y|ies)")}|${LISTED_TIES("(?:friendly(?:\\s+and)?\\s+(?:cooperative|cooperation|exchange)|partner(?:ship)?)[- ]cities")}|\\banniversary\\s+of\\s+(?:the\\s+|their\\s+)?(?:two\\s+(?:cities|provinces|sides)['’]\\s+)?friendly\\s+(?:(?:exchange|cooperation|cooperative)\\s+)?(?:relationships?|relations|ties|partnerships?)\\b|${HELD_TIE("friendly(?:\\s+(?:and\\s+)?(?:cooperative|exchange))?")}|${GAPPED_PARTNER}|${GAPPED_BETWEEN}|${DOCUMENT_ANAPHOR}|${PASSIVE_DOCUMENT_ANAPHOR}|${ADDED_AS_TIE("friendly(?:\\s+and)?\\s+(?:exchange|cooperation|cooperative)\\s+(?:city|province)")}`, "gi") });
// the documents: signed, exchanged, listed after another or after a colon (SIGNED, en-documents.ts)
export const memorandum = rule({ id: "agreement-en-memorandum", type: "memorandum", gate: /memorand|mou/i, trigger: SIGNED("(?:memorand(?:ums?|a)(?:\\s+of\\s+understanding)?|MoUs?|MOUs?)") });
export const letterOfIntent = rule({ id: "agreement-en-letter-of-intent", type: "letter-of-intent", gate: /letters?\s+of\s+intent|\bLoIs?\b/i, trigger: SIGNED(LETTER_OF_INTENT) });
// a signed "Cooperation Action Plan" binds both sides as an agreement does, as 合作行动计划 does
// (an accord, a pact or a deal, as headlines write an agreement: "Xi'an, Almaty renew friendship accord", "inked a deal on vocational training")
// (a joint declaration or statement the two sides sign commits both, as 联合声明 does: "the two mayors signed a joint declaration on …")
// ("signed a plan for friendly cooperation and exchanges", "an exchange plan": a plan of what the two will do together)
// ("Qingdao Port and the Port of Hamburg established sister-port relations", "… became sister schools": a tie of two ports,
// schools or hospitals, as 建立友好港关系, is made as their sister port agreement is signed: an agreement of two bodies, no tie of places;
// the gate names the tie whole, as a bare "port" is in "support", "important" and "opportunity", which would send the
// trigger over most sentences)
export const agreement = rule({ id: "agreement-en-agreement", type: "agreement", gate: new RegExp(`agreement|accord|pact|deal|plan|program|roadmap|declaration|statement|${BODY_TIE_KIND}`, "i"), trigger: new RegExp(`${SIGNED_AGREEMENT.source}|${BODIES_TIED}`, SIGNED_AGREEMENT.flags) });
// "became a member of United Cities and Local Governments", "became the 12th Chinese member of", "was approved as a full member of" ("approved Chengdu as a full member of"), as "joined"; a headline's "Becomes a Member of"
// ("following its accession to the World Tourism Cities Federation": a place's accession is its joining, as 加入)
export const membership = rule({ id: "agreement-en-membership", type: "membership", trigger: /\b[Jj]oin(?:ed|ing|s)?\s+(?:[Tt]he\s+)?|\b(?:its|their|the\s+city['’]s|the\s+province['’]s)\s+accession\s+to\s+(?:the\s+)?|\b[Bb]ec(?:ame|ome|omes|oming)\s+(?:[Aa]n?\s+|the\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|newest|latest)\s+)?(?:[A-Z][a-z]+\s+)?)?(?:[Oo]fficial\s+|[Ff]ull\s+)?[Mm]ember(?:\s+[Cc]ity)?\s+[Oo]f\s+(?:[Tt]he\s+)?|\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+)?(?:approved|admitted|accepted)\s+as\s+(?:an?\s+)?(?:official\s+|full\s+)?member(?:\s+city)?\s+of\s+(?:the\s+)?|\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+)?admitted\s+(?:in)?to\s+(?:the\s+)?(?=[A-Z])(?=[^.;,]{0,80}?\b(?:Federation|Association|Network|Alliance|League|Union|Forum|Organi[sz]ation|Council|Conference|Coalition)\b)|\b(?:approved|admitted|accepted)\s+(?:[A-Z][\w'’-]*\s+){1,4}as\s+(?:an?\s+)?(?:official\s+|full\s+)?member(?:\s+city)?\s+of\s+(?:the\s+)?|\b(?:approved|admitted|accepted)\s+(?:[A-Z][\w'’-]*\s+){1,4}as\s+(?:its|their)\s+(?:(?:\d+(?:st|nd|rd|th)|newest|latest)\s+)?(?:official\s+|full\s+)?member(?:\s+city)?\b|\b(?:has|have)\s+been\s+(?:an?\s+)?(?:official\s+|full\s+)?member(?:\s+city)?\s+of\s+(?:the\s+)?(?=[^.;]{0,100}?\bsince\s+(?:19|20)\d{2}\b)|\b[Bb]ec(?:ame|ome|omes|oming)\s+(?:officially\s+)?the\s+(?=(?:federation|association|organi[sz]ation|alliance|network|union|league)['’]s\s+(?:(?:\d+(?:st|nd|rd|th)|newest|latest)\s+)?(?:official\s+|full\s+)?member\b)/g, organisations: joinedOrganisation });
// ("worked with the National Museum of Laos to launch a joint exhibition", as 合作推出: only with what they made after "to")
export const jointVenture = rule({ id: "agreement-en-cooperation", type: "cooperation", trigger: /\b(?:cooperated|co-operated|partnered|teamed\s+up|worked(?:\s+together)?|joined\s+hands)\s+with\b/g, organisations: cooperatingPartners, organisationsOnly: true, requires: /^[^.;]*?\bto\s+(?:jointly\s+)?(?:establish|launch|set\s+up|create|found|open|build|co-found)\b/ });
/** "Hunan Agricultural University and Egerton University jointly established a laboratory": two bodies founding something together, as 合作建立 (jointFounders names them) */
export const jointlyFounded = rule({ id: "agreement-en-jointly-founded", type: "cooperation", trigger: /\b(?:jointly\s+(?:established|set\s+up|founded|launched|built|created|opened)|co-(?:founded|established|built|created))(?:\s+by)?\b/g, organisations: jointFounders, organisationsOnly: true });

/**
 * "Harbin's sister city Niigata sent a delegation", as 哈尔滨友好城市新潟市派代表团: a place's sister city named right
 * after the tie, the tie held (case kept, so the name's capital is checked; the lookahead first, so the look-behind is
 * tried only there)
 */
export const ownedTieNamed = rule({ id: "agreement-en-owned-tie", type: "sister-city", gate: /sister|twin|friendship/, trigger: /(?=(?:sister|twin|friendship)[- ])(?<=[A-Za-z]['’]s\s+)(?:sister|twin|friendship)[- ](?:city|province|state)(?=\s+[A-Z][a-z])/g });
export const EN_AGREEMENT_RULES: readonly AgreementRule[] = [sisterCity, friendlyCooperation, memorandum, letterOfIntent, membership, jointVenture, jointlyFounded, agreement, ownedTieNamed];
