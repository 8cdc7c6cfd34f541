/**
 * Adding reports to the store: read each input, store it (one transaction each), extract its
 * figures, and once all are in, find the copies among everything stored.
 * @module
 */
import type { Report } from "../types.js";
import { markCopies } from "./copies.js";
import { AppError } from "./errors.js";
import { isUrl, mentionsOf, readInputs, type ReadOptions } from "./reports.js";
import type { Store } from "./store.js";

export interface AddEvents extends ReadOptions {
  /** a report was stored (`created`) or found already there (and `updated` by the fields given) */
  onReport?: (report: Report, created: boolean, updated?: boolean) => void;
  /** one input failed (its message names it); the others go on */
  onError?: (message: string) => void;
  /** how many inputs there are, known before the first is read (for a progress bar) */
  onTotal?: (total: number) => void;
  /**
   * a report has no publication date: relative dates in it ("late April", "last year") cannot be
   * placed and are left out; `unresolved` quotes them (empty when there are none)
   */
  onUndated?: (report: Report, unresolved: string[]) => void;
  /** what the command line says of plain files, over what the file says (or does not) */
  set?: ReportFields;
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
}

export async function addReports(store: Store, args: string[], events: AddEvents = {}): Promise<AddResult> {
  const out: AddResult = { added: 0, existing: 0, failed: 0, copies: 0 };
  const set = checkFields(events.set ?? {});
  if (events.onTotal) {
    const { countPaths } = await import("../ingest/index.js");
    events.onTotal(countPaths(args.filter((a) => !isUrl(a))) + args.filter(isUrl).length);
  }
  for await (const item of readInputs(args, events)) {
    if ("error" in item) {
      out.failed++;
      events.onError?.(item.error);
      continue;
    }
    const input = { ...item.input, ...set };
    try {
      let { report, created } = await store.addReport(input);
      // a file added before, now with fields from the command line: they win
      const updated = !created && (await store.setReportFields(report.id, set));
      if (updated) report = (await store.getReport(report.id)) ?? report;
      // a separate step: if it fails, the report stays whole and the next `add` extracts again
      await mentionsOf(report, store);
      if (created) out.added++;
      else out.existing++;
      events.onReport?.(report, created, updated);
      if (!report.published && events.onUndated) events.onUndated(report, await unresolvedDates(report));
    } catch (e) {
      // storing failed: its transaction rolled back, nothing of it is kept (or extraction failed:
      // the report is whole and the next `add` extracts again); go on with the others
      out.failed++;
      events.onError?.(`${input.origin ?? input.id}: ${(e as Error).message}`);
    }
  }
  // wire copies and reposts: grouped so that reconciliation counts each story once
  if (out.added) out.copies = await markCopies(store);
  return out;
}

/** Checks command-line fields once, before anything is read: a bad date is a usage error, not 2,000 bad reports. */
function checkFields(f: ReportFields): ReportFields {
  const out: ReportFields = {};
  if (f.published !== undefined) {
    const d = f.published.trim();
    const t = new Date(`${d}T00:00:00Z`);
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
    if (!ok) throw new AppError(`--published takes a date as YYYY-MM-DD, not "${f.published}"`, true);
    out.published = d;
  }
  if (f.publisher !== undefined && f.publisher.trim()) out.publisher = f.publisher.trim();
  if (f.title !== undefined && f.title.trim()) out.title = f.title.trim();
  return out;
}

/** The relative dates of an undated report that could not be placed, as quoted in the text (at most 8). */
async function unresolvedDates(report: Report): Promise<string[]> {
  const { extract } = await import("../extract/index.js");
  const found = extract(report.text, { source: report.id, language: report.language, published: null, keepUnresolved: true });
  const quotes = found.filter((m) => m.kind === "date" && !m.date && m.flags?.includes("relative-date-unresolved")).map((m) => m.text);
  return [...new Set(quotes)].slice(0, 8);
}
