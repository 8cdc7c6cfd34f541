/**
 * What an incremental update reads of a kept member (update.ts, from its fact and upkeep state)
 * against what a full run judged of it (judge.ts judgedOf): per Judged field, how many members
 * of the corpus clusters (or the clusters named) differ, and an example of each.
 *
 *   node --import tsx eval/_kept.ts [CLUSTER_DIR...]
 * @module
 */
import { withCopies } from "../src/app/copies.js";
import { clusterDirs, extractedMentions, loadReports } from "./facts.js";
import { keptDiffs } from "./lib/kept.js";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const total = new Map<string, { n: number; example: string }>();
let members = 0;
for (const dir of clusterDirs(dirs)) {
  const reports = withCopies(loadReports(dir));
  const r = keptDiffs(reports, extractedMentions(reports));
  members += r.members;
  for (const [field, d] of r.differ) {
    const t = total.get(field) ?? total.set(field, { n: 0, example: `${dir.split("/").pop()} ${d.example}` }).get(field)!;
    t.n += d.n;
  }
}
console.log(`${members} kept members`);
for (const [field, d] of [...total].sort((a, b) => b[1].n - a[1].n)) console.log(field.padEnd(14), String(d.n).padStart(5), " ", d.example);
if (!total.size) console.log("every field the verdict reads is kept");
