import { test } from "node:test";
import assert from "node:assert/strict";
import { Grams, labelBags } from "./labels.js";
import { mentions, report } from "../../test/reconcile/testkit.js";

const keysOf = (gr: Grams, bag: number) => gr.names().filter((_, id) => [...gr.keys.subarray(gr.from[bag], gr.to[bag])].includes(id));

test("an age bracket glued to its counter labels the figure in a dense script", () => {
  // our own words: dead by age group, two brackets in one line
  const r = { ...report("k", "희생자를 나이별로 보면 20대 90명, 40대 7명이다.", "2024-01-02"), language: "ko" };
  const ms = mentions(r, [{ text: "90명", kind: "count", low: 90, unit: "person" }, { text: "7명", kind: "count", low: 7, unit: "person" }]);
  const gr = new Grams();
  const [twenties, forties] = [...labelBags(r.text, ms, gr)].map((b) => keysOf(gr, b));
  assert.ok(forties.includes("<40") && !forties.includes("<20"), forties.join(" "));
  assert.ok(twenties.includes("<20") && !twenties.includes("<40"), twenties.join(" "));
});

test("digits by a word of a spaced script stay out of its label", () => {
  const r = report("e", "The lake covers 40km of the valley and holds 7 islands.", "2024-01-02");
  const ms = mentions(r, [{ text: "7 islands", kind: "count", low: 7, unit: "island" }]);
  const gr = new Grams();
  const keys = keysOf(gr, labelBags(r.text, ms, gr)[0]);
  assert.ok(!keys.some((k) => /\d/.test(k)), keys.join(" "));
});
