/**
 * Reports in and their figures: reading paths and URLs into report inputs, a report held in memory,
 * and a report's mentions (from the store when current, else extracted and stored).
 * @module
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defaultReportId, type Store } from "../store/index.js";
import type { Mention, Report, ReportInput } from "../types.js";
import { codeKey } from "./code.js";

/** What reading paths and URLs yields: a report input, or the reason one input could not be read. */
export type InputItem = { input: ReportInput } | { error: string } | { known: string; path: string };

export interface ReadOptions {
  /** let URLs reach private, loopback and link-local addresses */
  allowPrivate?: boolean;
  /** URLs are about to be fetched (for a progress bar) */
  onFetching?: (total: number) => void;
  /** one URL was fetched */
  onFetched?: () => void;
  /** all URLs were fetched */
  onFetchDone?: () => void;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Why an argument that is no file reads as an address dossier does not fetch, or null: another
 * scheme ("ftp://…", "file://…"), or a host without one ("www.example.org/a"). Said instead of
 * "no such file or directory", which would send the user looking for a file.
 */
export function notAnAddress(arg: string): string | null {
  if (isUrl(arg) || existsSync(arg)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(arg)?.[1];
  if (scheme) return `${arg}: only http:// and https:// addresses are fetched (not ${scheme.toLowerCase()}://)`;
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i.test(arg)) return `${arg}: no such file or directory (for a web page, give its address with https://)`;
  return null;
}

/**
 * Report inputs from paths (read one at a time as folders are walked: memory stays flat on a big
 * folder) and then URLs (fetched together), in order. One bad input never stops the others.
 */
export async function* readInputs(args: string[], opts: ReadOptions & { known?: (hash: string) => boolean } = {}): AsyncGenerator<InputItem> {
  // loaded here, not at the top: ingest (its readers, yaml, zod) is not needed by use cases
  // that only read the store
  const { IngestError, KnownFile, readPaths } = await import("../ingest/index.js");
  for (const a of args) {
    const why = notAnAddress(a);
    if (why) yield { error: why };
  }
  const paths = args.filter((a) => !isUrl(a) && !notAnAddress(a));
  for (const item of opts.known ? readPaths(paths, opts.known) : readPaths(paths))
    yield item instanceof IngestError ? { error: item.message } : item instanceof KnownFile ? { known: item.hash, path: item.path } : { input: item };
  const urls = args.filter(isUrl);
  if (!urls.length) return;
  const { fetchReports } = await import("../ingest/web/index.js");
  opts.onFetching?.(urls.length);
  const fetched = await fetchReports(urls, { allowPrivate: Boolean(opts.allowPrivate), onProgress: () => opts.onFetched?.() });
  opts.onFetchDone?.();
  for (const item of fetched) yield item instanceof IngestError ? { error: item.message } : { input: item };
}

/** All inputs of `args`; each failure goes to `onError` and is counted. */
export async function readAll(args: string[], opts: ReadOptions & { onError?: (message: string) => void } = {}): Promise<{ inputs: ReportInput[]; failed: number }> {
  const inputs: ReportInput[] = [];
  let failed = 0;
  for await (const item of readInputs(args, opts)) {
    if ("input" in item) inputs.push(item.input);
    else if ("error" in item) {
      failed++;
      opts.onError?.(item.error);
    }
  }
  return { inputs, failed };
}

/**
 * The publication date a file gives that names no day ("2025-13-45"), read again for a file whose
 * bytes are stored (and so were not parsed) when a warning needs to quote it; undefined when none.
 */
export async function unreadDateOf(path: string): Promise<string | undefined> {
  const { readFileReport } = await import("../ingest/index.js");
  try {
    return readFileReport(path).unreadDate;
  } catch {
    return undefined;
  }
}

/** A report held in memory (not stored): the id is the manifest id or derived from the content. */
export function memoryReport(input: ReportInput): Report {
  return { ...input, id: input.id ?? defaultReportId(input.hash), copyOf: input.copyOf ?? null, origin: input.origin ?? null };
}

/**
 * Reports of inputs held in memory: the same file given twice (or identical bytes) is one report;
 * two reports of two collections that both call themselves "r01" are both kept, the second under
 * a suffixed id, as the store keeps them (store/reports.ts insertReport).
 */
export function memoryReports(inputs: ReportInput[]): Report[] {
  const hashes = new Set<string>();
  const ids = new Set<string>();
  const out: Report[] = [];
  for (const input of inputs) {
    if (hashes.has(input.hash)) continue;
    hashes.add(input.hash);
    const r = memoryReport(input);
    const id = [r.id, `${r.id}-${input.hash.slice(0, 6)}`, `${r.id}-${input.hash.slice(0, 16)}`, `${r.id}-${input.hash}`].find((x) => !ids.has(x))!;
    ids.add(id);
    out.push(id === r.id ? r : { ...r, id });
  }
  return out;
}

/** Mentions of a report, from the store when they are current, else extracted (and stored when a store is given). */
export async function mentionsOf(report: Report, store?: Store): Promise<Mention[]> {
  const { extract, EXTRACTOR_VERSION } = await import("../extract/index.js");
  if (store && (await store.extractedWith(report.id)) === EXTRACTOR_VERSION) return store.getMentions([report.id]);
  const ms = extract(report.text, { published: report.published, source: report.id, language: report.language });
  if (store) await store.setMentions(report.id, EXTRACTOR_VERSION, ms);
  return ms;
}

/**
 * Mentions of many stored reports, in the order of `reports` (each report's in text order), read in
 * two queries whatever their number; only reports never extracted, or extracted by an older
 * extractor, are extracted (and stored) here.
 */
export async function storedMentions(reports: Report[], store: Store, onEach?: () => void): Promise<Mention[]> {
  return (await storedFigures(reports, store, onEach)).mentions;
}

/** The figures `storedMentions` gives, and per report id what reconcile works out of it alone, where stored by this code. */
export async function storedFigures(reports: Report[], store: Store, onEach?: () => void): Promise<{ mentions: Mention[]; prep: Map<string, Uint8Array> }> {
  const { EXTRACTOR_VERSION } = await import("../extract/index.js");
  const made = await store.extractors();
  // the bar moves with the reports that need extracting; the others are ticked off as they are read
  const stale = reports.filter((r) => made.get(r.id) !== EXTRACTOR_VERSION);
  if (stale.length) await extractStale(store, stale, EXTRACTOR_VERSION, onEach);
  // figures made again (a new extractor) replaced rows that an embedded store keeps until vacuumed
  if (stale.some((r) => made.has(r.id))) await store.reclaim(["extractions"]);
  const byReport = new Map<string, Mention[]>();
  const read = await store.getMentionsWithPrep(await codeKey());
  for (const m of read.mentions) {
    const list = byReport.get(m.source);
    if (list) list.push(m);
    else byReport.set(m.source, [m]);
  }
  const out: Mention[] = [];
  for (const r of reports) {
    for (const m of byReport.get(r.id) ?? []) out.push(m);
    if (made.get(r.id) === EXTRACTOR_VERSION) onEach?.();
  }
  return { mentions: out, prep: read.prep };
}

/**
 * Figures made for stored reports that have none from this extractor (after an upgrade, every
 * report): in batches, each written in one statement, and in child processes when there are many
 * (2,000 reports: ~3.5 s of a first brief one report at a time in this process). A report whose
 * extraction failed keeps what it had, and is tried again next time.
 */
async function extractStale(store: Store, reports: Report[], extractor: string, onEach?: () => void): Promise<void> {
  // batches as `add` cuts them; processes from one batch's worth of reports
  const { BATCH, BATCH_CHARS, extractJobs } = await import("./extract-job.js");
  let pool: import("./extract-pool.js").ExtractPool | null = null;
  if (reports.length >= BATCH) {
    const { ExtractPool } = await import("./extract-pool.js");
    // a process per core: this one only writes, while the others extract the next batch
    pool = new ExtractPool(availableParallelism());
  }
  const batches: Report[][] = [];
  for (let at = 0; at < reports.length; ) {
    let end = at, chars = 0;
    while (end < reports.length && end - at < BATCH && (end === at || chars + reports[end].text.length <= BATCH_CHARS)) chars += reports[end++].text.length;
    batches.push(reports.slice(at, end));
    at = end;
  }
  // in the processes, each report's prep too (the whole reconcile after reads it); a few are prepared by it
  const prepCode = pool ? await codeKey() : undefined;
  const start = (batch: Report[]) => extractJobs(batch.map((r) => ({ text: r.text, published: r.published, language: r.language, source: r.id, prepCode })), pool);
  try {
    let next = batches.length ? start(batches[0]) : null;
    for (let b = 0; b < batches.length; b++) {
      const results = await next!;
      next = b + 1 < batches.length ? start(batches[b + 1]) : null;
      // a report whose extraction failed keeps what it had, and one removed or redated meanwhile
      // (a concurrent `remove` or `add --published`) is skipped: the next reader extracts those again
      await store.setFigures(extractor, results.flatMap((x) => (x.figures ? [x.figures] : [])), new Map(batches[b].map((r) => [r.id, r.published])));
      for (let i = 0; i < batches[b].length; i++) onEach?.();
    }
  } finally {
    await pool?.close();
  }
}

/** Mentions of reports in memory (never stored); `onEach` after each report (a progress bar). */
export async function extractAll(reports: Report[], onEach?: () => void): Promise<Mention[]> {
  const { extract } = await import("../extract/index.js");
  const out: Mention[] = [];
  for (const r of reports) {
    for (const m of extract(r.text, { published: r.published, source: r.id, language: r.language })) out.push(m);
    onEach?.();
  }
  return out;
}
