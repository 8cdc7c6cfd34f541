/**
 * Grouping mentions into facts: conversion pairs first ("850 metres (2,789 ft)", or a shared
 * `statement` id), then a constrained average-linkage merge over candidate pairs. Candidates come
 * from blocks (kind and dimension) and, in large blocks, from shared top words or value buckets,
 * so the work grows with the candidates, not with the square of all mentions.
 * @module
 */
import { blockOf, valueGap } from "./values.js";
import { addSparse, cannotLink, cosine, EMPTY, similarity, valueEvidence, type Item, type Sparse } from "./similarity.js";

/** A pair edge is considered at or above this score… */
export const LINK = 0.22;
/** …and two groups merge when their mean cross-pair score reaches this. */
export const MERGE = 0.13;
const SAMPLE = 5;
const NEIGHBOURS = 8;
const ALL_PAIRS_UP_TO = 150;
const TOP_WORDS = 4;
const POSTINGS_CAP = 24;
const NEAREST = 8;

/** Text between two figures that makes the second a conversion of the first: "(", "-long (", " to build (". */
export const CONVERSION_GAP = /^[\s\p{L}\-–]{0,16}[([]\s*(?:[\p{L}.~]+\s+){0,2}~?\s*$/u;

export function conversions(items: Item[], texts: string[], union: (a: number, b: number) => void): void {
  const byReport = new Map<number, number[]>();
  items.forEach((it, i) => (byReport.get(it.report) ?? byReport.set(it.report, []).get(it.report)!).push(i));
  for (const idx of byReport.values()) {
    idx.sort((a, b) => items[a].m.start - items[b].m.start);
    for (let k = 0; k + 1 < idx.length; k++) {
      const a = items[idx[k]], b = items[idx[k + 1]];
      if (blockOf(a.m) !== blockOf(b.m)) continue;
      const sameStatement = !!a.m.statement && a.m.statement === b.m.statement;
      const gapText = texts[a.report].slice(a.m.end, b.m.start);
      if (!sameStatement && !(b.m.start >= a.m.end && CONVERSION_GAP.test(gapText))) continue;
      const g = valueGap(a.m.kind, a.reading, b.reading);
      if (g === null || g === 0) union(idx[k], idx[k + 1]);
    }
  }
}

/** The `k` heaviest token ids of a vector (ties: lower id), by one pass with a tiny insertion list. */
function topIds(v: Sparse, k: number): number[] {
  const ids: number[] = [], ws: number[] = [];
  for (let j = 0; j < v.ids.length; j++) {
    const w = v.w[j];
    if (ids.length === k && w <= ws[k - 1]) continue;
    let p = Math.min(ids.length, k - 1);
    while (p > 0 && ws[p - 1] < w) p--;
    ids.splice(p, 0, v.ids[j]);
    ws.splice(p, 0, w);
    if (ids.length > k) (ids.pop(), ws.pop());
  }
  return ids;
}

/** A set of index pairs (open addressing over packed keys): the hundreds of thousands of candidate pairs of a big input, without a JS Set's overhead. */
class PairSet {
  private keys = new Float64Array(1 << 12);
  private size = 0;
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
    for (const k of old)
      if (k !== 0) {
        const a = Math.floor((k - 1) / 4294967296), b = k - 1 - a * 4294967296;
        this.add(a, b);
      }
  }
}

/** Candidate pairs of a block as a flat list [a0, b0, a1, b1, …] with a < b. */
export function candidatePairs(block: number[], items: Item[], out: number[]): void {
  if (block.length <= ALL_PAIRS_UP_TO) {
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) out.push(block[x], block[y]);
    return;
  }
  // posting key: token id and value bucket packed in one number (buckets stay within ±2^11)
  const postings = new Map<number, number[]>();
  const post = (k: number, i: number) => {
    const list = postings.get(k);
    if (list) list.push(i);
    else postings.set(k, [i]);
  };
  for (const i of block) {
    const r = items[i].reading;
    // same words near the figure and a value of about the same size: where one fact's claims meet
    const b = !r ? 0 : r.scale === "date" ? Math.floor(r.mid / 365.25) : Math.round(Math.log(Math.abs(r.mid) + 1e-9) / Math.log(1.5));
    const bb = Math.max(-2000, Math.min(2000, b)) + 2048;
    for (const id of topIds(items[i].vec, TOP_WORDS)) {
      post(id * 4096 + bb, i);
      post(id * 4096 + bb + 1, i);
    }
  }
  const seen = new PairSet();
  const add = (x: number, y: number) => {
    const a = x < y ? x : y, b = x < y ? y : x;
    if (seen.add(a, b)) out.push(a, b);
  };
  const mid = (i: number) => items[i].reading?.mid ?? 0;
  for (const list of postings.values()) {
    if (list.length <= POSTINGS_CAP) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x], list[y]);
      continue;
    }
    // a crowded key: pair each figure only with its nearest values
    const byValue = list.slice().sort((a, b) => mid(a) - mid(b) || a - b);
    for (let x = 0; x < byValue.length; x++)
      for (let y = x + 1; y < Math.min(byValue.length, x + 1 + NEAREST); y++) add(byValue[x], byValue[y]);
  }
}

