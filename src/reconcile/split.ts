/**
 * The split pass, after grouping and before a fact is built: a fact judged a conflict whose
 * values fall into subgroups (members whose intervals meet, interval.ts `meet`) that the words
 * tell apart consistently (one subgroup's members share a word, a head or a measure the other's
 * lack; the words-only model scores them apart) is two facts, not one fact given two ways: "40,000
 * evacuated" against "52,000 displaced", the first phase's cost against the whole's. Where the
 * words do not separate the subgroups, the conflict stands. Two subgroups split when a small
 * logistic score over that evidence (fitted on the dev clusters' gold, train.ts fitSplit) reaches
 * its threshold. Pure: figures, their sides and intervals in, lists of members out.
 * @module
 */
import type { Side } from "./pairs.js";
import type { Judged } from "./verdict.js";
import { meet } from "./interval.js";
import { cosine } from "./similarity.js";
import { Roots } from "./roots.js";

/** The evidence that two value subgroups of a fact are two properties, in the order of the weights. */
export const SPLIT_FEATURES = ["cross", "gap", "onlyMany", "onlyOne", "headOnly", "labelGap", "measureApart", "fieldApart", "fieldOnly"] as const;

/** Directions the fit holds (1: only toward a split, -1: only against, 0: free). */
export const SPLIT_SIGN = [-1, 1, 1, 1, 1, 1, 1, 1, 1] as const;

/** The fitted score and the log-odds at which two subgroups split. */
export interface SplitModel {
  weights: number[];
  bias: number;
  threshold: number;
}

/** The words-only log-odds of two figures (words-only.ts groupWords): -Infinity for a pair a rule sets apart. */
type WordsOf = (i: number, j: number) => number;

/** Words-only log-odds are read within these bounds (a rule's -Infinity is a strong "apart", not an infinite one). */
const CLIP = 8;
/** At most this many members of a subgroup are read for pairwise words (the first by position). */
const SAMPLE = 8;
/** A word, head or measure is a subgroup's when at least this share of its members have it. */
const SHARED = 0.75;

/**
 * The value subgroups of a fact's members (`g`, indices into `judged`): each member whose
 * interval meets every member's of a subgroup joins it (the largest first, the narrowest
 * intervals placed first), else starts one of its own. Not chained: "more than 100,000" meets
 * 240,000 and 380,000, which do not meet each other. A member with no interval, or a conversion,
 * goes with the first subgroup one of whose members it meets, else the largest. Each subgroup in
 * `g`'s order, the subgroups by their first member.
 */
export function valueGroups(g: readonly number[], judged: readonly Judged[]): number[][] {
  const n = g.length;
  const span = (k: number) => judged[g[k]].span;
  const valued = (k: number) => !!span(k) && !judged[g[k]].conversion;
  const width = (k: number) => {
    const s = span(k)!;
    const w = (s.high - s.low) / (Math.abs(s.low) + Math.abs(s.high) || 1);
    return Number.isFinite(w) ? w : Infinity;
  };
  const order: number[] = [];
  for (let k = 0; k < n; k++) if (valued(k)) order.push(k);
  if (!order.length) return [g.slice()];
  order.sort((a, b) => width(a) - width(b) || a - b);
  const groups: number[][] = [];
  for (const k of order) {
    let home: number[] | null = null;
    for (const c of groups) if ((!home || c.length > home.length) && c.every((x) => meet(span(k), span(x)) === true)) home = c;
    if (home) home.push(k);
    else groups.push([k]);
  }
  let largest = 0;
  groups.forEach((c, k) => c.length > groups[largest].length && (largest = k));
  for (let k = 0; k < n; k++) {
    if (valued(k)) continue;
    const home = groups.find((c) => c.some((x) => meet(span(k), span(x)) === true)) ?? groups[largest];
    home.push(k);
  }
  for (const c of groups) c.sort((a, b) => a - b);
  groups.sort((a, b) => a[0] - b[0]);
  return groups.map((c) => c.map((k) => g[k]));
}

/** The ids of a member's bag (word vector, label grams or heads) as a list. */
type Bag = (i: number) => ArrayLike<number>;

const wordsBag = (sides: readonly Side[]): Bag => (i) => sides[i].vec.ids.subarray(sides[i].vec.from, sides[i].vec.to);
const headsBag = (sides: readonly Side[]): Bag => (i) => sides[i].bagKeys.subarray(sides[i].head, sides[i].head + sides[i].headN);

/**
 * How many ids most of `X`'s members have (SHARED) and none of `Y`'s in their languages: a
 * word another language lacks tells nothing ("Mio." against "million"), so `Y`'s members of
 * other languages are not read, and a `Y` of none of `X`'s languages tells nothing at all.
 */
