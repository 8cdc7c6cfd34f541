/**
 * Pairwise evidence that two mentions state the same property: context similarity (idf-weighted
 * cosine of their word bags), value closeness, and the hard constraints that keep two figures
 * apart whatever their words (same report with incompatible values, different scope or rate).
 * @module
 */
import type { Mention } from "../types.js";
import { countedClass, type Features } from "./features.js";
import { valueGap, type Reading } from "./values.js";

/** Cue classes ("#cost", "#length") weigh this much more than plain words: they name the measure. */
const CUE_BOOST = 3;

/** A sparse vector: token ids ascending, with their weights. */
export interface Sparse {
  ids: Int32Array;
  w: Float64Array;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), w: new Float64Array(0) };

export interface Item {
  m: Mention;
  /** report index, for same-report constraints */
  report: number;
  f: Features;
  reading: Reading | null;
  /** idf-weighted unit vector over token ids */
  vec: Sparse;
  /** memo: log |reading.mid| */
  logMid?: number;
  /** memo: class of the counted noun */
  counted?: string;
  /** the report's text (shared, not copied) */
  text?: string;
  /** the report's publication date (or its stand-in) */
  published?: string | null;
}

/** Weighted vectors scaled by idf over all items, then normalized; tokens become ids (first seen, first numbered). */
export function vectorize(items: Item[]): void {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  for (const it of items)
    for (const k of it.f.bag.keys()) {
      let id = idOf.get(k);
      if (id === undefined) idOf.set(k, (id = df.length)), df.push(0);
      df[id]++;
    }
  const n = items.length;
  // per item: ids packed with their slot into one number and sorted natively (no tuple per token)
  let packed = new Float64Array(64), xs = new Float64Array(64);
  for (const it of items) {
    const size = it.f.bag.size;
    if (packed.length < size) (packed = new Float64Array(size * 2)), (xs = new Float64Array(size * 2));
    let j = 0, norm = 0;
    for (const [k, w] of it.f.bag) {
      const id = idOf.get(k)!;
      // cue classes are general vocabulary: keep them from being drowned by a rare word
      const x = w * Math.log(1 + n / df[id]) * (k.charCodeAt(0) === 35 /* # */ ? CUE_BOOST : 1);
      xs[j] = x;
      packed[j] = id * 65536 + j;
      norm += x * x;
      j++;
    }
    norm = Math.sqrt(norm) || 1;
    const order = packed.subarray(0, size).sort();
    const ids = new Int32Array(size), w = new Float64Array(size);
    for (let q = 0; q < size; q++) {
      const slot = order[q] % 65536;
      ids[q] = (order[q] - slot) / 65536;
      w[q] = xs[slot] / norm;
    }
    it.vec = { ids, w };
  }
}

/** Dot product of two sparse vectors (a merge over their sorted ids). */
export function cosine(a: Sparse, b: Sparse): number {
  const ai = a.ids, bi = b.ids;
  let i = 0, j = 0, s = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i], y = bi[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** a + b, as a new sparse vector. */
export function addSparse(a: Sparse, b: Sparse): Sparse {
  const ids = new Int32Array(a.ids.length + b.ids.length), w = new Float64Array(ids.length);
  let i = 0, j = 0, k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : Infinity, y = j < b.ids.length ? b.ids[j] : Infinity;
    if (x === y) (ids[k] = x), (w[k++] = a.w[i++] + b.w[j++]);
    else if (x < y) (ids[k] = x), (w[k++] = a.w[i++]);
    else (ids[k] = y), (w[k++] = b.w[j++]);
  }
  return { ids: ids.subarray(0, k), w: w.subarray(0, k) };
}

/** True when the two mentions may never be one fact. */
export function cannotLink(a: Item, b: Item): boolean {
  if (a.f.scope && b.f.scope && a.f.scope !== b.f.scope) return true;
  if (a.m.per && b.m.per && a.m.per !== b.m.per) return true;
  if (a.report === b.report) {
    const g = valueGap(a.m.kind, a.reading, b.reading);
    // one report does not contradict itself: different values there are different properties,
    // unless it sets two sources' figures against each other ("$12bn, below the $14bn quoted by…")
    // (a running toll may more than double between updates: its restated earlier value gets a wider margin)
    if (g !== null && g > 0 && !(reportedDisagreement(a, b) && near(a, b, g)) && !(restated(a, b) && near(a, b, g / 2))) return true;
  }
  return false;
}

