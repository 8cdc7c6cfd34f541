/**
 * The checked-in model (src/reconcile/weights.ts, what `dossier brief` uses) on each labelled
 * cluster, from extracted figures, as `dossier brief --format json CLUSTER` gives it (not run by
 * `npm run eval`). In-sample: the model saw these clusters, so this is no estimate for stories it
 * has not seen (the leave-one-cluster-out table is); it shows how the fitted thresholds land.
 *
 *   node --import tsx eval/_shipped.ts [--gold] [CLUSTER_DIR...]
 *
 * `--gold` feeds the gold mentions instead (reconciliation alone), e.g. on `eval/heldout/*`.
 * @module
 */
import { basename } from "node:path";
import { clusterDirs, extractedMentions, goldMentions, loadReports, scoreFacts } from "./facts.js";

let mb = 0, mc = 0;
const args = process.argv.slice(2);
const gold = args.includes("--gold");
const dirs = clusterDirs(args.filter((a) => a !== "--gold"));
for (const dir of dirs) {
  const reports = loadReports(dir);
  const r = JSON.parse(scoreFacts(dir, reports, gold ? goldMentions(dir, reports) : extractedMentions(reports), ["--json"]).out);
  mb += r.bcubed.F1 / dirs.length, mc += r.conflicts.F1 / dirs.length;
  console.log(`${basename(dir).padEnd(32)} B-cubed ${r.bcubed.F1.toFixed(3)}  conflict F1 ${r.conflicts.F1.toFixed(3)} (${r.conflicts.tp}/${r.conflicts.fp}/${r.conflicts.fn})`);
}
console.log(`mean B-cubed ${mb.toFixed(4)}  conflict F1 ${mc.toFixed(4)}`);
