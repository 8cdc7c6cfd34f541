/**
 * The dossier's store: reports, their mentions, and whatever later stages keep.
 * Thin: SQL in, plain data out. Works the same on PGlite and on a Postgres server. `Store` holds
 * reports, their figures, observations and decisions; the rest lives in a store of its own that
 * `Store` holds: kept derived data (derived.ts), followed feeds (feeds.ts), the newsletter, the
 * runner's state and the work queue. Rows and helpers: reports.ts, figures.ts, read-back.ts, reclaim.ts.
 * @module
 */
import type { Decision, DecisionAction, FigureKey, Mention, Observation, Report, ReportInput, Verdict } from "../types.js";
import { isFigureKeys, isMentionList } from "../check.js";
import { bulkText, openDb, type Db, type OpenOptions } from "./db.js";
import { NewsletterStore } from "./newsletter.js";
import { RunnerStore } from "./runner.js";
import { JobStore } from "./jobs.js";
import { DerivedStore } from "./derived.js";
import { FeedStore } from "./feeds.js";
import { packFigures, putFigures, repackFigures, unpackManyBytes, unpackManyFigures, type PackedFigures } from "./figures.js";
import { fromRow, insertReport, insertReports, jsonRows, type ReportRow } from "./reports.js";
import { readBack, storedSchemas } from "./read-back.js";
import { reclaim, type ReclaimTable } from "./reclaim.js";

export { openDb, migrate, prefetchStore, resolveLocation, describeHolder, storeFolder, lockWaitFile, tablesBytes, isServer, alive, type Db, type LockHolder, type OpenOptions, type Queryable } from "./db.js";
export { NewsletterStore, type Subscriber, type SubscriberState, type IssueRecord, type Delivery, type DeliveryStatus } from "./newsletter.js";
export { RunnerStore, type RunnerHolder, type FeedState, type SavedSite } from "./runner.js";
export { JobStore, type Job, type JobState } from "./jobs.js";
export { packFigures, type PackedFigures } from "./figures.js";
export { DerivedStore, type PartsFilter } from "./derived.js";
export { FeedStore, type FeedRecord } from "./feeds.js";
export { defaultReportId } from "./reports.js";
export type { ReclaimTable } from "./reclaim.js";

export class Store {
  /** subscribers, issues and deliveries of the newsletter */
  readonly newsletter: NewsletterStore;
  /** the runner lock, feed health, saved sites */
  readonly runner: RunnerStore;
  /** the work queue many workers claim from */
  readonly jobs: JobStore;
  /** data derived from the store and kept (the reconciled facts) */
  readonly derived: DerivedStore;
  /** followed feeds and their items already stored */
  readonly feeds: FeedStore;
  constructor(readonly db: Db) {
    this.newsletter = new NewsletterStore(db);
    this.runner = new RunnerStore(db);
    this.jobs = new JobStore(db);
    this.derived = new DerivedStore(db);
    this.feeds = new FeedStore(db);
  }

  /**
   * Adds a report, or finds it: the same original bytes (hash) give back the stored report
   * with `created: false`. One transaction: a failure leaves nothing behind.
   */
  async addReport(input: ReportInput): Promise<{ report: Report; created: boolean }> {
    return this.db.transaction((tx) => insertReport(tx, input));
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

  /** Vacuums those of the tables that rewrites and removals left grown past their live rows (reclaim.ts). */
  async reclaim(tables: ReclaimTable[]): Promise<void> {
    await reclaim(this.db, tables);
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

/** Opens the store at --db / DOSSIER_DB / DATABASE_URL / ./.dossier. */
export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  return new Store(await openDb(opts));
}
