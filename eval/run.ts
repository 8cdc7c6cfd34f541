/**
 * `npm run eval`: every eval/*.ts script in turn (extract.ts, facts.ts, html.ts…), each on its own.
 * `npm run eval -- extract` runs only eval/extract.ts.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error a plain .mjs helper, shared with bench/run.ts
import { runAll } from "../scripts/run-all.mjs";

process.exitCode = await runAll(dirname(fileURLToPath(import.meta.url)));
