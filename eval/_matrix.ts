/**
 * Debug (not run by `npm run eval`): whether a story scores worse under a model fitted with it
 * than under one fitted without it. Every leave-one-out fold model (and the fit on all thirteen)
 * is scored on every labelled cluster: the diagonal is LOCO, every other cell is a story the model
 * was fitted on. With `--held`, each model's aggregate on eval/heldout/* too (no member printed:
 * they are a gate only). `--gold`: from gold figures instead of dossier's own.
 *
 *   node --import tsx eval/_matrix.ts [--gold] [--held] [--nested]
 * @module
 */
import { basename } from "node:path";
import { fitModel, fitShipped, trainingSet } from "../src/reconcile/train.js";
import type { Mention, Report } from "../src/types.js";
import type { Model } from "../src/reconcile/model.js";
import { clusterDirs, extractedMentions, goldMentions, heldoutDirs, loadReports, scoreFacts, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const gold = args.includes("--gold");
const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
const n = sets.length;
const how = { nested: args.includes("--nested") };
const folds = sets.map((_, at) => fitModel(sets.filter((_, k) => k !== at), how));
const models = [...folds, fitShipped(sets, how, folds)];
const figures = (dir: string, reports: Report[], own: Mention[]) => (gold ? goldMentions(dir, reports) : own);
const mentions = clusters.map((c) => (gold ? c.mentions : extractedMentions(c.reports)));
const names = labelled.map((d) => basename(d).slice(0, 6));
type Counts = { tp: number; fp: number; fn: number; F1: number };
const score = (dir: string, reports: Report[], ms: Mention[], m: Model): Counts => JSON.parse(scoreFacts(dir, reports, ms, ["--json"], m).out).conflicts;
const cell = (c: Counts) => `${c.tp}/${c.fp}/${c.fn}`;
const add = (a: number[], c: Counts) => [a[0] + c.tp, a[1] + c.fp, a[2] + c.fn];

console.log(`conflicts found/false/missed (${gold ? "gold" : "own"} figures); row: the model fitted without that cluster (ALL: on every one)`);
console.log(`${"".padEnd(7)} ${names.map((s) => s.padEnd(7)).join(" ")}`);
let diag = [0, 0, 0], seen = [0, 0, 0];
const perModel: Counts[][] = [];
models.forEach((m, j) => {
  const row = labelled.map((d, at) => score(d, clusters[at].reports, mentions[at], m));
  perModel.push(row);
  row.forEach((c, at) => {
    if (j === n) return;
    if (at === j) diag = add(diag, c);
    else seen = add(seen, c);
  });
  console.log(`${(names[j] ?? "ALL").padEnd(7)} ${row.map((c) => cell(c).padEnd(7)).join(" ")}`);
});
// per cluster: unseen (LOCO) against the mean of the twelve models that saw it
const per = (k: 0 | 1 | 2) => (at: number) => perModel.slice(0, n).reduce((a, row, j) => a + (j === at ? 0 : [row[at].tp, row[at].fp, row[at].fn][k]), 0) / (n - 1);
console.log(`unseen (diagonal, LOCO): ${diag.join("/")} over ${n} clusters; seen (off-diagonal, mean of the ${n - 1} models fitted with each cluster): ${[0, 1, 2].map((k) => labelled.reduce((a, _, at) => a + per(k as 0 | 1 | 2)(at), 0).toFixed(1)).join("/")}`);
console.log(`false conflicts per cluster, unseen → seen: ${names.map((s, at) => `${s} ${perModel[at][at].fp} → ${per(1)(at).toFixed(1)}`).join("  ")}`);
if (args.includes("--held")) {
  const held = heldoutDirs();
  const reports = held.map(loadReports);
  const ms = held.map((d, k) => figures(d, reports[k], extractedMentions(reports[k])));
  const rows = models.map((m) => held.reduce((a, d, k) => add(a, score(d, reports[k], ms[k], m)), [0, 0, 0]));
  const sum = rows.slice(0, n).reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
  console.log(`held-out (${held.length} stories, summed): per fold model ${rows.slice(0, n).map((r) => r.join("/")).join(" ")}; mean ${sum.map((x) => (x / n).toFixed(1)).join("/")}; ALL ${rows[n].join("/")}`);
}
