import iconv from "iconv-lite";
import { applyEdits } from "../pipeline/offsets";
import { Doc, DEFAULT_OPTIONS } from "../pipeline/document";
import { decode } from "../pipeline/decode";
import { repair } from "../pipeline/repair";
import { extractBytes } from "../pipeline/index";
import { REPAIR_RULES, DAMAGE_DETECTORS } from "../pipeline/repair";
import type { RepairCorpus } from "../pipeline/repairs/corpus";
import { corpus as pinyin } from "../pipeline/repairs/pinyin-annotation.corpus";
import { corpus as punctuation } from "../pipeline/repairs/punctuation.corpus";
import { corpus as entities } from "../pipeline/repairs/html-entity.corpus";
import { corpus as invisible } from "../pipeline/repairs/invisible.corpus";
import { corpus as hanSpacing } from "../pipeline/repairs/han-spacing.corpus";
import { corpus as figureSpacing } from "../pipeline/repairs/figure-spacing.corpus";

const CORPORA: RepairCorpus[] = [pinyin, punctuation, entities, invisible, hanSpacing, figureSpacing];

describe.each(CORPORA)("repair corpus: $rule", (corpus) => {
  const rule = REPAIR_RULES.find((r) => r.kind === corpus.rule)!;
  it("names a registered rule", () => expect(rule).toBeDefined());
  it.each(corpus.repairs)("repairs %j", (input, expected) => {
    expect(applyEdits(input, rule.find(input)).text).toBe(expected);
  });
  it.each(corpus.unchanged)("leaves %j alone", (input) => {
    expect(rule.find(input)).toEqual([]);
  });
});

describe("damage detectors", () => {
  const find = (text: string) => DAMAGE_DETECTORS.flatMap((d) => d.find(text).map((f) => ({ code: f.code, span: [f.start, f.end], text: text.slice(f.start, f.end) })));

  it("locates a ? run inside Han text, position first", () => {
    const found = find("实现当?厮痉N植“零”的突破");
    expect(found.map((f) => f.span)).toEqual([[3, 7]]);
    expect(found[0]!.code).toBe("unrecoverable-question-marks");
  });
  it("locates 锟斤拷 and U+FFFD runs", () => {
    expect(find("山西锟斤拷锟斤拷省").map((f) => f.span)).toEqual([[2, 8]]);
    expect(find("山西\ufffd\ufffd省").map((f) => [f.code, f.span])).toEqual([["unrecoverable-replacement", [2, 4]]]);
  });
  it("leaves question marks that end a question", () => {
    expect(find("What is it? It is a city.")).toEqual([]);
    expect(find("这是什么？")).toEqual([]);
  });
  it("does not extend a ? over a legitimate Latin letter in Chinese (维生素C片)", () => {
    expect(find("维生素C片很常见").map((f) => f.span)).toEqual([]);
    expect(find("维生素?C片").map((f) => f.span)).toEqual([[3, 4]]);
  });
  it("finds ?? runs next to Han characters", () => {
    expect(find("湖南??省").map((f) => f.span)).toEqual([[2, 4]]);
  });
});

describe("UTF-8 read as windows-1252 by a strict decoder, which lost the bytes the code page leaves undefined", () => {
  const asStrict1252 = (clean: string): string => iconv.decode(Buffer.from(clean, "utf8"), "win1252");
  const repaired = (clean: string): string => {
    const doc = new Doc("strict.txt", Buffer.from(asStrict1252(clean), "utf8"), DEFAULT_OPTIONS);
    decode.run(doc);
    repair.run(doc);
    return doc.text;
  };

  it("restores a character by the word it makes with a neighbour, and a list's mark between two Han characters", () => {
    const clean = "两市共同举办友好交流活动，并在经贸、文化等领域开展合作。";
    const damaged = asStrict1252(clean);
    expect(damaged.match(/\ufffd/g)!.length).toBe(6); // 同, 友, 流, 经, 、 and 合 each lost a byte (81, 8D, 8F, 90 or 9D)
    expect(repaired(clean)).toBe(clean);
  });

  it("restores two lost side by side by the word they make, and a list's mark after a bracket's close", () => {
    expect(repaired("双方签署了友好合作意向书。")).toContain("友好合作意向书"); // 意 and 向 both lost a byte
    expect(repaired("其中，美国新泽西州（1981年）、日本冈山县（1982年）等。")).toContain("（1981年）、日本");
  });

  it("leaves a character lost where no candidate's word is far ahead of the next", () => {
    // (十 lost both its continuation bytes, 25 fillings: 六十 seen 423 times, 六名 127, not five times as many)
    expect(repaired("全年派出团组六十多个。")).toContain("六\ufffd多个");
  });
});

