import { test } from "node:test";
import assert from "node:assert/strict";
import type { Side } from "./pairs.js";
import { besideMeasured, oddMeasure } from "./trust.js";

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

test("besideMeasured: a bare figure beside its sentence's own toll of another value is no rival of another report", () => {
  // measure 1: the dead. Report 0 says in one sentence (10) "killed 20 and drove 30,000 from their
  // homes"; report 1 gives a toll of 35; report 2 a bare 36 alone in its sentence
  const s = [
    { measure: 1, report: 0, sentence: 10, value: 20 },
    { measure: 0, report: 0, sentence: 10, value: 30000 },
    { measure: 1, report: 1, sentence: 5, value: 35 },
    { measure: 0, report: 2, sentence: 7, value: 36 },
  ] as unknown as Side[];
  const apart = besideMeasured([0, 1, 2, 3], s)!;
  assert.equal(apart(1, 2), true);
  assert.equal(apart(3, 1), true);
  // the sentence's own toll and a bare figure of another sentence stay for the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(3, 2), false);
  // within one report: not this rule's (one report never conflicts with itself)
  assert.equal(apart(0, 1), false);
  // no bare figure beside its sentence's toll, or no measure named in the group: nothing set apart
  assert.equal(besideMeasured([0, 2, 3], s), null);
  assert.equal(besideMeasured([1, 3], s), null);
});
