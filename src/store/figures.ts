/**
 * A report's figures as the store keeps them: one gzip-compressed JSON array per report (in
 * `extractions.packed`), not one row per figure. A row per figure cost more to write than the
 * figures cost to extract (PGlite parses and indexes each), their JSON is three times the size of
 * the report's text, and a brief reads every report's figures at once anyway. Compressed here (in
 * the extraction processes), the database writes and reads a tenth of it.
 * @module
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { Mention } from "../types.js";
import { bulkText, type Db, type Queryable } from "./db.js";

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
  /** what reconcile's prepare works out of the report alone (its `reportPrep`), gzip, and the code that made it */
  prep?: { gz: Uint8Array; code: string };
}

/**
 * Packs figures for the store: one per (start, end, kind) (the first stands), in text order (start,
 * then end; ties keep their order), each with `source` set to the report's id. Pure: extraction
 * processes pack in theirs, so the main one never holds the figures as objects.
 */
export function packFigures(source: string, mentions: Mention[], prep?: { of: (figures: Mention[]) => Uint8Array | null; code: string }): PackedFigures {
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
  const json = JSON.stringify(out);
  // level 1: most of the gain (the figures' JSON repeats itself) for little time
  const packed: PackedFigures = { source, gz: gzipSync(json, { level: 1 }), count: out.length };
  // made from the figures as a reader gets them back (JSON drops what it cannot say)
  const made = prep && out.length ? prep.of(JSON.parse(json) as Mention[]) : null;
  if (made) packed.prep = { gz: gzipSync(made, { level: 1 }), code: prep!.code };
  return packed;
}

/** The JSON text of packed figures (as stored). */
export const unpackFigures = (gz: Uint8Array): string => gunzipSync(gz).toString("utf8");

/** Members inflated per call by `unpackManyFigures`: one call for many, and a bounded buffer. */
const UNPACK_BATCH = 256;

/**
 * The JSON texts of many packed figures, as `unpackFigures` gives each: gzip members one after
 * another inflate as one stream, cut where each member's last four bytes (its length) say. At
 * 2,000 reports one call per report cost more in setting up zlib than in inflating.
 */
export function unpackManyFigures(gzs: Uint8Array[]): string[] {
  return unpackMany(gzs, (all, at, n) => all.toString("utf8", at, at + n), unpackFigures);
}

/** The bytes of many gzip members, inflated as `unpackManyFigures` inflates them. */
export function unpackManyBytes(gzs: Uint8Array[]): Uint8Array[] {
  return unpackMany(gzs, (all, at, n) => all.subarray(at, at + n), (gz) => gunzipSync(gz));
}

function unpackMany<T>(gzs: Uint8Array[], cut: (all: Buffer, at: number, n: number) => T, one: (gz: Uint8Array) => T): T[] {
  const out: T[] = [];
  for (let from = 0; from < gzs.length; from += UNPACK_BATCH) {
    const batch = gzs.slice(from, from + UNPACK_BATCH);
    const all = gunzipSync(Buffer.concat(batch));
    let at = 0;
    const texts = batch.map((gz) => {
      const n = gz.length < 18 ? -1 : (gz[gz.length - 4] | (gz[gz.length - 3] << 8) | (gz[gz.length - 2] << 16) | (gz[gz.length - 1] << 24)) >>> 0;
      const text = cut(all, at, n);
      at += n;
      return text;
    });
    // lengths that do not add up (a member of 4 GB or more): each inflated on its own
    for (const text of at === all.length ? texts : batch.map(one)) out.push(text);
  }
  return out;
}

/** The same figures under another report id (the store gave the report a suffixed one). */
export function repackFigures(packed: PackedFigures, source: string): PackedFigures {
  if (packed.source === source) return packed;
  const again = packFigures(source, JSON.parse(unpackFigures(packed.gz)) as Mention[]);
  // the prep is of the report's text and figures, whatever its id
  return { ...again, ...(packed.unplaced ? { unplaced: packed.unplaced } : {}), ...(packed.prep ? { prep: packed.prep } : {}) };
}

/**
 * Stores reports' figures, recording the extractor that made them: one upsert for all (a report's
 * figures are one row, so concurrent writers of one report never collide: the last one stands).
 */
export async function putFigures(tx: Queryable, db: Db, extractor: string, figures: PackedFigures[], published?: Map<string, string | null>): Promise<void> {
  if (!figures.length) return;
  // every report's compressed figures in one byte parameter, each cut out by its offset: one
  // statement for the batch, and bytes (not an array of them, which a driver would spell in hex)
  const blob = Buffer.concat(figures.flatMap((f) => (f.prep ? [f.gz, f.prep.gz] : [f.gz])));
  let off = 0;
  const rows = figures.map((f) => {
    const at = (off += f.gz.length) - f.gz.length;
    const prep = f.prep ? { poff: (off += f.prep.gz.length) - f.prep.gz.length, plen: f.prep.gz.length, pcode: f.prep.code } : { poff: 0, plen: 0, pcode: null };
    return { id: f.source, off: at, len: f.gz.length, ...prep, unplaced: f.unplaced ? JSON.stringify(f.unplaced) : null, pub: published?.get(f.source) ?? null };
  });
  // with `published`: only reports still there with the date the figures were made from
  const still = published ? `JOIN reports r ON r.id = x.id AND r.published IS NOT DISTINCT FROM x.pub` : "";
  await tx.query(
    `INSERT INTO extractions (report_id, extractor, figures, packed, unplaced, prep, prep_code)
     SELECT x.id, $1, '[]', substring($3::bytea FROM x.off + 1 FOR x.len), x.unplaced, CASE WHEN x.plen > 0 THEN substring($3::bytea FROM x.poff + 1 FOR x.plen) END, x.pcode
     FROM json_to_recordset($2::text::json) AS x(id text, off int, len int, poff int, plen int, pcode text, unplaced text, pub text) ${still}
     ON CONFLICT (report_id) DO UPDATE SET extractor = EXCLUDED.extractor, figures = EXCLUDED.figures, packed = EXCLUDED.packed, unplaced = EXCLUDED.unplaced, prep = EXCLUDED.prep, prep_code = EXCLUDED.prep_code, extracted_at = now()`,
    [extractor, bulkText(db, JSON.stringify(rows)), blob],
  );
}
