/**
 * Copies (wire copies, reposts) are found once, here: over the whole store after reports are added
 * (and stored in `reports.copy_of`), or over the reports of files briefed in memory. Every later
 * step (reconciliation's origins, the briefing's sources, the explorer) reads `Report.copyOf`.
 * The grouping itself is `findCopies` (src/reconcile/copies.ts).
 * @module
 */
import { findCopies } from "../reconcile/index.js";
import type { Store } from "../store/index.js";
import type { Report } from "../types.js";

/** The reports with `copyOf` set where findCopies finds one (a copy mark a report already carries is kept). */
export function withCopies(reports: Report[]): Report[] {
  const copies = findCopies(reports);
  return reports.map((r) => (r.copyOf || !copies.has(r.id) ? r : { ...r, copyOf: copies.get(r.id)! }));
}

/** Recomputes every stored report's `copyOf` over the whole store; returns how many became copies. */
export async function markCopies(store: Store): Promise<number> {
  const reports = await store.listReports();
  const copies = findCopies(reports);
  let changed = 0;
  for (const r of reports) {
    const want = copies.get(r.id) ?? null;
    if ((r.copyOf ?? null) === want) continue;
    await store.setCopyOf(r.id, want);
    if (want) changed++;
  }
  return changed;
}
