/**
 * Where the labelled stories live, in one place for every eval script: the shared dev corpus,
 * our own clusters written apart from the extractor (eval/clusters), the stories kept out of
 * every reconcile fit and never read (eval/heldout), and stories once held out, still out of every
 * fit, whose misses have since been read to find classes of error (eval/read): no longer an
 * estimate for an unseen story, so printed apart.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = resolve(here, "../../shared");
export const ROOTS = { corpus: join(SHARED, "corpus"), clusters: join(here, "clusters"), heldout: join(here, "heldout"), read: join(here, "read") };

/** The story folders under `root` (sorted by name) that hold `file`, e.g. "gold/facts.json". */
export function labelledUnder(root: string, file: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, file)))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => join(root, name));
}
