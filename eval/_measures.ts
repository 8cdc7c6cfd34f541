/**
 * Debug (not run by `npm run eval`): each gold member's clause measure (own-clause.ts clauseMeasure),
 * by gold fact, to see which facts' members name two measures.
 *
 *   node --import tsx eval/_measures.ts [CLUSTER_NAME_SUBSTRING...]
 * @module
 */
import { basename } from "node:path";
import { prepare } from "../src/reconcile/prepare.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const only = process.argv.slice(2);
for (const dir of clusterDirs([])) {
  if (only.length && !only.some((o) => basename(dir).includes(o))) continue;
  const c = trainingCluster(dir);
  const { items } = prepare(c.reports, c.mentions);
  const byFact = new Map<string, string[]>();
  items.forEach((it, i) => {
    const f = c.fact[i] ?? "-";
    (byFact.get(f) ?? byFact.set(f, []).get(f)!).push(`${it.m.text}=${it.f.measure ?? "·"}`);
  });
  console.log(`== ${basename(dir)}`);
  for (const [f, ms] of byFact) {
    const set = new Set(ms.map((x) => x.slice(x.lastIndexOf("=") + 1)).filter((x) => x !== "·"));
    console.log(`${set.size > 1 ? "MIXED " : "      "}${f}: ${ms.join(" | ")}`);
  }
}
