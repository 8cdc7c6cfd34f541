/**
 * Debug (not run by `npm run eval`): the join pass (src/reconcile/join.ts) under several rules,
 * scored as the gate scores (LOCO gold and own on the dev clusters, the shipped fit on eval/read,
 * gold and own), in one process. Fold models are fitted once (cached in a file given by `--cache`).
 *
 *   node --import tsx eval/_join_try.ts [--cache /tmp/folds.json] [--stories] '<rule json>' ...   ('null': no join)
 *
 * `--stories` prints each story's B-cubed and conflict F1 under a rule's means (gold, then own).
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { clusterDirs, extractedMentions, readDirs, scoreFacts, trainingCluster } from "./facts.js";
import { fitModel, fitShipped, trainingSet } from "../src/reconcile/train.js";
import type { Model } from "../src/reconcile/model.js";
import type { JoinRule } from "../src/reconcile/join.js";

const args = process.argv.slice(2);
const cache = args.includes("--cache") ? args[args.indexOf("--cache") + 1] : null;
const rules = args.filter((a, k) => !a.startsWith("--") && args[k - 1] !== "--cache");
const stories = args.includes("--stories");
const dev = clusterDirs([]);
const clusters = dev.map(trainingCluster);
let folds: Model[], all: Model;
if (cache && existsSync(cache)) ({ folds, all } = JSON.parse(readFileSync(cache, "utf8")));
else {
  const sets = trainingSet(clusters);
  folds = sets.map((_, k) => fitModel(sets.filter((_, j) => j !== k)));
  all = fitShipped(sets, {}, folds);
  if (cache) writeFileSync(cache, JSON.stringify({ folds, all }));
}
const read = readDirs();
const rc = read.map(trainingCluster);
const devOwn = clusters.map((c) => extractedMentions(c.reports)), readOwn = rc.map((c) => extractedMentions(c.reports));
type Score = { bcubed: { F1: number }; conflicts: { tp: number; fp: number; fn: number; F1: number } };
const sum = (rs: Score[]) => {
  let b = 0, c = 0, tp = 0, fp = 0, fn = 0;
  for (const r of rs) (b += r.bcubed.F1 / rs.length), (c += r.conflicts.F1 / rs.length), (tp += r.conflicts.tp), (fp += r.conflicts.fp), (fn += r.conflicts.fn);
  return `${b.toFixed(4)}/${c.toFixed(4)} (${tp}/${fp}/${fn})`;
};
for (const rule of rules) {
  const join = JSON.parse(rule) as JoinRule | null;
  const fold = (k: number): Model => ({ ...folds[k], join }), shipped: Model = { ...all, join };
  const lg = dev.map((d, k) => JSON.parse(scoreFacts(d, clusters[k].reports, clusters[k].mentions, ["--json"], fold(k)).out) as Score);
  const lo = dev.map((d, k) => JSON.parse(scoreFacts(d, clusters[k].reports, devOwn[k], ["--json"], fold(k)).out) as Score);
  const rg = read.map((d, k) => JSON.parse(scoreFacts(d, rc[k].reports, rc[k].mentions, ["--json"], shipped).out) as Score);
  const ro = read.map((d, k) => JSON.parse(scoreFacts(d, rc[k].reports, readOwn[k], ["--json"], shipped).out) as Score);
  console.log(`${rule}\n  LOCO gold ${sum(lg)}  own ${sum(lo)}  read gold ${sum(rg)}  own ${sum(ro)}`);
  // with --stories: each story's B-cubed and conflict F1, gold then own
  if (stories)
    for (const [names, g, o] of [[dev, lg, lo], [read, rg, ro]] as const)
      console.log(`    ${names.map((d, k) => `${basename(d).slice(0, 8)} ${g[k].bcubed.F1.toFixed(3)}/${g[k].conflicts.F1.toFixed(2)} ${o[k].bcubed.F1.toFixed(3)}/${o[k].conflicts.F1.toFixed(2)}`).join("  ")}`);
}
