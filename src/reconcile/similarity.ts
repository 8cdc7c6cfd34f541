/**
 * A figure as the grouping sees it (Item), and its word vector: an idf-weighted, normalized bag
 * of the words around it, compared by cosine (one of the pairwise comparisons of pairs.ts).
 * @module
 */
import type { Period } from "./period.js";
import type { Mention } from "../types.js";
import type { Features } from "./features.js";
import type { Reading } from "./values.js";
import type { Span } from "./interval.js";

/** Cue classes ("#cost", "#length") weigh this much more than plain words: they name the measure. */
const CUE_BOOST = 3;

/**
 * A sparse vector: token ids ascending, with their weights, at [from, to) of two arrays that
 * many vectors share (one small object per vector, not two typed arrays).
 */
export interface Sparse {
  ids: Int32Array;
  w: Float64Array;
  from: number;
  to: number;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), w: new Float64Array(0), from: 0, to: 0 };

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
  /** the story its report tells, when the reports tell more than one (stories.ts); unset: one story */
  story?: number;
  /** the report's publication date (or its stand-in) */
  published?: string | null;
  /** the interval the figure stands for (interval.ts), worked out once for grouping and verdict */
  span?: Span | null;
  /** the text dates the figure before its report ("initially", "up from") */
  earlier?: boolean;
  /** the period its sentence says the amount is of (period.ts), in days */
  period?: Period;
  /** a date an amount of its report is counted over ("trade in the first half": period.ts stretchesOf) */
  stretch?: boolean;
}

/**
 * Document frequencies: how many bags hold each key, out of `n` bags. A run's own by default; an
 * incremental update (update.ts) passes the whole dossier's, so a few figures are weighed as a
 * full run over everything would weigh them.
 */
export interface DocFreq {
  n: number;
  df: Map<string, number>;
}

/**
 * How vectors are weighed and what is kept of their counts: `global` frequencies to weigh by
 * instead of the bags' own, and `counted` to receive the bags' own (made when called).
 */
export interface Weighing {
  global?: DocFreq;
  counted?: (own: () => DocFreq) => void;
}

/**
 * Idf-weighted unit vectors of bags whose keys are numbers already (features.ts Bags, labels.ts
 * grams), laid end to end in `bags` (bag b holds [from[b], to[b])), taken in the order `order`:
 * ids are given in the order first seen. `cue` marks the keys that are cue classes ("#…"):
 * general vocabulary, boosted so that a rare word does not drown them.
 */
export function vectorsOfKeys(bags: { keys: Int32Array; w: Float64Array; from: Int32Array; to: Int32Array }, order: ArrayLike<number>, keyCount: number, weighing: Weighing & { names?: () => string[]; cue?: Uint8Array } = {}): Sparse[] {
  const { keys, w, from, to } = bags;
  const cue = weighing.cue;
  const named = weighing.global || weighing.counted ? weighing.names?.() : undefined;
  const keyOf: string[] = [];
  // figures that share a bag (labels.ts: the same clause word for word) share its vector: per
  // item, the first item of its bag; the bag is laid once and counted once per item
  const same = new Int32Array(order.length);
  const flat = new Flat(order.length, firstOfBag(order, from, to, same), keyCount);
  const ids = laid(flat, keys, w, from, to, order, same, new Int32Array(keyCount).fill(-1), cue, named, keyOf);
  if (named) flat.weigh(weighing, keyOf);
  const out = flat.unit(ids);
  for (let i = 0; i < out.length; i++) if (same[i] !== i) out[i] = out[same[i]];
  return out;
}

/**
 * Per item of `order`, the first item of its bag, into `same`; how many entries the bags hold,
 * each counted once. A function of its own, as `laid` is: vectorsOfKeys' loops, optimized on the
 * stack while they ran, threw their code away on reaching the steps after them.
 */
function firstOfBag(order: ArrayLike<number>, from: Int32Array, to: Int32Array, same: Int32Array): number {
  let held = 0;
  for (let i = 0; i < order.length; i++) held = Math.max(held, order[i] + 1);
  const firstOf = new Int32Array(held).fill(-1);
  let total = 0;
  for (let i = 0; i < order.length; i++) {
    const b = order[i];
    if (firstOf[b] < 0) (firstOf[b] = same[i] = i), (total += to[b] - from[b]);
    else same[i] = firstOf[b];
  }
  return total;
}

