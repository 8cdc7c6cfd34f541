/**
 * Data derived from the store and kept to save recomputing it (the reconciled facts), under a
 * name with the stamp of the store it was derived from: whole, or in parts (a head and a row per
 * part) so that an update rewrites only the parts it changed.
 * @module
 */
import { bulkText, type Db } from "./db.js";
import { reclaim } from "./reclaim.js";

/** Which parts of derived data to read: those of these keys, those whose key starts with `prefix`, or those whose key does not hold `without`. */
export interface PartsFilter {
  keys?: string[];
  prefix?: string;
  without?: string;
}

/** Parts of derived data read per query (see `getDerivedParts`). */
const PARTS_PAGE = 100;

/** A head of derived data written over the name's last one (the data as `bulkText` gives it: bytes for PGlite). */
const PUT_DERIVED = `INSERT INTO derived (name, stamp, data) VALUES ($1, $2, $3::text) ON CONFLICT (name) DO UPDATE SET stamp = EXCLUDED.stamp, data = EXCLUDED.data, at = now()`;

export class DerivedStore {
  constructor(private readonly db: Db) {}

  /**
   * Data derived from the store and kept to save recomputing it (the reconciled facts), with the
   * stamp of the store it was derived from; null when none is kept under that name.
   */
  async getDerived(name: string): Promise<{ stamp: string; data: string } | null> {
    const rows = await this.db.query<{ stamp: string; data: string }>(`SELECT stamp, data FROM derived WHERE name = $1`, [name]);
    return rows[0] ?? null;
  }

  /** The stamp of the derived data kept under a name, without the data; null when none is kept. */
  async derivedStamp(name: string): Promise<string | null> {
    const rows = await this.db.query<{ stamp: string }>(`SELECT stamp FROM derived WHERE name = $1`, [name]);
    return rows[0]?.stamp ?? null;
  }

  /**
   * Derived data kept in parts (see `setDerivedParts`): its stamp, its head and every part, read in
   * one snapshot so that a writer committing meanwhile is seen whole or not at all.
   */
  async getDerivedParts(name: string, only: PartsFilter = {}): Promise<{ stamp: string; data: string; parts: Map<string, string> } | null> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
      const [head] = await tx.query<{ stamp: string; data: string }>(`SELECT stamp, data FROM derived WHERE name = $1`, [name]);
      if (!head) return null;
      const [filter, extra]: [string, unknown[]] = only.keys
        ? [` AND key = ANY($3)`, [only.keys]]
        : only.prefix !== undefined
          ? [` AND starts_with(key, $3)`, [only.prefix]]
          : only.without !== undefined
            ? [` AND strpos(key, $3) = 0`, [only.without]]
            : ["", []];
      // a page of parts at a time, so that no one result holds them all (~200 MB at 100,000 reports)
      // beside the map they are gathered in
      const parts = new Map<string, string>();
      for (let after = "", more = true; more; ) {
        const rows = await tx.query<{ key: string; data: string }>(`SELECT key, data FROM derived_parts WHERE name = $1 AND key > $2${filter} ORDER BY key LIMIT ${PARTS_PAGE}`, [name, after, ...extra]);
        for (const r of rows) parts.set(r.key, r.data);
        more = rows.length === PARTS_PAGE;
        if (more) after = rows[rows.length - 1].key;
      }
      return { stamp: head.stamp, data: head.data, parts };
    });
  }

  /**
   * Keeps derived data in parts (a head, and one row per part: the reconciled facts are a row per
   * fact, so an update rewrites the facts it changed, not tens of megabytes). In one transaction:
   * the head replaced, the parts in `put` written, and those in `drop` removed (or, with "rest",
   * every part not in `put`). A change made from an earlier state names that state's stamp in
   * `from`; if another writer moved the data on meanwhile, nothing is written and false returned
   * (what is kept stays whole; the next reader finds it stale and brings it up to date).
   */
  async setDerivedParts(name: string, stamp: string, data: string, change: { put: Iterable<[string, string]>; drop: string[] | "rest"; from?: string }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (change.from !== undefined) {
        const [head] = await tx.query<{ stamp: string }>(`SELECT stamp FROM derived WHERE name = $1 FOR UPDATE`, [name]);
        if (head?.stamp !== change.from) return false;
      }
      await tx.query(PUT_DERIVED, [name, stamp, bulkText(this.db, data)]);
      if (change.drop === "rest") {
        // embedded Postgres never vacuums (no autovacuum in single-user mode): deleted rows would
        // stay on disk, and every whole rewrite of the facts (each decision, each upgrade) left the
        // table tens of MB bigger. When this name holds every part, the table is emptied instead.
        const empty = this.db.engine === "pglite" && !(await tx.query(`SELECT 1 FROM derived_parts WHERE name <> $1 LIMIT 1`, [name])).length;
        if (empty) await tx.query(`TRUNCATE derived_parts`);
        else await tx.query(`DELETE FROM derived_parts WHERE name = $1`, [name]);
      }
      else if (change.drop.length) await tx.query(`DELETE FROM derived_parts WHERE name = $1 AND key = ANY($2)`, [name, change.drop]);
      // a few rows per statement: one statement per part pays a round trip each, one for all of
      // them makes a parameter of tens of megabytes that PGlite parses slowly
      // (`put` is read as it is written: parts made on demand are never all in memory at once)
      let values: string[] = [];
      let params: Array<string | Uint8Array> = [name];
      let bytes = 0;
      const flush = async () => {
        if (values.length) await tx.query(`INSERT INTO derived_parts (name, key, data) VALUES ${values.join(", ")} ON CONFLICT (name, key) DO UPDATE SET data = EXCLUDED.data`, params);
        values = [];
        params = [name];
        bytes = 0;
      };
      for (const [key, part] of change.put) {
        values.push(`($1, $${params.length + 1}, $${params.length + 2}::text)`);
        // as bytes: PGlite measures a string parameter character by character in JavaScript
        // (~0.3 s of a first brief's ~7 MB of parts at 2,000 reports)
        params.push(key, bulkText(this.db, part));
        bytes += part.length;
        if (values.length >= 50 || bytes >= 1 << 20) await flush();
      }
      await flush();
      return true;
    }).then(async (written) => {
      if (written && change.drop !== "rest") await reclaim(this.db, ["derived_parts", "derived"]);
      return written;
    });
  }

  /**
   * Keeps derived data under a name (the last writer's stands). The data as bytes, as the parts
   * are (`bulkText`): the kept facts' head (their ids and meta) and upkeep are written by every
   * brief that updates them.
   */
  async setDerived(name: string, stamp: string, data: string): Promise<void> {
    await this.db.query(PUT_DERIVED, [name, stamp, bulkText(this.db, data)]);
  }
}
