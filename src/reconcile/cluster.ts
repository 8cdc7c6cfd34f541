/**
 * Grouping mentions into facts: conversion pairs first ("850 metres (2,789 ft)", or a shared
 * `statement` id), then a constrained average-linkage merge over candidate pairs. Candidates come
 * from blocks (kind and dimension) and, in large blocks, from shared top words or value buckets,
 * so the work grows with the candidates, not with the square of all mentions.
 * @module
 */
import { blockOf, valueGap } from "./values.js";
import { cannotLink, similarity, type Item } from "./similarity.js";

/** A pair edge is considered at or above this score… */
export const LINK = 0.24;
/** …and two groups merge when their mean cross-pair score reaches this. */
export const MERGE = 0.16;
const SAMPLE = 12;
const ALL_PAIRS_UP_TO = 400;
const TOP_WORDS = 8;
const POSTINGS_CAP = 300;

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
    const top = [...items[i].vec.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_WORDS);
    for (const [k] of top) post("w:" + k, i);
    const r = items[i].reading;
    if (r) {
      const b = r.scale === "date" ? Math.floor(r.mid / 365.25) : Math.round(Math.log(Math.abs(r.mid) + 1e-9) / Math.log(1.5));
      post(`v:${r.scale}:${b}`, i);
      post(`v:${r.scale}:${b + 1}`, i);
    }
  }
  const seen = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > POSTINGS_CAP) continue; // a word everyone shares says nothing
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = Math.min(list[x], list[y]), b = Math.max(list[x], list[y]);
        const key = a + ":" + b;
        if (!seen.has(key)) (seen.add(key), pairs.push([a, b]));
      }
  }
  return pairs;
}

/** Groups of item indices, each a fact; deterministic for a given input order. */
export function cluster(items: Item[], texts: string[]): number[][] {
  const n = items.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
  };
  conversions(items, texts, join);

  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => (blocks.get(blockOf(it.m)) ?? blocks.set(blockOf(it.m), []).get(blockOf(it.m))!).push(i));
  const edges: Array<[number, number, number]> = [];
  for (const key of [...blocks.keys()].sort()) {
    for (const [a, b] of candidatePairs(blocks.get(key)!, items)) {
      if (cannotLink(items[a], items[b])) continue;
      const s = similarity(items[a], items[b]);
      if (s >= LINK) edges.push([a, b, s]);
    }
  }
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of edges) {
    const ra = find(a), rb = find(b);
    if (ra === rb) continue;
    const A = members.get(ra)!, B = members.get(rb)!;
    let blocked = false;
    for (const i of A) {
      for (const j of B) if (cannotLink(items[i], items[j])) ((blocked = true), 0);
      if (blocked) break;
    }
    if (blocked) continue;
    let sum = 0, cnt = 0;
    for (const i of A.slice(0, SAMPLE)) for (const j of B.slice(0, SAMPLE)) (sum += similarity(items[i], items[j])), cnt++;
    if (sum / cnt >= MERGE) join(ra, rb);
  }
  return [...members.values()].map((g) => g.sort((a, b) => a - b)).sort((x, y) => x[0] - y[0]);
}
