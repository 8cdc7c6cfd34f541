/**
 * How close incremental upkeep (src/reconcile/update.ts) stays to a full reconcile: per cluster,
 * reconcile all but the last k reports (kept state), add those one by one with `update`, and
 * compare with one full `reconcile` of everything: B-cubed of the incremental grouping against the
 * full one, and the share of figures whose fact has the same verdict in both.
 *
 *   node --import tsx eval/incremental.ts [--k=3] [--synthetic=2000] [CLUSTER_DIR...]
 * @module
 */
import { withCopies } from "../src/app/copies.js";
import type { Report } from "../src/types.js";
import { synthetic } from "../bench/lib/synthetic.js";
import { extract } from "../src/extract/index.js";
import { clusterDirs, extractedMentions, loadReports } from "./facts.js";
import { compareIncremental } from "./lib/incremental.js";

const args = process.argv.slice(2);
const k = Number(args.find((a) => a.startsWith("--k="))?.slice(4) ?? 3);
const synth = Number(args.find((a) => a.startsWith("--synthetic="))?.slice(12) ?? 0);
const dirs = args.filter((a) => !a.startsWith("--"));

const rows: Array<{ name: string; r: ReturnType<typeof compareIncremental> }> = [];
for (const dir of synth ? [] : clusterDirs(dirs)) {
  const reports = withCopies(loadReports(dir));
  rows.push({ name: dir.split("/").pop()!, r: compareIncremental(reports, extractedMentions(reports), k) });
}
if (synth) {
  const reports: Report[] = withCopies(synthetic(synth));
  const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));
  rows.push({ name: `synthetic ${synth}`, r: compareIncremental(reports, mentions, k) });
}
const f = (x: number) => x.toFixed(3);
console.log(`last ${k} reports added one by one, against one full reconcile:`);
console.log("(floor: the full run of all but the last k against the full run of all: how far a full run itself moves)");
console.log("cluster".padEnd(34), "figures  B3-P   B3-R   B3-F1  verdicts  floor F1/verdicts  updates (fallbacks)  ms full/update");
for (const { name, r } of rows)
  console.log(name.padEnd(34), String(r.figures).padStart(7), f(r.precision), f(r.recall), f(r.f1), ` ${f(r.verdicts)}  `, `${f(r.floorF1)}/${f(r.floorVerdicts)}`.padStart(17), `${r.updates} (${r.fallbacks})`.padStart(12), `${Math.round(r.fullMs)}/${Math.round(r.updateMs)}`.padStart(15));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
if (rows.length > 1) console.log("mean".padEnd(34), "".padStart(7), f(mean(rows.map((x) => x.r.precision))), f(mean(rows.map((x) => x.r.recall))), f(mean(rows.map((x) => x.r.f1))), ` ${f(mean(rows.map((x) => x.r.verdicts)))}  `, `${f(mean(rows.map((x) => x.r.floorF1)))}/${f(mean(rows.map((x) => x.r.floorVerdicts)))}`.padStart(17));
