/**
 * The analyst's last word: merge, split, verdict and hide decisions applied to the groups that
 * reconciliation found, before the facts are judged. A decision names figures by their place in
 * a report (source, start, end), never by fact ids, which shift as reports come and go; so a
 * decision made today still finds its figures after a re-ingest or after new reports join the
 * dossier. A merged or split group is judged afresh like any other; a verdict decision then
 * overrides the computed verdict. A decision none of whose figures is left does nothing and is
 * reported in `stale`.
 * @module
 */
import type { AnalystDecision, Decision, FigureKey, Verdict } from "../types.js";

export const figureKey = (m: FigureKey) => `${m.source}\u0000${m.start}\u0000${m.end}`;

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
 * Pure: the given groups are not changed. `key` gives a member's figure key (see `figureKey`).
 */
export function applyDecisions<T>(groups: T[][], key: (t: T) => string, decisions: Decision[]): Decided<T> {
  let current: Group<T>[] = groups.map((members) => ({ members, decisions: [], verdict: null, hidden: false }));
  const stale: number[] = [];
  const ordered = [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  for (const d of ordered) {
    const next = applyOne(current, key, d);
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

function applyOne<T>(groups: Group<T>[], key: (t: T) => string, d: Decision): Group<T>[] | null {
  const keys = new Set(d.figures.map(figureKey));
  const hit = new Set<number>();
  groups.forEach((g, i) => g.members.some((m) => keys.has(key(m))) && hit.add(i));
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
        const off = g.members.filter((m) => keys.has(key(m)));
        const stay = g.members.filter((m) => !keys.has(key(m)));
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
