/**
 * Synthetic Sentinel-2 scenes with known truth, as tiled COGs, served from loopback with a mock STAC API.
 * The world (in UTM 52N metres around the site): a river 200 m wide running east–west, a deck 30 m wide
 * advancing from the north bank date by date, a bare yard growing beside it, vegetation elsewhere.
 * Dates exercise: a cloud + shadow over the site, a frozen river, an item whose archive already removed
 * the PB 04.00 offset (metadata still says −0.1), an item in UTM zone 53, a duplicate item with a lower
 * processing baseline (and useless content), SCL calling the concrete deck "cloud", the AOI split
 * across two tiles' edges (a mosaic of both), 20 m SWIR/SCL beside 10 m bands.
 * @module
 */
import { circleAoi, converter, fromUtm, toUtm, type Aoi, type LonLat } from "../../src/imagery/aoi.js";
import { encodeTile, writeCog } from "../../src/imagery/cog-writer.js";
import { serve as serveLoopback } from "../web/helpers.js";

export const SITE = { lat: 42.42, lon: 130.64 };
const E52 = toUtm([SITE.lon, SITE.lat], 32652);
/** site centre: on a 10 m pixel centre column (x) and a pixel edge row (y) of the S2 grid in zone 52,
 * so the 200 m river spans exactly 20 pixel rows and the 30 m deck 3 pixel columns */
export const CX = Math.floor(E52[0] / 20) * 20 + 5;
export const CY = Math.floor(E52[1] / 20) * 20;
export const RADIUS = 400;
export const RIVER_HALF = 100;
/** the deck: 14 m wide (about a real road deck), centred 3 m east of the axis: edges fall inside pixels */
const DECK_HALF = 7;
const DECK_SHIFT = 3;

export interface DateSpec {
  date: string;
  /** share of the crossing covered by the deck */
  truth: number;
  /** yard width (m) */
  yard: number;
  kind?: "cloud" | "frozen" | "offset-applied" | "zone53" | "duplicate" | "scl-concrete" | "split";
  /** muddy river after rain: brighter water, lower NDWI */
  turbid?: boolean;
  /** a mis-registered date: its image content moved by (east, north) metres instead of the usual jitter */
  shift?: [number, number];
  /**
   * the older Earth Search collection (`sentinel-2-l2a`, its own id scheme and metadata) has this date:
   * `only` (a hole in c1), `also` (the same acquisition in both). `reprocessed`: two ids `_0_` (useless
   * content) and `_1_`; `offset`: whether the values still carry +1000 DN, and what the metadata says
   * (boa_offset_applied, raster:bands offset) — true or false, independently of the values.
   */
  old?: { in: "only" | "also"; reprocessed?: boolean; valuesOffset?: boolean; saysApplied?: boolean };
}

/** Multi-temporal mis-registration: each date's image is shifted by up to ±5 m (half a pixel) in x and y. */
export const shiftOf = (d: DateSpec): [number, number] => {
  if (d.shift) return d.shift;
  const n = Number(d.date.replace(/-/g, ""));
  return [5 * Math.sin(n % 89), 5 * Math.cos(n % 83)];
};

/** Illumination differs from date to date (sun elevation, haze): a gain on every reflectance. */
export const gainOf = (d: DateSpec) => 1 + 0.12 * Math.sin(Number(d.date.replace(/-/g, "")) % 97);

export const DATES: DateSpec[] = [
  { date: "2025-02-10", truth: 0, yard: 0, kind: "frozen" },
  { date: "2025-04-25", truth: 0.12, yard: 27 },
  { date: "2025-05-15", truth: 0.23, yard: 58, turbid: true },
  { date: "2025-06-04", truth: 0.3, yard: 90, kind: "cloud" },
  { date: "2025-06-24", truth: 0.37, yard: 113, kind: "offset-applied" },
  { date: "2025-07-14", truth: 0.46, yard: 147, kind: "zone53" },
  { date: "2025-08-03", truth: 0.55, yard: 181, kind: "duplicate" },
  { date: "2025-08-23", truth: 0.64, yard: 206, kind: "scl-concrete" },
  { date: "2025-09-12", truth: 0.78, yard: 244, kind: "split" },
  { date: "2025-10-02", truth: 0.86, yard: 272, turbid: true },
  { date: "2025-12-15", truth: 0.93, yard: 300, kind: "frozen" },
  { date: "2026-01-20", truth: 1, yard: 300 },
];

