/**
 * A hash of the files of the stages that make facts (reconcile, publish, extract), worked out once
 * per process: what is kept of their work (the reconciled facts, each report's prep) is read back
 * only by the code that made it. Reading and hashing their ~280 files (~0.8 MB) took ~30 ms of the
 * CPU of every command that opens the store, so `npm run build` keeps the hash beside them
 * (`STAGES_HASH`, written by scripts/bundle.mjs): it is read when it is not older than the stages'
 * own output (a `tsc` run alone rewrites that), else the files are hashed, as when run from src/.
 * @module
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const STAGES = ["reconcile", "publish", "extract"];
/** Where the build keeps the hash (dist/stages.hash), beside the stages' folders. */
export const STAGES_HASH = "stages.hash";
const near = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

let fingerprint: string | null = null;

/** The hash of the stages' files, from the files themselves. */
export function hashStages(): string {
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) h.update(e.name).update(readFileSync(p));
    }
  };
  for (const stage of STAGES) walk(near(`${stage}/`));
  return h.digest("hex").slice(0, 16);
}

/** The hash the build kept, when it is not older than any stage's index.js; else null. */
function keptHash(): string | null {
  try {
    const at = statSync(near(STAGES_HASH)).mtimeMs;
    if (STAGES.some((stage) => statSync(near(`${stage}/index.js`)).mtimeMs > at)) return null;
    const hash = readFileSync(near(STAGES_HASH), "utf8").trim();
    return /^[0-9a-f]{16}$/.test(hash) ? hash : null;
  } catch {
    return null;
  }
}

function codeFingerprint(): string {
  fingerprint ??= keptHash() ?? hashStages();
  return fingerprint;
}

/**
 * The extractor and the hash of the stages' code: what is kept under another never counts as this
 * code's. (The extractor's modules are loaded when asked: a brief of kept facts never needs them.)
 */
export async function codeKey(): Promise<string> {
  const { EXTRACTOR_VERSION } = await import("../extract/vocabulary.js");
  return `${EXTRACTOR_VERSION}|${codeFingerprint()}`;
}