function onlyIn(X0: readonly number[], Y0: readonly number[], bag: Bag, sides: readonly Side[]): number {
  const langs = new Set(X0.map((i) => sides[i].lang));
  const Y = Y0.filter((j) => langs.has(sides[j].lang));
  if (!Y.length) return 0;
  const X = X0;
  const count = new Map<number, number>();
  for (const i of X) {
    const ids = bag(i);
    for (let q = 0; q < ids.length; q++) count.set(ids[q], (count.get(ids[q]) ?? 0) + 1);
  }
  const need = Math.max(1, Math.ceil(SHARED * X.length));
  const shared = new Set<number>();
  for (const [id, c] of count) if (c >= need) shared.add(id);
  if (!shared.size) return 0;
  for (const j of Y) {
    const ids = bag(j);
    for (let q = 0; q < ids.length; q++) shared.delete(ids[q]);
    if (!shared.size) return 0;
  }
  return shared.size;
}

/** The measure most of a subgroup's members name (0: none names one by SHARED). */
function measureOf(X: readonly number[], sides: readonly Side[]): number {
  const c = new Map<number, number>();
  for (const i of X) if (sides[i].measure) c.set(sides[i].measure, (c.get(sides[i].measure) ?? 0) + 1);
  for (const [m, n] of c) if (n >= SHARED * X.length) return m;
  return 0;
}

const clip = (v: number) => Math.min(CLIP, Math.max(-CLIP, v));

/**
 * Mean of `f` over pairs of `X` × `Y` (or within `X` when `Y` is null) of one language, first
 * SAMPLE of each; NaN when there are none. Two languages' words share little whatever they say,
 * so a pair across them would pass for a pair told apart.
 */
function meanPairs(X: readonly number[], Y: readonly number[] | null, f: (i: number, j: number) => number, sides: readonly Side[]): number {
  const xs = X.slice(0, SAMPLE), ys = Y ? Y.slice(0, SAMPLE) : xs;
  let s = 0, n = 0;
  for (let a = 0; a < xs.length; a++)
    for (let b = Y ? 0 : a + 1; b < ys.length; b++) {
      if (sides[xs[a]].lang !== sides[ys[b]].lang) continue;
      s += f(xs[a], ys[b]);
      n++;
    }
  return n ? s / n : Number.NaN;
}

/** The evidence (SPLIT_FEATURES) that value subgroups `A` and `B` (indices into `sides`) are two properties. */
export function splitFeatures(A0: readonly number[], B0: readonly number[], sides: readonly Side[], words: WordsOf, judged: readonly Judged[]): Float64Array {
  // one member per outlet: copies and one outlet's pages share their words, and would pass for a subgroup's own
  const A = oneEach(A0, judged), B = oneEach(B0, judged);
  const w = (i: number, j: number) => clip(words(i, j));
  const cross = meanPairs(A, B, w, sides);
  const inA = meanPairs(A, null, w, sides), inB = meanPairs(B, null, w, sides);
  const within = Number.isNaN(inA) ? inB : Number.isNaN(inB) ? inA : (inA + inB) / 2;
  const lab = (i: number, j: number) => {
    const a = sides[i].lab, b = sides[j].lab;
    return a && b ? cosine(a, b) : 0;
  };
  const labCross = meanPairs(A, B, lab, sides);
  const lA = meanPairs(A, null, lab, sides), lB = meanPairs(B, null, lab, sides);
  const labWithin = Number.isNaN(lA) ? lB : Number.isNaN(lB) ? lA : (lA + lB) / 2;
  const wb = wordsBag(sides), hb = headsBag(sides);
  const many = Math.max(A.length > 1 ? onlyIn(A, B, wb, sides) : 0, B.length > 1 ? onlyIn(B, A, wb, sides) : 0);
  const one = Math.max(A.length === 1 ? onlyIn(A, B, wb, sides) : 0, B.length === 1 ? onlyIn(B, A, wb, sides) : 0);
  const heads = (A.length > 1 && onlyIn(A, B, hb, sides)) || (B.length > 1 && onlyIn(B, A, hb, sides)) ? 1 : 0;
  const ma = measureOf(A, sides), mb = measureOf(B, sides);
  // no pair of one language across (or within): no evidence either way
  const across = Number.isNaN(cross) ? (Number.isNaN(within) ? 0 : within) : cross;
  return Float64Array.from([
    across,
    Number.isNaN(within) || Number.isNaN(cross) ? 0 : within - cross,
    Math.log1p(many),
    Math.log1p(one) / 2,
    heads,
    Number.isNaN(labWithin) || Number.isNaN(labCross) ? 0 : labWithin - labCross,
    ma && mb && ma !== mb ? 1 : 0,
    fieldsApart(A, B, sides),
    Math.max(fieldsOnly(A, B, sides), fieldsOnly(B, A, sides)),
  ]);
}

