import { applyEdits } from "../pipeline/offsets";
import { REPAIR_RULES, DAMAGE_DETECTORS } from "../pipeline/repair";
import type { RepairCorpus } from "../pipeline/repairs/corpus";
import { corpus as pinyin } from "../pipeline/repairs/pinyin-annotation.corpus";
import { corpus as punctuation } from "../pipeline/repairs/punctuation.corpus";
import { corpus as entities } from "../pipeline/repairs/html-entity.corpus";
import { corpus as invisible } from "../pipeline/repairs/invisible.corpus";

const CORPORA: RepairCorpus[] = [pinyin, punctuation, entities, invisible];

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
