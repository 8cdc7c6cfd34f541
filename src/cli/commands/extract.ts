/**
 * `dossier extract`: figures of files and folders (read directly, no store needed)
 * or of reports already in the store (by id).
 */
import type { Mention, Report } from "../../types.js";
import type { CommandContext } from "../cli.js";
import { ExitError } from "../errors.js";
import { oneLine, table } from "../io.js";
import { extract } from "../../extract/index.js";
import { inputsFrom, memoryReport, mentionsOf, onDisk, storeFrom } from "./shared.js";
import { isUrl } from "../../ingest/index.js";

export async function run(ctx: CommandContext): Promise<number> {
  const direct = ctx.args.filter((a) => onDisk(a) || isUrl(a));
  const ids = ctx.args.filter((a) => !direct.includes(a));
  const { inputs, failed } = await inputsFrom(ctx, direct);
  const reports: Report[] = inputs.map(memoryReport);
  const results: Array<{ report: Report; mentions: Mention[] }> = reports.map((r) => ({ report: r, mentions: extract(r.text, { published: r.published, source: r.id, language: r.language }) }));
  if (ids.length) {
    const store = await storeFrom(ctx);
    try {
      for (const id of ids) {
        const r = await store.getReport(id);
        if (!r) throw new ExitError(`"${id}" is neither a file nor a report in the store`);
        results.push({ report: r, mentions: await mentionsOf(r, store) });
      }
    } finally {
      await store.close();
    }
  }
  for (const { report, mentions } of results) {
    if (ctx.options.json) {
      for (const m of mentions) ctx.io.out(JSON.stringify(m));
      continue;
    }
    ctx.io.out(`== ${report.id}  ${oneLine(report.title ?? report.origin ?? "", 60)}  (${mentions.length} figures)`);
    const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.kind, oneLine(m.text, 30), valueOf(m), m.qualifier ?? "", oneLine(m.subject ?? "", 30), oneLine(m.speaker ?? "", 24)]);
    for (const line of table(rows, ["at", "kind", "text", "value", "qual", "subject", "speaker"])) ctx.io.out(line);
  }
  return failed ? 1 : 0;
}

export function valueOf(m: Mention): string {
  if (m.date) return m.date.start === m.date.end ? m.date.start : `${m.date.start}..${m.date.end}`;
  const n = (x: number | null) => (x == null ? "?" : Number(x.toPrecision(6)).toLocaleString("en-US"));
  const v = m.low === m.high ? n(m.low) : `${n(m.low)}–${n(m.high)}`;
  return `${v} ${m.unit ?? ""}${m.per ? `/${m.per}` : ""}`.trim();
}
