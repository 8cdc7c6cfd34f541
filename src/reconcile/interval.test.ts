// The README's own examples of "When figures agree", in our words.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { Apart, meet, numeralOf, spanOf, type Span } from "./interval.js";
import { noteDate } from "./time.js";

const q = (text: string, low: number, kind: Mention["kind"] = "quantity", qualifier: Mention["qualifier"] = null, unit = "m"): Mention =>
  ({ source: "x", start: 0, end: text.length, text, kind, low, high: low, unit, qualifier });
const d = (start: string, end = start, qualifier: Mention["qualifier"] = null): Mention =>
  ({ source: "x", start: 0, end: 1, text: start, kind: "date", low: null, high: null, unit: null, date: { start, end }, qualifier });
const agree = (a: Mention, b: Mention) => meet(spanOf(a), spanOf(b));

test("numerals: thousands marks, decimal commas and English decimals before a scale word", () => {
  assert.deepEqual(numeralOf("1,500 m"), { value: 1500, unit: 100 });
  assert.deepEqual(numeralOf("18,1 km"), { value: 18.1, unit: 0.1 });
  assert.deepEqual(numeralOf("228.000 millones"), { value: 228000, unit: 1000 });
  assert.deepEqual(numeralOf("$1.315 billion"), { value: 1.315, unit: 0.001 });
  assert.deepEqual(numeralOf("1 km"), { value: 1, unit: 1 });
});

test("rounding, approximation, bounds and whole counts as the corpus README reads them", () => {
  assert.deepEqual(spanOf(q("101m", 101)), { low: 100.5, high: 102, whole: false, scale: "m" });
  assert.equal(spanOf(q("about 400 m", 400, "quantity", "approx"))!.low, 355);
  assert.equal(agree(q("850 m", 850), q("1 km", 1000)), true, "a lone digit is read to itself: 0.5-2 km");
  assert.equal(agree(q("21 crew", 21, "count", null, "crew"), q("22 crew", 22, "count", null, "crew")), false);
  assert.equal(agree(q("over 1.4 billion", 1.4e9, "money", "lower", "USD"), q("$1.3 billion", 1.3e9, "money", null, "USD")), false, "touching is not meeting");
  assert.equal(agree(q("up to 12,000", 12000, "count", "upper", "troop"), q("600", 600, "count", null, "troop")), true);
  assert.equal(agree(q("a kilometre", 1000), q("2 km", 2000, "quantity", "approx")), true, "words: the digit before the scale word");
  assert.equal(agree(q("$3bn", 3e9, "money", null, "USD"), q("€3bn", 3e9, "money", null, "EUR")), null, "currencies are not compared without a rate");
  // a digit of the unit ("Mm3", "km2") is no range's other end
  assert.deepEqual(spanOf(q("2.35Mm3", 2.35e6, "quantity", null, "m3")), { low: 2.345e6, high: 2.36e6, whole: false, scale: "m3" });
  assert.equal(agree(q("2.35Mm3", 2.35e6, "quantity", null, "m3"), q("2.7 million cubic metres", 2.7e6, "quantity", null, "m3")), false);
  assert.equal(spanOf(q("64 km2", 64e6, "quantity", null, "m2"))!.high, 65e6);
  assert.equal(spanOf(q("30 to 40 km", 30000, "quantity"))!.low, 29500, "a range still reads its two ends");
});

test("significant digits: decimal places count, trailing zeros up to the second digit, words by their digits", () => {
  const span = (m: Mention) => [spanOf(m)!.low, spanOf(m)!.high].map((x) => Math.round(x * 1e6) / 1e6);
  assert.deepEqual(span(q("1.0 km", 1000)), [950, 1100], "a decimal zero is read: unit 0.1 km");
  assert.deepEqual(span(q("800", 800, "count", null, "person")), [795, 810]);
  assert.deepEqual(span(q("1,000", 1000, "count", null, "person")), [950, 1100]);
  assert.deepEqual(span(q("95,000", 95000, "count", null, "person")), [94500, 96000]);
  assert.deepEqual(span(q("eleven thousand", 11000, "count", null, "person")), [10500, 12000]);
  // a converted figure is read in its own stated unit: 2.9 miles covers 2.85 to 3.0 miles
  const mile = 1609.344;
  assert.deepEqual(span(q("2.9 miles", 2.9 * mile)), [2.85 * mile, 3 * mile].map((x) => Math.round(x * 1e6) / 1e6));
});

