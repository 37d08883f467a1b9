import type { AgreementLevel } from "../types";

/**
 * The words a Chinese release names its own place by (我省, 本市, 全省 "the whole province"), and the level
 * each says. Agreement rules read them as the own side of a tie; count rules as whose the counted are
 * (40家我省企业).
 */
export const OWN_PLACE: Readonly<Record<string, AgreementLevel>> = { 我省: "provincial", 本省: "provincial", 全省: "provincial", 我市: "city", 本市: "city", 全市: "city", 我县: "county", 本县: "county", 我区: "district", 本区: "district" };
