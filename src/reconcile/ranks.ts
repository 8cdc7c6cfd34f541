/**
 * Ranks among distinct values, for sorting by typed keys: a value's rank among the distinct
 * values, then its place, make one number that a native numeric sort of a Float64Array orders
 * with no callback per comparison (cluster.ts byValue: figures by value; strongest.ts
 * byStrength: links strongest first).
 * @module
 */

/** Moves the distinct values of sorted `s` (its first `m`) to its front; how many. -0 and 0 are one value. */
export function distinctIn(s: Float64Array, m: number): number {
  let d = 0;
  for (let k = 0; k < m; k++) if (k === 0 || s[k] !== s[d - 1]) s[d++] = s[k];
  return d;
}

/** The rank of `v` among the first `d` values of sorted, distinct `s` (the first at or above it). */
export function rankIn(s: Float64Array, d: number, v: number): number {
  let lo = 0, hi = d - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (s[m] < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}
