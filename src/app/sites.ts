/**
 * Sites saved with `dossier watch --save`: the watch's options kept in the store, and their
 * refresh by `dossier run`, each on its own cadence, from the saved first day to today.
 * @module
 */
import { resolve } from "node:path";
import { withStore } from "./store.js";
import type { WatchSiteOptions } from "./watch.js";

/** What is saved: the options of `watch` except the end day (today at each refresh) and the store. */
export type SavedSpec = Omit<WatchSiteOptions, "to" | "db" | "onEvent">;

/** Saves (or replaces) a site; paths are made absolute so `run` finds them from any folder. */
export async function saveSite(db: string | undefined, name: string, spec: SavedSpec, everyHours: number): Promise<string> {
  const abs = (p: string | undefined) => (p && !/^-?\d/.test(p) ? resolve(p) : p);
  const kept: SavedSpec = { ...spec, aoi: abs(spec.aoi)!, axis: abs(spec.axis), out: resolve(spec.out), cache: spec.cache ? resolve(spec.cache) : spec.cache };
  await withStore(db, (s) => s.runner.saveSite(name, kept as unknown as Record<string, unknown>, everyHours));
  return name;
}

export interface RefreshEvents {
  now: Date;
  onLog?: (line: string) => void;
  onError?: (line: string) => void;
  signal?: AbortSignal;
}

/** Refreshes every saved site that is due; returns how many new observations were stored. */
export async function refreshSites(db: string | undefined, e: RefreshEvents): Promise<number> {
  const sites = await withStore(db, (s) => s.runner.sites());
  let added = 0;
  for (const site of sites) {
    if (e.signal?.aborted) break;
    if (site.lastRun && e.now.getTime() - Date.parse(site.lastRun) < site.everyHours * 3600_000) continue;
    const spec = site.spec as unknown as SavedSpec;
    const before = await withStore(db, async (s) => (await s.listObservations()).length);
    let error: string | null = null;
    try {
      const { watchSite } = await import("./watch.js");
      await watchSite({ ...spec, to: e.now.toISOString().slice(0, 10), db });
    } catch (err) {
      error = (err as Error).message;
      e.onError?.(`site ${site.name}: ${error}`);
    }
    const after = await withStore(db, async (s) => {
      await s.runner.siteRan(site.name, error);
      return (await s.listObservations()).length;
    });
    added += Math.max(0, after - before);
    if (!error) e.onLog?.(`site ${site.name}: ${after - before} new dates`);
  }
  return added;
}
