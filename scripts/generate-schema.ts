/** Writes schemas/facts.schema.json from the zod schemas (`npm run schema`). A test fails when it is stale. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { outputJsonSchema } from "../schemas/output";
import { PACKAGE_ROOT } from "../pipeline/version";

export const SCHEMA_FILE = "schemas/facts.schema.json";
export const renderSchema = (): string => JSON.stringify(outputJsonSchema(), null, 2) + "\n";

if (require.main === module) {
  writeFileSync(join(PACKAGE_ROOT, SCHEMA_FILE), renderSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
