/** `dossier add`: ingest reports into the store (and extract their figures). */
import { addReports } from "../../app/add.js";
import type { CommandContext } from "../cli.js";
import { oneLine, progress, untitled, where } from "../io.js";
import { storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const store = await storeFrom(ctx);
  // the count moves while the slow part (parsing HTML) runs
  const bar = progress(ctx.io, "adding", 0);
  let fetching: ReturnType<typeof progress> | null = null;
  let out;
  try {
    out = await addReports(store, ctx.args, {
      allowPrivate: Boolean(ctx.options["allow-private"]),
      set: { published: ctx.options.published as string | undefined, publisher: ctx.options.publisher as string | undefined, title: ctx.options.title as string | undefined },
      onTotal: (n) => bar.total(n),
      onUndated: (report, unresolved, unreadDate) => {
        const file = oneLine(where(report.origin) || report.id, 80);
        // a date given that names no day is said with its file and value: the report is kept, its date unknown
        const why = unreadDate ? `: "${oneLine(unreadDate, 60)}" in ${file} is not a date (YYYY-MM-DD), so it is kept with its date unknown` : "";
        const lost = unresolved.length ? `; its relative dates could not be placed and are left out: ${unresolved.map((q) => `"${oneLine(q, 40)}"`).join(", ")}` : "";
        bar.message(`warning: ${report.id} has no publication date${why}${lost} (give one: dossier add --published YYYY-MM-DD ${file})`);
      },
      onFetching: (total) => (fetching = progress(ctx.io, "fetching", total)),
      onFetched: () => fetching?.tick(),
      onFetchDone: () => fetching?.done(),
      onReport: (report, created, updated) => {
        if (ctx.options.json) ctx.io.out(JSON.stringify({ id: report.id, created, title: report.title, publisher: report.publisher, published: report.published, url: report.url }));
        else bar.message(`${created ? "added" : updated ? "updated" : "already in the store"}  ${report.id}  ${oneLine(report.title ?? untitled(report.origin), 70)}`);
        bar.tick();
      },
      onReconciling: () => bar.message("reconciling the figures into facts (kept: the next brief reads them)"),
      onError: (message) => {
        bar.message(`error: ${oneLine(message, 500)}`);
        bar.tick();
      },
    });
    bar.done();
    if (out.copies) ctx.io.err(`${out.copies} report${out.copies === 1 ? "" : "s"} newly marked as copies (see \`dossier reports\`)`);
  } finally {
    await store.close();
  }
  ctx.io.err(`${out.added} added, ${out.existing} already there, ${out.failed} failed`);
  return out.failed ? 1 : 0;
}
