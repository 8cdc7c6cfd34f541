// The split pass's value subgroups and its refusal to split on one outlet's word (figures made up).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Judged } from "./verdict.js";
import type { Side } from "./pairs.js";
import { splitGroup, splittable, valueGroups } from "./split.js";

/** A member of `outlet` giving a whole number from `low` to `high` (each read ± 0.5, as a count's interval is). */
function member(low: number, high: number, outlet: string): Judged {
  return { span: { low: low - 0.5, high: high + 0.5, whole: true, scale: "count" }, outlet, conversion: false } as Judged;
}

test("value subgroups: members whose intervals all meet, not chained through a bound", () => {
  // 240 and 380 both meet "more than 100" but not each other: two subgroups, the bound in the first
  const js = [member(240, 240, "a"), member(101, Infinity, "b"), member(380, 380, "c"), member(240, 240, "d")];
  assert.deepEqual(valueGroups([0, 1, 2, 3], js), [[0, 1, 3], [2]]);
});

test("value subgroups: a member with no interval goes with the largest subgroup", () => {
  const js = [member(5, 5, "a"), member(5, 5, "b"), member(9, 9, "c"), { span: null, outlet: "d", conversion: false } as Judged];
  assert.deepEqual(valueGroups([0, 1, 2, 3], js), [[0, 1, 3], [2]]);
});

test("one outlet's figures make no subgroup a split may read", () => {
  const js = [member(5, 5, "a"), member(5, 5, "b"), member(9, 9, "c"), member(9, 9, "c")];
  assert.equal(splittable([0, 1], [2, 3], js), false);
  assert.equal(splittable([0, 1], [2, 3], [...js.slice(0, 3), member(9, 9, "d")]), true);
});

test("a conflict of one value against the rest stays whole, whatever the score", () => {
  const js = [member(5, 5, "a"), member(5, 5, "b"), member(9, 9, "c")];
  const always = { weights: [0, 0, 0, 0, 0, 0, 0, 0, 0], bias: 10, threshold: 0 };
  assert.deepEqual(splitGroup([0, 1, 2], js, [] as Side[], () => 0, always), [[0, 1, 2]]);
});
