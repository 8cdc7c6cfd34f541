/**
 * Elements told apart by some of their fields, without a key string per element: the verdict's
 * representatives (verdict.ts), a fact's values (fact.ts) and a report's restated values
 * (places.ts) were found by template strings of six to thirteen fields per figure, ~23 MB of a
 * cold reconcile's garbage at 1,000 reports. Here
 * a number is hashed from a few of the fields (strings by their number in `Ids`, numbers by their
 * bits), and elements of one hash are compared field by field, as the strings compared them.
 * @module
 */

/**
 * Per element of `n`, the first element alike (`same`) met before it, or itself; `hash(i)` must
 * be equal for elements alike (and is best unequal for others). In order: an element's first
 * alike is at or before it.
 */
export function firstAlike(n: number, hash: (i: number) => number, same: (i: number, j: number) => boolean): Int32Array {
  const first = new Int32Array(n);
  // per hash, the last element that is its own first with it, and before it the one with it before
  const last = new Map<number, number>();
  const before = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = hash(i);
    const at = last.get(h);
    let x = at ?? -1;
    while (x >= 0 && !same(x, i)) x = before[x];
    if (x >= 0) {
      first[i] = x;
      continue;
    }
    first[i] = i;
    before[i] = at ?? -1;
    last.set(h, i);
  }
  return first;
}

/** Strings numbered in the order met (null and undefined numbered too), to be hashed. */
export class Ids {
  private ids = new Map<string | null | undefined, number>();
  of(s: string | null | undefined): number {
    let v = this.ids.get(s);
    if (v === undefined) this.ids.set(s, (v = this.ids.size));
    return v;
  }
}

const BITS = new Float64Array(1);
const HALVES = new Int32Array(BITS.buffer);

/** A number's bits folded to 32, alike for numbers that print alike (0 and -0, every NaN); null and undefined as NaN. */
export function bitsOf(v: number | null | undefined): number {
  BITS[0] = v === 0 ? 0 : v == null || Number.isNaN(v) ? Number.NaN : v;
  return HALVES[0] ^ HALVES[1];
}

/** Hashes of several fields combined. */
export const mix = (h: number, x: number) => (Math.imul(h, 31) + x) | 0;

/** Two numbers (or null, or undefined) that print alike in a template string (`${a}` === `${b}`). */
export const printsAlike = (a: number | null | undefined, b: number | null | undefined) => a === b || (Number.isNaN(a) && Number.isNaN(b));
