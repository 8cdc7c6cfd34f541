import { test } from "node:test";
import assert from "node:assert/strict";
import { formatInterval, formatMoment, formatValue, plural } from "./format.js";

const q = (low: number, unit: string, extra: object = {}) => formatValue({ kind: "quantity", low, high: low, unit, ...extra });

test("lengths, areas and masses read as a person writes them", () => {
  assert.equal(q(850, "m"), "850 m");
  assert.equal(q(1000, "m"), "1 km");
  assert.equal(q(4700, "m"), "4.7 km");
  assert.equal(q(120000, "m2"), "12 ha");
  assert.equal(q(3_000_000, "m2"), "3 km²");
  assert.equal(q(5000, "kg"), "5 t");
  assert.equal(q(850, "m", { qualifier: "approx" }), "about 850 m");
  assert.equal(q(850, "m", { qualifier: "upper" }), "up to 850 m");
  // volumes by the million, as reports write them; a conversion is not shown to the litre
  assert.equal(q(40_000, "m3"), "40,000 m³");
  assert.equal(q(22_653_477.2736, "m3", { qualifier: "approx" }), "about 22.7 million m³");
  assert.equal(q(1_500_000, "m3"), "1.5 million m³");
  assert.equal(q(18_200_000_000, "m3"), "18.2 billion m³");
});

test("money uses the currency's symbol and a scale word", () => {
  assert.equal(formatValue({ kind: "money", low: 73.7e6, high: 73.7e6, unit: "GBP" }), "£73.7 million");
  assert.equal(formatValue({ kind: "money", low: 1e8, high: 1e8, unit: "USD", qualifier: "approx" }), "about $100 million");
  assert.equal(formatValue({ kind: "money", low: 9e9, high: 9e9, unit: "RUB" }), "9 billion RUB");
  assert.equal(formatValue({ kind: "money", low: 90e6, high: 100e6, unit: "USD" }), "$90–100 million");
});

test("counts, rates, percents, ratios and durations", () => {
  assert.equal(formatValue({ kind: "count", low: 300, high: 300, unit: "vehicle", per: "day" }), "300 vehicles per day");
  assert.equal(formatValue({ kind: "count", low: 2850, high: 2850, unit: "person", per: "day" }), "2,850 people per day");
  assert.equal(formatValue({ kind: "count", low: 12000, high: 15000, unit: "troop" }), "12,000–15,000 troops");
  assert.equal(formatValue({ kind: "percent", low: 12.1, high: 12.1, unit: "%" }), "12.1%");
  assert.equal(formatValue({ kind: "ratio", low: 9, high: 9, unit: "x" }), "9×");
  assert.equal(formatValue({ kind: "duration", low: 730.5, high: 730.5, unit: "d" }), "2 years");
  assert.equal(formatValue({ kind: "duration", low: 10, high: 10, unit: "d" }), "10 days");
  assert.equal(formatValue({ kind: "duration", low: 23, high: 23, unit: "d" }), "23 days", "not 3.3 weeks");
  assert.equal(formatValue({ kind: "duration", low: 547.875, high: 547.875, unit: "d" }), "1.5 years");
  assert.equal(formatValue({ kind: "duration", low: 35, high: 40, unit: "d" }), "35–40 days");
  assert.equal(formatValue({ kind: "duration", low: 1095.75, high: 1826.25, unit: "d" }), "3–5 years");
  assert.equal(formatValue({ kind: "quantity", low: 850, high: 1000, unit: "m" }), "850 m – 1 km");
  // under a day: hours or minutes, not a fraction of a day
  assert.equal(formatValue({ kind: "duration", low: 16 / 1440, high: 16 / 1440, unit: "d" }), "16 minutes");
  assert.equal(formatValue({ kind: "duration", low: 0.25, high: 0.25, unit: "d" }), "6 hours");
  assert.equal(formatValue({ kind: "duration", low: 1 / 24, high: 3 / 24, unit: "d" }), "1–3 hours");
  // a count's noun in the report's own language keeps its form; an English noun given for it is put in the plural
  assert.equal(formatValue({ kind: "count", low: 36, high: 36, unit: "автомобілів", language: "uk", text: "36 автомобілів" }), "36 автомобілів");
  assert.equal(formatValue({ kind: "count", low: 4, high: 4, unit: "carriles", language: "es", text: "cuatro carriles" }), "4 carriles");
  assert.equal(formatValue({ kind: "count", low: 154, high: 154, unit: "person", language: "ko", text: "154명" }), "154 people");
  assert.equal(formatValue({ kind: "count", low: 12, high: 12, unit: "truck", language: "en", text: "12 trucks" }), "12 trucks");
  // an English noun given for a figure whose own word only begins like it
  assert.equal(formatValue({ kind: "count", low: 40, high: 40, unit: "person", language: "fr", text: "40 personnes" }), "40 people");
  assert.equal(plural("city", 2), "cities");
  assert.equal(plural("bus", 2), "buses");
});

test("date intervals get their name and, when it is a span, the months", () => {
  const d = (start: string, end: string) => formatInterval({ start, end });
  assert.equal(d("2025-04-30", "2025-04-30"), "30 April 2025");
  assert.equal(d("1959-01-01", "1959-12-31"), "1959");
  assert.equal(d("2024-06-01", "2024-06-30"), "June 2024");
  assert.equal(d("2026-05-01", "2026-08-31"), "mid-2026 (May–Aug 2026)");
  assert.equal(d("2026-06-01", "2026-08-31"), "summer 2026 (Jun–Aug 2026)");
  assert.equal(d("2026-10-01", "2026-12-31"), "end of 2026 (Oct–Dec 2026)");
  assert.equal(d("2025-05-11", "2025-05-20"), "mid-May 2025 (11–20 May 2025)");
  assert.equal(d("2024-12-01", "2025-02-28"), "winter 2024–25 (Dec 2024–Feb 2025)");
  assert.equal(d("2025-03-03", "2025-04-07"), "3 Mar – 7 Apr 2025");
  assert.equal(formatValue({ kind: "date", low: null, high: null, unit: null, date: { start: "2026-10-01", end: "2026-12-31" }, qualifier: "upper" }), "by end of 2026 (Oct–Dec 2026)");
  assert.equal(d("garbage", "2025-01-01"), "garbage – 2025-01-01");
});

test("an earthquake's magnitude is written before its number", () => {
  const mag = (low: number, high = low, qualifier: "approx" | null = null) => formatValue({ kind: "quantity", low, high, unit: "magnitude", qualifier });
  assert.equal(mag(7.1), "magnitude 7.1");
  assert.equal(mag(6.9, 7.1), "magnitude 6.9–7.1");
  assert.equal(mag(6.8, 6.8, "approx"), "about magnitude 6.8");
});

test("a moment reads as the app's dates, in UTC; a day alone as a day", () => {
  assert.equal(formatMoment("2026-12-07T20:47:13.5Z"), "7 December 2026, 20:47 UTC");
  assert.equal(formatMoment("2026-12-07T23:30:00+02:00"), "7 December 2026, 21:30 UTC");
  assert.equal(formatMoment("2026-12-07"), "7 December 2026");
});
