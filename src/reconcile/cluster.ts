/**
 * Pieces of grouping that do not depend on the model: conversion pairs ("850 metres (2,789 ft)",
 * or a shared `statement` id) and candidate pairs within a block (all pairs in a small block; in
 * a large one, pairs that share a top word and a value bucket), so the work grows with the
 * candidates, not with the square of all mentions. link.ts does the grouping.
 * @module
 */
import { blockOf, valueGap } from "./values.js";
import type { Item, Sparse } from "./similarity.js";
import { grown } from "./bags.js";
import { distinctIn, rankIn } from "./ranks.js";

/** A merge check reads at most this many members of each group (`spread`). */
export const SAMPLE = 5;
/** In a block of at most this many figures every pair is a candidate; a larger one's are chosen by words and value. */
const ALL_PAIRS_UP_TO = 150;
/** Whether a block of `n` figures is large: its candidate pairs are chosen by words and value, not all pairs. */
export const largeBlock = (n: number): boolean => n > ALL_PAIRS_UP_TO;
const TOP_WORDS = 4;
const POSTINGS_CAP = 24;
/**
 * In a crowded posting list (over POSTINGS_CAP figures) each figure is paired with this many
 * figures next above it by value (and so with as many below). Each figure sits in up to eight
 * lists (TOP_WORDS words × two value buckets) and keeps at most ten links of its own
 * (strongest.ts NEIGHBOURS). 8 before: in the bench's 1,000 reports 3 scores 112,654 candidate
 * pairs where 8 scored 251,230; the one labelled block with crowded lists (itaewon-ko-dev: 3–4
 * lists of 26–33 figures) groups better with 3, the bench's template truth (bench/_truth.ts) with
 * less precision (docs/measurements.md, "sixteenth pass").
 */
const NEAREST = 3;
/** In a large block, a figure whose clause names its measure is tried against this many figures of each other language nearest its value (half on each side: languagePairs). */
const LANGUAGE_NEAREST = 8;

/** Text between two figures that makes the second a conversion of the first: "(", "-long (", " to build (". */
const CONVERSION_GAP = /^[\s\p{L}\-–]{0,16}[([]\s*(?:[\p{L}.~]+\s+){0,2}~?\s*$/u;

/**
 * Whether `text` from `from` to `to` (the gap between two figures) makes the second a conversion
 * of the first (CONVERSION_GAP). The pattern opens a bracket after at most 16 code points (32
 * code units), so a gap with none in its first 33 units is not one: most gaps are answered so,
 * without a slice and a test (three passes ask of each report's neighbouring figures).
 */
export function conversionGap(text: string, from: number, to: number): boolean {
  const end = Math.min(to, from + 33);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) return CONVERSION_GAP.test(text.slice(from, to));
  }
  return false;
}

export function conversions(items: Item[], texts: string[], union: (a: number, b: number) => void): void {
  const byReport = new Map<number, number[]>();
  items.forEach((it, i) => (byReport.get(it.report) ?? byReport.set(it.report, []).get(it.report)!).push(i));
  for (const idx of byReport.values()) {
    idx.sort((a, b) => items[a].m.start - items[b].m.start);
    for (let k = 0; k + 1 < idx.length; k++) {
      const a = items[idx[k]], b = items[idx[k + 1]];
      if (blockOf(a.m) !== blockOf(b.m)) continue;
      const sameStatement = !!a.m.statement && a.m.statement === b.m.statement;
      if (!sameStatement && !(b.m.start >= a.m.end && conversionGap(texts[a.report], a.m.end, b.m.start))) continue;
      const g = valueGap(a.m.kind, a.reading, b.reading);
      if (g === null || g === 0) union(idx[k], idx[k + 1]);
    }
  }
}

/**
 * Figures that gloss the figure right before them in brackets as another kind of figure ("seven
 * meters (two lanes)"): a restatement, as a conversion is, not a claim of its own, so it joins no
 * fact (a width glossed in lanes is no count of lanes to set against another report's). Same-kind
 * conversions ("850 m (2,789 ft)") join their figure instead (`conversions`).
 */
