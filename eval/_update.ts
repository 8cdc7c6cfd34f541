/**
 * Where the update path (update.ts) joins what a full run keeps apart: per cluster, all but the
 * last k reports reconciled, then each added with `update`; after each, every join that update
 * makes (kept facts and new figures in one fact) whose parts a full run of the same reports puts
 * in different facts (each part's fact: the one most of its members are in).
 *
 *   node --import tsx eval/_update.ts [--k=3] CLUSTER_DIR...
 * @module
 */
import { withCopies } from "../src/app/copies.js";
import { neighbourhood, reconcile, update, type Reconciled } from "../src/reconcile/index.js";
import type { Mention } from "../src/types.js";
import { clusterDirs, extractedMentions, loadReports } from "./facts.js";

const args = process.argv.slice(2);
const k = Number(args.find((a) => a.startsWith("--k="))?.slice(4) ?? 3);
const key = (m: Mention) => `${m.source}@${m.start}@${m.end}`;

for (const dir of clusterDirs(args.filter((a) => !a.startsWith("--")))) {
  const reports = withCopies(loadReports(dir));
  const mentions = extractedMentions(reports);
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) (bySource.get(m.source) ?? bySource.set(m.source, []).get(m.source)!).push(m);
  const of = (rs: typeof reports) => rs.flatMap((r) => bySource.get(r.id) ?? []);
  const base = reports.slice(0, Math.max(0, reports.length - k));
  let kept: Reconciled = reconcile({ reports: base, mentions: of(base), keep: true });
  console.log(`== ${dir.split("/").pop()}`);
  for (let i = base.length; i < reports.length; i++) {
    const now = reports.slice(0, i + 1);
    const added = bySource.get(reports[i].id) ?? [];
    const near = neighbourhood(kept.facts, added);
    const next = update({ reports: now, previous: { facts: kept.facts, state: kept.state! }, added, context: of(now.filter((r) => near.reports.includes(r.id))), near, share: 1 });
    if (!next) {
      console.log(`-- ${reports[i].id}: fell back`);
      kept = reconcile({ reports: now, mentions: of(now), keep: true });
      continue;
    }
    const full = reconcile({ reports: now, mentions: of(now) });
    const inFull = new Map<string, number>();
    full.facts.forEach((f, j) => f.members.forEach((m) => inFull.set(key(m), j)));
    const inKept = new Map<string, number>();
    kept.facts.forEach((f, j) => f.members.forEach((m) => inKept.set(key(m), j)));
    console.log(`-- ${reports[i].id}: ${added.length} new figures, ${near.facts.length} candidate facts (${near.whole.filter(Boolean).length} whole)`);
    // the full fact most of a set of members is in
    const fullOf = (ms: Mention[]) => {
      const n = new Map<number, number>();
      for (const m of ms) n.set(inFull.get(key(m)) ?? -1, (n.get(inFull.get(key(m)) ?? -1) ?? 0) + 1);
      return [...n].sort((a, b) => b[1] - a[1])[0][0];
    };
    for (const f of next.facts) {
      // what this update joined: kept facts (whole) and new figures
      const origins = new Map<string, Mention[]>();
      for (const m of f.members) {
        const o = inKept.has(key(m)) ? `kept ${inKept.get(key(m))}` : `new ${key(m)}`;
        (origins.get(o) ?? origins.set(o, []).get(o)!).push(m);
      }
      if (origins.size < 2) continue;
      const homes = new Map<number, string[]>();
      for (const [o, ms] of origins) {
        const j = fullOf(ms);
        (homes.get(j) ?? homes.set(j, []).get(j)!).push(o);
      }
      if (homes.size < 2) continue;
      console.log(`  update makes "${f.about}" ${f.verdict}, of ${origins.size} origins; the full run keeps them in ${homes.size} facts:`);
      for (const [o, ms] of origins) console.log(`    ${o.padEnd(14)} → full ${fullOf(ms)} "${full.facts[fullOf(ms)]?.about}" ${full.facts[fullOf(ms)]?.verdict}: ${ms.slice(0, 6).map((m) => `${m.source}:${m.text}`).join(" | ")}${ms.length > 6 ? ` … (${ms.length})` : ""}`);
    }
    kept = next;
  }
}
