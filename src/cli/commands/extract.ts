/**
 * `dossier extract`: figures of files and folders (read directly, no store needed)
 * or of reports already in the store (by id).
 */
import { figuresOf } from "../../app/figures.js";
import { plural } from "../../publish/index.js";
import type { Mention } from "../../types.js";
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
    const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.kind, oneLine(m.text, 30), valueOf(m), m.qualifier ?? "", oneLine(m.subject ?? "", 30), oneLine(m.speaker ?? "", 24)]);
    for (const line of table(rows, ["at", "kind", "text", "value", "qual", "subject", "speaker"])) ctx.io.out(line);
  }
  return failed ? 1 : 0;
}

function valueOf(m: Mention): string {
  if (m.date) return m.date.start === m.date.end ? m.date.start : `${m.date.start}..${m.date.end}`;
  const n = (x: number | null) => (x == null ? "?" : Number(x.toPrecision(6)).toLocaleString("en-US"));
  const v = m.low === m.high ? n(m.low) : `${n(m.low)}–${n(m.high)}`;
  return `${v} ${m.unit ?? ""}${m.per ? `/${m.per}` : ""}`.trim();
}
