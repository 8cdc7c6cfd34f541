import { test } from "node:test";
import assert from "node:assert/strict";
import { BagStore } from "./bags.js";

/** The bags as Maps, for comparing with what a plain Map per bag would hold. */
function asMaps(s: BagStore, bags: number): Array<Map<string, number>> {
  const names = s.names();
  return Array.from({ length: bags }, (_, b) => {
    const m = new Map<string, number>();
    for (let j = s.from[b]; j < s.to[b]; j++) m.set(names[s.keys[j]], s.w[j]);
    return m;
  });
}

test("bag store: sums and maxima are kept across the arrays' growth", () => {
  // a tiny store, so that keys, weights and bags all grow many times while being filled
  const sums = new BagStore(16);
  const maxima = new BagStore(16);
  const wantSums: Array<Map<string, number>> = [];
  const wantMax: Array<Map<string, number>> = [];
  for (let b = 0; b < 300; b++) {
    sums.open();
    maxima.open();
    const s = new Map<string, number>();
    const m = new Map<string, number>();
    for (let k = 0; k < 40; k++) {
      const key = `k${(b * 7 + k * 13) % 2500}`;
      const w = ((b + 1) * (k + 3)) % 11 - 2;
      sums.add(sums.id(key), w);
      maxima.keepMax(maxima.id(key), w);
      s.set(key, (s.get(key) ?? 0) + w);
      m.set(key, Math.max(m.get(key) ?? Number.NEGATIVE_INFINITY, w));
    }
    wantSums.push(s);
    wantMax.push(m);
  }
  assert.deepEqual(asMaps(sums, 300), wantSums);
  assert.deepEqual(asMaps(maxima, 300), wantMax);
  assert.equal(sums.count, sums.names().length);
});