/**
 * Lays the bags `order` names into `flat`, their keys numbered first seen first (`idOf`: each
 * key's number, -1 not yet; with `named`, each number's key into `keyOf`); how many numbers. An
 * item whose bag an earlier one laid (`same[i]`, that item) is counted, not laid: an empty bag
 * whose vector is the earlier one's. A function of its own: its loop, optimized while it ran,
 * threw its code away on reaching the steps after it, and ran on unoptimized.
 */
function laid(flat: Flat, keys: Int32Array, w: Float64Array, from: Int32Array, to: Int32Array, order: ArrayLike<number>, same: Int32Array, idOf: Int32Array, cue: Uint8Array | undefined, named: string[] | undefined, keyOf: string[]): number {
  let ids = 0;
  for (let i = 0; i < order.length; i++) {
    const again = same[i] !== i;
    for (let j = from[order[i]]; j < to[order[i]]; j++) {
      let id = idOf[keys[j]];
      if (id < 0) {
        idOf[keys[j]] = id = ids++;
        if (named) keyOf.push(named[keys[j]]);
      }
      if (again) flat.count(id);
      else flat.add(id, w[j], cue ? cue[keys[j]] === 1 : false);
    }
    flat.end();
  }
  return ids;
}

/**
 * Bags laid end to end in typed arrays sized up front (ids numbered first seen first, weights,
 * cue marks), with each id's document count: tens of thousands of bags, hundreds of thousands
 * of entries, without growing arrays or a pair of small typed arrays per vector.
 */
class Flat {
  private readonly df: Int32Array;
  private readonly ids: Int32Array;
  private readonly w: Float64Array;
  private readonly cue: Uint8Array;
  private readonly start: Int32Array;
  private size = 0;
  private bags = 0;
  /** bags counted for idf: these, or the whole dossier's (`weigh`) */
  private counted: number;
  /** `n` bags of `total` entries in all, over at most `keys` distinct ids */
  constructor(private readonly n: number, total: number, keys: number) {
    this.counted = n;
    this.df = new Int32Array(keys);
    this.ids = new Int32Array(total);
    this.w = new Float64Array(total);
    this.cue = new Uint8Array(total);
    this.start = new Int32Array(n + 1);
  }
  add(id: number, w: number, cue: boolean): void {
    this.df[id]++;
    const at = this.size++;
    this.ids[at] = id;
    this.w[at] = w;
    this.cue[at] = cue ? 1 : 0;
  }
  /** Counts key `id` once more in its document frequency (a bag laid already, held again). */
  count(id: number): void {
    this.df[id]++;
  }
  end(): void {
    this.start[++this.bags] = this.size;
  }
  /** Hands out the bags' own counts (keys by id: `keyOf`) and weighs by the global ones instead, as asked. */
  weigh(weighing: Weighing, keyOf: string[]): void {
    if (weighing.counted) {
      const own = this.df.slice(0, keyOf.length), n = this.n;
      weighing.counted(() => {
        const df = new Map<string, number>();
        keyOf.forEach((k, id) => df.set(k, own[id]));
        return { n, df };
      });
    }
    const g = weighing.global;
    if (!g) return;
    this.counted = g.n;
    // a key the whole dossier has not counted is at least as frequent as here
    keyOf.forEach((k, id) => (this.df[id] = Math.max(g.df.get(k) ?? 0, this.df[id])));
  }
  /**
   * The unit vectors, in two shared arrays; `keys`: how many ids were given. The vectors are
   * written over the bags: a bag's entries are all read (into xs and packed) before its sorted
   * ones are written back, and no bag reaches into another's.
   */
  unit(keys: number): Sparse[] {
    // each id's idf, once (not once per entry)
    const idf = new Float64Array(keys);
    idfInto(idf, this.df, this.counted);
    const out: Sparse[] = new Array(this.n);
    // most bags are small, sorted by insertion in one pass; the few large ones after it, by a
    // native sort: a pass that met its first large bag once optimized threw its code away and ran
    // on unoptimized, a boxed number per weight (each loop here is a function of its own for that)
    if (this.small(idf, out)) this.large(idf, out);
    return out;
  }

