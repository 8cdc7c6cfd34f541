/**
 * Stored imagery observations → the milestones a timeline shows beside the reports' dated events:
 * the same entries `dossier watch` writes in table.json (via imageryTimeline), rebuilt from each
 * observation's fields and the provenance the watch recorded (progressSmoothed, crossingPixels).
 * Pure: reads no files.
 * @module
 */
import type { Observation, TimelineEntry } from "../types.js";
import { imageryTimeline } from "./change.js";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySite(observations: Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of observations) (out.get(o.site) ?? out.set(o.site, []).get(o.site)!).push(o);
  for (const obs of out.values()) obs.sort((a, b) => cmp(a.date, b.date));
  return out;
}

/**
 * Imagery milestones per site (bare/built ground grows, the crossing first departs from water, reads as
 * closed, latest share).
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
