/**
 * Debug (not run by `npm run eval`): which pair features mean one thing in every story. Fits the
 * model on each leave-one-cluster-out training set and prints, per feature, its weight on all
 * clusters, its spread across folds, sign flips, and the cluster whose absence moves it most
 * (a weight owed to one story). With `--drop a,b` the named features are blanked (their column
 * zeroed before fitting, so they take no weight) and the whole gate is measured in one process:
 * LOCO from gold and extracted mentions (as eval/_quick.ts), the nine perturbed runs of
 * eval/_robust.ts base, the model fitted on all thirteen on them (as eval/_shipped.ts) and on
 * eval/heldout/* (both modes, as `eval/_shipped.ts [--gold] eval/heldout/*`), and on eval/read/* apart.
 *
 * `--corpus-only` trains and folds over the shared corpus's stories alone, without eval/clusters.
 *
 * `--with-read [a,b]` puts the stories of eval/read (every one, or those whose names hold one of
 * the given words) in training beside the thirteen, as `--corpus-only` sets the roots: every line
 * (LOCO, shipped, held-out) is then of that fit, LOCO's lines add each root's mean apart (the real
 * corpus's stories, ours, the read ones; `--by-root` prints them without it), and the read lines
 * score only the read stories left out.
 *
 * `--with-heldout` adds LOCO over every story, the held-out ones in training too (one fold at a
 * time, scored in-process from gold mentions): extra evidence of whether more stories help, never
 * the shipped fit.
 *
 * `--weigh figures`, `--effects`, `--no-signs`, `--no-monotone`, `--free` (neither signs nor
 * monotone, the fit shipped before 2026-12-05 22:45): fit the weights another way than the shipped
 * train.ts SHIPPED_FIT, for every model the run fits. `--nested`: every threshold judged on each
 * training cluster by weights fitted without it (train.ts `Procedure.nested`; not shipped, see
 * docs/measurements.md "The shipped fit against leave-one-out"). `--robust-merge`: the merge
 * threshold chosen as the group threshold is (train.ts `Procedure.merge`; not shipped). `--split`:
 * the split pass fitted too (src/reconcile/split.ts; train.ts `Procedure.split`; not shipped).
 *
 *   node --import tsx eval/_model.ts [--weights] [--drop f1,f2] [--l2 1] [--skip robust,loco,shipped,heldout] [--with-heldout] [--with-read [a,b]] [--corpus-only] [--robust-merge] [--split]
 * @module
 */
import { basename } from "node:path";
import { bcubed, conflictF1, fitModel, fitShipped, strayConflicts, trainingSet, type Procedure } from "../src/reconcile/train.js";
import { link } from "../src/reconcile/link.js";
import { FEATURES } from "../src/reconcile/pairs.js";
import type { Model } from "../src/reconcile/model.js";
import { clusterDirs, extractedMentions, goldMentions, heldoutDirs, loadReports, readDirs, scoreFacts, trainingCluster } from "./facts.js";
import { ROOTS } from "./lib/clusters.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const drop = new Set((opt("--drop") ?? "").split(",").filter(Boolean));
for (const f of drop) if (!(FEATURES as readonly string[]).includes(f)) throw new Error(`no feature ${f}`);
const l2base = Number(opt("--l2") ?? 1);
// `--shrink f1,f2 --shrink-l2 30`: a stronger ridge on the named features only
const shrink = new Set((opt("--shrink") ?? "").split(",").filter(Boolean));
// `--sparse K`: shrink every feature that tells pairs apart in fewer than K clusters (set on
// three pairs or more of one fact and three of two facts there): its weight is one story's
const sparseK = Number(opt("--sparse") ?? 0);
for (const f of shrink) if (!(FEATURES as readonly string[]).includes(f)) throw new Error(`no feature ${f}`);
const shrinkL2 = Number(opt("--shrink-l2") ?? 30);
const ridgeOf = (r: number): number | number[] => (shrink.size ? FEATURES.map((f) => (shrink.has(f) ? shrinkL2 : l2base) * r) : l2base * r);
const skip = new Set((opt("--skip") ?? "").split(","));
// a fitting procedure other than the shipped one (train.ts Procedure)
const how: Procedure = {
  weigh: opt("--weigh") === "figures" ? "figures" : "clusters",
  effects: args.includes("--effects"),
  signs: !args.includes("--free") && !args.includes("--no-signs"),
  monotone: !args.includes("--free") && !args.includes("--no-monotone"),
  stray: args.includes("--stray"),
  nested: args.includes("--nested"),
  merge: args.includes("--robust-merge") ? "robust" : "best",
  split: args.includes("--split"),
};

