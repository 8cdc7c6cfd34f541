/**
 * Verdict audit (not run by `npm run eval`): each cluster's GOLD facts judged as given (no
 * grouping), so verdict-rule errors show apart from grouping errors. Prints each gold fact whose
 * verdict we get wrong, with its members' values, outlets and times.
 *
 * `--read`: the eval/read stories instead of the labelled ones (never eval/heldout: eval/_verd.ts
 * prints only its totals).
 *
 *   node --import tsx eval/_verdicts.ts [CLUSTER_NAME_SUBSTRING...] [--all] [--read]
 * @module
 */
import { basename } from "node:path";
import { clusterDirs, judgedOnGold, readDirs } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
let tp = 0, fp = 0, fn = 0;
for (const dir of args.includes("--read") ? readDirs() : clusterDirs([])) {
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const { c, judged } = judgedOnGold(dir);
  const text = new Map(c.reports.map((r) => [r.id, r.text]));
  console.log(`\n======== ${basename(dir)}`);
  for (const { g, f } of judged) {
    const ours = f.verdict === "conflict", theirs = g.verdict === "conflict";
    if (ours && theirs) tp++;
    else if (ours) fp++;
    else if (theirs) fn++;
    if (ours === theirs && !args.includes("--all")) continue;
    console.log(`\n[${ours === theirs ? "ok" : ours ? "FP" : "FN"}] ${g.id}: gold ${g.verdict}, ours ${f.verdict}`);
    f.members.forEach((m, k) => {
      const t = text.get(m.source) ?? "";
      const ctx = (t.slice(Math.max(0, m.start - 70), m.start) + "[[" + m.text + "]]" + t.slice(m.end, m.end + 40)).replace(/\s+/g, " ");
      console.log(`  ${k} ${m.source} ${m.origin.padEnd(28).slice(0, 28)} ${m.time?.date ?? "-"}${m.time?.earlier ? "E" : " "} [${m.interval?.low ?? "?"},${m.interval?.high ?? "?"}] ${ctx}`);
    });
    const r = f.reason;
    if (r?.verdict === "conflict") console.log(`  disagree: ${r.disagreements.map((d) => `${d.a}-${d.b}${d.fixed ? "F" : ""}`).join(" ")}`);
    if (r && "revisions" in r && r.revisions?.length) console.log(`  revisions: ${r.revisions.map((d) => `${d.from}->${d.to}:${d.why}`).join(" ")}`);
  }
}
console.log(`\nverdicts on gold groups: tp ${tp} fp ${fp} fn ${fn} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
