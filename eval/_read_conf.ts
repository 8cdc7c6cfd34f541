/**
 * Debug (not run by `npm run eval`): the conflicts of one eval/read story under the shipped model
 * (fitted on every labelled cluster), gold mentions or extracted: each gold conflict with the
 * predicted fact that holds its first member and that fact's verdict, and each predicted conflict
 * with its members. Never for eval/heldout.
 *
 *   node --import tsx eval/_read_conf.ts STORY_SUBSTRING [--extracted]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { fitShipped, reconcile, trainingSet } from "../src/reconcile/index.js";
import { clusterDirs, extractedMentions, goldMentions, loadReports, readDirs, trainingCluster } from "./facts.js";

const name = process.argv[2] ?? "";
const model = fitShipped(trainingSet(clusterDirs([]).map(trainingCluster)));
for (const dir of readDirs().filter((d) => basename(d).includes(name))) {
  const reports = loadReports(dir);
  const mentions = process.argv.includes("--extracted") ? extractedMentions(reports) : goldMentions(dir, reports);
  const { facts } = reconcile({ reports: withCopies(reports), mentions, model });
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const show = (f: (typeof facts)[number]) => f.members.map((m) => `${m.source}:${m.text}@${m.time?.date ?? "-"}${m.time?.earlier ? "E" : ""}`).join(", ");
  for (const g of gold.filter((g) => g.verdict === "conflict")) {
    const f = facts.find((p) => p.members.some((m) => m.source === g.members[0].source && m.start === g.members[0].start));
    console.log(`gold conflict ${g.id}: ours ${f?.verdict ?? "none"} :: ${f ? show(f) : ""}`);
    if (f?.reason) console.log(`   ${JSON.stringify(f.reason).slice(0, 300)}`);
  }
  for (const f of facts.filter((f) => f.verdict === "conflict")) console.log(`ours conflict ${f.about ?? f.id} :: ${show(f)}`);
}
