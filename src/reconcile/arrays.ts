/**
 * Arrays the hot loops of prepare read, made element by element onto `[]`, never by `map`: V8's
 * `map` hands back a packed or a holey array by the path it took (of 2,000 reports' figure orders,
 * ~1,400 came back holey and ~600 packed), and optimized code that meets the other kind is thrown
 * away and compiled again: in a first brief at 2,000 reports `figureFeatures` was compiled three
 * times and `placesPooled` twice (the two largest compiles of a cold reconcile), now once each.
 * @module
 */
import type { Mention } from "../types.js";

/** `f` of each of `xs`, in order. */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}

/** The indices of `ms` by start (a stable sort: ties keep their order). */
export function byStart(ms: readonly Mention[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ms.length; i++) out.push(i);
  return out.sort((a, b) => ms[a].start - ms[b].start);
}
