/**
 * Debug (not run by `npm run eval`): every missed gold conflict of the training clusters, LOCO
 * from gold mentions, sorted by how it was missed: its disagreeing member left alone (the
 * attaching pass did not take it), in another group (two groups not merged), in the group but
 * not trusted (the words-only score below the trust threshold), or in the group and the verdict
 * rules say agree. Prints counts per class and one line per missed fact.
 *
 *   node --import tsx eval/_missed.ts
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { link } from "../src/reconcile/link.js";
import { wordsScorer } from "../src/reconcile/words-only.js";
import { logit } from "../src/reconcile/model.js";
import { pairFeatures, sidesOf } from "../src/reconcile/pairs.js";
import { verdictOf } from "../src/reconcile/verdict.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
const classes = new Map<string, number>();
for (let at = 0; at < sets.length; at++) {
  const s = sets[at];
  const model = fitModel(sets.filter((_, k) => k !== at));
  const groups = link(s.items, s.props, model, s.texts);
  const words = wordsScorer(s.items, s.props, model);
  const sides = sidesOf(s.items, s.props);
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const byFact = new Map<string, number[]>();
  s.fact.forEach((f, i) => f !== null && (byFact.get(f) ?? byFact.set(f, []).get(f)!).push(i));
  for (const f of s.conflicts) {
    const idx = byFact.get(f) ?? [];
    const counts = new Map<number, number>();
    for (const i of idx) counts.set(groupOf.get(i)!, (counts.get(groupOf.get(i)!) ?? 0) + 1);
    const [g, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const gi = groups[g];
    const trusted = (x: number, y: number) => words(gi[x], gi[y]) >= (model.trust ?? -Infinity);
    if (n >= 2 && verdictOf(gi.map((i) => s.judged[i])).verdict === "conflict") {
      if (verdictOf(gi.map((i) => s.judged[i]), trusted).verdict === "conflict") continue;
      const cls = "in group, not trusted";
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      console.log(`${basename(labelled[at])} ${f}: ${cls}`);
      continue;
    }
    const inG = idx.filter((i) => groupOf.get(i) === g);
    const outs = idx.filter((i) => groupOf.get(i) !== g && verdictOf([...inG, i].map((k) => s.judged[k])).verdict === "conflict");
    let cls: string;
    const detail: string[] = [];
    if (n < 2) cls = "every member apart";
    else if (!outs.length) cls = "verdict rules (gold members agree)";
    else {
      const lone = outs.some((i) => groups[groupOf.get(i)!].length === 1);
      cls = lone ? "disagreeing member alone" : "disagreeing member in another group";
      for (const i of outs) {
        const own = groups[groupOf.get(i)!];
        const ws = inG.map((j) => words(i, j));
        const full = inG.map((j) => logit(model, pairFeatures(sides[i], sides[j])));
        detail.push(`${s.items[i].m.text}[${own.length}] words ${ws.map((v) => v.toFixed(1)).join(",")} full ${full.map((v) => v.toFixed(1)).join(",")}`);
      }
    }
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
    console.log(`${basename(labelled[at])} ${f}: ${cls} (group ${n} of ${idx.length}; in it ${inG.map((i) => s.items[i].m.text).join(" | ")}) ${detail.join("; ")}`);
  }
}
console.log([...classes].map(([k, v]) => `${k}: ${v}`).join("\n"));
