/**
 * What a newsletter issue remembers of the dossier: a compact, display-ready reading of a
 * Briefing (facts with their values in words and who states them, timeline events, imagery
 * observations) plus the source alerts of the moment. Issues are diffs of two snapshots.
 *
 * Fact and event identity across runs comes from their members (report + offset), never from
 * the ids reconcile generates: those are renumbered whenever a report is added.
 * Pure.
 * @module
 */
import type { Briefing, Fact, Verdict } from "../types.js";
import { cmp, flat, formatInterval, imageryCitation, sections, valuesOf, type Source } from "../publish/index.js";

/** A report as an issue cites it. */
export interface SnapshotSource {
  id: string;
  publisher: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
}

export interface SnapshotValue {
  /** the value in words ("1.2 km", "mid-2026"): also its identity within its fact */
  words: string;
  /** independent origins backing it */
  origins: number;
  /** the reports stating it, earliest first */
  sources: string[];
  /** one quote, the figure between «» markers stripped for text: [before, figure, after] */
  quote: [string, string, string] | null;
}

export interface SnapshotFact {
  /** member keys "reportId:start": what makes this fact the same fact in a later run */
  members: string[];
  about: string;
  verdict: Verdict;
  values: SnapshotValue[];
  origins: number;
}

export interface SnapshotEvent {
  members: string[];
  event: string;
  /** the date in words */
  when: string;
  /** YYYY-MM-DD, for ordering */
  start: string;
  conflicting: boolean;
  /** report ids, or the imagery citation ("Sentinel-2 (site, 5 August 2025)") */
  sources: string[];
  observation: string | null;
}

export interface SnapshotObservation {
  id: string;
  site: string;
  date: string;
  progress: number | null;
  clearAoi: number | null;
  cloudy: boolean;
}

/** A followed source that went quiet or broke. */
export interface Alert {
  /** the feed URL */
  source: string;
  title: string | null;
  kind: "quiet" | "broken";
  /** since when (ISO timestamp) */
  since: string;
  /** in words: "nothing new for 9 days (usually every 2 days)", "3 errors running: HTTP 500" */
  detail: string;
}

export interface Snapshot {
  title: string;
  generated: string;
  stats: { reports: number; independent: number; conflict: number; revised: number; agree: number; single: number };
  facts: SnapshotFact[];
  timeline: SnapshotEvent[];
  observations: SnapshotObservation[];
  sources: Record<string, SnapshotSource>;
  alerts: Alert[];
}

export const memberKey = (m: { source: string; start: number }) => `${m.source}:${m.start}`;

const QUOTE_SIDE = 110;
const trimLeft = (s: string) => (s.length > QUOTE_SIDE ? "…" + s.slice(s.length - QUOTE_SIDE).replace(/^\S*\s/, "") : s);
const trimRight = (s: string) => (s.length > QUOTE_SIDE ? s.slice(0, QUOTE_SIDE).replace(/\s\S*$/, "") + "…" : s);

function factOf(f: Fact, sourcesById: Map<string, Source>): SnapshotFact {
  const values = valuesOf(f, sourcesById).map((v) => {
    const quoted = [...v.quotes, ...v.also];
    const q = v.quotes[0];
    return {
      words: v.words,
      origins: v.origins,
      sources: [...new Set(quoted.map((x) => x.member.source))],
      quote: q ? ([trimLeft(q.before), q.figure, trimRight(q.after)] as [string, string, string]) : null,
    };
  });
  return { members: f.members.map(memberKey).sort(), about: flat(f.about), verdict: f.verdict, values, origins: f.origins };
}

/** The snapshot of a briefing (with the alerts standing at the same moment). */
export function snapshotOf(b: Briefing, alerts: Alert[] = []): Snapshot {
  const s = sections(b);
  const timeline: SnapshotEvent[] = b.timeline.map((t) => {
    const img = imageryCitation(t);
    return {
      members: t.sources.map(memberKey).sort(),
      event: flat(t.event),
      when: formatInterval(t.date),
      start: t.date.start,
      conflicting: t.conflicting,
      sources: img ? [img] : [...new Set(t.sources.map((x) => x.source))],
      observation: t.observation ?? null,
    };
  });
  const cited = new Set<string>();
  const facts = b.facts.map((f) => factOf(f, s.sourcesById));
  for (const f of facts) for (const v of f.values) for (const id of v.sources) cited.add(id);
  for (const t of timeline) for (const id of t.sources) cited.add(id);
  const sources: Record<string, SnapshotSource> = {};
  for (const r of b.sources) if (cited.has(r.id)) sources[r.id] = { id: r.id, publisher: r.publisher, published: r.published, title: r.title, url: r.url };
  return {
    title: b.title,
    generated: b.generated,
    stats: s.summary,
    facts,
    timeline: timeline.sort((x, y) => cmp(x.start, y.start)),
    observations: (b.observations ?? []).map((o) => ({ id: o.id, site: o.site, date: o.date, progress: o.progress, clearAoi: o.clearAoi, cloudy: (o.flags ?? []).includes("cloudy") })),
    sources,
    alerts: [...alerts].sort((x, y) => cmp(x.source, y.source) || cmp(x.kind, y.kind)),
  };
}
