/**
 * Debug (not run by `npm run eval`): how well group-level evidence tells two finished groups of
 * one property apart from two groups of two properties, for a join pass after grouping (rival
 * values of one property, each grouped into its own agreeing fact). Groups are made from gold
 * mentions by the checked-in model (`--loco`: the dev clusters by a model fitted without each),
 * every pair of groups of one block is compared, and each candidate rule is counted: how many
 * pairs it joins that gold says are one fact (and of those, one conflicting fact) against how many
 * it joins that are two.
 *
 *   node --import tsx eval/_join.ts [--loco] [--only dev|read] [-v] [--dump file.jsonl]
 * @module
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { mostFact } from "../src/reconcile/train.js";
import { joinSets } from "./lib/join-sets.js";
import { joinEvidence, type JoinEvidence } from "../src/reconcile/join.js";

const args = process.argv.slice(2);
const loco = args.includes("--loco"), verbose = args.includes("-v");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const dumpTo = args.includes("--dump") ? args[args.indexOf("--dump") + 1] : null;

export interface Row extends JoinEvidence {
  root: string;
  story: string;
  same: boolean;
  goldConflict: boolean;
  agreeA: boolean;
  agreeB: boolean;
  what: string;
}

const rows: Row[] = [];
for (const { root, s, model, words, agree, blocks } of joinSets({ loco, only, dates: true })) {
  for (const gs of blocks)
    for (let a = 0; a < gs.length; a++)
      for (let b = a + 1; b < gs.length; b++) {
        const A = gs[a], B = gs[b];
        const fa = mostFact(A, s.fact), fb = mostFact(B, s.fact);
        if (fa === null && fb === null) continue;
        const e = joinEvidence(A, B, s.items, s.sides, words, model);
        if (!e) continue;
        const same = fa !== null && fa === fb;
        const show = (g: number[]) => g.slice(0, 3).map((i) => s.items[i].m.text).join(",") + (g.length > 3 ? "…" : "");
        rows.push({ ...e, root, story: basename(s.name), same, goldConflict: same && s.conflicts.has(fa!), agreeA: agree(A), agreeB: agree(B), what: `${fa}|${fb} ${show(A)} / ${show(B)}` });
      }
}
if (dumpTo) writeFileSync(dumpTo, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");

/**
 * The filters a join pass would put first, in turn: how many pairs of one gold conflict (values
 * apart: rivals) and of two gold facts are left after each; then, on the pairs left, how many each
 * threshold on the words-only mean (meanWords) or the group model's score (groupScore) joins.
 */
const filters: Array<[string, (r: Row) => boolean]> = [
  ["values apart", (r) => !r.meets],
  ["not dates", (r) => r.kind !== "date"],
  ["within a factor of 3", (r) => r.gap !== null && r.gap <= Math.log(3)],
  ["no rule sets a cross pair apart", (r) => r.ruleApart === 0],
  ["no report gives both as two things", (r) => !r.clash || r.contrasted || r.credited],
  ["each group agrees", (r) => r.agreeA && r.agreeB],
];
for (const root of ["dev", "read"]) {
  let rs = rows.filter((r) => r.root === root);
  if (!rs.length) continue;
  const count = (xs: Row[]) => `rivals of one conflict ${String(xs.filter((r) => r.goldConflict && !r.meets).length).padStart(3)}, one fact ${String(xs.filter((r) => r.same).length).padStart(3)}, two facts ${String(xs.filter((r) => !r.same).length).padStart(5)}`;
  console.log(`${root}: ${rs.length} group pairs of one block: ${count(rs)}`);
  for (const [name, keep] of filters) {
    rs = rs.filter(keep);
    console.log(`  ${`+ ${name}`.padEnd(40)} ${count(rs)}`);
  }
  for (const [name, key] of [["meanWords", (r: Row) => r.meanWords], ["groupScore", (r: Row) => r.groupScore]] as const)
    for (const t of [-1, 0, 1, 2, 3]) {
      const hit = rs.filter((r) => key(r) >= t);
      console.log(`    ${`${name} >= ${t}`.padEnd(38)} ${count(hit)}`);
      if (verbose) for (const r of hit) console.log(`      ${r.goldConflict ? "+" : r.same ? "=" : "-"} ${r.story.slice(0, 14)} ${r.what}`);
    }
}
