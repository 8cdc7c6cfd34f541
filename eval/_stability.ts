/**
 * How steady the fitting procedure is, in one run (not run by `npm run eval`): leave-one-cluster-out
 * from gold and from extracted mentions (as eval/_quick.ts, both modes), the model fitted on all
 * clusters scored in-sample from extracted mentions (as eval/_shipped.ts), the thresholds each
 * fold picks, and how far each weight moves between folds (its spread, and the features whose
 * sign flips: those fit noise). `--jitter` refits with the ridge 10 % weaker and stronger: a
 * near-identical procedure, so how far the means move there is the noise any change is read
 * against. `--weights` prints the per-feature table.
 *
 *   node --import tsx eval/_stability.ts [--jitter] [--weights]
 * @module
 */
import { basename } from "node:path";
import { fitModel, fitShipped, trainingSet, type Model } from "../src/reconcile/index.js";
import { MODEL } from "../src/reconcile/weights.js";
import { clusterDirs, extractedMentions, scoreFacts, trainingCluster } from "./facts.js";

interface Score {
  bcubed: { F1: number };
  conflicts: { tp: number; fp: number; fn: number; F1: number };
}

const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const extracted = clusters.map((c) => extractedMentions(c.reports));
const sets = trainingSet(clusters);
const n = labelled.length;

const score = (at: number, model: Model, ext: boolean): Score =>
  JSON.parse(scoreFacts(labelled[at], clusters[at].reports, ext ? extracted[at] : clusters[at].mentions, ["--json"], model).out);
const cell = (at: number, r: Score) => `${basename(labelled[at]).slice(0, 8)} ${r.bcubed.F1.toFixed(2)}/${r.conflicts.F1.toFixed(2)} (${r.conflicts.tp}/${r.conflicts.fp}/${r.conflicts.fn})`;
const thresholds = (m: Model) => `${m.link}/${m.merge}/${m.attach ? m.attach.threshold : "-"}/${m.trust ?? "-"}`;

/** One mode's line: the clusters, then the means (four places, as _quick prints them) and the summed conflicts. */
function summary(label: string, rs: Score[]): string {
  let b = 0, c = 0, tp = 0, fp = 0, fn = 0;
  for (const r of rs) (b += r.bcubed.F1 / n), (c += r.conflicts.F1 / n), (tp += r.conflicts.tp), (fp += r.conflicts.fp), (fn += r.conflicts.fn);
  return `${label.padEnd(9)} ${rs.map((r, at) => cell(at, r)).join("  ")}\n${"".padEnd(9)} mean ${b.toFixed(4)}/${c.toFixed(4)}  micro ${tp}/${fp}/${fn}`;
}

function run(l2: number, detail: boolean): void {
  const folds = labelled.map((_, at) => fitModel(sets.filter((_, k) => k !== at), { l2 }));
  const all = fitShipped(sets, { l2 }, folds);
  console.log(`ridge ${l2}`);
  console.log(summary("gold", folds.map((m, at) => score(at, m, false))));
  console.log(summary("extracted", folds.map((m, at) => score(at, m, true))));
  const same = JSON.stringify(all) === JSON.stringify(MODEL);
  console.log(summary("shipped", labelled.map((_, at) => score(at, all, true))) + (l2 === 1 ? (same ? "  (= weights.ts)" : "  (weights.ts differs: run npm run fit)") : ""));
  console.log(`thresholds link/merge/attach/trust per fold: ${folds.map(thresholds).join(" ")}; on all: ${thresholds(all)}`);
  let spread = 0;
  const flips: string[] = [], rows: string[] = [];
  all.features.forEach((f, j) => {
    const ws = folds.map((m) => m.weights[j]);
    const mean = ws.reduce((a, w) => a + w, 0) / n, sd = Math.sqrt(ws.reduce((a, w) => a + (w - mean) ** 2, 0) / n);
    const lo = Math.min(...ws), hi = Math.max(...ws);
    spread += sd;
    if (lo < 0 && hi > 0) flips.push(f);
    rows.push(`  ${f.padEnd(16)} ${mean.toFixed(2).padStart(6)} ± ${sd.toFixed(2)}  [${lo.toFixed(2)}, ${hi.toFixed(2)}]  on all ${all.weights[j]}`);
  });
  if (detail) console.log(rows.join("\n"));
  console.log(`weights across folds: summed sd ${spread.toFixed(2)}; sign flips ${flips.length}/${all.features.length}${flips.length ? ` (${flips.join(", ")})` : ""}\n`);
}

const t0 = performance.now();
run(1, process.argv.includes("--weights"));
if (process.argv.includes("--jitter")) for (const l2 of [0.9, 1.1]) run(l2, false);
console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
