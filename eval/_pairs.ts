/** Debug: pair scores between members of two gold facts, LOCO model, with top feature contributions. */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { propertiesOf } from "../src/reconcile/property.js";
import { FEATURES, pairFeatures, sidesOf } from "../src/reconcile/pairs.js";
import { logit } from "../src/reconcile/model.js";
import { clusterDirs, trainingCluster } from "./facts.js";
const [name, fa, fb] = process.argv.slice(2);
const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
const at = labelled.findIndex((d) => basename(d).includes(name));
const model = fitModel(sets.filter((_, k) => k !== at));
const c = clusters[at];
const { items } = prepare(c.reports, c.mentions);
const props = propertiesOf(items);
const sides = sidesOf(items, props);
const A = c.fact.map((f, i) => (f === fa ? i : -1)).filter((i) => i >= 0);
const B = c.fact.map((f, i) => (f === fb ? i : -1)).filter((i) => i >= 0);
const show = (i: number) => `${items[i].m.source}:${items[i].m.text} [${props[i].thing}|${props[i].attribute}|${props[i].scope}|${props[i].name}]`;
for (const i of A) for (const j of B) {
  if (i === j) continue;
  const x = pairFeatures(sides[i], sides[j]);
  const s = logit(model, x);
  const contrib = FEATURES.map((f, k) => [f, model.weights[k] * x[k]] as const).filter(([, v]) => Math.abs(v) > 0.3).sort((p, q) => Math.abs(q[1]) - Math.abs(p[1]));
  console.log(s.toFixed(2), show(i), "~", show(j), contrib.map(([f, v]) => `${f}${v > 0 ? "+" : ""}${v.toFixed(1)}`).join(" "));
}
