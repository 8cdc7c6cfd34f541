/** Quick LOCO check from gold mentions only (not run by `npm run eval`): per-cluster and mean/micro numbers. */
import { basename } from "node:path";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { clusterDirs, extractedMentions, scoreFacts, trainingCluster } from "./facts.js";

const ext = process.argv.includes("--extracted");
const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
let tp = 0, fp = 0, fn = 0, mb = 0, mc = 0;
const line: string[] = [];
for (let at = 0; at < labelled.length; at++) {
  const model = fitModel(sets.filter((_, k) => k !== at));
  const c = clusters[at];
  const r = JSON.parse(scoreFacts(labelled[at], c.reports, ext ? extractedMentions(c.reports) : c.mentions, ["--json"], model).out);
  tp += r.conflicts.tp, fp += r.conflicts.fp, fn += r.conflicts.fn;
  mb += r.bcubed.F1 / labelled.length, mc += r.conflicts.F1 / labelled.length;
  line.push(`${basename(labelled[at]).slice(0, 8)} ${r.bcubed.F1.toFixed(2)}/${r.conflicts.F1.toFixed(2)} (${r.conflicts.tp}/${r.conflicts.fp}/${r.conflicts.fn})`);
}
console.log(line.join("  "));
console.log(`mean ${mb.toFixed(4)}/${mc.toFixed(4)}  micro conflict tp ${tp} fp ${fp} fn ${fn} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
