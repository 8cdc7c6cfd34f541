/**
 * One item onto the output grid: read the six band windows once (raw DN, with room for a
 * co-registration shift), then sample them onto the grid at any shift, convert to reflectance and
 * decide from the values whether the processing-baseline 04.00 offset (+1000 DN) is in the data.
 *
 * Why the values decide: the older Earth Search collection removed the offset from some items and not
 * others, and both `earthsearch:boa_offset_applied` and `raster:bands.offset` are wrong on some items.
 * Dense vegetation is dark in red and water is dark in NIR (reflectance well under 0.1), so with the
 * offset still in, their DN sit above 1000; without it, below. The metadata decides only when a date
 * shows too little clear vegetation or water to tell.
 * @module
 */
import type { Grid } from "./aoi.js";
import { openCog, readWindow } from "./cog.js";
import { gridCoords, sampleBilinear, sampleNearest, windowFor } from "./grid.js";
import type { RangeClient } from "./http.js";
import type { Bands } from "./indices.js";
import type { BandKey, Scene } from "./stac.js";

export const REFLECTANCE: BandKey[] = ["blue", "green", "red", "nir", "swir16"];
const KEYS = [...REFLECTANCE, "scl"] as BandKey[];
/**
 * Largest co-registration shift applied (m). The read window keeps its 2-pixel margin (a wider one
 * crosses into more COG tiles: 4× the bytes where a site sits near a tile corner), so a shifted date
 * loses at most a few pixels at the outer edge of the ring.
 */
export const MAX_SHIFT_M = 50;
/** the PB 04.00 offset in reflectance (−1000 DN at scale 0.0001) */
const BOA = 0.1;

export class SceneError extends Error {}

interface RawBand {
  dn: Uint16Array;
  width: number;
  height: number;
  x0: number;
  y0: number;
  res: number;
  nodata: number;
}

export interface RawScene {
  scene: Scene;
  epsg: number;
  coords: Float64Array;
  bands: Record<string, RawBand>;
  bytes: number;
}

export type Offsets = Record<string, { scale: number; offset: number; from: string }>;

/** What was decided about the BOA offset of one item, and how. */
export interface BoaOffset {
  /** the pixel values carry the +1000 DN offset (so dossier subtracted 0.1 from the reflectance) */
  inData: boolean;
  /** the archive had already removed it from a processing baseline ≥ 04.00 item */
  alreadyApplied: boolean;
  /** "values": dark vegetation/water levels decided; "metadata": too little of them, the item's metadata did */
  decidedBy: "values" | "metadata";
  /** earthsearch:boa_offset_applied as stated (null when absent) */
  metadataApplied: boolean | null;
  /** the values contradicted the item's offsets (raster:bands or the PB rule) */
  metadataWrong: boolean;
  /** the dark level seen (DN, 25th percentile of red over vegetation / NIR over water), null when unseen */
  darkDn: number | null;
}

export interface SceneRead {
  bands: Bands;
  scl: Uint8Array;
  epsg: number;
  offsets: Offsets;
  boaOffset: BoaOffset;
  flags: string[];
  bytes: number;
  nodataShare: number;
}

/** Reads the windows of the six bands that cover the grid. */
export async function readRaw(client: RangeClient, scene: Scene, grid: Grid, coordsCache: Map<number, Float64Array>): Promise<RawScene> {
  const missing = KEYS.filter((k) => !scene.assets[k]);
  if (missing.length) throw new SceneError(`${scene.id}: missing assets ${missing.join(", ")}`);
  const cogs = await Promise.all(KEYS.map((k) => openCog(client, scene.assets[k]!.href)));
  const epsg = cogs[0].epsg ?? scene.epsg;
  if (!epsg) throw new SceneError(`${scene.id}: no CRS in the item or the GeoTIFF`);
  let coords = coordsCache.get(epsg);
  if (!coords) coordsCache.set(epsg, (coords = gridCoords(grid, epsg)));
  const bands: Record<string, RawBand> = {};
  await Promise.all(
    KEYS.map(async (k, j) => {
      const cog = cogs[j];
      const a = scene.assets[k]!;
      if ((cog.epsg ?? epsg) !== epsg) throw new SceneError(`${a.href}: CRS EPSG:${cog.epsg} differs from the other bands (EPSG:${epsg})`);
      const [c0, r0, c1, r1] = windowFor(coords!, cog.x0, cog.y0, cog.res);
      const dn = await readWindow(cog, c0, r0, c1, r1);
      bands[k] = { dn, width: c1 - c0, height: r1 - r0, x0: cog.x0 + c0 * cog.res, y0: cog.y0 - r0 * cog.res, res: cog.res, nodata: cog.nodata ?? a.nodata ?? 0 };
    }),
  );
  const bytes = KEYS.reduce((s, k) => s + (client.bytesByUrl.get(scene.assets[k]!.href) ?? 0), 0);
  return { scene, epsg, coords: coords!, bands, bytes };
}

/** 25th percentile of a list (null when shorter than `min`). */
function p25(v: number[], min = 20): number | null {
  if (v.length < min) return null;
  const s = Float64Array.from(v).sort();
  return s[Math.floor(s.length / 4)];
}

/**
 * Samples a raw scene onto the grid with its content moved by (-dx, -dy) metres (the shift measured by
 * co-registration), converts DN to reflectance and settles the BOA offset.
 */
