/**
 * The English names a Chinese prefecture goes by beside its gazetteer name: the Pinyin spelling official
 * English also uses where the gazetteer's is a customary one (伊犁, Ili and Yili: china-english.json's
 * "also"), and an autonomous prefecture's style, its peoples named ("Yili Kazak Autonomous Prefecture",
 * "Enshi Tujia and Miao Autonomous Prefecture"), as PEOPLE_OF_REGION names an autonomous region's.
 */
import customary from "./data/china-english.json";

/** the peoples autonomous regions and prefectures are named for, as official English writes them (the first spelling first) */
export const PEOPLES: Readonly<Record<string, readonly string[]>> = {
  朝鲜族: ["Korean"],
  土家族: ["Tujia"],
  苗族: ["Miao"],
  藏族: ["Tibetan"],
  羌族: ["Qiang"],
  彝族: ["Yi"],
  布依族: ["Bouyei", "Buyi"],
  侗族: ["Dong"],
  哈尼族: ["Hani"],
  壮族: ["Zhuang"],
  傣族: ["Dai"],
  白族: ["Bai"],
  景颇族: ["Jingpo"],
  傈僳族: ["Lisu"],
  回族: ["Hui"],
  蒙古族: ["Mongolian", "Mongol"],
  蒙古: ["Mongolian", "Mongol"],
  哈萨克: ["Kazak", "Kazakh"],
  柯尔克孜: ["Kirgiz", "Kyrgyz"],
  维吾尔: ["Uygur", "Uyghur", "Uighur"],
};
const PEOPLE = new RegExp(`^(?:${Object.keys(PEOPLES).sort((a, b) => b.length - a.length).join("|")})`);

/** the English names of each reading of the peoples between a prefecture's short name and 自治州 (藏族羌族: "Tibetan and Qiang"), or none when one is unknown */
function peoplesInEnglish(peoples: string): string[] {
  const parts: (readonly string[])[] = [];
  for (let rest = peoples; rest; ) {
    const m = PEOPLE.exec(rest);
    if (!m) return [];
    parts.push(PEOPLES[m[0]]!);
    rest = rest.slice(m[0].length);
  }
  // (each people's first spelling with the others', and the first people's other spellings with the rest's first)
  const first = parts.map((p) => p[0]!);
  const variants = parts.flatMap((p, i) => p.slice(1).map((other) => first.map((f, k) => (k === i ? other : f))));
  return [first, ...variants].map((names) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0]!));
}

const ALSO = customary.also as Readonly<Record<string, string>>;

/**
 * The names a province, city or prefecture goes by in English besides `${en}` and `${en} ${divisionWord}` (the
 * gazetteer's: Province, City, Prefecture), given its full and short Chinese names.
 */
export function moreEnglishNames(name: string, short: string, en: string, divisionWord: string): string[] {
  const spellings = [en, ...(ALSO[short] ? [ALSO[short]] : [])];
  const out: string[] = [];
  for (const spelling of spellings) {
    if (spelling !== en) out.push(spelling, `${spelling} ${divisionWord}`);
    if (name.endsWith("自治州")) {
      out.push(`${spelling} Autonomous Prefecture`);
      for (const peoples of peoplesInEnglish(name.slice(short.length, -3))) out.push(`${spelling} ${peoples} Autonomous Prefecture`);
    }
  }
  return out;
}
