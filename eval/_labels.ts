/**
 * Each fact's label beside the gold fact it overlaps most (not run by `npm run eval`): how well the
 * briefing's words say what a fact is about. Shipped model, gold or (`--extracted`) dossier's figures
 * (the shipped briefing's facts); `--all` lists facts of one member too. A directory without gold
 * (examples/tumen-bridge) lists its labels alone, with --extracted.
 *
 *   node --import tsx eval/_labels.ts [cluster…] [--extracted] [--all] [--kind=date]
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { clusterDirs, extractedMentions, goldMentions, loadReports } from "./facts.js";

const args = process.argv.slice(2);
const extracted = args.includes("--extracted");
const kind = args.find((a) => a.startsWith("--kind="))?.slice(7);
const all = args.includes("--all");
for (const dir of clusterDirs(args.filter((a) => !a.startsWith("--")))) {
  const reports = loadReports(dir);
  const mentions = extracted ? extractedMentions(reports) : goldMentions(dir, reports);
  const goldFile = join(dir, "gold/facts.json");
  const gold = (existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, "utf8")) : []) as Array<{ id: string; about: string; members: Array<{ source: string; start: number }> }>;
  const factOf = new Map<string, { id: string; about: string }>();
  for (const f of gold) for (const m of f.members) factOf.set(`${m.source}@${m.start}`, f);
  const { facts } = reconcile({ reports: withCopies(reports), mentions });
  console.log(`== ${basename(dir)}`);
  for (const f of facts) {
    if ((f.members.length < 2 && !all) || (kind && f.kind !== kind)) continue;
    const n = new Map<string, number>();
    for (const m of f.members) {
      const g = factOf.get(`${m.source}@${m.start}`);
      if (g) n.set(g.about, (n.get(g.about) ?? 0) + 1);
    }
    const best = [...n].sort((a, b) => b[1] - a[1])[0];
    console.log(`  ${f.about.padEnd(40)} | ${best ? `${best[0]} (${best[1]}/${f.members.length})` : "-"}`);
  }
}