test("numbers in words: the digits before the scale word, in the unit the words state", () => {
  const span = (m: Mention) => [spanOf(m)!.low, spanOf(m)!.high].map((x) => Math.round(x * 1e6) / 1e6);
  // "twenty" is two digits, read to the one as "20" is; "ten thousand" to the thousand, as "eleven thousand"
  assert.deepEqual(span(q("twenty", 20, "count", null, "person")), [19.5, 21]);
  assert.deepEqual(span(q("ten thousand", 10000, "count", null, "person")), [9500, 11000]);
  assert.deepEqual(span(q("a hundred", 100, "count", null, "person")), [50, 200], "one scale word alone: its one digit");
  assert.deepEqual(span(q("a hundred thousand", 1e5, "count", null, "person")), [5e4, 2e5]);
  assert.deepEqual(span(q("six million tonnes", 6e9, "quantity", null, "kg")), [5.5e9, 7e9]);
  // "three months" is three of a month (2.5 to 4 months), not 91.32 days to the hundredth
  const month = 30.44, mile = 1609.344;
  assert.deepEqual(span(q("three months", 3 * month, "duration", null, "d")), [2.5 * month, 4 * month].map((x) => Math.round(x * 1e6) / 1e6));
  assert.equal(agree(q("three months", 3 * month, "duration", null, "d"), q("90 days", 90, "duration", null, "d")), true);
  assert.equal(agree(q("zwölf Monate", 12 * month, "duration", null, "d"), q("ein Jahr", 365.25, "duration", null, "d")), true);
  assert.equal(agree(q("two miles", 2 * mile), q("3.5 km", 3500)), true, "two miles cover 1.5 to 3 miles");
  assert.equal(agree(q("two miles", 2 * mile), q("5.2 km", 5200)), false);
});

test("durations in whole days are whole numbers: a four-day and a five-day tour disagree", () => {
  assert.equal(agree(q("four-day", 4, "duration", null, "d"), q("five-day", 5, "duration", null, "d")), false);
  assert.equal(agree(q("4 days", 4, "duration", null, "d"), q("about 5 days", 5, "duration", "approx", "d")), true);
  // stated in hours, a whole number of days is no count of days: 23.5-25 and 24.5-26 hours meet
  assert.equal(agree(q("24 hours", 1, "duration", null, "d"), q("25 hours", 25 / 24, "duration", null, "d")), true);
  assert.equal(agree(q("24 hours", 1, "duration", null, "d"), q("27 hours", 27 / 24, "duration", null, "d")), false);
});

test("dates: a day meets the next day, not one two days away; months and years are exact", () => {
  assert.equal(agree(d("2026-03-08"), d("2026-03-09")), true);
  assert.equal(agree(d("2026-03-06"), d("2026-03-08")), false);
  assert.equal(agree(d("2026-03-31"), d("2026-04-01", "2026-04-30")), true);
  assert.equal(agree(d("2026-05-01", "2026-08-31"), d("2026-10-01", "2026-12-31")), false);
  assert.equal(agree(d("2026-07-01", "2026-07-01", "upper"), d("2026-05-01", "2026-05-31")), true);
});

test("an undated report's note gives its rough date", () => {
  assert.equal(noteDate("no date; the content places it around the turn of 2017/2018, before the opening"), "2018-01-01");
  assert.equal(noteDate("written after the floods, probably in the second half of September 2023"), "2023-09-23");
  assert.equal(noteDate("undated; content places it after 14 February 2026"), "2026-02-14");
  assert.equal(noteDate("dated only 'Oct 30' without a year, so published is null"), null);
  assert.equal(noteDate(null), null);
});

test("Apart finds every pair that fails to meet, in order, without trying all pairs", () => {
  // a seeded mix: counts (whole), lengths, dates, bounds, an empty and an unreadable span
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const spans: Span[] = [];
  for (let i = 0; i < 400; i++) {
    const r = rnd();
    const v = Math.round(rnd() * 40);
    if (r < 0.3) spans.push({ low: v - 0.5 + rnd() * 0.4, high: v + rnd() * 1.5, whole: true, scale: "n" });
    else if (r < 0.55) spans.push({ low: v * 10, high: v * 10 + rnd() * 30, whole: false, scale: "m" });
    else if (r < 0.8) spans.push({ low: 19000 + v - 0.5, high: 19000 + v + 1.5, whole: false, scale: "date" });
    else if (r < 0.86) spans.push({ low: rnd() < 0.5 ? -Infinity : v, high: rnd() < 0.5 ? Infinity : v + 5, whole: rnd() < 0.5, scale: "n" });
    else if (r < 0.9) spans.push({ low: v, high: v, whole: false, scale: "m" });
    else if (r < 0.93) spans.push({ low: Number.NaN, high: v, whole: false, scale: "date" });
    else spans.push({ low: 1e13 + v, high: 1e13 + v + 2, whole: true, scale: "n" });
  }
  const apart = new Apart(spans);
  let tried = 0;
  for (let x = 0; x < spans.length; x++) {
    const got = [...apart.after(x)];
    tried += got.length;
    const want: number[] = [];
    for (let y = x + 1; y < spans.length; y++) if (meet(spans[x], spans[y]) === false) want.push(y);
    const disagree = got.filter((y) => meet(spans[x], spans[y]) === false);
    assert.deepEqual(disagree, want, `span ${x}`);
    assert.deepEqual(got, [...got].sort((a, b) => a - b));
  }
  assert.ok(tried < (spans.length * (spans.length - 1)) / 2 / 2, `tried ${tried} pairs`);
});
