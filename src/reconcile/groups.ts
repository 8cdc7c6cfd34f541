/**
 * Group against group: two groups the pairwise linking left apart may still be one property. What
 * a group says as a whole (its members' words pooled, the thing, attribute, event, counted noun
 * and measure most of them name) is compared with what the other says; no value is compared, so
 * two groups that disagree in value join on their words and the verdict sees the conflict.
 * A small logistic model over these pooled comparisons is fitted on gold (train.ts), its
 * threshold chosen like the others.
 * @module
 */
import { farApart, type Side } from "./pairs.js";
import type { Item, Sparse } from "./similarity.js";
import { valueGap } from "./values.js";

export const GROUP_FEATURES = [
  "pooledWords", "pooledLabel", "meanWords", "maxWords", "minWords", "apartShare",
  "thingMaj", "attrMaj", "eventMaj", "countedMaj", "measureMaj", "minSizeLog", "kindDate", "kindCount",
  "farShare",
] as const;

/** Words scores are clamped to this: a pair set apart by a rule (-Infinity) counts as very unlike, not as the whole mean. */
const CLAMP = 6;

/**
 * A pooled vector: its ids in the order first met, their weights beside them, and each id's
 * place (a map of small numbers: no boxed weight per update, no entry per read).
 */
interface Bag {
  ids: number[];
  w: Float64Array;
  at: Map<number, number>;
}

/** What a group says as a whole, worked out once per group. */
export interface Pooled {
  vec: Bag;
  lab: Bag | null;
  thing: number;
  attribute: number;
  event: number;
  counted: number;
  measure: number;
}

/** The unit sum of the members' vectors: words most members share weigh most. */
function pool(vs: Sparse[]): Bag {
  const at = new Map<number, number>();
  const ids: number[] = [];
  let size = 0;
  for (const v of vs) size += v.to - v.from;
  const w = new Float64Array(size);
  for (const v of vs)
    for (let j = v.from; j < v.to; j++) {
      let k = at.get(v.ids[j]);
      if (k === undefined) at.set(v.ids[j], (k = ids.length)), ids.push(v.ids[j]);
      w[k] += v.w[j];
    }
  // summed and scaled in the order the ids were first met, as a map of weights would be
  let n = 0;
  for (let k = 0; k < ids.length; k++) n += w[k] * w[k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < ids.length; k++) w[k] /= n;
  return { ids, w, at };
}

function dot(a: Bag, b: Bag): number {
  if (a.ids.length > b.ids.length) [a, b] = [b, a];
  let s = 0;
  for (let k = 0; k < a.ids.length; k++) {
    const q = b.at.get(a.ids[k]);
    s += a.w[k] * (q === undefined ? 0 : b.w[q]);
  }
  return s;
}

/** The key most members of `g` name (null when none names one; ties: the smaller key). */
export function most<K extends number | string>(g: readonly number[], key: (i: number) => K | null | undefined): K | null {
  const c = new Map<K, number>();
  for (const i of g) {
    const k = key(i);
    if (k) c.set(k, (c.get(k) ?? 0) + 1);
  }
  let best: K | null = null, bn = 0;
  for (const [k, n] of c) if (n > bn || (n === bn && best !== null && k < best)) (best = k), (bn = n);
  return best;
}

export function pooledOf(g: number[], sides: Side[]): Pooled {
  const labs = g.map((i) => sides[i].lab).filter((v): v is Sparse => !!v);
  return {
    vec: pool(g.map((i) => sides[i].vec)),
    lab: labs.length ? pool(labs) : null,
    thing: most(g, (i) => sides[i].thing) ?? 0,
    attribute: most(g, (i) => sides[i].attribute) ?? 0,
    event: most(g, (i) => sides[i].event) ?? 0,
    counted: most(g, (i) => (sides[i].countedOwn ? 0 : sides[i].counted)) ?? 0,
    measure: most(g, (i) => sides[i].measure) ?? 0,
  };
}

/** +1 both name the same, -1 both name one and they differ, 0 otherwise. */
const agree = (a: number, b: number) => (a && a === b ? 1 : a && b ? -1 : 0);

/**
 * Two groups whose members mostly read two different attributes ("injured" against "dead") while
 * their clauses name no one measure: sibling figures of one event, never one property, whatever
 * words they share. The fit gives the pooled attribute no weight (it is held at 0: the attribute
 * is noisy, and its weight would push agreeing groups apart), so two tolls of one disaster whose
 * words overlap joined on those words alone. A measure both clauses name ("displaced") outweighs
 * an attribute read off a neighbouring word ("100,000 homeless" read as a toll).
 */
export function attributesApart(pa: Pooled, pb: Pooled): boolean {
  return agree(pa.attribute, pb.attribute) === -1 && agree(pa.measure, pb.measure) !== 1;
}

/**
 * The comparison of two groups (GROUP_FEATURES order): `A`, `B` a spread of each group's members
 * (link.ts spread), `words` the words-only log-odds of two figures (-Infinity: a rule sets them apart).
 * The share of pairs whose values lie far apart (the pairwise valueFar: values of one fact seldom
 * do, sibling facts' often) is read here, not by a callback: the group and join passes each made
 * their own, and the code optimized for one was thrown away at the other.
 */
export function groupFeatures(pa: Pooled, pb: Pooled, A: number[], B: number[], sizeA: number, sizeB: number, kind: string, words: (i: number, j: number) => number, items: Item[]): Float64Array {
  let sum = 0, max = -CLAMP, min = CLAMP, apart = 0, far_ = 0, n = 0;
  for (const i of A)
    for (const j of B) {
      const w = words(i, j);
      if (w === -Infinity) apart++;
      if (farApart(items[i].m.kind, valueGap(items[i].m.kind, items[i].reading, items[j].reading))) far_++;
      const c = Math.max(-CLAMP, Math.min(CLAMP, w));
      sum += c;
      if (c > max) max = c;
      if (c < min) min = c;
      n++;
    }
  return Float64Array.of(
    dot(pa.vec, pb.vec), pa.lab && pb.lab ? dot(pa.lab, pb.lab) : 0, sum / n, max, min, apart / n,
    agree(pa.thing, pb.thing), agree(pa.attribute, pb.attribute), agree(pa.event, pb.event), agree(pa.counted, pb.counted), agree(pa.measure, pb.measure),
    Math.log(Math.min(sizeA, sizeB)), kind === "date" ? 1 : 0, kind === "count" ? 1 : 0,
    far_ / n,
  );
}
