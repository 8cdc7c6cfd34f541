/**
 * `dossier extract`: figures of files and folders (read directly, no store needed)
 * or of reports already in the store (by id).
 */
import { figuresOf } from "../../app/figures.js";
import { formatValue, plural } from "../../publish/index.js";
import type { CommandContext } from "../cli.js";
import { oneLine, progress, table, untitled } from "../io.js";
import { dbOf, printError } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  let bar: ReturnType<typeof progress> | null = null;
  const { results, failed } = await figuresOf(ctx.args, {
    db: dbOf(ctx),
    onError: printError(ctx),
    onExtracting: (total) => (bar = total > 1 ? progress(ctx.io, "extracting", total) : null),
    onExtracted: () => bar?.tick(),
  });
  (bar as ReturnType<typeof progress> | null)?.done();
  for (const { report, mentions } of results) {
    if (ctx.options.json) {
      for (const m of mentions) ctx.io.out(JSON.stringify(m));
      continue;
    }
    ctx.io.out(`== ${report.id}  ${oneLine(report.title ?? untitled(report.origin), 60)}  (${plural(mentions.length, "figure")})`);
    // values as the briefing writes them ("1.2 km", "end of 2026 (Oct–Dec 2026)", "about 300 vehicles per day"), its qualifier in them
    const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.kind, oneLine(m.text, 30), oneLine(formatValue(m), 40), oneLine(m.subject ?? "", 30), oneLine(m.speaker ?? "", 24)]);
    for (const line of table(rows, ["at", "kind", "text", "value", "subject", "speaker"])) ctx.io.out(line);
  }
  return failed ? 1 : 0;
}
