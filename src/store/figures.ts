/**
 * A report's figures as the store keeps them: one JSON text per report (in `extractions.figures`),
 * not one row per figure. Writing a row per figure cost more than extracting them (PGlite parses
 * and indexes each), and a brief reads every report's figures at once anyway.
 * @module
 */
import type { Mention } from "../types.js";

/** A report's figures ready to store: deduplicated, in text order, serialized once. */
export interface PackedFigures {
  /** the report id written into each figure's `source` */
  source: string;
  /** a JSON array of the figures */
  json: string;
  count: number;
}

/**
 * Packs figures for the store: one per (start, end, kind) (the first stands), in text order (start,
 * then end; ties keep their order), each with `source` set to the report's id. Pure: extraction
 * workers pack in their thread, so the main one never holds the figures as objects.
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
  return { source, json: JSON.stringify(out), count: out.length };
}

/** The same figures under another report id (the store gave the report a suffixed one). */
export function repackFigures(packed: PackedFigures, source: string): PackedFigures {
  return packed.source === source ? packed : packFigures(source, JSON.parse(packed.json) as Mention[]);
}