export function sampleRaw(raw: RawScene, grid: Grid, aoiMask: Uint8Array, shift: { dx: number; dy: number } = { dx: 0, dy: 0 }): SceneRead {
  const n = grid.width * grid.height;
  let coords = raw.coords;
  if (shift.dx || shift.dy) {
    coords = new Float64Array(raw.coords.length);
    for (let i = 0; i < coords.length; i += 2) (coords[i] = raw.coords[i] + shift.dx), (coords[i + 1] = raw.coords[i + 1] + shift.dy);
  }
  const scene = raw.scene;
  const scl = new Uint8Array(n);
  sampleNearest({ ...raw.bands.scl, data: raw.bands.scl.dn, epsg: raw.epsg }, coords, scl, 0);
  const out: Partial<Bands> = {};
  const offsets: Offsets = {};
  for (const k of REFLECTANCE) {
    const b = raw.bands[k];
    const a = scene.assets[k]!;
    const refl = new Float32Array(b.dn.length);
    for (let i = 0; i < b.dn.length; i++) refl[i] = b.dn[i] === b.nodata ? NaN : b.dn[i] * a.scale + a.offset;
    const g = new Float32Array(n);
    sampleBilinear({ ...b, data: refl }, coords, g);
    out[k as keyof Bands] = g;
    offsets[k] = { scale: a.scale, offset: a.offset, from: a.from };
  }
  const bands = out as Bands;
  const flags: string[] = [];
  const boaOffset = settleOffset(scene, bands, scl, offsets, flags);
  let nod = 0, inAoi = 0;
  for (let i = 0; i < n; i++) if (aoiMask[i]) { inAoi++; if (scl[i] === 0 || Number.isNaN(bands.red[i])) nod++; }
  return { bands, scl, epsg: raw.epsg, offsets, boaOffset, flags, bytes: raw.bytes, nodataShare: inAoi ? nod / inAoi : 1 };
}

/** Decides whether the +1000 DN offset is in the data, corrects the bands and offsets if the metadata was wrong. */
function settleOffset(scene: Scene, bands: Bands, scl: Uint8Array, offsets: Offsets, flags: string[]): BoaOffset {
  const red = offsets.red;
  const dnOf = (v: number) => (v - red.offset) / red.scale;
  const nirDn = (v: number) => (v - offsets.nir.offset) / offsets.nir.scale;
  const veg: number[] = [], water: number[] = [];
  for (let i = 0; i < scl.length; i++) {
    if (scl[i] === 4 && !Number.isNaN(bands.red[i])) veg.push(dnOf(bands.red[i]));
    else if (scl[i] === 6 && !Number.isNaN(bands.nir[i])) water.push(nirDn(bands.nir[i]));
  }
  const levels = [p25(veg), p25(water)].filter((v): v is number => v != null);
  const darkDn = levels.length ? levels.reduce((m, l) => Math.min(m, l), Infinity) : null;
  // what the metadata implies: a negative offset means "the +1000 is still in the data"
  const metaInData = REFLECTANCE.every((k) => offsets[k].offset <= -BOA + 1e-9);
  const inData = darkDn == null ? metaInData : darkDn >= 1000;
  const decidedBy = darkDn == null ? "metadata" : "values";
  const metadataWrong = inData !== metaInData && decidedBy === "values";
  if (metadataWrong) {
    for (const k of REFLECTANCE) {
      const o = offsets[k];
      const target = inData ? -BOA : 0;
      const delta = target - o.offset;
      const g = bands[k as keyof Bands];
      for (let i = 0; i < g.length; i++) g[i] += delta;
      offsets[k] = { ...o, offset: target, from: `${o.from}; ${o.offset} → ${target}: ${inData ? "the +1000 DN offset is still in the values" : "the values are already without the offset"}` };
    }
    flags.push("offset-metadata-wrong");
  }
  const modern = scene.pb == null || scene.pb >= 4;
  const alreadyApplied = modern && !inData;
  // the flag name predates the metadata check: the archive had removed the offset (wrongly stated or not)
  if (alreadyApplied && (metadataWrong || scene.offsetApplied === true)) flags.push("offset-already-applied");
  if (decidedBy === "metadata" && modern && !scene.collection.includes("c1")) flags.push("offset-unverified");
  return { inData, alreadyApplied, decidedBy, metadataApplied: scene.offsetApplied, metadataWrong, darkDn: darkDn == null ? null : Math.round(darkDn) };
}

/** Fills `a`'s no-data pixels from `b`; returns whether anything was filled. Updates a.nodataShare. */
export function fillFrom(a: SceneRead, b: SceneRead, aoiMask: Uint8Array): boolean {
  let filled = 0, nod = 0, inAoi = 0;
  for (let i = 0; i < a.scl.length; i++) {
    if ((a.scl[i] === 0 || Number.isNaN(a.bands.red[i])) && b.scl[i] !== 0 && !Number.isNaN(b.bands.red[i])) {
      a.scl[i] = b.scl[i];
      for (const k of REFLECTANCE) a.bands[k as keyof Bands][i] = b.bands[k as keyof Bands][i];
      filled++;
    }
    if (aoiMask[i]) { inAoi++; if (a.scl[i] === 0 || Number.isNaN(a.bands.red[i])) nod++; }
  }
  a.nodataShare = inAoi ? nod / inAoi : 1;
  if (filled) for (const f of b.flags) if (!a.flags.includes(f)) a.flags.push(f);
  return filled > 0;
}
