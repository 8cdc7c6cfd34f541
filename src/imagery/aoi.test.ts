import { test } from "node:test";
import assert from "node:assert/strict";
import { axisLine, circleAoi, makeGrid, mgrsTile, parseAoiSpec, polygonAoi, polygonMask, ringMask, toUtm, utmEpsg } from "./aoi.js";

test("the motivating site: UTM 52N, MGRS 52TFM, known easting/northing", () => {
  assert.equal(utmEpsg([130.64, 42.42]), 32652);
  assert.equal(utmEpsg([-70, -33]), 32719);
  assert.equal(mgrsTile([130.64, 42.42]), "52TFM");
  const [e, n] = toUtm([130.64, 42.42], 32652);
  assert.ok(Math.abs(e - 634925.79) < 0.1 && Math.abs(n - 4697712.83) < 0.1, `${e} ${n}`);
});

test("point + radius: a round AOI whose mask area is πr² within 2 %; a 20 m-snapped grid with the margin", () => {
  const aoi = parseAoiSpec("42.42, 130.64, 500")!;
  assert.equal(aoi.label, "42.4200N,130.6400E,r500");
  const g = makeGrid(aoi, { margin: 300 });
  assert.equal(g.x0 % 20, 0);
  assert.equal(g.y0 % 20, 0);
  assert.ok(g.width >= 160 && g.width <= 164, String(g.width));
  const m = polygonMask(g, aoi.ring);
  const area = m.reduce((s, v) => s + v, 0) * 100;
  assert.ok(Math.abs(area / (Math.PI * 500 ** 2) - 1) < 0.02, String(area));
  const ring = ringMask(g, m, 200);
  for (let i = 0; i < m.length; i++) assert.ok(!(m[i] && ring[i]));
  assert.ok(ring.reduce((s, v) => s + v, 0) > 0);
  assert.equal(parseAoiSpec("site.geojson"), null);
  assert.throws(() => circleAoi(42, 130, 0), /radius/);
  assert.throws(() => circleAoi(95, 130, 10), /coordinates/);
});

test("GeoJSON: polygons from a Feature/FeatureCollection, axis from a LineString; clear errors otherwise", () => {
  const poly = { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[130.63, 42.41], [130.65, 42.41], [130.65, 42.43], [130.63, 42.43], [130.63, 42.41]]] } }] };
  const a = polygonAoi(poly, "site");
  assert.ok(Math.abs(a.center[0] - 130.64) < 0.001 && Math.abs(a.center[1] - 42.42) < 0.001);
  assert.throws(() => polygonAoi({ type: "Point", coordinates: [1, 2] }, "pt.geojson"), /pt\.geojson: no Polygon/);
  assert.throws(() => polygonAoi({ type: "Polygon", coordinates: [[[1, 2], [3, 4]]] }, "p"), /≥ 4/);
  assert.deepEqual(axisLine({ type: "Feature", geometry: { type: "LineString", coordinates: [[130.64, 42.43], [130.64, 42.41]] } }), [[130.64, 42.43], [130.64, 42.41]]);
  assert.throws(() => axisLine({ type: "LineString", coordinates: [[130.64, 42.43]] }, "axis.geojson"), /axis\.geojson/);
  assert.throws(() => makeGrid(circleAoi(42.42, 130.64, 20000)), /too large/);
});
