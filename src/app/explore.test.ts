import { test } from "node:test";
import assert from "node:assert/strict";
import type { Fact } from "../types.js";
import { factHolding, factIndex } from "./explore.js";

// Two figures of one report that start at one offset and end apart ("40 km" and "40 km of track"
// read as two figures), each held by its own fact: a decision on the longer finds its own fact.
const fact = (id: string, members: Array<[string, number, number]>) => ({ id, members: members.map(([source, start, end]) => ({ source, start, end })) }) as unknown as Fact;
const road = fact("quantity-a-10", [["a", 10, 15], ["b", 3, 8]]);
const track = fact("quantity-a-10-2", [["a", 10, 24]]);

test("factHolding: a figure is found by its report and both offsets, the same key for the CLI and the explorer", () => {
  const index = factIndex([road, track]);
  assert.equal(factHolding(index, [{ source: "a", start: 10, end: 24 }]), track.id);
  assert.equal(factHolding(index, [{ source: "a", start: 10, end: 15 }]), road.id);
  assert.equal(factHolding(index, [{ source: "gone", start: 1, end: 2 }, { source: "b", start: 3, end: 8 }]), road.id, "the first figure still held");
  assert.equal(factHolding(index, [{ source: "gone", start: 1, end: 2 }]), undefined);
});
