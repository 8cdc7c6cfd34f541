/**
 * The figures of reports: of files, folders and URLs read in memory, or of reports in the store by id.
 * @module
 */
import { existsSync } from "node:fs";
import type { Mention, Report } from "../types.js";
import { AppError } from "./errors.js";
import { extractAll, isUrl, memoryReport, mentionsOf, readAll, type ReadOptions } from "./reports.js";
import { withStore } from "./store.js";

export interface Figures {
  report: Report;
  mentions: Mention[];
}

/**
 * Arguments that name something on disk or a URL are read directly (no store needed); the others
 * are report ids in the store at `db`.
 */
export async function figuresOf(
  args: string[],
  opts: ReadOptions & { db?: string; onError?: (message: string) => void; onExtracting?: (total: number) => void; onExtracted?: () => void } = {},
): Promise<{ results: Figures[]; failed: number }> {
  const direct = args.filter((a) => existsSync(a) || isUrl(a));
  const ids = args.filter((a) => !direct.includes(a));
  const { inputs, failed } = await readAll(direct, opts);
  const results: Figures[] = [];
  opts.onExtracting?.(inputs.length + ids.length);
  for (const report of inputs.map(memoryReport)) {
    results.push({ report, mentions: await extractAll([report]) });
    opts.onExtracted?.();
  }
  if (ids.length)
    await withStore(opts.db, async (store) => {
      for (const id of ids) {
        const r = await store.getReport(id);
        if (!r) throw new AppError(`"${id}" is neither a file nor a report in the store`);
        results.push({ report: r, mentions: await mentionsOf(r, store) });
        opts.onExtracted?.();
      }
    });
  return { results, failed };
}

/**
 * Stored reports by id, each handed to `each` in turn with its mentions when asked (re-extracted
 * when an older extractor made them); an unknown id stops there.
 */
export async function eachStoredReport(db: string | undefined, ids: string[], withMentions: boolean, each: (f: Figures) => void): Promise<void> {
  await withStore(db, async (store) => {
    for (const id of ids) {
      const r = await store.getReport(id);
      if (!r) throw new AppError(`no report "${id}" in the store (see \`dossier reports\`)`);
      each({ report: r, mentions: withMentions ? await mentionsOf(r, store) : [] });
    }
  });
}

/** Every stored report, oldest ingest first. */
export async function listReports(db: string | undefined): Promise<Report[]> {
  return withStore(db, (store) => store.listReports());
}
