/**
 * Pairwise evidence that two mentions state the same property: context similarity (idf-weighted
 * cosine of their word bags), value closeness, and the hard constraints that keep two figures
 * apart whatever their words (same report with incompatible values, different scope or rate).
 * @module
 */
import type { Mention } from "../types.js";
import type { Features } from "./features.js";
import { valueGap, type Reading } from "./values.js";

export interface Item {
  m: Mention;
  /** report index, for same-report constraints */
  report: number;
  f: Features;
  reading: Reading | null;
  /** idf-weighted unit vector */
  vec: Map<string, number>;
}

const CUE_BOOST = 3;

/** Weighted vectors scaled by idf over all items, then normalized. */
export function vectorize(items: Array<Omit<Item, "vec"> & { vec?: Map<string, number> }>): void {
  const df = new Map<string, number>();
  for (const it of items) for (const k of it.f.bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = items.length;
  for (const it of items) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, w] of it.f.bag) {
      // cue classes are general vocabulary: keep them from being drowned by a rare word
      const idf = Math.log(1 + n / (df.get(k) ?? 1)) * (k.startsWith("#") ? CUE_BOOST : 1);
      const x = w * idf;
      v.set(k, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    it.vec = v;
  }
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** True when the two mentions may never be one fact. */
export function cannotLink(a: Item, b: Item): boolean {
  if (a.f.scope && b.f.scope && a.f.scope !== b.f.scope) return true;
  if (a.m.per && b.m.per && a.m.per !== b.m.per) return true;
  if (a.report === b.report) {
    const g = valueGap(a.m.kind, a.reading, b.reading);
    // one report does not contradict itself: different values there are different properties
    if (g !== null && g > 0) return true;
  }
  return false;
}

/** Evidence score: higher means more likely the same fact. */
export function similarity(a: Item, b: Item): number {
  return cosine(a.vec, b.vec) + valueEvidence(a, b);
}

/** The part of the score that is not about words: value closeness, counted noun, rate. */
export function valueEvidence(a: Item, b: Item): number {
  let s = 0;
  const g = valueGap(a.m.kind, a.reading, b.reading);
  // close values are evidence too; far ones count against (log-ratio of the stated figures for
  // numbers, years for dates), even when an open bound makes them compatible ("up to 12,000" and 600)
  if (g === null) s -= 0.1; // different currencies outside a conversion: no value evidence either way
  else if (a.m.kind === "date") {
    if (g === 0) s += 0.15;
    else s += g < 1 ? 0.12 * Math.exp(-g / 0.3) : -Math.min(0.6, 0.1 + g * 0.1);
  } else {
    const r = a.reading && b.reading && a.reading.mid && b.reading.mid ? Math.abs(Math.log(Math.abs(a.reading.mid / b.reading.mid))) : g;
    s += g === 0 ? 0.25 * Math.exp(-r / 0.2) : 0.2 * Math.exp(-r / 0.15);
    if (r >= 0.47) s -= Math.min(0.6, 0.15 + (r - 0.47) * 0.6);
  }
  if (a.m.kind === "count" && a.m.unit && b.m.unit && a.m.unit.toLowerCase() === b.m.unit.toLowerCase()) s += 0.1;
  if (!!a.m.per !== !!b.m.per) s -= 0.05;
  return s;
}