/**
 * A series split between the two Earth Search collections, with one date mis-registered by two pixels:
 * holes in c1 filled from the older collection, one acquisition in both, reprocessed duplicates, and
 * old items whose values do or do not carry the BOA offset whatever their metadata says.
 */
export const MIXED_DATES: DateSpec[] = [
  { date: "2025-04-25", truth: 0.12, yard: 27 },
  { date: "2025-05-15", truth: 0.23, yard: 58, old: { in: "only" } },
  { date: "2025-06-24", truth: 0.37, yard: 113, old: { in: "also" } },
  { date: "2025-07-14", truth: 0.46, yard: 147, old: { in: "only", reprocessed: true } },
  { date: "2025-08-03", truth: 0.55, yard: 181, old: { in: "only", valuesOffset: false } },
  { date: "2025-08-23", truth: 0.64, yard: 206, old: { in: "only", valuesOffset: false, saysApplied: false } },
  { date: "2025-09-12", truth: 0.78, yard: 244, old: { in: "only", valuesOffset: true, saysApplied: true } },
  { date: "2025-10-02", truth: 0.86, yard: 272, shift: [-20, 10] },
  { date: "2026-01-20", truth: 1, yard: 300 },
];

type Refl = [number, number, number, number, number]; // blue green red nir swir16
const WATER: Refl = [0.05, 0.06, 0.04, 0.02, 0.01];
const VEG: Refl = [0.03, 0.06, 0.04, 0.35, 0.18];
const BARE: Refl = [0.1, 0.14, 0.18, 0.24, 0.32];
const CONCRETE: Refl = [0.16, 0.18, 0.2, 0.22, 0.25];
const ICE: Refl = [0.55, 0.58, 0.56, 0.5, 0.05];
const CLOUD: Refl = [0.6, 0.6, 0.6, 0.62, 0.45];
const TURBID: Refl = [0.08, 0.1, 0.08, 0.05, 0.02];

/** Surface codes of the world and their reflectance / SCL class. */
const SURF: Array<[Refl, number]> = [
  [WATER, 6],
  [VEG, 4],
  [BARE, 5],
  [CONCRETE, 5],
  [ICE, 11],
  [CLOUD, 9],
  [VEG.map((v) => v * 0.3) as Refl, 3],
  [TURBID, 6],
];

/** Surface code of the world at (de, dn) metres from the site centre on a date. */
export function world(de: number, dn: number, d: DateSpec, bad = false): number {
  if (bad) return 5;
  if (d.kind === "cloud") {
    if (Math.hypot(de, dn) < 550) return 5;
    if (Math.hypot(de + 350, dn + 350) < 350) return 6;
  }
  const river = Math.abs(dn) < RIVER_HALF;
  if (Math.abs(de - DECK_SHIFT) <= DECK_HALF) {
    if (river && dn > RIVER_HALF - d.truth * 2 * RIVER_HALF) return 3;
    if (!river && Math.abs(dn) < 260 && (dn > 0 || d.truth >= 1)) return 3;
  }
  if (river) return d.kind === "frozen" ? 4 : d.turbid ? 7 : 0;
  if (d.yard > 0 && de >= 50 && de < 50 + d.yard && dn >= 120 && dn < 220) return 2;
  return 1;
}

/** Bare-yard area of a date in hectares (truth for the class areas). */
export const yardHa = (d: DateSpec) => (d.yard * 100) / 10_000;

