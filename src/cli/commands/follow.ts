/** `dossier follow`: follow RSS, Atom or RDF feeds; `dossier update` then fetches their new items. */
import { followFeeds } from "../../app/feeds.js";
import type { CommandContext } from "../cli.js";
import { oneLine } from "../io.js";
import { dbOf } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const { followed, failed } = await followFeeds(dbOf(ctx), ctx.args, {
    allowPrivate: Boolean(ctx.options["allow-private"]),
    onError: (msg) => ctx.io.err(`error: ${oneLine(msg, 300)}`),
    onFollowed: (f) => {
      if (ctx.options.json) ctx.io.out(JSON.stringify(f));
      else ctx.io.err(`${f.created ? "following" : "already following"}  ${f.url}  ${oneLine(f.title ?? "", 50)} (${f.items} items now)`);
    },
  });
  if (followed) ctx.io.err("run `dossier update` to fetch the items");
  return failed ? 1 : 0;
}
