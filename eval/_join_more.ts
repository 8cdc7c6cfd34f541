/**
 * Debug (not run by `npm run eval`): candidate group-pair evidence for the join pass (join.ts),
 * beyond what joinEvidence reads, measured before anything is built. Groups are made as
 * eval/_join.ts makes them (gold mentions; `--loco`: the dev clusters by a model fitted without
 * each, eval/read by the checked-in model); every pair of groups of one block whose values lie
 * within a factor of 3 and do not meet, dates aside, is kept and each candidate is counted: how
 * many rival pairs (one gold conflict), pairs of one gold fact and pairs of two gold facts it holds.
 *
 * Candidates: the clause frame (the words right around the figure, same-language cross pairs),
 * one sentence holding a figure of each, time (the groups' reports interleave or follow each
 * other), how many other groups of the block share their counted noun or measure, each group's
 * best partner by the group model and the margin over its next best.
 *
 *   node --import tsx eval/_join_more.ts [--loco] [--only dev|read] [--dump file.jsonl]
 * @module
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { mostFact } from "../src/reconcile/train.js";
import { joinSets } from "./lib/join-sets.js";
import { joinEvidence, type JoinEvidence } from "../src/reconcile/join.js";
import { most } from "../src/reconcile/groups.js";
import type { Item } from "../src/reconcile/similarity.js";

const args = process.argv.slice(2);
const loco = args.includes("--loco");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const dumpTo = args.includes("--dump") ? args[args.indexOf("--dump") + 1] : null;

/** Word stems (first five letters, lowercase) of up to `n` words before and after the figure, in its sentence. */
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
function frame(it: Item, n = 3): { before: string[]; after: string[] } {
  const text = it.text ?? "";
  const [s0, s1] = it.m.sentence ?? [Math.max(0, it.m.start - 120), Math.min(text.length, it.m.end + 120)];
  const stem = (w: string) => w.toLowerCase().slice(0, /[\u3040-\u9fff\uac00-\ud7af]/.test(w) ? 2 : 5);
  const before = [...text.slice(s0, it.m.start).matchAll(WORD)].map((x) => stem(x[0])).filter((w) => w.length >= 2).slice(-n);
  const after = [...text.slice(it.m.end, s1).matchAll(WORD)].map((x) => stem(x[0])).filter((w) => w.length >= 2).slice(0, n);
  return { before, after };
}
const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a), B = new Set(b);
  let k = 0;
  for (const x of A) if (B.has(x)) k++;
  return A.size + B.size - k ? k / (A.size + B.size - k) : 0;
};
const day = (it: Item) => (it.published ? Date.parse(it.published.slice(0, 10)) / 864e5 : NaN);

interface More {
  /** same-language cross pairs read, the mean and most Jaccard of their frames (words before and after), the share whose next word is the same */
  framePairs: number;
  frameMean: number;
  frameMax: number;
  nextSame: number;
  prevSame: number;
  /** a sentence holds a figure of each */
  oneSentence: boolean;
  /** a report holding a figure of each marks one as set against another (f.contrast) */
  contrastShared: boolean;
  /** days: the groups' report dates overlap (min of one ≤ max of other both ways); all of one group's after all of the other's */
  interleave: boolean;
  sequential: boolean;
  /** share of members whose text says the figure moves (f.moving), the larger of the two groups' */
  moving: number;
  /** counted noun / measure most members of each name, the same; groups of the block (these two aside) naming it */
  sameNoun: boolean;
  nounOthers: number;
  /** this pair is each group's best by the group model; its margin over the next best of each (the smaller) */
  mutualBest: boolean;
  margin: number;
  /** median log value gap */
  logGap: number;
  /** word stems of the figure's sentence (five words either side) most members of one group in a language read and no member of the other in that language does (the speakers' words aside): how many */
  distinct: number;
  /** the languages both groups have two members in or more */
  distinctLangs: number;
}

interface Row extends JoinEvidence, More {
  root: string;
  story: string;
  same: boolean;
  goldConflict: boolean;
  agreeA: boolean;
  agreeB: boolean;
  what: string;
}