/** What a group must know to refuse a merge without comparing every pair of members. */
interface Summary {
  /** sum of the members' unit word vectors: mean pairwise cosine = dot of the means */
  sum: Sparse;
  /** the same sum as a dense vector once the group is big: joins then add in place, no new arrays */
  dense: Float64Array | null;
  /** scopes present, as bits (1 whole, 2 part) */
  scopes: number;
  /** the rate period shared by the members, MANY when they differ, null when none has one */
  per: string | null;
  /** members by report; null while the group is the single member `one` (most groups never grow) */
  byReport: Map<number, number[]> | null;
  one: number;
}

const MANY = "\u0000many";
const SCOPE_BIT = { whole: 1, part: 2 } as const;

function summaryOf(i: number, items: Item[]): Summary {
  const it = items[i];
  return { sum: it.vec, dense: null, scopes: it.f.scope ? SCOPE_BIT[it.f.scope] : 0, per: it.m.per ?? null, byReport: null, one: i };
}

/** Two groups holding between them more than one scope, or more than one rate period. */
function clash(A: Summary, B: Summary): boolean {
  if (A.scopes && B.scopes && (A.scopes | B.scopes) === 3) return true;
  return !!A.per && !!B.per && (A.per === MANY || B.per === MANY || A.per !== B.per);
}

function byReportOf(S: Summary, items: Item[]): Map<number, number[]> {
  return (S.byReport ??= new Map([[items[S.one].report, [S.one]]]));
}

function blocked(A: Summary, B: Summary, items: Item[]): boolean {
  if (clash(A, B)) return true;
  if (!A.byReport || !B.byReport) {
    // a single member on one side: only its own report's members of the other side matter
    const [single, other] = !A.byReport ? [A, B] : [B, A];
    const x = single.one, r = items[x].report;
    const ys = other.byReport ? other.byReport.get(r) : items[other.one].report === r ? [other.one] : undefined;
    if (ys) for (const y of ys) if (cannotLink(items[x], items[y])) return true;
    return false;
  }
  const [small, big] = A.byReport.size <= B.byReport.size ? [A.byReport, B.byReport] : [B.byReport, A.byReport];
  for (const [r, xs] of small) {
    const ys = big.get(r);
    if (!ys) continue;
    for (const x of xs) for (const y of ys) if (cannotLink(items[x], items[y])) return true;
  }
  return false;
}

/** Groups whose sums hold more ids than this keep them dense. */
const DENSE_AT = 384;

function addInto(K: Summary, D: Summary, vocab: number): void {
  if (!K.dense && K.sum.ids.length + D.sum.ids.length > DENSE_AT) {
    K.dense = new Float64Array(vocab);
    const { ids, w } = K.sum;
    for (let j = 0; j < ids.length; j++) K.dense[ids[j]] += w[j];
  }
  if (K.dense) {
    if (D.dense) for (let j = 0; j < vocab; j++) K.dense[j] += D.dense[j];
    else for (let j = 0; j < D.sum.ids.length; j++) K.dense[D.sum.ids[j]] += D.sum.w[j];
    K.sum = EMPTY;
  } else K.sum = addSparse(K.sum, D.sum);
}

function dotSums(A: Summary, B: Summary): number {
  if (A.dense && B.dense) {
    let s = 0;
    for (let j = 0; j < A.dense.length; j++) s += A.dense[j] * B.dense[j];
    return s;
  }
  if (A.dense || B.dense) {
    const d = (A.dense ?? B.dense)!, v = A.dense ? B.sum : A.sum;
    let s = 0;
    for (let j = 0; j < v.ids.length; j++) s += d[v.ids[j]] * v.w[j];
    return s;
  }
  return cosine(A.sum, B.sum);
}

