/**
 * `dossier update`: polls every followed feed and stores its new items, each item's page
 * fetched and read like `dossier add <url>`. Safe from cron (see src/app/feeds.ts).
 */
import { updateFeeds } from "../../app/feeds.js";
import type { CommandContext } from "../cli.js";
import { oneLine, progress } from "../io.js";
import { dbOf } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  let bar: ReturnType<typeof progress> | null = null;
  const out = await updateFeeds(dbOf(ctx), {
    allowPrivate: Boolean(ctx.options["allow-private"]),
    onError: (msg) => ctx.io.err(`error: ${oneLine(msg, 300)}`),
    onFetching: (feed, total) => (bar = progress(ctx.io, oneLine(feed.title ?? feed.url, 30), total)),
    onFetched: () => bar?.tick(),
    onFetchDone: () => bar?.done(),
    onReport: (feed, report, created) => {
      if (ctx.options.json) ctx.io.out(JSON.stringify({ feed, id: report.id, created, url: report.url, title: report.title, published: report.published }));
      else ctx.io.err(`${created ? "added" : "already in the store"}  ${report.id}  ${oneLine(report.title ?? report.url, 70)}`);
    },
    onFeedDone: (feed, fresh, added) => {
      if (!ctx.options.json) ctx.io.err(`${feed}: ${fresh} new item${fresh === 1 ? "" : "s"}, ${added} added`);
    },
  });
  if (!out.feeds) {
    ctx.io.err("no feeds followed yet: follow one with `dossier follow <feed-url>`");
    return 0;
  }
  if (out.copies) ctx.io.err(`${out.copies} report${out.copies === 1 ? "" : "s"} newly marked as copies (see \`dossier reports\`)`);
  ctx.io.err(`${out.added} added, ${out.failed} failed`);
  return out.failed ? 1 : 0;
}
