/**
 * Debug (not run by `npm run eval`): the eval/read stories' GOLD facts judged as given (no
 * grouping), each member with its report's date, origin, time (E: dated earlier), interval and
 * words, then our verdict's reason. Never for eval/heldout.
 *
 *   node --import tsx eval/_verd2.ts [FACT_ID...]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { readDirs, trainingCluster } from "./facts.js";

const only = process.argv.slice(2);
for (const dir of readDirs()) {
  const c = trainingCluster(dir);
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const { facts } = reconcile({ reports: withCopies(c.reports), mentions: c.mentions, groups: gold.map((f) => f.members.map((m) => `${m.source}@${m.start}`)) });
  const text = new Map(c.reports.map((r) => [r.id, r.text]));
  const pub = new Map(c.reports.map((r) => [r.id, r.published]));
  for (const g of gold) {
    if (only.length && !only.includes(g.id)) continue;
    const f = facts.find((p) => p.members.some((m) => m.source === g.members[0].source && m.start === g.members[0].start));
    if (!f) continue;
    console.log(`\n== ${basename(dir)} ${g.id}: gold ${g.verdict}, ours ${f.verdict}`);
    f.members.forEach((m, k) => {
      const t = text.get(m.source) ?? "";
      const ctx = `${t.slice(Math.max(0, m.start - 110), m.start)}[[${m.text}]]${t.slice(m.end, m.end + 50)}`.replace(/\s+/g, " ");
      console.log(`  ${k} ${m.source} pub ${pub.get(m.source)} ${String(m.origin).slice(0, 24).padEnd(24)} t=${m.time?.date ?? "-"}${m.time?.earlier ? "E" : ""} [${m.interval?.low ?? "?"},${m.interval?.high ?? "?"}] ${ctx}`);
    });
    console.log("  reason", JSON.stringify(f.reason).slice(0, 600));
  }
}
