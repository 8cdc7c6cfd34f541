/**
 * What an incremental update reads of a kept member (update.ts, from its fact and upkeep state)
 * against what a full run judged of it (judge.ts judgedOf): per Judged field, how many members
 * of the corpus clusters differ, and an example of each.
 *
 *   node --import tsx eval/_kept.ts [CLUSTER_DIR...]
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { judgedOf } from "../src/reconcile/judge.js";
import { keptAt, keptJudged } from "../src/reconcile/upkeep.js";
import type { Judged } from "../src/reconcile/verdict.js";
import { clusterDirs, extractedMentions, loadReports } from "./facts.js";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const differ = new Map<string, number>();
const example = new Map<string, string>();
let members = 0;
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null) || (!a && !b);
for (const dir of clusterDirs(dirs)) {
  const reports = withCopies(loadReports(dir));
  const mentions = extractedMentions(reports);
  const copies = new Map<string, string>();
  for (const r of reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const { facts, state } = reconcile({ reports, mentions, keep: true });
  const p = prepare(reports, mentions);
  const judged = judgedOf(p.items, p.all, copies, p.times, p.byReport);
  const key = (m: { source: string; start: number; end: number }) => `${m.source}@${m.start}@${m.end}`;
  const full = new Map<string, Judged>();
  p.items.forEach((it, i) => full.set(key(it.m), judged[i]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  facts.forEach((f, i) =>
    f.members.forEach((m, k) => {
      const a = full.get(key(m));
      if (!a) return;
      members++;
      const b = keptJudged(m, keptAt(state!, i, k), byId, copies);
      for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (field === "m") continue;
        const x = (a as unknown as Record<string, unknown>)[field], y = (b as unknown as Record<string, unknown>)[field];
        if (same(x, y)) continue;
        differ.set(field, (differ.get(field) ?? 0) + 1);
        if (!example.has(field)) example.set(field, `${dir.split("/").pop()} ${m.source} "${m.text}": full ${JSON.stringify(x)} kept ${JSON.stringify(y)}`);
      }
    }),
  );
}
console.log(`${members} kept members`);
for (const [field, n] of [...differ].sort((a, b) => b[1] - a[1])) console.log(field.padEnd(14), String(n).padStart(5), " ", example.get(field));
if (!differ.size) console.log("every field the verdict reads is kept");
