/**
 * Following feeds and fetching their new items.
 *
 * `updateFeeds` is safe from cron: the store is opened only to read what is followed and, after
 * the fetching, to write; the network part holds no lock, so a second update (or any other
 * command) waits seconds, not minutes. Each item's report and its "seen" mark are stored in one
 * transaction, so a failed or interrupted item is retried next time; two updates racing for one
 * item store it once (the item's primary key).
 * @module
 */
import type { FeedItem } from "../ingest/web/index.js";
import type { Report, ReportInput } from "../types.js";
import { markCopies } from "./copies.js";
import { keepFactsCurrent } from "./reconciled.js";
import { mentionsOf } from "./reports.js";
import { BULK, withStore } from "./store.js";
import { oneLine } from "./text.js";

export interface FollowEvents {
  /** a feed could not be read (the message names it) */
  onError?: (message: string) => void;
  onFollowed?: (feed: { url: string; title: string | null; items: number; created: boolean }) => void;
}

/** Follows feeds: each is read first, so that only real feeds are followed. Returns how many failed. */
export async function followFeeds(db: string | undefined, urls: string[], opts: FollowEvents & { allowPrivate?: boolean } = {}): Promise<{ followed: number; failed: number }> {
  const { checkUrl, fetchFeed } = await import("../ingest/web/index.js");
  let failed = 0;
  const found: Array<{ url: string; title: string | null; items: number }> = [];
  for (const arg of urls) {
    try {
      const feed = await fetchFeed(checkUrl(arg, true).href, { allowPrivate: Boolean(opts.allowPrivate) });
      // the feed's own address: after redirects, or the feed a web page announces
      found.push({ url: feed.url, title: feed.title, items: feed.items.length });
    } catch (e) {
      failed++;
      const msg = (e as Error).message;
      opts.onError?.(msg.startsWith(arg) ? msg : `${arg}: ${msg}`);
    }
  }
  if (found.length)
    await withStore(db, async (store) => {
      for (const f of found) {
        const { created } = await store.feeds.addFeed(f.url, f.title);
        opts.onFollowed?.({ ...f, created });
      }
    });
  return { followed: found.length, failed };
}

export interface UpdateEvents {
  /** something failed (a feed, an item); the message says what and whether it is retried */
  onError?: (message: string) => void;
  /** the new items of one feed are about to be fetched (for a progress bar) */
  onFetching?: (feed: { url: string; title: string | null }, total: number) => void;
  onFetched?: () => void;
  onFetchDone?: () => void;
  /** an item's report was stored (`created`) or found already there */
  onReport?: (feedUrl: string, report: Report, created: boolean) => void;
  /** a feed read without error: how many items were new, how many reports added */
  onFeedDone?: (feedUrl: string, fresh: number, added: number) => void;
  /** a feed not asked this time (its host is resting after errors) */
  onSkip?: (feedUrl: string, why: string) => void;
}

export interface UpdateOptions extends UpdateEvents {
  allowPrivate?: boolean;
  /** after errors, leave a host alone for this long, doubling per error running (`run`; default 0: always ask) */
  hostBackoffMs?: number;
}

interface Polled {
  url: string;
  title: string | null;
  /** why the feed itself could not be read */
  error: string | null;
  /** new items whose page was read */
  pages: Array<{ item: FeedItem; input: ReportInput }>;
  /** new items that failed (retried next update) */
  failures: string[];
  fresh: number;
  /** validators for the next conditional request */
  etag: string | null;
  lastModified: string | null;
}

