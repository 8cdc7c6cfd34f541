/**
 * `dossier update`: polls every followed feed and stores its new items, each item's page
 * fetched and read like `dossier add <url>`. An item is recorded as seen in the same
 * transaction that stores its report, so a failed or interrupted item is retried next time.
 *
 * Safe from cron: the store is opened only to read what is followed and, after the fetching,
 * to write; the network part holds no lock, so a second `update` (or any other command) waits
 * seconds, not minutes. Two updates racing for one item store it once (the item's primary key).
 */
import type { CommandContext } from "../cli.js";
import { oneLine, progress } from "../io.js";
import { IngestError } from "../../ingest/errors.js";
import { fetchFeed, fetchReports, type FeedItem } from "../../ingest/web/index.js";
import { markCopies } from "../../ingest/web/copies.js";
import type { ReportInput } from "../../types.js";
import { mentionsOf, storeFrom } from "./shared.js";

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
}

export async function run(ctx: CommandContext): Promise<number> {
  const allowPrivate = Boolean(ctx.options["allow-private"]);
  let failed = 0;
  const fail = (msg: string) => {
    failed++;
    ctx.io.err(`error: ${oneLine(msg, 300)}`);
    return msg;
  };

  // 1. what is followed, and what of it is stored already
  const followed: Array<{ url: string; title: string | null; seen: Set<string> }> = [];
  {
    const store = await storeFrom(ctx);
    try {
      for (const f of await store.listFeeds()) followed.push({ url: f.url, title: f.title, seen: await store.seenFeedItems(f.url) });
    } finally {
      await store.close();
    }
  }
  if (!followed.length) {
    ctx.io.err("no feeds followed yet: follow one with `dossier follow <feed-url>`");
    return 0;
  }

  // 2. the network, with no store open
  const polled: Polled[] = [];
  for (const feed of followed) {
    const p: Polled = { url: feed.url, title: feed.title, error: null, pages: [], failures: [], fresh: 0 };
    polled.push(p);
    let items: FeedItem[];
    try {
      items = (await fetchFeed(feed.url, { allowPrivate })).items;
    } catch (e) {
      p.error = fail((e as Error).message);
      continue;
    }
    const fresh = items.filter((it) => !feed.seen.has(it.key));
    p.fresh = fresh.length;
    for (const it of fresh) if (!it.url) p.failures.push(fail(`${feed.url}: item "${oneLine(it.title ?? it.key, 60)}" has no link`));
    const withUrl = fresh.filter((it) => it.url);
    const bar = progress(ctx.io, oneLine(feed.title ?? feed.url, 30), withUrl.length);
    const pages = await fetchReports(
      withUrl.map((it) => it.url!),
      { allowPrivate, onProgress: () => bar.tick() },
    );
    bar.done();
    pages.forEach((page, i) => {
      const item = withUrl[i];
      if (page instanceof IngestError) p.failures.push(fail(`${page.message} (item of ${feed.url}; retried next update)`));
      // the page's own metadata first; the feed fills what the page does not say
      else p.pages.push({ item, input: { ...page, title: page.title ?? item.title, published: page.published ?? item.published } });
    });
  }

  // 3. the writes: each item's report and its "seen" mark in one transaction
  let added = 0;
  const store = await storeFrom(ctx);
  try {
    for (const p of polled) {
      let fromFeed = 0;
      for (const { item, input } of p.pages) {
        try {
          const out = await store.addFeedItem(p.url, item.key, input);
          if (!out) continue; // another update stored it first
          // a separate step: if it fails, the report stays whole and is extracted again later
          await mentionsOf(out.report, store);
          if (out.created) {
            added++;
            fromFeed++;
          }
          if (ctx.options.json) ctx.io.out(JSON.stringify({ feed: p.url, id: out.report.id, created: out.created, url: out.report.url, title: out.report.title, published: out.report.published }));
          else ctx.io.err(`${out.created ? "added" : "already in the store"}  ${out.report.id}  ${oneLine(out.report.title ?? out.report.url, 70)}`);
        } catch (e) {
          p.failures.push(fail(`${item.url}: ${(e as Error).message} (item of ${p.url}; retried next update)`));
        }
      }
      const problem = p.error ?? p.failures[0] ?? null;
      await store.feedChecked(p.url, problem ? oneLine(problem, 300) : null);
      if (!p.error && !ctx.options.json) ctx.io.err(`${p.url}: ${p.fresh} new item${p.fresh === 1 ? "" : "s"}, ${fromFeed} added`);
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
