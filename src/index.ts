/**
 * dossier's library front door: the pipeline as pure functions over plain data.
 *   ingest (files, corpus folders, HTML) → extract → (copies: withCopies) → reconcile → publish
 * or the whole chain at once: `composeBriefing({ reports: withCopies(reports), mentions })`.
 * HTML draws charts with vega, loaded on demand: `await render(briefing, "html")`, or
 * `await loadCharts()` once before `renderHtml`.
 * The store (`dossier/store`) and imagery (`dossier/imagery`) are subpath exports, so importing
 * the extractor loads neither PGlite nor a GeoTIFF reader.
 * @module
 */
export type * from "./types.js";
export { readPaths, readFileReport, readCorpus, readTextReport, readHtmlReport, extractArticle, IngestError } from "./ingest/index.js";
export { extract, EXTRACTOR_VERSION, type ExtractOptions } from "./extract/index.js";
export { reconcile, findCopies, buildTimeline, type ReconcileInput, type Reconciled } from "./reconcile/index.js";
export { buildBriefing, render, renderMarkdown, renderHtml, renderJson, loadCharts, FORMATS, type Format, type BriefingInput } from "./publish/index.js";
export { withCopies } from "./app/copies.js";
export { composeBriefing, type ComposeInput } from "./app/brief.js";
