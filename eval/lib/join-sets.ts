/**
 * The groups the join tools (eval/_join.ts, eval/_join_more.ts) compare: for each dev cluster and
 * each eval/read story, its training set, the model that groups it (`loco`: the dev clusters by a
 * model fitted without each), the groups of gold mentions that model makes, by block, and whether
 * a group agrees. One place for what both tools read, so their pairs are the same pairs.
 * @module
 */
import { clusterDirs, readDirs, trainingCluster } from "../facts.js";
import { fitModel, trainingSet } from "../../src/reconcile/train.js";
import { link } from "../../src/reconcile/link.js";
import { MODEL } from "../../src/reconcile/weights.js";
import { groupWords, wordsScorer } from "../../src/reconcile/words-only.js";
import { trustedIn } from "../../src/reconcile/trust.js";
import { verdictOf } from "../../src/reconcile/verdict.js";
import { blockOf } from "../../src/reconcile/values.js";
import type { Model } from "../../src/reconcile/model.js";

type TrainingSet = ReturnType<typeof trainingSet>[number];

export interface JoinSet {
  root: "dev" | "read";
  s: TrainingSet;
  model: Model;
  words: ReturnType<typeof groupWords>;
  /** whether a group's verdict is not a conflict, under the model's trust */
  agree: (g: number[]) => boolean;
  /** the groups of each block (`dates: false`: groups of dates left out) */
  blocks: number[][][];
}

/** Every set's groups, dev clusters first, then the read stories (`only` one root). */
export function* joinSets(o: { loco: boolean; only: string | null; dates: boolean }): Generator<JoinSet> {
  const dev = clusterDirs([]);
  const devSets = trainingSet(dev.map(trainingCluster));
  for (const [root, dirs] of [["dev", dev], ["read", readDirs()]] as const) {
    if (o.only && o.only !== root) continue;
    const sets = root === "dev" ? devSets : trainingSet(dirs.map(trainingCluster));
    for (const [k, s] of sets.entries()) {
      const model: Model = root === "dev" && o.loco ? fitModel(devSets.filter((_, j) => j !== k)) : MODEL;
      const groups = link(s.items, s.props, model, s.texts, s.sides);
      const words = groupWords(s.items, s.sides, model.attach!);
      const vw = wordsScorer(s.items, s.props, model, s.sides);
      const agree = (g: number[]) => {
        const tie = trustedIn(g, s.sides, vw, model.trust ?? 0);
        return verdictOf(g.map((i) => s.judged[i]), (x, y) => tie(g[x], g[y])).verdict !== "conflict";
      };
      const byBlock = new Map<string, number[][]>();
      for (const g of groups) {
        if (!o.dates && s.items[g[0]].m.kind === "date") continue;
        const b = blockOf(s.items[g[0]].m);
        (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(g);
      }
      yield { root, s, model, words, agree, blocks: [...byBlock.values()] };
    }
  }
}
