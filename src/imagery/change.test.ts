import { test } from "node:test";
import assert from "node:assert/strict";
import { corridorPlan, corridorProgress, imageryTimeline, isotonic, summarize, type CorridorSample } from "./change.js";
import { fromUtm, type Grid } from "./aoi.js";
import { classify, classAreas, C } from "./indices.js";
import { clearMask, clearFraction } from "./mask.js";

test("isotonic: the closest non-decreasing series, nulls kept", () => {
  assert.deepEqual(isotonic([0, 0.2, 0.1, null, 0.5]), [0, 0.15000000000000002, 0.15000000000000002, null, 0.5]);
  assert.deepEqual(isotonic([null, null]), [null, null]);
});

// a 60×60 grid (10 m) in zone 52; river in rows 20–39; the axis runs down column 30
const grid: Grid = { epsg: 32652, x0: 600000, y0: 4700000, res: 10, width: 60, height: 60 };
const axis = [fromUtm([600305, 4699995], 32652), fromUtm([600305, 4699405], 32652)];

function sample(plan: ReturnType<typeof corridorPlan>, deckRows: number, o: { frozen?: boolean; cloudRows?: [number, number] } = {}): CorridorSample {
  const k = plan.pixels.length;
  const s: CorridorSample = { ndwi: new Float32Array(k), bright: new Float32Array(k), clear: new Uint8Array(k).fill(1), snow: new Uint8Array(k) };
  plan.pixels.forEach((p, j) => {
    const r = Math.floor(p / grid.width), c = p % grid.width;
    const river = r >= 20 && r < 40;
    const deck = c === 30 && r >= 20 && r < 20 + deckRows;
    if (deck) { s.ndwi[j] = -0.1; s.bright[j] = 0.6; }
    else if (river) { s.ndwi[j] = o.frozen ? 0.08 : 0.5; s.bright[j] = o.frozen ? 1.6 : 0.12; s.snow[j] = o.frozen ? 1 : 0; }
    else { s.ndwi[j] = -0.7; s.bright[j] = 0.45; }
    if (o.cloudRows && r >= o.cloudRows[0] && r < o.cloudRows[1]) s.clear[j] = 0;
  });
  return s;
}

test("corridor: share of the crossing no longer water, against same-date river references; ice handled; clouds flagged", () => {
  const plan = corridorPlan(grid, axis);
  assert.equal(plan.axis.length, 60);
  const res = corridorProgress(plan, [sample(plan, 0), sample(plan, 5), sample(plan, 10, { frozen: true }), sample(plan, 12, { cloudRows: [20, 40] }), null, sample(plan, 20)]);
  assert.equal(res.crossing, 20);
  assert.deepEqual(res.progress, [0, 0.25, 0.5, null, null, 1]);
  assert.deepEqual(res.flags[2], ["river-frozen"]);
  assert.deepEqual(res.flags[3], ["corridor-not-clear"]);
});

test("classes and masks on a few pixels", () => {
  const f = (xs: number[]) => Float32Array.from(xs);
  const bands = { blue: f([0.05, 0.03, 0.1, 0.16, 0.5]), green: f([0.06, 0.06, 0.14, 0.18, 0.5]), red: f([0.04, 0.04, 0.18, 0.2, 0.5]), nir: f([0.02, 0.35, 0.24, 0.22, 0.5]), swir16: f([0.01, 0.18, 0.32, 0.25, 0.4]) };
  const scl = Uint8Array.from([6, 4, 5, 5, 9]);
  const clear = clearMask(scl);
  assert.deepEqual([...clear], [1, 1, 1, 1, 0]);
  assert.deepEqual([...classify(bands, scl, clear)], [C.water, C.vegetation, C.bare_built, C.bare_built, C.masked]);
  assert.equal(clearFraction(clear, [0, 4]), 0.5);
  const areas = classAreas(classify(bands, scl, clear), Uint8Array.from([1, 1, 1, 1, 1]), 100);
  assert.deepEqual([areas.water, areas.bare_built, areas.masked], [0.01, 0.02, 0.01]);
});

test("summary and timeline entries from the per-date rows", () => {
  const rows = [
    { date: "2025-04-01", progress: 0, progressSmoothed: 0, flags: [] },
    { date: "2025-05-01", progress: 0.1, progressSmoothed: 0.1, flags: [] },
    { date: "2025-06-01", progress: null, progressSmoothed: null, flags: ["cloudy"] },
    { date: "2025-07-01", progress: 0.4, progressSmoothed: 0.4, flags: [] },
  ];
  const s = summarize(rows, 20);
  assert.deepEqual(s, { dates: 4, measured: 3, cloudy: 1, firstChange: "2025-05-01", half: null, closed: null, latest: { date: "2025-07-01", progress: 0.4 }, step: 0.05, bareBuiltRise: null });
  const withAreas = rows.map((r, i) => ({ ...r, areas: { bare_built: [1, 1.2, 0, 2.5][i] } }));
  withAreas.push({ date: "2025-08-01", progress: 0.5, progressSmoothed: 0.5, flags: [], areas: { bare_built: 2.6 } });
  assert.equal(summarize(withAreas, 20).bareBuiltRise, "2025-07-01");
  const t = imageryTimeline("site-a", rows, 20);
  assert.deepEqual(t.map((e) => [e.date.start, e.observation]), [["2025-05-01", "site-a@2025-05-01"], ["2025-07-01", "site-a@2025-07-01"]]);
  assert.match(t[1].event, /40 % of the river crossing/);
});
