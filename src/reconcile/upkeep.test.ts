import assert from "node:assert/strict";
import { test } from "node:test";
import { flagged, flagOf } from "./upkeep.js";
import type { Judged } from "./verdict.js";

const judged = (over: Partial<Judged>): Judged => ({ m: {} as Judged["m"], outlet: "o", report: "r", speaker: null, time: null, earlier: false, span: null, conversion: false, ...over });

test("a member's flag keeps every reading the verdict needs, one character each", () => {
  const cases: Array<Partial<Judged>> = [
    {},
    { conversion: true, said: true },
    { stamped: true, status: true, maybe: true, pastPeriod: true, revises: true },
    { change: "offset", timeOf: "ratio", timeOfEarlier: true },
    { conversion: true, stamped: true, status: true, said: true, maybe: true, pastPeriod: true, revises: true, change: "points", timeOf: "quantity", timeOfEarlier: true },
    { timeOf: "count" },
    { replaced: true, change: "offset", timeOf: "money", timeOfEarlier: true, revises: true },
    { provisional: true, replaced: true, conversion: true, timeOf: "percent" },
  ];
  for (const c of cases) {
    const flag = flagOf(judged(c));
    assert.equal(flag.length, 1);
    const back = flagged(flag);
    for (const field of ["conversion", "stamped", "status", "said", "maybe", "pastPeriod", "revises"] as const) assert.equal(back[field], c[field] ?? false, `${field} of ${JSON.stringify(c)}`);
    assert.equal(back.change, c.change ?? null);
    assert.equal(back.timeOf, c.timeOf ?? null);
    assert.equal(back.timeOfEarlier, c.timeOfEarlier ?? false);
    assert.equal(back.replaced, c.replaced ?? false);
    assert.equal(back.provisional, c.provisional ?? false);
  }
});

test("a flag from an older store reads as the bits it holds; an unknown one as none", () => {
  // stores before base 32 held hex digits: "a" is conversion-less, stamped and said
  assert.deepEqual(flagged("a"), { conversion: false, stamped: true, status: false, said: true, maybe: false, pastPeriod: false, revises: false, change: null, timeOf: null, timeOfEarlier: false, replaced: false, provisional: false });
  assert.deepEqual(flagged("?"), flagged("0"));
});
