import { test } from "node:test";
import assert from "node:assert/strict";
import type { Decision, Mention, Report } from "../types.js";
import { applyDecisions } from "./decisions.js";
import { reconcile } from "./index.js";

const at = (n: number) => `2026-01-0${n}T00:00:00.000Z`;
const fig = (s: string) => {
  // "r1@10:15" is report r1, offsets 10 to 15
  const [source, rest] = s.split("@");
  const [start, end] = rest.split(":").map(Number);
  return { source, start, end };
};

test("merge joins the groups holding the named figures; the input stays as it was", () => {
  const groups = [["r1@10:15"], ["r2@40:45"], ["r3@5:9"]];
  const d: Decision = { id: 1, action: "merge", figures: [fig("r1@10:15"), fig("r2@40:45")], at: at(1), reason: "same bridge" };
  const out = applyDecisions(groups, fig, [d]);
  assert.deepEqual(out.groups, [["r1@10:15", "r2@40:45"], ["r3@5:9"]]);
  assert.deepEqual(out.decisions[0].map((x) => [x.action, x.reason]), [["merge", "same bridge"]]);
  assert.deepEqual(out.decisions[1], []);
  assert.deepEqual(out.stale, []);
  assert.equal(groups.length, 3);
});

test("split takes the named figures into a group of their own", () => {
  const groups = [["r1@10:15", "r2@40:45", "r3@9:12"]];
  const out = applyDecisions(groups, fig, [{ id: 2, action: "split", figures: [fig("r2@40:45")], at: at(1) }]);
  assert.deepEqual(out.groups, [["r1@10:15", "r3@9:12"], ["r2@40:45"]]);
  assert.equal(out.decisions[1][0].action, "split");
});

test("verdict and hide act on the group holding the figure, in the order they were made", () => {
  const decisions: Decision[] = [
    { id: 4, action: "hide", figures: [fig("r2@40:45")], at: at(3) },
    { id: 3, action: "verdict", verdict: "revised", figures: [fig("r1@10:15")], at: at(2), reason: "the outlet updated its figure" },
  ];
  const out = applyDecisions([["r1@10:15", "r2@40:45"]], fig, decisions);
  assert.deepEqual(out.verdict, ["revised"]);
  assert.deepEqual(out.hidden, [true]);
  assert.deepEqual(out.decisions[0].map((x) => x.id), [3, 4]);
});

test("a figure is found by overlap: a wider reading of the same words still matches", () => {
  const out = applyDecisions([["r1@4:15"], ["r2@40:45"]], fig, [{ id: 5, action: "hide", figures: [fig("r1@10:15")], at: at(1) }]);
  assert.deepEqual(out.hidden, [true, false]);
});

test("a decision whose figures are gone is reported stale and changes nothing", () => {
  const out = applyDecisions([["r1@10:15"]], fig, [{ id: 9, action: "hide", figures: [fig("gone@1:2")], at: at(1) }]);
  assert.deepEqual(out.stale, [9]);
  assert.deepEqual(out.hidden, [false]);
});

// Two reports of one bridge, written for this test.
const report = (id: string, text: string, published: string): Report => ({ id, url: null, publisher: id.toUpperCase(), published, language: "en", title: null, hash: id, text });
const mention = (r: Report, figure: string, low: number, subject: string): Mention => {
  const start = r.text.indexOf(figure);
  return { source: r.id, start, end: start + figure.length, text: figure, kind: "quantity", low, high: low, unit: "m", qualifier: null, subject };
};

test("reconcile applies decisions: a split fact is judged afresh, a verdict set by the analyst overrides", () => {
  const a = report("north", "The river bridge will be 850 metres long, officials said.", "2025-05-02");
  const b = report("south", "Engineers said the river bridge is 1,000 metres long.", "2025-05-01");
  const mentions = [mention(a, "850 metres", 850, "bridge length"), mention(b, "1,000 metres", 1000, "bridge length")];
  const base = reconcile({ reports: [a, b], mentions });
  const together = base.facts.find((f) => f.members.length === 2);
  assert.ok(together, "the two lengths are one fact");
  assert.equal(together.verdict, "conflict");

  const split = reconcile({ reports: [a, b], mentions, decisions: [{ id: 1, action: "split", figures: [mentions[1]], at: at(1), reason: "another structure" }] });
  assert.equal(split.facts.length, 2);
  assert.ok(split.facts.every((f) => f.verdict === "single" && f.decisions?.[0].reason === "another structure"));

  const ruled = reconcile({ reports: [a, b], mentions, decisions: [{ id: 2, action: "verdict", verdict: "agree", figures: [mentions[0]], at: at(1) }] });
  assert.equal(ruled.facts[0].verdict, "agree");
  assert.equal(ruled.facts[0].decidedVerdict, true);
  assert.deepEqual(ruled.stale, []);
});
