/**
 * What the explorer's imagery page of a watched site shows, read once per change of the store: the
 * site's observations and milestones, the reports' claims against them, and the pictures its last
 * `dossier watch` wrote (time-lapse, chart, snapshots) as data: URLs, the only images the explorer's
 * Content-Security-Policy allows. A watch folder since moved or deleted leaves the tables without pictures.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimCheck, Observation, TimelineEntry } from "../types.js";

export interface SiteSnapshot {
  date: string;
  progress: number | null;
  clearAoi: number | null;
  flags: string[];
  /** data:image/png;base64,… */
  data: string;
}

export interface SiteImagery {
  site: string;
  /** the watch output folder recorded with the latest observations (null: not recorded) */
  outDir: string | null;
  observations: Observation[];
  milestones: TimelineEntry[];
  claims: ClaimCheck[];
  /** data: URLs, null when the folder or the file is missing */
  timelapse: string | null;
  chart: string | null;
  /** the snapshots of clear dates, at most MAX_SNAPSHOTS spread over the series (and every claim's nearest date) */
  snapshots: SiteSnapshot[];
}

/** enough to follow the works without holding a long series' every picture in memory */
export const MAX_SNAPSHOTS = 24;

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const dataUrl = (path: string, mime: string) => (existsSync(path) ? `data:${mime};base64,${readFileSync(path).toString("base64")}` : null);

/** Every observed site's page data, by site name (sorted). */
export function siteImagery(observations: Observation[], milestones: TimelineEntry[], claims: ClaimCheck[]): SiteImagery[] {
  const bySite = new Map<string, Observation[]>();
  for (const o of observations) (bySite.get(o.site) ?? bySite.set(o.site, []).get(o.site)!).push(o);
  return [...bySite.keys()].sort().map((site) => {
    const obs = bySite.get(site)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = [...obs].sort((a, b) => (str(b.provenance?.watchedAt) ?? "").localeCompare(str(a.provenance?.watchedAt) ?? ""))[0];
    const outDir = str(latest?.provenance?.outDir);
    const siteClaims = claims.filter((c) => c.site === site);
    const wanted = new Set(siteClaims.flatMap((c) => (c.nearest ? [c.nearest.date] : [])));
    const clear = obs.filter((o) => !o.flags.includes("cloudy"));
    const step = Math.max(1, Math.ceil(clear.length / MAX_SNAPSHOTS));
    clear.forEach((o, i) => (i % step === 0 || i === clear.length - 1) && wanted.add(o.date));
    const snapshots: SiteSnapshot[] = [];
    if (outDir && existsSync(outDir))
      for (const o of obs) {
        if (!wanted.has(o.date)) continue;
        const data = dataUrl(join(outDir, "snapshots", `${o.date}.png`), "image/png");
        if (data) snapshots.push({ date: o.date, progress: o.progress, clearAoi: o.clearAoi, flags: o.flags, data });
      }
    const milestonesOf = milestones.filter((m) => m.observation?.startsWith(`${site}@`));
    return {
      site,
      outDir,
      observations: obs,
      milestones: milestonesOf,
      claims: siteClaims,
      timelapse: outDir ? dataUrl(join(outDir, "timelapse.webp"), "image/webp") ?? dataUrl(join(outDir, "timelapse.gif"), "image/gif") : null,
      chart: outDir ? dataUrl(join(outDir, "chart.svg"), "image/svg+xml") : null,
      snapshots,
    };
  });
}
