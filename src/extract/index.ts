/**
 * Extraction: every stated figure of a text, with offsets, normalized value, subject and speaker.
 * (Placeholder until the engine lands: finds nothing.)
 * @module
 */
import type { Mention } from "../types.js";

export interface ExtractOptions {
  /** the report's publication date (YYYY-MM-DD), the reference for relative dates */
  published?: string | null;
  /** report id written into each mention's `source` */
  source?: string;
}

/** Bumped whenever the output can change, so stored mentions are re-made. */
export const EXTRACTOR_VERSION = "en-0";

export function extract(text: string, opts: ExtractOptions = {}): Mention[] {
  void text;
  void opts;
  return [];
}
