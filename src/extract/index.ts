/**
 * Extraction: every stated figure of a text, with offsets, normalized value, subject and speaker.
 * The engine (common/engine.ts) runs the English configuration (locales/en/); context.ts then
 * annotates sentence, subject and speaker.
 * @module
 */
import type { Mention } from "../types.js";
import type { Candidate } from "./common/engine.js";
import { annotateContext } from "./context.js";
import { casual } from "./locales/en/index.js";

export interface ExtractOptions {
  /** the report's publication date (YYYY-MM-DD), the reference for relative dates */
  published?: string | null;
  /** report id written into each mention's `source` */
  source?: string;
  /** keep relative dates that cannot be resolved (no `published`) as mentions with date null and the
   * flag "relative-date-unresolved"; by default they are left out */
  keepUnresolved?: boolean;
  /** receives the engine's debug trace (parsers and refiners); built lazily, only when given */
  debug?: (msg: string) => void;
}

/** Bumped whenever the output can change, so stored mentions are re-made. */
export const EXTRACTOR_VERSION = "en-8";

function toMention(c: Candidate, source: string): Mention {
  return {
    source,
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    low: c.kind === "date" ? null : c.low,
    high: c.kind === "date" ? null : c.high,
    unit: c.kind === "date" ? null : c.unit,
    date: c.kind === "date" ? c.date : null,
    qualifier: c.qualifier,
    per: c.per,
    statement: c.statement,
    flags: [...c.flags],
    tags: [...c.tags],
  };
}

/** Every figure in `text`. Never throws; every offset lies inside the text. */
export function extract(text: string, opts: ExtractOptions = {}): Mention[] {
  const source = opts.source ?? "text";
  if (typeof text !== "string" || text.length === 0) return [];
  let mentions: Mention[] = [];
  try {
    mentions = casual
      .parse(text, { published: opts.published ?? null, source, debug: opts.debug })
      .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
      .filter((c) => opts.keepUnresolved || !(c.kind === "date" && !c.date))
      .map((c) => toMention(c, source));
  } catch {
    mentions = [];
  }
  try {
    return annotateContext(text, mentions);
  } catch {
    return mentions;
  }
}
