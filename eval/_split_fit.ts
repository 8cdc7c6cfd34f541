/**
 * Debug (not run by `npm run eval`): the split pass (src/reconcile/split.ts) fitted on every
 * labelled cluster: its weights and threshold.
 *
 *   node --import tsx eval/_split_fit.ts
 * @module
 */
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { SPLIT_FEATURES } from "../src/reconcile/split.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const model = fitModel(trainingSet(clusterDirs([]).map(trainingCluster)), { split: true });
const s = model.split;
console.log(s ? `${SPLIT_FEATURES.map((f, j) => `${f} ${s.weights[j]}`).join(", ")}; bias ${s.bias}; threshold ${s.threshold}` : "no split");
