/**
 * Debug (not run by `npm run eval`): the date and duration facts the shipped model calls conflicts
 * on the eval/read stories (never eval/heldout), from gold mentions, with each member's happening
 * (property.ts happeningOf), its gold fact and its sentence: the
 * over-merging of two happenings' dates into one fact (issue #11).
 *
 *   node --import tsx eval/_dates.ts [CLUSTER_NAME_SUBSTRING...] [--all]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { happeningOf } from "../src/reconcile/property.js";
import { readDirs, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const short = (s: string) => s.replace(/\s+/g, " ");
let tp = 0, fp = 0;
for (const dir of readDirs()) {
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const c = trainingCluster(dir);
  const facts = reconcile({ reports: withCopies(c.reports), mentions: c.mentions }).facts;
  const { items } = prepare(c.reports, c.mentions);
  const eventOf = new Map(items.map((it) => [`${it.m.source}@${it.m.start}`, happeningOf(it) ?? "-"]));
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const goldAt = new Map<string, { id: string; verdict: string }>();
  for (const f of gold) for (const m of f.members) goldAt.set(`${m.source}@${m.start}`, f);
  const text = new Map(c.reports.map((r) => [r.id, r.text ?? ""]));
  for (const f of facts) {
    if (f.verdict !== "conflict" || !f.members.some((m) => m.kind === "date" || m.kind === "duration")) continue;
    const gs = f.members.map((m) => goldAt.get(`${m.source}@${m.start}`));
    const counts = new Map<string, number>();
    for (const g of gs) if (g) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["-"];
    const ok = gold.find((g) => g.id === best)?.verdict === "conflict";
    ok ? tp++ : fp++;
    if (ok && !args.includes("--all")) continue;
    console.log(`\n[${ok ? "TP" : "FP"}] ${basename(dir)} ${f.members[0].kind} (${f.members.length}) gold ${[...counts].map(([k, n]) => `${k}×${n}`).join(" ")}`);
    for (const m of f.members) {
      const t = text.get(m.source) ?? "";
      const g = goldAt.get(`${m.source}@${m.start}`);
      const val = m.kind === "date" ? m.date ? `${m.date.start}..${m.date.end}` : "?" : `${m.low}-${m.high} ${m.unit ?? ""}`;
      console.log(`  ${(g?.id ?? "-").padEnd(18)} ev=${eventOf.get(`${m.source}@${m.start}`)?.padEnd(10)} ${val.padEnd(24)} ${short(t.slice(Math.max(0, m.start - 90), m.start))}[[${m.text}]]${short(t.slice(m.end, m.end + 50))}`);
    }
  }
}
console.log(`\ndate/duration conflicts: ${tp} true, ${fp} false`);
