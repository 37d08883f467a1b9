/** The place gazetteer: the generated division file is current, and its names are the ones editors expect. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIVISIONS_FILE, renderDivisions, shortName, englishName } from "../scripts/generate-gazetteer";
import { gazetteer } from "../extractors/places/gazetteer";
import { ROOT } from "./helpers";

describe("gazetteer", () => {
  it("has a checked-in china-divisions.json that matches what npm run gazetteer generates", () => {
    expect(readFileSync(join(ROOT, DIVISIONS_FILE), "utf8")).toBe(renderDivisions());
  });

  it.each([
    ["广西壮族自治区", "广西"],
    ["延边朝鲜族自治州", "延边"],
    ["西藏自治区", "西藏"],
    ["黔东南苗族侗族自治州", "黔东南"],
    ["长阳土家族自治县", "长阳"],
    ["晋城市", "晋城"],
  ])("shortens %s to %s", (full, short) => expect(shortName(full)).toBe(short));

  it.each([
    ["内蒙古", "Inner Mongolia"],
    ["呼和浩特", "Hohhot"],
    ["乌鲁木齐", "Urumqi"],
    ["哈尔滨", "Harbin"],
    ["西安", "Xi'an"],
    ["陕西", "Shaanxi"],
    ["山西", "Shanxi"],
    ["重庆", "Chongqing"],
    // the readings place names give characters of two readings (PLACE_READINGS), not pinyin-pro's everyday ones
    ["花都", "Huadu"],
    ["什邡", "Shifang"],
    ["珲春", "Hunchun"],
    ["乐清", "Yueqing"],
    ["单县", "Shanxian"],
  ])("spells %s in English as %s", (zh, en) => expect(englishName(zh)).toBe(en));

  it("gives countries their ISO code and news names, and divisions their GB/T 2260 code", () => {
    const g = gazetteer();
    expect(g.zh.get("美国")![0]!.entry).toMatchObject({ en: "United States", code: { scheme: "ISO 3166-1", value: "US" }, type: "country" });
    expect(g.zh.get("纽西兰")![0]!.entry.en).toBe("New Zealand");
    expect(g.en.get("Laos")![0]!.entry.zh).toBe("老挝");
    expect(g.zh.get("湖北省")![0]!.entry).toMatchObject({ en: "Hubei", code: { scheme: "GB/T 2260", value: "420000" }, type: "province" });
    // 中非 is the region; the Central African Republic keeps its full name
    expect(g.zh.get("中非")!.map((h) => h.entry.type)).toEqual(["region"]);
    expect(g.zh.get("中非共和国")![0]!.entry.code?.value).toBe("CF");
  });

  it("names Hong Kong, Macao and Taiwan once: the ISO code's names are the division's", () => {
    const g = gazetteer();
    const ids = (names: string[], index: Map<string, { entry: { id: string } }[]>): string[] => [...new Set(names.flatMap((n) => index.get(n)!.map((h) => h.entry.id)))];
    expect(ids(["香港", "香港特别行政区", "香港特区"], g.zh)).toEqual(["GB:810000"]);
    expect(ids(["Hong Kong", "HKSAR", "Hong Kong Special Administrative Region"], g.en)).toEqual(["GB:810000"]);
    expect(ids(["澳门", "Macao", "Macau"], new Map([...g.zh, ...g.en]))).toEqual(["GB:820000"]);
    expect(ids(["台湾", "Taiwan"], new Map([...g.zh, ...g.en]))).toEqual(["GB:710000"]);
  });
});
