/**
 * Ingest: paths (files, folders, corpus directories) and URLs → report inputs.
 * Each input either becomes a report or yields one IngestError naming it; one bad input
 * never stops the others.
 * @module
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ReportInput } from "../types.js";
import { MAX_BYTES, sha256 } from "./bytes.js";
import { isCorpusDir, readCorpus } from "./corpus.js";
import { IngestError } from "./errors.js";
import { readHtmlReport } from "./html.js";
import { readTextReport } from "./text.js";
import { titleFromText } from "./title.js";

export { IngestError } from "./errors.js";
export { readCorpus } from "./corpus.js";
export { extractArticle, readHtmlReport } from "./html.js";
export { readTextReport } from "./text.js";
export { decodeText, sha256, toDay } from "./bytes.js";

export type IngestItem = ReportInput | IngestError;

const TEXT_EXT = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);

/**
 * A file whose bytes the caller already has (its `known` said so of their hash): read and hashed,
 * not parsed. Re-adding a folder of thousands of stored files costs their reads, not their parses.
 */
export class KnownFile {
  constructor(
    readonly path: string,
    readonly hash: string,
  ) {}
}

/** Reads one file into a report input (throws IngestError); a KnownFile when `known` knows its bytes. */
export function readFileReport(path: string): ReportInput;
export function readFileReport(path: string, known: (hash: string) => boolean): ReportInput | KnownFile;
export function readFileReport(path: string, known?: (hash: string) => boolean): ReportInput | KnownFile {
  const ext = extname(path).toLowerCase();
  if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext)) throw new IngestError(path, `unsupported file type "${ext || "(none)"}" (use .txt, .md or .html)`);
  const st = statSync(path);
  // a FIFO or device would block or never end: only regular files are read
  if (!st.isFile()) throw new IngestError(path, "not a regular file");
  if (st.size > MAX_BYTES) throw new IngestError(path, `too big (${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
  const bytes = readFileSync(path);
  if (known) {
    const hash = sha256(bytes);
    if (known(hash)) return new KnownFile(path, hash);
  }
  const report = HTML_EXT.has(ext) ? readHtmlReport(bytes, path) : readTextReport(bytes, path);
  // the file's name is the id a person recognizes (and the scorer's `source`); front matter may set
  // another. A file that gives itself no title is called by its first line (a page by its heading)
  return { ...report, id: report.id ?? fileId(path), title: report.title ?? titleFromText(report.text) };
}

/** "reports/Meridian Wire 2025-04-30.md" → "meridian-wire-2025-04-30"; undefined when nothing usable is left. */
export function fileId(path: string): string | undefined {
  const slug = basename(path, extname(path))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return slug || undefined;
}

/** Expands the given paths into report inputs and errors, in order. URLs are left to `fetchReports`. */
export function readPaths(paths: string[]): Generator<IngestItem>;
/** …and with `known`, files whose bytes it knows come as KnownFile, unparsed (corpus folders are always read). */
export function readPaths(paths: string[], known: (hash: string) => boolean): Generator<IngestItem | KnownFile>;
export function* readPaths(paths: string[], known?: (hash: string) => boolean): Generator<IngestItem | KnownFile> {
  const read = (f: string) => (known ? readFileReport(f, known) : readFileReport(f));
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield new IngestError(p, code === "ENOENT" || code === "ENOTDIR" ? "no such file or directory" : (e as Error).message);
      continue;
    }
    if (!st.isDirectory()) {
      yield safely(p, () => read(p));
      continue;
    }
    let entries: Entry[];
    try {
      entries = isCorpusDir(p) ? [{ corpus: p }] : listEntries(p);
    } catch (e) {
      yield new IngestError(p, (e as Error).message);
      continue;
    }
    if (!entries.length) yield new IngestError(p, "no .txt, .md or .html files and no corpus (sources.json) in this directory");
    for (const e of entries) {
      if ("corpus" in e) yield* readCorpus(e.corpus);
      else yield safely(e.file, () => read(e.file));
    }
  }
}

/**
 * How many inputs `readPaths` will yield, known before reading any (for a progress bar's total):
 * files count one, a folder its report files, a corpus its manifest's entries. Cheap: names and
 * manifests only. Unreadable paths count one (their error).
 */
export function countPaths(paths: string[]): number {
  let n = 0;
  const corpusSize = (dir: string) => {
    try {
      const m = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8"));
      return Array.isArray(m) ? m.length : 1;
    } catch {
      return 1;
    }
  };
  for (const p of paths) {
    try {
      if (!statSync(p).isDirectory()) n++;
      else if (isCorpusDir(p)) n += corpusSize(p);
      else for (const e of listEntries(p)) n += "corpus" in e ? corpusSize(e.corpus) : 1;
    } catch {
      n++;
    }
  }
  return n;
}

function safely(where: string, fn: () => ReportInput | KnownFile): IngestItem | KnownFile {
  try {
    return fn();
  } catch (e) {
    return e instanceof IngestError ? e : new IngestError(where, (e as Error).message);
  }
}

type Entry = { file: string } | { corpus: string };

/**
 * Report files and corpus directories under a folder, sorted, skipping hidden entries.
 * A corpus directory is read through its manifest, never file by file.
 */
function listEntries(dir: string, seen = new Set<string>()): Entry[] {
  const out: Entry[] = [];
  // symlinks may loop back to a parent: visit each real directory once
  const real = realpathSync(dir);
  if (seen.has(real)) return out;
  seen.add(real);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // a dangling symlink is not an input
    }
    if (st.isDirectory()) {
      if (isCorpusDir(p)) out.push({ corpus: p });
      else for (const e of listEntries(p, seen)) out.push(e);
    }
    else if (TEXT_EXT.has(extname(name).toLowerCase()) || HTML_EXT.has(extname(name).toLowerCase())) out.push({ file: p });
  }
  return out;
}
