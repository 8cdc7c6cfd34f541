/**
 * The dossier's store: reports, their mentions, and whatever later stages keep.
 * Thin: SQL in, plain data out. Works the same on PGlite and on a Postgres server.
 * @module
 */
import type { Decision, DecisionAction, FigureKey, Mention, Observation, Report, ReportInput, Verdict } from "../types.js";
import type { z } from "zod";
import { isFigureKeys, isMentionList } from "../check.js";
import { bulkText, openDb, type Db, type OpenOptions, type Queryable } from "./db.js";
import { NewsletterStore } from "./newsletter.js";
import { RunnerStore } from "./runner.js";
import { JobStore } from "./jobs.js";
import { packFigures, repackFigures, unpackManyBytes, unpackManyFigures, type PackedFigures } from "./figures.js";

export { openDb, migrate, prefetchStore, resolveLocation, describeHolder, storeFolder, lockWaitFile, tablesBytes, isServer, type Db, type LockHolder, type OpenOptions, type Queryable } from "./db.js";
export { NewsletterStore, type Subscriber, type SubscriberState, type IssueRecord, type Delivery, type DeliveryStatus } from "./newsletter.js";
export { RunnerStore, type RunnerHolder, type FeedState, type SavedSite } from "./runner.js";
export { JobStore, type Job, type JobState } from "./jobs.js";
export { packFigures, type PackedFigures } from "./figures.js";

interface ReportRow {
  id: string;
  hash: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
  text: string;
  origin: string | null;
  copy_of: string | null;
  added_at: Date | string;
  /** the manifest's note (an undated report's rough date may be in it) */
  note?: string | null;
}

/**
 * The rows of a query that aggregates them into one JSON array (column `j`, null for none): PGlite
 * makes a result's values one by one in JavaScript (the 2,000 rows of every report: ~130 ms of a
 * command's CPU), where one text is parsed natively (~20 ms). For the many small rows a command
 * reads whole; times come back as ISO text.
 */
async function jsonRows<T>(db: Queryable, sql: string): Promise<T[]> {
  const [row] = await db.query<{ j: string | null }>(sql);
  return row?.j ? (JSON.parse(row.j) as T[]) : [];
}

const fromRow = (r: ReportRow): Report => ({
  id: r.id,
  url: r.url,
  publisher: r.publisher,
  published: r.published,
  language: r.language,
  title: r.title,
  hash: r.hash,
  text: r.text,
  origin: r.origin,
  copyOf: r.copy_of,
  addedAt: new Date(r.added_at).toISOString(),
  // reconcile dates an undated report by its note ("its figures place it around 2027-04-20"), as
  // `brief DIR` does from the manifest
  ...(r.note != null ? { note: r.note } : {}),
});

// JSON read back is checked against the data's schemas (src/schema.ts); keys a newer or older
// version wrote are kept (loose), so a round trip through the store never drops a field. zod is
// loaded when a check needs it: figures pass plain checks first (check.ts), and a command that
// reads only kept facts never loads it.
let schemas: Promise<{ mentions: z.ZodType<Mention[]>; observation: z.ZodType<Observation> }> | null = null;
const storedSchemas = () =>
  (schemas ??= Promise.all([import("zod"), import("../schema.js")]).then(([{ z }, s]) => ({
    mentions: z.array(s.MentionSchema.loose()) as unknown as z.ZodType<Mention[]>,
    observation: s.ObservationSchema.loose() as unknown as z.ZodType<Observation>,
  })));

/** Bytes a table may hold beyond twice its live rows before it is vacuumed (see `Store.reclaim`). */
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

/** A JSON column's value (a string on some drivers), checked: a clear error instead of bad data flowing on. */
function readBack<T>(schema: z.ZodType<T>, what: string, data: unknown): T {
  const value = typeof data === "string" ? JSON.parse(data) : data;
  const parsed = schema.safeParse(value);
  // the value itself, not zod's copy: the schemas transform nothing, and the copy would reorder keys
  if (parsed.success) return value as T;
  const i = parsed.error.issues[0];
  throw new Error(`the store holds a ${what} that does not fit its schema (${i.path.join(".") || "value"}: ${i.message})`);
}

/** The id a report gets when its input has none: derived from its content, so re-adding finds it. */
export const defaultReportId = (hash: string) => `h${hash.slice(0, 10)}`;

