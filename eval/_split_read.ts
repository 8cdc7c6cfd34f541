/**
 * Debug (not run by `npm run eval`): the split pass (src/reconcile/split.ts) on the conflicts of
 * eval/read stories under the model fitted on every labelled cluster, from gold mentions: each
 * conflict's value subgroups with their members' gold facts, and each pair's evidence and score.
 * Never for eval/heldout.
 *
 *   node --import tsx eval/_split_read.ts [STORY_SUBSTRING] [--dev]
 * @module
 */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { link } from "../src/reconcile/link.js";
import { SPLIT_FEATURES, splitFeatures, splitScore, splittable, valueGroups } from "../src/reconcile/split.js";
import { groupWords } from "../src/reconcile/words-only.js";
import { trustedIn } from "../src/reconcile/trust.js";
import { verdictOf } from "../src/reconcile/verdict.js";
import { clusterDirs, readDirs, trainingCluster } from "./facts.js";

const name = process.argv[2] ?? "";
// `--dev`: a labelled cluster instead, under the model fitted without it (leave-one-cluster-out)
const dev = process.argv.includes("--dev");
const labelled = clusterDirs([]);
const all = trainingSet(labelled.map(trainingCluster));
const model = fitModel(dev ? all.filter((_, k) => !basename(labelled[k]).includes(name)) : all, { split: true });
const sm = model.split ?? { weights: SPLIT_FEATURES.map(() => 0), bias: 0, threshold: 0 };
console.log(`split ${JSON.stringify(model.split)}`);
const sets = dev ? all.filter((_, k) => basename(labelled[k]).includes(name)) : trainingSet(readDirs().filter((d) => basename(d).includes(name)).map(trainingCluster));
for (const s of sets) {
  console.log(`== ${s.name}`);
  const words = groupWords(s.items, s.sides, model.attach!);
  for (const g of link(s.items, s.props, model, s.texts, s.sides)) {
    if (g.length < 2) continue;
    const tie = trustedIn(g, s.sides, words, model.trust ?? 0);
    if (verdictOf(g.map((i) => s.judged[i]), (x, y) => tie(g[x], g[y])).verdict !== "conflict") continue;
    const parts = valueGroups(g, s.judged);
    console.log(`-- conflict ${g.length} members, ${parts.length} subgroups`);
    parts.forEach((p, k) => console.log(`   [${k}] ${p.map((i) => `${s.fact[i] ?? "-"}:${s.items[i].m.source}:${s.items[i].m.text}`).join(" | ")}`));
    for (let a = 0; a < parts.length; a++)
      for (let b = a + 1; b < parts.length; b++) {
        const x = splitFeatures(parts[a], parts[b], s.sides, words, s.judged);
        if (splittable(parts[a], parts[b], s.judged)) console.log(`   ${a}-${b} ${[...x].map((v, j) => `${SPLIT_FEATURES[j]} ${v.toFixed(2)}`).join(" ")} -> ${splitScore(sm, x).toFixed(2)}`);
      }
  }
}
