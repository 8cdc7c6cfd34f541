/**
 * Debug (not run by `npm run eval`): what each gold member is about as reconciliation reads it
 * (thing, attribute, event, heads with weights), one line each, to scan for things that are no
 * thing ("across", "stood", "명이다"): `... | awk '{print $5}' | sort | uniq -c | sort -rn`.
 *
 *   node --import tsx eval/_things.ts [CLUSTER_NAME_SUBSTRING...]
 * @module
 */
import { basename } from "node:path";
import { prepare } from "../src/reconcile/prepare.js";
import { isHead, propertiesOf } from "../src/reconcile/property.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const only = process.argv.slice(2);
for (const dir of clusterDirs([])) {
  if (only.length && !only.some((o) => basename(dir).includes(o))) continue;
  const c = trainingCluster(dir);
  const { items } = prepare(c.reports, c.mentions);
  const props = propertiesOf(items);
  items.forEach((it, i) => {
    if (c.fact[i] === null) return;
    const p = props[i];
    const heads = [...p.words].filter(([k, w]) => isHead(k, w)).map(([k, w]) => `${k}:${w.toFixed(2)}`).join(",");
    console.log(`${basename(dir).slice(0, 8)} ${c.fact[i]} ${it.m.source} ${JSON.stringify(it.m.text)} T:${p.thing} A:${p.attribute} E:${p.event} H:${heads}`);
  });
}
