/**
 * repair: undoes scraping and encoding damage, one rule family at a time, each as its own text layer so
 * every repair keeps its span in source.text, its before and its after. Damage that cannot be undone is
 * reported (with its span) and marks its paragraph; it is never guessed at.
 */
import { applyEdits, type Edit } from "./offsets";
import type { Doc } from "./document";
import type { Stage } from "./stage";
import type { DamageDetector, RepairRule, RoundState } from "./repairs/rule";
import { htmlEntity } from "./repairs/html-entity";
import { mojibake } from "./repairs/mojibake";
import { invisibleCharacters } from "./repairs/invisible";
import { pinyinAnnotation, tornPinyinAnnotation } from "./repairs/pinyin-annotation";
import { chinesePunctuation } from "./repairs/punctuation";
import { hanSpacing } from "./repairs/han-spacing";
import { figureSpacing } from "./repairs/figure-spacing";
import { kunJinKao, lostCharacterQuestionMarks, replacementCharacters } from "./repairs/damage";

/** The repair rules, in the order they run. */
export const REPAIR_RULES: readonly RepairRule[] = [
  // mojibake first: every other rule reads characters, and before this one they are the wrong ones
  mojibake,
  // entities next: "&#12290;" is a full stop that the punctuation rule must see as one
  htmlEntity,
  // invisible characters next, so that "國\u200b(guó)" still reads as an annotated character
  invisibleCharacters,
  // annotations before punctuation: "來(lái),," only becomes "來,," (a doubled comma) once the pinyin is gone
  pinyinAnnotation,
  tornPinyinAnnotation,
  // spacing before punctuation: "，," spaced apart is a clash only once its characters stand together
  hanSpacing,
  // (a figure's spaces after the characters': 项 目 1 2 0 余 个 is one run, joined first)
  figureSpacing,
  // punctuation last: it judges a mark by its neighbours, which the rules above may have changed
  chinesePunctuation,
];

/** What cannot be repaired, looked for after the repairs (so a removed annotation no longer hides it). */
export const DAMAGE_DETECTORS: readonly DamageDetector[] = [kunJinKao, replacementCharacters, lostCharacterQuestionMarks];

export const repair: Stage = {
  name: "repair",
  summary: "undoes scraping damage (entities, invisible characters, pinyin annotations, punctuation), recording each repair; reports what cannot be undone",
  run(doc: Doc): void {
    for (const rule of REPAIR_RULES) applyRule(doc, rule);
    for (const detector of DAMAGE_DETECTORS) {
      for (const f of detector.find(doc.text)) {
        const span = doc.toSource({ start: f.start, end: f.end });
        doc.damage.push(span);
        doc.warn("repair", f.code, `${f.reason}: ${JSON.stringify(doc.text.slice(f.start, f.end))} cannot be restored`, span);
      }
    }
  },
};

/** How often a repeating rule may run: mojibake nested deeper than this is not seen in the wild. */
const MAX_ROUNDS = 4;

function applyRule(doc: Doc, rule: RepairRule): void {
  const rounds: RoundState = { quietLines: new Set() };
  for (let round = 0; round < (rule.repeat ? MAX_ROUNDS : 1); round++) {
    const edits = rule.find(doc.text, rounds).sort((a, b) => a.start - b.start);
    if (!edits.length) return;
    const before = doc.text;
    // one record per run of touching edits of one kind: "å±±è¥¿" → "山西" is one repair, mapped per character
    for (const group of groupTouching(edits)) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const after = group.map((e) => e.text).join("");
      doc.repairs.push({ kind: first.kind ?? rule.kind, stage: "repair", source: doc.toSource({ start: first.start, end: last.end }), before: before.slice(first.start, last.end), after });
    }
    const { text, map } = applyEdits(before, edits);
    doc.addLayer(`repair:${rule.kind}`, "repair", text, map);
  }
}

function groupTouching(edits: Edit[]): Edit[][] {
  const groups: Edit[][] = [];
  for (const e of edits) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && last.end === e.start && last.kind === e.kind) g.push(e);
    else groups.push([e]);
  }
  return groups;
}

