/**
 * Grouping figures into facts with the learned model: conversion pairs first ("850 m (2,789
 * ft)"), then candidate pairs within each block (one dimension: never across), kept when their
 * log-odds reach `model.link`, strongest first; two groups merge when the mean log-odds over a
 * spread of their cross pairs reaches `model.merge` (average linkage). Blocks and candidate
 * lists keep the work near-linear (cluster.ts candidatePairs).
 * @module
 */
import { blockOf } from "./values.js";
import { candidatePairs, conversions, spread } from "./cluster.js";
import type { Item } from "./similarity.js";
import type { Prop } from "./property.js";
import { FEATURES, pairFeatures, sidesOf, VALUE_FEATURES, type Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { meet } from "./interval.js";

/** Each figure keeps at most this many of its strongest candidate links. */
const NEIGHBOURS = 10;

export function link(items: Item[], props: Prop[], model: Model, texts: string[]): number[][] {
  const n = items.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const members: Array<number[] | null> = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // per group of two or more: its members by report, for the one-report check (clash) on merging
  // (a lone figure has none: its report is its item's)
  const byReport: Array<Map<number, number[]> | null> = new Array(n).fill(null);
  const reportsOf = (r: number) => byReport[r] ?? new Map([[items[r].report, [r]]]);
  const join = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    // the larger group absorbs the smaller, so merging stays near-linear
    const [keep, drop] = members[ra]!.length >= members[rb]!.length ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const km = members[keep]!;
    for (const x of members[drop]!) km.push(x);
    members[drop] = null;
    const kr = (byReport[keep] ??= reportsOf(keep));
    for (const [r, list] of reportsOf(drop)) {
      const into = kr.get(r);
      if (into) for (const x of list) into.push(x);
      else kr.set(r, list);
    }
    byReport[drop] = null;
  };
  /** Groups `ra` and `rb` hold two figures of one report that disagree: they state two facts. */
  const clashes = (ra: number, rb: number): boolean => {
    const A = byReport[ra], B = byReport[rb];
    // lone figures (most checks): look their one report up in the other group
    if (!A || !B) {
      const [lone, other, ys] = !A ? [ra, rb, B] : [rb, ra, A];
      if (!ys) return clash(items[lone], items[other]);
      for (const y of ys.get(items[lone].report) ?? []) if (clash(items[lone], items[y])) return true;
      return false;
    }
    const [small, large] = A.size <= B.size ? [A, B] : [B, A];
    for (const [r, xs] of small) {
      const ys = large.get(r);
      if (ys) for (const x of xs) for (const y of ys) if (clash(items[x], items[y])) return true;
    }
    return false;
  };
  conversions(items, texts, join);
  const x = new Float64Array(FEATURES.length);
  const sides = sidesOf(items, props);
  const score = (a: number, b: number) => logit(model, pairFeatures(sides[a], sides[b], x));

  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = blockOf(it.m);
    const list = blocks.get(k);
    if (list) list.push(i);
    else blocks.set(k, [i]);
  });
  const ea: number[] = [], eb: number[] = [], es: number[] = [];
  const cps: number[] = [];
  // every candidate pair, for the attaching pass
  const ca: number[] = [], cb: number[] = [];
  for (const key of [...blocks.keys()].sort()) {
    cps.length = 0;
    candidatePairs(blocks.get(key)!, items, cps);
    for (let k = 0; k < cps.length; k += 2) {
      if (model.attach) (ca.push(cps[k]), cb.push(cps[k + 1]));
      const s = score(cps[k], cps[k + 1]);
      if (s >= model.link) (ea.push(cps[k]), eb.push(cps[k + 1]), es.push(s));
    }
  }
  // strongest first (ties in discovery order), each figure's NEIGHBOURS best links only
  const order = Array.from(es.keys()).sort((p, q) => es[q] - es[p] || p - q);
  const degree = new Uint16Array(n);
  const refused = new Map<string, number>();
  for (const e of order) {
    const a = ea[e], b = eb[e];
    const keepIt = degree[a] < NEIGHBOURS || degree[b] < NEIGHBOURS;
    degree[a]++;
    degree[b]++;
    if (!keepIt) continue;
    let ra = find(a), rb = find(b);
    if (ra === rb) continue;
    if (ra > rb) [ra, rb] = [rb, ra];
    const A = members[ra]!, B = members[rb]!;
    // a refused pair of groups stays refused until one of them grows
    const key = `${ra}:${rb}`, sizes = A.length * (n + 1) + B.length;
    if (refused.get(key) === sizes) continue;
    if (clashes(ra, rb)) {
      refused.set(key, sizes);
      continue;
    }
    let sum = 0, cnt = 0;
    for (const i of spread(A)) for (const j of spread(B)) (sum += score(i, j)), cnt++;
    if (sum / cnt >= model.merge) join(ra, rb);
    else refused.set(key, sizes);
  }
  if (model.attach) attach(model.attach, ca, cb, sides, members, find, join, clashes);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (members[i]) groups.push(members[i]!.slice().sort((p, q) => p - q));
  return groups.sort((p, q) => p[0] - q[0]);
}

const VALUE_AT = FEATURES.map((f, j) => (VALUE_FEATURES.has(f) ? j : -1)).filter((j) => j >= 0);

/** The attaching pass: each figure still alone joins the group its words match best, if well enough. */
function attach(
  a: NonNullable<Model["attach"]>, ca: number[], cb: number[], sides: Side[],
  members: Array<number[] | null>, find: (i: number) => number, join: (x: number, y: number) => void,
  clashes: (x: number, y: number) => boolean,
): void {
  const x = new Float64Array(FEATURES.length);
  const score = (i: number, j: number) => {
    pairFeatures(sides[i], sides[j], x);
    for (const v of VALUE_AT) x[v] = 0;
    let s = a.bias;
    for (let k = 0; k < a.weights.length; k++) s += a.weights[k] * x[k];
    return s;
  };
  // per lone figure: the groups its candidate pairs reach (groups as they stand after the first pass)
  const targets = new Map<number, Set<number>>();
  for (let e = 0; e < ca.length; e++) {
    const ri = find(ca[e]), rj = find(cb[e]);
    if (ri === rj) continue;
    const li = members[ri]!.length === 1, lj = members[rj]!.length === 1;
    if (li) (targets.get(ca[e]) ?? targets.set(ca[e], new Set()).get(ca[e])!).add(rj);
    if (lj) (targets.get(cb[e]) ?? targets.set(cb[e], new Set()).get(cb[e])!).add(ri);
  }
  const moves: Array<[number, number]> = [];
  for (const [i, roots] of targets) {
    let best = -1, bestS = a.threshold;
    for (const r of [...roots].sort((p, q) => p - q)) {
      if (clashes(find(i), r)) continue;
      const g = spread(members[r]!);
      let s = 0;
      for (const j of g) s += score(i, j);
      s /= g.length;
      if (s >= bestS) (best = r), (bestS = s);
    }
    if (best >= 0) moves.push([i, best]);
  }
  // two figures joining one group may clash with each other
  for (const [i, r] of moves) if (!clashes(find(i), find(r))) join(r, i);
}

/**
 * Two figures of one report whose intervals do not meet state two facts ("the bridge is 1 km,
 * the Russian part 424 m"): within one report, a fact has one value. Not when the text dates one
 * of them earlier ("up from 53", "initially"): that is a revision within the report.
 */
function clash(x: Item, y: Item): boolean {
  if (x.report !== y.report || x.earlier || y.earlier) return false;
  return meet(x.span ?? null, y.span ?? null) === false;
}

