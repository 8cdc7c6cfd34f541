/**
 * The first pass over a block of figures (link.ts): its candidate pairs scored figure by figure,
 * each figure's strongest links kept, and those tried strongest first, two groups joined when the
 * mean log-odds of a spread of their cross pairs reaches the model's `merge`.
 * @module
 */
import { SAMPLE, spread } from "./cluster.js";
import type { Pinned } from "./similarity.js";
import { comparison, neverOneFact, type Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { distinctIn, rankIn } from "./ranks.js";

/**
 * The log-odds of a pair never one fact. A constant, not `-Infinity` written where it is returned:
 * that is a negation, which the scorers first met at the first such pair, after they were
 * optimized, and threw their code away.
 */
export const NEVER = Number.NEGATIVE_INFINITY;

/** Each figure keeps at most this many of its strongest candidate links. */
const NEIGHBOURS = 10;

/** A block's candidate pairs (flat), their log-odds, and where each figure's pairs lie (byFirst). */
export interface BlockPairs {
  cps: Int32Array;
  es: Float64Array;
  from: Int32Array;
  byA: Int32Array;
  at: Int32Array;
  block: number[];
  /** every figure's side (pairs.ts), for the pairs never one fact */
  sides: Side[];
}

/**
 * The first pass over a block: its links tried strongest first (`order`), two groups joined when
 * the mean log-odds of a spread of their cross pairs reaches `merge`. A function of its own: as
 * a loop of `link`, it had `link` optimized on the stack (the whole of it, with all it inlines),
 * and that code, reaching the passes after the loop untried, was thrown away at the first blocks.
 */
export function linkStrongest(
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
    const ra = Math.min(fa, fb), rb = Math.max(fa, fb);
    const A = members[ra]!, B = members[rb]!;
    // a refused pair of groups stays refused until one of them grows
    const key = ra * n + rb, sizes = A.length * (n + 1) + B.length;
    if (refused.get(key) === sizes) continue;
    let ok = !clashes(ra, rb);
    if (ok) {
      // two lone figures: their one cross pair is this link, already scored
      if (A.length === 1 && B.length === 1) ok = es[e] >= merge;
      else ok = meanReaches(spread(A), spread(B), p, score, merge);
    }
    // a refusal (a clash, or a mean short of `merge`) is kept, and a join too, as -1 (no size): a
    // first refusal met after the loop was optimized, far into the first block, threw its code away
    refused.set(key, ok ? -1 : sizes);
    if (ok) join(ra, rb);
  }
}

/** A merge check's log-odds, in the order they are summed (SAMPLE × SAMPLE at most); 1 in `fresh` where one is still to score. */
const checked = new Float64Array(SAMPLE * SAMPLE), fresh = new Uint8Array(SAMPLE * SAMPLE);

/**
 * Whether the mean log-odds of the cross pairs of two groups' spreads `sa`, `sb` reaches `merge`.
 * A candidate pair of this block was scored already (a third of a merge check's pairs); a pair
 * never one fact (`NEVER`, pairs.ts neverOneFact) makes the mean -Infinity whatever the others
 * score, so those are looked for first and the rest scored only when there is none (in the
 * bench's 1,000 reports, 7,248 of 76,067 pairs scored for the checks, in the 859 checks so
 * refused). The sum is made in the order it always was: the same mean to the last bit.
 */
function meanReaches(sa: number[], sb: number[], p: BlockPairs, score: (i: number, j: number) => number, merge: number): boolean {
  const { es, sides } = p;
  let k = 0;
  for (let u = 0; u < sa.length; u++)
    for (let v = 0; v < sb.length; v++, k++) {
      const e = sa[u] < sb[v] ? pairAt(p.cps, p.from, p.byA, p.at, p.block, sa[u], sb[v]) : -1;
      let s: number;
      if (e >= 0) s = es[e];
      else if (neverOneFact(sides[sa[u]], sides[sb[v]])) s = NEVER;
      else {
        fresh[k] = 1;
        continue;
      }
      if (s === NEVER) return false;
      checked[k] = s;
      fresh[k] = 0;
    }
  let sum = 0;
  k = 0;
  for (let u = 0; u < sa.length; u++) for (let v = 0; v < sb.length; v++, k++) sum += fresh[k] ? score(sa[u], sb[v]) : checked[k];
  return sum / k >= merge;
}

/**
 * The log-odds of each candidate pair of a block (`cps` flat; `from`, `order`: byFirst), taken figure by figure: each first figure's vectors are pinned once for all its pairs.
 * Its steps are functions of their own (here and in strongestFirst): each is called once per
 * block, and a function whose first loop was optimized before its later steps ever ran was
 * thrown away on reaching them, at every large block, and compiled again.
 */
export function scoreCandidates(cps: Int32Array, size: number, from: Int32Array, order: Int32Array, sides: Side[], model: Model, x: Float64Array, pinned: { vec: Pinned; lab: Pinned }, at: Int32Array): Float64Array {
  const es = new Float64Array(cps.length / 2);
  scoreFrom(cps, es, size, from, order, sides, model, x, pinned, at);
  return es;
}

