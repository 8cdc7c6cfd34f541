import { test } from "node:test";
import assert from "node:assert/strict";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { FEATURES, pairFeatures, sidesOf } from "./pairs.js";
import { report, mentions } from "../../test/reconcile/testkit.js";

// our own sentences: a toll said with its noun in one report and without it in the other
test("a count with no noun in a toll's clause counts people, as the toll with its noun does", () => {
  const a = report("a", "The storm killed 40 people and left 9,000 homeless on the coast.", "2026-02-02");
  const b = report("b", "The death toll rose to 41 on Monday, and 12 remain missing.", "2026-02-03");
  const ms = [
    ...mentions(a, [
      { text: "40 people", kind: "count", low: 40, unit: "people" },
      { text: "9,000", kind: "count", low: 9000 },
    ]),
    ...mentions(b, [
      { text: "41", kind: "count", low: 41 },
      { text: "12", kind: "count", low: 12 },
    ]),
  ];
  const { items } = prepare([a, b], ms);
  const sides = sidesOf(items, propertiesOf(items));
  const at = (t: string) => sides[items.findIndex((it) => it.m.text === t)];
  const same = FEATURES.indexOf("countedSame");
  // the bare toll and the missing count people, as "40 people" does
  assert.equal(pairFeatures(at("40 people"), at("41"))[same], 1);
  assert.equal(pairFeatures(at("40 people"), at("12"))[same], 1);
  assert.ok(at("41").counted && at("41").counted === at("40 people").counted);
  // "homeless" is a toll of people too; a bare count whose clause names no toll counts nothing
  assert.equal(at("9,000").counted, at("41").counted);
  const c = report("c", "Officials counted 3,000 in the square.", "2026-02-03");
  const { items: ci } = prepare([c], mentions(c, [{ text: "3,000", kind: "count", low: 3000 }]));
  assert.equal(sidesOf(ci, propertiesOf(ci))[0].counted, 0);
});
