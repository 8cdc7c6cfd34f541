/**
 * `npm run fit`: fits the pairwise model of src/reconcile on the gold facts of every labelled
 * cluster (../shared/corpus and eval/clusters) and writes src/reconcile/weights.ts. The eval
 * (`npm run eval -- facts`) never uses these weights on a cluster they saw: it refits leaving
 * that cluster out.
 * @module
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fitShipped, trainingSet } from "../src/reconcile/index.js";
import { GROUP_FEATURES } from "../src/reconcile/groups.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const here = dirname(fileURLToPath(import.meta.url));
const t0 = performance.now();
const sets = trainingSet(clusterDirs([]).map(trainingCluster));
// thresholds: the median of the thirteen leave-one-out fits' (train.ts fitShipped)
const model = fitShipped(sets);
const pairs = sets.reduce((n, s) => n + s.y.length, 0);
const out = join(here, "../src/reconcile/weights.ts");
const body = `/**
 * The pairwise model fitted by \`npm run fit\` (eval/_fit.ts) on ${sets.length} labelled clusters
 * (${pairs} pairs): ${sets.map((s) => s.name).join(", ")}. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { JOIN } from "./join.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // ${model.features.map((f, i) => `${f} ${model.weights[i]}`).join(", ")}
  weights: ${JSON.stringify(model.weights)},
  bias: ${model.bias},
  link: ${model.link},
  merge: ${model.merge},
  attach: ${model.attach ? `{\n    // the same features with the value comparisons blanked\n    weights: ${JSON.stringify(model.attach.weights)},\n    bias: ${model.attach.bias},\n    threshold: ${model.attach.threshold},\n    day: ${model.attach.day ? `{\n      // the same for two single days, the equal-day comparison blanked too\n      weights: ${JSON.stringify(model.attach.day.weights)},\n      bias: ${model.attach.day.bias},\n    }` : "null"},\n  }` : "null"},
  trust: ${model.trust ?? null},
  groups: ${model.groups ? `{\n    // ${GROUP_FEATURES.map((f, i) => `${f} ${model.groups!.weights[i]}`).join(", ")}\n    weights: ${JSON.stringify(model.groups.weights)},\n    bias: ${model.groups.bias},\n    threshold: ${model.groups.threshold},\n  }` : "null"},
  join: ${model.join ? "JOIN" : "null"},
};
`;
writeFileSync(out, body);
console.log(`wrote ${out} from ${pairs} pairs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (let i = 0; i < model.features.length; i++) console.log(`${model.features[i].padEnd(18)} ${model.weights[i]}`);
console.log(`bias ${model.bias}  link ${model.link}  merge ${model.merge}  attach ${model.attach ? model.attach.threshold : "off"}  trust ${model.trust ?? "off"}  groups ${model.groups ? model.groups.threshold : "off"}`);
