/**
 * The analyst's last word: merge, split, verdict and hide decisions applied to the groups that
 * reconciliation found, before the facts are judged. A decision names figures by their place in
 * a report (source, start, end), never by fact ids, which shift as reports come and go; so a
 * decision made today still finds its figures after a re-ingest or after new reports join the
 * dossier. A figure is found by overlap, not exact offsets, so a newer extractor that reads
 * "about 850 m" where an older one read "850 m" still finds it. A merged or split group is judged afresh like any other; a verdict decision then
 * overrides the computed verdict. A decision none of whose figures is left does nothing and is
 * reported in `stale`.
 * @module
 */
import type { AnalystDecision, Decision, FigureKey, Verdict } from "../types.js";

/** Whether a member is one of the named figures: same report, overlapping span. */
function matcher(figures: FigureKey[]): (m: FigureKey) => boolean {
  const bySource = new Map<string, FigureKey[]>();
  for (const f of figures) (bySource.get(f.source) ?? bySource.set(f.source, []).get(f.source)!).push(f);
  return (m) => bySource.get(m.source)?.some((f) => f.start < m.end && m.start < f.end) ?? false;
}

/** What the decisions did to the groups; arrays run parallel to `groups`. */
export interface Decided<T> {
  groups: T[][];
  /** the decisions that shaped each group, oldest first */
  decisions: AnalystDecision[][];
  /** the verdict the analyst set for the group, or null */
  verdict: Array<Verdict | null>;
  hidden: boolean[];
  /** ids of decisions none of whose figures is in the dossier any more */
  stale: number[];
}

interface Group<T> {
  members: T[];
  decisions: AnalystDecision[];
  verdict: Verdict | null;
  hidden: boolean;
}

const note = (d: Decision): AnalystDecision => ({ id: d.id, action: d.action, at: d.at, reason: d.reason ?? null, ...(d.verdict ? { verdict: d.verdict } : {}) });

/**
 * Applies decisions in the order they were made (later ones see the effect of earlier ones).
 * Pure: the given groups are not changed. `figure` gives a member's place in its report.
 */
export function applyDecisions<T>(groups: T[][], figure: (t: T) => FigureKey, decisions: Decision[]): Decided<T> {
  let current: Group<T>[] = groups.map((members) => ({ members, decisions: [], verdict: null, hidden: false }));
  const stale: number[] = [];
  const ordered = [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  for (const d of ordered) {
    const next = applyOne(current, figure, d);
    if (next) current = next;
    else stale.push(d.id);
  }
  return {
    groups: current.map((g) => g.members),
    decisions: current.map((g) => g.decisions),
    verdict: current.map((g) => g.verdict),
    hidden: current.map((g) => g.hidden),
    stale,
  };
}

function applyOne<T>(groups: Group<T>[], figure: (t: T) => FigureKey, d: Decision): Group<T>[] | null {
  const match = matcher(d.figures);
  const named = (t: T) => match(figure(t));
  const hit = new Set<number>();
  groups.forEach((g, i) => g.members.some(named) && hit.add(i));
  if (!hit.size) return null;
  const shaped = (g: Group<T>, extra: Partial<Group<T>> = {}): Group<T> => ({ ...g, ...extra, decisions: [...g.decisions, note(d)] });
  switch (d.action) {
    case "merge": {
      const [first, ...rest] = [...hit].map((i) => groups[i]);
      const merged = shaped({
        members: [first, ...rest].flatMap((g) => g.members),
        decisions: [first, ...rest].flatMap((g) => g.decisions),
        // the analyst's own earlier calls survive a merge; hiding any part hides the whole
        verdict: [first, ...rest].map((g) => g.verdict).find((v) => v) ?? null,
        hidden: [first, ...rest].some((g) => g.hidden),
      });
      let at = Number.POSITIVE_INFINITY;
      for (const i of hit) at = Math.min(at, i);
      return groups.flatMap((g, i) => (i === at ? [merged] : hit.has(i) ? [] : [g]));
    }
    case "split":
      // every named figure leaves its group; those from one group form one new group together
      return groups.flatMap((g, i) => {
        if (!hit.has(i)) return [g];
        const off = g.members.filter(named);
        const stay = g.members.filter((m) => !named(m));
        if (!stay.length) return [shaped(g)];
        return [shaped({ ...g, members: stay, verdict: null }), shaped({ members: off, decisions: [], verdict: null, hidden: g.hidden })];
      });
    case "verdict":
      return d.verdict ? groups.map((g, i) => (hit.has(i) ? shaped(g, { verdict: d.verdict! }) : g)) : null;
    case "hide":
      return groups.map((g, i) => (hit.has(i) ? shaped(g, { hidden: true }) : g));
    default:
      return null;
  }
}
