/**
 * Debug (not run by `npm run eval`): one gold fact of one cluster under the model fitted without
 * that cluster, from gold mentions: each member's property (thing, attribute, event, scope, heads,
 * cues), the log-odds of every pair of members (full model and words only, as the attaching pass
 * and the verdict's trust read it) with the features that weigh, and the group each member ends
 * in. Shows fact by fact why a member of a missed conflict stayed out.
 *
 *   node --import tsx eval/_why.ts CLUSTER_NAME_SUBSTRING FACT_ID [INDEX...]
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { isHead, isMeasure, propertiesOf } from "../src/reconcile/property.js";
import { FEATURES, pairFeatures, sidesOf, VALUE_FEATURES } from "../src/reconcile/pairs.js";
import { logit } from "../src/reconcile/model.js";
import { link } from "../src/reconcile/link.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const [name, factId, ...extra] = process.argv.slice(2);
const labelled = clusterDirs([]);
const at = labelled.findIndex((d) => basename(d).includes(name ?? "-"));
if (at < 0 || !factId) throw new Error("usage: eval/_why.ts CLUSTER_NAME_SUBSTRING FACT_ID");
const clusters = labelled.map(trainingCluster);
const model = fitModel(trainingSet(clusters).filter((_, k) => k !== at));
console.log(`fold model: link ${model.link}, merge ${model.merge}, attach ${model.attach?.threshold ?? "-"}, trust ${model.trust ?? "-"}`);
const c = clusters[at];
const { items, texts } = prepare(c.reports, c.mentions);
const props = propertiesOf(items);
const sides = sidesOf(items, props);
// extra figures by index (a stray member the group took in) are shown beside the gold ones
const idx = c.fact.map((f, i) => (f === factId ? i : -1)).filter((i) => i >= 0).concat(extra.map(Number));
const bag = (m: Map<string, number>) => [...m].map(([k, w]) => `${k}:${w.toFixed(2)}`).join(",");
for (const i of idx) {
  const p = props[i], m = items[i].m;
  console.log(`${i} ${m.source} ${JSON.stringify(m.text)} thing ${p.thing} attr ${p.attribute} event ${p.event} scope ${p.scope} per ${p.per} name ${p.name} heads ${bag(new Map([...p.words].filter(([k, w]) => isHead(k, w))))} cues ${bag(new Map([...p.cueWeights].filter(([k]) => isMeasure(k))))}`);
}
const words = model.attach;
for (let a = 0; a < idx.length; a++)
  for (let b = a + 1; b < idx.length; b++) {
    const i = idx[a], j = idx[b];
    const x = pairFeatures(sides[i], sides[j]);
    const xw = Float64Array.from(x);
    FEATURES.forEach((f, k) => VALUE_FEATURES.has(f) && (xw[k] = 0));
    // each feature's value and what it adds to the words-only log-odds
    const parts = FEATURES.map((f, k) => [f, x[k], (words?.weights[k] ?? 0) * xw[k]] as const)
      .filter(([, v]) => v)
      .map(([f, v, w]) => `${f}=${v.toFixed(2)}(${w.toFixed(1)})`);
    // two single days of one event are read by the day weights, as the linker reads them (words-only.ts wordsOnly)
    const w = words?.day && xw[FEATURES.indexOf("dateDay")] && xw[FEATURES.indexOf("eventSame")] ? ((xw[FEATURES.indexOf("sameDayValue")] = 0), words.day) : words;
    console.log(`${i}-${j} full ${logit(model, x).toFixed(2)} words ${w ? logit(w, xw).toFixed(2) : "-"} | ${parts.join(" ")}`);
  }
const groups = link(items, props, model, texts, sides);
for (const i of idx) {
  const g = groups.find((q) => q.includes(i))!;
  console.log(`group of ${i}: ${g.map((k) => `${k}:${c.fact[k] ?? "-"}:${items[k].m.text}`).join(" | ")}`);
}
