/**
 * The extractor's version, in a module of its own: the store's keys and checks read it without
 * loading the extractor (its ~280 KB of locales and patterns, ~60 ms of a command's start).
 * @module
 */

/** Bumped whenever the output can change, so stored mentions are re-made. */
// "en-N" is the English locale's version, "l10n-N" the other locales'
export const EXTRACTOR_VERSION = "en-40+l10n-78";
