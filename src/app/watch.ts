/**
 * Watching a site from orbit: the AOI and axis from their specs, the imagery pipeline, its outputs
 * written, and (with a store) the observations stored with the provenance a briefing needs.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { WatchEvent, WatchResult } from "../imagery/index.js";
import { isDay } from "../normalize/index.js";
import { AppError } from "./errors.js";
import { withStore } from "./store.js";

export type { WatchEvent, WatchResult } from "../imagery/index.js";

export interface WatchSiteOptions {
  /** a GeoJSON polygon file, or "lat,lon,radius_m" */
  aoi: string;
  /** a GeoJSON LineString file across the river */
  axis?: string;
  /** the site's name (default: from the AOI) */
  site?: string;
  /** other names of the structure watched: with its name, they tell the reports' claims about it from those about another */
  aliases?: string[];
  from: string;
  to: string;
  stac?: string;
  maxCloud: number;
  /** output folder */
  out: string;
  /** byte-range cache folder; null: none; default <out>/cache */
  cache?: string | null;
  /** also store the observations in this store */
  db?: string;
  onEvent?: (e: WatchEvent) => void;
}

export interface Watched {
  result: WatchResult;
  /** files written in `out` */
  files: string[];
}

function readGeoJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new AppError(`${what}: ${path}: no such file (give a GeoJSON file${what === "--aoi" ? " or lat,lon,radius_m" : ""})`, true);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new AppError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

export async function watchSite(o: WatchSiteOptions): Promise<Watched> {
  for (const [k, v] of [["--from", o.from], ["--to", o.to]] as const) if (!isDay(v)) throw new AppError(`${k} takes a day as YYYY-MM-DD, not "${v}"`, true);
  if (o.to < o.from) throw new AppError(`--to ${o.to} is before --from ${o.from}`, true);
  const { AoiError, axisLine, parseAoiSpec, polygonAoi, toObservations, watch, writeOutputs } = await import("../imagery/index.js");
  let aoi;
  let axis = null;
  try {
    aoi = parseAoiSpec(o.aoi) ?? polygonAoi(readGeoJson(o.aoi, "--aoi"), o.aoi.replace(/^.*\//, "").replace(/\.(geo)?json$/i, ""));
    if (o.axis) axis = axisLine(readGeoJson(o.axis, "--axis"), o.axis);
  } catch (e) {
    if (e instanceof AoiError) throw new AppError(e.message, true);
    throw e;
  }
  if (o.site?.trim()) aoi = { ...aoi, label: o.site.trim() };
  const cacheDir = o.cache === null ? null : (o.cache ?? join(o.out, "cache"));
  let result: WatchResult;
  try {
    result = await watch({ aoi, axis, from: o.from, to: o.to, stac: o.stac, maxCloud: o.maxCloud, cacheDir, onEvent: o.onEvent });
  } catch (e) {
    throw new AppError(`watch failed: ${(e as Error).message}`);
  }
  const written = result.rows.length ? await writeOutputs(result, o.out) : { files: [] };
  if (o.db) {
    const r = result;
    await withStore(o.db, async (store) => {
      // provenance says where the outputs are (so `dossier brief` of the store can embed the chart and
      // snapshot) and what the imagery timeline needs besides the per-date fields (crossing size)
      const aliases = [...new Set((o.aliases ?? []).map((a) => a.trim()).filter(Boolean))];
      const extra = { outDir: written.files.length ? resolve(o.out) : null, crossingPixels: r.crossingPixels, axis: Boolean(r.axis), watchedAt: new Date().toISOString(), ...(aliases.length ? { aliases } : {}) };
      await store.addObservations(r.site, toObservations(r).map((ob) => ({ ...ob, provenance: { ...ob.provenance, ...extra } })));
    });
  }
  return { result, files: written.files };
}

/** The per-date table as `dossier watch` writes it in table.json. */
export async function watchTable(result: WatchResult): Promise<unknown> {
  const { tableJson } = await import("../imagery/index.js");
  return tableJson(result);
}

/** A few site-level facts from the per-date rows. */
export async function watchSummary(result: WatchResult) {
  const { summarize } = await import("../imagery/index.js");
  return summarize(result.rows, result.crossingPixels);
}
