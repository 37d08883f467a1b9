import type { Edit } from "../offsets";

/** One family of repairs. `find` proposes non-overlapping edits on the current text; it never edits. */
export interface RepairRule {
  kind: string;
  /** why the repair is safe: shown in the README and by `bifacts stages` */
  why: string;
  /** run again on its own output until it proposes nothing (double encoding takes two rounds) */
  repeat?: boolean;
  find(text: string): Edit[];
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
