/**
 * A hash of the files of the stages that make facts (reconcile, publish, extract), read once per
 * process (~100 small files): what is kept of their work (the reconciled facts, each report's
 * prep) is read back only by the code that made it.
 * @module
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let fingerprint: string | null = null;

function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) h.update(e.name).update(readFileSync(p));
    }
  };
  for (const stage of ["reconcile", "publish", "extract"]) walk(fileURLToPath(new URL(`../${stage}/`, import.meta.url)));
  fingerprint = h.digest("hex").slice(0, 16);
  return fingerprint;
}

/**
 * The extractor and the hash of the stages' code: what is kept under another never counts as this
 * code's. (The extractor's modules are loaded when asked: a brief of kept facts never needs them.)
 */
export async function codeKey(): Promise<string> {
  const { EXTRACTOR_VERSION } = await import("../extract/index.js");
  return `${EXTRACTOR_VERSION}|${codeFingerprint()}`;
}