/** The places of a block's first figures in the order the candidate pairs first name them (one loop a function: markTop says why). */
function firstMet(cps: Int32Array, size: number, at: Int32Array): Int32Array {
  const met = new Uint8Array(size), out = new Int32Array(size);
  let n = 0;
  for (let e = 0; e < cps.length; e += 2) {
    const v = at[cps[e]];
    if (!met[v]) (met[v] = 1), (out[n++] = v);
  }
  return out.subarray(0, n);
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
export function byFirst(cps: Int32Array, size: number, at: Int32Array, from: Int32Array): Int32Array {
  countFirst(cps, at, from);
  for (let v = 0; v < size; v++) from[v + 1] += from[v];
  return placeByFirst(cps, at, from.slice(0, size));
}

/** Counts each first figure's pairs into `from` (shifted by one); one loop a function (markTop says why). */
function countFirst(cps: Int32Array, at: Int32Array, from: Int32Array): void {
  for (let e = 0; e < cps.length; e += 2) from[at[cps[e]] + 1]++;
}

/** The pairs in order of their first figure, each at the next place of its figure's `fill` (where its pairs start). */
function placeByFirst(cps: Int32Array, at: Int32Array, fill: Int32Array): Int32Array {
  const m = cps.length / 2;
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[fill[at[cps[2 * e]]]++] = e;
  return order;
}


/**
 * Scores the pairs into `es`, first figure by first figure (`order`, `from`: byFirst), the first
 * figures in the order the candidates first name them (firstMet), not by their place in the
 * block. Candidates are found list by list, values side by side, so figures met one after the
 * other share most of their partners, whose sides and vectors are then still in the cache: by
 * place, each figure's partners lay anywhere in the heap, and a pair's score waited mostly on
 * memory (every score is the same either way: each pair's is its own).
 */
function scoreFrom(cps: Int32Array, es: Float64Array, size: number, from: Int32Array, order: Int32Array, sides: Side[], model: Model, x: Float64Array, pinned: { vec: Pinned; lab: Pinned }, at: Int32Array): void {
  const firsts = firstMet(cps, size, at);
  for (let w = 0; w < firsts.length; w++) {
    const v = firsts[w];
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

/**
 * The links to try, strongest first (ties in discovery order): candidate pairs `cps` (flat) whose
 * log-odds `es` reach `link`, each only when it is among the NEIGHBOURS strongest of one of its
 * two figures. Those are picked per figure (a short sorted list each) and only they are sorted:
 * most links of a crowded block are nobody's best. `at` gives each figure's place in its block.
 */
export function strongestFirst(cps: Int32Array, es: Float64Array, link: number, size: number, at: Int32Array): Float64Array {
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
  fillTop(cps, es, link, at, topS, topE, count);
  return markTop(topE, count, size, kept);
}

/** Each figure's NEIGHBOURS strongest links that reach `link` (putTop); one loop a function (markTop says why). */
function fillTop(cps: Int32Array, es: Float64Array, link: number, at: Int32Array, topS: Float64Array, topE: Int32Array, count: Uint8Array): void {
  for (let e = 0; e < es.length; e++) {
    const s = es[e];
    if (!(s >= link)) continue;
    putTop(topS, topE, count, at[cps[2 * e]], e, s);
    putTop(topS, topE, count, at[cps[2 * e + 1]], e, s);
  }
}

/**
 * Marks in `kept` each figure's kept links (`topE`, `count`: putTop); how many links so marked.
 * Each loop of these once-a-block steps is a function of its own, so V8's code compiled on the
 * stack for one loop (OSR) ends with it: code compiled for the first loop and cached for it ran on
 * into code it had no feedback for and was thrown away there, at every large block (`byStrength`
 * three times a block, `keepTop` once: 38 of a cold run's 88 deopts).
 */
function markTop(topE: Int32Array, count: Uint8Array, size: number, kept: Uint8Array): number {
  const K = NEIGHBOURS;
  let m = 0;
  for (let v = 0; v < size; v++) for (let q = 0; q < count[v]; q++) if (!kept[topE[v * K + q]]) (kept[topE[v * K + q]] = 1), m++;
  return m;
}


/** The `m` links `kept` marks, strongest first (ties by index), by one native numeric sort: each link's key is its strength's rank (strongest first) then its index. */
function byStrength(es: Float64Array, kept: Uint8Array, m: number): Float64Array {
  const n = es.length;
  const strengths = keptOf(es, kept, m);
  strengths.sort();
  const distinct = distinctIn(strengths, m);
  const keys = keysOf(es, kept, m, strengths, distinct);
  keys.sort();
  for (let k = 0; k < m; k++) keys[k] %= n;
  return keys;
}

/** The log-odds of the `m` links `kept` marks, in order (one loop a function: markTop says why). */
function keptOf(es: Float64Array, kept: Uint8Array, m: number): Float64Array {
  const out = new Float64Array(m);
  for (let e = 0, k = 0; e < es.length; e++) if (kept[e]) out[k++] = es[e];
  return out;
}

/** Each kept link's key: its strength's rank among the `distinct` strengths (strongest first), then its index. */
function keysOf(es: Float64Array, kept: Uint8Array, m: number, strengths: Float64Array, distinct: number): Float64Array {
  const n = es.length;
  const keys = new Float64Array(m);
  for (let e = 0, k = 0; e < n; e++)
    if (kept[e]) keys[k++] = (distinct - 1 - rankIn(strengths, distinct, es[e])) * n + e;
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
