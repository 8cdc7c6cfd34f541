/**
 * Reports as rows: a row read back into a `Report`, and reports added in a transaction (one, or
 * many in a few statements), found again by their content's hash.
 * @module
 */
import type { Report, ReportInput } from "../types.js";
import { bulkText, type Db, type Queryable } from "./db.js";

export interface ReportRow {
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
export async function jsonRows<T>(db: Queryable, sql: string): Promise<T[]> {
  const [row] = await db.query<{ j: string | null }>(sql);
  return row?.j ? (JSON.parse(row.j) as T[]) : [];
}

export const fromRow = (r: ReportRow): Report => ({
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

/** The id a report gets when its input has none: derived from its content, so re-adding finds it. */
export const defaultReportId = (hash: string) => `h${hash.slice(0, 10)}`;

/**
 * Adds a report inside a transaction, or finds it: the same hash gives back the stored report
 * with `created: false`.
 */
export async function insertReport(tx: Queryable, input: ReportInput): Promise<{ report: Report; created: boolean }> {
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

/**
 * Adds many reports inside a transaction, as `insertReport` would each: one query finds those
 * already stored, one inserts the others; the few that insert refuses (an id taken by other
 * content, a writer that got there first) go the one-by-one way.
 */
export async function insertReports(tx: Queryable, db: Db, inputs: ReportInput[]): Promise<Array<{ report: Report; created: boolean }>> {
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
