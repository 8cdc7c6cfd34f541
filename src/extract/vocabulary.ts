/**
 * The extractor's vocabulary without its parsers: what later stages read of a language (stop
 * words, sentences, the plural of a counted noun, reconciliation's cue words) and the extractor's
 * version (the key of stored figures). A second public surface beside index.ts: a brief of a
 * stored dossier reconciles and renders but never extracts, and index.ts would load ~280 KB of
 * locales and patterns and run their top level for nothing (docs/measurements.md, "One new report
 * then brief, third pass").
 * @module
 */
export { countNoun, wordIn, wordsFor } from "./words.js";
export { RECONCILE_CUES, type ReconcileCues } from "./locales/reconcile.js";
export { EXTRACTOR_VERSION } from "./version.js";
export { MAGNITUDE } from "./magnitude-unit.js";
