/** `dossier follow`: follow RSS, Atom or RDF feeds; `dossier update` then fetches their new items. */
import type { CommandContext } from "../cli.js";
import { oneLine } from "../io.js";
import { fetchFeed, checkUrl } from "../../ingest/web/index.js";
import { storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const allowPrivate = Boolean(ctx.options["allow-private"]);
  let failed = 0;
  const found: Array<{ url: string; title: string | null; items: number }> = [];
  // read each feed first, so that only real feeds are followed
  for (const arg of ctx.args) {
    try {
      const feed = await fetchFeed(checkUrl(arg, true).href, { allowPrivate });
      // the feed's own address: after redirects, or the feed a web page announces
      found.push({ url: feed.url, title: feed.title, items: feed.items.length });
    } catch (e) {
      failed++;
      ctx.io.err(`error: ${oneLine((e as Error).message.startsWith(arg) ? (e as Error).message : `${arg}: ${(e as Error).message}`, 300)}`);
    }
  }
  if (found.length) {
    const store = await storeFrom(ctx);
    try {
      for (const f of found) {
        const { created } = await store.addFeed(f.url, f.title);
        if (ctx.options.json) ctx.io.out(JSON.stringify({ ...f, created }));
        else ctx.io.err(`${created ? "following" : "already following"}  ${f.url}  ${oneLine(f.title ?? "", 50)} (${f.items} items now)`);
      }
    } finally {
      await store.close();
    }
    ctx.io.err("run `dossier update` to fetch the items");
  }
  return failed ? 1 : 0;
}
