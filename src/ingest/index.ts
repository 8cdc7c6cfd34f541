/**
 * Ingest: paths (files, folders, corpus directories) and URLs → report inputs.
 * Each input either becomes a report or yields one IngestError naming it; one bad input
 * never stops the others.
 * @module
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ReportInput } from "../types.js";
import { MAX_BYTES } from "./bytes.js";
import { isCorpusDir, readCorpus } from "./corpus.js";
import { IngestError } from "./errors.js";
import { readHtmlReport } from "./html.js";
import { readTextReport } from "./text.js";

export { IngestError } from "./errors.js";
export { readCorpus, isCorpusDir } from "./corpus.js";
export { extractArticle, readHtmlReport, htmlMeta } from "./html.js";
export { readTextReport } from "./text.js";
export { decodeText, sha256, toDay, MAX_BYTES } from "./bytes.js";

export type IngestItem = ReportInput | IngestError;

const TEXT_EXT = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Reads one file into a report input (throws IngestError). */
export function readFileReport(path: string): ReportInput {
  const ext = extname(path).toLowerCase();
  if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext)) throw new IngestError(path, `unsupported file type "${ext || "(none)"}" (use .txt, .md or .html)`);
  const size = statSync(path).size;
  if (size > MAX_BYTES) throw new IngestError(path, `too big (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
  const bytes = readFileSync(path);
  return HTML_EXT.has(ext) ? readHtmlReport(bytes, path) : readTextReport(bytes, path);
}

/** Expands the given paths into report inputs and errors, in order. URLs are left to `ingestUrl`. */
export function* readPaths(paths: string[]): Generator<IngestItem> {
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      yield new IngestError(p, "no such file or directory");
      continue;
    }
    if (st.isDirectory()) {
      if (isCorpusDir(p)) {
        yield* readCorpus(p);
        continue;
      }
      const files = listFiles(p);
      if (!files.length) yield new IngestError(p, "no .txt, .md or .html files in this directory");
      for (const f of files) yield safely(f, () => readFileReport(f));
      continue;
    }
    yield safely(p, () => readFileReport(p));
  }
}

function safely(where: string, fn: () => ReportInput): IngestItem {
  try {
    return fn();
  } catch (e) {
    return e instanceof IngestError ? e : new IngestError(where, (e as Error).message);
  }
}

/** Report files under a folder, sorted, skipping hidden entries. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...(isCorpusDir(p) ? [] : listFiles(p)));
    else if (TEXT_EXT.has(extname(name).toLowerCase()) || HTML_EXT.has(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}
