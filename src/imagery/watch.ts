/**
 * The watch pipeline: AOI → STAC search → one scene per day → window reads of six bands → grid →
 * SCL mask → indices/classes → per-date table → crossing progress. Pure over its inputs apart from
 * HTTP, which goes through an injected fetch (see RangeClient).
 * @module
 */
import { makeGrid, polygonMask, ringMask, type Aoi, type Grid, type LonLat } from "./aoi.js";
import { RangeClient, type FetchLike, type HttpOptions } from "./http.js";
import { classAreas, classify, nd, type Bands } from "./indices.js";
import { clearFraction, clearMask, SCL_CLOUD } from "./mask.js";
import { corridorPlan, corridorProgress, isotonic, type CorridorOptions, type CorridorPlan, type CorridorSample } from "./change.js";
import { searchScenes, DEFAULT_STAC, type Scene } from "./stac.js";
import { fillFrom, readRaw, sampleRaw, type BoaOffset, type RawScene, type SceneRead } from "./scene.js";
import { alignDay, estimateShift, pickReference, seriesMedian, type Coregistration, type Estimate } from "./align.js";
import type { Observation } from "../types.js";

export interface WatchOptions {
  aoi: Aoi;
  axis?: LonLat[] | null;
  from: string;
  to: string;
  stac?: string;
  maxCloud?: number;
  collections?: string[];
  /** width of the ring around the AOI used to judge clouds (m) */
  ringWidth?: number;
  cacheDir?: string | null;
  fetch?: FetchLike;
  http?: HttpOptions;
  /** dates read at once */
  concurrency?: number;
  /** an AOI with less clear area than this is flagged "cloudy" */
  minClear?: number;
  /** options of the crossing measure (margin, thresholds; references: false for the naive threshold) */
  corridor?: CorridorOptions;
  /** frames (time-lapse, snapshots) keep at most this many pixels on a side (default 1000) */
  maxFrameSize?: number;
  onEvent?: (e: WatchEvent) => void;
}

export type WatchEvent = { type: "scenes"; found: number; dates: number } | { type: "date"; date: string; done: number; total: number; bytes: number };

export interface WatchRow {
  date: string;
  items: string[];
  tile: string | null;
  collection: string;
  processingBaseline: number | null;
  /** tile-level cloud cover from the catalog (%) */
  tileCloud: number | null;
  clearAoi: number | null;
  clearRing: number | null;
  /** hectares per class inside the AOI (clear pixels only; "masked" = not usable) */
  areas: Record<string, number>;
  /** median NDVI, NDWI, MNDWI, NDBI, BSI over the clear AOI pixels (null when none is clear) */
  indices: Record<string, number | null>;
  progress: number | null;
  progressSmoothed: number | null;
  /** share of the crossing that could be measured */
  corridorMeasurable: number | null;
  flags: string[];
  /** scale/offset actually applied per band, and where they came from */
  offsets: Record<string, { scale: number; offset: number; from: string }>;
  crs: string;
  bytes: number;
  /**
   * whether the item's values carried the processing-baseline 04.00 offset (+1000 DN, then subtracted)
   * or the archive had already removed it, decided from the values or the metadata; null when not read
   */
  boaOffset: BoaOffset | null;
  /** the shift to the reference date measured by phase correlation and whether it was applied */
  coregistration: Coregistration | null;
  /** ids of the other items of the same tile and day (reprocessed, or in the other collection) collapsed into this row */
  duplicates: string[];
}

export interface Frame {
  date: string;
  width: number;
  height: number;
  /** reflectance × 10000 (0 = no data), band-interleaved R, G, B planes */
  rgb: [Uint16Array, Uint16Array, Uint16Array];
  /** pixels that set the series stretch: clear and not snow/ice */
  clear: Uint8Array;
  usable: boolean;
}

export interface WatchResult {
  site: string;
  aoi: Aoi;
  axis: LonLat[] | null;
  grid: Grid;
  /** the grid of the frames: the same, or coarser for large AOIs */
  frameGrid: Grid;
  stac: string;
  collection: string | null;
  /** per collection searched: items found and dates kept from it */
  collections: Record<string, { found: number; kept: number }>;
  /** the date every date was aligned to (null when none was clear enough) */
  reference: string | null;
  scenesFound: number;
  rows: WatchRow[];
  frames: Frame[];
  /** AOI mask and axis pixels on the grid (for drawing) */
  aoiMask: Uint8Array;
  axisPixels: number[];
  crossingPixels: number;
  bytes: number;
  requests: number;
  retries: number;
  warnings: string[];
  seconds: number;
}

export class WatchError extends Error {}

