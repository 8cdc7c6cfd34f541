/**
 * Every clear date from both Earth Search collections: a series whose dates are split between
 * `sentinel-2-c1-l2a` and the older `sentinel-2-l2a` (holes in c1, one acquisition in both, reprocessed
 * duplicates, items whose BOA offset is or is not in the values whatever their metadata says) and one
 * date mis-registered by two pixels. Each date is measured within ±0.10 of the truth, says which
 * collection it came from, what was decided about its offset, and its shift.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fixtureWorld, MIXED_DATES, type FixtureServer } from "./fixtures.js";
import { watch, type WatchResult } from "../../src/imagery/watch.js";

const DATES = MIXED_DATES;

let server: FixtureServer;
let r: WatchResult;
let total = 0;
before(async () => {
  const w = await fixtureWorld({ dates: DATES });
  server = w.server;
  total = w.fx.totalBytes;
  r = await watch({ aoi: w.fx.aoi, axis: w.fx.axis, from: "2025-01-01", to: "2026-12-31", stac: w.stac });
});
after(() => server?.close());
const row = (date: string) => r.rows.find((x) => x.date === date)!;

test("both collections searched: every date, including those only in the older one, each saying where it came from", () => {
  assert.deepEqual(r.rows.map((x) => x.date), DATES.map((d) => d.date));
  assert.deepEqual(r.collections, { "sentinel-2-c1-l2a": { found: 4, kept: 4 }, "sentinel-2-l2a": { found: 7, kept: 5 } });
  for (const d of DATES) assert.equal(row(d.date).collection, d.old?.in === "only" ? "sentinel-2-l2a" : "sentinel-2-c1-l2a", d.date);
  for (const d of DATES) assert.ok(Math.abs(row(d.date).progress! - d.truth) <= 0.1, `${d.date}: ${row(d.date).progress} vs ${d.truth} (${row(d.date).flags})`);
  assert.ok(r.bytes / total < 0.1, `read ${r.bytes} of ${total}`);
});

test("one acquisition in both collections, and reprocessed duplicates, collapse to one row", () => {
  assert.deepEqual(row("2025-06-24").items, ["S2A_T52TFM_20250624T021609_L2A"]);
  assert.deepEqual(row("2025-06-24").duplicates, ["S2A_52TFM_20250624_0_L2A"]);
  assert.deepEqual(row("2025-07-14").items, ["S2A_52TFM_20250714_1_L2A"]);
  assert.deepEqual(row("2025-07-14").duplicates, ["S2A_52TFM_20250714_0_L2A"]);
});

test("the BOA offset: decided per item from its values, recorded with what the metadata said", () => {
  const b = (d: string) => row(d).boaOffset!;
  // c1 and a faithful old item: +1000 DN in the values, subtracted
  for (const d of ["2025-04-25", "2025-05-15"]) assert.deepEqual([b(d).inData, b(d).decidedBy, b(d).metadataWrong, row(d).offsets.red.offset], [true, "values", false, -0.1], d);
  // already removed, and the metadata says so
  assert.deepEqual([b("2025-08-03").inData, b("2025-08-03").alreadyApplied, b("2025-08-03").metadataApplied, b("2025-08-03").metadataWrong, row("2025-08-03").offsets.red.offset], [false, true, true, false, 0]);
  // already removed, the metadata says it is not: corrected, flagged
  assert.deepEqual([b("2025-08-23").inData, b("2025-08-23").metadataWrong, row("2025-08-23").offsets.red.offset], [false, true, 0]);
  assert.ok(row("2025-08-23").flags.includes("offset-metadata-wrong"));
  // still in the values, the metadata says removed: subtracted anyway, flagged
  assert.deepEqual([b("2025-09-12").inData, b("2025-09-12").metadataApplied, b("2025-09-12").metadataWrong, row("2025-09-12").offsets.red.offset], [true, true, true, -0.1]);
  assert.ok(row("2025-09-12").flags.includes("offset-metadata-wrong"));
  assert.ok(row("2025-09-12").indices.ndvi! > 0.6, "vegetation reads as vegetation once the offset is out");
});

test("co-registration: the date moved by two pixels is found, aligned and measured (within ±0.10 above)", () => {
  const c = row("2025-10-02").coregistration!;
  assert.equal(c.applied, true);
  assert.equal(c.aligned, true);
  assert.ok(Math.abs(c.dx + 20) <= 6 && Math.abs(c.dy - 10) <= 6, `shift ${c.dx}, ${c.dy}`);
  assert.equal(c.reference, r.reference);
  // the half-pixel jitter of the other dates is within the budget: mostly left as read
  assert.ok(DATES.filter((d) => !d.shift && row(d.date).coregistration!.applied).length <= 2);
});