export class Store {
  /** subscribers, issues and deliveries of the newsletter */
  readonly newsletter: NewsletterStore;
  /** the runner lock, feed health, saved sites */
  readonly runner: RunnerStore;
  /** the work queue many workers claim from */
  readonly jobs: JobStore;
  constructor(readonly db: Db) {
    this.newsletter = new NewsletterStore(db);
    this.runner = new RunnerStore(db);
    this.jobs = new JobStore(db);
  }

  /**
   * Adds a report, or finds it: the same original bytes (hash) give back the stored report
   * with `created: false`. One transaction: a failure leaves nothing behind.
   */
  async addReport(input: ReportInput): Promise<{ report: Report; created: boolean }> {
    return this.db.transaction((tx) => insertReport(tx, input));
  }

  /** Follows a feed; `created` is false when it was followed already. */
  async addFeed(url: string, title: string | null): Promise<{ created: boolean }> {
    const rows = await this.db.query(`INSERT INTO feeds (url, title) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING RETURNING url`, [url, title]);
    return { created: rows.length > 0 };
  }

  /** Followed feeds, oldest first. */
  async listFeeds(): Promise<FeedRecord[]> {
    const rows = await this.db.query<{ url: string; title: string | null; checked_at: Date | string | null; last_error: string | null; items: number | string }>(
      `SELECT f.url, f.title, f.checked_at, f.last_error, (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url) AS items FROM feeds f ORDER BY f.added_at, f.url`,
    );
    return rows.map((r) => ({ url: r.url, title: r.title, checkedAt: r.checked_at ? new Date(r.checked_at).toISOString() : null, lastError: r.last_error, items: Number(r.items) }));
  }

  /** Keys of the items of a feed already stored. */
  async seenFeedItems(feedUrl: string): Promise<Set<string>> {
    return new Set((await this.db.query<{ item_key: string }>(`SELECT item_key FROM feed_items WHERE feed_url = $1`, [feedUrl])).map((r) => r.item_key));
  }

  /**
   * Stores a feed item's report and marks the item seen, in one transaction: after a crash
   * the item is either stored and seen, or neither (and the next update retries it).
   * Returns null when another process stored this item first.
   */
  async addFeedItem(feedUrl: string, itemKey: string, input: ReportInput): Promise<{ report: Report; created: boolean } | null> {
    return this.db.transaction(async (tx) => {
      // the primary key serializes two updates racing for one item: the second finds it taken
      const claimed = await tx.query(`INSERT INTO feed_items (feed_url, item_key, url) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING item_key`, [feedUrl, itemKey, input.url]);
      if (!claimed.length) return null;
      const out = await insertReport(tx, input);
      await tx.query(`UPDATE feed_items SET report_id = $3 WHERE feed_url = $1 AND item_key = $2`, [feedUrl, itemKey, out.report.id]);
      return out;
    });
  }

  /** Records when a feed was last polled and how it went (null error = fine). */
  async feedChecked(url: string, error: string | null): Promise<void> {
    await this.db.query(`UPDATE feeds SET checked_at = now(), last_error = $2 WHERE url = $1`, [url, error]);
  }

  async getReport(id: string): Promise<Report | null> {
    const rows = await this.db.query<ReportRow>(`SELECT * FROM reports WHERE id = $1`, [id]);
    return rows.length ? fromRow(rows[0]) : null;
  }

  async findByUrl(url: string): Promise<Report | null> {
    const rows = await this.db.query<ReportRow>(`SELECT * FROM reports WHERE url = $1 ORDER BY added_at LIMIT 1`, [url]);
    return rows.length ? fromRow(rows[0]) : null;
  }

  /** All reports, oldest ingest first; with `text: false` their texts are left out (empty): a listing of many. */
  async listReports(opts: { text?: boolean } = {}): Promise<Report[]> {
    if (opts.text !== false) return (await this.db.query<ReportRow>(`SELECT * FROM reports ORDER BY added_at, id`)).map(fromRow);
    type Listed = [string, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string, string | null];
    const rows = await jsonRows<Listed>(this.db, `SELECT json_agg(json_build_array(id, hash, url, publisher, published, language, title, origin, copy_of, added_at, note) ORDER BY added_at, id)::text AS j FROM reports`);
    return rows.map(([id, hash, url, publisher, published, language, title, origin, copy_of, added_at, note]) => fromRow({ id, hash, url, publisher, published, language, title, text: "", origin, copy_of, added_at, note }));
  }

