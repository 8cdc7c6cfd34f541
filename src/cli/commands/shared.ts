/**
 * What several commands do alike: open the store from --db, turn arguments into reports.
 * @module
 */
import { existsSync } from "node:fs";
import type { IngestError } from "../../ingest/index.js";
import { defaultReportId, openStore, type Store } from "../../store/index.js";
import type { Mention, Report, ReportInput } from "../../types.js";
import { ExitError } from "../errors.js";
import { progress } from "../io.js";
import type { CommandContext } from "../cli.js";

export async function storeFrom(ctx: CommandContext): Promise<Store> {
  try {
    return await openStore({ db: ctx.options.db as string | undefined });
  } catch (e) {
    throw new ExitError(`cannot open the store: ${(e as Error).message}`);
  }
}

/** Report inputs from paths and URLs; failures are printed, one line each, and counted. */
export async function inputsFrom(ctx: CommandContext, args: string[]): Promise<{ inputs: ReportInput[]; failed: number }> {
  // loaded here, not at the top: ingest pulls in linkedom and Readability (~0.2 s), which
  // commands that only read the store (reports, show, serve, follow) never need
  const { IngestError, readPaths, isUrl } = await import("../../ingest/index.js");
  const inputs: ReportInput[] = [];
  let failed = 0;
  const fail = (e: IngestError) => {
    failed++;
    ctx.io.err(`error: ${e.message}`);
  };
  const paths = args.filter((a) => !isUrl(a));
  for (const item of readPaths(paths)) item instanceof IngestError ? fail(item) : inputs.push(item);
  const urls = args.filter(isUrl);
  if (urls.length) {
    const { fetchReports } = await import("../../ingest/web/index.js");
    const bar = progress(ctx.io, "fetching", urls.length);
    const fetched = await fetchReports(urls, { allowPrivate: Boolean(ctx.options["allow-private"]), onProgress: () => bar.tick() });
    bar.done();
    for (const item of fetched) item instanceof IngestError ? fail(item) : inputs.push(item);
  }
  return { inputs, failed };
}

/** A report held in memory (not stored): the id is the manifest id or derived from the content. */
export function memoryReport(input: ReportInput): Report {
  return { ...input, id: input.id ?? defaultReportId(input.hash), copyOf: input.copyOf ?? null, origin: input.origin ?? null };
}

/** Mentions of a report, from the store when they are current, else extracted (and stored when a store is given). */
export async function mentionsOf(report: Report, store?: Store): Promise<Mention[]> {
  const { extract, EXTRACTOR_VERSION } = await import("../../extract/index.js");
  if (store && (await store.extractedWith(report.id)) === EXTRACTOR_VERSION) return store.getMentions([report.id]);
  const ms = extract(report.text, { published: report.published, source: report.id, language: report.language });
  if (store) await store.setMentions(report.id, EXTRACTOR_VERSION, ms);
  return ms;
}

/** Whether an argument names something on disk (else it may be a report id in the store). */
export const onDisk = (a: string) => existsSync(a);
