/**
 * Adding reports to the store: read each input, extract its figures, store both (a batch of
 * reports per transaction), and once all are in, find the copies among everything stored.
 *
 * Memory stays bounded by the batch, not by the number of inputs: inputs are read one at a time
 * and a batch is written, then dropped. A file whose bytes are already stored, with figures from
 * the current extractor, costs a read and a hash (one query up front tells which hashes those are).
 * With many reports, extraction runs in child processes (extract-pool.ts): one batch is extracted
 * there while the one before is written here.
 * @module
 */
import type { Report, ReportInput } from "../types.js";
import { defaultReportId, type ExtractedSummary, type ReportSummary } from "../store/index.js";
import type { Extracted, ExtractJob } from "./extract-job.js";
import type { ExtractPool } from "./extract-pool.js";
import { codeKey } from "./code.js";
import { markCopies } from "./copies.js";
import { isDay } from "../normalize/index.js";
import { AppError } from "./errors.js";
import { isUrl, mentionsOf, readInputs, unreadDateOf, type ReadOptions } from "./reports.js";
import { BULK, type Store } from "./store.js";

export interface AddEvents extends ReadOptions {
  /** a report was stored (`created`) or found already there (and `updated` by the fields given) */
  onReport?: (report: ReportSummary, created: boolean, updated?: boolean) => void;
  /** one input failed (its message names it); the others go on */
  onError?: (message: string) => void;
  /** how many inputs there are, known before the first is read (for a progress bar) */
  onTotal?: (total: number) => void;
  /**
   * a report has no publication date: relative dates in it ("late April", "last year") cannot be
   * placed and are left out; `unresolved` quotes them (empty when there are none); `unreadDate` is
   * the date the input gave that names no day ("2025-04-31"), when it gave one
   */
  onUndated?: (report: Report, unresolved: string[], unreadDate?: string) => void;
  /** what the command line says of plain files, over what the file says (or does not) */
  set?: ReportFields;
  /**
   * extraction processes: by default one per core once there are more new reports than a batch
   * holds (fewer are extracted here); 0 never starts any
   */
  workers?: number;
  /** false: a bulk add leaves its facts to the next reader instead of reconciling at its end */
  reconcile?: boolean;
  /** a bulk add is about to reconcile the store (seconds at thousands of reports) */
  onReconciling?: () => void;
}

/** Fields given on the command line (`add --published --publisher --title`). */
export interface ReportFields {
  /** YYYY-MM-DD */
  published?: string;
  publisher?: string;
  title?: string;
}

export interface AddResult {
  added: number;
  existing: number;
  failed: number;
  /** reports newly marked as copies of another */
  copies: number;
  /** a bulk add's facts: "reconciled" or "updated" and kept, "kept" (nothing changed), null (left to the next reader) */
  facts?: "kept" | "updated" | "reconciled" | null;
}

/** Up to this many inputs, what the store knows of them is looked up by hash, not read whole. */
const FEW = 64;

/** A batch of inputs and their extraction (under way in the processes, or done). */
interface Queued {
  inputs: ReportInput[];
  extracted: Promise<Extracted[]>;
}

