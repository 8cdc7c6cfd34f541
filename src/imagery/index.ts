/**
 * Watching a site from orbit: Sentinel-2 L2A over STAC + COG window reads → per-date table,
 * crossing progress, time-lapse, chart and snapshots.
 *
 * For other stages:
 * - `watch(options)` → `WatchResult` (rows per date with provenance); `writeOutputs(result, dir)` writes
 *   table.json/csv, timelapse.gif/webp, chart.svg/png, snapshots/<date>.png.
 * - `latestFigures(dir)` → `[{caption, mime, data}]` for a briefing: the chart (image/svg+xml) and the
 *   latest clear snapshot (image/png), `data` as a base64 data: URL; [] when dir holds no watch output.
 * - `toObservations(result)` → `Observation[]` (id `site@date`) for `store.addObservations(site, obs)`.
 * - `imageryTimeline(site, rows, crossingPixels)` → `TimelineEntry[]` (ground works, first change on the
 *   crossing, more than half built, closed, latest), each with its observation id; also in table.json as `timeline`.
 * - `siteClaims(facts, observations)` → `ClaimCheck[]`: the reports' testable claims (works began, a share
 *   built by a date, completion) as supporting / contradicting / not yet visible, with the nearest clear date.
 * @module
 */
export { watch, toObservations, WatchError, type WatchOptions, type WatchResult, type WatchRow, type WatchEvent, type Frame } from "./watch.js";
export { writeOutputs, latestFigures, tableJson, tableCsv, type Figure } from "./output.js";
export { circleAoi, polygonAoi, axisLine, parseAoiSpec, makeGrid, utmEpsg, mgrsTile, AoiError, type Aoi, type Grid, type LonLat } from "./aoi.js";
export { searchScenes, normalizeItem, dedupe, searchItems, DEFAULT_STAC, COLLECTIONS, StacError, type Scene } from "./stac.js";
export { RangeClient, HttpError, type FetchLike, type HttpOptions, type HttpStats } from "./http.js";
export { openCog, readWindow, CogError } from "./cog.js";
export { writeCog, encodeTile, type CogSpec } from "./cog-writer.js";
export { corridorPlan, corridorProgress, isotonic, summarize, imageryTimeline, type SeriesSummary } from "./change.js";
export { classify, classAreas, ndvi, ndwi, mndwi, ndbi, bsi, CLASSES } from "./indices.js";
export { clearMask, clearFraction } from "./mask.js";
export { observationTimeline } from "./observations.js";
export { checkClaims, claimsFromFacts, siteClaims, firstVisibleChange, LAG_DAYS, type Claim, type ClaimCheck, type Reading } from "./claims.js";
export { phaseCorrelate, makeChip, fft2 } from "./coreg.js";
