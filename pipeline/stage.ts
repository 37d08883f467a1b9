import type { Doc } from "./document";
import type { StageName } from "../schemas/output";

/** One step of the pipeline. A stage reads and extends the document; problems go to doc.messages. */
export interface Stage {
  name: StageName;
  /** one sentence: what the stage does (shown by `bifacts stages`) */
  summary: string;
  run(doc: Doc): void;
}
