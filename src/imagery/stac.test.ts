import { test } from "node:test";
import assert from "node:assert/strict";
import { RangeClient } from "./http.js";
import { dedupe, normalizeItem, searchScenes, searchItems, type Scene } from "./stac.js";

const c1Item = (id: string, day: string, pb = "05.11", tile = "52TFM") => ({
  type: "Feature",
  id,
  collection: "sentinel-2-c1-l2a",
  properties: { datetime: `${day}T02:16:09Z`, "s2:processing_baseline": pb, "grid:code": `MGRS-${tile}`, "proj:code": "EPSG:32652", "eo:cloud_cover": 5 },
  assets: Object.fromEntries(
    ["blue", "green", "red", "nir", "swir16", "scl"].map((b) => [b, { href: `https://x/${id}/${b}.tif`, "raster:bands": [b === "scl" ? { nodata: 0 } : { nodata: 0, scale: 0.0001, offset: -0.1 }] }]),
  ),
});

/** A fake STAC API: pages of `size`, token in the POST body; `sortby` drops the token (Earth Search bug). */
function fakeApi(items: any[], o: { size?: number; repeatToken?: boolean; failCollections?: string[] } = {}) {
  const bodies: any[] = [];
  const fetch = async (_url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? "{}"));
    bodies.push(body);
    if (o.failCollections?.includes(body.collections[0])) return new Response("{\"code\":\"NotFound\"}", { status: 404 });
    const pool = items.filter((i) => body.collections.includes(i.collection));
    const size = o.size ?? 2;
    const start = o.repeatToken ? 0 : Number(body.next ?? 0);
    const links = start + size < pool.length && !body.sortby ? [{ rel: "next", href: "https://stac.example/v1/search", method: "POST", body: { next: String(o.repeatToken ? 0 : start + size) }, merge: true }] : [];
    return new Response(JSON.stringify({ type: "FeatureCollection", features: pool.slice(start, start + size), links }), { status: 200 });
  };
  return { fetch, bodies };
}

const search = { intersects: { type: "Polygon" as const, coordinates: [[[130.6, 42.4], [130.7, 42.4], [130.7, 42.5], [130.6, 42.4]] as [number, number][]] }, from: "2025-01-01", to: "2025-12-31" };

test("pages through next links (POST body merged), no sortby sent, client-side date order, dedupe by tile+day keeping the highest PB", async () => {
  const items = [c1Item("b", "2025-05-02"), c1Item("a0", "2025-04-01", "05.00"), c1Item("a1", "2025-04-01", "05.11"), c1Item("c", "2025-03-01"), c1Item("d", "2025-03-01", "05.11", "52TFN")];
  const api = fakeApi(items);
  const r = await searchScenes(new RangeClient({ fetch: api.fetch }), { ...search, url: "https://stac.example/v1", maxCloud: 30 });
  // 3 pages of c1, 1 (empty) of the older collection: both are always searched
  assert.equal(r.pages, 4);
  assert.equal(r.found, 5);
  assert.deepEqual(r.collections, { "sentinel-2-c1-l2a": { found: 5, kept: 4 }, "sentinel-2-l2a": { found: 0, kept: 0 } });
  assert.deepEqual(r.scenes.map((s) => s.id), ["c", "d", "a1", "b"]);
  assert.ok(api.bodies.every((b) => !("sortby" in b)));
  assert.deepEqual(api.bodies[0].query, { "eo:cloud_cover": { lte: 30 } });
  assert.equal(api.bodies[1].datetime, "2025-01-01T00:00:00Z/2025-12-31T23:59:59Z", "merge keeps the original body");
  assert.equal(api.bodies[1].next, "2");
});

test("loop guard: a server that repeats its next token is stopped with a warning", async () => {
  const api = fakeApi([c1Item("a", "2025-04-01"), c1Item("b", "2025-04-02"), c1Item("c", "2025-04-03")], { repeatToken: true });
  const r = await searchItems(new RangeClient({ fetch: api.fetch }), "https://stac.example/v1", { collections: ["sentinel-2-c1-l2a"] });
  assert.ok(r.pages <= 3);
  assert.match(r.warnings.join(), /repeated/);
});

