import { test } from "node:test";
import assert from "node:assert/strict";
import type { Decision, Fact, FactMember } from "../types.js";
import { applyDecisions, type Judge } from "./decisions.js";

const member = (source: string, start: number, low: number): FactMember => ({
  source,
  start,
  end: start + 5,
  text: `${low} m`,
  kind: "quantity",
  low,
  high: low,
  unit: "m",
  qualifier: null,
  published: "2025-05-01",
  publisher: source,
  origin: `report:${source}`,
});

const fact = (id: string, members: FactMember[]): Fact => ({
  id,
  about: "length",
  kind: "quantity",
  unit: "m",
  verdict: members.length > 1 ? "agree" : "single",
  members,
  values: [],
  origins: new Set(members.map((m) => m.origin)).size,
});

/** A stand-in judge: conflict when the members hold more than one value. */
const judge: Judge = (members, template) => ({
  ...template,
  members,
  origins: new Set(members.map((m) => m.origin)).size,
  verdict: new Set(members.map((m) => m.low)).size > 1 ? "conflict" : members.length > 1 ? "agree" : "single",
});

const at = (n: number) => `2026-01-0${n}T00:00:00.000Z`;

test("merge joins the facts holding the named figures and re-judges them", () => {
  const facts = [fact("a", [member("r1", 10, 850)]), fact("b", [member("r2", 40, 1000)]), fact("c", [member("r3", 5, 7)])];
  const d: Decision = { id: 1, action: "merge", figures: [{ source: "r1", start: 10, end: 15 }, { source: "r2", start: 40, end: 45 }], at: at(1), reason: "same bridge" };
  const { facts: out, stale } = applyDecisions(facts, [d], judge);
  assert.equal(out.length, 2);
  assert.equal(out[0].members.length, 2);
  assert.equal(out[0].verdict, "conflict");
  assert.deepEqual(out[0].decisions?.map((x) => [x.action, x.reason]), [["merge", "same bridge"]]);
  assert.deepEqual(stale, []);
  assert.equal(facts.length, 3, "the input is left as it was");
});

test("split takes the named figures into a fact of their own", () => {
  const facts = [fact("a", [member("r1", 10, 850), member("r2", 40, 4700), member("r3", 9, 850)])];
  const d: Decision = { id: 2, action: "split", figures: [{ source: "r2", start: 40, end: 45 }], at: at(1) };
  const { facts: out } = applyDecisions(facts, [d], judge);
  assert.equal(out.length, 2);
  assert.deepEqual(out.map((f) => f.members.map((m) => m.low)), [[850, 850], [4700]]);
  assert.deepEqual(out.map((f) => f.verdict), ["agree", "single"]);
  assert.notEqual(out[0].id, out[1].id);
});

test("verdict and hide act on the fact holding the figure; decisions apply in time order", () => {
  const facts = [fact("a", [member("r1", 10, 850), member("r2", 40, 1000)])];
  const decisions: Decision[] = [
    { id: 4, action: "hide", figures: [{ source: "r2", start: 40, end: 45 }], at: at(3) },
    { id: 3, action: "verdict", verdict: "revised", figures: [{ source: "r1", start: 10, end: 15 }], at: at(2), reason: "TASS updated its figure" },
  ];
  const { facts: out } = applyDecisions(facts, decisions, judge);
  assert.equal(out[0].verdict, "revised");
  assert.equal(out[0].decidedVerdict, true);
  assert.equal(out[0].hidden, true);
  assert.deepEqual(out[0].decisions?.map((x) => x.id), [3, 4]);
});

test("a decision whose figures are gone is reported stale and changes nothing", () => {
  const facts = [fact("a", [member("r1", 10, 850)])];
  const d: Decision = { id: 9, action: "hide", figures: [{ source: "gone", start: 1, end: 2 }], at: at(1) };
  const { facts: out, stale } = applyDecisions(facts, [d], judge);
  assert.deepEqual(stale, [9]);
  assert.equal(out[0].hidden, undefined);
});
