import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcile } from "./index.js";
import { report, mentions } from "../../test/reconcile/testkit.js";
import type { Fact } from "../types.js";

const factOf = (facts: Fact[], source: string, text: string) => facts.find((f) => f.members.some((m) => m.source === source && m.text === text));

// a report that credits two rival counts to two sources sets two facts' worth of figures against
// each other: the owner's figures and the union's are one fact, in conflict, not two that agree
test("two sources one report credits with rival counts of one workforce join one fact, a conflict", () => {
  const a = report("a", "The mill employs 3,200 workers, the owner Brask Timber said on Monday. Output rose last year.", "2031-02-02");
  const b = report("b", "Fewer than 2,400 workers remain at the mill, the timber workers' union said.", "2031-02-03");
  const c = report("c", "Brask Timber says it employs 3,200 workers at the mill; the union says 2,400. Neither has published its list.", "2031-02-04");
  const d = report("d", "The mill on the river employs 3,200 workers, its owner says, and ships pulp abroad.", "2031-02-05");
  const ms = [
    ...mentions(a, [{ text: "3,200 workers", kind: "count", low: 3200, unit: "worker" }]),
    ...mentions(b, [{ text: "2,400 workers", kind: "count", low: 2400, unit: "worker", qualifier: "upper" }]),
    ...mentions(c, [{ text: "3,200 workers", kind: "count", low: 3200, unit: "worker" }, { text: "2,400", kind: "count", low: 2400 }]),
    ...mentions(d, [{ text: "3,200 workers", kind: "count", low: 3200, unit: "worker" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c, d], mentions: ms });
  const f = factOf(facts, "c", "3,200 workers");
  assert.equal(f, factOf(facts, "c", "2,400"));
  assert.equal(f!.verdict, "conflict");
});