/** Median of each index over the clear AOI pixels. */
function aoiIndexMedians(b: Bands, clear: Uint8Array, aoi: Uint8Array): Record<string, number | null> {
  const fns: Record<string, (i: number) => number> = {
    ndvi: (i) => nd(b.nir[i], b.red[i]),
    ndwi: (i) => nd(b.green[i], b.nir[i]),
    mndwi: (i) => nd(b.green[i], b.swir16[i]),
    ndbi: (i) => nd(b.swir16[i], b.nir[i]),
    bsi: (i) => nd(b.swir16[i] + b.red[i], b.nir[i] + b.blue[i]),
  };
  const idx: number[] = [];
  for (let i = 0; i < clear.length; i++) if (aoi[i] && clear[i] && !Number.isNaN(b.swir16[i])) idx.push(i);
  const out: Record<string, number | null> = {};
  for (const [k, f] of Object.entries(fns)) {
    if (!idx.length) { out[k] = null; continue; }
    const v = Float32Array.from(idx, f).sort();
    out[k] = Math.round(v[v.length >> 1] * 1000) / 1000;
  }
  return out;
}

/** The grid at every f-th pixel, f the smallest integer that brings the long side to ≤ max. */
export function decimate(grid: Grid, max: number): Grid {
  const f = Math.max(1, Math.ceil(Math.max(grid.width, grid.height) / max));
  return f === 1 ? grid : { ...grid, res: grid.res * f, width: Math.floor(grid.width / f), height: Math.floor(grid.height / f) };
}

/** Candidates for one day, best first: the grid's UTM zone, then the series' most common tile, then fewer clouds. */
function rankDay(scenes: Scene[], gridEpsg: number, tileCount: Map<string, number>): Scene[] {
  return [...scenes].sort(
    (a, b) =>
      Number(b.epsg === gridEpsg) - Number(a.epsg === gridEpsg) ||
      (tileCount.get(b.tile ?? "") ?? 0) - (tileCount.get(a.tile ?? "") ?? 0) ||
      (a.cloud ?? 100) - (b.cloud ?? 100) ||
      a.id.localeCompare(b.id),
  );
}

interface DayRead {
  read: SceneRead | null;
  used: Scene[];
  parts: RawScene[];
  flags: string[];
}

const minCloud = (scenes: Scene[]) => scenes.reduce((m, s) => Math.min(m, s.cloud ?? 100), Infinity);

async function pool<T>(items: T[], n: number, f: (t: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => { while (next < items.length) { const i = next++; await f(items[i], i); } }));
}

