/** `dossier show <id>`: one report's metadata and text. */
import { eachStoredReport } from "../../app/figures.js";
import type { CommandContext } from "../cli.js";
import { printable, where } from "../io.js";
import { dbOf } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  // with --json, the mentions too (re-extracted when the stored ones were made by an older extractor)
  await eachStoredReport(dbOf(ctx), ctx.args, Boolean(ctx.options.json), ({ report: r, mentions }) => {
    if (ctx.options.json) {
      ctx.io.out(JSON.stringify({ ...r, mentions }));
      return;
    }
    for (const [k, v] of Object.entries({ id: r.id, title: r.title, publisher: r.publisher, published: r.published ?? "date unknown", language: r.language, url: r.url, origin: r.origin && where(r.origin), "copy of": r.copyOf, added: r.addedAt, sha256: r.hash }))
      if (v != null) ctx.io.out(`${k.padEnd(10)} ${printable(String(v).replace(/\s+/g, " "))}`);
    ctx.io.out("");
    ctx.io.out(printable(r.text));
  });
  return 0;
}
