/**
 * A corpus directory: `sources.json` (an array of {id, url, publisher, published, language, title})
 * and `text/<id>.txt`. The manifest's id becomes the report id, so output can be scored
 * against the corpus's gold files.
 * @module
 */
import { readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ReportInput } from "../types.js";
import { decodeText, readPublished, sha256, MAX_BYTES } from "./bytes.js";
import { IngestError } from "./errors.js";
import { firstIssue, sourceEntrySchema } from "./schemas.js";
import { titleFromText } from "./title.js";

export const isCorpusDir = (dir: string) => existsSync(join(dir, "sources.json"));

/** One entry per manifest item: a report, or the error that kept it out. */
export function readCorpus(dir: string): Array<ReportInput | IngestError> {
  const manifestPath = join(dir, "sources.json");
  let raw: string;
  try {
    if (statSync(manifestPath).size > MAX_BYTES) return [new IngestError(manifestPath, `too big (the limit is ${MAX_BYTES / 1048576} MB)`)];
    // strict UTF-8, byte-order mark dropped, empty refused: the same rules as a report's text
    raw = decodeText(readFileSync(manifestPath), manifestPath);
  } catch (e) {
    return [e instanceof IngestError ? e : new IngestError(manifestPath, `cannot read it (${(e as Error).message})`)];
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(raw);
  } catch (e) {
    return [new IngestError(manifestPath, `not valid JSON (${(e as Error).message})`)];
  }
  if (!Array.isArray(manifest)) return [new IngestError(manifestPath, "must be a JSON array of sources")];
  // by id, as a store lists a folder added at once: `brief DIR` and `add DIR; brief --db` see the
  // reports in one order, and reconciling is not quite independent of it
  // (an entry without an id keeps its place after them, for its error)
  const idOf = (x: unknown) => (x && typeof x === "object" && typeof (x as { id?: unknown }).id === "string" ? (x as { id: string }).id : null);
  const order = manifest.map((_, i) => i).sort((a, b) => {
    const x = idOf(manifest[a]), y = idOf(manifest[b]);
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return order.map((i): ReportInput | IngestError => {
    const raw = manifest[i];
    const where = `${manifestPath}[${i}]`;
    const parsed = sourceEntrySchema().safeParse(raw && typeof raw === "object" ? raw : {});
    if (!parsed.success) return new IngestError(where, parsed.error.issues[0].path[0] === "id" ? parsed.error.issues[0].message : firstIssue(parsed.error));
    const entry = parsed.data;
    const textPath = join(dir, "text", `${entry.id}.txt`);
    try {
      if (!existsSync(textPath)) throw new IngestError(textPath, `missing (named by ${manifestPath})`);
      if (statSync(textPath).size > MAX_BYTES) throw new IngestError(textPath, `too big (the limit is ${MAX_BYTES / 1048576} MB)`);
      const bytes = readFileSync(textPath);
      const text = decodeText(bytes, textPath);
      return {
        id: entry.id,
        url: entry.url,
        publisher: entry.publisher,
        ...readPublished(entry.published),
        language: entry.language,
        // a manifest that names no title: the text's first line, as for a plain file (never "r05.txt")
        title: entry.title ?? titleFromText(text),
        hash: sha256(bytes),
        text,
        origin: textPath,
        // an undated report's rough date lives here; reconcile reads it for the figures' time
        ...(entry.note != null ? { note: entry.note } : {}),
      };
    } catch (e) {
      return e instanceof IngestError ? e : new IngestError(textPath, (e as Error).message);
    }
  });
}
