/**
 * `dossier brief`: a cited briefing (Markdown, HTML or JSON) of the given files and folders
 * (read in memory, no store needed) or, with no paths, of everything in the store.
 */
import { writeFileSync } from "node:fs";
import { briefPaths, briefStore, type BriefOptions } from "../../app/brief.js";
import { FORMATS, render, renderMarkdownOf, type Format } from "../../publish/index.js";
import type { CommandContext } from "../cli.js";
import { ExitError, UsageError } from "../errors.js";
import { oneLine, progress, where } from "../io.js";
import { printError, storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const given = String(ctx.options.format ?? "md").toLowerCase();
  const format = (given === "markdown" ? "md" : given) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`brief: unknown format "${given}" (use ${FORMATS.join(", ")})`);
  let bar: ReturnType<typeof progress> | null = null;
  let extracting: ReturnType<typeof progress> | null = null;
  const opts: BriefOptions = {
    imagery: ctx.options.imagery as string | undefined,
    title: ctx.options.title as string | undefined,
    allowPrivate: Boolean(ctx.options["allow-private"]),
    onError: printError(ctx),
    onNote: (line) => ctx.io.err(line),
    // said as `dossier add` says it: the file and the value, and what becomes of the report
    onUnreadDate: (origin, value) => ctx.io.err(`warning: "${oneLine(value, 60)}" in ${oneLine(where(origin), 80)} is not a date (YYYY-MM-DD), so it is read with its date unknown`),
    onFetching: (total) => (bar = progress(ctx.io, "fetching", total)),
    onFetched: () => bar?.tick(),
    onFetchDone: () => bar?.done(),
    // a bar only when there is work to watch: one report is done before a bar could draw
    onExtracting: (total) => (extracting = total > 1 ? progress(ctx.io, "reading figures", total) : null),
    onExtracted: () => extracting?.tick(),
    markdown: format === "md",
  };
  let brief;
  if (ctx.args.length) brief = await briefPaths(ctx.args, opts);
  else {
    const store = await storeFrom(ctx);
    try {
      brief = await briefStore(store, opts);
    } finally {
      await store.close();
    }
  }
  (extracting as ReturnType<typeof progress> | null)?.done();
  const { briefing, markdown, failed } = brief;
  const shown = briefing ?? markdown;
  if (!shown) {
    if (failed) return 1;
    throw new ExitError(ctx.args.length ? "no reports to brief" : "the store has no reports (add some with `dossier add`, or give files or folders)");
  }
  const text = briefing ? await render(briefing, format) : renderMarkdownOf(markdown!);
  const out = ctx.options.out as string | undefined;
  if (out) {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new ExitError(`cannot write ${out}: ${(e as Error).message}`);
    }
    ctx.io.err(`wrote ${out} (${format}, ${shown.sources.length} reports, ${shown.facts.length} facts)`);
  } else ctx.io.out(text.replace(/\n$/, ""));
  return failed ? 1 : 0;
}
