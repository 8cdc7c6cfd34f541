/**
 * Incremental upkeep against a full run, on one set of reports (eval/incremental.ts prints it for
 * the corpus clusters; src/reconcile/update.test.ts holds it to a bar on synthetic reports).
 * @module
 */
import { neighbourhood, reconcile, update, type Reconciled } from "../../src/reconcile/index.js";
import type { Decision, Fact, Mention, Report } from "../../src/types.js";

export interface Closeness {
  figures: number;
  /** B-cubed of the incremental grouping against the full run's */
  precision: number;
  recall: number;
  f1: number;
  /** share of figures whose fact has the same verdict in both */
  verdicts: number;
  /** B-cubed F1 and verdict agreement of the full run of all but the last k against the full run of all (over the former's figures): how far a full run itself moves when k reports come in */
  floorF1: number;
  floorVerdicts: number;
  /** updates made, and how many of those fell back to a full run */
  updates: number;
  fallbacks: number;
  fullMs: number;
  updateMs: number;
  full: Fact[];
  incremental: Fact[];
}

/** Reconciles all but the last `k` reports, adds those one by one with `update`, and compares with one full run. */
export function compareIncremental(reports: Report[], mentions: Mention[], k: number, decisions: Decision[] = []): Closeness {
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) (bySource.get(m.source) ?? bySource.set(m.source, []).get(m.source)!).push(m);
  const of = (rs: Report[]) => rs.flatMap((r) => bySource.get(r.id) ?? []);
  let t = performance.now();
  const full = reconcile({ reports, mentions, decisions });
  const fullMs = performance.now() - t;
  const base = reports.slice(0, Math.max(0, reports.length - k));
  let kept: Reconciled = reconcile({ reports: base, mentions: of(base), decisions, keep: true });
  const floor = closeness(full.facts, kept.facts);
  let updates = 0, fallbacks = 0, updateMs = 0;
  for (let i = base.length; i < reports.length; i++) {
    const now = reports.slice(0, i + 1);
    const added = bySource.get(reports[i].id) ?? [];
    t = performance.now();
    updates++;
    const near = neighbourhood(kept.facts, added);
    const next = kept.state ? update({ reports: now, previous: { facts: kept.facts, state: kept.state }, added, context: of(now.filter((r) => near.reports.includes(r.id))), decisions, near, share: 1 }) : null;
    if (next) kept = next;
    else (fallbacks++, (kept = reconcile({ reports: now, mentions: of(now), decisions, keep: true })));
    updateMs += performance.now() - t;
  }
  return { ...closeness(full.facts, kept.facts), floorF1: floor.f1, floorVerdicts: floor.verdicts, updates, fallbacks, fullMs, updateMs: updateMs / Math.max(1, updates), full: full.facts, incremental: kept.facts };
}

/** B-cubed of grouping `b` against grouping `a` over the figures both hold, and verdict agreement. */
export function closeness(a: Fact[], b: Fact[]): Pick<Closeness, "figures" | "precision" | "recall" | "f1" | "verdicts"> {
  const key = (m: Mention) => `${m.source}@${m.start}@${m.end}`;
  const inA = new Map<string, number>();
  a.forEach((f, i) => f.members.forEach((m) => inA.set(key(m), i)));
  const both: Array<[number, number]> = [];
  b.forEach((f, j) =>
    f.members.forEach((m) => {
      const i = inA.get(key(m));
      if (i !== undefined) both.push([i, j]);
    }),
  );
  const sizeA = new Map<number, number>(), sizeB = new Map<number, number>(), cell = new Map<string, number>();
  for (const [i, j] of both) {
    sizeA.set(i, (sizeA.get(i) ?? 0) + 1);
    sizeB.set(j, (sizeB.get(j) ?? 0) + 1);
    cell.set(`${i}|${j}`, (cell.get(`${i}|${j}`) ?? 0) + 1);
  }
  let p = 0, r = 0, same = 0;
  for (const [i, j] of both) {
    const c = cell.get(`${i}|${j}`)!;
    p += c / sizeB.get(j)!;
    r += c / sizeA.get(i)!;
    if (a[i].verdict === b[j].verdict) same++;
  }
  const n = both.length || 1;
  const precision = p / n, recall = r / n;
  return { figures: both.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, verdicts: same / n };
}
