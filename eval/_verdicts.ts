/**
 * Verdict audit (not run by `npm run eval`): each cluster's GOLD facts judged as given (no
 * grouping), so verdict-rule errors show apart from grouping errors. Prints each gold fact whose
 * verdict we get wrong, with its members' values, outlets and times.
 *
 *   node --import tsx eval/_verdicts.ts [CLUSTER_NAME_SUBSTRING...] [--all]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
let tp = 0, fp = 0, fn = 0;
for (const dir of clusterDirs([])) {
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const c = trainingCluster(dir);
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const { facts } = reconcile({ reports: withCopies(c.reports), mentions: c.mentions, groups: gold.map((f) => f.members.map((m) => `${m.source}@${m.start}`)) });
  const text = new Map(c.reports.map((r) => [r.id, r.text]));
  console.log(`\n======== ${basename(dir)}`);
  for (const g of gold) {
    const f = facts.find((p) => p.members.some((m) => m.source === g.members[0].source && m.start === g.members[0].start));
    if (!f) continue;
    const ours = f.verdict === "conflict", theirs = g.verdict === "conflict";
    if (ours && theirs) tp++;
    else if (ours) fp++;
    else if (theirs) fn++;
    if (ours === theirs && !args.includes("--all")) continue;
    console.log(`\n[${ours === theirs ? "ok" : ours ? "FP" : "FN"}] ${g.id}: gold ${g.verdict}, ours ${f.verdict}`);
    f.members.forEach((m, k) => {
      const t = text.get(m.source) ?? "";
      const ctx = (t.slice(Math.max(0, m.start - 70), m.start) + "[[" + m.text + "]]" + t.slice(m.end, m.end + 40)).replace(/\s+/g, " ");
      console.log(`  ${k} ${m.origin.padEnd(28).slice(0, 28)} ${m.time?.date ?? "-"}${m.time?.earlier ? "E" : " "} [${m.interval?.low ?? "?"},${m.interval?.high ?? "?"}] ${ctx}`);
    });
    const r = f.reason;
    if (r?.verdict === "conflict") console.log(`  disagree: ${r.disagreements.map((d) => `${d.a}-${d.b}${d.fixed ? "F" : ""}`).join(" ")}`);
    if (r && "revisions" in r && r.revisions?.length) console.log(`  revisions: ${r.revisions.map((d) => `${d.from}->${d.to}:${d.why}`).join(" ")}`);
  }
}
console.log(`\nverdicts on gold groups: tp ${tp} fp ${fp} fn ${fn} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
