/**
 * Debug (not run by `npm run eval`): every `revised` and `conflict` fact the checked-in model makes
 * (as `dossier brief` does), from dossier's own figures or with --gold the gold mentions, each
 * listed pair (revision or disagreement) with both members' gold fact, value, time and words, so
 * false revisions and false conflicts can be sorted by class: a pair whose two members are of two
 * gold facts is one grouping made. The labelled stories and eval/read by default; never eval/heldout.
 *
 *   node --import tsx eval/_revised.ts [CLUSTER_DIR...] [--gold] [--pairs-only]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import type { FactMember } from "../src/types.js";
import { clusterDirs, extractedMentions, readDirs, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const gold = args.includes("--gold");
const pairsOnly = args.includes("--pairs-only");
const short = (s: string, n = 150) => (s.length > n ? s.slice(0, n) + "…" : s).replace(/\s+/g, " ");
const value = (m: FactMember) => m.kind === "date" ? m.date ?? "?" : `${m.low ?? ""}${m.high !== m.low ? `-${m.high ?? ""}` : ""}${m.unit ? ` ${m.unit}` : ""}`;

const totals = { revised: 0, revisedCross: 0, conflict: 0, conflictCross: 0 };
for (const dir of dirs.length ? dirs : [...clusterDirs([]), ...readDirs()]) {
  if (dir.includes("heldout")) continue;
  const c = trainingCluster(dir);
  const mentions = gold ? c.mentions : extractedMentions(c.reports);
  const facts = reconcile({ reports: withCopies(c.reports), mentions }).facts;
  const gf = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; members: Array<{ source: string; start: number }> }>;
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const spans = new Map<string, number>(gm.map((g) => [`${g.source}@${g.start}`, g.end]));
  const at: Array<{ source: string; start: number; end: number; fact: string }> = [];
  for (const f of gf) for (const m of f.members) at.push({ source: m.source, start: m.start, end: spans.get(`${m.source}@${m.start}`) ?? m.start + 1, fact: f.id });
  const goldOf = (pm: FactMember) => at.find((g) => g.source === pm.source && g.start < pm.end && pm.start < g.end)?.fact ?? "-";
  const text = new Map(c.reports.map((r) => [r.id, r.text]));
  const ctx = (pm: FactMember) => {
    const t = text.get(pm.source) ?? "";
    return short(t.slice(Math.max(0, pm.start - 90), pm.start) + "[[" + t.slice(pm.start, pm.end) + "]]" + t.slice(pm.end, pm.end + 60));
  };
  console.log(`\n======== ${basename(dir)} (${facts.length} facts)`);
  for (const f of facts) {
    const r = f.reason;
    if (!r || (r.verdict !== "revised" && r.verdict !== "conflict")) continue;
    const pairs: Array<[number, number, string]> = [];
    for (const v of r.revisions) pairs.push([v.from, v.to, `rev ${v.why}`]);
    if (r.verdict === "conflict") for (const d of r.disagreements) pairs.push([d.a, d.b, "DIS"]);
    const cross = pairs.filter(([a, b]) => goldOf(f.members[a]) !== goldOf(f.members[b]));
    const main = r.verdict === "conflict" ? r.disagreements.map((d) => [d.a, d.b]) : r.revisions.map((v) => [v.from, v.to]);
    const anyCross = main.some(([a, b]) => goldOf(f.members[a]) !== goldOf(f.members[b]) || goldOf(f.members[a]) === "-");
    totals[r.verdict === "revised" ? "revised" : "conflict"]++;
    if (anyCross) totals[r.verdict === "revised" ? "revisedCross" : "conflictCross"]++;
    if (pairsOnly && !anyCross) continue;
    console.log(`\n[${r.verdict}${anyCross ? " CROSS" : ""}] ${f.about} (${f.members.length} members; ${cross.length}/${pairs.length} pairs across gold facts)`);
    const used = new Set<number>();
    for (const [a, b] of pairs) used.add(a).add(b);
    f.members.forEach((pm, k) => {
      if (!used.has(k)) return;
      console.log(`  ${k} ${goldOf(pm).padEnd(22)} ${pm.source} ${pm.time?.date ?? "-"}${pm.time?.earlier ? "E" : ""} =${value(pm)}  ${ctx(pm)}`);
    });
    console.log(`  pairs: ${pairs.map(([a, b, w]) => `${a}-${b} ${w}${goldOf(f.members[a]) !== goldOf(f.members[b]) ? "!" : ""}`).join(", ")}`);
  }
}
console.log(`\ntotals ${JSON.stringify(totals)}`);