/** Fetches the new items of every followed feed and stores them; `feeds` is 0 when none is followed. */
export async function updateFeeds(db: string | undefined, opts: UpdateOptions = {}): Promise<{ feeds: number; added: number; failed: number; copies: number }> {
  const { IngestError } = await import("../ingest/index.js");
  const { fetchFeed, fetchReports } = await import("../ingest/web/index.js");
  const allowPrivate = Boolean(opts.allowPrivate);
  let failed = 0;
  const fail = (msg: string) => {
    failed++;
    opts.onError?.(msg);
    return msg;
  };

  // 1. what is followed, and what of it is stored already
  const { restingFeeds } = await import("../newsletter/index.js");
  const followed = await withStore(db, async (store) => {
    const state = await store.runner.feeds();
    const resting = opts.hostBackoffMs ? restingFeeds(state, opts.hostBackoffMs, new Date()) : new Set<string>();
    const out: Array<{ url: string; title: string | null; seen: Set<string>; etag: string | null; lastModified: string | null; resting: boolean }> = [];
    for (const f of state) out.push({ url: f.url, title: f.title, seen: await store.feeds.seenFeedItems(f.url), etag: f.etag, lastModified: f.lastModified, resting: resting.has(f.url) });
    return out;
  });
  if (!followed.length) return { feeds: 0, added: 0, failed: 0, copies: 0 };

  // 2. the network, with no store open
  const polled: Polled[] = [];
  for (const feed of followed) {
    if (feed.resting) {
      opts.onSkip?.(feed.url, "its host is resting after errors; asked again later");
      continue;
    }
    const p: Polled = { url: feed.url, title: feed.title, error: null, pages: [], failures: [], fresh: 0, etag: null, lastModified: null };
    polled.push(p);
    let items: FeedItem[];
    try {
      // conditional: a feed unchanged since the last poll answers 304 and costs nothing
      const got = await fetchFeed(feed.url, { allowPrivate, validators: { etag: feed.etag, lastModified: feed.lastModified } });
      items = got.items;
      p.etag = got.etag;
      p.lastModified = got.lastModified;
    } catch (e) {
      p.error = fail((e as Error).message);
      continue;
    }
    const fresh = items.filter((it) => !feed.seen.has(it.key));
    p.fresh = fresh.length;
    for (const it of fresh) if (!it.url) p.failures.push(fail(`${feed.url}: item "${oneLine(it.title ?? it.key, 60)}" has no link`));
    const withUrl = fresh.filter((it) => it.url);
    opts.onFetching?.(feed, withUrl.length);
    const pages = await fetchReports(
      withUrl.map((it) => it.url!),
      { allowPrivate, onProgress: () => opts.onFetched?.() },
    );
    opts.onFetchDone?.();
    pages.forEach((page, i) => {
      const item = withUrl[i];
      if (page instanceof IngestError) p.failures.push(fail(`${page.message} (item of ${feed.url}; retried next update)`));
      // the page's own metadata first; the feed fills what the page does not say
      else p.pages.push({ item, input: { ...page, title: page.title ?? item.title, published: page.published ?? item.published } });
    });
  }

  // 3. the writes: each item's report and its "seen" mark in one transaction
  return withStore(db, async (store) => {
    let added = 0;
    for (const p of polled) {
      let fromFeed = 0;
      for (const { item, input } of p.pages) {
        try {
          const out = await store.feeds.addFeedItem(p.url, item.key, input);
          if (!out) continue; // another update stored it first
          // a separate step: if it fails, the report stays whole and is extracted again later
          await mentionsOf(out.report, store);
          if (out.created) {
            added++;
            fromFeed++;
          }
          opts.onReport?.(p.url, out.report, out.created);
        } catch (e) {
          p.failures.push(fail(`${item.url}: ${(e as Error).message} (item of ${p.url}; retried next update)`));
        }
      }
      // a feed that cannot be read lengthens its error streak (three running: an alert); a failed item does not
      await store.runner.feedPolled(p.url, { error: p.error ? oneLine(p.error, 300) : null, note: p.failures[0] ? oneLine(p.failures[0], 300) : null, etag: p.etag, lastModified: p.lastModified });
      if (!p.error) opts.onFeedDone?.(p.url, p.fresh, fromFeed);
    }
    // wire copies and reposts: grouped so that reconciliation counts each story once
    const copies = added ? await markCopies(store) : 0;
    // the facts kept current (the new reports' alone, mostly; the whole store after a bulk of them):
    // this runs unattended (cron, `run`), so the analyst's next brief or page only reads them
    if (added) await keepFactsCurrent(store, { whole: added >= BULK });
    return { feeds: followed.length, added, failed, copies };
  });
}
