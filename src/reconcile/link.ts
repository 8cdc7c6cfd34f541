/**
 * Grouping figures into facts with the learned model: conversion pairs first ("850 m (2,789
 * ft)"), then candidate pairs within each block (one dimension: never across), kept when their
 * log-odds reach `model.link`, strongest first; two groups merge when the mean log-odds over a
 * spread of their cross pairs reaches `model.merge` (average linkage). Blocks and candidate
 * lists keep the work near-linear (cluster.ts candidatePairs).
 * @module
 */
import { blockOf, valueGap } from "./values.js";
import { candidatePairs, conversions, glosses, languagePairs, lonePairs, PairList, spread } from "./cluster.js";
import { idSpan, Pinned, type Item } from "./similarity.js";
import type { Prop } from "./property.js";
import { changeApart, comparison, farApart, FEATURES, measuresDiffer, neverOneFact, pairFeatures, partApart, periodApart, placesDiffer, sidesOf, VALUE_FEATURES, type Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { meet } from "./interval.js";
import { speakerKey } from "./origins.js";
import { twoVoices } from "./verdict.js";
import { CONTRAST } from "./features.js";
import { SAID_EVENT } from "./own-clause.js";
import { attributesApart, groupFeatures, pooledOf, type Pooled } from "./groups.js";
import { deadlineAgainstSettled, deadlineOf, eventAgainstNone, partOf, partsApart, stateAgainstToll, stateOf, tollAgainstPlaces } from "./roles.js";
import { localeFor } from "./locale.js";

/**
 * The log-odds of a pair never one fact. A constant, not `-Infinity` written where it is returned:
 * that is a negation, which the scorers first met at the first such pair, after they were
 * optimized, and threw their code away.
 */
const NEVER = Number.NEGATIVE_INFINITY;

/** Each figure keeps at most this many of its strongest candidate links. */
const NEIGHBOURS = 10;

/** What an incremental update (update.ts) links: facts kept from before, and the figures new since. */
export interface Seeded {
  /** groups joined before anything is linked: the kept facts (or a sample of each) */
  seeds: number[][];
  /** per seed: true when it is only a sample of its fact (two such never merge: their spread is not the fact's) */
  sampled: boolean[];
  /** the new figures: only pairs with one of them are tried (the kept facts were linked before) */
  fresh: Uint8Array;
}

/**
 * Whether a group holds a sampled seed: two such never merge (a new figure joins at most one
 * kept fact known by a sample), as a merge judged on samples is not judged on the facts. Null
 * without seeds.
 */
function seedMarks(n: number, seeded?: Seeded): Uint8Array | null {
  if (!seeded) return null;
  const marks = new Uint8Array(n);
  seeded.seeds.forEach((g, k) => {
    if (seeded.sampled[k]) for (const i of g) marks[i] = 1;
  });
  return marks;
}

/** Keeps the candidate pairs with a new figure in them. */
function onlyFresh(cps: PairList, fresh: Uint8Array): void {
  cps.filter((a, b) => !!(fresh[a] || fresh[b]));
}

/** Receives each pair of groups the group pass compares (members of each, and their comparison): how train.ts gathers its examples. */
export type GroupPairs = (A: number[], B: number[], x: Float64Array) => void;

/**
 * `sides`: the figures' sides (pairs.ts sidesOf), when the caller has them already; `seeded`: an
 * update's kept facts and new figures; `collect`: receives the group pass's comparisons.
 */
export function link(items: Item[], props: Prop[], model: Model, texts: string[], sides: Side[] = sidesOf(items, props), seeded?: Seeded, collect?: GroupPairs): number[][] {
  const n = items.length;
  // loops, not Array.from with a callback or forEach: link runs once, so its own loops run in
  // the interpreter, and a callback per figure made them slower still
  const parent: number[] = [];
  const members: Array<number[] | null> = [];
  for (let i = 0; i < n; i++) parent.push(i), members.push([i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // per group of two or more: its members by report, for the one-report check (clash) on merging
  // (a lone figure has none: its report is its item's)
  const byReport: Array<Map<number, number[]> | null> = new Array(n).fill(null);
  const reportsOf = (r: number) => byReport[r] ?? new Map([[items[r].report, [r]]]);
  const seeds = seedMarks(n, seeded);
  // set once the seeds are joined: from then on two sampled seeds never merge
  let sealed = false;
  const join = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    if (seeds) {
      if (sealed && seeds[ra] && seeds[rb]) return;
      seeds[ra] = seeds[rb] = seeds[ra] | seeds[rb];
    }
    // the larger group absorbs the smaller, so merging stays near-linear
    const first = members[ra]!.length >= members[rb]!.length;
    const keep = first ? ra : rb, drop = first ? rb : ra;
    parent[drop] = keep;
    const km = members[keep]!;
    const dm = members[drop]!;
    for (let q = 0; q < dm.length; q++) km.push(dm[q]);
    members[drop] = null;
    const kr = (byReport[keep] ??= reportsOf(keep));
    const dr = byReport[drop];
    // a lone figure goes in as it is (no map made for it); forEach, not for…of: no entry array per report on every merge
    if (!dr) {
      const into = kr.get(items[drop].report);
      if (into) into.push(drop);
      else kr.set(items[drop].report, [drop]);
    } else
      dr.forEach((list, r) => {
        const into = kr.get(r);
        if (into) for (const x of list) into.push(x);
        else kr.set(r, list);
      });
    byReport[drop] = null;
  };
  /** Groups `ra` and `rb` hold two figures of one report that disagree: they state two facts (or two sampled kept facts). */
  const clashes = (ra: number, rb: number, voices: Voices = false): boolean => {
    if (seeds && sealed && seeds[ra] && seeds[rb]) return true;
    const A = byReport[ra], B = byReport[rb];
    // lone figures (most checks): look their one report up in the other group
    if (!A || !B) {
      const lone = A ? rb : ra, other = A ? ra : rb, ys = A ?? B;
      if (!ys) return clash(items[lone], items[other], voices);
      for (const y of ys.get(items[lone].report) ?? []) if (clash(items[lone], items[y], voices)) return true;
      return false;
    }
    const small = A.size <= B.size ? A : B, large = A.size <= B.size ? B : A;
    let hit = false;
    small.forEach((xs, r) => {
      const ys = hit ? undefined : large.get(r);
      if (!ys) return;
      for (const x of xs)
        for (const y of ys)
          if (clash(items[x], items[y], voices)) {
            hit = true;
            return;
          }
    });
    return hit;
  };
  if (seeded) for (const g of seeded.seeds) for (let k = 1; k < g.length; k++) join(g[0], g[k]);
  sealed = true;
  conversions(items, texts, join);
  const gloss = glosses(items, texts);
  const x = new Float64Array(FEATURES.length);

  const blocks = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = blockOf(items[i].m);
    const list = blocks.get(k);
    if (list) list.push(i);
    else blocks.set(k, [i]);
  }
  const list = new PairList();
  const at = new Int32Array(n);
  const pinned = { vec: new Pinned(idSpan(sides.map((s) => s.vec))), lab: new Pinned(idSpan(sides.map((s) => s.lab))) };
  // a merge check scores each of a few members of one group against a few of the other: the first is pinned
  const score = (i: number, j: number) => {
    const a = sides[i], b = sides[j];
    // amounts of two periods are never one fact (period.ts)
    if (neverOneFact(a, b)) return NEVER;
    pinned.vec.pin(a.vec);
    if (a.lab) pinned.lab.pin(a.lab);
    return logit(model, comparison(a, b, pinned.vec.dot(b.vec), a.lab && b.lab ? pinned.lab.dot(b.lab) : 0, x));
  };
  const refused = new Map<number, number>();
  // the attaching pass's scorer, made once for every block (a closure made per block threw the
  // pass's optimized code away at each new block)
  const words = model.attach ? wordsOnly(model.attach, sides) : null;
  const gw = model.attach && (model.groups || collect) ? groupWords(items, sides, model.attach) : null;
  // whether each figure is a part of a whole, each count of people in hospital, each date a deadline (roles.ts), read when the group pass first asks
  const part = askedOnce(items, texts, partOf), deadline = askedOnce(items, texts, deadlineOf), state = askedOnce(items, texts, stateOf);
  // a group's size, for the attaching pass: one function for every block (one made per block was
  // another call target at each, and threw the pass's optimized code away)
  const sizeOf = (i: number) => members[find(i)]!.length;
  // blocks share no group, link or candidate: each is grouped on its own, first to last
  for (const key of [...blocks.keys()].sort()) {
    const block = blocks.get(key)!;
    list.n = 0;
    candidatePairs(block, items, list);
    if (seeded) onlyFresh(list, seeded.fresh);
    list.filter((a, b) => !gloss[a] && !gloss[b]);
    const cps = list.view();
    for (let k = 0; k < block.length; k++) at[block[k]] = k;
    const from = new Int32Array(block.length + 1);
    const byA = byFirst(cps, block.length, at, from);
    const es = scoreCandidates(cps, block.length, from, byA, sides, model, x, pinned);
    const order = strongestFirst(cps, es, model.link, block.length, at);
    const pairs: BlockPairs = { cps, es, from, byA, at, block };
    linkStrongest(order, pairs, model.merge, members, refused, find, join, clashes, score);
    if (model.attach) {
      // a large block's lone figures are tried against the largest groups of their words too,
      // whatever their values (cluster.ts lonePairs), and against the figures of their measure
      // and near value in the block's other languages (languagePairs); appended to the candidates
      // for this pass only (the candidates found first keep their place: each appended pair
      // passes these filters or is dropped, and the group pass reads `cps` as it was)
      const mark = list.n;
      lonePairs(block, items, sizeOf, find, list);
      languagePairs(block, items, list);
      if (seeded) onlyFresh(list, seeded.fresh);
      list.filter((a, b) => !gloss[a] && !gloss[b]);
      attach(model.attach, list.view(), words!, members, find, join, clashes);
      list.n = mark;
    }
    if (gw) mergeGroups(cps, sides, items, members, find, join, clashes, gw, model.groups ?? null, collect, part, deadline, state);
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (members[i]) groups.push(members[i]!.slice().sort(ascending));
  return groups.sort((p, q) => p[0] - q[0]);
}

const ascending = (p: number, q: number) => p - q;

/** A test of a figure in its report's text and language, asked of each figure once, when first asked (-1: not asked yet). */
function askedOnce(items: Item[], texts: string[], test: (text: string, m: Item["m"], language: string | null | undefined) => boolean): (i: number) => boolean {
  const flags = new Int8Array(items.length).fill(-1);
  return (i) => (flags[i] >= 0 ? flags[i] : (flags[i] = test(texts[items[i].report] ?? "", items[i].m, items[i].lang) ? 1 : 0)) === 1;
}

/** A block's candidate pairs (flat), their log-odds, and where each figure's pairs lie (byFirst). */
interface BlockPairs {
  cps: Int32Array;
  es: Float64Array;
  from: Int32Array;
  byA: Int32Array;
  at: Int32Array;
  block: number[];
}

/**
 * The first pass over a block: its links tried strongest first (`order`), two groups joined when
 * the mean log-odds of a spread of their cross pairs reaches `merge`. A function of its own: as
 * a loop of `link`, it had `link` optimized on the stack (the whole of it, with all it inlines),
 * and that code, reaching the passes after the loop untried, was thrown away at the first blocks.
 */
function linkStrongest(
  order: Float64Array, p: BlockPairs, merge: number, members: Array<number[] | null>, refused: Map<number, number>,
  find: (i: number) => number, join: (a: number, b: number) => void, clashes: (x: number, y: number) => boolean, score: (i: number, j: number) => number,
): void {
  const { cps, es } = p;
  const n = members.length;
  // indexed, not for…of: a first run iterates in unoptimized code, where each step is an object
  for (let q = 0; q < order.length; q++) {
    const e = order[q];
    const a = cps[2 * e], b = cps[2 * e + 1];
    const fa = find(a), fb = find(b);
    if (fa === fb) continue;
    // smaller root first (not swapped by destructuring: an array and its iterator per link, unoptimized)
    const ra = fa < fb ? fa : fb, rb = fa < fb ? fb : fa;
    const A = members[ra]!, B = members[rb]!;
    // a refused pair of groups stays refused until one of them grows
    const key = ra * n + rb, sizes = A.length * (n + 1) + B.length;
    if (refused.get(key) === sizes) continue;
    let ok = !clashes(ra, rb);
    if (ok) {
      // two lone figures: their one cross pair is this link, already scored
      let sum = 0, cnt = 0;
      if (A.length === 1 && B.length === 1) (sum = es[e]), (cnt = 1);
      else {
        const sa = spread(A), sb = spread(B);
        for (let u = 0; u < sa.length; u++)
          for (let v = 0; v < sb.length; v++) {
            // a candidate pair of this block was scored already (a third of a merge check's pairs)
            const e = sa[u] < sb[v] ? pairAt(cps, p.from, p.byA, p.at, p.block, sa[u], sb[v]) : -1;
            sum += e >= 0 ? es[e] : score(sa[u], sb[v]);
            cnt++;
          }
      }
      ok = sum / cnt >= merge;
    }
    // a refusal (a clash, or a mean short of `merge`) is kept, and a join too, as -1 (no size): a
    // first refusal met after the loop was optimized, far into the first block, threw its code away
    refused.set(key, ok ? -1 : sizes);
    if (ok) join(ra, rb);
  }
}

/**
 * The log-odds of each candidate pair of a block (`cps` flat; `from`, `order`: byFirst), taken figure by figure: each first figure's vectors are pinned once for all its pairs.
 * Its steps are functions of their own (here and in strongestFirst): each is called once per
 * block, and a function whose first loop was optimized before its later steps ever ran was
 * thrown away on reaching them, at every large block, and compiled again.
 */
function scoreCandidates(cps: Int32Array, size: number, from: Int32Array, order: Int32Array, sides: Side[], model: Model, x: Float64Array, pinned: { vec: Pinned; lab: Pinned }): Float64Array {
  const es = new Float64Array(cps.length / 2);
  scoreFrom(cps, es, size, from, order, sides, model, x, pinned);
  return es;
}

/**
 * The index of candidate pair (`i`, `j`) of the block (`i` < `j`, as candidates are made), or -1
 * when it is none: the pairs of `i` are those `order` holds from `from[at[i]]` (byFirst). Its
 * score is then the one a merge check would work out again (the same sides, the same sums).
 */
function pairAt(cps: Int32Array, from: Int32Array, order: Int32Array, at: Int32Array, block: number[], i: number, j: number): number {
  const v = at[i];
  if (block[v] !== i) return -1;
  for (let q = from[v]; q < from[v + 1]; q++) if (cps[2 * order[q] + 1] === j) return order[q];
  return -1;
}

/**
 * The pairs ordered by their first figure's place (a counting sort; discovery order within):
 * the order, and in `from` where each place's pairs start in it.
 */
function byFirst(cps: Int32Array, size: number, at: Int32Array, from: Int32Array): Int32Array {
  const m = cps.length / 2;
  for (let e = 0; e < m; e++) from[at[cps[2 * e]] + 1]++;
  for (let v = 0; v < size; v++) from[v + 1] += from[v];
  const order = new Int32Array(m), fill = from.slice(0, size);
  for (let e = 0; e < m; e++) order[fill[at[cps[2 * e]]]++] = e;
  return order;
}

/** Scores the pairs into `es`, first figure by first figure (`order`, `from`: byFirst). */
function scoreFrom(cps: Int32Array, es: Float64Array, size: number, from: Int32Array, order: Int32Array, sides: Side[], model: Model, x: Float64Array, pinned: { vec: Pinned; lab: Pinned }): void {
  for (let v = 0; v < size; v++) {
    if (from[v] === from[v + 1]) continue;
    const a = sides[cps[2 * order[from[v]]]];
    pinned.vec.pin(a.vec);
    if (a.lab) pinned.lab.pin(a.lab);
    for (let q = from[v]; q < from[v + 1]; q++) {
      const e = order[q], b = sides[cps[2 * e + 1]];
      es[e] = neverOneFact(a, b) ? NEVER : logit(model, comparison(a, b, pinned.vec.dot(b.vec), a.lab && b.lab ? pinned.lab.dot(b.lab) : 0, x));
    }
  }
}

const VALUE_AT = FEATURES.map((f, j) => (VALUE_FEATURES.has(f) ? j : -1)).filter((j) => j >= 0);

/**
 * The links to try, strongest first (ties in discovery order): candidate pairs `cps` (flat) whose
 * log-odds `es` reach `link`, each only when it is among the NEIGHBOURS strongest of one of its
 * two figures. Those are picked per figure (a short sorted list each) and only they are sorted:
 * most links of a crowded block are nobody's best. `at` gives each figure's place in its block.
 */
function strongestFirst(cps: Int32Array, es: Float64Array, link: number, size: number, at: Int32Array): Float64Array {
  const kept = new Uint8Array(es.length);
  const m = keepTop(cps, es, link, size, at, kept);
  const n = es.length;
  // a block too large for exact keys sorts by comparison
  if (m * n >= 2 ** 53) {
    const order: number[] = [];
    for (let e = 0; e < n; e++) if (kept[e]) order.push(e);
    return Float64Array.from(order.sort((p, q) => es[q] - es[p] || p - q));
  }
  return byStrength(es, kept, m);
}

/** Marks in `kept` the links among the NEIGHBOURS strongest of either of their figures; how many. */
function keepTop(cps: Int32Array, es: Float64Array, link: number, size: number, at: Int32Array, kept: Uint8Array): number {
  const K = NEIGHBOURS;
  const topS = new Float64Array(size * K), topE = new Int32Array(size * K), count = new Uint8Array(size);
  for (let e = 0; e < es.length; e++) {
    const s = es[e];
    if (!(s >= link)) continue;
    putTop(topS, topE, count, at[cps[2 * e]], e, s);
    putTop(topS, topE, count, at[cps[2 * e + 1]], e, s);
  }
  let m = 0;
  for (let v = 0; v < size; v++) for (let q = 0; q < count[v]; q++) if (!kept[topE[v * K + q]]) (kept[topE[v * K + q]] = 1), m++;
  return m;
}

/** The `m` links `kept` marks, strongest first (ties by index), by one native numeric sort: each link's key is its strength's rank (strongest first) then its index. */
function byStrength(es: Float64Array, kept: Uint8Array, m: number): Float64Array {
  const n = es.length;
  const strengths = new Float64Array(m);
  for (let e = 0, k = 0; e < n; e++) if (kept[e]) strengths[k++] = es[e];
  strengths.sort();
  let distinct = 0;
  for (let k = 0; k < m; k++) if (k === 0 || strengths[k] !== strengths[distinct - 1]) strengths[distinct++] = strengths[k];
  const keys = new Float64Array(m);
  for (let e = 0, k = 0; e < n; e++)
    if (kept[e]) {
      const s = es[e];
      let lo = 0, hi = distinct - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (strengths[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      keys[k++] = (distinct - 1 - lo) * n + e;
    }
  keys.sort();
  for (let k = 0; k < m; k++) keys[k] %= n;
  return keys;
}

/**
 * Puts link `e` of strength `s` among figure `v`'s NEIGHBOURS strongest (`topS`, `topE`: K a
 * figure, strongest first; `count`: how many each has). A function of the module, not a closure
 * made per block: optimized code made for one block's closure was thrown away at the next's.
 */
function putTop(topS: Float64Array, topE: Int32Array, count: Uint8Array, v: number, e: number, s: number): void {
  const K = NEIGHBOURS;
  const base = v * K;
  let c = count[v];
  // a later link as strong as the weakest kept one ranks below it
  if (c === K && s <= topS[base + K - 1]) return;
  if (c < K) count[v] = ++c;
  let p = c - 1;
  for (; p > 0 && topS[base + p - 1] < s; p--) (topS[base + p] = topS[base + p - 1]), (topE[base + p] = topE[base + p - 1]);
  topS[base + p] = s;
  topE[base + p] = e;
}

/**
 * Log-odds that two figures state one property by their words alone (the attaching model: value
 * comparisons blanked); the verdict asks it of disagreeing pairs. -Infinity for a pair a rule sets
 * apart, whatever their words (apartOf); +Infinity for any other pair when the model trusts every
 * pair (no trust threshold) or has no attaching model, so those rules hold in every fit.
 */
export function wordsScorer(items: Item[], props: Prop[], model: Model, sides?: Side[]): (i: number, j: number) => number {
  const all = sides ?? sidesOf(items, props);
  const a = model.attach;
  if (a && model.trust != null) return groupWords(items, all, a);
  const apart = apartOf(all);
  return (i, j) => (apart(i, j) ? NEVER : Infinity);
}

/**
 * Pairs that never contradict each other, however alike their words: a part set against its
 * whole, figures measured at two places named apart (or distances from two points), a change set
 * against a level, figures whose own clauses name two measures (the dead against the injured),
 * amounts of two periods.
 */
function apartOf(all: Side[]): (i: number, j: number) => boolean {
  return (i, j) => partApart(all[i], all[j]) || placesDiffer(all[i], all[j]) || changeApart(all[i], all[j]) || measuresDiffer(all[i], all[j]) || periodApart(all[i], all[j]);
}

/**
 * The words-only log-odds of two figures (the group pass's, and `wordsScorer`'s when the model
 * trusts by it): -Infinity for a pair a rule sets apart. Two figures one report gives in two
 * voices ("the government puts it at 140,000, the agency at 210,000") are two claims set side by
 * side, as two reports' would be: that one report seldom states one fact twice says nothing of them.
 */
function groupWords(items: Item[], sides: Side[], a: NonNullable<Model["attach"]>): (i: number, j: number) => number {
  const apart = apartOf(sides);
  const voices = (i: number, j: number) => items[i].report === items[j].report && twoVoices(speakerKey(items[i].m.speaker), speakerKey(items[j].m.speaker));
  const score = wordsOnly(a, sides, voices);
  return (i, j) => (apart(i, j) ? NEVER : score(i, j));
}

/**
 * The pairs of groups (roots, smaller first) the candidate pairs `cps` reach, by key, in the
 * order first reached. A function of its own: its loop, long in a large block, was optimized on
 * the stack while it ran, and that code, reaching the group pass after it untried, was thrown
 * away at every block, the pass left to run unoptimized.
 */
function groupPairs(cps: Int32Array, find: (i: number) => number, n: number): Map<number, [number, number]> {
  const pairs = new Map<number, [number, number]>();
  for (let e = 0; e < cps.length; e += 2) {
    const fa = find(cps[e]), fb = find(cps[e + 1]);
    if (fa === fb) continue;
    const ra = fa < fb ? fa : fb, rb = fa < fb ? fb : fa;
    if (!pairs.has(ra * n + rb)) pairs.set(ra * n + rb, [ra, rb]);
  }
  return pairs;
}

/**
 * The group pass (groups.ts): pairs of groups a candidate pair of the block reaches, compared as
 * wholes; a pair joins when its log-odds reach the threshold and each group is the other's best
 * match (one group taken by two others at once would make one fact of three on the strength of two
 * comparisons). Groups of one report that clash never join, nor a group of parts of a whole ("8,000
 * of whom") a group of figures that are not, nor a toll of people a count of places or of people
 * in hospital, nor the date of a named happening dates that name none, nor a deadline a stretch
 * counted over or a statement's day (roles.ts); such a refused pair still holds each group's
 * best match.
 */
function mergeGroups(
  cps: Int32Array, sides: Side[], items: Item[], members: Array<number[] | null>, find: (i: number) => number, join: (x: number, y: number) => void,
  clashes: (x: number, y: number, voices?: Voices) => boolean, words: (i: number, j: number) => number, gm: Model["groups"] | null, collect: GroupPairs | undefined,
  part: (i: number) => boolean, deadline: (i: number) => boolean, state: (i: number) => boolean,
): void {
  const pairs = groupPairs(cps, find, items.length);
  if (!pairs.size) return;
  // the pairwise valueFar: values of one fact seldom lie this far apart, sibling facts' often do
  const far = (i: number, j: number) => farApart(items[i].m.kind, valueGap(items[i].m.kind, items[i].reading, items[j].reading));
  const pooled = new Map<number, Pooled>();
  const pooledAt = (r: number) => pooled.get(r) ?? pooled.set(r, pooledOf(members[r]!, sides)).get(r)!;
  const measureAt = (i: number) => items[i].f.measure, countedAt = (i: number) => items[i].m.unit, eventAt = (i: number) => items[i].f.event, settledAt = (i: number) => !!items[i].stretch || items[i].f.event === SAID_EVENT;
  // a counted noun that names a kind of place in its figure's language ("settlements", "villages")
  const placeNoun = (i: number, noun: string) => !!localeFor(items[i].lang).place?.noun.test(noun.toLowerCase());
  const best = new Map<number, { s: number; key: number }>();
  const scored: Array<[number, number]> = [];
  const apart = new Set<number>();
  for (const [key, [ra, rb]] of pairs) {
    const A = members[ra]!, B = members[rb]!;
    if (clashes(ra, rb)) continue;
    const x = groupFeatures(pooledAt(ra), pooledAt(rb), spread(A), spread(B), A.length, B.length, items[ra].m.kind, words, far);
    if (collect) collect(A.slice(), B.slice(), x);
    if (!gm) continue;
    const s = logit(gm, x);
    if (s < gm.threshold) continue;
    // the fit sees every comparison; a pair whose attributes differ, parts against wholes, a toll
    // of people against a count of places or of people in hospital, dates of two roles, is only
    // refused the join (asked after the score: each walks both groups' members, and most pairs
    // fall short of the threshold anyway). A refused pair still counts as each group's best
    // match: a group whose nearest is another property is near no fact, and its next best ("since
    // mid-September" refused the entry into force, then taking October's arrival) is a worse guess.
    if (
      attributesApart(pooledAt(ra), pooledAt(rb)) || partsApart(A, B, part) ||
      (items[ra].m.kind === "count" && (tollAgainstPlaces(A, B, measureAt, countedAt, placeNoun) || stateAgainstToll(A, B, state, measureAt))) ||
      (items[ra].m.kind === "date" && (eventAgainstNone(A, B, eventAt) || deadlineAgainstSettled(A, B, deadline, settledAt)))
    )
      apart.add(key);
    scored.push([key, s]);
    for (const r of [ra, rb]) {
      const b = best.get(r);
      if (!b || s > b.s) best.set(r, { s, key });
    }
  }
  for (const [key] of scored) {
    const [ra, rb] = pairs.get(key)!;
    if (best.get(ra)!.key !== key || best.get(rb)!.key !== key || apart.has(key)) continue;
    if (!clashes(find(ra), find(rb), "contrast")) join(ra, rb);
  }
}

const SAME_REPORT_AT = [FEATURES.indexOf("sameReport"), FEATURES.indexOf("sameSentence")];
const DATE_DAY_AT = FEATURES.indexOf("dateDay"), SAME_DAY_AT = FEATURES.indexOf("sameDayValue"), EVENT_SAME_AT = FEATURES.indexOf("eventSame");

/**
 * The attaching model's log-odds for a pair of figures, with the value comparisons blanked (and
 * the same-report comparisons, for a pair `apart` says to judge as if from two reports).
 */
function wordsOnly(a: NonNullable<Model["attach"]>, sides: Side[], apart?: (i: number, j: number) => boolean): (i: number, j: number) => number {
  const x = new Float64Array(FEATURES.length);
  // two closures, not one asking which it is: the attaching pass's, called first, was optimized
  // before the group pass first called `apart`, and thrown away there
  // amounts of two periods, a change and a level, never join one fact, whatever their words
  if (!apart) return (i, j) => (neverOneFact(sides[i], sides[j]) ? NEVER : (blank(sides[i], sides[j], x), wordsLogit(a, x)));
  return (i, j) => {
    blank(sides[i], sides[j], x);
    // multiplied, not set in a branch: a store first met after this was optimized threw it away
    const two = x[SAME_REPORT_AT[0]] && apart(i, j) ? 0 : 1;
    x[SAME_REPORT_AT[0]] *= two;
    x[SAME_REPORT_AT[1]] *= two;
    return wordsLogit(a, x);
  };
}

/** The comparison of two figures into `x`, its value comparisons blanked. */
function blank(s: Side, t: Side, x: Float64Array<ArrayBuffer>): void {
  pairFeatures(s, t, x);
  for (let v = 0; v < VALUE_AT.length; v++) x[VALUE_AT[v]] = 0;
}

/**
 * The words-only log-odds of a blanked comparison `x`. Two single days of one named event: by the
 * weights fitted without their equal-value comparison (model.ts Words); days of no shared event
 * keep it, as two such days are most often two happenings ("tugs still at work on Saturday",
 * "refloated on Monday"). Blanked by a product and scored by one call either way: the first such
 * pair, met in the second block, threw a branch's optimized code away.
 */
function wordsLogit(a: NonNullable<Model["attach"]>, x: Float64Array): number {
  const day = a.day && x[DATE_DAY_AT] && x[EVENT_SAME_AT] ? a.day : null;
  x[SAME_DAY_AT] *= day ? 0 : 1;
  return logit(day ?? a, x);
}

/**
 * Per lone figure: the groups its candidate pairs reach (groups as they stand after the first
 * pass). A function of its own: the pass is called once per block, and a pass whose first loop
 * was optimized before its second ever ran was thrown away on reaching it, at every block.
 */
function targetsOf(cps: Int32Array, members: Array<number[] | null>, find: (i: number) => number): Map<number, Set<number>> {
  const targets = new Map<number, Set<number>>();
  for (let e = 0; e < cps.length; e += 2) {
    const ca = cps[e], cb = cps[e + 1];
    const ri = find(ca), rj = find(cb);
    if (ri === rj) continue;
    const li = members[ri]!.length === 1, lj = members[rj]!.length === 1;
    if (li) (targets.get(ca) ?? targets.set(ca, new Set()).get(ca)!).add(rj);
    if (lj) (targets.get(cb) ?? targets.set(cb, new Set()).get(cb)!).add(ri);
  }
  return targets;
}

/** The attaching pass: each figure still alone joins the group its words match best, if well enough. */
function attach(
  a: NonNullable<Model["attach"]>, cps: Int32Array, score: (i: number, j: number) => number,
  members: Array<number[] | null>, find: (i: number) => number, join: (x: number, y: number) => void,
  clashes: (x: number, y: number, voices?: Voices) => boolean,
): void {
  const targets = targetsOf(cps, members, find);
  const moves: Array<[number, number]> = [];
  for (const [i, roots] of targets) {
    let best = -1, bestS = a.threshold;
    for (const r of [...roots].sort((p, q) => p - q)) {
      // a lone figure may join a fact its report gives in another voice ("up to 40, the governor said")
      if (clashes(find(i), r, true)) continue;
      const g = spread(members[r]!);
      let s = 0;
      for (let q = 0; q < g.length; q++) s += score(i, g[q]);
      s /= g.length;
      if (s >= bestS) (best = r), (bestS = s);
    }
    if (best >= 0) moves.push([i, best]);
  }
  // two figures joining one group may clash with each other
  for (const [i, r] of moves) if (!clashes(find(i), find(r), true)) join(r, i);
}

/**
 * Two figures of one report whose intervals do not meet state two facts ("the bridge is 1 km,
 * the Russian part 424 m"): within one report, a fact has one value. Not when the text dates one
 * of them earlier ("up from 53", "initially"): that is a revision within the report. With `voices`
 * (the attaching pass), not when the report gives a figure in two voices (verdict.ts twoVoices);
 * two dates in two voices still clash (most often the days of two events); nor when the report
 * sets one figure against the other (setAgainst: "$12bn, below the $14bn quoted", "no earlier than
 * 2031"): it weighs two values of one property, which is how a conflict reads from inside one report.
 */
/** What may set two figures of one report apart without a clash: nothing (false), a contrast or two voices (true), a contrast only. */
type Voices = boolean | "contrast";

function clash(x: Item, y: Item, voices: Voices = false): boolean {
  if (x.report !== y.report || x.earlier || y.earlier) return false;
  if (voices && (x.f.contrast || y.f.contrast) && setAgainst(x, y)) return false;
  if (voices === true && x.m.kind !== "date" && twoVoices(speakerKey(x.m.speaker), speakerKey(y.m.speaker))) return false;
  return meet(x.span ?? null, y.span ?? null) === false;
}

/**
 * The report sets a figure against another: a contrast cue right before either of the two ("below
 * the $14bn", "no earlier than 2031"). A cue after a figure ("150 metres above the river") places
 * it, it does not weigh it against another.
 */
function setAgainst(x: Item, y: Item): boolean {
  const text = x.text ?? "";
  return CONTRAST_BEFORE.test(text.slice(Math.max(0, x.m.start - 24), x.m.start)) || CONTRAST_BEFORE.test(text.slice(Math.max(0, y.m.start - 24), y.m.start));
}

const CONTRAST_BEFORE = new RegExp(`(?:${CONTRAST.source})(?:\\s+(?:the|a|an|its|their|that|this))?\\s+$`, "i");
