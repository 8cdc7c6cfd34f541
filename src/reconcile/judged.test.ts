import { test } from "node:test";
import assert from "node:assert/strict";
import { reportFeatures } from "./features.js";
import { spanOf } from "./interval.js";
import { verdictOf, type Judged } from "./verdict.js";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { reconcile } from "./index.js";

test("a modal in the figure's own clause makes it what may happen; ability and other clauses do not", () => {
  const r = report(
    "a",
    "Engineers warn the new weir could lower the lake by as much as 3 metres. Levels have already dropped 1 metre. " +
      "The basin could only store 40 million cubic metres. It might open soon, and it is 12 metres tall.",
  );
  const ms = mentions(r, [
    { text: "3 metres", kind: "quantity", low: 3, unit: "m" },
    { text: "1 metre", kind: "quantity", low: 1, unit: "m" },
    { text: "40 million cubic metres", kind: "quantity", low: 4e7, unit: "m3" },
    { text: "12 metres", kind: "quantity", low: 12, unit: "m" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.maybe), [true, false, false, false]);
});

test("a projection set against an observation is no conflict", () => {
  const r = report("a", "The weir could lower the lake by 3 metres.", "2024-04-01");
  const s = report("b", "The lake has already dropped 1 metre.", "2024-04-02");
  const [ma] = mentions(r, [{ text: "3 metres", kind: "quantity", low: 3, unit: "m" }]);
  const [mb] = mentions(s, [{ text: "1 metre", kind: "quantity", low: 1, unit: "m" }]);
  const judged = (m: typeof ma, outlet: string, time: string, maybe: boolean): Judged => ({ m, outlet, report: m.source, speaker: null, time, earlier: false, span: spanOf(m), conversion: false, maybe });
  assert.equal(verdictOf([judged(ma, "x", "2024-04-01", true), judged(mb, "y", "2024-04-02", false)]).verdict, "agree");
  assert.equal(verdictOf([judged(ma, "x", "2024-04-01", false), judged(mb, "y", "2024-04-02", false)]).verdict, "conflict");
});

test("people still in hospital may fall from one day to the next: a revision, not a conflict", () => {
  const a = report("a", "After the crash 12 people are still in hospital, the health office said.", "2024-05-02");
  const b = report("b", "Nine people are still in hospital and the rest have gone home.", "2024-05-04");
  const [ma] = mentions(a, [{ text: "12 people", kind: "count", low: 12, unit: "person" }]);
  const [mb] = mentions(b, [{ text: "Nine people", kind: "count", low: 9, unit: "person" }]);
  const { facts } = reconcile({ reports: [a, b], mentions: [ma, mb], groups: [[`a@${ma.start}`, `b@${mb.start}`]] });
  assert.equal(facts[0].verdict, "revised");
});
