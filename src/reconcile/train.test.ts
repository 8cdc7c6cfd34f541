import { test } from "node:test";
import assert from "node:assert/strict";
import type { Model } from "./model.js";
import { medianThresholds } from "./train.js";

// a model with only its four thresholds set (the weights play no part in the median)
const m = (merge: number, attach: number | null, groups: number | null, trust: number | null): Model => ({
  features: [],
  weights: [],
  bias: 0,
  link: merge - 0.5,
  merge,
  attach: attach === null ? null : { weights: [], bias: 0, threshold: attach },
  groups: groups === null ? null : { weights: [], bias: 0, threshold: groups },
  trust,
});

test("the shipped thresholds: each one the median of the folds', along its own grid", () => {
  // one fold tipped to a far group threshold does not move the median
  const folds = [m(1.5, 1, 2, -1), m(2, 1, 2, -1), m(1.5, 1, 4, 0), m(1.5, 1, 3, -1), m(2, 1, 2, -1)];
  assert.deepEqual(medianThresholds(folds), { merge: 1.5, attach: 1, groups: 2, trust: -1 });
  // no group pass and no attach pass are the strictest of their grids; no trust bar the least strict
  const strict = [m(1, null, null, null), m(1, null, null, null), m(1, 3, 5, null)];
  assert.deepEqual(medianThresholds(strict), { merge: 1, attach: null, groups: null, trust: null });
  const loose = [m(1, 3, 5, -3), m(1, -1, 1, null), m(1, null, null, 0)];
  assert.deepEqual(medianThresholds(loose), { merge: 1, attach: 3, groups: 5, trust: -3 });
  // an even count takes the less strict of the two middles
  assert.deepEqual(medianThresholds([m(1.5, 1, 2, -1), m(2, 2, 3, 0)]), { merge: 1.5, attach: 1, groups: 2, trust: -1 });
});
