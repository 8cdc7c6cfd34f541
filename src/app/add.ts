/**
 * Adding reports to the store: read each input, store it (one transaction each), extract its
 * figures, and once all are in, find the copies among everything stored.
 * @module
 */
import type { Report } from "../types.js";
import { markCopies } from "./copies.js";
import { mentionsOf, readInputs, type ReadOptions } from "./reports.js";
import type { Store } from "./store.js";

export interface AddEvents extends ReadOptions {
  /** a report was stored (`created`) or found already there */
  onReport?: (report: Report, created: boolean) => void;
  /** one input failed (its message names it); the others go on */
  onError?: (message: string) => void;
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
  for await (const item of readInputs(args, events)) {
    if ("error" in item) {
      out.failed++;
      events.onError?.(item.error);
      continue;
    }
    const input = item.input;
    try {
      const { report, created } = await store.addReport(input);
      // a separate step: if it fails, the report stays whole and the next `add` extracts again
      await mentionsOf(report, store);
      if (created) out.added++;
      else out.existing++;
      events.onReport?.(report, created);
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