// `--with-read`: the read stories join training (all, or those named after the flag)
const withRead = args.includes("--with-read");
const readPick = withRead && args[args.indexOf("--with-read") + 1] && !args[args.indexOf("--with-read") + 1].startsWith("--") ? args[args.indexOf("--with-read") + 1].split(",") : [];
const inTraining = (d: string) => withRead && (!readPick.length || readPick.some((w) => basename(d).includes(w)));
const labelled = [...clusterDirs([], args.includes("--corpus-only")), ...readDirs().filter(inTraining)];
if (withRead) console.log(`read stories in training: ${labelled.filter((d) => d.startsWith(ROOTS.read)).map((d) => basename(d)).join(", ")}`);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
const n = sets.length;
if (sparseK) {
  FEATURES.forEach((f, j) => {
    let k = 0;
    for (const s of sets) {
      let on1 = 0, on0 = 0;
      s.X.forEach((x, i) => x[j] && (s.y[i] ? on1++ : on0++));
      if (on1 >= 3 && on0 >= 3) k++;
    }
    if (k < sparseK) shrink.add(f);
  });
  console.log(`sparse < ${sparseK} clusters: ${[...shrink].join(",")}`);
}
const l2 = ridgeOf(1);
const cols = FEATURES.map((f, j) => (drop.has(f) ? j : -1)).filter((j) => j >= 0);
for (const s of sets) for (const x of s.X) for (const j of cols) x[j] = 0;
const short = (at: number) => basename(labelled[at]).slice(0, 8);
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

if (args.includes("--odds")) {
  // per cluster, how much a feature (present against absent; above its median for a graded one)
  // raises the odds that a pair is one fact: a feature that means one thing in every story
  // raises or lowers them everywhere; one whose sign turns with the story is a proxy
  console.log(`log odds ratio per cluster (${sets.map((s) => s.name.slice(0, 6)).join(" ")})`);
  FEATURES.forEach((f, j) => {
    const all = sets.flatMap((s) => s.X.map((x) => x[j]));
    if (!all.some((v) => v)) return;
    const sorted = all.filter((v) => v).sort((a, b) => a - b);
    const cut = all.every((v) => v === 0 || v === 1) ? 0.5 : sorted[sorted.length >> 1];
    const lors = sets.map((s) => {
      const c = [0.5, 0.5, 0.5, 0.5];
      s.X.forEach((x, i) => c[(x[j] >= cut ? 2 : 0) + s.y[i]]++);
      // too few pairs on either side (of one fact, or not) say nothing
      return Math.min(c[0], c[1], c[2], c[3]) < 3 ? Number.NaN : Math.log((c[3] * c[0]) / (c[2] * c[1]));
    });
    const pos = lors.filter((v) => v > 0.3).length, neg = lors.filter((v) => v < -0.3).length;
    console.log(`  ${f.padEnd(16)} ${lors.map((v) => (Number.isNaN(v) ? "." : v.toFixed(1)).padStart(5)).join(" ")}  ${pos}+ ${neg}-${pos && neg ? "  MIXED" : ""}`);
  });
  process.exit(0);
}

const thresholds = (m: Model) => `${m.merge}/${m.attach?.threshold ?? "-"}/${m.groups?.threshold ?? "-"}/${m.trust ?? "-"}`;
const t0 = performance.now();
// the leave-one-out fits, only when something reads them (the held-out gate alone needs the fit on all)
const needFolds = !skip.has("loco") || !skip.has("robust") || args.includes("--weights") || args.includes("--with-heldout");
const folds = needFolds ? sets.map((_, at) => fitModel(sets.filter((_, k) => k !== at), { l2, ...how })) : [];
// the fit on all as shipped: its thresholds the folds' median (train.ts fitShipped)
const all = fitShipped(sets, { l2, ...how }, needFolds ? folds : undefined);
console.log(`${JSON.stringify(how)} drop [${[...drop].join(",")}] l2 ${l2base} shrink [${[...shrink].join(",")}] at ${shrinkL2}; thresholds (merge/attach/group/trust) per fold ${folds.map(thresholds).join(" ")}; all ${thresholds(all)}`);

