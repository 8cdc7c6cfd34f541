/**
 * Space that rewrites and removals leave behind in embedded Postgres, given back.
 * @module
 */
import type { Db } from "./db.js";

/** Bytes a table may hold beyond twice its live rows before it is vacuumed (see `reclaim`). */
const RECLAIM_SLACK = 4 << 20;

/** The tables that rewrites and removals leave dead rows in, and the live bytes of a row of each. */
const LIVE_BYTES = {
  derived_parts: "pg_column_size(name) + pg_column_size(key) + pg_column_size(data)",
  derived: "pg_column_size(name) + pg_column_size(stamp) + pg_column_size(data)",
  extractions: "pg_column_size(report_id) + pg_column_size(extractor) + pg_column_size(figures) + coalesce(pg_column_size(packed), 0) + coalesce(pg_column_size(unplaced), 0) + coalesce(pg_column_size(prep), 0) + coalesce(pg_column_size(prep_code), 0)",
  reports: "pg_column_size(id) + pg_column_size(hash) + pg_column_size(text) + coalesce(pg_column_size(url), 0) + coalesce(pg_column_size(title), 0)",
  copy_keys: "pg_column_size(report_id) + pg_column_size(sig)",
  copy_bands: "pg_column_size(band) + pg_column_size(report_id)",
} as const;
export type ReclaimTable = keyof typeof LIVE_BYTES;

/**
 * Embedded Postgres never vacuums by itself: the rows an update or a removal replaces stay on
 * disk. A table grown past twice its live data (and RECLAIM_SLACK) is vacuumed, so the store grows
 * with what it holds, not with how often it was rewritten (2,000 reports: each update of the kept
 * facts left ~0.5 MB behind, each whole rewrite ~4 MB). Postgres servers vacuum on their own.
 */
export async function reclaim(db: Db, tables: ReclaimTable[]): Promise<void> {
  if (db.engine !== "pglite") return;
  for (const table of tables) {
    try {
      // the stored (compressed or out-of-line) size of each value, read without detoasting it
      const [row] = await db.query<{ total: string; live: string }>(`SELECT pg_table_size('${table}') AS total, coalesce(sum(${LIVE_BYTES[table]} + 32), 0) AS live FROM ${table}`);
      // FULL: the file is rewritten to the live rows, so the next check starts from them (a
      // plain vacuum frees space inside the file only, and a table left above the line after a
      // large removal would be vacuumed again by every later write). Linear in the live rows,
      // and only after as much was rewritten as is live.
      if (Number(row.total) > 2 * Number(row.live) + RECLAIM_SLACK) await db.query(`VACUUM FULL ${table}`);
    } catch {
      // best effort: the write it follows is committed, and a full disk or a busy table fails nothing
    }
  }
}