export async function addReports(store: Store, args: string[], events: AddEvents = {}): Promise<AddResult> {
  const { EXTRACTOR_VERSION } = await import("../extract/index.js");
  const { BATCH, BATCH_CHARS, extractJobs } = await import("./extract-job.js");
  const out: AddResult = { added: 0, existing: 0, failed: 0, copies: 0 };
  const set = checkFields(events.set ?? {});
  const setsFields = Object.keys(set).length > 0;
  const { countPaths } = await import("../ingest/index.js");
  const total = countPaths(args.filter((a) => !isUrl(a))) + args.filter(isUrl).length;
  events.onTotal?.(total);
  // with fields to set, a stored report may change: every input goes the way that can update it.
  // Else what the store holds is read whole once (a re-add of a folder skips parsing the files it
  // knows by their bytes), or, for a few inputs, looked up by their hashes: adding one report to
  // 100,000 need not read 100,000 rows
  const few = total <= FEW;
  const done = setsFields || few ? new Map<string, ExtractedSummary>() : await store.extractedReports(EXTRACTOR_VERSION);
  const knownAs = async (hash: string) => done.get(hash) ?? (few && !setsFields ? (await store.extractedReports(EXTRACTOR_VERSION, [hash])).get(hash) : undefined);
  let batch: ReportInput[] = [];
  let chars = 0;
  const queued: Queued[] = [];
  let pool: ExtractPool | null = null;

  const stored = async (report: ReportSummary, created: boolean, updated = false, full?: Report, unresolved?: string[], unreadDate?: string) => {
    if (created) out.added++;
    else out.existing++;
    events.onReport?.(report, created, updated);
    if (!report.published && events.onUndated) {
      const r = full ?? (await store.getReport(report.id));
      if (r) events.onUndated(r, unresolved ?? (await unresolvedDates(r)), unreadDate);
    }
  };
  const failed = (input: ReportInput, e: unknown) => {
    out.failed++;
    events.onError?.(`${input.origin ?? input.id}: ${(e as Error).message}`);
  };
  const extractBatch = async (inputs: ReportInput[]): Promise<Extracted[]> => {
    // the store writes the final id into each figure's source (it may suffix a taken id)
    // what a first brief would work out of each report alone, made here when processes extract (a
    // bulk add, before a whole reconcile); a few reports are left to the brief's update, which
    // prepares them anyway (made here, "add one" loaded and ran reconcile's code cold: ~0.5 s)
    const prepCode = pool || inputs.length >= BATCH ? await codeKey() : undefined;
    const jobs: ExtractJob[] = inputs.map((i) => ({ text: i.text, published: i.published ?? null, language: i.language ?? null, source: i.id ?? defaultReportId(i.hash), prepCode }));
    return extractJobs(jobs, pool);
  };
  const write = async (inputs: ReportInput[], extracted: Extracted[]) => {
    const items = inputs.map((input, i) => ({ input, figures: extracted[i].figures }));
    let done: Array<{ report: Report; created: boolean }>;
    try {
      done = await store.addReportsWithMentions(items, EXTRACTOR_VERSION);
    } catch {
      // one bad item rolled the batch back: store them one at a time, so only that one fails
      for (const [i, item] of items.entries()) {
        try {
          const [r] = await store.addReportsWithMentions([item], EXTRACTOR_VERSION);
          await stored(r.report, r.created, false, r.report, extracted[i].unresolved, item.input.unreadDate);
        } catch (e) {
          failed(item.input, e);
        }
      }
      return;
    }
    for (const [i, r] of done.entries()) await stored(r.report, r.created, false, r.report, extracted[i].unresolved, inputs[i].unreadDate);
  };
  /** Sends the batch to extraction, and writes what is extracted, keeping one batch under way. */
  const cut = async (last: boolean) => {
    if (batch.length) {
      // many reports: processes extract the next batch while this one writes the last
      if (!pool && batch.length >= BATCH && (events.workers ?? 1) > 0) {
        const { ExtractPool } = await import("./extract-pool.js");
        pool = new ExtractPool(events.workers);
      }
      queued.push({ inputs: batch, extracted: extractBatch(batch) });
      batch = [];
      chars = 0;
    }
    while (queued.length > (last ? 0 : 1)) {
      const q = queued.shift()!;
      await write(q.inputs, await q.extracted);
    }
  };

  try {
    // files whose bytes are stored with current figures are hashed, not parsed
    for await (const item of readInputs(args, { ...events, known: done.size ? (hash) => done.has(hash) : undefined })) {
      if ("error" in item) {
        out.failed++;
        events.onError?.(item.error);
        continue;
      }
      // (an undated one is warned of with the dates its extraction could not place, kept then)
      if ("known" in item) {
        const known = done.get(item.known)!;
        const unread = !known.published && events.onUndated ? await unreadDateOf(item.path) : undefined;
        await stored(known, false, false, undefined, known.unplaced ?? undefined, unread);
        continue;
      }
      const input = { ...item.input, ...set };
      const known = await knownAs(input.hash);
      if (known) {
        await stored(known, false, false, undefined, known.unplaced ?? undefined, input.unreadDate);
        continue;
      }
      if (setsFields) {
        await addOne(store, input, set, stored, failed);
        continue;
      }
      batch.push(input);
      chars += input.text.length;
      if (batch.length >= BATCH || chars >= BATCH_CHARS) await cut(false);
    }
    await cut(true);
  } finally {
    await (pool as ExtractPool | null)?.close();
  }
  // wire copies and reposts: grouped so that reconciliation counts each story once
  if (out.added) out.copies = await markCopies(store);
  // A bulk add (a batch or more) reconciles here, once, what a first `brief` would: Postgres is
  // started and warm, and the next brief, page or `fact list` only reads. A few reports are left
  // to the next reader, which reads the kept facts anyway: updating them here read and unpacked
  // them twice (2,000 reports: ~0.6 s more of `add` one, then `brief`).
  if (out.added >= BULK && events.reconcile !== false) {
    events.onReconciling?.();
    const { keepFactsCurrent } = await import("./reconciled.js");
    out.facts = await keepFactsCurrent(store, { whole: true });
  }
  return out;
}

/** One report with fields from the command line: stored, or updated by them (they win), then extracted. */
async function addOne(
  store: Store, input: ReportInput, set: ReportFields,
  stored: (report: ReportSummary, created: boolean, updated: boolean, full: Report, unresolved?: string[], unreadDate?: string) => Promise<void>, failed: (input: ReportInput, e: unknown) => void,
): Promise<void> {
  try {
    let { report, created } = await store.addReport(input);
    const updated = !created && (await store.setReportFields(report.id, set));
    if (updated) report = (await store.getReport(report.id)) ?? report;
    // a separate step: if it fails, the report stays whole and the next `add` extracts again
    await mentionsOf(report, store);
    await stored(report, created, updated, report, undefined, input.unreadDate);
  } catch (e) {
    // storing failed: its transaction rolled back, nothing of it is kept (or extraction failed:
    // the report is whole and the next `add` extracts again); go on with the others
    failed(input, e);
  }
}

/** Checks command-line fields once, before anything is read: a bad date is a usage error, not 2,000 bad reports. */
function checkFields(f: ReportFields): ReportFields {
  const out: ReportFields = {};
  if (f.published !== undefined) {
    const d = f.published.trim();
    if (!isDay(d)) throw new AppError(`--published takes a date as YYYY-MM-DD, not "${f.published}"`, true);
    out.published = d;
  }
  if (f.publisher?.trim()) out.publisher = f.publisher.trim();
  if (f.title?.trim()) out.title = f.title.trim();
  return out;
}

/** The relative dates of an undated report that could not be placed, as quoted in the text (at most 8). */
async function unresolvedDates(report: Report): Promise<string[]> {
  const [{ extract }, { unplacedQuotes }] = await Promise.all([import("../extract/index.js"), import("./extract-job.js")]);
  return unplacedQuotes(extract(report.text, { source: report.id, language: report.language, published: null, keepUnresolved: true }));
}
