/**
 * The unit of an earthquake's magnitude (a quantity's `unit`), in a module of its own: reconcile
 * and publish read it through vocabulary.ts without loading the extractor's parsers.
 * @module
 */

/** The unit of a magnitude: the corpus README names none; "magnitude" is the plain name a reader writes. */
export const MAGNITUDE = "magnitude";
