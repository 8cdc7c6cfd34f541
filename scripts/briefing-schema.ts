/**
 * Writes docs/briefing.schema.json, the JSON Schema of `dossier brief --format json`, generated from
 * the zod schema in src/schema.ts. `npm run schema`; test/schema.test.ts fails when it is stale.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefingJsonSchema } from "../src/schema.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "../docs/briefing.schema.json");
writeFileSync(out, briefingJsonSchema());
console.log(`wrote ${out}`);