  /** The reports of these ids (texts included), oldest ingest first: the few an incremental update reads. */
  async reportsById(ids: string[]): Promise<Report[]> {
    if (!ids.length) return [];
    return (await this.db.query<ReportRow>(`SELECT * FROM reports WHERE id = ANY($1) ORDER BY added_at, id`, [ids])).map(fromRow);
  }

  /** Per report with stored figures: "extractor|time made", which changes whenever its figures are made again. */
  async extractionMarks(): Promise<Map<string, string>> {
    const rows = await jsonRows<[string, string, string]>(this.db, `SELECT json_agg(json_build_array(report_id, extractor, extracted_at))::text AS j FROM extractions`);
    return new Map(rows.map(([id, extractor, at]) => [id, `${extractor}|${new Date(at).toISOString()}`]));
  }

  /** How many reports the store holds. */
  async countReports(): Promise<number> {
    const [{ n }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports`);
    return Number(n);
  }

  /** Ids of the reports whose copy keys are not kept yet (oldest ingest first), and how many reports there are. */
  async unkeyedReports(): Promise<{ ids: string[]; total: number }> {
    const ids = await this.db.query<{ id: string }>(`SELECT r.id FROM reports r WHERE NOT EXISTS (SELECT 1 FROM copy_keys k WHERE k.report_id = r.id) ORDER BY r.added_at, r.id`);
    return { ids: ids.map((r) => r.id), total: await this.countReports() };
  }

  /**
   * Keeps reports' copy keys (signature and buckets; see reconcile's `copyKeys`), replacing any kept
   * before, in one transaction; a report without words gets an empty signature and no bucket.
   */
  async putCopyKeys(rows: Array<{ id: string; sig: number[]; bands: string[] }>): Promise<void> {
    // a few thousand rows per statement: one JSON parameter each, bounded whatever the batch
    for (let at = 0; at < rows.length; at += 2000) {
      const part = rows.slice(at, at + 2000);
      const ids = part.map((r) => r.id);
      const keys = JSON.stringify(part.map((r) => ({ id: r.id, sig: r.sig.join(",") })));
      const bands = JSON.stringify(part.flatMap((r) => r.bands.map((band) => ({ id: r.id, band }))));
      await this.db.transaction(async (tx) => {
        await tx.query(`DELETE FROM copy_bands WHERE report_id = ANY($1)`, [ids]);
        // only reports still there: one removed meanwhile by another writer is skipped
        await tx.query(
          `INSERT INTO copy_keys (report_id, sig) SELECT x.id, x.sig FROM json_to_recordset($1::text::json) AS x(id text, sig text) JOIN reports r ON r.id = x.id
           ON CONFLICT (report_id) DO UPDATE SET sig = EXCLUDED.sig`,
          [bulkText(this.db, keys)],
        );
        await tx.query(`INSERT INTO copy_bands (band, report_id) SELECT x.band, x.id FROM json_to_recordset($1::text::json) AS x(id text, band text) JOIN reports r ON r.id = x.id`, [bulkText(this.db, bands)]);
      });
    }
  }

  /** The kept reports that share a bucket with these, and their signatures. */
  async sharingBands(bands: string[]): Promise<Array<{ id: string; sig: number[] }>> {
    if (!bands.length) return [];
    const rows = await this.db.query<{ id: string; sig: string }>(
      `SELECT k.report_id AS id, k.sig FROM copy_keys k WHERE k.report_id IN (SELECT report_id FROM copy_bands WHERE band = ANY($1)) ORDER BY k.report_id`,
      [bands],
    );
    return rows.map((r) => ({ id: r.id, sig: r.sig ? r.sig.split(",").map(Number) : [] }));
  }

  /** Every report of the copy groups these reports are in: their originals and all copies of those. */
  async copyGroups(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<{ id: string }>(
      `WITH canon AS (SELECT coalesce(copy_of, id) AS id FROM reports WHERE id = ANY($1))
       SELECT id FROM reports WHERE id IN (SELECT id FROM canon) OR copy_of IN (SELECT id FROM canon) ORDER BY id`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

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
      if (written && change.drop !== "rest") await this.reclaim(["derived_parts", "derived"]);
      return written;
    });
  }

  /**
   * Embedded Postgres never vacuums by itself: the rows an update or a removal replaces stay on
   * disk. A table grown past twice its live data (and RECLAIM_SLACK) is vacuumed, so the store grows
   * with what it holds, not with how often it was rewritten (2,000 reports: each update of the kept
   * facts left ~0.5 MB behind, each whole rewrite ~4 MB). Postgres servers vacuum on their own.
   */
  async reclaim(tables: ReclaimTable[]): Promise<void> {
    if (this.db.engine !== "pglite") return;
    for (const table of tables) {
      try {
        // the stored (compressed or out-of-line) size of each value, read without detoasting it
        const [row] = await this.db.query<{ total: string; live: string }>(`SELECT pg_table_size('${table}') AS total, coalesce(sum(${LIVE_BYTES[table]} + 32), 0) AS live FROM ${table}`);
        // FULL: the file is rewritten to the live rows, so the next check starts from them (a
        // plain vacuum frees space inside the file only, and a table left above the line after a
        // large removal would be vacuumed again by every later write). Linear in the live rows,
        // and only after as much was rewritten as is live.
        if (Number(row.total) > 2 * Number(row.live) + RECLAIM_SLACK) await this.db.query(`VACUUM FULL ${table}`);
      } catch {
        // best effort: the write it follows is committed, and a full disk or a busy table fails nothing
      }
    }
  }

  /**
   * Keeps derived data under a name (the last writer's stands). The data as bytes, as the parts
   * are (`bulkText`): the kept facts' head (their ids and meta) and upkeep are written by every
   * brief that updates them.
   */
  async setDerived(name: string, stamp: string, data: string): Promise<void> {
    await this.db.query(PUT_DERIVED, [name, stamp, bulkText(this.db, data)]);
  }

  /**
   * Takes reports out of the store, in one transaction: their mentions, extraction records and
   * copy keys go with them (foreign keys cascade), feed items that brought them stay seen (so
   * `update` does not fetch them again), and the other members of their copy groups lose their
   * marks and kept keys (the next copy pass groups them again, each with its new original, if any). Returns the ids removed (unknown ids are skipped).
   */
  async removeReports(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    return this.db.transaction(async (tx) => {
      // the copy groups the removed reports were in are found again from their members' texts:
      // their marks and kept keys go, so the next copy pass takes them as new (a copy of a copy may
      // no longer be a copy of what is left)
      const canons = (await tx.query<{ id: string }>(`SELECT DISTINCT coalesce(copy_of, id) AS id FROM reports WHERE id = ANY($1)`, [ids])).map((r) => r.id);
      const gone = (await tx.query<{ id: string }>(`DELETE FROM reports WHERE id = ANY($1) RETURNING id`, [ids])).map((r) => r.id);
      if (gone.length) {
        const regroup = [...new Set([...canons, ...gone])];
        await tx.query(`DELETE FROM copy_keys WHERE report_id IN (SELECT id FROM reports WHERE id = ANY($1) OR copy_of = ANY($1))`, [regroup]);
        await tx.query(`DELETE FROM copy_bands WHERE report_id IN (SELECT id FROM reports WHERE id = ANY($1) OR copy_of = ANY($1))`, [regroup]);
        await tx.query(`UPDATE reports SET copy_of = NULL WHERE copy_of = ANY($1)`, [regroup]);
      }
      return gone.sort();
    }).then(async (gone) => {
      if (gone.length) await this.reclaim(["reports", "extractions", "copy_keys", "copy_bands"]);
      return gone;
    });
  }

  /** Ids of the reports marked as copies of the given ones. */
  async copiesOf(ids: string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM reports WHERE copy_of = ANY($1) ORDER BY id`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Ids of the reports published before a day (YYYY-MM-DD); undated reports are never among them. */
  async publishedBefore(day: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM reports WHERE published IS NOT NULL AND published < $1 ORDER BY id`, [day]);
    return rows.map((r) => r.id);
  }

  async setCopyOf(id: string, copyOf: string | null): Promise<void> {
    await this.db.query(`UPDATE reports SET copy_of = $2 WHERE id = $1`, [id, copyOf]);
  }

  /**
   * Replaces a report's mentions, recording which extractor made them. Safe with many writers:
   * a report's figures are one row, upserted, so two `add`s extracting the same report at once
   * never collide; the last one's figures stand.
   */
  async setMentions(reportId: string, extractor: string, mentions: Mention[]): Promise<void> {
    await putFigures(this.db, this.db, extractor, [packFigures(reportId, mentions)]);
  }

  /**
   * Replaces the figures of stored reports, packed (`packFigures`), in one statement; `published`
   * is the date each report had when its figures were made. A report removed meanwhile, or whose
   * date changed (its relative dates mean other days now), is skipped: another writer moved on.
   */
  async setFigures(extractor: string, figures: PackedFigures[], published: Map<string, string | null>): Promise<void> {
    await putFigures(this.db, this.db, extractor, figures, published);
  }

  /**
   * Sets a stored report's date, publisher or title (what `add --published` says of a file added
   * before without one). A new date changes what its relative dates mean, so its figures are
   * forgotten and extracted again. Returns whether anything changed.
   */
  async setReportFields(id: string, fields: { published?: string; publisher?: string; title?: string }): Promise<boolean> {
    const cols = (["published", "publisher", "title"] as const).filter((k) => fields[k] !== undefined);
    if (!cols.length) return false;
    return this.db.transaction(async (tx) => {
      const sets = cols.map((c, i) => `${c} = $${i + 2}`).join(", ");
      const differs = cols.map((c, i) => `${c} IS DISTINCT FROM $${i + 2}`).join(" OR ");
      const rows = await tx.query<{ id: string }>(`UPDATE reports SET ${sets} WHERE id = $1 AND (${differs}) RETURNING id`, [id, ...cols.map((c) => fields[c])]);
      if (!rows.length) return false;
      if (fields.published !== undefined) await tx.query(`DELETE FROM extractions WHERE report_id = $1`, [id]);
      return true;
    });
  }

  /**
   * Adds reports with the figures extracted from them, many in one transaction and a few
   * statements (one commit and one round trip per kind of row, not per report: what makes adding
   * thousands of files fast). Each item is stored as `addReport` would; its `figures` (packed by
   * `packFigures`; null when extraction failed) are stored with the extractor that made them when
   * the report is new, or when the stored ones came from another extractor. A failure rolls the
   * whole batch back (the caller retries its items one by one).
   */
  async addReportsWithMentions(items: Array<{ input: ReportInput; figures: PackedFigures | null }>, extractor: string): Promise<Array<{ report: Report; created: boolean }>> {
    return this.db.transaction(async (tx) => {
      const out = await insertReports(tx, this.db, items.map((i) => i.input));
      const existing = out.filter((o) => !o.created).map((o) => o.report.id);
      const made = existing.length ? await tx.query<{ report_id: string; extractor: string }>(`SELECT report_id, extractor FROM extractions WHERE report_id = ANY($1)`, [existing]) : [];
      const current = new Set(made.filter((r) => r.extractor === extractor).map((r) => r.report_id));
      const figures: PackedFigures[] = [];
      const taken = new Set<string>();
      items.forEach(({ figures: f }, i) => {
        const id = out[i].report.id;
        // the same report twice in a batch (identical bytes): its figures once
        if (f && !current.has(id) && !taken.has(id)) (taken.add(id), figures.push(repackFigures(f, id)));
      });
      await putFigures(tx, this.db, extractor, figures);
      return out;
    });
  }

  /**
   * What is known of every stored report whose figures `extractor` made (or of those of the given
   * content hashes), by content hash, without the text: re-adding a file whose hash is here has
   * nothing left to do.
   */
  async extractedReports(extractor: string, hashes?: string[]): Promise<Map<string, ExtractedSummary>> {
    const rows = await this.db.query<Omit<ReportRow, "text" | "copy_of" | "added_at" | "language"> & { unplaced: string | null }>(
      `SELECT r.id, r.hash, r.url, r.publisher, r.published, r.title, r.origin, e.unplaced FROM reports r JOIN extractions e ON e.report_id = r.id WHERE e.extractor = $1${hashes ? " AND r.hash = ANY($2)" : ""}`,
      hashes ? [extractor, hashes] : [extractor],
    );
    return new Map(rows.map((r) => [r.hash, { id: r.id, url: r.url, publisher: r.publisher, published: r.published, title: r.title, origin: r.origin, unplaced: quotesOf(r.unplaced) }]));
  }

  /** A key that changes whenever any report's figures are stored or forgotten (count and latest extraction). */
  async extractionStamp(): Promise<string> {
    const [r] = await this.db.query<{ n: number; latest: string | Date | null }>(`SELECT count(*)::int AS n, max(extracted_at) AS latest FROM extractions`);
    return `${r.n}|${r.latest ? new Date(r.latest).toISOString() : ""}`;
  }

  /** The extractor version that made each stored report's mentions (reports never extracted are absent). */
  async extractors(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ report_id: string; extractor: string }>(`SELECT report_id, extractor FROM extractions`);
    return new Map(rows.map((r) => [r.report_id, r.extractor]));
  }

  /** The extractor version that made a report's stored mentions, or null if none did. */
  async extractedWith(reportId: string): Promise<string | null> {
    const rows = await this.db.query<{ extractor: string }>(`SELECT extractor FROM extractions WHERE report_id = $1`, [reportId]);
    return rows[0]?.extractor ?? null;
  }

  /** Mentions of the given reports (all reports when none given), in report and text order. */
  async getMentions(reportIds?: string[]): Promise<Mention[]> {
    return (await this.readFigures(reportIds)).mentions;
  }

  /**
   * The mentions `getMentions` gives, and per report id the prep stored beside
   * them (`PackedFigures.prep`, inflated) when the code `code` made it.
   */
  async getMentionsWithPrep(code: string, reportIds?: string[]): Promise<{ mentions: Mention[]; prep: Map<string, Uint8Array> }> {
    return this.readFigures(reportIds, code);
  }

  private async readFigures(reportIds?: string[], code?: string): Promise<{ mentions: Mention[]; prep: Map<string, Uint8Array> }> {
    // the bytes as base64, decoded natively: a bytea column comes back as hex text, which the
    // driver decodes in JavaScript (at 2,000 reports, 2 MB of figures: ~300 ms against ~30)
    const cols = `figures, encode(packed, 'base64') AS packed${code === undefined ? "" : `, report_id, CASE WHEN prep_code = $${reportIds ? 2 : 1} THEN encode(prep, 'base64') END AS prep`}`;
    const args: unknown[] = [...(reportIds ? [reportIds] : []), ...(code === undefined ? [] : [code])];
    const rows = await this.db.query<FiguresRow>(`SELECT ${cols} FROM extractions${reportIds ? " WHERE report_id = ANY($1)" : ""} ORDER BY report_id`, args);
    const withPrep = rows.filter((r) => r.prep);
    const preps = unpackManyBytes(withPrep.map((r) => Buffer.from(r.prep!, "base64")));
    const prep = new Map(withPrep.map((r, i) => [r.report_id!, preps[i]]));
    const out: Mention[] = [];
    const unpacked = unpackManyFigures(rows.filter((r) => r.packed).map((r) => Buffer.from(r.packed!, "base64")));
    let k = 0;
    for (const r of rows) {
      // rows written before figures were compressed (migration 8) hold their JSON as text
      const json = r.packed ? unpacked[k++] : r.figures;
      // (a server hands a JSON column back parsed)
      const value: unknown = typeof json === "string" ? JSON.parse(json) : json;
      for (const m of isMentionList(value) ? value : readBack((await storedSchemas()).mentions, "report's figures", value)) out.push(m);
    }
    return { mentions: out, prep };
  }

  /** Stores imagery observations of a site; re-running a watch replaces the rows of the same id (site@date). */
  async addObservations(site: string, obs: Observation[]): Promise<void> {
    if (!obs.length) return;
    await this.db.transaction(async (tx) => {
      for (const o of obs)
        await tx.query(
          `INSERT INTO observations (id, site, date, data) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (id) DO UPDATE SET site = EXCLUDED.site, date = EXCLUDED.date, data = EXCLUDED.data, added_at = now()`,
          [o.id, site, o.date, JSON.stringify({ ...o, site })],
        );
    });
  }

  /** Observations of one site (all sites when none given), by site and date. */
  async listObservations(site?: string): Promise<Observation[]> {
    const rows = site
      ? await this.db.query<{ data: Observation | string }>(`SELECT data FROM observations WHERE site = $1 ORDER BY date, id`, [site])
      : await this.db.query<{ data: Observation | string }>(`SELECT data FROM observations ORDER BY site, date, id`);
    if (!rows.length) return [];
    const { observation } = await storedSchemas();
    return rows.map((r) => readBack(observation, "observation", r.data));
  }

  /** Records an analyst's decision; it is applied every time the dossier is reconciled. */
  async addDecision(d: { action: DecisionAction; figures: FigureKey[]; verdict?: Verdict | null; reason?: string | null }): Promise<Decision> {
    const figures = d.figures.map((f) => ({ source: f.source, start: f.start, end: f.end }));
    const [row] = await this.db.query<DecisionRow>(`INSERT INTO decisions (action, figures, verdict, reason) VALUES ($1, $2::jsonb, $3, $4) RETURNING *`, [
      d.action,
      JSON.stringify(figures),
      d.verdict ?? null,
      d.reason ?? null,
    ]);
    return decisionFromRow(row);
  }

  /** Every decision, oldest first. */
  async listDecisions(): Promise<Decision[]> {
    return (await this.db.query<DecisionRow>(`SELECT * FROM decisions ORDER BY at, id`)).map(decisionFromRow);
  }

  /** Takes a decision back; false when there was none of that id. */
  async removeDecision(id: number): Promise<boolean> {
    return (await this.db.query(`DELETE FROM decisions WHERE id = $1 RETURNING id`, [id])).length > 0;
  }

  /** A cheap key that changes whenever reports, their figures, observations or decisions change: counts, latest ingest or extraction, latest decision. */
  async stamp(): Promise<string> {
    // and a digest of what facts read of each report besides its figures (copy mark, publisher,
    // date, language, title): set in place by the copy pass and `add --publisher`, which move no count.
    // The reports are read once for all three (three scans were ~17 ms of CPU more in PGlite at 2,000).
    const [r] = await this.db.query<{ n: number; latest: string | Date | null; obs: number; dec: number; last: number | null; marks: string | null }>(
      `SELECT r.n, greatest(r.added, (SELECT max(extracted_at) FROM extractions)) AS latest, (SELECT count(*)::int FROM observations) AS obs,
              (SELECT count(*)::int FROM decisions) AS dec, (SELECT max(id)::int FROM decisions) AS last, r.marks
       FROM (SELECT count(*)::int AS n, max(added_at) AS added,
                    md5(string_agg(concat_ws(chr(31), id, coalesce(copy_of, ''), coalesce(publisher, ''), coalesce(published, ''), coalesce(language, ''), coalesce(title, '')), chr(30) ORDER BY id)) AS marks
             FROM reports) r`,
    );
    return `${r.n}|${r.latest ? new Date(r.latest).toISOString() : ""}|${r.obs}|${r.dec}|${r.last ?? ""}|${r.marks ?? ""}`;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

interface FiguresRow {
  figures: string;
  /** base64 */
  packed: string | null;
  report_id?: string;
  /** base64 */
  prep?: string | null;
}

interface DecisionRow {
  id: number;
  action: DecisionAction;
  figures: FigureKey[] | string;
  verdict: Verdict | null;
  reason: string | null;
  at: Date | string;
}

const decisionFromRow = (r: DecisionRow): Decision => ({
  id: Number(r.id),
  action: r.action,
  figures: figureKeys(r.figures),
  verdict: r.verdict,
  reason: r.reason,
  at: new Date(r.at).toISOString(),
});

/** A decision's figures read back, checked (a clear error instead of bad data flowing on). */
function figureKeys(data: FigureKey[] | string): FigureKey[] {
  const value: unknown = typeof data === "string" ? JSON.parse(data) : data;
  if (!isFigureKeys(value)) throw new Error("the store holds a decision's figures that do not fit their schema (a list of { source, start, end })");
  return value;
}

/** A stored report without its text: what a listing of many reports needs. */
export type ReportSummary = Pick<Report, "id" | "url" | "publisher" | "published" | "title" | "origin">;

/** A stored report whose figures are current, and what its extraction could not place. */
export interface ExtractedSummary extends ReportSummary {
  /** an undated report's relative dates its extraction could not place, as quoted; null when not recorded */
  unplaced: string[] | null;
}

/** The quotes kept in `extractions.unplaced` (a JSON array of strings), or null. */
function quotesOf(v: string | null): string[] | null {
  if (v == null) return null;
  try {
    const q = JSON.parse(v) as unknown;
    return Array.isArray(q) && q.every((x) => typeof x === "string") ? q : null;
  } catch {
    return null;
  }
}

/** A followed feed. */
export interface FeedRecord {
  url: string;
  title: string | null;
  checkedAt: string | null;
  lastError: string | null;
  /** items stored from it so far */
  items: number;
}

/**
 * Adds a report inside a transaction, or finds it: the same hash gives back the stored report
 * with `created: false`.
 */
async function insertReport(tx: Queryable, input: ReportInput): Promise<{ report: Report; created: boolean }> {
  const byHash = async () => (await tx.query<ReportRow>(`SELECT * FROM reports WHERE hash = $1`, [input.hash]))[0];
  const same = await byHash();
  if (same) return { report: fromRow(same), created: false };
  const base = input.id ?? defaultReportId(input.hash);
  // Two collections may both call a report "r01": keep both, the second under a suffixed id.
  // ON CONFLICT DO NOTHING: when another connection stores the same content (unique hash) or
  // takes the id at the same moment, the insert waits for it, becomes a no-op instead of aborting
  // this transaction, and the re-read below finds the winner.
  for (const id of [base, `${base}-${input.hash.slice(0, 6)}`, `${base}-${input.hash.slice(0, 16)}`]) {
    const rows = await tx.query<ReportRow>(
      `INSERT INTO reports (id, hash, url, publisher, published, language, title, text, origin, copy_of, note)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT DO NOTHING RETURNING *`,
      [id, input.hash, input.url, input.publisher, input.published, input.language, input.title, input.text, input.origin ?? null, input.copyOf ?? null, input.note ?? null],
    );
    if (rows.length) return { report: fromRow(rows[0]), created: true };
    const winner = await byHash();
    if (winner) return { report: fromRow(winner), created: false };
  }
  throw new Error(`report ${base}: every candidate id is taken by other content`);
}

/** Opens the store at --db / DOSSIER_DB / DATABASE_URL / ./.dossier. */
export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  return new Store(await openDb(opts));
}

/**
 * Stores reports' figures, recording the extractor that made them: one upsert for all (a report's
 * figures are one row, so concurrent writers of one report never collide: the last one stands).
 */
async function putFigures(tx: Queryable, db: Db, extractor: string, figures: PackedFigures[], published?: Map<string, string | null>): Promise<void> {
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

/**
 * Adds many reports inside a transaction, as `insertReport` would each: one query finds those
 * already stored, one inserts the others; the few that insert refuses (an id taken by other
 * content, a writer that got there first) go the one-by-one way.
 */
async function insertReports(tx: Queryable, db: Db, inputs: ReportInput[]): Promise<Array<{ report: Report; created: boolean }>> {
  const out: Array<{ report: Report; created: boolean } | null> = inputs.map(() => null);
  const known = new Map((await tx.query<ReportRow>(`SELECT * FROM reports WHERE hash = ANY($1)`, [inputs.map((i) => i.hash)])).map((r) => [r.hash, fromRow(r)]));
  const fresh: number[] = [];
  inputs.forEach((input, i) => {
    const r = known.get(input.hash);
    if (r) out[i] = { report: r, created: false };
    else fresh.push(i);
  });
  if (fresh.length) {
    const rows = fresh.map((i) => {
      const x = inputs[i];
      return { id: x.id ?? defaultReportId(x.hash), hash: x.hash, url: x.url ?? null, publisher: x.publisher ?? null, published: x.published ?? null, language: x.language ?? null, title: x.title ?? null, text: x.text, origin: x.origin ?? null, copy_of: x.copyOf ?? null, note: x.note ?? null };
    });
    // ON CONFLICT DO NOTHING: a row whose id or hash is taken (by another writer, or earlier in this
    // very batch) is skipped, not an error; it is stored below the careful way
    const added = await tx.query<{ id: string; hash: string; added_at: Date | string }>(
      `INSERT INTO reports (id, hash, url, publisher, published, language, title, text, origin, copy_of, note)
       SELECT id, hash, url, publisher, published, language, title, text, origin, copy_of, note
       FROM json_to_recordset($1::text::json) AS x(id text, hash text, url text, publisher text, published text, language text, title text, text text, origin text, copy_of text, note text)
       ON CONFLICT DO NOTHING RETURNING id, hash, added_at`,
      [bulkText(db, JSON.stringify(rows))],
    );
    const byHash = new Map(added.map((a) => [a.hash, a]));
    for (const [k, i] of fresh.entries()) {
      const a = byHash.get(inputs[i].hash);
      // the row that went in under this hash is this input's only if it took this input's id
      if (a && a.id === rows[k].id && !out.some((o) => o?.created && o.report.id === a.id)) out[i] = { report: fromRow({ ...rows[k], added_at: a.added_at }), created: true };
    }
  }
  for (let i = 0; i < inputs.length; i++) out[i] ??= await insertReport(tx, inputs[i]);
  return out as Array<{ report: Report; created: boolean }>;
}