/** Word stems one group's members mostly read around their figures and the other group's never do, language by language (the credited speakers' words aside). */
function distinctWords(A: number[], B: number[], items: Item[], fOf: (i: number) => ReturnType<typeof frame>): { distinct: number; distinctLangs: number } {
  const langs = new Set(A.map((i) => items[i].lang ?? "?"));
  let distinct = 0, distinctLangs = 0;
  for (const l of langs) {
    const a = A.filter((i) => (items[i].lang ?? "?") === l), b = B.filter((i) => (items[i].lang ?? "?") === l);
    if (a.length < 2 || b.length < 1 || a.length + b.length < 3) continue;
    distinctLangs++;
    const speaker = new Set<string>();
    for (const i of [...a, ...b]) for (const w of (items[i].m.speaker ?? "").matchAll(WORD)) speaker.add(w[0].toLowerCase().slice(0, 5));
    const words = (g: number[]) => g.map((i) => new Set([...fOf(i).before, ...fOf(i).after].filter((w) => !speaker.has(w))));
    const wa = words(a), wb = words(b);
    const share = (ws: Set<string>[], w: string) => ws.filter((x) => x.has(w)).length / ws.length;
    for (const [x, y] of [[wa, wb], [wb, wa]] as const) {
      if (x.length < 2) continue;
      const seen = new Set<string>();
      for (const ws of x) for (const w of ws) if (!seen.has(w)) {
        seen.add(w);
        if (share(x, w) >= 2 / 3 && share(y, w) === 0) distinct++;
      }
    }
  }
  return { distinct, distinctLangs };
}

function more(A: number[], B: number[], items: Item[]): Omit<More, "mutualBest" | "margin" | "nounOthers" | "sameNoun" | "logGap"> {
  let n = 0, fs = 0, fm = 0, next = 0, prev = 0;
  const fr = new Map<number, ReturnType<typeof frame>>();
  const fOf = (i: number) => fr.get(i) ?? fr.set(i, frame(items[i], 5)).get(i)!;
  const cap = (g: number[]) => (g.length > 12 ? g.filter((_, k) => k % Math.ceil(g.length / 12) === 0) : g);
  for (const i of cap(A))
    for (const j of cap(B)) {
      if (items[i].lang !== items[j].lang) continue;
      const a = fOf(i), b = fOf(j);
      const s = jaccard([...a.before, ...a.after], [...b.before, ...b.after]);
      n++, (fs += s), (fm = Math.max(fm, s));
      if (a.after[0] && a.after[0] === b.after[0]) next++;
      if (a.before.at(-1) && a.before.at(-1) === b.before.at(-1)) prev++;
    }
  let oneSentence = false, contrastShared = false;
  for (const i of A)
    for (const j of B) {
      if (items[i].report !== items[j].report) continue;
      if (items[i].m.sentence && items[j].m.sentence && items[i].m.sentence![0] === items[j].m.sentence![0]) oneSentence = true;
      if (items[i].f.contrast || items[j].f.contrast) contrastShared = true;
    }
  const da = A.map((i) => day(items[i])).filter((x) => !Number.isNaN(x)), db = B.map((i) => day(items[i])).filter((x) => !Number.isNaN(x));
  const lo = (x: number[]) => Math.min(...x), hi = (x: number[]) => Math.max(...x);
  const interleave = !!(da.length && db.length) && lo(da) <= hi(db) && lo(db) <= hi(da);
  const sequential = !!(da.length && db.length) && (hi(da) < lo(db) || hi(db) < lo(da));
  const mv = (g: number[]) => g.filter((i) => items[i].f.moving).length / g.length;
  return { ...distinctWords(A, B, items, fOf), framePairs: n, frameMean: n ? fs / n : 0, frameMax: fm, nextSame: n ? next / n : 0, prevSame: n ? prev / n : 0, oneSentence, contrastShared, interleave, sequential, moving: Math.max(mv(A), mv(B)) };
}

