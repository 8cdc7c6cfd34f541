/**
 * A minimal STAC API client for Sentinel-2 L2A: POST /search, paging through links rel=next
 * (POST body token with merge, or GET href) with a loop guard, no `sortby` (it breaks paging on
 * Earth Search), client-side sort, and normalisation of items from `sentinel-2-c1-l2a` and
 * `sentinel-2-l2a` into scenes with per-band scale/offset. Both collections are always searched:
 * each has dates the other lacks. One scene per MGRS tile + day (reprocessed duplicates `_0_`/`_1_`,
 * or one datatake under two ids or in both collections, collapse), highest processing baseline first.
 * @module
 */
import { z } from "zod";
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
  /** earthsearch:boa_offset_applied as the item states it (it is wrong on some items: checked on the values) */
  offsetApplied: boolean | null;
  /** the datatake (s2:datatake_id, or the sensing time from the product/granule id), null when absent */
  datatake: string | null;
  /** ids of the other items of the same tile and day collapsed into this one by dedupe */
  duplicates?: string[];
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
  /** the collection most kept scenes come from (null without scenes) */
  collection: string | null;
  /** per collection searched: items found and scenes kept after dedupe (a failed search: found -1) */
  collections: Record<string, { found: number; kept: number }>;
  scenes: Scene[];
  /** items before dedupe */
  found: number;
  pages: number;
  warnings: string[];
}

export class StacError extends Error {}

// What a STAC API answers, checked before it is read (loose: the many extension fields pass through).
const ItemCollectionSchema = z.looseObject({ features: z.array(z.unknown()), links: z.array(z.looseObject({ rel: z.string().optional(), href: z.string().optional() })).optional() });
/** A STAC item as far as a Scene needs it: an id, properties with a time, assets with hrefs. */
const StacItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  collection: z.string().nullish(),
  properties: z.looseObject({ datetime: z.string().nullish(), start_datetime: z.string().nullish() }),
  assets: z.record(z.string(), z.looseObject({ href: z.string().optional() })).optional(),
});

/** Pages through one search. Stops on a missing/repeated next link, an empty page, or maxPages. */
// biome-ignore lint/suspicious/noExplicitAny: STAC items are loose JSON; each is checked by StacItemSchema before it is read
export async function searchItems(client: RangeClient, url: string, body: Record<string, unknown>, maxPages = 50, onPage?: (n: number) => void): Promise<{ items: any[]; pages: number; warnings: string[] }> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
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
    // biome-ignore lint/suspicious/noExplicitAny: checked by ItemCollectionSchema on the next line
    const page: any =
      req.method === "GET"
        ? await client.json(req.href, { headers: { Accept: "application/geo+json" } })
        : await client.json(req.href, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/geo+json" }, body: JSON.stringify(req.body) });
    pages++;
    if (!ItemCollectionSchema.safeParse(page).success) throw new StacError(`${req.href}: not a STAC ItemCollection`);
    for (const f of page.features) items.push(f);
    onPage?.(page.features.length);
    if (!page.features.length) break;
    // biome-ignore lint/suspicious/noExplicitAny: a link is loose JSON: only href, method, body and merge are read, each checked
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
// biome-ignore lint/suspicious/noExplicitAny: checked by StacItemSchema; its many extension fields are read one by one, each checked
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
  const id = String(item.id);
  const datatake = typeof p["s2:datatake_id"] === "string" ? p["s2:datatake_id"] : sensingOf(p["s2:product_uri"] ?? p["s2:granule_id"] ?? id);
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
  return { id, collection: String(item.collection ?? ""), datetime, day: datetime.slice(0, 10), tile: tile ?? tileOf(id), pb, cloud: num(p["eo:cloud_cover"]), epsg, offsetApplied, datatake, assets };
}

/** The MGRS tile named in an id ("S2A_52TFM_20250603_0_L2A", "S2B_T52TFM_20250603T021609_L2A"). */
const tileOf = (id: string) => /(?:^|_)T?(\d{1,2}[C-X][A-Z]{2})(?=_|$)/.exec(id)?.[1] ?? null;
/** Platform + sensing time from a product or granule id ("S2A_MSIL2A_20250603T021609_N0511_…"). */
function sensingOf(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const m = /^(S2[A-D]).*?_(\d{8}T\d{6})_/.exec(v);
  return m ? `${m[1]}_${m[2]}` : null;
}
/** The reprocessing sequence of an Earth Search id (`_0_`, `_1_`…): a later one supersedes. */
const sequenceOf = (id: string) => Number(/_(\d+)_L2A$/.exec(id)?.[1] ?? 0);

