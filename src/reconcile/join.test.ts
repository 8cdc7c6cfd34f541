import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcile } from "./index.js";
import { MODEL } from "./weights.js";
import { report, mentions } from "../../test/reconcile/testkit.js";
import type { Fact } from "../types.js";

const factOf = (facts: Fact[], source: string) => facts.find((f) => f.members.some((m) => m.source === source));

// the join pass (join.ts, off in the shipped model): two agreeing groups of rival values of one
// property, from reports that never give both as two things, join one fact, shown as a conflict
test("the join pass makes one conflicting fact of two agreeing groups of rival values", () => {
  const texts = [
    ["a", "About 2,300 dockers walked out on the first day of the strike, the union said."],
    ["b", "The union says 2,300 dockers joined the strike on its first day."],
    ["c", "Only 900 dockers stopped work on the first day of the strike, the port's management said."],
    ["d", "Port management counted 900 dockers on strike on the first day."],
  ];
  const rs = texts.map(([id, text], k) => report(id, text, `2031-03-0${k + 2}`));
  const ms = rs.flatMap((r, k) => mentions(r, [{ text: k < 2 ? "2,300 dockers" : "900 dockers", kind: "count", low: k < 2 ? 2300 : 900, unit: "docker" }]));
  const model = { ...MODEL, join: { score: "words" as const, threshold: -10, gap: 1.1, excuse: false } };
  const { facts } = reconcile({ reports: rs, mentions: ms, model });
  const f = factOf(facts, "a");
  assert.equal(f, factOf(facts, "c"));
  assert.equal(f!.verdict, "conflict");
});
