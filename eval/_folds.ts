/**
 * Debug (not run by `npm run eval`): the thresholds each leave-one-cluster-out fold picks (link /
 * merge / attach / trust). Most moves of the LOCO means after a change are a fold picking another
 * threshold, not the pairs themselves: run it before and after to see which folds moved.
 *
 *   node --import tsx eval/_folds.ts
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
const out: string[] = [];
for (let at = 0; at < labelled.length; at++) {
  const m = fitModel(sets.filter((_, k) => k !== at));
  out.push(`${basename(labelled[at]).slice(0, 8)} ${m.link}/${m.merge}/${m.attach?.threshold ?? "-"}/${m.trust ?? "-"}`);
}
console.log(out.join("  "));
