/**
 * Writes what a watch produced: the per-date table (JSON, CSV) with provenance, snapshots, the
 * time-lapse (GIF + animated WebP), the chart (SVG + PNG); and reads back the figures a briefing embeds.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { annotate, zoomFor } from "./render/annotate.js";
import { encodeGif, encodeWebp } from "./render/animate.js";
import { chartSvg, svgToPng } from "./render/chart.js";
import { seriesStretch, toRgb } from "./render/frames.js";
import type { WatchResult, WatchRow } from "./watch.js";
import { imageryTimeline, summarize } from "./change.js";

const pct = (v: number | null) => (v == null ? "n/a" : `${Math.round(v * 100)} %`);

export function tableJson(r: WatchResult) {
  return {
    site: r.site,
    aoi: { type: "Polygon", coordinates: [r.aoi.ring] },
    axis: r.axis ? { type: "LineString", coordinates: r.axis } : null,
    stac: r.stac,
    collection: r.collection,
    collections: r.collections,
    reference: r.reference,
    grid: r.grid,
    scenesFound: r.scenesFound,
    crossingPixels: r.crossingPixels,
    summary: summarize(r.rows, r.crossingPixels),
    timeline: r.axis ? imageryTimeline(r.site, r.rows, r.crossingPixels) : [],
    bytes: r.bytes,
    requests: r.requests,
    retries: r.retries,
    seconds: Math.round(r.seconds * 100) / 100,
    warnings: r.warnings,
    rows: r.rows,
  };
}

const CSV_COLS = ["date", "items", "tile", "processing_baseline", "clear_aoi", "clear_ring", "water_ha", "vegetation_ha", "bare_built_ha", "snow_ice_ha", "masked_ha", "progress", "progress_smoothed", "corridor_measurable", "ndvi", "ndwi", "mndwi", "ndbi", "bsi", "flags", "offsets", "crs", "bytes", "collection", "boa_offset", "shift_east_m", "shift_north_m", "shift_applied"];

/** "subtracted" (the +1000 DN was in the values), "already-applied" (the archive had removed it) or "none" (before PB 04.00), and how it was decided. */
function boaCell(r: WatchRow): string {
  const b = r.boaOffset;
  if (!b) return "";
  return `${b.inData ? "subtracted" : b.alreadyApplied ? "already-applied" : "none"} (${b.decidedBy}${b.metadataWrong ? ", metadata wrong" : ""})`;
}

