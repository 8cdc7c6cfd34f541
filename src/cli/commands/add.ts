/** `dossier add`: ingest reports into the store (and extract their figures). */
import type { CommandContext } from "../cli.js";
import { progress, oneLine } from "../io.js";
import { inputsFrom, mentionsOf, storeFrom } from "./shared.js";
import { markCopies } from "../../ingest/web/copies.js";

export async function run(ctx: CommandContext): Promise<number> {
  const { inputs, failed: readFailed } = await inputsFrom(ctx, ctx.args);
  let failed = readFailed;
  const store = await storeFrom(ctx);
  const bar = progress(ctx.io, "adding", inputs.length);
  let added = 0;
  let existing = 0;
  try {
    for (const input of inputs) {
      try {
        const { report, created } = await store.addReport(input);
        // a separate step: if it fails, the report stays whole and the next `add` extracts again
        await mentionsOf(report, store);
        if (created) added++;
        else existing++;
        if (ctx.options.json) ctx.io.out(JSON.stringify({ id: report.id, created, title: report.title, publisher: report.publisher, published: report.published, url: report.url }));
        else bar.message(`${created ? "added" : "already in the store"}  ${report.id}  ${oneLine(report.title ?? report.origin, 70)}`);
      } catch (e) {
        // the report's transaction rolled back: nothing of it is stored; go on with the others
        failed++;
        bar.message(`error: ${input.origin ?? input.id}: ${oneLine((e as Error).message, 300)}`);
      }
      bar.tick();
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
