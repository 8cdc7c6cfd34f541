/**
 * A figure as the grouping sees it (Item), and its word vector: an idf-weighted, normalized bag
 * of the words around it, compared by cosine (one of the pairwise comparisons of pairs.ts).
 * @module
 */
import type { Mention } from "../types.js";
import type { Features } from "./features.js";
import type { Reading } from "./values.js";
import type { Span } from "./interval.js";

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
  /** the report's language (primary tag), or null */
  lang?: string | null;
  /** idf-weighted unit vector of its label's character grams (labels.ts) */
  lab?: Sparse;
  /** memo: log |reading.mid| */
  logMid?: number;
  /** memo: class of the counted noun */
  counted?: string;
  /** the report's text (shared, not copied) */
  text?: string;
  /** the report's publication date (or its stand-in) */
  published?: string | null;
  /** the interval the figure stands for (interval.ts), worked out once for grouping and verdict */
  span?: Span | null;
  /** the text dates the figure before its report ("initially", "up from") */
  earlier?: boolean;
}

/** Weighted vectors scaled by idf over all items, then normalized; tokens become ids (first seen, first numbered). */
export function vectorize(items: Item[]): void {
  const vecs = vectors(items.map((it) => it.f.bag));
  items.forEach((it, i) => (it.vec = vecs[i]));
}

/** Idf-weighted unit vectors of bags of keys (cue classes, "#…", boosted). */
export function vectors(bags: Array<Map<string, number>>): Sparse[] {
  const idOf = new Map<string, number>();
  const flat = new Flat(bags.length);
  for (const bag of bags) {
    for (const [k, w] of bag) {
      let id = idOf.get(k);
      if (id === undefined) idOf.set(k, (id = flat.df.length)), flat.df.push(0);
      // cue classes are general vocabulary: keep them from being drowned by a rare word
      flat.add(id, w, k.charCodeAt(0) === 35 /* # */);
    }
    flat.end();
  }
  return flat.unit();
}

/** Idf-weighted unit vectors of bags whose keys are numbers already (labels.ts grams): ids are given in the order first seen. */
export function vectorsOfKeys(bags: Array<{ keys: number[]; w: number[] }>, keyCount: number): Sparse[] {
  const idOf = new Int32Array(keyCount).fill(-1);
  const flat = new Flat(bags.length);
  for (const bag of bags) {
    for (let j = 0; j < bag.keys.length; j++) {
      let id = idOf[bag.keys[j]];
      if (id < 0) (idOf[bag.keys[j]] = id = flat.df.length), flat.df.push(0);
      flat.add(id, bag.w[j], false);
    }
    flat.end();
  }
  return flat.unit();
}

/** Bags laid end to end (ids numbered first seen first, weights, cue marks), with each id's document count. */
class Flat {
  readonly df: number[] = [];
  private ids: number[] = [];
  private w: number[] = [];
  private cue: boolean[] = [];
  private start: number[] = [0];
  constructor(private readonly n: number) {}
  add(id: number, w: number, cue: boolean): void {
    this.df[id]++;
    this.ids.push(id);
    this.w.push(w);
    this.cue.push(cue);
  }
  end(): void {
    this.start.push(this.ids.length);
  }
  unit(): Sparse[] {
    const { n, df, ids, w: ws, cue, start } = this;
    const out: Sparse[] = new Array(n);
    // per bag: ids packed with their slot into one number and sorted natively (no tuple per token)
    let packed = new Float64Array(64), xs = new Float64Array(64);
    for (let b = 0; b < n; b++) {
      const from = start[b], size = start[b + 1] - from;
      if (packed.length < size) (packed = new Float64Array(size * 2)), (xs = new Float64Array(size * 2));
      let norm = 0;
      for (let j = 0; j < size; j++) {
        const id = ids[from + j];
        const x = ws[from + j] * Math.log(1 + n / df[id]) * (cue[from + j] ? CUE_BOOST : 1);
        xs[j] = x;
        packed[j] = id * 65536 + j;
        norm += x * x;
      }
      norm = Math.sqrt(norm) || 1;
      const order = packed.subarray(0, size).sort();
      const vi = new Int32Array(size), vw = new Float64Array(size);
      for (let q = 0; q < size; q++) {
        const slot = order[q] % 65536;
        vi[q] = (order[q] - slot) / 65536;
        vw[q] = xs[slot] / norm;
      }
      out[b] = { ids: vi, w: vw };
    }
    return out;
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