export function glosses(items: ReadonlyArray<Pick<Item, "m" | "report">>, texts: string[]): Uint8Array {
  const out = new Uint8Array(items.length);
  const byReport = new Map<number, number[]>();
  items.forEach((it, i) => (byReport.get(it.report) ?? byReport.set(it.report, []).get(it.report)!).push(i));
  for (const idx of byReport.values()) {
    idx.sort((a, b) => items[a].m.start - items[b].m.start);
    for (let k = 1; k < idx.length; k++) {
      const a = items[idx[k - 1]], b = items[idx[k]];
      if (a.m.kind === b.m.kind || b.m.start < a.m.end) continue;
      if (conversionGap(texts[a.report], a.m.end, b.m.start)) out[idx[k]] = 1;
    }
  }
  return out;
}

/**
 * The `k` heaviest token ids of a vector (ties: lower id) into `ids`, by one pass with a tiny
 * insertion list (`ws`, its weights, is scratch); returns how many (at most k).
 */
function topIds(v: Sparse, k: number, ids: Int32Array, ws: Float64Array): number {
  let n = 0;
  for (let j = v.from; j < v.to; j++) {
    const w = v.w[j];
    if (n === k && w <= ws[k - 1]) continue;
    let p = Math.min(n, k - 1);
    if (n < k) n++;
    // a later id of equal weight stays after the earlier one
    for (; p > 0 && ws[p - 1] < w; p--) (ids[p] = ids[p - 1]), (ws[p] = ws[p - 1]);
    ids[p] = v.ids[j];
    ws[p] = w;
  }
  return n;
}

/** A set of index pairs (open addressing over packed keys): the hundreds of thousands of candidate pairs of a big input, without a JS Set's overhead. */
class PairSet {
  private keys: Float64Array;
  private size = 0;
  /** `expected`: about how many pairs will be added (the table starts large enough for them) */
  constructor(expected = 0) {
    let cap = 1 << 12;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap);
  }
  /** Adds (a, b); true when it was not there. */
  add(a: number, b: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const key = a * 4294967296 + b + 1;
    const mask = this.keys.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[h];
      if (k === 0) break;
      if (k === key) return false;
      h = (h + 1) & mask;
    }
    this.keys[h] = key;
    this.size++;
    return true;
  }
  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    this.size = 0;
    for (let q = 0; q < old.length; q++) {
      const k = old[q];
      if (k !== 0) {
        const a = Math.floor((k - 1) / 4294967296), b = k - 1 - a * 4294967296;
        this.add(a, b);
      }
    }
  }
}

/**
 * Pairs of figures laid flat in one typed array [a0, b0, a1, b1, …], kept from block to block:
 * hundreds of thousands of pairs without a JS array grown push by push.
 */
export class PairList {
  private data = new Int32Array(4096);
  /** how many numbers (twice the pairs) */
  n = 0;
  push(a: number, b: number): void {
    if (this.n + 2 > this.data.length) this.data = grown(this.data, this.data.length * 2);
    this.data[this.n++] = a;
    this.data[this.n++] = b;
  }
  /** The pairs as they stand (a view: it changes as the list does). */
  view(): Int32Array {
    return this.data.subarray(0, this.n);
  }
  /** Keeps the pairs `keep` says yes to, in order. */
  filter(keep: (a: number, b: number) => boolean): void {
    const d = this.data;
    let k = 0;
    for (let e = 0; e < this.n; e += 2) if (keep(d[e], d[e + 1])) (d[k++] = d[e]), (d[k++] = d[e + 1]);
    this.n = k;
  }
}

/**
 * Candidate pairs of a block, appended to `out`, with a < b. Each step is a function of its own:
 * small blocks come first and often, so a function holding every step was optimized for the
 * small blocks' step alone, then thrown away at each large block (and its loops compiled again).
 * `large`: whether the block is large (`largeBlock` of its size, or of the dossier's block it samples);
 * an update (update.ts) reads only part of a large block, and chooses its candidates as a full run
 * does, not all pairs of the few figures it reads.
 */
