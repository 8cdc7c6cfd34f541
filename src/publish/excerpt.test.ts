import { test } from "node:test";
import assert from "node:assert/strict";
import { excerptAround, splitAt, MAX_QUOTE } from "./excerpt.js";

const text = "First sentence here. The bridge will be 850 m long, officials said. Third one follows.";
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

test("the sentence offsets from extraction are used when given", () => {
  const [s, e] = at("850 m");
  const ex = excerptAround(text, s, e, [21, 67]);
  assert.equal(ex.text, "The bridge will be 850 m long, officials said.");
  assert.equal(text.slice(ex.start, ex.start + ex.text.length), ex.text);
});

test("without a sentence, the quote is cut at sentence ends around the figure", () => {
  const [s, e] = at("850 m");
  const ex = excerptAround(text, s, e, null);
  assert.equal(ex.text, "The bridge will be 850 m long, officials said.");
  const parts = splitAt(ex, s, e);
  assert.deepEqual([parts.before, parts.figure, parts.after], ["The bridge will be ", "850 m", " long, officials said."]);
});

test("a long sentence is trimmed around the figure, at word boundaries, with ellipses", () => {
  const long = "word ".repeat(200) + "it spans 850 m " + "more ".repeat(200) + ".";
  const s = long.indexOf("850 m");
  const ex = excerptAround(long, s, s + 5, [0, long.length]);
  assert.ok(ex.text.length <= MAX_QUOTE);
  assert.ok(ex.text.includes("850 m"));
  const p = splitAt(ex, s, s + 5);
  assert.equal(p.figure, "850 m");
  assert.ok(p.before.startsWith("…") && p.after.endsWith("…"));
  assert.ok(!/^\S*wor$|^or/.test(ex.text), "no word is cut in half");
});

test("never throws and never leaves the text, whatever the offsets", () => {
  for (const [s, e, sent] of [[-5, 3, null], [80, 999, null], [NaN, 4, [50, 10]], [5, 2, [0, 9999]]] as const) {
    const ex = excerptAround(text, s, e, sent as [number, number] | null);
    assert.ok(ex.start >= 0 && ex.start + ex.text.length <= text.length);
    assert.equal(text.slice(ex.start, ex.start + ex.text.length), ex.text);
  }
  assert.deepEqual(excerptAround("", 0, 0), { start: 0, text: "" });
});

test("a heading on the line before is not part of the quote", () => {
  const t = "Some intro text here.\nStrategic Plans\nThe planned bridge will span 850 meters in all.";
  const s = t.indexOf("850 meters");
  assert.equal(excerptAround(t, s, s + 10).text, "The planned bridge will span 850 meters in all.");
  const wrapped = "The bridge, officials said on a long day of talks in the capital,\nwill span 850 meters in all.";
  const w = wrapped.indexOf("850");
  assert.equal(excerptAround(wrapped, w, w + 10).text, wrapped, "a hard-wrapped sentence stays whole");
});
