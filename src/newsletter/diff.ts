/**
 * Two snapshots → what an issue says. The first issue (no earlier snapshot) is the briefing's
 * summary; later ones carry only what changed: new facts, new values of known facts, verdicts
 * that changed, new timeline events, new imagery observations, new source alerts.
 * Pure.
 * @module
 */
import type { Verdict } from "../types.js";
import type { Alert, Snapshot, SnapshotEvent, SnapshotFact, SnapshotObservation, SnapshotValue } from "./snapshot.js";

export interface ValueChange {
  fact: SnapshotFact;
  /** the values this fact did not have before */
  added: SnapshotValue[];
  /** the values it had, in words */
  before: string[];
}

export interface VerdictChange {
  fact: SnapshotFact;
  from: Verdict;
  to: Verdict;
}

export interface IssueContent {
  kind: "summary" | "changes";
  title: string;
  /** when the snapshot was taken (ISO) */
  generated: string;
  stats: Snapshot["stats"];
  /** summary: the key facts (conflicts, revisions, agreements, then single-source figures), capped */
  keyFacts: SnapshotFact[];
  newFacts: SnapshotFact[];
  newValues: ValueChange[];
  verdicts: VerdictChange[];
  events: SnapshotEvent[];
  observations: SnapshotObservation[];
  alerts: Alert[];
  /** every report cited above */
  sources: Snapshot["sources"];
}

/** Items listed per section; an issue of a big first ingest stays readable. */
export const MAX_ITEMS = 25;

const overlaps = (a: Set<string>, members: string[]) => members.reduce((n, m) => n + (a.has(m) ? 1 : 0), 0);

/** The earlier fact this fact continues: the one sharing the most members (none shared: a new fact). */
function matcher(prev: SnapshotFact[]): (f: SnapshotFact) => SnapshotFact | null {
  const byMember = new Map<string, SnapshotFact[]>();
  for (const f of prev) for (const m of f.members) (byMember.get(m) ?? byMember.set(m, []).get(m)!).push(f);
  return (f) => {
    const counts = new Map<SnapshotFact, number>();
    for (const m of f.members) for (const p of byMember.get(m) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
    let best: SnapshotFact | null = null;
    let n = 0;
    for (const [p, c] of counts) if (c > n) (best = p), (n = c);
    return best;
  };
}

/** What an issue made from `next` says, given the snapshot of the issue before (null: the first issue). */
export function diffSnapshots(prev: Snapshot | null, next: Snapshot): IssueContent {
  const base = { title: next.title, generated: next.generated, stats: next.stats, keyFacts: [], newFacts: [], newValues: [], verdicts: [], events: [], observations: [], alerts: next.alerts };
  if (!prev) {
    const key = next.facts.filter((f) => f.verdict !== "single");
    const keyFacts = [...key, ...next.facts.filter((f) => f.verdict === "single")].slice(0, MAX_ITEMS);
    const latest = [...next.observations].filter((o) => !o.cloudy).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const content: IssueContent = { ...base, kind: "summary", keyFacts, events: next.timeline.slice(-MAX_ITEMS), observations: latest ? [latest] : [], sources: {} };
    return withSources(content, next);
  }
  const match = matcher(prev.facts);
  const newFacts: SnapshotFact[] = [];
  const newValues: ValueChange[] = [];
  const verdicts: VerdictChange[] = [];
  for (const f of next.facts) {
    const old = match(f);
    if (!old) {
      newFacts.push(f);
      continue;
    }
    const had = new Set(old.values.map((v) => v.words));
    const added = f.values.filter((v) => !had.has(v.words));
    if (added.length) newValues.push({ fact: f, added, before: old.values.map((v) => v.words) });
    if (old.verdict !== f.verdict) verdicts.push({ fact: f, from: old.verdict, to: f.verdict });
  }
  const seenEvents = new Set(prev.timeline.flatMap((t) => t.members));
  const seenImagery = new Set(prev.timeline.map((t) => (t.observation ? `${t.observation}|${t.event}` : "")));
  const events = next.timeline.filter((t) => (t.observation ? !seenImagery.has(`${t.observation}|${t.event}`) : !overlaps(seenEvents, t.members)));
  const seenObs = new Set(prev.observations.map((o) => o.id));
  const seenAlerts = new Set(prev.alerts.map((a) => `${a.source}|${a.kind}`));
  const content: IssueContent = {
    ...base,
    kind: "changes",
    newFacts: newFacts.slice(0, MAX_ITEMS),
    newValues: newValues.slice(0, MAX_ITEMS),
    verdicts: verdicts.slice(0, MAX_ITEMS),
    events: events.slice(0, MAX_ITEMS),
    observations: next.observations.filter((o) => !seenObs.has(o.id)),
    alerts: next.alerts.filter((a) => !seenAlerts.has(`${a.source}|${a.kind}`)),
    sources: {},
  };
  return withSources(content, next);
}

/** Whether an issue has anything to say. Alerts alone do not make an issue: they ride in the next one. */
export function hasNews(c: IssueContent): boolean {
  return c.kind === "summary" || c.newFacts.length + c.newValues.length + c.verdicts.length + c.events.length + c.observations.length > 0;
}

/** Keeps only the sources the issue cites. */
function withSources(c: IssueContent, s: Snapshot): IssueContent {
  const ids = new Set<string>();
  const facts = [...c.keyFacts, ...c.newFacts, ...c.newValues.map((v) => v.fact), ...c.verdicts.map((v) => v.fact)];
  for (const f of facts) for (const v of f.values) for (const id of v.sources) ids.add(id);
  for (const t of c.events) for (const id of t.sources) ids.add(id);
  const sources: Snapshot["sources"] = {};
  for (const id of [...ids].sort()) if (s.sources[id]) sources[id] = s.sources[id];
  return { ...c, sources };
}
