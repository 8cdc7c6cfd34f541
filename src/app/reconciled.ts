/**
 * The reconciled facts of a stored dossier, kept in the store between runs: a brief (or a page of
 * `serve`) of a store that has not changed reads them back instead of reading every mention and
 * reconciling the world again. Kept under a key that changes with the reports, decisions, figures
 * and extractor (the store's stamps) and with the code that made them (a hash of the reconcile,
 * publish and extract stages' files), so an upgrade never serves facts the new code would not make.
 * @module
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Fact, TimelineEntry } from "../types.js";
import type { Store } from "./store.js";

/** Facts with each member's excerpt attached (as the briefing has them), and the reports' timeline. */
export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
}

const NAME = "reconciled";
let fingerprint: string | null = null;

/** A hash of the files of the stages that make facts (read once per process, ~100 small files). */
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

/** The key the facts of the store as it stands now are kept under. Read it before reading the data. */
export async function reconciledKey(store: Store): Promise<string> {
  const { EXTRACTOR_VERSION } = await import("../extract/index.js");
  // the extractions' stamp: a report's figures made again (a new publication date) changes the facts
  return `${await store.stamp()}|${await store.extractionStamp()}|${EXTRACTOR_VERSION}|${codeFingerprint()}`;
}

/** The kept facts when they were made under `key`, else null (or when they cannot be read back). */
export async function readReconciled(store: Store, key: string): Promise<Reconciled | null> {
  const kept = await store.getDerived(NAME);
  if (kept?.stamp !== key) return null;
  try {
    const value = JSON.parse(gunzipSync(Buffer.from(kept.data, "base64")).toString("utf8")) as Reconciled;
    return Array.isArray(value?.facts) && Array.isArray(value.timeline) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps facts made from the store as it stood under `key` (gzip: tens of MB of JSON become a few). */
export async function keepReconciled(store: Store, key: string, value: Reconciled): Promise<void> {
  await store.setDerived(NAME, key, gzipSync(JSON.stringify(value), { level: 1 }).toString("base64"));
}