export function candidatePairs(block: number[], items: Item[], out: PairList, large: boolean): void {
  if (!large) allPairs(block, out);
  else postedPairs(postingsOf(block, items), block, items, out);
}

/** Every pair of a small block. */
function allPairs(block: number[], out: PairList): void {
  for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) out.push(block[x], block[y]);
}

/**
 * A large block's figures by posting key: token id and value bucket packed in one number
 * (buckets stay within ±2^11).
 */
function postingsOf(block: number[], items: Item[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  const top = new Int32Array(TOP_WORDS), topW = new Float64Array(TOP_WORDS);
  for (let q = 0; q < block.length; q++) {
    const i = block[q];
    const r = items[i].reading;
    // same words near the figure and a value of about the same size: where one fact's claims meet
    const b = !r ? 0 : r.scale === "date" ? Math.floor(r.mid / 365.25) : Math.round(Math.log(Math.abs(r.mid) + 1e-9) / Math.log(1.5));
    const bb = Math.max(-2000, Math.min(2000, b)) + 2048;
    const count = topIds(items[i].vec, TOP_WORDS, top, topW);
    for (let t = 0; t < count; t++) {
      post(postings, top[t] * 4096 + bb, i);
      post(postings, top[t] * 4096 + bb + 1, i);
    }
  }
  return postings;
}

/** The pairs of a large block's posting lists: all pairs of a short list, each figure with its nearest values in a crowded one. */
function postedPairs(postings: Map<number, number[]>, block: number[], items: Item[], out: PairList): void {
  // most figures pair with a dozen others or so
  const seen = new PairSet(block.length * 16);
  // each figure's rank by value (then index), worked out once: a crowded key's figures are sorted by their ranks
  let rank: Int32Array | null = null, byRank: number[] = [];
  const met = new Map<number, number[][]>();
  for (const list of postings.values()) {
    // a list the same as one read before gives only pairs seen already: skipped, not read again
    if (metBefore(met, list)) continue;
    if (list.length <= POSTINGS_CAP) {
      pairsOfList(list, seen, out);
      continue;
    }
    if (!rank) {
      byRank = byValue(block, items);
      rank = new Int32Array(items.length);
      for (let k = 0; k < byRank.length; k++) rank[byRank[k]] = k;
    }
    nearestPairs(list, rank, byRank, seen, out);
  }
}

/** A figure's value for its place among others: its reading's mid, 0 for none. */
const midOf = (items: Item[], i: number): number => items[i].reading?.mid ?? 0;

/**
 * Figures `list` (ascending) by value (`midOf`), then index, as a new list. Each value's rank
 * among the distinct values, then each figure's key (rank, then place), sorted by native numeric
 * sorts of typed arrays: no callback per comparison, which ran unoptimized in a cold run (the
 * first sorts of a large block come before any is hot). A value that is not finite, or a list
 * out of order, is sorted by the callback as before (one rule for NaN and infinities).
 */
function byValue(list: number[], items: Item[]): number[] {
  const vs = midsOf(list, items);
  if (!vs) return list.slice().sort((a, b) => midOf(items, a) - midOf(items, b) || a - b);
  return inKeyOrder(list, rankKeys(vs));
}

// byValue's three loops are three small functions: one function of them all was optimized on
// its first loop's stack (on-stack replacement, the first large block's), then thrown away at
// each later loop it had not yet run, and compiled again, twice per cold run

/** The values (`midOf`) of figures `list`, or null when one is not finite or the list is out of order. */
function midsOf(list: number[], items: Item[]): Float64Array | null {
  const n = list.length;
  const vs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = midOf(items, list[k]);
    if (!Number.isFinite(v) || (k > 0 && list[k] <= list[k - 1])) return null;
    vs[k] = v;
  }
  return vs;
}

