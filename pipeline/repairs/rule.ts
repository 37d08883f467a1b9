import type { Edit } from "../offsets";

/** One family of repairs. `find` proposes non-overlapping edits on the current text; it never edits. */
export interface RepairRule {
  kind: string;
  /** why the repair is safe: shown in the README and by `bifacts stages` */
  why: string;
  /** run again on its own output until it proposes nothing (double encoding takes two rounds) */
  repeat?: boolean;
  /** `rounds` lives through the rule's rounds over one document: what an earlier round learnt */
  find(text: string, rounds?: RoundState): Edit[];
}

/** What a repeating rule keeps between its rounds over one document. */
export interface RoundState {
  /** lines the rule found nothing in: a round after a repair reads only the lines that changed */
  quietLines: Set<string>;
}

/** Damage that cannot be undone: located and reported, never guessed at. */
export interface DamageFinding {
  code: string;
  start: number;
  end: number;
  reason: string;
}

export interface DamageDetector {
  code: string;
  find(text: string): DamageFinding[];
}