describe("UTF-8 read as GBK, with the bytes the decoder lost", () => {
  // a character's last byte before an ASCII byte makes no GBK pair: the decoder wrote U+FFFD for it
  const asGbk = (clean: string): string => iconv.decode(Buffer.from(clean, "utf8"), "gbk");
  const repaired = (clean: string): { text: string; flagged: boolean } => {
    const doc = new Doc("lost.txt", Buffer.from(asGbk(clean), "utf8"), DEFAULT_OPTIONS);
    decode.run(doc);
    repair.run(doc);
    return { text: doc.text, flagged: doc.messages.some((m) => m.code === "unrecoverable-replacement") };
  };

  it("restores 年 and 月 lost between digits, and the rest of the paragraph with them", () => {
    const clean = "2025年9月8日，两市签署了合作备忘录，双方将在经贸、教育等领域开展交流。";
    expect(asGbk(clean).startsWith("2025骞\ufffd9鏈\ufffd8")).toBe(true); // the damage is real: bytes were lost
    // the full stop's last byte, at the end of the text, was lost too: that one stays lost, and flagged
    expect(repaired(clean)).toEqual({ text: clean.slice(0, -1) + "\ufffd", flagged: true });
  });

  it("restores 日 lost after 月 and the day's digits, whatever follows it", () => {
    const clean = "11月3日 两市签署了合作备忘录，双方将在经贸、教育等领域开展交流。";
    expect(asGbk(clean).startsWith("11鏈\ufffd3鏃\ufffd ")).toBe(true); // 日 before a space lost its last byte
    expect(repaired(clean).text).toBe(clean.slice(0, -1) + "\ufffd");
    // (10时 before an ASCII comma keeps its loss: 时 shares 日's two bytes, and no 月 before it says it is a day)
    // (the comma after it, before Chinese, made full-width: the lost character was Chinese)
    expect(repaired("上午10时,两市签署了合作备忘录。").text.startsWith("上午10\ufffd，")).toBe(true);
  });

  it("restores 年 lost after a year's four digits before an ASCII byte that is no digit", () => {
    const clean = "该协会成立于1998年,现有会员城市80个。";
    expect(asGbk(clean)).toContain("1998骞\ufffd,"); // 年 before an ASCII comma lost its last byte
    expect(repaired(clean).text).toContain("成立于1998年，现有"); // (the comma made full-width among Chinese, as always)
    // (after a figure that is no year, the two bytes stay lost: 5000 and 12345 are no years)
    expect(repaired("面积5000平,两市签署了合作备忘录。").text).toContain("5000\ufffd，");
  });

  it("restores 年 lost after the word for which year (去, 今) before a month's digits, and 月 after a year and a month's number", () => {
    // (traditional text, where no guess from word frequencies is made: these are read from the date's shape alone)
    for (const clean of ["雙方於今年3月,兩市簽署了合作備忘錄。", "代表團於2019年5月,兩市簽署了合作備忘錄。"]) {
      expect(asGbk(clean)).toMatch(/\ufffd[35]鏈\ufffd,/); // 月 before the ASCII comma lost its last byte
      expect(repaired(clean).text).toBe(clean.slice(0, -1).replace(",", "，") + "\ufffd");
    }
    expect(asGbk("雙方於今年3月,兩市簽署了合作備忘錄。")).toContain("粖骞\ufffd3"); // 年 after 今 too
  });

  it("restores traditional characters whose bytes meet as one of GBK's pinyin letters", () => {
    const clean = "雙方代表團於2019年訪問了該市，並簽署了合作備忘錄。";
    expect(asGbk(clean)).toContain("骞磋í"); // 年訪: the last byte of one and the first of the next read as í
    expect(repaired(clean).text).toBe(clean.slice(0, -1) + "\ufffd");
  });

  it("restores characters whose bytes meet as one of the block elements of GBK's row A8", () => {
    const clean = "江苏与新南威尔士州于1979年建立友好省州关系，是中澳之间建立的第一对友好省州。";
    expect(asGbk(clean)).toContain("鍗楀▉"); // 南威: the last byte of 楀 and the next's first read as ▉ (U+2589)
    expect(repaired(clean).text).toBe(clean.slice(0, -1) + "\ufffd");
  });

  it("reads a line whole past a pinyin annotation's toned letters", () => {
    // (the line's date needs the line read whole: its digits stand outside any window of mojibake)
    const clean = "9月8日 两市缔(dì)结了友好城市关系，双方将扩大交流。";
    expect(repaired(clean).text.startsWith("9月8日 两市")).toBe(true);
  });

  it("restores a character lost before its pinyin annotation: the one its two bytes and the reading allow, or of two, the one of everyday text, or the one jieba joins to the character before", () => {
    const lostBefore = (clean: string, annotation: string): boolean => asGbk(clean).includes(`\ufffd${annotation}`);
    const one = "双方还签署了意向书(shū)，并将推动合作。";
    expect(lostBefore(one, "(sh")).toBe(true); // 书 lost its last byte before the bracket
    expect(repaired(one).text.startsWith("双方还签署了意向书")).toBe(true);
    const two = "代表团还访问了缅甸(diàn)，并签署了协议。";
    expect(lostBefore(two, "(di")).toBe(true); // 甸 and 电 share their first two bytes and both read diàn
    expect(repaired(two).text.startsWith("代表团还访问了缅甸")).toBe(true);
    const rare = "代表团访问了美国萨克拉门托(tuō)市。";
    expect(lostBefore(rare, "(tu")).toBe(true); // 托 and the rare 扡 share their first two bytes and both read tuō
    expect(repaired(rare).text).toContain("萨克拉门托市"); // the one of everyday text (jieba joins neither to 门)
  });

  it("restores a dash or 至 lost between two figures, and characters whose bytes meet as a symbol of GBK's row A1", () => {
    const range = "双方签署了2026—2028年合作规划，并举行了会谈。";
    expect(asGbk(range)).toContain("2026鈥\ufffd2028"); // the dash (鈥, its first two bytes) lost its last before the 2
    expect(repaired(range).text).toContain("2026—2028年合作规划"); // (了 before 2026 stays lost: its two bytes fit many)
    const months = "今年1至10月，两地进出口总额增长。";
    expect(asGbk(months)).toContain("1鑷\ufffd10"); // 至 lost its last byte between the two figures (鑷, its first two)
    expect(repaired(months).text).toContain("今年1至10月");
    const symbol = "代表团访问了俄罗斯叶卡捷琳堡市，并签署了协议。";
    expect(asGbk(symbol)).toContain("℃"); // 卡捷's bytes meet as ℃
    expect(repaired(symbol).text.startsWith("代表团访问了俄罗斯叶卡捷琳堡市")).toBe(true);
  });

  it("restores a character lost before a figure's digits: the one jieba's dictionary saw most often, well ahead of the next", () => {
    // (as the word it ends with the character before, 活动 and 协议; or alone, 行 after 一 and 的 before a figure)
    const clean = "全年共开展交流活动1200余场，签署合作协议156份，接待代表团一行18人，与当地的20家企业座谈。";
    expect(asGbk(clean)).toContain("\ufffd1200"); // 动 before the digits lost its last byte
    expect(repaired(clean).text.slice(0, -1)).toBe(clean.slice(0, -1));
    // (截 before the lost one, seen less often alone than as 截至: the word it makes, though 自 alone opens figures too)
    const until = "会议指出，截至2024年底，全省共有友好城市126对。";
    expect(asGbk(until)).toContain("\ufffd2024");
    expect(repaired(until).text).toContain("截至2024年底");
    // (in traditional text too, where both characters are written alike in both scripts; not 增長 read as 增长)
    const untilTraditional = "會議指出，截至2024年底，全省共有友好城市126對。";
    expect(repaired(untilTraditional).text).toContain("截至2024年底");
  });

  it("restores a mark lost before a figure: a title's open where its close follows, a full stop before a year and its comma, else a list's mark", () => {
    const cases: [string, string][] = [
      ["接待来访团组88批、2100余人次，出访团组46批、730人次。", "88批、2100余人次"],
      ["两市结为友好城市。2025年，两市贸易额增长一成。", "友好城市。2025年"],
      ["双方签署了《2026—2028年友好交流合作备忘录》。", "签署了《2026"],
    ];
    for (const [clean, restored] of cases) {
      const mark = restored.match(/[、。《]/)![0];
      expect(asGbk(clean)).toContain(`\ufffd${restored.slice(restored.indexOf(mark) + 1, restored.indexOf(mark) + 5)}`); // the mark lost its last byte
      expect(repaired(clean).text).toContain(restored);
    }
  });

  it("restores a bracket's open lost before a figure where its close follows, and no other full-width mark", () => {
    const dated = "该省友好省州包括美国加州（1981年）和日本爱知县（1980年）。";
    expect(asGbk(dated)).toContain("\ufffd1981"); // （ lost its last byte before the digits, and again before 1980
    expect(asGbk(dated)).toContain("\ufffd1980");
    expect(repaired(dated).text.slice(0, -1)).toBe(dated.slice(0, -1)); // (the last mark's bytes end the text, cut)
    // (after a pinyin annotation's close too, as scraped traditional text has them: 州(zhōu)（1981年）)
    const annotated = "包括美国新泽西州(zhōu)（1981年）和日本静冈县（1982年）等。";
    expect(asGbk(annotated)).toContain("u)锛\ufffd1981"); // （ lost its last byte after the annotation
    expect(repaired(annotated).text).toContain("（1981年）");
    // (：, ， and （ share their two bytes; with no close after the figure, nothing says which it was)
    const colon = "会议时间：2024年5月，双方签署了合作备忘录。";
    expect(asGbk(colon)).toContain("\ufffd2024");
    expect(repaired(colon).text.slice(0, -1)).toBe(colon.replace("：", "\ufffd").slice(0, -1));
  });

  it("restores a character lost before a mark the scraper wrote in ASCII: a word's end the dictionary saw far most often, or a place's name's end", () => {
    const word = "双方签署了合作协议,并将继续推进。";
    expect(asGbk(word)).toContain("\ufffd,"); // 议 lost its last byte before the ASCII comma
    expect(repaired(word).text.startsWith("双方签署了合作协议，")).toBe(true);
    // (巴塞罗 opens one name of the gazetteer one character longer, 巴塞罗那: the two bytes left allow its 那)
    const place = "总部设在西班牙巴塞罗那,是全球最大的城市组织。";
    expect(asGbk(place)).toContain("\ufffd,");
    expect(repaired(place).text.startsWith("总部设在西班牙巴塞罗那，")).toBe(true);
    // (not after a numeral: 数千个 read as 数千万 would change a count)
    expect(repaired("该市现有企业数千个,其中外资企业较多。").text).toContain("数千\ufffd");
    // (a byline's space after 记者 parts it from the name, as a mark does)
    const byline = "（记者 陈晨）4月15日，温州市与普拉托市签署备忘录。";
    expect(asGbk(byline)).toContain("\ufffd ");
    expect(repaired(byline).text.startsWith("（记者 陈晨")).toBe(true);
  });

  it("leaves another lost character lost, and flagged", () => {
    // 自 and 至 share their two bytes and both open a year; 约, alone, against 年纪, a word: neither far enough ahead
    for (const clean of ["9月8日，两市自2015年起开展交流，双方签署了合作备忘录", "9月8日，去年约30家企业参展，双方签署了合作备忘录"]) {
      const out = repaired(clean);
      expect(out.text).toBe(clean.replace(/自|约/, "\ufffd"));
      expect(out.flagged).toBe(true);
    }
    // (nor is one guessed in traditional text, whose forms the dictionary's simplified words are not)
    expect(repaired("9月8日，代表團一行18人訪問洛陽，雙方簽署了合作備忘錄").text).toContain("一\ufffd18");
  });
});

describe("Chinese spaced out character by character", () => {
  it("is read once its characters stand together, each removed space recorded at its source span", () => {
    const text = "3 月 5 日 ， 株 洲 市 与 德 国 哈 默 尔 恩 市 签 署 友 好 城 市 协 议 。";
    const out = extractBytes("spaced.txt", Buffer.from(text, "utf8"));
    const spacing = out.repairs.filter((r) => r.kind === "han-spacing");
    expect(spacing.length).toBeGreaterThan(0);
    for (const r of spacing) expect(text.slice(r.source.start, r.source.end)).toBe(r.before);
    const tie = out.facts.find((f) => f.kind === "agreement");
    expect(tie?.evidence.map((e) => [e.quote, text.slice(e.source.start, e.source.end)])).toEqual([["株洲市与德国哈默尔恩市签署友好城市协议", "株 洲 市 与 德 国 哈 默 尔 恩 市 签 署 友 好 城 市 协 议"]]);
  });
});
