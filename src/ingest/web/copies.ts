/**
 * Marking near-identical reports (wire copies, reposts) in the store, so that reconciliation
 * counts each story once. The grouping itself is `findCopies` (src/reconcile/copies.ts).
 * @module
 */
import { findCopies } from "../../reconcile/copies.js";
import type { Store } from "../../store/index.js";

/** Recomputes every report's `copyOf` over the whole store; returns how many became copies. */
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
