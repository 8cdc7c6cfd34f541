/**
 * `npm run bench`: every bench/*.ts script in turn, each on its own (timings are per process).
 * `npm run bench -- extract` runs only bench/extract.ts.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error a plain .mjs helper, shared with eval/run.ts
import { runAll } from "../scripts/run-all.mjs";

process.exitCode = await runAll(dirname(fileURLToPath(import.meta.url)));
