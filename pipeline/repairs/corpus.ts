/** A repair corpus: inputs with the text each must become, and texts that must come out unchanged. */
export interface RepairCorpus {
  rule: string;
  /** [damaged, repaired] */
  repairs: [string, string][];
  /** correct text that the rule must leave alone */
  unchanged: string[];
}
