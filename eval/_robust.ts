/**
 * How well a fitting procedure holds up, not how lucky one run of it is (not run by `npm run eval`).
 * Leave-one-cluster-out from gold mentions, repeated under small perturbations that should not
 * matter: the ridge 10 % weaker or stronger, and one more training cluster left out (the next
 * one, or the third next). Each perturbation's mean over clusters is one sample; the procedure's
 * score is their mean, with their spread and worst. A procedure is better only if it is better
 * here: a single leave-one-out run moves by as much as most changes (see eval/_stability.ts).
 * Scores are worked out in-process as the fit scores its training clusters (B-cubed F1, and
 * conflict F1 as the scorer counts it), so they track eval/_quick.ts without its subprocesses.
 *
 *   node --import tsx eval/_robust.ts [procedure…]     (base; trust0, trust1, trust2: a fixed trust)
 * @module
 */
import { basename } from "node:path";
import { bcubed, conflictF1, fitModel, trainingSet } from "../src/reconcile/train.js";
import { link } from "../src/reconcile/link.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const PROCEDURES: Record<string, Parameters<typeof fitModel>[1]> = {
  base: {},
  trust0: { trust: 0 },
  trust1: { trust: 1 },
  trust2: { trust: 2 },
};
const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
const n = sets.length;
const PERTURB: Array<{ l2: number; drop: number }> = [];
for (const l2 of [0.9, 1, 1.1]) for (const drop of [0, 1, 3]) PERTURB.push({ l2, drop });

const names = process.argv.slice(2).filter((a) => !a.startsWith("-"));
for (const name of names.length ? names : Object.keys(PROCEDURES)) {
  const opts = PROCEDURES[name];
  if (!opts) throw new Error(`no procedure ${name}: ${Object.keys(PROCEDURES).join(", ")}`);
  const samples: Array<{ b: number; c: number }> = [];
  const perCluster = new Array(n).fill(0);
  for (const { l2, drop } of PERTURB) {
    let b = 0, c = 0;
    for (let at = 0; at < n; at++) {
      const out = drop ? (at + drop) % n : -1;
      const model = fitModel(sets.filter((_, k) => k !== at && k !== out), { ...opts, l2 });
      const s = sets[at];
      const groups = link(s.items, s.props, model, s.texts);
      const cf = conflictF1(groups, s, model);
      b += bcubed(groups, s.fact) / n;
      c += cf / n;
      perCluster[at] += cf / PERTURB.length;
    }
    samples.push({ b, c });
  }
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const cs = samples.map((x) => x.c), bs = samples.map((x) => x.b);
  console.log(`${name.padEnd(11)} conflict F1 ${mean(cs).toFixed(4)} ± ${sd(cs).toFixed(4)} (worst ${Math.min(...cs).toFixed(4)})  B-cubed ${mean(bs).toFixed(4)} ± ${sd(bs).toFixed(4)}  samples ${cs.map((x) => x.toFixed(3)).join(" ")}`);
  console.log(`${"".padEnd(11)} per cluster (conflict F1, mean over samples): ${perCluster.map((x, at) => `${basename(labelled[at]).slice(0, 8)} ${x.toFixed(2)}`).join("  ")}`);
}
