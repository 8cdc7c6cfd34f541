/**
 * `dossier update`: polls every followed feed and stores its new items, each item's page
 * fetched and read like `dossier add <url>`. An item is recorded as seen in the same
 * transaction that stores its report, so a failed or interrupted item is retried next time.
 * Safe from cron: PGlite takes a lock per process; on a Postgres server the item's primary
 * key lets only one of two racing updates store it.
 */
import type { CommandContext } from "../cli.js";
import { oneLine, progress } from "../io.js";
import { IngestError } from "../../ingest/errors.js";
import { fetchFeed, fetchReports, type FeedItem } from "../../ingest/web/index.js";
import { markCopies } from "../../ingest/web/copies.js";
import { mentionsOf, storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const allowPrivate = Boolean(ctx.options["allow-private"]);
  const store = await storeFrom(ctx);
  let added = 0;
  let failed = 0;
  try {
    const feeds = await store.listFeeds();
    if (!feeds.length) {
      ctx.io.err("no feeds followed yet: follow one with `dossier follow <feed-url>`");
      return 0;
    }
    for (const feed of feeds) {
      const errors: string[] = [];
      const fail = (msg: string) => {
        failed++;
        errors.push(msg);
        ctx.io.err(`error: ${oneLine(msg, 300)}`);
      };
      let items: FeedItem[];
      try {
        items = (await fetchFeed(feed.url, { allowPrivate })).items;
      } catch (e) {
        fail((e as Error).message);
        await store.feedChecked(feed.url, oneLine((e as Error).message, 300));
        continue;
      }
      const seen = await store.seenFeedItems(feed.url);
      const fresh = items.filter((it) => !seen.has(it.key));
      const withUrl = fresh.filter((it) => it.url);
      for (const it of fresh) if (!it.url) fail(`${feed.url}: item "${oneLine(it.title ?? it.key, 60)}" has no link`);
      const bar = progress(ctx.io, oneLine(feed.title ?? feed.url, 30), withUrl.length);
      const pages = await fetchReports(withUrl.map((it) => it.url!), { allowPrivate, onProgress: () => bar.tick() });
      bar.done();
      let fromFeed = 0;
      for (const [i, page] of pages.entries()) {
        const it = withUrl[i];
        if (page instanceof IngestError) {
          fail(`${page.message} (item of ${feed.url}; retried next update)`);
          continue;
        }
        try {
          // the page's own metadata first; the feed fills what the page does not say
          const input = { ...page, title: page.title ?? it.title, published: page.published ?? it.published };
          const out = await store.addFeedItem(feed.url, it.key, input);
          if (!out) continue; // another update stored it first
          await mentionsOf(out.report, store);
          if (out.created) {
            added++;
            fromFeed++;
          }
          if (ctx.options.json) ctx.io.out(JSON.stringify({ feed: feed.url, id: out.report.id, created: out.created, url: out.report.url, title: out.report.title, published: out.report.published }));
          else ctx.io.err(`${out.created ? "added" : "already in the store"}  ${out.report.id}  ${oneLine(out.report.title ?? out.report.url, 70)}`);
        } catch (e) {
          fail(`${it.url}: ${(e as Error).message} (item of ${feed.url}; retried next update)`);
        }
      }
      await store.feedChecked(feed.url, errors.length ? oneLine(errors[0], 300) : null);
      if (!ctx.options.json) ctx.io.err(`${feed.url}: ${fresh.length} new item${fresh.length === 1 ? "" : "s"}, ${fromFeed} added`);
    }
    if (added) {
      const copies = await markCopies(store);
      if (copies) ctx.io.err(`${copies} report${copies === 1 ? "" : "s"} newly marked as copies (see \`dossier reports\`)`);
    }
  } finally {
    await store.close();
  }
  ctx.io.err(`${added} added, ${failed} failed`);
  return failed ? 1 : 0;
}
