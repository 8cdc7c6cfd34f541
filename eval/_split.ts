/**
 * Debug (not run by `npm run eval`): where the members of one gold fact went, under the model
 * fitted without its cluster, from gold mentions: each predicted fact holding some of them, with
 * its verdict and its other members marked by their own gold fact ("!other-fact:").
 *
 *   node --import tsx eval/_split.ts CLUSTER_NAME_SUBSTRING FACT_ID
 * @module
 */
import { basename } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { fitModel, reconcile, trainingSet } from "../src/reconcile/index.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const [name, fact] = process.argv.slice(2);
const labelled = clusterDirs([]);
const at = labelled.findIndex((d) => basename(d).includes(name ?? "-"));
if (at < 0 || !fact) throw new Error("usage: eval/_split.ts CLUSTER_NAME_SUBSTRING FACT_ID");
const clusters = labelled.map(trainingCluster);
const c = clusters[at];
const model = fitModel(trainingSet(clusters).filter((_, k) => k !== at));
const { facts } = reconcile({ reports: withCopies(c.reports), mentions: c.mentions, model });
const key = (source: string, start: number) => `${source}@${start}`;
const factOf = new Map(c.mentions.map((m, i) => [key(m.source, m.start), c.fact[i]]));
for (const f of facts) {
  const gold = f.members.map((m) => factOf.get(key(m.source, m.start)) ?? "-");
  if (!gold.includes(fact)) continue;
  console.log(`-- ${f.verdict} ${f.members.length}: ${f.members.map((m, k) => `${gold[k] === fact ? "" : `!${gold[k]}:`}${m.source}:${m.text}`).join(" | ")}`);
}
