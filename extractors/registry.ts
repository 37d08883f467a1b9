/** The extractor rules by fact kind and language: a new rule file adds one line here. */
import type { AgreementRule, CountRule, DateRule, Lang, PlaceRule } from "./types";
import { ZH_COUNT_RULES } from "./counts/zh";
import { EN_COUNT_RULES } from "./counts/en";
import { respectiveFiguresEn, respectiveFiguresZh } from "./counts/respectively";
import { ZH_DATE_RULES } from "./dates/zh";
import { EN_DATE_RULES } from "./dates/en";
import { taggedPlaceWithSuffix, ZH_PLACE_RULES } from "./places/zh-divisions";
import { divisionOfHead, partnerOfTie, transliterationWithDivision } from "./places/zh-transliterated";
import { listedAfterCountry, listedAfterKnownPlace, listedAmongKnownPlaces, pairedInList } from "./places/zh-listed";
import { venueOfEvent } from "./places/zh-venue";
import { nameAfterTieTitle } from "./places/zh-tie-title";
import { EN_PLACE_RULES } from "./places/en-kinds";
import { cityOfWireDateline } from "./places/en-dateline";
import { bareUsAfterName, nameAfterOfficeHolder, nameBeforeOffice, nameInCountryDivision, nameOfOwnedTie, nameOfTiePartner, pairedInListEn } from "./places/en-around";
import { nameListedWithKnownPlace } from "./places/en-listed";
import { nameWithLostLetters } from "./places/lost-letters";
import { nameWithRomanisedDivision } from "./places/en-romanised";
import { nameDescribedAsPlace } from "./places/en-described";
import { ZH_AGREEMENT_RULES } from "./agreements/zh";
import { EN_AGREEMENT_RULES } from "./agreements/en";

export const COUNT_RULES: Record<Lang, readonly CountRule[]> = { zh: [...ZH_COUNT_RULES, respectiveFiguresZh], en: [...EN_COUNT_RULES, respectiveFiguresEn] };
export const DATE_RULES: Record<Lang, readonly DateRule[]> = { zh: ZH_DATE_RULES, en: EN_DATE_RULES };
// (the English rules that read a name by the words around it, or with its letters lost, come after the core ones)
export const PLACE_RULES: Record<Lang, readonly PlaceRule[]> = { zh: [...ZH_PLACE_RULES, transliterationWithDivision, partnerOfTie, divisionOfHead, taggedPlaceWithSuffix, listedAfterCountry, listedAfterKnownPlace, listedAmongKnownPlaces, pairedInList, venueOfEvent, nameAfterTieTitle], en: [...EN_PLACE_RULES, nameBeforeOffice, nameAfterOfficeHolder, nameInCountryDivision, nameOfOwnedTie, nameOfTiePartner, pairedInListEn, nameListedWithKnownPlace, nameWithLostLetters, nameWithRomanisedDivision, nameDescribedAsPlace, cityOfWireDateline, bareUsAfterName] };
export const AGREEMENT_RULES: Record<Lang, readonly AgreementRule[]> = { zh: ZH_AGREEMENT_RULES, en: EN_AGREEMENT_RULES };
