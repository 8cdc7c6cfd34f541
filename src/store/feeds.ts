/**
 * Followed feeds and the items of each already stored.
 * @module
 */
import type { Report, ReportInput } from "../types.js";
import type { Db } from "./db.js";
import { insertReport } from "./reports.js";

/** A followed feed. */
export interface FeedRecord {
  url: string;
  title: string | null;
  checkedAt: string | null;
  lastError: string | null;
  /** items stored from it so far */
  items: number;
}

export class FeedStore {
  constructor(private readonly db: Db) {}

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
}
