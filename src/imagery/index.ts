/**
 * Watching a site from orbit: Sentinel-2 L2A over STAC + COG window reads → per-date table,
 * crossing progress, time-lapse, chart and snapshots.
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