/** Groups of item indices, each a fact; deterministic for a given input order. */
export function cluster(items: Item[], texts: string[]): number[][] {
  const n = items.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  // per root: its members and summary, made when first asked (most mentions stay alone or join once)
  const memberList: Array<number[] | null | undefined> = new Array(n);
  const summaryList: Array<Summary | null | undefined> = new Array(n);
  const members = {
    get: (r: number): number[] => memberList[r] ?? (memberList[r] = [r]),
    delete: (r: number) => void (memberList[r] = null),
  };
  const summaries = {
    get: (r: number): Summary => summaryList[r] ?? (summaryList[r] = summaryOf(r, items)),
    delete: (r: number) => void (summaryList[r] = null),
  };
  let vocab = 0;
  for (const it of items) if (it.vec.ids.length) vocab = Math.max(vocab, it.vec.ids[it.vec.ids.length - 1] + 1);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    // the larger group absorbs the smaller (ties: lower index), so merging stays near-linear
    const sa = members.get(ra)!.length, sb = members.get(rb)!.length;
    const [keep, drop] = sa > sb || (sa === sb && ra < rb) ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const km = members.get(keep)!;
    for (const x of members.get(drop)!) km.push(x);
    members.delete(drop);
    const K = summaries.get(keep)!, D = summaries.get(drop)!;
    addInto(K, D, vocab);
    K.scopes |= D.scopes;
    if (D.per && K.per !== D.per) K.per = K.per ? MANY : D.per;
    const kb = byReportOf(K, items);
    for (const [r, xs] of byReportOf(D, items)) {
      const ks = kb.get(r);
      if (ks) for (const x of xs) ks.push(x);
      else kb.set(r, xs);
    }
    summaries.delete(drop);
  };
  conversions(items, texts, join);

  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => (blocks.get(blockOf(it.m)) ?? blocks.set(blockOf(it.m), []).get(blockOf(it.m))!).push(i));
  // keep each mention's strongest links only: a sparse graph whatever the block size
  const pa: number[] = [], pb: number[] = [], ps: number[] = [];
  const cps: number[] = [];
  for (const key of [...blocks.keys()].sort()) {
    cps.length = 0;
    candidatePairs(blocks.get(key)!, items, cps);
    for (let k = 0; k < cps.length; k += 2) {
      const a = cps[k], b = cps[k + 1];
      const s = similarity(items[a], items[b]);
      if (s >= LINK && !cannotLink(items[a], items[b])) (pa.push(a), pb.push(b), ps.push(s));
    }
  }
  // strongest first, ties in discovery order: one packed numeric key per edge, sorted natively.
  // The score part is below 2^24 (16e6), so the index may use 28 bits and the key stays an exact
  // double (< 2^53). It once had 21 bits: past 2^21 edges (about 8,000 reports) indices wrapped,
  // edges were lost or doubled, and facts multiplied (420 at 1,000 reports, 129,430 at 16,000).
  const IDX = 2 ** 28;
  if (ps.length >= IDX) throw new RangeError(`reconcile: ${ps.length} candidate edges is past what one process can order`);
  const keys = new Float64Array(ps.length);
  for (let k = 0; k < ps.length; k++) keys[k] = Math.round((16 - Math.min(ps[k], 15)) * 1e6) * IDX + (k % IDX);
  keys.sort();
  const degree = new Uint16Array(n);
  const ea: number[] = [], eb: number[] = [];
  for (const key of keys) {
    const k = key % IDX;
    const x = pa[k], y = pb[k];
    // an edge stays when it is among the NEIGHBOURS best of either end
    const keepIt = degree[x] < NEIGHBOURS || degree[y] < NEIGHBOURS;
    degree[x]++;
    degree[y]++;
    if (keepIt) (ea.push(x), eb.push(y));
  }
  // a refused pair of groups stays refused until one of them grows (groups only grow): remember the sizes
  const refused = new Map<number, number>();
  for (let e = 0; e < ea.length; e++) {
    let ra = find(ea[e]), rb = find(eb[e]);
    if (ra === rb) continue;
    if (ra > rb) [ra, rb] = [rb, ra];
    const A = members.get(ra)!, B = members.get(rb)!;
    const pairKey = ra * n + rb, sizes = A.length * (n + 1) + B.length;
    if (refused.get(pairKey) === sizes) continue;
    const SA = summaries.get(ra)!, SB = summaries.get(rb)!;
    let ok = !blocked(SA, SB, items);
    if (ok) {
      let sum = 0, cnt = 0;
      for (const i of spread(A)) for (const j of spread(B)) (sum += valueEvidence(items[i], items[j])), cnt++;
      const words = dotSums(SA, SB) / (A.length * B.length);
      ok = words + sum / cnt >= MERGE;
    }
    if (ok) join(ra, rb);
    else refused.set(pairKey, sizes);
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (memberList[i] !== null) groups.push(members.get(i));
  return groups.map((g) => g.sort((a, b) => a - b)).sort((x, y) => x[0] - y[0]);
}

/** Up to SAMPLE members spread over the group (deterministic). */
export function spread(g: number[]): number[] {
  if (g.length <= SAMPLE) return g;
  const out: number[] = [];
  for (let k = 0; k < SAMPLE; k++) out.push(g[Math.floor((k * g.length) / SAMPLE)]);
  return out;
}
