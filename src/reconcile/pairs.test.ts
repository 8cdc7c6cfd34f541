import { test } from "node:test";
import assert from "node:assert/strict";
import { oddMeasure, type Side } from "./pairs.js";

/** Sides as oddMeasure reads them: the measure each figure's own clause names (0: none). */
const sides = (measures: number[]): Side[] => measures.map((measure) => ({ measure }) as unknown as Side);

test("oddMeasure: a member naming another measure than most of its group is unlike the group's bare members", () => {
  // 1: the dead, 2: the injured; 0-2 name the dead, 3 names none, 4 names the injured
  const s = sides([1, 1, 1, 0, 2]);
  const odd = oddMeasure([0, 1, 2, 3, 4], s)!;
  assert.equal(odd(4, 3), true);
  assert.equal(odd(3, 4), true);
  // the bare member against one naming the group's own measure, or two naming one: as the words say
  assert.equal(odd(3, 0), false);
  assert.equal(odd(0, 1), false);
  // two named measures are measuresDiffer's: not this rule's
  assert.equal(odd(4, 0), false);
  // a group naming one measure, or none, has no odd member
  assert.equal(oddMeasure([0, 1, 3], s), null);
  assert.equal(oddMeasure([3], s), null);
});
