/**
 * Copies (wire copies, reposts) are found once, here: over the whole store after reports are added
 * (and stored in `reports.copy_of`), or over the reports of files briefed in memory. Every later
 * step (reconciliation's origins, the briefing's sources, the explorer) reads `Report.copyOf`.
 * The grouping itself is `findCopies` (src/reconcile/copies.ts).
 * @module
 */
import { copyKeys, findCopies, mayBeCopies, type CopyKeys } from "../reconcile/copies.js";
import type { Store } from "../store/index.js";
import type { Report } from "../types.js";

/** The reports with `copyOf` set where findCopies finds one (a copy mark a report already carries is kept). */
export function withCopies(reports: Report[]): Report[] {
  const copies = findCopies(reports);
  return reports.map((r) => (r.copyOf || !copies.has(r.id) ? r : { ...r, copyOf: copies.get(r.id)! }));
}

/**
 * Brings the stored reports' `copyOf` up to date after reports were added or removed; returns how
 * many became copies. Each report's copy keys (signature and LSH buckets) are kept in the store, so
 * only the reports without keys (new ones, and the groups a removal broke) are compared, with the
 * few kept reports that share a bucket and the copy groups those are in; the grouping over that
 * handful is the one over the whole store would give (a group is closed: no copy pair leaves it).
 * When most reports are new (a first add, an old store without keys), one pass goes over all.
 */
export async function markCopies(store: Store): Promise<number> {
  const { ids, total } = await store.unkeyedReports();
  if (!ids.length) return 0;
  if (ids.length * 4 >= total) return markAll(store, ids);
  const fresh = await store.reportsById(ids);
  const keys = fresh.map((r) => copyKeys(r.text ?? ""));
  const bands = [...new Set(keys.flatMap((k) => k?.bands ?? []))];
  const unkeyed = new Set(ids);
  // kept reports met in a bucket, read only when their signature says they may be copies
  const near = (await store.sharingBands(bands)).filter((c) => !unkeyed.has(c.id) && keys.some((k) => k && mayBeCopies(k, Uint32Array.from(c.sig)))).map((c) => c.id);
  const subset = await store.reportsById([...new Set([...ids, ...(await store.copyGroups(near))])]);
  const changed = await apply(store, subset, findCopies(subset));
  await store.putCopyKeys(fresh.map((r, i) => keysRow(r.id, keys[i])));
  return changed;
}

/** Every report's `copyOf` over the whole store, and the keys of the reports without them (`unkeyed`). */
async function markAll(store: Store, unkeyed: string[]): Promise<number> {
  const reports = await store.listReports();
  const changed = await apply(store, reports, findCopies(reports));
  const want = new Set(unkeyed);
  await store.putCopyKeys(reports.filter((r) => want.has(r.id)).map((r) => keysRow(r.id, copyKeys(r.text ?? ""))));
  return changed;
}

/** Writes the `copyOf` of each of `reports` that `copies` changes; returns how many became copies. */
async function apply(store: Store, reports: Report[], copies: Map<string, string>): Promise<number> {
  let changed = 0;
  for (const r of reports) {
    const want = copies.get(r.id) ?? null;
    if ((r.copyOf ?? null) === want) continue;
    await store.setCopyOf(r.id, want);
    if (want) changed++;
  }
  return changed;
}

const keysRow = (id: string, k: CopyKeys | null) => ({ id, sig: k ? Array.from(k.sig) : [], bands: k?.bands ?? [] });