export function tableCsv(rows: WatchRow[]): string {
  const q = (v: unknown) => {
    const s = v == null ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = rows.map((r) =>
    [r.date, r.items.join(" "), r.tile, r.processingBaseline, r.clearAoi, r.clearRing, r.areas.water, r.areas.vegetation, r.areas.bare_built, r.areas.snow_ice, r.areas.masked, r.progress, r.progressSmoothed, r.corridorMeasurable, r.indices.ndvi, r.indices.ndwi, r.indices.mndwi, r.indices.ndbi, r.indices.bsi, r.flags.join(" "), Object.entries(r.offsets).map(([b, o]) => `${b}:${o.scale}/${o.offset}`).join(" "), r.crs, r.bytes, r.collection, boaCell(r), r.coregistration?.dx, r.coregistration?.dy, r.coregistration?.applied].map(q).join(","),
  );
  return [CSV_COLS.join(","), ...lines].join("\n") + "\n";
}

export interface Written {
  files: string[];
}

/** Renders and writes everything under outDir. */
export async function writeOutputs(r: WatchResult, outDir: string, o: { gif?: boolean; webp?: boolean; delayMs?: number } = {}): Promise<Written> {
  mkdirSync(join(outDir, "snapshots"), { recursive: true });
  const files: string[] = [];
  const put = (name: string, data: string | Buffer) => {
    writeFileSync(join(outDir, name), data);
    files.push(join(outDir, name));
  };
  put("table.json", JSON.stringify(tableJson(r), null, 2) + "\n");
  put("table.csv", tableCsv(r.rows));
  const stretch = seriesStretch(r.frames);
  const zoom = zoomFor(r.frameGrid);
  const gifFrames: Array<{ data: Uint8Array; width: number; height: number }> = [];
  const pngs: Buffer[] = [];
  for (const f of r.frames) {
    const row = r.rows.find((x) => x.date === f.date)!;
    const lines = [`${f.date}  Sentinel-2 L2A`, `clear AOI ${pct(row.clearAoi)}, ring ${pct(row.clearRing)}`];
    if (row.progress != null) lines.push(`crossing not water: ${pct(row.progress)}`);
    const warn = row.flags.filter((x) => ["cloudy", "corridor-not-clear", "river-frozen", "offset-already-applied", "aoi-mostly-nodata"].includes(x));
    if (warn.length) lines.push(warn.join(", "));
    const img = await annotate(toRgb(f, stretch), { grid: r.frameGrid, date: f.date, lines, ring: r.aoi.ring, axis: r.axis, warn: warn.length > 0 }, zoom);
    const png = await img.clone().png().toBuffer();
    put(`snapshots/${f.date}.png`, png);
    pngs.push(png);
    if (o.gif !== false) {
      const { data, info } = await img.clone().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      gifFrames.push({ data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height });
    }
  }
  if (pngs.length) {
    if (o.gif !== false) put("timelapse.gif", encodeGif(gifFrames, o.delayMs));
    if (o.webp !== false) put("timelapse.webp", await encodeWebp(pngs, o.delayMs));
  }
  const first = r.rows[0]?.date ?? "", last = r.rows[r.rows.length - 1]?.date ?? "";
  const svg = await chartSvg(r.rows, `${r.site}: Sentinel-2 L2A ${first} to ${last}`);
  put("chart.svg", svg);
  put("chart.png", await svgToPng(svg));
  return { files };
}

export interface Figure {
  caption: string;
  mime: string;
  /** a data: URL (base64) */
  data: string;
}

/**
 * The figures a briefing embeds, read back from a watch output folder: the chart (SVG) and the
 * latest snapshot (PNG) of a clear date. Empty when the folder holds no watch output.
 */
export function latestFigures(outDir: string): Figure[] {
  const tablePath = join(outDir, "table.json");
  if (!existsSync(tablePath)) return [];
  const t = JSON.parse(readFileSync(tablePath, "utf8")) as ReturnType<typeof tableJson>;
  const rows = t.rows ?? [];
  const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))].join(", ");
  const attribution = `Contains modified Copernicus Sentinel data ${years}.`;
  const out: Figure[] = [];
  if (existsSync(join(outDir, "chart.svg"))) {
    out.push({
      caption: `Site ${t.site}: share of the crossing that no longer reads as water, and class areas, per Sentinel-2 date (${rows[0]?.date} to ${rows[rows.length - 1]?.date}; ${rows.filter((r) => r.progress != null).length} of ${rows.length} dates measurable). ${attribution}`,
      mime: "image/svg+xml",
      data: `data:image/svg+xml;base64,${readFileSync(join(outDir, "chart.svg")).toString("base64")}`,
    });
  }
  const clear = [...rows].reverse().find((r) => !r.flags.includes("cloudy") && existsSync(join(outDir, "snapshots", `${r.date}.png`)));
  if (clear) {
    out.push({
      caption: `Site ${t.site} on ${clear.date} (Sentinel-2 L2A true colour, item ${clear.items.join(", ")}; clear AOI ${pct(clear.clearAoi)}${clear.progress != null ? `; crossing not water ${pct(clear.progress)}` : ""}). ${`Contains modified Copernicus Sentinel data ${clear.date.slice(0, 4)}.`}`,
      mime: "image/png",
      data: `data:image/png;base64,${readFileSync(join(outDir, "snapshots", `${clear.date}.png`)).toString("base64")}`,
    });
  }
  return out;
}
