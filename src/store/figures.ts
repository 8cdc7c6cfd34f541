/**
 * A report's figures as the store keeps them: one gzip-compressed JSON array per report (in
 * `extractions.packed`), not one row per figure. A row per figure cost more to write than the
 * figures cost to extract (PGlite parses and indexes each), their JSON is three times the size of
 * the report's text, and a brief reads every report's figures at once anyway. Compressed here (in
 * the extraction threads), the database writes and reads a tenth of it.
 * @module
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { Mention } from "../types.js";

/** A report's figures ready to store: deduplicated, in text order, serialized and compressed once. */
export interface PackedFigures {
  /** the report id written into each figure's `source` */
  source: string;
  /** gzip of a JSON array of the figures */
  gz: Uint8Array;
  count: number;
  /**
   * an undated report's relative dates its extraction could not place, as quoted (kept so that a
   * re-add can warn of them without extracting again); absent when not known
   */
  unplaced?: string[];
}

/**
 * Packs figures for the store: one per (start, end, kind) (the first stands), in text order (start,
 * then end; ties keep their order), each with `source` set to the report's id. Pure: extraction
 * threads pack in their thread, so the main one never holds the figures as objects.
 */
export function packFigures(source: string, mentions: Mention[]): PackedFigures {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const k = `${m.start}:${m.end}:${m.kind}`;
    if (seen.has(k)) continue;
    seen.add(k);
    // assigned, not spread: `source` keeps its place among the keys
    out.push(m.source === source ? m : Object.assign({}, m, { source }));
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // level 1: most of the gain (the figures' JSON repeats itself) for little time
  return { source, gz: gzipSync(JSON.stringify(out), { level: 1 }), count: out.length };
}

/** The JSON text of packed figures (as stored). */
export const unpackFigures = (gz: Uint8Array): string => gunzipSync(gz).toString("utf8");

/** The same figures under another report id (the store gave the report a suffixed one). */
export function repackFigures(packed: PackedFigures, source: string): PackedFigures {
  if (packed.source === source) return packed;
  const again = packFigures(source, JSON.parse(unpackFigures(packed.gz)) as Mention[]);
  return packed.unplaced ? { ...again, unplaced: packed.unplaced } : again;
}
