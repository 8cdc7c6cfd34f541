// An earthquake's magnitude as a fact: a property of its own (never grouped with depths or
// tolls), and a past event's, so two agencies' 6.9 and 7.1 are a conflict whatever the reports'
// dates. Reports written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract/index.js";
import { reconcile } from "./index.js";
import { report } from "../../test/reconcile/testkit.js";
import { unitMeasure } from "./measures.js";
import { explainVerdict } from "../publish/prose.js";

test("a magnitude's measure is its unit's, whatever words lie near", () => {
  assert.equal(unitMeasure("quantity", "magnitude"), "#magnitude");
  assert.equal(unitMeasure("quantity", "m"), null);
  assert.equal(unitMeasure("count", "magnitude"), null);
});

test("two agencies' magnitudes of one quake conflict, weeks apart too; its depths are another fact", () => {
  const reports = [
    report("a", "A magnitude 6.4 earthquake hit the coastal district on Sunday at a depth of 8 km, the seismic bureau said.", "2025-09-07", "Wire A"),
    report("b", "The earthquake, rated magnitude 6.8 by the geological survey, struck at a depth of 20 km, officials said.", "2025-09-07", "Paper B"),
    report("c", "Three weeks after the 6.8-magnitude quake, families in the coastal district are still in tents.", "2025-09-28", "Paper C"),
  ];
  const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: "en" }));
  const mags = mentions.filter((m) => m.unit === "magnitude");
  assert.deepEqual(mags.map((m) => m.text), ["magnitude 6.4", "magnitude 6.8", "6.8-magnitude"]);
  const { facts } = reconcile({ reports, mentions });
  const fact = facts.find((f) => f.members.some((m) => m.unit === "magnitude"))!;
  assert.ok(fact.members.every((m) => m.unit === "magnitude"), "no depth or toll among a magnitude's members");
  assert.equal(fact.members.length, 3);
  assert.equal(fact.verdict, "conflict");
  assert.ok(fact.reason?.verdict === "conflict" && fact.reason.disagreements.every((d) => d.fixed));
  assert.match(fact.about, /^magnitude\b/);
  // a magnitude is a logarithm: two are as far apart as their difference, not their ratio
  assert.ok(fact.reason?.verdict === "conflict" && fact.reason.disagreements.every((d) => d.gapUnit === "difference" && d.gap === 0.4));
  assert.match(explainVerdict(fact, new Map()), /they differ by 0\.4 in magnitude/);
});
