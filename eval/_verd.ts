/**
 * Verdict audit on unseen stories (not run by `npm run eval`): each story's GOLD facts judged as
 * given (no grouping), scored found/false/missed. For eval/heldout only the total is printed (never
 * a story's or a fact's); for eval/read each story's counts and the ids of the facts we get wrong.
 * `eval/_verdicts.ts --read` shows a read story's facts member by member.
 *
 *   node --import tsx eval/_verd.ts
 * @module
 */
import { basename } from "node:path";
import { heldoutDirs, judgedOnGold, readDirs } from "./facts.js";

for (const [kind, dirs] of [
  ["held", heldoutDirs()],
  ["read", readDirs()],
] as const) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const dir of dirs) {
    let a = 0,
      b = 0,
      d = 0;
    for (const { g, f } of judgedOnGold(dir).judged) {
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