/**
 * One scene per (tile, day), whichever collection it comes from: the highest processing baseline, then
 * the newer collection (c1: consistent offsets), then the later reprocessing (`_1_` over `_0_`), then
 * fewer clouds. Without a tile, items of one datatake collapse. The kept scene lists the others.
 */
export function dedupe(scenes: Scene[]): Scene[] {
  const best = new Map<string, Scene & { duplicates: string[] }>();
  const rank = (s: Scene) => [s.pb ?? -1, s.collection.includes("c1") ? 1 : 0, sequenceOf(s.id), -(s.cloud ?? 100), s.id] as const;
  const better = (a: Scene, b: Scene) => {
    const ra = rank(a), rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] > rb[i];
    return false;
  };
  for (const s of scenes) {
    const k = `${s.tile ?? s.datatake ?? s.id}|${s.day}`;
    const b = best.get(k);
    if (!b) { best.set(k, { ...s, duplicates: [] }); continue; }
    if (b.id === s.id) continue;
    if (better(s, b)) best.set(k, { ...s, duplicates: [...b.duplicates, b.id] });
    else b.duplicates.push(s.id);
  }
  return [...best.values()].sort((a, b) => a.datetime.localeCompare(b.datetime) || (a.tile ?? "").localeCompare(b.tile ?? ""));
}

/**
 * Searches every collection (c1 and the older l2a: each has dates the other lacks) and merges them into
 * one scene per tile and day. A collection that fails is a warning; all failing is an error.
 */
export async function searchScenes(client: RangeClient, o: SearchOptions): Promise<SearchResult> {
  const url = o.url ?? DEFAULT_STAC;
  const warnings: string[] = [];
  const collections: SearchResult["collections"] = {};
  const all: Scene[] = [];
  let found = 0, pages = 0, failed = 0, lastErr: Error | null = null;
  const names = o.collections ?? COLLECTIONS;
  for (const collection of names) {
    const body: Record<string, unknown> = {
      collections: [collection],
      intersects: o.intersects,
      datetime: `${o.from}T00:00:00Z/${o.to}T23:59:59Z`,
      limit: o.limit ?? 100,
    };
    if (o.maxCloud != null) body.query = { "eo:cloud_cover": { lte: o.maxCloud } };
    try {
      const r = await searchItems(client, url, body, o.maxPages ?? 50, o.onPage);
      for (const w of r.warnings) warnings.push(w);
      found += r.items.length;
      pages += r.pages;
      collections[collection] = { found: r.items.length, kept: 0 };
      // an item is of the collection it was searched in, whatever it says (some omit the field)
      let malformed = 0;
      for (const it of r.items) {
        if (!StacItemSchema.safeParse(it).success) {
          malformed++;
          continue;
        }
        const s = normalizeItem({ ...it, collection: it?.collection ?? collection });
        if (s.day && s.assets.red && s.assets.scl) all.push(s);
      }
      if (malformed) warnings.push(`${collection}: ${malformed} item${malformed === 1 ? "" : "s"} without an id, properties or assets skipped`);
      if (!r.items.length) warnings.push(`${collection}: no items`);
    } catch (e) {
      failed++;
      lastErr = e as Error;
      collections[collection] = { found: -1, kept: 0 };
      warnings.push(`${collection}: ${(e as Error).message}`);
    }
  }
  if (failed === names.length && lastErr) throw new StacError(`STAC search failed: ${lastErr.message}`);
  const scenes = dedupe(all);
  for (const s of scenes) if (collections[s.collection]) collections[s.collection].kept++;
  const top = Object.entries(collections).filter(([, c]) => c.kept > 0).sort((a, b) => b[1].kept - a[1].kept)[0];
  return { collection: top?.[0] ?? null, collections, scenes, found, pages, warnings };
}