test("falls back to sentinel-2-l2a when the c1 collection has nothing or fails; old items get scale/offset from the PB rule", async () => {
  const old = {
    ...c1Item("S2B_52TFM_20230601_0_L2A", "2023-06-01", "05.09"),
    collection: "sentinel-2-l2a",
    properties: { datetime: "2023-06-01T02:16:09Z", "s2:processing_baseline": "05.09", "mgrs:utm_zone": 52, "mgrs:latitude_band": "T", "mgrs:grid_square": "FM", "proj:epsg": 32652, "earthsearch:boa_offset_applied": true },
    assets: Object.fromEntries(["B02", "B03", "B04", "B08", "B11", "SCL"].map((b) => [b, { href: `https://x/${b}.tif` }])),
  };
  const api = fakeApi([old], { failCollections: ["sentinel-2-c1-l2a"] });
  const r = await searchScenes(new RangeClient({ fetch: api.fetch, retries: 0 }), search);
  assert.equal(r.collection, "sentinel-2-l2a");
  const s = r.scenes[0];
  assert.equal(s.tile, "52TFM");
  assert.equal(s.epsg, 32652);
  assert.equal(s.assets.red?.href, "https://x/B04.tif");
  // the archive says the offset was already removed: apply none
  assert.deepEqual([s.assets.red?.scale, s.assets.red?.offset, s.assets.red?.from], [0.0001, 0, "pb-rule"]);
  assert.match(r.warnings.join(), /sentinel-2-c1-l2a: .*404/);
  const notApplied = normalizeItem({ ...old, properties: { ...old.properties, "earthsearch:boa_offset_applied": false } });
  assert.equal(notApplied.assets.red?.offset, -0.1);
  const pre4 = normalizeItem({ ...old, properties: { ...old.properties, "s2:processing_baseline": "03.01", "earthsearch:boa_offset_applied": false } });
  assert.equal(pre4.assets.red?.offset, 0);
});

test("a search that fails everywhere throws one error naming the URL", async () => {
  const fetch = async () => new Response("nope", { status: 500 });
  await assert.rejects(searchScenes(new RangeClient({ fetch, retries: 1, backoffMs: 1 }), { ...search, url: "https://stac.example/v1" }), /STAC search failed: https:\/\/stac\.example\/v1\/search: HTTP 500/);
});

test("dedupe prefers c1 over l2a at equal PB", () => {
  const a = normalizeItem(c1Item("x", "2025-04-01"));
  const b: Scene = { ...a, id: "y", collection: "sentinel-2-l2a" };
  assert.deepEqual(dedupe([b, a]).map((s) => s.id), ["x"]);
});

test("STAC 1.1 items: bands[0] with raster:scale / raster:offset", () => {
  const it = c1Item("z", "2025-04-01");
  it.assets.red = { href: "https://x/red.tif", bands: [{ nodata: 0, "raster:scale": 0.0001, "raster:offset": -0.1 }] } as any;
  const s = normalizeItem(it);
  assert.deepEqual([s.assets.red?.scale, s.assets.red?.offset], [0.0001, -0.1]);
});

test("both collections are searched and merged: holes of one filled from the other, one scene per tile and day", async () => {
  const old = (id: string, day: string, extra: Record<string, unknown> = {}) => ({
    ...c1Item(id, day),
    collection: "sentinel-2-l2a",
    properties: { datetime: `${day}T02:16:09Z`, "s2:processing_baseline": "05.11", "mgrs:utm_zone": 52, "mgrs:latitude_band": "T", "mgrs:grid_square": "FM", "proj:epsg": 32652, "eo:cloud_cover": 5, ...extra },
  });
  const items = [
    c1Item("S2A_T52TFM_20250401T021609_L2A", "2025-04-01"),
    old("S2A_52TFM_20250401_0_L2A", "2025-04-01"),
    old("S2A_52TFM_20250411_0_L2A", "2025-04-11"),
    old("S2A_52TFM_20250411_1_L2A", "2025-04-11"),
    // no tile properties at all: the id names it
    { ...old("S2B_52TFM_20250421_0_L2A", "2025-04-21"), properties: { datetime: "2025-04-21T02:16:09Z", "s2:processing_baseline": "05.11" } },
  ];
  const r = await searchScenes(new RangeClient({ fetch: fakeApi(items, { size: 10 }).fetch }), search);
  assert.deepEqual(r.scenes.map((s) => [s.day, s.id, s.collection, s.duplicates]), [
    ["2025-04-01", "S2A_T52TFM_20250401T021609_L2A", "sentinel-2-c1-l2a", ["S2A_52TFM_20250401_0_L2A"]],
    ["2025-04-11", "S2A_52TFM_20250411_1_L2A", "sentinel-2-l2a", ["S2A_52TFM_20250411_0_L2A"]],
    ["2025-04-21", "S2B_52TFM_20250421_0_L2A", "sentinel-2-l2a", []],
  ]);
  assert.equal(r.scenes[2].tile, "52TFM");
  assert.equal(r.collection, "sentinel-2-l2a");
  assert.deepEqual(r.collections, { "sentinel-2-c1-l2a": { found: 1, kept: 1 }, "sentinel-2-l2a": { found: 4, kept: 2 } });
});
