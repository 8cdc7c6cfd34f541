/**
 * A minimal STAC API client for Sentinel-2 L2A: POST /search, paging through links rel=next
 * (POST body token with merge, or GET href) with a loop guard, no `sortby` (it breaks paging on
 * Earth Search), client-side sort, and normalisation of items from `sentinel-2-c1-l2a` and
 * `sentinel-2-l2a` into scenes with per-band scale/offset; dedupe by MGRS tile + day, highest
 * processing baseline first.
 * @module
 */
import type { RangeClient } from "./http.js";
import type { LonLat } from "./aoi.js";

export const DEFAULT_STAC = "https://earth-search.aws.element84.com/v1";
export const COLLECTIONS = ["sentinel-2-c1-l2a", "sentinel-2-l2a"];

export type BandKey = "blue" | "green" | "red" | "nir" | "swir16" | "scl";
export const BANDS: BandKey[] = ["blue", "green", "red", "nir", "swir16", "scl"];
const ALIASES: Record<BandKey, string[]> = {
  blue: ["blue", "B02"],
  green: ["green", "B03"],
  red: ["red", "B04"],
  nir: ["nir", "B08"],
  swir16: ["swir16", "B11"],
  scl: ["scl", "SCL"],
};

export interface SceneAsset {
  href: string;
  scale: number;
  offset: number;
  nodata: number | null;
  /** where scale/offset came from: "raster:bands", "pb-rule" or "none" */
  from: string;
}

export interface Scene {
  id: string;
  collection: string;
  datetime: string;
  /** YYYY-MM-DD (UTC sensing day) */
  day: string;
  tile: string | null;
  /** processing baseline as a number (5.11), null when absent */
  pb: number | null;
  cloud: number | null;
  epsg: number | null;
  offsetApplied: boolean | null;
  assets: Partial<Record<BandKey, SceneAsset>>;
}

export interface SearchOptions {
  url?: string;
  intersects: { type: "Polygon"; coordinates: LonLat[][] };
  from: string;
  to: string;
  maxCloud?: number;
  collections?: string[];
  limit?: number;
  maxPages?: number;
  onPage?: (items: number) => void;
}

export interface SearchResult {
  collection: string | null;
  scenes: Scene[];
  /** items before dedupe */
  found: number;
  pages: number;
  warnings: string[];
}

export class StacError extends Error {}

