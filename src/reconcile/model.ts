/**
 * The learned pairwise model: logistic regression over the comparison vector of pairs.ts, and
 * the two cluster thresholds. Fitted by eval/fit.ts on the dev clusters' gold pairs (weights in
 * weights.ts, checked in); the eval refits it leave-one-cluster-out.
 * @module
 */
import { FEATURES } from "./pairs.js";
import type { SplitModel } from "./split.js";
import type { JoinRule } from "./join.js";

export interface Model {
  /** feature names, in the order of `weights` (a model fitted on other features is refused) */
  features: readonly string[];
  weights: number[];
  bias: number;
  /** a pair is a candidate link at or above this log-odds… */
  link: number;
  /** …and two groups merge when their mean pair log-odds reaches this */
  merge: number;
  /**
   * Second pass: a figure left alone joins the fact whose members its words match best when the
   * mean log-odds of a model fitted without the value comparisons reaches `threshold` (so a
   * figure that disagrees with a fact still joins it: that is a conflict, not another fact).
   */
  attach?: { weights: number[]; bias: number; threshold: number; day?: Words | null } | null;
  /**
   * Two figures of one fact disagree for the verdict only when the words-only model (`attach`)
   * scores them at or above this log-odds: a figure that joined through others but reads as
   * another property on its own makes no conflict (fitted like the thresholds; null: every pair).
   */
  trust?: number | null;
  /**
   * Third pass (groups.ts): two groups still apart join when the log-odds of this model over
   * their pooled comparisons reaches `threshold` and each is the other's best match.
   */
  groups?: Words & { threshold: number } | null;
  /**
   * After grouping (split.ts): a conflicting fact's value subgroups that their words tell apart
   * become two facts when this score reaches `threshold` (fitted on the training clusters' gold;
   * null: no split).
   */
  split?: SplitModel | null;
  /**
   * After grouping (join.ts): two groups of rival values, one of them agreeing, whose evidence
   * reaches the rule's threshold join into one fact (null or absent: no join; a fixed rule, chosen
   * on the dev clusters' LOCO scores: docs/measurements.md "Joining rival groups after grouping").
   */
  join?: JoinRule | null;
}

/**
 * The words-only weights read for two single days that name one event (`attach.day`): fitted
 * with the equal-day comparison blanked too. With it, two days mostly link through an equal
 * value, so the fit weighs "two single days" down (about -2.3) and a lone day of another value
 * (a storm's landfall "Friday" against "Sunday") never joins its fact nor counts for the
 * verdict: the value decided, and a disagreeing value is exactly what a conflict is.
 */
export interface Words {
  weights: number[];
  bias: number;
}

/** Log-odds that the pair is one fact. */
export function logit(model: Pick<Model, "bias" | "weights">, x: Float64Array): number {
  let s = model.bias;
  const w = model.weights;
  for (let j = 0; j < w.length; j++) s += w[j] * x[j];
  return s;
}

/**
 * Fits logistic regression by Newton's method (iteratively reweighted least squares, a few
 * passes over the pairs), with an L2 ridge; classes balanced by weight (positives are rare), and
 * each pair weighed by `weight` (the trainer gives every cluster the same total).
 */
export function fitLogistic(X: Float64Array[], y: Uint8Array, opts: { iterations?: number; l2?: number | readonly number[]; weight?: Float64Array } = {}): { weights: number[]; bias: number } {
  const d = (X[0]?.length ?? FEATURES.length) + 1, n = X.length;
  const iterations = opts.iterations ?? 8, l2 = opts.l2 ?? 1;
  const ridge = (j: number) => (typeof l2 === "number" ? l2 : l2[j]);
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i];
  const wPos = pos ? n / (2 * pos) : 1, wNeg = n - pos ? n / (2 * (n - pos)) : 1;
  // theta[0] is the bias; x is read as [1, ...X[i]]
  const theta = new Float64Array(d);
  const H = new Float64Array(d * d), g = new Float64Array(d), xi = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    H.fill(0);
    g.fill(0);
    for (let i = 0; i < n; i++) {
      xi[0] = 1;
      xi.set(X[i], 1);
      let s = 0;
      for (let j = 0; j < d; j++) s += theta[j] * xi[j];
      const p = 1 / (1 + Math.exp(-s));
      const c = (y[i] ? wPos : wNeg) * (opts.weight ? opts.weight[i] : 1);
      const err = c * (p - y[i]), h = c * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const xj = xi[j];
        if (!xj) continue;
        g[j] += err * xj;
        const row = j * d, hx = h * xj;
        for (let k = j; k < d; k++) H[row + k] += hx * xi[k];
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) H[j * d + k] = H[k * d + j];
      // ridge on the weights, not the bias
      if (j) (H[j * d + j] += ridge(j - 1)), (g[j] += ridge(j - 1) * theta[j]);
      H[j * d + j] += 1e-9;
    }
    const step = solve(H, g, d);
    for (let j = 0; j < d; j++) theta[j] -= step[j];
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { weights: [...theta.subarray(1)].map(r), bias: r(theta[0]) };
}

/** Solves A x = b (A symmetric positive definite, d small) by Gaussian elimination with pivoting. */
function solve(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const M = Float64Array.from(A), x = Float64Array.from(b);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(M[r * d + c]) > Math.abs(M[p * d + c])) p = r;
    if (p !== c) {
      for (let k = 0; k < d; k++) [M[c * d + k], M[p * d + k]] = [M[p * d + k], M[c * d + k]];
      [x[c], x[p]] = [x[p], x[c]];
    }
    const piv = M[c * d + c] || 1e-12;
    for (let r = c + 1; r < d; r++) {
      const f = M[r * d + c] / piv;
      if (!f) continue;
      for (let k = c; k < d; k++) M[r * d + k] -= f * M[c * d + k];
      x[r] -= f * x[c];
    }
  }
  for (let c = d - 1; c >= 0; c--) {
    let s = x[c];
    for (let k = c + 1; k < d; k++) s -= M[c * d + k] * x[k];
    x[c] = s / (M[c * d + c] || 1e-12);
  }
  return x;
}
