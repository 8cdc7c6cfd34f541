/**
 * A work queue in the store: jobs (fetch a URL, extract a report, recompute a story's facts) that
 * any number of stateless workers claim with `FOR UPDATE SKIP LOCKED`: two workers never get the
 * same job, and none waits on another's. The building block of the firehose design in the README
 * ("Scaling"); nothing in the CLI queues jobs yet.
 * @module
 */
import type { Queryable } from "./db.js";

export type JobState = "queued" | "running" | "done" | "failed";

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  /** the worker that claimed it last */
  lockedBy: string | null;
  lastError: string | null;
}

interface JobRow {
  id: number | string;
  kind: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  locked_by: string | null;
  last_error: string | null;
}

const fromRow = (r: JobRow): Job => ({
  id: Number(r.id),
  kind: r.kind,
  payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload,
  state: r.state,
  attempts: r.attempts,
  lockedBy: r.locked_by,
  lastError: r.last_error,
});

export class JobStore {
  constructor(private readonly db: Queryable) {}

  /** Queues jobs of one kind; returns their ids. */
  async enqueue(kind: string, payloads: unknown[]): Promise<number[]> {
    if (!payloads.length) return [];
    const rows = await this.db.query<{ id: number | string }>(
      `INSERT INTO jobs (kind, payload) SELECT $1, p FROM jsonb_array_elements($2::jsonb) AS p RETURNING id`,
      [kind, JSON.stringify(payloads)],
    );
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }

  /**
   * Claims up to `limit` queued jobs of a kind that are due, oldest first, for `worker`. Rows another
   * worker is claiming at this moment are skipped, not waited for.
   */
  async claim(kind: string, worker: string, limit = 1): Promise<Job[]> {
    const rows = await this.db.query<JobRow>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $2, locked_at = now()
       WHERE id IN (SELECT id FROM jobs WHERE kind = $1 AND state = 'queued' AND run_after <= now()
                    ORDER BY run_after, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [kind, worker, limit],
    );
    return rows.map(fromRow).sort((a, b) => a.id - b.id);
  }

  /** A claimed job is done. */
  async complete(id: number): Promise<void> {
    await this.db.query(`UPDATE jobs SET state = 'done', locked_at = NULL, last_error = NULL WHERE id = $1`, [id]);
  }

  /** A claimed job failed: queued again after `retryMs` while it has had fewer than `maxAttempts`, else failed for good. */
  async fail(id: number, error: string, opts: { retryMs?: number; maxAttempts?: number } = {}): Promise<void> {
    await this.db.query(
      `UPDATE jobs SET state = CASE WHEN attempts < $3 THEN 'queued' ELSE 'failed' END,
              run_after = now() + make_interval(secs => $4::double precision / 1000), locked_at = NULL, last_error = $2
       WHERE id = $1`,
      [id, error, opts.maxAttempts ?? 5, opts.retryMs ?? 60_000],
    );
  }

  /** Jobs claimed more than `staleMs` ago and never finished (their worker died) go back to the queue. */
  async requeueStale(staleMs: number): Promise<number> {
    const rows = await this.db.query(
      `UPDATE jobs SET state = 'queued', locked_at = NULL WHERE state = 'running' AND locked_at < now() - make_interval(secs => $1::double precision / 1000) RETURNING id`,
      [staleMs],
    );
    return rows.length;
  }

  /** How many jobs of a kind are in each state. */
  async counts(kind: string): Promise<Record<JobState, number>> {
    const rows = await this.db.query<{ state: JobState; n: number }>(`SELECT state, count(*)::int AS n FROM jobs WHERE kind = $1 GROUP BY state`, [kind]);
    const out: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }
}
