/**
 * Stored imagery observations → what a briefing shows beside the reports: the milestones for its
 * timeline (the same entries `dossier watch` writes in table.json, via imageryTimeline) and the
 * output folder of the most recent watch (whose chart and snapshot the briefing embeds).
 * Pure: reads no files.
 * @module
 */
import type { Observation, TimelineEntry } from "../types.js";
import { imageryTimeline } from "../imagery/change.js";
import { cmp } from "./format.js";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

function bySite(observations: Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of observations) (out.get(o.site) ?? out.set(o.site, []).get(o.site)!).push(o);
  for (const obs of out.values()) obs.sort((a, b) => cmp(a.date, b.date));
  return out;
}

/**
 * Imagery milestones per site (bare/built ground grows, the crossing first departs from water, reads as
 * closed, latest share), rebuilt from each observation's fields and provenance (progressSmoothed).
 */
export function observationTimeline(observations: Observation[]): TimelineEntry[] {
  return [...bySite(observations)].flatMap(([site, obs]) =>
    imageryTimeline(
      site,
      obs.map((o) => ({ date: o.date, progress: o.progress, progressSmoothed: num(o.provenance?.progressSmoothed), flags: o.flags ?? [], areas: o.areas })),
      num(obs[obs.length - 1].provenance?.crossingPixels) ?? 0,
    ),
  );
}

/**
 * The site watched last and the output folder its watch recorded (provenance.outDir; null for
 * observations stored before watch recorded it). "Last" is the latest provenance.watchedAt, then the
 * latest observation date.
 */
export function latestWatch(observations: Observation[]): { site: string; outDir: string | null } | null {
  let best: Observation | null = null;
  const key = (o: Observation) => [str(o.provenance?.watchedAt) ?? "", o.date] as const;
  for (const o of observations) {
    if (!best) { best = o; continue; }
    const [a, b] = [key(o), key(best)];
    if (cmp(a[0], b[0]) > 0 || (a[0] === b[0] && cmp(a[1], b[1]) > 0)) best = o;
  }
  return best ? { site: best.site, outDir: str(best.provenance?.outDir) } : null;
}