/** Each value's key, its rank among the distinct values then its place (rank × n + place), sorted. */
function rankKeys(vs: Float64Array): Float64Array {
  const n = vs.length;
  const distinct = vs.slice().sort();
  const d = distinctIn(distinct, n);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = rankIn(distinct, d, vs[k]) * n + k;
  return keys.sort();
}

/** The figures of `list` in the order of their sorted `keys` (rankKeys). */
function inKeyOrder(list: number[], keys: Float64Array): number[] {
  const n = list.length;
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(list[keys[k] % n]);
  return out;
}

/**
 * Whether `list` holds the same figures in the same order as a list of `met` (lists by a hash of
 * their figures); if not, it is added. Two keys often post one set of figures (a word that comes
 * with another, a figure's bucket and the next holding the same figures): in the bench's 1,000
 * reports, 497 of a large block's 1,592 lists, a third of the crowded lists' figures, each of
 * whose pairs was made again and found in `seen`.
 */
function metBefore(met: Map<number, number[][]>, list: number[]): boolean {
  let h = list.length;
  for (let k = 0; k < list.length; k++) h = Math.imul(h ^ list[k], 0x01000193);
  const same = met.get(h);
  if (!same) {
    met.set(h, [list]);
    return false;
  }
  for (let s = 0; s < same.length; s++) if (sameList(same[s], list)) return true;
  same.push(list);
  return false;
}

/** Whether two lists of figures are the same, entry by entry. */
function sameList(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Pairs for the attaching pass of a large block (appended to `out`): each figure whose own clause
 * names what it measures ("사망자는 [151명]", "[82] injured": own-clause.ts clauseMeasure) with those
 * of its nearest values in each other language of the block (LANGUAGE_NEAREST / 2 on each side) whose
 * clause names the same measure. Words of two languages never match, so the word postings never
 * make such a pair a candidate: in a crowded block one toll told in four languages stayed four
 * facts, where a small block compares every pair. Across languages a value alone would pair a
 * toll with any count of its size, so a figure whose clause names no measure gets none. For the
 * attaching pass only, as `lonePairs`: the pairwise pass with them joined groups that the group
 * model is then fitted on, and its refit moved stories it had not seen (docs/measurements.md,
 * "Missed conflicts, fifth pass"). Nothing for a small block or a block of one language.
 */
export function languagePairs(block: number[], items: Item[], out: PairList, large: boolean): void {
  if (!large) return;
  const byLang = new Map<string, number[]>();
  for (const i of block) {
    const l = items[i].lang ?? "", list = byLang.get(l);
    if (list) list.push(i);
    else byLang.set(l, [i]);
  }
  if (byLang.size < 2) return;
  const mid = (i: number) => midOf(items, i);
  const lists = [...byLang.values()].map((l) => byValue(l, items));
  const seen = new PairSet(block.length * LANGUAGE_NEAREST);
  for (let x = 0; x < lists.length; x++)
    for (const i of lists[x]) {
      const measure = items[i].f.measure;
      if (!measure) continue;
      for (let y = 0; y < lists.length; y++) if (y !== x) nearestOf(i, mid(i), lists[y], mid, (j) => items[j].f.measure === measure, seen, out);
    }
}

/** Pairs `i` with those of the LANGUAGE_NEAREST / 2 figures of `sorted` (by value) just below value `v`, and as many from it up, that `keep` takes. */
function nearestOf(i: number, v: number, sorted: number[], mid: (i: number) => number, keep: (j: number) => boolean, seen: PairSet, out: PairList): void {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (mid(sorted[m]) < v) lo = m + 1;
    else hi = m;
  }
  const side = LANGUAGE_NEAREST / 2;
  for (let k = Math.max(0, lo - side); k < Math.min(sorted.length, lo + side); k++) if (keep(sorted[k])) addPair(seen, out, i, sorted[k]);
}

