/**
 * The range client and COG window reads against a loopback server: Range honoured, ignored (200),
 * failing once (503), slow (timeout), the disk cache, and exact pixel values from a written COG.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type FixtureServer } from "./fixtures.js";
import { writeCog } from "../../src/imagery/cog-writer.js";
import { RangeClient } from "../../src/imagery/http.js";
import { openCog, readWindow } from "../../src/imagery/cog.js";

const W = 1024;
// pseudo-random values: the file does not compress to nothing, so byte fractions mean something
const value = (c: number, r: number) => ((Math.imul(c, 2654435761) ^ Math.imul(r, 40503)) >>> 0) % 4000 + 1;
let server: FixtureServer;
let file: Buffer;
const dir = mkdtempSync(join(tmpdir(), "dossier-http-"));

before(async () => {
  file = writeCog({ width: W, height: W, bits: 16, x0: 600000, y0: 4700000, res: 10, epsg: 32652, predictor: true }, (tx, ty) => {
    const t = new Uint16Array(256 * 256);
    for (let r = 0; r < 256; r++) for (let c = 0; c < 256; c++) t[r * 256 + c] = value(tx * 256 + c, ty * 256 + r);
    return t;
  });
  const small = writeCog({ width: 256, height: 256, bits: 8, x0: 0, y0: 0, res: 20, epsg: 32653 }, () => new Uint8Array(256 * 256).fill(4));
  // a COG made by GDAL 3.6 (gdal_translate -of COG: ghost header, overview, DEFLATE + predictor) from
  // a 512² gradient written by our writer, to check the reader on the layout real S2 COGs have
  const gdal = readFileSync(join(import.meta.dirname, "data", "gdal-cog.tif"));
  server = await serve(new Map([["a.tif", file], ["scl.tif", small], ["gdal.tif", gdal]]), () => [], { delay: 300 });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("window read over Range: exact values, georeferencing, a few percent of the file", async () => {
  const client = new RangeClient();
  const cog = await openCog(client, `${server.url}/cogs/a.tif`);
  assert.deepEqual([cog.width, cog.height, cog.x0, cog.y0, cog.res, cog.epsg, cog.nodata], [W, W, 600000, 4700000, 10, 32652, 0]);
  const win = await readWindow(cog, 300, 400, 420, 480);
  for (const [c, r] of [[300, 400], [419, 479], [350, 450]]) assert.equal(win[(r - 400) * 120 + (c - 300)], value(c, r));
  assert.ok(client.stats.bytes / file.length < 0.15, `${client.stats.bytes} of ${file.length}`);
  assert.equal(client.stats.fullBodies, 0);
  // outside the image: zeros, no error
  const edge = await readWindow(cog, W - 2, -2, W + 2, 2);
  assert.deepEqual([...edge.slice(0, 4)], [0, 0, 0, 0]);
  assert.equal(edge[2 * 4 + 0], value(W - 2, 0));
  const scl = await openCog(client, `${server.url}/cogs/scl.tif`);
  assert.equal((await readWindow(scl, 0, 0, 2, 2))[3], 4);
});

test("a GDAL-made COG (ghost header, overview) reads the same values", async () => {
  const cog = await openCog(new RangeClient(), `${server.url}/cogs/gdal.tif`);
  assert.deepEqual([cog.width, cog.x0, cog.y0, cog.res, cog.epsg, cog.nodata], [512, 634000, 4698000, 10, 32652, 0]);
  const w = await readWindow(cog, 200, 250, 300, 330);
  for (const [c, r] of [[200, 250], [299, 329], [256, 256]]) assert.equal(w[(r - 250) * 100 + (c - 200)], ((c * 3 + r * 5) % 1000) + 1);
});

test("a server that ignores Range: the whole body is fetched once and sliced", async () => {
  const client = new RangeClient();
  const cog = await openCog(client, `${server.url}/full/a.tif`);
  const win = await readWindow(cog, 10, 10, 20, 20);
  assert.equal(win[0], value(10, 10));
  assert.equal(client.stats.fullBodies, 1);
  assert.equal(client.stats.bytes, file.length);
});

test("503 once: retried with backoff; the disk cache serves a second run without requests", async () => {
  const cacheDir = join(dir, "cache");
  const a = new RangeClient({ backoffMs: 1, cacheDir });
  const w1 = await readWindow(await openCog(a, `${server.url}/flaky/a.tif`), 500, 500, 600, 560);
  assert.ok(a.stats.retries > 0);
  assert.ok(readdirSync(cacheDir).length > 0);
  const b = new RangeClient({ cacheDir, fetch: async () => { throw new Error("no network in this test"); } });
  const w2 = await readWindow(await openCog(b, `${server.url}/flaky/a.tif`), 500, 500, 600, 560);
  assert.deepEqual(w2, w1);
  assert.equal(b.stats.requests, 0);
  assert.ok(b.stats.cacheHits > 0);
});

test("slow server past the timeout: a clear error naming the URL; 404: no retries", async () => {
  const client = new RangeClient({ timeoutMs: 100, retries: 1, backoffMs: 1 });
  await assert.rejects(client.range(`${server.url}/slow/a.tif`, 0, 99), (e: Error) => e.message.includes(`${server.url}/slow/a.tif`));
  assert.equal(client.stats.requests, 2);
  const ok = await new RangeClient({ timeoutMs: 2000 }).range(`${server.url}/slow/a.tif`, 0, 99);
  assert.equal(ok.length, 100);
  const c404 = new RangeClient({ backoffMs: 1 });
  await assert.rejects(c404.range(`${server.url}/cogs/missing.tif`, 0, 9), /missing\.tif: HTTP 404/);
  assert.equal(c404.stats.requests, 1);
  await assert.rejects(openCog(new RangeClient(), `${server.url}/cogs/missing.tif`), /missing\.tif: cannot read as GeoTIFF/);
});

test("range past the end of the file: 416 gives no bytes", async () => {
  const client = new RangeClient();
  assert.equal((await client.range(`${server.url}/cogs/a.tif`, file.length + 10, file.length + 20)).length, 0);
  assert.equal((await client.range(`${server.url}/cogs/a.tif`, file.length - 5, file.length + 20)).length, 5);
});
