/**
 * Politeness per host for `dossier run`: after errors, a host is left alone for a while that
 * doubles with each error running (5 min, 10 min, 20 min… at most 6 h). Pure.
 * @module
 */

export interface PolledFeed {
  url: string;
  errors: number;
  checkedAt: string | null;
}

export const HOST_BACKOFF_MAX_MS = 6 * 3600_000;

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
};

/** The feeds whose host is resting now (their host's latest error was too recent for its streak). */
export function restingFeeds(feeds: PolledFeed[], baseMs: number, now: Date): Set<string> {
  const hosts = new Map<string, { errors: number; last: number }>();
  for (const f of feeds) {
    if (!f.errors || !f.checkedAt) continue;
    const h = hostOf(f.url);
    const cur = hosts.get(h) ?? { errors: 0, last: 0 };
    hosts.set(h, { errors: Math.max(cur.errors, f.errors), last: Math.max(cur.last, Date.parse(f.checkedAt)) });
  }
  const out = new Set<string>();
  for (const f of feeds) {
    const h = hosts.get(hostOf(f.url));
    if (h && now.getTime() < h.last + Math.min(HOST_BACKOFF_MAX_MS, baseMs * 2 ** (h.errors - 1))) out.add(f.url);
  }
  return out;
}