export async function watch(o: WatchOptions): Promise<WatchResult> {
  const t0 = performance.now();
  const client = new RangeClient({ ...o.http, fetch: o.fetch ?? o.http?.fetch, cacheDir: o.cacheDir ?? o.http?.cacheDir ?? null });
  const axis = o.axis ?? null;
  const grid = makeGrid(o.aoi, { margin: (o.ringWidth ?? 300) + 20, axis: axis ?? undefined });
  const aoiMask = polygonMask(grid, o.aoi.ring);
  const ring = ringMask(grid, aoiMask, o.ringWidth ?? 300);
  const plan: CorridorPlan | null = axis ? corridorPlan(grid, axis) : null;
  const frameGrid = decimate(grid, o.maxFrameSize ?? 1000);
  const stac = o.stac ?? DEFAULT_STAC;
  const search = await searchScenes(client, { url: stac, intersects: { type: "Polygon", coordinates: [o.aoi.ring] }, from: o.from, to: o.to, maxCloud: o.maxCloud, collections: o.collections });
  const warnings = [...search.warnings];
  const byDay = new Map<string, Scene[]>();
  for (const s of search.scenes) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
  const tileCount = new Map<string, number>();
  for (const s of search.scenes) tileCount.set(s.tile ?? "", (tileCount.get(s.tile ?? "") ?? 0) + 1);
  const days = [...byDay.keys()].sort();
  o.onEvent?.({ type: "scenes", found: search.found, dates: days.length });

  const coordsCache = new Map<number, Float64Array>();
  const pixelArea = grid.res * grid.res;
  const rows: WatchRow[] = new Array(days.length);
  const frames: Frame[] = new Array(days.length);
  const samples: Array<CorridorSample | null> = new Array(days.length).fill(null);
  let done = 0;
  // one day's items onto the grid at zero shift: the best candidate first; when it leaves AOI pixels
  // without data (an AOI across a tile edge), fill them from the day's other items (same acquisition)
  const readDay = async (day: string): Promise<DayRead> => {
    const flags: string[] = [];
    let read: SceneRead | null = null;
    const used: Scene[] = [];
    const parts: RawScene[] = [];
    for (const cand of rankDay(byDay.get(day)!, grid.epsg, tileCount)) {
      try {
        const raw = await readRaw(client, cand, grid, coordsCache);
        const r = sampleRaw(raw, grid, aoiMask);
        if (!read) { read = r; used.push(cand); parts.push(raw); }
        else if (fillFrom(read, r, aoiMask)) { used.push(cand); parts.push(raw); read.bytes += r.bytes; }
        if (read.nodataShare <= 0.01) break;
      } catch (e) {
        warnings.push((e as Error).message);
        flags.push("read-failed");
      }
    }
    return { read, used, parts, flags };
  };
  // the reference for co-registration: the least cloudy dates first (catalog cloud cover), then the earliest
  const early = new Map<string, Promise<DayRead>>();
  const readOnce = (day: string) => early.get(day) ?? readDay(day);
  const preferred = [...days].sort((a, b) => minCloud(byDay.get(a)!) - minCloud(byDay.get(b)!) || a.localeCompare(b));
  const reference = await pickReference(preferred, async (day) => {
    const p = readDay(day);
    early.set(day, p);
    return (await p).read;
  }, grid, aoiMask);
  if (!reference && days.length > 1) warnings.push("no date clear enough around the site to align the others to: dates are measured as read");

  // phase 1: read every date and measure its displacement from the reference; the raw windows are kept
  // for phase 2 unless the grid is large (then phase 2 reads again: from the cache when there is one)
  const keepRaw = grid.width * grid.height <= 1_000_000;
  const got: Array<DayRead> = new Array(days.length);
  const estimates: Array<Estimate | null> = new Array(days.length).fill(null);
  await pool(days, o.concurrency ?? 4, async (day, di) => {
    const d = await readOnce(day);
    early.delete(day);
    if (d.read) estimates[di] = estimateShift(reference, day, d.read, grid, aoiMask);
    got[di] = { ...d, read: null, parts: keepRaw ? d.parts : [] };
    done++;
    o.onEvent?.({ type: "date", date: day, done, total: days.length, bytes: client.stats.bytes });
  });
  const median = seriesMedian(estimates);

  // phase 2: each date aligned to the series' median position, then measured
  await pool(days, keepRaw ? 1 : o.concurrency ?? 4, async (day, di) => {
    const { used, flags } = got[di];
    const parts = keepRaw ? got[di].parts : (await readDay(day)).parts;
    got[di] = { read: null, used, parts: [], flags };
    if (!parts.length || !used.length) {
      rows[di] = { date: day, items: byDay.get(day)!.map((s) => s.id), tile: null, collection: "", processingBaseline: null, tileCloud: null, clearAoi: null, clearRing: null, areas: {}, indices: {}, progress: null, progressSmoothed: null, corridorMeasurable: null, flags: [...new Set(flags)], offsets: {}, crs: "", bytes: 0, boaOffset: null, coregistration: null, duplicates: byDay.get(day)!.flatMap((s) => s.duplicates ?? []) };
      return;
    }
    const { read, coreg } = alignDay(reference, estimates[di]!, median, parts, grid, aoiMask);
    if (!coreg.aligned && reference) flags.push(coreg.toReference.every((v) => v == null) ? "not-aligned" : "partly-aligned");
    const scene = used[0];
    for (const f of read.flags) flags.push(f);
    if (read.epsg !== grid.epsg) flags.push(`reprojected-from-EPSG:${read.epsg}`);
    if (read.nodataShare >= 0.5) flags.push("aoi-mostly-nodata");
    const { bands, scl } = read;
    const clear = clearMask(scl);
    for (let i = 0; i < clear.length; i++) if (Number.isNaN(bands.red[i])) clear[i] = 0;
    const clearAoi = clearFraction(clear, aoiMask);
    const clearRing = clearFraction(clear, ring);
    // SCL calls bright concrete "cloud": on the axis only, and only when the ring around is clear,
    // keep SCL-cloud pixels that are not bright in blue (real clouds are)
    if (plan && (clearRing ?? 0) >= 0.95) {
      let overridden = 0;
      for (const p of plan.axis) if (SCL_CLOUD.has(scl[p]) && bands.blue[p] < 0.2) { clear[p] = 1; overridden++; }
      if (overridden) flags.push("scl-cloud-overridden-on-axis");
    }
    if ((clearAoi ?? 0) < (o.minClear ?? 0.5)) flags.push("cloudy");
    const classes = classify(bands, scl, clear);
    const areas = classAreas(classes, aoiMask, pixelArea);
    const indices = aoiIndexMedians(bands, clear, aoiMask);
    if (plan) {
      const k = plan.pixels.length;
      const s: CorridorSample = { ndwi: new Float32Array(k), bright: new Float32Array(k), clear: new Uint8Array(k), snow: new Uint8Array(k) };
      plan.pixels.forEach((p, j) => {
        s.ndwi[j] = nd(bands.green[p], bands.nir[p]);
        s.bright[j] = bands.green[p] + bands.red[p] + bands.nir[p];
        s.clear[j] = clear[p] && !Number.isNaN(s.ndwi[j]) ? 1 : 0;
        s.snow[j] = scl[p] === 11 ? 1 : 0;
      });
      samples[di] = s;
    }
    // frames keep every f-th pixel (f > 1 only for large AOIs) so a long series fits in memory
    const f = frameGrid.res / grid.res;
    const pick = <T extends Float32Array | Uint8Array>(a: T, out: T) => {
      for (let r = 0, k = 0; r < frameGrid.height; r++) for (let c = 0; c < frameGrid.width; c++, k++) out[k] = a[r * f * grid.width + c * f];
      return out;
    };
    const q = (a: Float32Array) => {
      const v = f === 1 ? a : pick(a, new Float32Array(frameGrid.width * frameGrid.height));
      const u = new Uint16Array(v.length);
      for (let i = 0; i < v.length; i++) u[i] = Number.isNaN(v[i]) ? 0 : Math.max(1, Math.min(65535, Math.round(v[i] * 10000)));
      return u;
    };
    // snow and ice would set the series stretch and darken every summer frame: leave them out of it
    const stretchable = new Uint8Array(clear.length);
    for (let i = 0; i < clear.length; i++) stretchable[i] = clear[i] && scl[i] !== 11 ? 1 : 0;
    frames[di] = { date: day, width: frameGrid.width, height: frameGrid.height, rgb: [q(bands.red), q(bands.green), q(bands.blue)], clear: f === 1 ? stretchable : pick(stretchable, new Uint8Array(frameGrid.width * frameGrid.height)), usable: !flags.includes("cloudy") };
    rows[di] = {
      date: day,
      items: [scene.id],
      tile: scene.tile,
      collection: scene.collection,
      processingBaseline: scene.pb,
      tileCloud: scene.cloud,
      clearAoi: clearAoi == null ? null : round(clearAoi, 4),
      clearRing: clearRing == null ? null : round(clearRing, 4),
      areas,
      indices,
      progress: null,
      progressSmoothed: null,
      corridorMeasurable: null,
      flags,
      offsets: read.offsets,
      crs: `EPSG:${read.epsg}`,
      bytes: read.bytes,
      boaOffset: { ...read.boaOffset },
      coregistration: coreg,
      duplicates: used.flatMap((u) => u.duplicates ?? []),
    };
    if (used.length > 1) {
      rows[di].items = used.map((u) => u.id);
      rows[di].flags.push(`mosaic-of-${used.length}-items`);
    }
  });

  let crossingPixels = 0;
  if (plan) {
    const cr = corridorProgress(plan, samples, o.corridor);
    crossingPixels = cr.crossing;
    const smooth = isotonic(cr.progress);
    rows.forEach((r, i) => {
      r.progress = cr.progress[i] == null ? null : round(cr.progress[i]!, 4);
      r.progressSmoothed = smooth[i] == null ? null : round(smooth[i]!, 4);
      r.corridorMeasurable = samples[i] ? round(cr.measurable[i], 4) : null;
      for (const f of cr.flags[i]) if (f !== "not-read" && !r.flags.includes(f)) r.flags.push(f);
    });
    if (!crossingPixels) warnings.push("the axis does not cross anything that reads as river over the series");
  }
  return {
    site: o.aoi.label,
    aoi: o.aoi,
    axis,
    grid,
    frameGrid,
    stac,
    collection: search.collection,
    collections: search.collections,
    reference: reference?.date ?? null,
    scenesFound: search.found,
    rows,
    frames: frames.filter(Boolean),
    aoiMask,
    axisPixels: plan?.axis ?? [],
    crossingPixels,
    bytes: client.stats.bytes,
    requests: client.stats.requests,
    retries: client.stats.retries,
    warnings,
    seconds: (performance.now() - t0) / 1000,
  };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** The rows as dossier observations, with their provenance. */
export function toObservations(r: WatchResult): Observation[] {
  return r.rows.map((row) => ({
    id: `${r.site}@${row.date}`,
    site: r.site,
    date: row.date,
    items: row.items,
    clearAoi: row.clearAoi,
    clearRing: row.clearRing,
    areas: row.areas,
    progress: row.progress,
    flags: row.flags,
    provenance: { indices: row.indices, stac: r.stac, collection: row.collection, tile: row.tile, processingBaseline: row.processingBaseline, offsets: row.offsets, boaOffset: row.boaOffset, coregistration: row.coregistration, duplicates: row.duplicates, crs: row.crs, bytes: row.bytes, progressSmoothed: row.progressSmoothed, corridorMeasurable: row.corridorMeasurable, tileCloud: row.tileCloud },
  }));
}