function hash(x: number, y: number, b: number) {
  let h = (x * 374761393 + y * 668265263 + b * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const TILE = 256;
/** 10 m image size (px); 20 m bands are half */
export const SIZE = 1536;
const BAND_NAMES = ["blue", "green", "red", "nir", "swir16", "scl"] as const;

export interface FixtureFile {
  name: string;
  data: Buffer;
}

export interface Fixtures {
  files: Map<string, Buffer>;
  items: any[];
  aoi: Aoi;
  axis: LonLat[];
  totalBytes: number;
  seconds: number;
}

interface ImageSpec {
  epsg: number;
  x0: number;
  y0: number;
}

/** Image placement: the site falls near 10 m pixel (1100, 1050) of a SIZE² image (zone 52 or 53). */
function placement(epsg: number): ImageSpec {
  if (epsg === 32652) return { epsg, x0: CX - 5 - 11000, y0: CY + 10500 };
  const [x, y] = converter(32652, epsg).forward([CX, CY]);
  return { epsg, x0: Math.floor(x / 20) * 20 - 11000, y0: Math.ceil(y / 20) * 20 + 10500 };
}

const bgCache = new Map<string, Buffer>();
function background(band: number, res: number, offset: number): Buffer {
  const k = `${band}:${res}:${offset}`;
  let b = bgCache.get(k);
  if (!b) {
    const t = band === 5 ? new Uint8Array(TILE * TILE) : new Uint16Array(TILE * TILE);
    for (let i = 0; i < t.length; i++) t[i] = band === 5 ? 4 : Math.round(VEG[band] * 10000 + offset + (hash(i % TILE, (i / TILE) | 0, band) - 0.5) * 8);
    bgCache.set(k, (b = encodeTile(t, TILE, true, 1)));
  }
  return b;
}

interface Surface {
  refl: Float32Array[];
  scl: Uint8Array;
}

function makeBand(d: DateSpec, place: ImageSpec, band: number, bad: boolean, dnOffset: number, surfaces: Map<string, Surface>, keep?: (de: number) => boolean): Buffer {
  const res = band >= 4 ? 20 : 10;
  const size = res === 10 ? SIZE : SIZE / 2;
  const toSite = place.epsg === 32652 ? null : converter(place.epsg, 32652);
  // tiles within 750 m of the site are drawn from the world; the rest repeat a background tile
  const [sx, sy] = place.epsg === 32652 ? [CX, CY] : converter(32652, place.epsg).forward([CX, CY]);
  return writeCog({ width: size, height: size, bits: band === 5 ? 8 : 16, x0: place.x0, y0: place.y0, res, epsg: place.epsg, predictor: true, nodata: 0, level: 1 }, (tx, ty) => {
    const tx0 = place.x0 + tx * TILE * res, ty0 = place.y0 - ty * TILE * res;
    const near = sx > tx0 - 750 && sx < tx0 + TILE * res + 750 && sy < ty0 + 750 && sy > ty0 - TILE * res - 750;
    if (!near) return background(band, res, dnOffset);
    // the world is evaluated once per tile and shared by the bands of the same resolution; each pixel
    // averages 2×2 sub-samples, so edges make mixed pixels as a real sensor does; SCL takes the centre
    const key = `${res}:${tx}:${ty}`;
    let surf = surfaces.get(key);
    if (!surf) {
      surf = { refl: Array.from({ length: 5 }, () => new Float32Array(TILE * TILE)), scl: new Uint8Array(TILE * TILE) };
      const k = 2;
      const gain = gainOf(d);
      const [sx0, sy0] = shiftOf(d);
      for (let r = 0; r < TILE; r++)
        for (let c = 0; c < TILE; c++) {
          let x = tx0 + (c + 0.5) * res, y = ty0 - (r + 0.5) * res;
          if (toSite) [x, y] = toSite.forward([x, y]);
          const i = r * TILE + c;
          const centre = world(x - CX - sx0, y - CY - sy0, d, bad);
          // the scene classifier calling fresh concrete "cloud" (a known SCL failure)
          surf.scl[i] = d.kind === "scl-concrete" && centre === 3 ? 8 : SURF[centre][1];
          for (let a = 0; a < k; a++)
            for (let b = 0; b < k; b++) {
              const refl = SURF[world(x - CX - sx0 + ((a + 0.5) / k - 0.5) * res, y - CY - sy0 + ((b + 0.5) / k - 0.5) * res, d, bad)][0];
              for (let band = 0; band < 5; band++) surf.refl[band][i] += (refl[band] * gain) / (k * k);
            }
        }
      surfaces.set(key, surf);
    }
    const t = band === 5 ? new Uint8Array(TILE * TILE) : new Uint16Array(TILE * TILE);
    for (let i = 0; i < t.length; i++)
      t[i] = band === 5 ? surf.scl[i] : Math.max(1, Math.round(surf.refl[band][i] * 10000 + dnOffset + (hash(i % TILE, (i / TILE) | 0, band) - 0.5) * 8));
    // an image edge through the site (nodata beyond), for the split-tile date
    if (keep) for (let i = 0; i < t.length; i++) if (!keep(tx0 + ((i % TILE) + 0.5) * res - CX)) t[i] = 0;
    return t;
  });
}

function item(id: string, d: DateSpec, place: ImageSpec, base: string, o: { pb: string; tile: string; offsetApplied?: boolean; dir?: string }) {
  const href = (b: string) => `${base}/${o.dir ?? id}/${b}.tif`;
  const [lon, lat] = [SITE.lon, SITE.lat];
  const assets: Record<string, unknown> = {};
  for (const b of BAND_NAMES) {
    const res = b === "swir16" || b === "scl" ? 20 : 10;
    assets[b] = {
      href: href(b),
      type: "image/tiff; application=geotiff; profile=cloud-optimized",
      "raster:bands": [b === "scl" ? { nodata: 0, data_type: "uint8", spatial_resolution: 20 } : { nodata: 0, data_type: "uint16", spatial_resolution: res, scale: 0.0001, offset: -0.1 }],
      "proj:shape": res === 10 ? [SIZE, SIZE] : [SIZE / 2, SIZE / 2],
    };
  }
  return {
    type: "Feature",
    stac_version: "1.1.0",
    id,
    collection: "sentinel-2-c1-l2a",
    bbox: [lon - 0.15, lat - 0.12, lon + 0.15, lat + 0.12],
    geometry: { type: "Polygon", coordinates: [[[lon - 0.15, lat - 0.12], [lon + 0.15, lat - 0.12], [lon + 0.15, lat + 0.12], [lon - 0.15, lat + 0.12], [lon - 0.15, lat - 0.12]]] },
    properties: {
      datetime: `${d.date}T02:16:09.024000Z`,
      "eo:cloud_cover": d.kind === "cloud" ? 41.5 : 3.2,
      "s2:processing_baseline": o.pb,
      "grid:code": `MGRS-${o.tile}`,
      "proj:code": `EPSG:${place.epsg}`,
      "earthsearch:boa_offset_applied": o.offsetApplied ?? false,
    },
    assets,
    links: [],
  };
}

/** Builds every fixture file and item; hrefs point at `base` (e.g. http://127.0.0.1:port/cogs). */
export function buildFixtures(base: string, dates = DATES): Fixtures {
  const t0 = performance.now();
  const files = new Map<string, Buffer>();
  const items: any[] = [];
  const add = (id: string, d: DateSpec, epsg: number, o: { pb: string; tile: string; bad?: boolean; dnOffset?: number; keep?: (de: number) => boolean; dir?: string }) => {
    const place = placement(epsg);
    const surfaces = new Map<string, Surface>();
    BAND_NAMES.forEach((b, k) => files.set(`${o.dir ?? id}/${b}.tif`, makeBand(d, place, k, Boolean(o.bad), k === 5 ? 0 : o.dnOffset ?? 1000, surfaces, o.keep)));
    items.push(item(id, d, place, base, o));
    return items[items.length - 1];
  };
  // the older collection: its id scheme, MGRS and EPSG properties, its (sometimes wrong) offset metadata
  const addOld = (d: DateSpec, seq: number, bad = false) => {
    const day = d.date.replace(/-/g, "");
    const id = `S2A_52TFM_${day}_${seq}_L2A`;
    const it = add(id, d, 32652, { pb: "05.11", tile: "52TFM", bad, dnOffset: d.old!.valuesOffset === false ? 0 : 1000, dir: `l2a/${id}` });
    const says = d.old!.saysApplied ?? d.old!.valuesOffset === false;
    it.collection = "sentinel-2-l2a";
    const { "grid:code": _g, "proj:code": _p, ...props } = it.properties;
    it.properties = { ...props, "mgrs:utm_zone": 52, "mgrs:latitude_band": "T", "mgrs:grid_square": "FM", "proj:epsg": 32652, "earthsearch:boa_offset_applied": says, "s2:datatake_id": `GS2A_${day}T021609_012345_N05.11` };
    for (const [k, a] of Object.entries<any>(it.assets)) if (k !== "scl") a["raster:bands"][0].offset = says ? 0 : -0.1;
  };
  for (const d of dates) {
    const day = d.date.replace(/-/g, "");
    if (d.old) {
      if (d.old.reprocessed) addOld(d, 0, true);
      addOld(d, d.old.reprocessed ? 1 : 0);
      if (d.old.in === "only") continue;
    }
    if (d.kind === "zone53") add(`S2B_53TKH_${day}_0_L2A`, d, 32653, { pb: "05.11", tile: "53TKH" });
    else if (d.kind === "offset-applied") add(`S2A_52TFM_${day}_0_L2A`, d, 32652, { pb: "05.11", tile: "52TFM", dnOffset: 0 });
    else if (d.kind === "split") {
      // the AOI across two tiles' edges: each item has half of it
      add(`S2A_52TFM_${day}_0_L2A`, d, 32652, { pb: "05.11", tile: "52TFM", keep: (de) => de < 60 });
      add(`S2A_52TFN_${day}_0_L2A`, d, 32652, { pb: "05.11", tile: "52TFN", keep: (de) => de >= 60 });
    } else if (d.old) add(`S2A_T52TFM_${day}T021609_L2A`, d, 32652, { pb: "05.11", tile: "52TFM" });
    else add(`S2A_52TFM_${day}_0_L2A`, d, 32652, { pb: "05.11", tile: "52TFM" });
    if (d.kind === "duplicate") add(`S2A_52TFM_${day}_1_L2A`, d, 32652, { pb: "05.00", tile: "52TFM", bad: true });
  }
  let totalBytes = 0;
  for (const b of files.values()) totalBytes += b.length;
  const ring = circleAoi(SITE.lat, SITE.lon, RADIUS);
  const axis: LonLat[] = [fromUtm([CX, CY + 300], 32652), fromUtm([CX, CY - 300], 32652)];
  return { files, items, aoi: ring, axis, totalBytes, seconds: (performance.now() - t0) / 1000 };
}

export interface ServerStats {
  requests: number;
  bytes: number;
  searches: number;
  bodies: any[];
}

export interface FixtureServer {
  url: string;
  stats: ServerStats;
  close(): Promise<void>;
}

/**
 * Serves files under /cogs (Range honoured), /full (Range ignored: 200 + whole body), /flaky (each
 * distinct request fails once with 503), /slow (+delay ms), and a STAC API at /stac (POST /stac/search,
 * `pageSize` items per page, next token in the POST body with merge).
 */
export async function serve(files: Map<string, Buffer>, itemsFor: (base: string) => any[], o: { pageSize?: number; delay?: number; emptyCollections?: string[] } = {}): Promise<FixtureServer> {
  const stats: ServerStats = { requests: 0, bytes: 0, searches: 0, bodies: [] };
  const failed = new Set<string>();
  let items: any[] = [];
  const server = await serveLoopback(async (req, res) => {
    stats.requests++;
    const url = new URL(req.url ?? "/", "http://x");
    const send = (status: number, body: Buffer, headers: Record<string, string> = {}) => {
      stats.bytes += body.length;
      res.writeHead(status, { "Content-Length": String(body.length), ...headers });
      res.end(body);
    };
    if (url.pathname === "/stac/search" && req.method === "POST") {
      stats.searches++;
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      stats.bodies.push(body);
      const cols: string[] = body.collections ?? [];
      let pool = items.filter((it) => cols.includes(it.collection) && !(o.emptyCollections ?? []).includes(it.collection));
      const [from, to] = String(body.datetime ?? "../..").split("/");
      pool = pool.filter((it) => (from === ".." || it.properties.datetime >= from) && (to === ".." || it.properties.datetime <= to));
      const lte = body.query?.["eo:cloud_cover"]?.lte;
      if (lte != null) pool = pool.filter((it) => it.properties["eo:cloud_cover"] <= lte);
      // a server-side order the client must not rely on: newest first
      pool = [...pool].sort((a, b) => b.properties.datetime.localeCompare(a.properties.datetime));
      const size = Math.min(body.limit ?? 10, o.pageSize ?? 5);
      const start = body.next ? Number(Buffer.from(body.next, "base64").toString()) : 0;
      const page = pool.slice(start, start + size);
      // Earth-Search behaviour: with sortby there is no next token
      const links = start + size < pool.length && !body.sortby ? [{ rel: "next", href: `${server.base}/stac/search`, method: "POST", body: { next: Buffer.from(String(start + size)).toString("base64") }, merge: true }] : [];
      return send(200, Buffer.from(JSON.stringify({ type: "FeatureCollection", features: page, links })), { "Content-Type": "application/geo+json" });
    }
    const m = /^\/(cogs|full|flaky|slow)\/(.+)$/.exec(url.pathname);
    const file = m && files.get(m[2]);
    if (!m || !file) return send(404, Buffer.from("not found"));
    if (m[1] === "slow") await new Promise((r) => setTimeout(r, o.delay ?? 50));
    if (m[1] === "flaky") {
      const key = `${url.pathname} ${req.headers.range}`;
      if (!failed.has(key)) {
        failed.add(key);
        return send(503, Buffer.from("slow down"));
      }
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ""));
    if (m[1] === "full" || !range) return send(200, file, { "Content-Type": "image/tiff" });
    const start = Number(range[1]);
    const end = Math.min(file.length - 1, range[2] ? Number(range[2]) : file.length - 1);
    if (start >= file.length) return send(416, Buffer.alloc(0), { "Content-Range": `bytes */${file.length}` });
    return send(206, file.subarray(start, end + 1), { "Content-Range": `bytes ${start}-${end}/${file.length}`, "Content-Type": "image/tiff" });
  });
  items = itemsFor(server.base);
  return { url: server.base, stats, close: server.close };
}

/** Serves built fixtures; the item hrefs use the given path prefix (cogs/full/flaky/slow). */
export async function serveFixtures(fx: Fixtures, o: { prefix?: string; pageSize?: number; delay?: number; emptyCollections?: string[]; mapItem?: (it: any) => any } = {}) {
  const server = await serve(fx.files, (base) => JSON.parse(JSON.stringify(fx.items).replaceAll("BASE", `${base}/${o.prefix ?? "cogs"}`)).map(o.mapItem ?? ((x: any) => x)), o);
  return { server, stac: `${server.url}/stac` };
}

/** Builds the fixtures and serves them. */
export async function fixtureWorld(o: { prefix?: string; pageSize?: number; delay?: number; dates?: DateSpec[] } = {}) {
  const fx = buildFixtures("BASE", o.dates);
  return { fx, ...(await serveFixtures(fx, o)) };
}
