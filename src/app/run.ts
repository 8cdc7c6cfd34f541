/**
 * `dossier run`: the loop that keeps a dossier current. Each cycle updates the followed feeds
 * (conditional requests, backoff per host), refreshes each saved site's imagery on its own
 * cadence, and sends the newsletter when something changed. One runner per store: a lock row
 * names its holder (host, pid, since) and carries a heartbeat; a holder whose process is gone
 * (same host) or whose heartbeat is stale is taken over, so cron and systemd restarts are safe.
 *
 * The store is opened per step and closed between them, so other commands (and, on the
 * embedded store, other processes) get their turn while the runner sleeps or fetches.
 * @module
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { alive, type RunnerHolder } from "../store/index.js";
import { AppError } from "./errors.js";
import { updateFeeds } from "./feeds.js";
import { withStore } from "./store.js";

export interface RunEvents {
  /** what the runner did, one line */
  onLog?: (line: string) => void;
  /** something failed; the loop goes on */
  onError?: (line: string) => void;
}

export interface RunOptions extends RunEvents {
  db?: string;
  /** one cycle, then return (cron, systemd timers) */
  once: boolean;
  /** between the starts of two cycles */
  everyMs: number;
  allowPrivate?: boolean;
  env?: NodeJS.ProcessEnv;
  /** stops the loop after the current step */
  signal?: AbortSignal;
  now?: () => Date;
}

export interface CycleResult {
  added: number;
  observations: number;
  /** the newsletter issue sent this cycle, if any */
  issue: number | null;
  failed: number;
}

/** "30m", "2h", "1d", "90s", "1h30m" → milliseconds; null when it is not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*$/i.exec(s);
  if (!m?.slice(1).some(Boolean)) return null;
  const [d, h, min, sec] = m.slice(1).map((x) => Number(x ?? 0));
  return (((d * 24 + h) * 60 + min) * 60 + sec) * 1000;
}

/** A heartbeat older than this (and never less than an hour) means the holder is gone. */
const staleAfter = (everyMs: number) => Math.max(3 * everyMs, 3600_000);

/** After errors, a host rests 5 min, then 10, 20… (at most 6 h) before `run` asks it again. */
export const HOST_BACKOFF_MS = 5 * 60_000;

/** The one-runner lock: taken, or the holder that keeps it. */
export async function takeRunnerLock(db: string | undefined, holder: string, everyMs: number): Promise<RunnerHolder | null> {
  return withStore(db, (store) => store.runner.acquire({ holder, pid: process.pid, host: hostname() }, staleAfter(everyMs), alive));
}

/** Runs cycles until `once` is done or the signal says stop. Throws when another runner holds the store. */
export async function runLoop(o: RunOptions): Promise<CycleResult[]> {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const held = await takeRunnerLock(o.db, holder, o.everyMs);
  if (held) throw new AppError(`another runner holds this store: process ${held.pid} on ${held.host}, since ${held.startedAt} (last heartbeat ${held.heartbeatAt})`);
  const results: CycleResult[] = [];
  try {
    for (let cycle = 0; ; cycle++) {
      const started = Date.now();
      results.push(await runCycle(o, holder, cycle === 0));
      if (o.once || o.signal?.aborted) break;
      const wait = Math.max(0, o.everyMs - (Date.now() - started));
      o.onLog?.(`next cycle in ${Math.round(wait / 60000)} min`);
      if (!(await sleep(wait, o.signal))) break;
      if (!(await withStore(o.db, (s) => s.runner.heartbeat(holder)))) throw new AppError("this runner lost its lock (another runner took it over as stale); stopping");
    }
  } finally {
    await withStore(o.db, (s) => s.runner.release(holder)).catch(() => {});
  }
  return results;
}

/** Resolves true after `ms`, or false as soon as the signal aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(t);
      resolve(false);
    };
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", stop, { once: true });
  });
}

/** One cycle: feeds, due sites, then the newsletter when something changed (or mail is owed). */
export async function runCycle(o: RunOptions, holder: string, first: boolean): Promise<CycleResult> {
  const out: CycleResult = { added: 0, observations: 0, issue: null, failed: 0 };
  const err = (line: string) => {
    out.failed++;
    o.onError?.(line);
  };
  const feeds = await updateFeeds(o.db, { allowPrivate: o.allowPrivate, onError: err, hostBackoffMs: HOST_BACKOFF_MS, onSkip: (url, why) => o.onLog?.(`${url}: ${why}`) });
  out.added = feeds.added;
  if (feeds.feeds) o.onLog?.(`feeds: ${feeds.feeds} followed, ${feeds.added} reports added`);
  if (o.signal?.aborted) return out;
  await withStore(o.db, (s) => s.runner.heartbeat(holder));
  const { refreshSites } = await import("./sites.js");
  out.observations = await refreshSites(o.db, { now: o.now?.() ?? new Date(), onLog: o.onLog, onError: err, signal: o.signal });
  if (o.signal?.aborted) return out;
  const env = o.env ?? process.env;
  if (!env.DOSSIER_SMTP_URL || !env.DOSSIER_PUBLIC_URL) {
    if (first) o.onLog?.("newsletter: not sent (set DOSSIER_SMTP_URL and DOSSIER_PUBLIC_URL to send it)");
    return out;
  }
  // a first cycle checks too: a send cut short, or deliveries deferred, are owed
  const owed = await withStore(o.db, (s) => s.newsletter.unsent());
  if (!first && !out.added && !out.observations && !owed) return out;
  const { sendCurrentIssue } = await import("./newsletter.js");
  try {
    const r = await sendCurrentIssue(o.db, env, { onDelivery: (d) => (d.status === "sent" ? o.onLog : err)?.(`newsletter: ${d.status} issue ${d.issue} to ${d.email}${d.error ? `: ${d.error}` : ""}`) });
    if (r && !r.reason) out.issue = r.issue;
    o.onLog?.(r?.reason === "nothing-new" ? "newsletter: nothing changed" : r?.reason === "no-subscribers" ? "newsletter: no confirmed subscriber" : r ? `newsletter: issue ${r.issue}, ${r.sent} sent` : "newsletter: no reports yet");
  } catch (e) {
    err(`newsletter: ${(e as Error).message}`);
  }
  return out;
}
