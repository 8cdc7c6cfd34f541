import assert from "node:assert/strict";
import { test } from "node:test";
import { flagged, flagOf, keptAt, keptJudged, keptOf, perFact, type UpkeepState } from "./upkeep.js";
import type { FactMember } from "../types.js";
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

test("a member's second digit and readings keep its level, total to date, motion, progress, per-unit amount, role, period, rate and anchor", () => {
  const cases: Array<Partial<Judged>> = [
    {},
    { level: true },
    { toDate: true, perUnit: true },
    { moves: true, progress: true },
    { perUnit: true, moves: true, progress: true, toDate: true, level: true },
    { period: [19723, 20088], pastPeriod: true },
    { alt: { low: 1.5e9, high: Number.POSITIVE_INFINITY, whole: false, scale: "USD" } },
    { role: "aim" },
    { role: "capacity", level: true },
    { role: "population", perUnit: true, moves: true, progress: true, toDate: true, level: true },
    { change: "offset", anchor: "liftoff" },
  ];
  const m = { kind: "money", source: "r", start: 0, end: 4, text: "€1bn", qualifier: null, low: 1e9, high: 1e9, unit: "EUR", published: null, publisher: null, origin: "report:r" } as FactMember;
  for (const c of cases) {
    const kept = keptOf(judged(c));
    assert.equal(kept.more.length, 1);
    // through the JSON the store keeps it as
    const state = JSON.parse(JSON.stringify({ words: { n: 0, df: {} }, grams: { n: 0, df: {} }, untrusted: [[]], ...perFact([[kept]]) })) as UpkeepState;
    const back = keptJudged(m, keptAt(state, 0, 0), new Map(), new Map());
    for (const field of ["perUnit", "moves", "progress", "toDate", "level"] as const) assert.equal(back[field] ?? false, c[field] ?? false, `${field} of ${JSON.stringify(c)}`);
    assert.deepEqual(back.period, c.period);
    assert.deepEqual(back.alt, c.alt);
    assert.equal(back.role ?? null, c.role ?? null, `role of ${JSON.stringify(c)}`);
    assert.equal(back.anchor, c.anchor);
  }
  // a fact none of whose members has readings keeps none
  assert.deepEqual(perFact([[keptOf(judged({}))]]).readings, [0]);
});