/** Pages through one search. Stops on a missing/repeated next link, an empty page, or maxPages. */
export async function searchItems(client: RangeClient, url: string, body: Record<string, unknown>, maxPages = 50, onPage?: (n: number) => void): Promise<{ items: any[]; pages: number; warnings: string[] }> {
  const items: any[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  let req: { href: string; method: string; body?: Record<string, unknown> } | null = { href: `${url.replace(/\/$/, "")}/search`, method: "POST", body };
  let pages = 0;
  while (req && pages < maxPages) {
    const key = `${req.method} ${req.href} ${JSON.stringify(req.body ?? null)}`;
    if (seen.has(key)) {
      warnings.push(`${url}: paging repeated a request; stopped`);
      break;
    }
    seen.add(key);
    const page: any =
      req.method === "GET"
        ? await client.json(req.href, { headers: { Accept: "application/geo+json" } })
        : await client.json(req.href, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/geo+json" }, body: JSON.stringify(req.body) });
    pages++;
    if (!page || !Array.isArray(page.features)) throw new StacError(`${req.href}: not a STAC ItemCollection`);
    items.push(...page.features);
    onPage?.(page.features.length);
    if (!page.features.length) break;
    const next: any = (page.links ?? []).find((l: any) => l?.rel === "next");
    if (!next?.href) break;
    const method = (next.method ?? "GET").toUpperCase();
    req = { href: next.href, method, body: method === "POST" ? (next.merge ? { ...req.body, ...(next.body ?? {}) } : next.body ?? req.body) : undefined };
  }
  if (req && pages >= maxPages) warnings.push(`${url}: stopped after ${maxPages} pages`);
  return { items, pages, warnings };
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Turns a STAC item (either collection's conventions) into a Scene. */
export function normalizeItem(item: any): Scene {
  const p = item.properties ?? {};
  const datetime: string = p.datetime ?? p.start_datetime ?? "";
  const pbRaw = p["s2:processing_baseline"] ?? p["processing:version"];
  const pb = pbRaw != null && Number.isFinite(Number(pbRaw)) ? Number(pbRaw) : null;
  const grid = typeof p["grid:code"] === "string" ? p["grid:code"].replace(/^MGRS-/, "") : null;
  const tile = grid ?? (p["mgrs:utm_zone"] != null ? `${p["mgrs:utm_zone"]}${p["mgrs:latitude_band"] ?? ""}${p["mgrs:grid_square"] ?? ""}` : p["s2:mgrs_tile"] ?? null);
  const code = p["proj:code"] ?? (p["proj:epsg"] != null ? `EPSG:${p["proj:epsg"]}` : null);
  const epsg = typeof code === "string" && /^EPSG:\d+$/.test(code) ? Number(code.slice(5)) : null;
  const offsetApplied = typeof p["earthsearch:boa_offset_applied"] === "boolean" ? p["earthsearch:boa_offset_applied"] : null;
  const assets: Scene["assets"] = {};
  for (const band of BANDS) {
    const key = ALIASES[band].find((k) => item.assets?.[k]?.href);
    if (!key) continue;
    const a = item.assets[key];
    // STAC 1.0 raster:bands[0].scale, or STAC 1.1 bands[0]["raster:scale"] (or on the asset itself)
    const rb = (Array.isArray(a["raster:bands"]) ? a["raster:bands"][0] : Array.isArray(a.bands) ? a.bands[0] : null) ?? {};
    let scale = num(rb.scale ?? rb["raster:scale"] ?? a["raster:scale"]), offset = num(rb.offset ?? rb["raster:offset"] ?? a["raster:offset"]), from = "raster:bands";
    if (band === "scl") (scale = 1), (offset = 0), (from = "none");
    else if (scale == null) {
      // older items without raster:bands: DN/10000, minus 0.1 from PB 04.00 unless the archive removed it
      scale = 0.0001;
      offset = pb != null && pb >= 4 && offsetApplied !== true ? -0.1 : 0;
      from = "pb-rule";
    }
    assets[band] = { href: a.href, scale, offset: offset ?? 0, nodata: num(rb.nodata ?? a.nodata) ?? 0, from };
  }
  return { id: String(item.id), collection: String(item.collection ?? ""), datetime, day: datetime.slice(0, 10), tile, pb, cloud: num(p["eo:cloud_cover"]), epsg, offsetApplied, assets };
}

/** One scene per (tile, day): the highest processing baseline, then the newest collection (c1). */
export function dedupe(scenes: Scene[]): Scene[] {
  const best = new Map<string, Scene>();
  const rank = (s: Scene) => [s.pb ?? -1, s.collection.includes("c1") ? 1 : 0, s.id] as const;
  for (const s of scenes) {
    const k = `${s.tile ?? s.id}|${s.day}`;
    const b = best.get(k);
    if (!b) { best.set(k, s); continue; }
    const [p1, c1, i1] = rank(s), [p2, c2, i2] = rank(b);
    if (p1 > p2 || (p1 === p2 && (c1 > c2 || (c1 === c2 && i1 > i2)))) best.set(k, s);
  }
  return [...best.values()].sort((a, b) => a.datetime.localeCompare(b.datetime) || (a.tile ?? "").localeCompare(b.tile ?? ""));
}

/** Searches the first collection that has items (c1 first, then the older l2a). */
export async function searchScenes(client: RangeClient, o: SearchOptions): Promise<SearchResult> {
  const url = o.url ?? DEFAULT_STAC;
  const warnings: string[] = [];
  let lastErr: Error | null = null;
  for (const collection of o.collections ?? COLLECTIONS) {
    const body: Record<string, unknown> = {
      collections: [collection],
      intersects: o.intersects,
      datetime: `${o.from}T00:00:00Z/${o.to}T23:59:59Z`,
      limit: o.limit ?? 100,
    };
    if (o.maxCloud != null) body.query = { "eo:cloud_cover": { lte: o.maxCloud } };
    try {
      const r = await searchItems(client, url, body, o.maxPages ?? 50, o.onPage);
      warnings.push(...r.warnings);
      const scenes = r.items.map(normalizeItem).filter((s) => s.day && s.assets.red && s.assets.scl);
      if (scenes.length) return { collection, scenes: dedupe(scenes), found: r.items.length, pages: r.pages, warnings };
      warnings.push(`${collection}: no items`);
    } catch (e) {
      lastErr = e as Error;
      warnings.push(`${collection}: ${(e as Error).message}`);
    }
  }
  if (lastErr && !warnings.some((w) => w.endsWith("no items"))) throw new StacError(`STAC search failed: ${lastErr.message}`);
  return { collection: null, scenes: [], found: 0, pages: 0, warnings };
}
