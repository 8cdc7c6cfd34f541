/**
 * Debug (not run by `npm run eval`): the two ways a fact's figures stay apart that no single fix
 * named. `--groups` (default): under each cluster's leave-one-out model, from gold mentions, every
 * pair of final groups of one block, one gold fact (both groups' most-held gold fact is one) or
 * two, counted by which property fields the groups' majorities agree on (attribute, thing, event,
 * scope, rate, counted noun, clause measure) and whether their values lie within a factor of two
 * (pairs.ts farApart): how many split facts a second pass joining "groups of one property" would
 * reach, against how many sibling facts it would join. `--across`: the training pairs whose two
 * figures are of two languages, per cluster, with how many are one fact and how well each
 * language-free comparison tells those from the rest (area under the ROC curve).
 *
 *   node --import tsx eval/_apart.ts [--groups] [--across]
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { link } from "../src/reconcile/link.js";
import { blockOf, valueGap } from "../src/reconcile/values.js";
import { FEATURES, farApart } from "../src/reconcile/pairs.js";
import { most, pooledOf } from "../src/reconcile/groups.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
const short = (k: number) => basename(labelled[k]).slice(0, 10);

/** Area under the ROC curve of one score over positives and negatives (ties count half). */
function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
  return s / (pos.length * neg.length || 1);
}

if (args.includes("--across")) {
  const at = (f: string) => FEATURES.indexOf(f as never);
  const L = at("langDiff"), shown = ["valueMeet", "words", "cueOverlap", "attrSame", "eventSame", "countedSame", "sameValueAcross"];
  sets.forEach((s, k) => {
    const pos: Float64Array[] = [], neg: Float64Array[] = [];
    s.X.forEach((x, i) => x[L] && (s.y[i] ? pos : neg).push(x));
    if (!pos.length && !neg.length) return;
    const aucs = shown.map((f) => `${f} ${auc(pos.map((x) => x[at(f)]), neg.map((x) => x[at(f)])).toFixed(2)}`);
    console.log(`${short(k)} pairs ${s.X.length}, across languages ${pos.length + neg.length} (one fact ${pos.length}); AUC ${aucs.join(", ")}`);
  });
}

if (!args.includes("--across") || args.includes("--groups")) {
  const FIELDS = ["attribute", "thing", "event", "scope", "per", "counted", "measure"] as const;
  const tally = new Map<string, [number, number]>();
  const count = (key: string, one: boolean) => {
    const t = tally.get(key) ?? tally.set(key, [0, 0]).get(key)!;
    t[one ? 0 : 1]++;
  };
  sets.forEach((s, k) => {
    const model = fitModel(sets.filter((_, j) => j !== k));
    const byBlock = new Map<string, number[][]>();
    for (const g of link(s.items, s.props, model, s.texts, s.sides)) {
      const key = blockOf(s.items[g[0]].m);
      (byBlock.get(key) ?? byBlock.set(key, []).get(key)!).push(g);
    }
    const major = (g: number[], f: (typeof FIELDS)[number]) => most(g, (i) => s.sides[i][f]) ?? 0;
    for (const gs of byBlock.values())
      for (let a = 0; a < gs.length; a++)
        for (let b = a + 1; b < gs.length; b++) {
          const A = gs[a], B = gs[b], fa = most(A, (i) => s.fact[i]), fb = most(B, (i) => s.fact[i]);
          if (!fa && !fb) continue;
          const one = !!fa && fa === fb, kind = s.items[A[0]].m.kind;
          let near = true;
          for (const i of A) for (const j of B) if (farApart(kind, valueGap(kind, s.items[i].reading, s.items[j].reading))) near = false;
          const same = FIELDS.filter((f) => major(A, f) === major(B, f));
          const named = pooledOf(A, s.sides).attribute !== 0;
          count("every pair", one);
          const all = same.length === FIELDS.length && named;
          const allButThing = FIELDS.every((f) => f === "thing" || same.includes(f)) && named;
          if (all) count("one property (all seven, attribute named)", one);
          if (all && near) count("  and values within a factor of two", one);
          if (allButThing) count("one property but the thing", one);
          if (allButThing && near) count("  and values within a factor of two", one);
          if (one) {
            const differ = FIELDS.filter((f) => !same.includes(f));
            console.log(`${short(k)} ${fa}${s.conflicts.has(fa!) ? " (conflict)" : ""}: groups of ${A.length} and ${B.length}, ${near ? "values near" : "values far"}, differ in ${differ.join(" ") || "nothing"}${named ? "" : ", no attribute"}`);
          }
        }
  });
  for (const [key, [one, two]] of tally) console.log(`${key}: one fact ${one}, two facts ${two}`);
}
