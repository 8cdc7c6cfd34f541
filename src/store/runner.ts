/**
 * What `dossier run` keeps: the one-runner lock (who holds it, since when, last heartbeat),
 * each followed feed's HTTP validators and error streak, and the watched sites saved with
 * `dossier watch --save`.
 * @module
 */
import type { Queryable } from "./db.js";

export interface RunnerHolder {
  holder: string;
  pid: number;
  host: string;
  startedAt: string;
  heartbeatAt: string;
}

export interface FeedState {
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  errors: number;
  failingSince: string | null;
  lastError: string | null;
  checkedAt: string | null;
  /** each stored item's time: its report's publication day, else when it was first seen (ISO) */
  itemTimes: string[];
}

export interface SavedSite {
  name: string;
  /** the options of `dossier watch` (aoi, axis, stac, max-cloud, out...), as given */
  spec: Record<string, unknown>;
  everyHours: number;
  lastRun: string | null;
  lastError: string | null;
}

const iso = (v: Date | string | null) => (v == null ? null : new Date(v).toISOString());

export class RunnerStore {
  constructor(private readonly db: Queryable) {}

  /**
   * Takes the runner lock unless a live runner holds it. A holder is dead when its heartbeat is
   * older than `staleMs`, or when it ran on this host and its process is gone (`alive`).
   * Returns null when taken, else the holder that keeps it.
   */
  async acquire(me: { holder: string; pid: number; host: string }, staleMs: number, alive: (pid: number) => boolean): Promise<RunnerHolder | null> {
    for (let tries = 0; tries < 3; tries++) {
      const taken = await this.db.query(`INSERT INTO runner_lock (name, holder, pid, host) VALUES ('run', $1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING name`, [me.holder, me.pid, me.host]);
      if (taken.length) return null;
      const cur = await this.holder();
      if (!cur) continue;
      if (cur.holder === me.holder) return null;
      const stale = Date.now() - Date.parse(cur.heartbeatAt) > staleMs || (cur.host === me.host && !alive(cur.pid));
      if (!stale) return cur;
      // take it over only if it is still the holder we judged dead
      const over = await this.db.query(
        `UPDATE runner_lock SET holder = $1, pid = $2, host = $3, started_at = now(), heartbeat_at = now() WHERE name = 'run' AND holder = $4 RETURNING name`,
        [me.holder, me.pid, me.host, cur.holder],
      );
      if (over.length) return null;
    }
    return this.holder();
  }

  async holder(): Promise<RunnerHolder | null> {
    const rows = await this.db.query<{ holder: string; pid: number; host: string; started_at: Date | string; heartbeat_at: Date | string }>(`SELECT * FROM runner_lock WHERE name = 'run'`);
    const r = rows[0];
    return r ? { holder: r.holder, pid: Number(r.pid), host: r.host, startedAt: iso(r.started_at)!, heartbeatAt: iso(r.heartbeat_at)! } : null;
  }

  /** Says the holder is alive; false when it lost the lock (taken over as stale). */
  async heartbeat(holder: string): Promise<boolean> {
    return (await this.db.query(`UPDATE runner_lock SET heartbeat_at = now() WHERE name = 'run' AND holder = $1 RETURNING name`, [holder])).length > 0;
  }

  async release(holder: string): Promise<void> {
    await this.db.query(`DELETE FROM runner_lock WHERE name = 'run' AND holder = $1`, [holder]);
  }

  /** Every followed feed with its validators, error streak and item times. */
  async feeds(): Promise<FeedState[]> {
    const rows = await this.db.query<{ url: string; title: string | null; etag: string | null; last_modified: string | null; errors: number; failing_since: Date | string | null; last_error: string | null; checked_at: Date | string | null }>(
      `SELECT url, title, etag, last_modified, errors, failing_since, last_error, checked_at FROM feeds ORDER BY added_at, url`,
    );
    const times = await this.db.query<{ feed_url: string; t: string | null; seen_at: Date | string }>(
      `SELECT i.feed_url, r.published AS t, i.seen_at FROM feed_items i LEFT JOIN reports r ON r.id = i.report_id`,
    );
    const byFeed = new Map<string, string[]>();
    for (const t of times) {
      const when = t.t && /^\d{4}-\d{2}-\d{2}$/.test(t.t) ? `${t.t}T00:00:00.000Z` : iso(t.seen_at)!;
      (byFeed.get(t.feed_url) ?? byFeed.set(t.feed_url, []).get(t.feed_url)!).push(when);
    }
    return rows.map((r) => ({
      url: r.url,
      title: r.title,
      etag: r.etag,
      lastModified: r.last_modified,
      errors: Number(r.errors),
      failingSince: iso(r.failing_since),
      lastError: r.last_error,
      checkedAt: iso(r.checked_at),
      itemTimes: byFeed.get(r.url) ?? [],
    }));
  }

  /**
   * Records a poll: an error lengthens the streak (and starts it), a success ends it and keeps
   * the validators for the next conditional request (null validators keep the old ones: a 304).
   */
  async feedPolled(url: string, r: { error: string | null; note?: string | null; etag?: string | null; lastModified?: string | null }): Promise<void> {
    if (r.error)
      await this.db.query(`UPDATE feeds SET checked_at = now(), last_error = $2, errors = errors + 1, failing_since = coalesce(failing_since, now()) WHERE url = $1`, [url, r.error.slice(0, 500)]);
    else
      // an item that failed (`note`) is retried next time; the feed itself answered, so its streak ends
      await this.db.query(
        `UPDATE feeds SET checked_at = now(), last_error = $4, errors = 0, failing_since = NULL, etag = coalesce($2, etag), last_modified = coalesce($3, last_modified) WHERE url = $1`,
        [url, r.etag ?? null, r.lastModified ?? null, r.note?.slice(0, 500) ?? null],
      );
  }

  async saveSite(name: string, spec: Record<string, unknown>, everyHours: number): Promise<void> {
    await this.db.query(
      `INSERT INTO watched_sites (name, spec, every_hours) VALUES ($1, $2::jsonb, $3) ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec, every_hours = EXCLUDED.every_hours`,
      [name, JSON.stringify(spec), everyHours],
    );
  }

  async sites(): Promise<SavedSite[]> {
    const rows = await this.db.query<{ name: string; spec: unknown; every_hours: number; last_run: Date | string | null; last_error: string | null }>(`SELECT * FROM watched_sites ORDER BY name`);
    return rows.map((r) => ({ name: r.name, spec: (typeof r.spec === "string" ? JSON.parse(r.spec) : r.spec) as Record<string, unknown>, everyHours: Number(r.every_hours), lastRun: iso(r.last_run), lastError: r.last_error }));
  }

  async siteRan(name: string, error: string | null): Promise<void> {
    await this.db.query(`UPDATE watched_sites SET last_run = now(), last_error = $2 WHERE name = $1`, [name, error?.slice(0, 500) ?? null]);
  }
}
