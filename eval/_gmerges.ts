/**
 * Debug (not run by `npm run eval`): what the group pass (groups.ts) joins in each training
 * cluster under its leave-one-out model, from gold mentions: each fold's group threshold and every
 * join, marked right (both groups' most-held gold fact is one) or wrong.
 *
 *   node --import tsx eval/_gmerges.ts
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { link } from "../src/reconcile/link.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
for (let at = 0; at < sets.length; at++) {
  const s = sets[at];
  const model = fitModel(sets.filter((_, k) => k !== at));
  const before = link(s.items, s.props, { ...model, groups: null }, s.texts);
  const after = link(s.items, s.props, model, s.texts);
  const groupOf = new Map<number, number>();
  before.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const most = (g: number[]) => {
    const c = new Map<string, number>();
    for (const i of g) if (s.fact[i]) c.set(s.fact[i]!, (c.get(s.fact[i]!) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  console.log(`${basename(labelled[at])}: groups ${model.groups ? model.groups.threshold : "off"}`);
  for (const g of after) {
    const parts = [...new Set(g.map((i) => groupOf.get(i)!))];
    if (parts.length < 2) continue;
    const facts = parts.map((k) => most(before[k]));
    const ok = facts.every((f) => f !== null && f === facts[0]);
    console.log(`  ${ok ? "right" : "WRONG"} ${parts.map((k, q) => `${facts[q]}[${before[k].map((i) => s.items[i].m.text).slice(0, 4).join("|")}]`).join(" + ")}`);
  }
}
