/** `dossier reports`: list the stored reports. */
import { listReports } from "../../app/figures.js";
import type { CommandContext } from "../cli.js";
import { oneLine, table, untitled } from "../io.js";
import { dbOf } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const reports = await listReports(dbOf(ctx));
  if (ctx.options.json) {
    for (const r of reports) {
      const { text, ...meta } = r;
      ctx.io.out(JSON.stringify({ ...meta, chars: text.length }));
    }
    return 0;
  }
  if (!reports.length) {
    ctx.io.err("no reports yet: add some with `dossier add <path|url>`");
    return 0;
  }
  const rows = reports.map((r) => [r.id, r.published ?? "date unknown", oneLine(r.publisher ?? "-", 28), oneLine(r.title ?? untitled(r.origin), 60) + (r.copyOf ? `  (copy of ${r.copyOf})` : "")]);
  for (const line of table(rows, ["id", "published", "publisher", "title"])) ctx.io.out(line);
  return 0;
}