const rows: Row[] = [];
for (const { root, s, model, words, agree, blocks } of joinSets({ loco, only, dates: false })) {
  const noun = (g: number[]) => most(g, (i) => s.items[i].f.counted ?? s.items[i].f.measure ?? null);
  for (const gs of blocks) {
    // every pair's evidence first (the group score of each pair, for each group's best and next best)
    const ev = new Map<string, JoinEvidence>();
    const top = gs.map(() => [-Infinity, -Infinity]);
    for (let a = 0; a < gs.length; a++)
      for (let b = a + 1; b < gs.length; b++) {
        const e = joinEvidence(gs[a], gs[b], s.items, s.sides, words, model)!;
        ev.set(`${a},${b}`, e);
        if (e.ruleApart > 0) continue;
        for (const k of [a, b]) {
          const t = top[k];
          if (e.groupScore > t[0]) (t[1] = t[0]), (t[0] = e.groupScore);
          else if (e.groupScore > t[1]) t[1] = e.groupScore;
        }
      }
    const nouns = gs.map(noun);
    for (let a = 0; a < gs.length; a++)
      for (let b = a + 1; b < gs.length; b++) {
        const A = gs[a], B = gs[b];
        const e = ev.get(`${a},${b}`)!;
        if (e.meets || e.gap === null || e.gap > Math.log(3)) continue;
        const fa = mostFact(A, s.fact), fb = mostFact(B, s.fact);
        if (fa === null && fb === null) continue;
        const same = fa !== null && fa === fb;
        const sc = e.groupScore;
        const next = (k: number) => (top[k][0] === sc ? top[k][1] : top[k][0]);
        const mutualBest = e.ruleApart === 0 && top[a][0] === sc && top[b][0] === sc;
        const sameNoun = !!nouns[a] && nouns[a] === nouns[b];
        const nounOthers = sameNoun ? nouns.filter((x, k) => k !== a && k !== b && x === nouns[a]).length : -1;
        const show = (g: number[]) => g.slice(0, 3).map((i) => s.items[i].m.text).join(",") + (g.length > 3 ? "…" : "");
        rows.push({
          ...e, ...more(A, B, s.items), mutualBest, margin: Math.min(sc - next(a), sc - next(b)), sameNoun, nounOthers, logGap: e.gap,
          root, story: basename(s.name), same, goldConflict: same && s.conflicts.has(fa!), agreeA: agree(A), agreeB: agree(B), what: `${fa}|${fb} ${show(A)} / ${show(B)}`,
        });
      }
  }
}
if (dumpTo) writeFileSync(dumpTo, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");

/** Each candidate as a test on a row: how many rival pairs, one-fact pairs and two-fact pairs it holds (no rule setting a cross pair apart). */
const tests: Array<[string, (r: Row) => boolean]> = [
  ["all", () => true],
  ["frameMean >= 0.2", (r) => r.frameMean >= 0.2],
  ["frameMax >= 0.5", (r) => r.frameMax >= 0.5],
  ["nextSame >= 0.5", (r) => r.nextSame >= 0.5],
  ["prevSame >= 0.3", (r) => r.prevSame >= 0.3],
  ["oneSentence", (r) => r.oneSentence],
  ["contrastShared", (r) => r.contrastShared],
  ["interleave", (r) => r.interleave],
  ["sequential", (r) => r.sequential],
  ["moving >= 0.5", (r) => r.moving >= 0.5],
  ["sameNoun", (r) => r.sameNoun],
  ["sameNoun, no other", (r) => r.sameNoun && r.nounOthers === 0],
  ["mutualBest", (r) => r.mutualBest],
  ["margin >= 1", (r) => r.margin >= 1],
  ["logGap <= 0.4", (r) => r.logGap <= 0.4],
  ["read in one language", (r) => r.distinctLangs > 0],
  ["no distinct word", (r) => r.distinctLangs > 0 && r.distinct === 0],
  ["distinct words <= 1", (r) => r.distinctLangs > 0 && r.distinct <= 1],
];
/** Graded candidates, larger read as more alike, for the AUC of one gold fact against two. */
const scales: Array<[string, (r: Row) => number]> = [
  ["groupScore", (r) => r.groupScore],
  ["meanWords", (r) => r.meanWords],
  ["margin", (r) => Math.max(-6, r.margin)],
  ["-logGap", (r) => -r.logGap],
  ["frameMean", (r) => r.frameMean],
  ["-distinct", (r) => -r.distinct],
  ["oneSentence", (r) => +r.oneSentence],
  ["contrastShared", (r) => +r.contrastShared],
  ["interleave", (r) => +r.interleave],
  ["moving", (r) => r.moving],
  ["sameNoun", (r) => +r.sameNoun],
];
/** Area under the ROC curve of `f` for one gold fact against two (ties count a half). */
function auc(rs: Row[], f: (r: Row) => number): number {
  const pos = rs.filter((r) => r.same).map(f), neg = rs.filter((r) => !r.same).map(f);
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? s / (pos.length * neg.length) : NaN;
}
for (const root of ["dev", "read"]) {
  const rs = rows.filter((r) => r.root === root && r.ruleApart === 0);
  if (!rs.length) continue;
  const count = (xs: Row[]) => `rivals ${String(xs.filter((r) => r.goldConflict).length).padStart(3)}  one fact ${String(xs.filter((r) => r.same && !r.goldConflict).length).padStart(3)}  two facts ${String(xs.filter((r) => !r.same).length).padStart(4)}`;
  console.log(`${root}: group pairs within a factor of 3, values apart, no rule apart`);
  for (const [name, t] of tests) console.log(`  ${name.padEnd(24)} ${count(rs.filter(t))}`);
  console.log("  AUC, one gold fact (rival or not) against two:");
  for (const [name, f] of scales) console.log(`    ${name.padEnd(22)} ${auc(rs, f).toFixed(3)}`);
}