if (args.includes("--weights")) {
  for (const [which, get] of [["main", (m: Model) => m.weights], ["words", (m: Model) => m.attach?.weights ?? m.weights]] as const) {
    console.log(`\n${which} model: feature, all, fold mean ± sd, min..max, sign flips, most moved by leaving out (Δ)`);
    FEATURES.forEach((f, j) => {
      if (drop.has(f)) return;
      const ws = folds.map((m) => get(m)[j]);
      const a = get(all)[j];
      const flips = ws.some((w) => w > 0.05) && ws.some((w) => w < -0.05) ? "FLIP" : "";
      const moves = ws.map((w, at) => [at, w - a] as const).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
      console.log(`  ${f.padEnd(16)} ${a.toFixed(2).padStart(6)}  ${mean(ws).toFixed(2).padStart(6)} ± ${sd(ws).toFixed(2).padEnd(5)} ${Math.min(...ws).toFixed(2).padStart(6)}..${Math.max(...ws).toFixed(2).padEnd(6)} ${flips.padEnd(4)} ${moves.slice(0, 2).map(([at, d]) => `${short(at)} ${d >= 0 ? "+" : ""}${d.toFixed(2)}`).join(", ")}`);
    });
  }
}

type Score = { bcubed: { F1: number }; conflicts: { tp: number; fp: number; fn: number; F1: number } };
const line = (label: string, names: string[], rs: Score[]) => {
  let b = 0, c = 0, tp = 0, fp = 0, fn = 0;
  for (const r of rs) (b += r.bcubed.F1 / rs.length), (c += r.conflicts.F1 / rs.length), (tp += r.conflicts.tp), (fp += r.conflicts.fp), (fn += r.conflicts.fn);
  console.log(`${label.padEnd(10)} ${rs.map((r, k) => `${names[k].slice(0, 8)} ${r.bcubed.F1.toFixed(2)}/${r.conflicts.F1.toFixed(2)} (${r.conflicts.tp}/${r.conflicts.fp}/${r.conflicts.fn})`).join("  ")}`);
  console.log(`${"".padEnd(10)} mean ${b.toFixed(4)}/${c.toFixed(4)}  micro ${tp}/${fp}/${fn}`);
};
const names = labelled.map((d) => basename(d));
// each root's stories apart (with `--with-read`): do written stories in training help the real ones?
const byRoot = (rs: Score[]) => {
  if (!withRead && !args.includes("--by-root")) return;
  for (const [root, dir] of Object.entries(ROOTS)) {
    const at = labelled.map((d, k) => (d.startsWith(dir + "/") ? k : -1)).filter((k) => k >= 0);
    if (!at.length) continue;
    let b = 0, c = 0, tp = 0, fp = 0, fn = 0;
    for (const k of at) (b += rs[k].bcubed.F1 / at.length), (c += rs[k].conflicts.F1 / at.length), (tp += rs[k].conflicts.tp), (fp += rs[k].conflicts.fp), (fn += rs[k].conflicts.fn);
    console.log(`${"".padEnd(10)} ${`${root} ${at.length}`.padEnd(11)} mean ${b.toFixed(4)}/${c.toFixed(4)}  micro ${tp}/${fp}/${fn}`);
  }
};
if (!skip.has("loco")) {
  const gold = folds.map((m, at) => JSON.parse(scoreFacts(labelled[at], clusters[at].reports, clusters[at].mentions, ["--json"], m).out));
  line("gold", names, gold);
  byRoot(gold);
  const own = folds.map((m, at) => JSON.parse(scoreFacts(labelled[at], clusters[at].reports, extractedMentions(clusters[at].reports), ["--json"], m).out));
  line("extracted", names, own);
  byRoot(own);
}
if (!skip.has("loco")) {
  // conflicts the scorer never sees: on groups of figures that no gold fact holds two of
  const st = folds.map((m, at) => strayConflicts(link(sets[at].items, sets[at].props, m, sets[at].texts), sets[at], m));
  console.log(`stray      ${st.map((k, at) => `${short(at)} ${k}`).join("  ")}  total ${st.reduce((a, k) => a + k, 0)} (LOCO, gold figures)`);
}
if (!skip.has("shipped")) {
  const own = labelled.map((d, at) => JSON.parse(scoreFacts(d, clusters[at].reports, extractedMentions(clusters[at].reports), ["--json"], all).out));
  line("shipped", names, own);
  byRoot(own);
}
if (!skip.has("heldout")) {
  const held = heldoutDirs();
  const reports = held.map(loadReports);
  line("held ext", held.map((d) => basename(d)), held.map((d, k) => JSON.parse(scoreFacts(d, reports[k], extractedMentions(reports[k]), ["--json"], all).out)));
  line("held gold", held.map((d) => basename(d)), held.map((d, k) => JSON.parse(scoreFacts(d, reports[k], goldMentions(d, reports[k]), ["--json"], all).out)));
  // out of every fit too, but their misses were read: no clean estimate, so on lines of their own
  const read = readDirs().filter((d) => !inTraining(d));
  const rr = read.map(loadReports);
  if (read.length) {
    line("read ext", read.map((d) => basename(d)), read.map((d, k) => JSON.parse(scoreFacts(d, rr[k], extractedMentions(rr[k]), ["--json"], all).out)));
    line("read gold", read.map((d) => basename(d)), read.map((d, k) => JSON.parse(scoreFacts(d, rr[k], goldMentions(d, rr[k]), ["--json"], all).out)));
  }
}
if (!skip.has("robust")) {
  // eval/_robust.ts base: ridge 0.9/1/1.1 times, and one more training cluster left out (none, next, third next)
  const samples: Array<{ b: number; c: number }> = [];
  for (const r of [0.9, 1, 1.1])
    for (const more of [0, 1, 3]) {
      let b = 0, c = 0;
      for (let at = 0; at < n; at++) {
        const out = more ? (at + more) % n : -1;
        const model = r === 1 && !more ? folds[at] : fitModel(sets.filter((_, k) => k !== at && k !== out), { l2: ridgeOf(r), ...how });
        const s = sets[at];
        const groups = link(s.items, s.props, model, s.texts);
        b += bcubed(groups, s.fact) / n;
        c += conflictF1(groups, s, model) / n;
      }
      samples.push({ b, c });
    }
  const cs = samples.map((x) => x.c), bs = samples.map((x) => x.b);
  console.log(`robust     conflict F1 ${mean(cs).toFixed(4)} ± ${sd(cs).toFixed(4)}  B-cubed ${mean(bs).toFixed(4)}  samples ${cs.map((x) => x.toFixed(3)).join(" ")}`);
}
if (args.includes("--with-heldout")) {
  // LOCO over every story (extra evidence, never the shipped fit): the held-out stories join
  // training one fold at a time; does the model still gain from stories of new kinds?
  const held = trainingSet(heldoutDirs().map(trainingCluster));
  for (const s of held) for (const x of s.X) for (const j of cols) x[j] = 0;
  const every = [...sets, ...held];
  const cs: number[] = [], bs: number[] = [];
  for (let at = 0; at < every.length; at++) {
    const model = fitModel(every.filter((_, k) => k !== at), { l2, ...how });
    const s = every[at];
    const groups = link(s.items, s.props, model, s.texts);
    bs.push(bcubed(groups, s.fact));
    cs.push(conflictF1(groups, s, model));
  }
  if (args.includes("--weights")) {
    // what the new stories pull: the fit on every story against the fit on the training ones
    const allStories = fitModel(every, { l2, ...how });
    for (const [which, get] of [["main", (m: Model) => m.weights], ["words", (m: Model) => m.attach?.weights ?? m.weights]] as const) {
      const d = FEATURES.map((f, j) => [f, get(all)[j], get(allStories)[j]] as const).sort((a, b) => Math.abs(b[2] - b[1]) - Math.abs(a[2] - a[1]));
      console.log(`${which}, fit on ${n} -> ${every.length}: ${d.slice(0, 10).map(([f, a, b]) => `${f} ${a.toFixed(2)} -> ${b.toFixed(2)}`).join(", ")}`);
    }
    console.log(`thresholds on ${every.length}: ${thresholds(allStories)}`);
  }
  console.log(`every      ${every.map((s, k) => `${s.name.slice(0, 8)} ${bs[k].toFixed(2)}/${cs[k].toFixed(2)}`).join("  ")}`);
  console.log(`           the ${n}: ${mean(bs.slice(0, n)).toFixed(4)}/${mean(cs.slice(0, n)).toFixed(4)} (LOCO over ${n}: ${mean(folds.map((m, at) => bcubed(link(sets[at].items, sets[at].props, m, sets[at].texts), sets[at].fact))).toFixed(4)}/${mean(folds.map((m, at) => conflictF1(link(sets[at].items, sets[at].props, m, sets[at].texts), sets[at], m))).toFixed(4)})  the held-out ${held.length}: ${mean(bs.slice(n)).toFixed(4)}/${mean(cs.slice(n)).toFixed(4)}  all ${every.length}: ${mean(bs).toFixed(4)}/${mean(cs).toFixed(4)}`);
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