/** Every pair of a short posting list, each the first time it is seen. */
function pairsOfList(list: number[], seen: PairSet, out: PairList): void {
  for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) addPair(seen, out, list[x], list[y]);
}

/** A crowded posting list: each figure paired only with its NEAREST nearest values on each side (`rank`: each figure's place in `byRank`). */
function nearestPairs(list: number[], rank: Int32Array, byRank: number[], seen: PairSet, out: PairList): void {
  const ranks = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) ranks[k] = rank[list[k]];
  ranks.sort();
  for (let x = 0; x < ranks.length; x++)
    for (let y = x + 1; y < Math.min(ranks.length, x + 1 + NEAREST); y++) addPair(seen, out, byRank[ranks[x]], byRank[ranks[y]]);
}

/** Per word, at most this many of the largest groups a lone figure of a large block is tried against. */
const GROUPS_PER_WORD = 8;

/**
 * Pairs for the attaching pass of a large block (appended to `out`): each figure still alone with
 * a member of each of the largest groups (GROUPS_PER_WORD) that share one of its top words,
 * whatever their values. The candidate pairs of a large block need a value of about the same
 * size, and one fact's values can lie far apart: a running count grows tenfold, a report misprints
 * "126" for "26". Two figures close in value meet through the candidates; a lone figure far from
 * every member of its fact would never be tried against it. Nothing for a small block (every pair
 * is a candidate there). Linear: each posting list is read once, and a lone figure gets at most
 * TOP_WORDS * GROUPS_PER_WORD pairs.
 */
export function lonePairs(block: number[], items: Item[], sizeOf: (i: number) => number, find: (i: number) => number, out: PairList, large: boolean): void {
  if (!large) return;
  const byWord = topWordPostings(block, items);
  const seen = new PairSet(block.length * 4);
  for (const list of byWord.values()) {
    // the largest groups of this word, one member each (ties: the first met)
    const roots = new Map<number, number>();
    for (const i of list) if (sizeOf(i) > 1 && !roots.has(find(i))) roots.set(find(i), i);
    if (!roots.size) continue;
    const largest = [...roots].sort((a, b) => sizeOf(b[1]) - sizeOf(a[1]) || a[1] - b[1]).slice(0, GROUPS_PER_WORD);
    for (const i of list) if (sizeOf(i) === 1) for (const [, j] of largest) addPair(seen, out, i, j);
  }
}

/**
 * A block's figures by each of their top words. A function of its own: lonePairs' loop, optimized
 * on the stack while it ran, reached the steps after it untried and was thrown away there.
 */
function topWordPostings(block: number[], items: Item[]): Map<number, number[]> {
  const byWord = new Map<number, number[]>();
  const top = new Int32Array(TOP_WORDS), topW = new Float64Array(TOP_WORDS);
  for (let q = 0; q < block.length; q++) {
    const count = topIds(items[block[q]].vec, TOP_WORDS, top, topW);
    for (let t = 0; t < count; t++) post(byWord, top[t], block[q]);
  }
  return byWord;
}

// post and addPair are functions of the module, not closures made per call: optimized code of
// candidatePairs made for one block's closures was thrown away at the next block's ("wrong call target")

/** Appends figure `i` to the posting list of key `k`. */
function post(postings: Map<number, number[]>, k: number, i: number): void {
  const list = postings.get(k);
  if (list) list.push(i);
  else postings.set(k, [i]);
}

/** Appends the pair of `x` and `y` (smaller first) to `out` the first time it is seen. */
function addPair(seen: PairSet, out: PairList, x: number, y: number): void {
  const a = Math.min(x, y), b = Math.max(x, y);
  if (seen.add(a, b)) out.push(a, b);
}

/** Up to SAMPLE members spread over the group (deterministic). */
export function spread(g: number[]): number[] {
  if (g.length <= SAMPLE) return g;
  const out: number[] = [];
  for (let k = 0; k < SAMPLE; k++) out.push(g[Math.floor((k * g.length) / SAMPLE)]);
  return out;
}
