import { test } from "node:test";
import assert from "node:assert/strict";
import { lastSeason, monthPart, nearestYearForMonth, parseDay, seasonInterval, weekdayNear, yearPart, yearRangeEnd, isoDay } from "./dates.js";

test("dates: parts, seasons, relative helpers", () => {
  assert.deepEqual(yearPart(2026, "mid"), { start: "2026-05-01", end: "2026-08-31" });
  assert.deepEqual(yearPart(2026, "end"), { start: "2026-10-01", end: "2026-12-31" });
  assert.deepEqual(monthPart(2024, 2, "late"), { start: "2024-02-21", end: "2024-02-29" });
  assert.deepEqual(seasonInterval(2024, "winter"), { start: "2024-12-01", end: "2025-02-28" });
  const ref = parseDay("2025-07-10")!;
  assert.deepEqual(lastSeason(ref, "autumn"), { start: "2024-09-01", end: "2024-11-30" });
  assert.deepEqual(lastSeason(ref, "summer"), { start: "2024-06-01", end: "2024-08-31" });
  assert.equal(nearestYearForMonth(ref, 4), 2025);
  assert.equal(nearestYearForMonth(parseDay("2025-02-01")!, 12), 2024);
  assert.equal(isoDay(weekdayNear(parseDay("2025-04-30")!, 3, "past")), "2025-04-30");
  assert.equal(isoDay(weekdayNear(parseDay("2025-04-30")!, 3, "last")), "2025-04-23");
  assert.equal(parseDay("2025-13-40"), null);
  assert.equal(parseDay(null), null);
});

test("parseDay: a day that the calendar does not have is refused, not rolled over", () => {
  assert.equal(parseDay("2025-02-30"), null);
  assert.equal(parseDay("2025-13-01"), null);
  assert.equal(parseDay("2024-02-29")?.toISOString().slice(0, 10), "2024-02-29");
});

test("yearRangeEnd: a span of years ends after its start, at most twenty years on", () => {
  assert.equal(yearRangeEnd(2022, "2023"), 2023);
  assert.equal(yearRangeEnd(2022, "23"), 2023);
  assert.equal(yearRangeEnd(1998, "05"), null); // "05" is 1905, before the start
  assert.equal(yearRangeEnd(2022, "2022"), null);
  assert.equal(yearRangeEnd(2000, "2021"), null);
  assert.equal(yearRangeEnd(2000, "2020"), 2020);
});
