import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderSchema, SCHEMA_FILE } from "../scripts/generate-schema";
import { ROOT } from "./helpers";

describe("JSON Schema", () => {
  it("the checked-in schemas/facts.schema.json matches the zod schemas (run `npm run schema` if not)", () => {
    expect(readFileSync(join(ROOT, SCHEMA_FILE), "utf8")).toBe(renderSchema());
  });
});
