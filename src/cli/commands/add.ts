/** `dossier add`: ingest reports into the store (and extract their figures). */
import type { CommandContext } from "../cli.js";
import { progress, oneLine } from "../io.js";
import { inputsFrom, mentionsOf, storeFrom } from "./shared.js";
import { IngestError, isUrl, readPaths } from "../../ingest/index.js";
import type { ReportInput } from "../../types.js";
import { markCopies } from "../../ingest/web/copies.js";

export async function run(ctx: CommandContext): Promise<number> {
  const paths = ctx.args.filter((a) => !isUrl(a));
  const urls = ctx.args.filter(isUrl);
  const store = await storeFrom(ctx);
  // files are read one at a time as the folders are walked: memory stays flat on a big folder,
  // and the count moves while the slow part (parsing HTML) runs
  const bar = progress(ctx.io, "adding", 0);
  let added = 0;
  let existing = 0;
  let failed = 0;
  const save = async (input: ReportInput) => {
    try {
      const { report, created } = await store.addReport(input);
      // a separate step: if it fails, the report stays whole and the next `add` extracts again
      await mentionsOf(report, store);
      if (created) added++;
      else existing++;
      if (ctx.options.json) ctx.io.out(JSON.stringify({ id: report.id, created, title: report.title, publisher: report.publisher, published: report.published, url: report.url }));
      else bar.message(`${created ? "added" : "already in the store"}  ${report.id}  ${oneLine(report.title ?? report.origin, 70)}`);
    } catch (e) {
      // storing failed: its transaction rolled back, nothing of it is kept (or extraction failed:
      // the report is whole and the next `add` extracts again); go on with the others
      failed++;
      bar.message(`error: ${oneLine(input.origin ?? input.id, 200)}: ${oneLine((e as Error).message, 300)}`);
    }
    bar.tick();
  };
  try {
    for (const item of readPaths(paths)) {
      if (item instanceof IngestError) {
        failed++;
        bar.message(`error: ${item.message}`);
        bar.tick();
      } else await save(item);
    }
    if (urls.length) {
      const fetched = await inputsFrom(ctx, urls);
      failed += fetched.failed;
      for (const input of fetched.inputs) await save(input);
    }
    bar.done();
    // wire copies and reposts: grouped so that reconciliation counts each story once
    if (added) {
      const copies = await markCopies(store);
      if (copies) ctx.io.err(`${copies} report${copies === 1 ? "" : "s"} newly marked as copies (see \`dossier reports\`)`);
    }
  } finally {
    await store.close();
  }
  ctx.io.err(`${added} added, ${existing} already there, ${failed} failed`);
  return failed ? 1 : 0;
}