/** The report gives a running figure's earlier value itself: "the toll has climbed to 87, up from 53". */
const EARLIER_VALUE = /\b(?:up|down|revised|raised|lowered|increased|decreased|rose|risen|climbed|jumped|fell|fallen|dropped) from\b/;

/** Two values of one running figure in one report, the report saying one replaced the other. */
function restated(a: Item, b: Item): boolean {
  return a.f.moving && b.f.moving && (EARLIER_VALUE.test(a.f.window) || EARLIER_VALUE.test(b.f.window));
}

/** A sentence that opens by turning against the one before ("But the UN says…", "However, …"). */
const TURN = /^\W{0,3}(but|however|yet|by contrast|in contrast|others|critics)\b/i;

/**
 * The report's own words set the two figures against each other: in one sentence ("$12bn, below
 * the $14bn quoted by…"), or in the next one when it turns against the first and credits another
 * speaker ("Officials put it at 140,000. But the UN says 210,000").
 */
function reportedDisagreement(a: Item, b: Item): boolean {
  const sa = a.m.sentence, sb = b.m.sentence;
  if (!sa || !sb) return false;
  if (sa[0] === sb[0]) return a.f.contrast || b.f.contrast;
  const [first, second, later] = sa[0] < sb[0] ? [sa, sb, b] : [sb, sa, a];
  const text = a.text;
  if (!text || second[0] - first[1] > 3) return false;
  return TURN.test(text.slice(second[0], second[1])) && !!later.m.speaker;
}

/** Close enough to be rival readings of one figure: within a factor of two (numbers) or three years (dates). */
function near(a: Item, b: Item, g: number): boolean {
  return a.m.kind === "date" ? g < 3 : g < Math.log(2);
}

/** How precise a date reading is: 1 for a day, down to 0.1 for several years. */
function precision(it: Item): number {
  const r = it.reading;
  if (!r) return 0;
  const days = r.hi - r.lo + 1;
  return days <= 1 ? 1 : days <= 31 ? 0.8 : days <= 122 ? 0.5 : days <= 366 ? 0.3 : 0.1;
}

/** Evidence score: higher means more likely the same fact. */
export function similarity(a: Item, b: Item): number {
  return cosine(a.vec, b.vec) + valueEvidence(a, b);
}

/** log |mid| of the item's reading, worked out once per item. */
const logMid = (it: Item): number => (it.logMid ??= Math.log(Math.abs(it.reading!.mid)));
/** The item's counted-noun class, worked out once per item. */
const classOf = (it: Item): string => (it.counted ??= countedClass(it.m.unit ?? ""));

/** The part of the score that is not about words: value closeness, counted noun, rate. */
export function valueEvidence(a: Item, b: Item): number {
  let s = 0;
  const g = valueGap(a.m.kind, a.reading, b.reading);
  // close values are evidence too; far ones count against (log-ratio of the stated figures for
  // numbers, years for dates), even when an open bound makes them compatible ("up to 12,000" and 600)
  if (g === null) s -= 0.1; // different currencies outside a conversion: no value evidence either way
  else if (a.m.kind === "date") {
    // two precise dates that meet say more than two years that overlap
    // (a year or vaguer meeting a precise date says only as much as the year: it must not pull
    // neighbouring events of that year into one fact)
    if (g === 0) {
      const lo = Math.min(precision(a), precision(b));
      s += 0.1 + 0.15 * (lo <= 0.3 ? lo : Math.max(precision(a), precision(b)));
    }
    // dates most of a year or more apart are rarely one event
    else s += g < 0.8 ? 0.12 * Math.exp(-g / 0.3) : -Math.min(0.6, 0.1 + (g - 0.8) * 0.2);
  } else {
    const r = a.reading && b.reading && a.reading.mid && b.reading.mid ? Math.abs(logMid(a) - logMid(b)) : g;
    s += g === 0 ? 0.25 * Math.exp(-r / 0.2) : 0.22 * Math.exp(-r / 0.25);
    // a running figure ("the toll rises to 53") reported on different days is expected to move
    const running = (a.m.kind === "count" || a.m.kind === "money") && (a.f.moving || b.f.moving) && !!a.published && !!b.published && a.published !== b.published;
    if (r >= 0.47 && !(running && r < Math.log(4))) s -= Math.min(0.6, 0.15 + (r - 0.47) * 0.6);
  }
  if (a.m.kind === "count" && a.m.unit && b.m.unit && classOf(a) === classOf(b)) s += 0.1;
  if (!!a.m.per !== !!b.m.per) s -= 0.05;
  return s;
}
