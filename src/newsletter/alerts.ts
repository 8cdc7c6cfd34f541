/**
 * When a followed source needs a person's eye: it broke (three errors running) or it went
 * quiet (its newest item is older than twice its usual gap between items). Pure.
 * @module
 */
import type { Alert } from "./snapshot.js";

export interface FeedHealth {
  url: string;
  title: string | null;
  /** errors running (0 after a good poll) */
  errors: number;
  lastError: string | null;
  /** when the current run of errors began (ISO), null when none */
  failingSince: string | null;
  /** when each item appeared: its publication date when the feed gives one, else when first seen (ISO), any order */
  itemTimes: string[];
}

/** Errors running before a feed counts as broken. */
export const BROKEN_AFTER = 3;
/** The least silence that can count as quiet, whatever the rhythm: a feed read every hour is not quiet after two. */
export const MIN_QUIET_MS = 6 * 3600_000;
/** Gaps looked at for the rhythm: the recent ones say how the source behaves now. */
const RHYTHM_GAPS = 20;

const DAY = 86400_000;
const span = (ms: number) => {
  const [n, unit] = ms >= DAY ? [Math.round(ms / DAY), "day"] : [Math.max(1, Math.round(ms / 3600_000)), "hour"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
};

/** The usual gap between items (median of the recent gaps), or null with fewer than three items. */
export function rhythmMs(times: number[]): number | null {
  const t = [...new Set(times.filter(Number.isFinite))].sort((a, b) => a - b).slice(-(RHYTHM_GAPS + 1));
  if (t.length < 3) return null;
  const gaps = t.slice(1).map((x, i) => x - t[i]).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

export function feedAlerts(feeds: FeedHealth[], now: Date = new Date()): Alert[] {
  const out: Alert[] = [];
  for (const f of feeds) {
    if (f.errors >= BROKEN_AFTER) {
      out.push({ source: f.url, title: f.title, kind: "broken", since: f.failingSince ?? now.toISOString(), detail: `${f.errors} errors running${f.lastError ? `, the last: ${f.lastError.slice(0, 200)}` : ""}` });
      continue;
    }
    const times = f.itemTimes.map((s) => Date.parse(s));
    const rhythm = rhythmMs(times);
    if (rhythm == null) continue;
    const newest = times.reduce((a, b) => Math.max(a, b), -Infinity);
    const silent = now.getTime() - newest;
    if (silent > Math.max(2 * rhythm, MIN_QUIET_MS))
      out.push({ source: f.url, title: f.title, kind: "quiet", since: new Date(newest).toISOString(), detail: `nothing new for ${span(silent)} (usually every ${span(rhythm)})` });
  }
  return out;
}
