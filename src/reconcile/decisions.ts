/**
 * The analyst's last word: merge, split, verdict and hide decisions applied over the facts that
 * reconciliation found. A decision names figures by their place in a report (source, start, end),
 * never by fact ids, which shift as reports come and go; so a decision made today still finds its
 * figures after a re-ingest or after new reports join the dossier. A decision whose figures are
 * all gone does nothing (and `applyDecisions` says so in `stale`).
 * @module
 */
import type { AnalystDecision, Decision, Fact, FactMember, FigureKey } from "../types.js";

/** Recomputes what depends on a fact's members (verdict, reason, values, origins) after a merge or split. */
export type Judge = (members: FactMember[], template: Fact) => Fact;

export const figureKey = (m: FigureKey) => `${m.source}\u0000${m.start}\u0000${m.end}`;

export interface Decided {
  facts: Fact[];
  /** ids of decisions none of whose figures is in the dossier any more */
  stale: number[];
}

/**
 * Applies decisions in the order they were made (later ones see the effect of earlier ones).
 * Pure: the given facts are not changed.
 */
export function applyDecisions(facts: Fact[], decisions: Decision[], judge: Judge): Decided {
  let current = facts.slice();
  const stale: number[] = [];
  const ordered = [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  for (const d of ordered) {
    const next = applyOne(current, d, judge);
    if (next) current = next;
    else stale.push(d.id);
  }
  return { facts: current, stale };
}

/** Index of every fact holding one of the keys. */
function factsHolding(facts: Fact[], keys: Set<string>): number[] {
  const out: number[] = [];
  facts.forEach((f, i) => {
    for (const m of f.members)
      if (keys.has(figureKey(m))) {
        out.push(i);
        return;
      }
  });
  return out;
}

const note = (d: Decision): AnalystDecision => ({ id: d.id, action: d.action, at: d.at, reason: d.reason ?? null, ...(d.verdict ? { verdict: d.verdict } : {}) });

function withDecision(f: Fact, d: Decision): Fact {
  return { ...f, decisions: [...(f.decisions ?? []), note(d)] };
}

function applyOne(facts: Fact[], d: Decision, judge: Judge): Fact[] | null {
  const keys = new Set(d.figures.map(figureKey));
  const hit = factsHolding(facts, keys);
  if (!hit.length) return null;
  switch (d.action) {
    case "merge": {
      if (hit.length < 2) return facts.map((f, i) => (i === hit[0] ? withDecision(f, d) : f));
      const [first, ...rest] = hit.map((i) => facts[i]);
      const members: FactMember[] = [];
      for (const f of [first, ...rest]) for (const m of f.members) members.push(m);
      members.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
      const merged = withDecision(judge(members, first), d);
      merged.decisions = [...rest.flatMap((f) => f.decisions ?? []), ...(merged.decisions ?? [])];
      const drop = new Set(hit.slice(1));
      return facts.flatMap((f, i) => (i === hit[0] ? [merged] : drop.has(i) ? [] : [f]));
    }
    case "split": {
      // every named figure leaves its fact; those from one fact form one new fact together
      const out: Fact[] = [];
      facts.forEach((f, i) => {
        if (!hit.includes(i)) return void out.push(f);
        const off = f.members.filter((m) => keys.has(figureKey(m)));
        const stay = f.members.filter((m) => !keys.has(figureKey(m)));
        if (!stay.length) return void out.push(withDecision(f, d));
        out.push(withDecision(judge(stay, f), d));
        const split = withDecision(judge(off, { ...f, decisions: [] }), d);
        out.push({ ...split, id: `${f.id}~${off[0].source}-${off[0].start}` });
      });
      return out;
    }
    case "verdict":
      return facts.map((f, i) => (hit.includes(i) && d.verdict ? withDecision({ ...f, verdict: d.verdict, decidedVerdict: true }, d) : f));
    case "hide":
      return facts.map((f, i) => (hit.includes(i) ? withDecision({ ...f, hidden: true }, d) : f));
    default:
      return null;
  }
}
