/**
 * What an incremental update reads back of each kept member (upkeep.ts keptJudged, from its fact
 * and the state kept with it) against what a full run judged of it (judge.ts judgedOf): every
 * field of Judged the verdict reads. eval/_kept.ts prints it; test/reconcile/upkeep.test.ts holds
 * it to none differing, so a reading added to the verdict is kept for updates too.
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import { reconcile } from "../../src/reconcile/index.js";
import { prepare } from "../../src/reconcile/prepare.js";
import { judgedOf } from "../../src/reconcile/judge.js";
import { keptAt, keptJudged } from "../../src/reconcile/upkeep.js";
import type { Judged } from "../../src/reconcile/verdict.js";
import type { Mention, Report } from "../../src/types.js";

/** Per Judged field: the members whose kept reading differs from a full run's, and one of them told. */
export function keptDiffs(reports: Report[], mentions: Mention[]): { members: number; differ: Map<string, { n: number; example: string }> } {
  const copies = new Map<string, string>();
  for (const r of reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const { facts, state } = reconcile({ reports, mentions, keep: true });
  const p = prepare(reports, mentions);
  const judged = judgedOf(p.items, p.all, copies, p.times, p.byReport);
  const key = (m: Pick<Mention, "source" | "start" | "end">) => `${m.source}@${m.start}@${m.end}`;
  const full = new Map<string, Judged>();
  p.items.forEach((it, i) => full.set(key(it.m), judged[i]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  // unset, false and null read alike
  const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null) || (!a && !b);
  const differ = new Map<string, { n: number; example: string }>();
  let members = 0;
  facts.forEach((f, i) =>
    f.members.forEach((m, k) => {
      const a = full.get(key(m));
      if (!a || !state) return;
      members++;
      const b = keptJudged(m, keptAt(state, i, k), byId, copies);
      for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (field === "m") continue;
        const x = (a as unknown as Record<string, unknown>)[field], y = (b as unknown as Record<string, unknown>)[field];
        if (same(x, y)) continue;
        const d = differ.get(field) ?? differ.set(field, { n: 0, example: `${m.source} "${m.text}": full ${JSON.stringify(x)}, kept ${JSON.stringify(y)}` }).get(field)!;
        d.n++;
      }
    }),
  );
  return { members, differ };
}
