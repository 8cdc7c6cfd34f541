import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcile } from "./index.js";
import { MODEL } from "./weights.js";
import { report, mentions } from "../../test/reconcile/testkit.js";
import type { Fact } from "../types.js";

/** Four reports of one strike's first day: the union's 2,300 dockers twice, management's 900 twice. */
function strike() {
  const texts = [
    ["a", "About 2,300 dockers walked out on the first day of the strike, the union said."],
    ["b", "The union says 2,300 dockers joined the strike on its first day."],
    ["c", "Only 900 dockers stopped work on the first day of the strike, the port's management said."],
    ["d", "Port management counted 900 dockers on strike on the first day."],
  ];
  const rs = texts.map(([id, text], k) => report(id, text, `2031-03-0${k + 2}`));
  const ms = rs.flatMap((r, k) => mentions(r, [{ text: k < 2 ? "2,300 dockers" : "900 dockers", kind: "count", low: k < 2 ? 2300 : 900, unit: "docker" }]));
  return { rs, ms };
}

const factOf = (facts: Fact[], source: string) => facts.find((f) => f.members.some((m) => m.source === source));

// the join pass (join.ts, off in the shipped model): two agreeing groups of rival values of one
// property, from reports that never give both as two things, join one fact, shown as a conflict
test("the join pass makes one conflicting fact of two agreeing groups of rival values", () => {
  const { rs, ms } = strike();
  const model = { ...MODEL, join: { score: "words" as const, threshold: -10, gap: 1.1, excuse: false } };
  const { facts } = reconcile({ reports: rs, mentions: ms, model });
  const f = factOf(facts, "a");
  assert.equal(f, factOf(facts, "c"));
  assert.equal(f!.verdict, "conflict");
});

// the gap weight (JoinRule.gapWeight): the score less so much per unit of the value gap, so that of
// two pairs whose words match alike the nearer values join first and values far apart not at all
test("a gap weight keeps two groups of values far apart from joining", () => {
  const { rs, ms } = strike();
  // the passes before the join held back (a higher first-pass threshold, no attaching, no group
  // pass: the shipped ones make one fact of these four already), so two agreeing facts reach it
  const held = { ...MODEL, link: 3, groups: null, attach: { ...MODEL.attach!, threshold: Infinity } };
  const join = { score: "words" as const, threshold: -10, gap: 1.1, excuse: false };
  const before = reconcile({ reports: rs, mentions: ms, model: { ...held, join: null } }).facts;
  assert.notEqual(factOf(before, "a"), factOf(before, "c"));
  const joined = reconcile({ reports: rs, mentions: ms, model: { ...held, join: { ...join, gapWeight: 1 } } }).facts;
  assert.equal(factOf(joined, "a"), factOf(joined, "c"));
  assert.equal(factOf(joined, "a")!.verdict, "conflict");
  // 2,300 against 900: a gap of ln(2300/900) ≈ 0.94, times 100, puts the pair far below the threshold
  const apart = reconcile({ reports: rs, mentions: ms, model: { ...held, join: { ...join, gapWeight: 100 } } }).facts;
  assert.notEqual(factOf(apart, "a"), factOf(apart, "c"));
});

// a report giving both values as two things refuses the join (clash.ts), unless it gives them in
// two voices (verdict.ts twoVoices): a speaker's figure against the report's own is a rivalry too
test("a report giving a credited value against its own uncredited one does not refuse the join", () => {
  const { rs, ms } = strike();
  const held = { ...MODEL, link: 3, groups: null, attach: { ...MODEL.attach!, threshold: Infinity } };
  const join = { score: "words" as const, threshold: -10, gap: 1.1, excuse: true };
  const joinedWith = (text: string) => {
    const e = report("e", text, "2031-03-06");
    const em = mentions(e, [
      { text: "2,300 dockers", kind: "count", low: 2300, unit: "docker" },
      { text: "900 dockers", kind: "count", low: 900, unit: "docker" },
    ]);
    const facts = reconcile({ reports: [...rs, e], mentions: [...ms, ...em], model: { ...held, join } }).facts;
    return factOf(facts, "a") === factOf(facts, "c");
  };
  assert.equal(joinedWith("The union says 2,300 dockers struck on the first day. At the gates, 900 dockers were counted."), true);
  assert.equal(joinedWith("On the first day 2,300 dockers struck. At the gates, 900 dockers were counted."), false);
});

// three groups of rival values, each as near the other two: no pair passes the others by the
// margin, so pairs join none of them; as a clique (JoinRule.clique) with no group outside, all three join
test("three groups that each would join the other two join as one clique", () => {
  const { rs, ms } = strike();
  const more = [
    ["e", "Police put the strikers at 1,500 dockers on the first day."],
    ["f", "On the strike's first day 1,500 dockers stayed out, police said."],
  ].map(([id, text], k) => report(id, text, `2031-03-0${k + 6}`));
  const all = [...rs, ...more], mall = [...ms, ...more.flatMap((r) => mentions(r, [{ text: "1,500 dockers", kind: "count", low: 1500, unit: "docker" }]))];
  const held = { ...MODEL, link: 3, groups: null, attach: { ...MODEL.attach!, threshold: Infinity } };
  const join = { score: "words" as const, threshold: -10, gap: 1.1, excuse: false, margin: 100 };
  const apart = reconcile({ reports: all, mentions: mall, model: { ...held, join: null } }).facts;
  assert.equal(new Set(["a", "c", "e"].map((s) => factOf(apart, s))).size, 3);
  const pairs = reconcile({ reports: all, mentions: mall, model: { ...held, join } }).facts;
  assert.equal(new Set(["a", "c", "e"].map((s) => factOf(pairs, s))).size, 3);
  const clique = reconcile({ reports: all, mentions: mall, model: { ...held, join: { ...join, clique: true } } }).facts;
  assert.equal(new Set(["a", "c", "e"].map((s) => factOf(clique, s))).size, 1);
  assert.equal(factOf(clique, "a")!.verdict, "conflict");
});
