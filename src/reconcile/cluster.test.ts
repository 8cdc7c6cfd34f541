import { test } from "node:test";
import assert from "node:assert/strict";
import { languagePairs, largeBlock, PairList } from "./cluster.js";
import type { Item } from "./similarity.js";

/** A figure as languagePairs reads it: its report's language, its value, the measure its clause names. */
const figure = (lang: string, mid: number, measure: string | null): Item =>
  ({ lang, reading: { scale: "count", lo: mid, hi: mid, tol: 0, mid }, f: { measure } }) as unknown as Item;

const pairsOf = (items: Item[]): Array<[number, number]> => {
  const out = new PairList();
  languagePairs(items.map((_, i) => i), items, out, largeBlock(items.length));
  const v = out.view(), pairs: Array<[number, number]> = [];
  for (let e = 0; e < v.length; e += 2) pairs.push([v[e], v[e + 1]]);
  return pairs;
};

test("languagePairs: a crowded block's figures meet those of their measure and near value in another language", () => {
  // 160 figures: a toll in two languages (ko 0..79, ja 80..159), every fourth of them naming no measure
  const items: Item[] = [];
  for (const lang of ["ko", "ja"]) for (let k = 0; k < 80; k++) items.push(figure(lang, 100 + k, k % 4 === 3 ? null : k % 2 ? "#injured" : "#casualty"));
  const pairs = pairsOf(items);
  assert.ok(pairs.length > 0);
  for (const [a, b] of pairs) {
    assert.notEqual(items[a].lang, items[b].lang);
    assert.ok(items[a].f.measure && items[a].f.measure === items[b].f.measure);
    // only near values: each side of a figure's value, a few of the other language
    assert.ok(Math.abs(items[a].reading!.mid - items[b].reading!.mid) <= 4);
  }
  // the toll of 110 in Korean meets 110 in Japanese
  assert.ok(pairs.some(([a, b]) => (a === 10 && b === 90) || (a === 90 && b === 10)));
  // no pair twice
  assert.equal(new Set(pairs.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`)).size, pairs.length);
});

test("languagePairs: nothing for a block of one language or a block small enough to compare every pair", () => {
  assert.deepEqual(pairsOf(Array.from({ length: 160 }, (_, k) => figure("en", k, "#casualty"))), []);
  assert.deepEqual(pairsOf(Array.from({ length: 100 }, (_, k) => figure(k % 2 ? "ko" : "ja", k, "#casualty"))), []);
});