/** The property fields a subgroup is told by (pairs.ts Side: numbered words, 0 for none). */
const FIELDS = ["thing", "attribute", "event", "scope", "per", "counted", "name"] as const;

/** The value most of a subgroup's members (SHARED) have in a field, or 0. */
function fieldOf(X: readonly number[], sides: readonly Side[], field: (typeof FIELDS)[number]): number {
  const c = new Map<number, number>();
  for (const i of X) if (sides[i][field]) c.set(sides[i][field], (c.get(sides[i][field]) ?? 0) + 1);
  for (const [v, n] of c) if (n >= SHARED * X.length) return v;
  return 0;
}

/** In how many fields both subgroups have a value of their own, and the two differ ("evacuated" against "displaced"). */
function fieldsApart(A: readonly number[], B: readonly number[], sides: readonly Side[]): number {
  let n = 0;
  for (const f of FIELDS) {
    const a = fieldOf(A, sides, f), b = fieldOf(B, sides, f);
    if (a && b && a !== b) n++;
  }
  return n;
}

/** In how many fields (or places) most of `X`'s members, two outlets or more, have a value none of `Y`'s has ("the first phase" against the whole). */
function fieldsOnly(X: readonly number[], Y: readonly number[], sides: readonly Side[]): number {
  if (X.length < 2) return 0;
  let n = 0;
  for (const f of FIELDS) {
    const a = fieldOf(X, sides, f);
    if (a && !Y.some((j) => sides[j][f] === a)) n++;
  }
  const places = new Map<number, number>();
  for (const i of X) for (const p of sides[i].places) places.set(p, (places.get(p) ?? 0) + 1);
  for (const [p, c] of places) if (c >= SHARED * X.length && !Y.some((j) => sides[j].places.includes(p))) return n + 1;
  return n;
}

/** The first member of each outlet of a subgroup. */
function oneEach(X: readonly number[], judged: readonly Judged[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const i of X) if (!seen.has(judged[i].outlet)) seen.add(judged[i].outlet), out.push(i);
  return out;
}

/**
 * Two subgroups are compared only when each is told by this many outlets: a lone figure against
 * the rest is what most true conflicts look like, and one report's words say little of a subgroup.
 */
const MIN_OUTLETS = 2;

/** Whether two value subgroups are each told by MIN_OUTLETS outlets or more (only such pairs may split). */
export function splittable(A: readonly number[], B: readonly number[], judged: readonly Judged[]): boolean {
  return oneEach(A, judged).length >= MIN_OUTLETS && oneEach(B, judged).length >= MIN_OUTLETS;
}

/** The split score's log-odds for one comparison. */
export function splitScore(model: Pick<SplitModel, "weights" | "bias">, x: Float64Array): number {
  let s = model.bias;
  for (let j = 0; j < x.length; j++) s += model.weights[j] * x[j];
  return s;
}

/** At most this many value subgroups are compared (the largest): a fact of many scattered values is left whole. */
const MAX_PARTS = 12;

/**
 * A conflicting fact's members (`g`, indices into `sides` and `judged`) in pieces: its value
 * subgroups, two of which stay together unless their score reaches the model's threshold, joined
 * transitively. One piece (`[g]`) when nothing splits.
 */
export function splitGroup(g: readonly number[], judged: readonly Judged[], sides: readonly Side[], words: WordsOf, model: SplitModel): number[][] {
  const parts = valueGroups(g, judged);
  if (parts.length < 2 || parts.length > MAX_PARTS) return [g.slice()];
  const n = parts.length;
  const roots = new Roots(n);
  const find = (k: number): number => roots.find(k);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      if (find(a) === find(b)) continue;
      if (!splittable(parts[a], parts[b], judged) || splitScore(model, splitFeatures(parts[a], parts[b], sides, words, judged)) < model.threshold) roots.union(b, a);
    }
  const pieces = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const r = find(k);
    const p = pieces.get(r);
    if (p) for (const i of parts[k]) p.push(i);
    else pieces.set(r, parts[k].slice());
  }
  if (pieces.size < 2) return [g.slice()];
  const order = new Map(g.map((i, k) => [i, k]));
  return [...pieces.values()].map((p) => p.sort((x, y) => order.get(x)! - order.get(y)!));
}
