/**
 * Grouping mentions into facts: conversion pairs first ("850 metres (2,789 ft)", or a shared
 * `statement` id), then a constrained average-linkage merge over candidate pairs. Candidates come
 * from blocks (kind and dimension) and, in large blocks, from shared top words or value buckets,
 * so the work grows with the candidates, not with the square of all mentions.
 * @module
 */
import { blockOf, valueGap } from "./values.js";
import { addSparse, cannotLink, cosine, similarity, valueEvidence, type Item, type Sparse } from "./similarity.js";

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
const CONVERSION_GAP = /^[\s\p{L}\-–]{0,16}[([]\s*(?:about|approx\.?|around|some|~)?\s*$/u;

function conversions(items: Item[], texts: string[], union: (a: number, b: number) => void): void {
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

function candidatePairs(block: number[], items: Item[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (block.length <= ALL_PAIRS_UP_TO) {
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) pairs.push([block[x], block[y]]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  const post = (k: string, i: number) => (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
  for (const i of block) {
    const { ids, w } = items[i].vec;
    const order = Array.from(ids.keys()).sort((a, b) => w[b] - w[a] || ids[a] - ids[b]).slice(0, TOP_WORDS);
    const top = order.map((j) => [ids[j]] as const);
    const r = items[i].reading;
    // same words near the figure and a value of about the same size: where one fact's claims meet
    const b = !r ? 0 : r.scale === "date" ? Math.floor(r.mid / 365.25) : Math.round(Math.log(Math.abs(r.mid) + 1e-9) / Math.log(1.5));
    for (const [k] of top) {
      post(`${k}|${b}`, i);
      post(`${k}|${b + 1}`, i);
    }
  }
  const seen = new Set<number>();
  const n = items.length;
  const add = (x: number, y: number) => {
    const a = Math.min(x, y), b = Math.max(x, y);
    const key = a * n + b;
    if (!seen.has(key)) (seen.add(key), pairs.push([a, b]));
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
  return pairs;
}

/** What a group must know to refuse a merge without comparing every pair of members. */
interface Summary {
  /** sum of the members' unit word vectors: mean pairwise cosine = dot of the means */
  sum: Sparse;
  scopes: Set<string>;
  pers: Set<string>;
  byReport: Map<number, number[]>;
}

function summaryOf(i: number, items: Item[]): Summary {
  const it = items[i];
  return {
    sum: it.vec,
    scopes: new Set(it.f.scope ? [it.f.scope] : []),
    pers: new Set(it.m.per ? [it.m.per] : []),
    byReport: new Map([[it.report, [i]]]),
  };
}

/** Two non-empty sets that together hold more than one value. */
const clash = (a: Set<string>, b: Set<string>) => {
  if (!a.size || !b.size) return false;
  if (a.size > 1 || b.size > 1) return true;
  return a.values().next().value !== b.values().next().value;
};

function blocked(A: Summary, B: Summary, items: Item[]): boolean {
  if (clash(A.scopes, B.scopes) || clash(A.pers, B.pers)) return true;
  const [small, big] = A.byReport.size <= B.byReport.size ? [A, B] : [B, A];
  for (const [r, xs] of small.byReport) {
    const ys = big.byReport.get(r);
    if (!ys) continue;
    for (const x of xs) for (const y of ys) if (cannotLink(items[x], items[y])) return true;
  }
  return false;
}

/** Groups of item indices, each a fact; deterministic for a given input order. */
export function cluster(items: Item[], texts: string[]): number[][] {
  const n = items.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  const summaries = new Map<number, Summary>(Array.from({ length: n }, (_, i) => [i, summaryOf(i, items)]));
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
    K.sum = addSparse(K.sum, D.sum);
    for (const x of D.scopes) K.scopes.add(x);
    for (const x of D.pers) K.pers.add(x);
    for (const [r, xs] of D.byReport) {
      const ks = K.byReport.get(r);
      if (ks) for (const x of xs) ks.push(x);
      else K.byReport.set(r, xs);
    }
    summaries.delete(drop);
  };
  conversions(items, texts, join);

  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => (blocks.get(blockOf(it.m)) ?? blocks.set(blockOf(it.m), []).get(blockOf(it.m))!).push(i));
  // keep each mention's strongest links only: a sparse graph whatever the block size
  const pa: number[] = [], pb: number[] = [], ps: number[] = [];
  for (const key of [...blocks.keys()].sort()) {
    const cps = candidatePairs(blocks.get(key)!, items);
    for (const [a, b] of cps) {
      const s = similarity(items[a], items[b]);
      if (s >= LINK && !cannotLink(items[a], items[b])) (pa.push(a), pb.push(b), ps.push(s));
    }
  }
  // strongest first, ties in discovery order: one packed numeric key per edge, sorted natively
  const IDX = 2 ** 21;
  const keys = new Float64Array(ps.length);
  for (let k = 0; k < ps.length; k++) keys[k] = Math.round((16 - Math.min(ps[k], 15)) * 1e6) * IDX + (k % IDX);
  keys.sort();
  const degree = new Uint16Array(n);
  const edges: Array<[number, number, number]> = [];
  for (const key of keys) {
    const k = key % IDX;
    const e: [number, number, number] = [pa[k], pb[k], ps[k]];
    // an edge stays when it is among the NEIGHBOURS best of either end
    const keepIt = degree[e[0]] < NEIGHBOURS || degree[e[1]] < NEIGHBOURS;
    degree[e[0]]++;
    degree[e[1]]++;
    if (keepIt) edges.push(e);
  }
  for (const [a, b] of edges) {
    const ra = find(a), rb = find(b);
    if (ra === rb) continue;
    if (blocked(summaries.get(ra)!, summaries.get(rb)!, items)) continue;
    const A = members.get(ra)!, B = members.get(rb)!;
    let sum = 0, cnt = 0;
    for (const i of spread(A)) for (const j of spread(B)) (sum += valueEvidence(items[i], items[j])), cnt++;
    const words = cosine(summaries.get(ra)!.sum, summaries.get(rb)!.sum) / (A.length * B.length);
    if (words + sum / cnt >= MERGE) join(ra, rb);
  }
  return [...members.values()].map((g) => g.sort((a, b) => a - b)).sort((x, y) => x[0] - y[0]);
}

/** Up to SAMPLE members spread over the group (deterministic). */
function spread(g: number[]): number[] {
  if (g.length <= SAMPLE) return g;
  const out: number[] = [];
  for (let k = 0; k < SAMPLE; k++) out.push(g[Math.floor((k * g.length) / SAMPLE)]);
  return out;
}