  /** The vectors of the bags of up to SMALL entries; whether any bag is larger. */
  private small(idf: Float64Array, out: Sparse[]): boolean {
    const { n, ids, w, cue, start } = this;
    // per bag: ids packed with their slot into one number and sorted (no tuple per token)
    const packed = new Float64Array(SMALL), xs = new Float64Array(SMALL);
    let large = false;
    for (let b = 0; b < n; b++) {
      const from = start[b], size = start[b + 1] - from;
      if (size > SMALL) {
        large = true;
        continue;
      }
      const norm = weighBag(ids, w, cue, idf, from, size, xs, packed);
      // in place by insertion, not by a native sort of a new view each (the packed numbers are
      // distinct, so both orders are the one ascending order)
      for (let i = 1; i < size; i++) {
        const v = packed[i];
        let j = i - 1;
        for (; j >= 0 && packed[j] > v; j--) packed[j + 1] = packed[j];
        packed[j + 1] = v;
      }
      writeBag(ids, w, from, size, packed, xs, norm);
      out[b] = { ids, w, from, to: from + size };
    }
    return large;
  }

  /** The vectors of the bags of more than SMALL entries. */
  private large(idf: Float64Array, out: Sparse[]): void {
    const { n, ids, w, cue, start } = this;
    for (let b = 0; b < n; b++) {
      const from = start[b], size = start[b + 1] - from;
      if (size <= SMALL) continue;
      const packed = new Float64Array(size), xs = new Float64Array(size);
      const norm = weighBag(ids, w, cue, idf, from, size, xs, packed);
      writeBag(ids, w, from, size, packed.sort(), xs, norm);
      out[b] = { ids, w, from, to: from + size };
    }
  }
}

/** Bags of up to this many entries are sorted by insertion (Flat.unit). */
const SMALL = 32;

/** Each id's idf, out of `counted` bags (`df`: how many hold it). */
function idfInto(idf: Float64Array, df: Int32Array, counted: number): void {
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(1 + counted / df[id]);
}

/**
 * The entries [from, from + size) of a bag weighed by idf (cue classes boosted) into `xs`, slot by
 * slot, and each id packed with its slot into `packed`; returns the bag's norm.
 */
function weighBag(ids: Int32Array, ws: Float64Array, cue: Uint8Array, idf: Float64Array, from: number, size: number, xs: Float64Array, packed: Float64Array): number {
  let norm = 0;
  for (let j = 0; j < size; j++) {
    const id = ids[from + j];
    const x = ws[from + j] * idf[id] * (cue[from + j] ? CUE_BOOST : 1);
    xs[j] = x;
    packed[j] = id * 65536 + j;
    norm += x * x;
  }
  return Math.sqrt(norm) || 1;
}

/** A weighed bag written back over itself in the order of `order` (packed ids ascending), each weight over `norm`. */
function writeBag(ids: Int32Array, ws: Float64Array, from: number, size: number, order: Float64Array, xs: Float64Array, norm: number): void {
  for (let q = 0; q < size; q++) {
    const slot = order[q] % 65536;
    ids[from + q] = (order[q] - slot) / 65536;
    ws[from + q] = xs[slot] / norm;
  }
}

/** Dot product of two sparse vectors (a merge over their sorted ids). */
export function cosine(a: Sparse, b: Sparse): number {
  const ai = a.ids, bi = b.ids, ae = a.to, be = b.to;
  let i = a.from, j = b.from, s = 0;
  while (i < ae && j < be) {
    const x = ai[i], y = bi[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}


/**
 * One vector laid out dense (by id) so that its dot products with many others cost one pass over
 * each other vector's ids. Exactly `cosine`: the same products are added in the same order (ids
 * ascending), and the ids the pinned vector lacks add zero.
 */
export class Pinned {
  private d: Float64Array;
  private v: Sparse | null = null;
  /** `size`: one more than the largest id of any vector pinned or dotted */
  constructor(size: number) {
    this.d = new Float64Array(size);
  }
  pin(v: Sparse): void {
    if (v === this.v) return;
    if (this.v) for (let j = this.v.from; j < this.v.to; j++) this.d[this.v.ids[j]] = 0;
    this.v = v;
    for (let j = v.from; j < v.to; j++) this.d[v.ids[j]] = v.w[j];
  }
  dot(b: Sparse): number {
    const d = this.d, ids = b.ids, w = b.w, to = b.to;
    let s = 0;
    for (let j = b.from; j < to; j++) s += d[ids[j]] * w[j];
    return s;
  }
}

/** One more than the largest id of the vectors. */
export function idSpan(vs: Iterable<Sparse | null | undefined>): number {
  let max = -1;
  for (const v of vs) if (v && v.to > v.from && v.ids[v.to - 1] > max) max = v.ids[v.to - 1];
  return max + 1;
}
