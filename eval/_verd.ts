/**
 * Verdict audit on unseen stories (not run by `npm run eval`): each story's GOLD facts judged as
 * given (no grouping), scored found/false/missed. For eval/heldout only the total is printed (never
 * a story's or a fact's); for eval/read each story's counts and the ids of the facts we get wrong.
 * `eval/_verd2.ts` shows a read story's facts member by member.
 *
 *   node --import tsx eval/_verd.ts
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { heldoutDirs, readDirs, trainingCluster } from "./facts.js";

for (const [kind, dirs] of [
  ["held", heldoutDirs()],
  ["read", readDirs()],
] as const) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const dir of dirs) {
    const c = trainingCluster(dir);
    const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
    const { facts } = reconcile({ reports: withCopies(c.reports), mentions: c.mentions, groups: gold.map((f) => f.members.map((m) => `${m.source}@${m.start}`)) });
    let a = 0,
      b = 0,
      d = 0;
    for (const g of gold) {
      const f = facts.find((p) => p.members.some((m) => m.source === g.members[0].source && m.start === g.members[0].start));
      if (!f) continue;
      const ours = f.verdict === "conflict",
        theirs = g.verdict === "conflict";
      if (ours && theirs) a++;
      else if (ours) {
        b++;
        if (kind === "read") console.log(`  FP ${basename(dir)} ${g.id} ours ${f.verdict}`);
      } else if (theirs) {
        d++;
        if (kind === "read") console.log(`  FN ${basename(dir)} ${g.id} ours ${f.verdict}`);
      }
    }
    if (kind === "read") console.log(`${kind} ${basename(dir)} ${a}/${b}/${d}`);
    tp += a;
    fp += b;
    fn += d;
  }
  console.log(`${kind} total ${tp}/${fp}/${fn}`);
}
