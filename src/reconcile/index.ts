/**
 * Reconciliation: mentions of many reports → facts (grouped claims with a verdict) and a timeline.
 * Pure and deterministic over mentions + report metadata.
 *
 * Steps: features of each mention (prepare.ts, features.ts) and its property (property.ts) →
 * group into facts by the learned pairwise model (pairs.ts, model.ts, weights.ts, link.ts) →
 * origins of each member (origins.ts, with the reports' `copyOf` set by `findCopies` beforehand)
 * → each figure's time and interval (time.ts, interval.ts, judge.ts) → verdict by the corpus
 * rules (verdict.ts) → timeline (timeline.ts).
 * @module
 */
import type { Decision, Fact, FactMember, FactValue, Mention, OriginKey, Report, TimelineEntry, VerdictReason } from "../types.js";
import type { Item } from "./similarity.js";
import { judgedOf } from "./judge.js";
import { prepare } from "./prepare.js";
import { link, wordsScorer } from "./link.js";
import { propertiesOf } from "./property.js";
import { sidesOf } from "./pairs.js";
import { MODEL } from "./weights.js";
import type { Model } from "./model.js";
import { originOf } from "./origins.js";
import { verdictOf, type Judged } from "./verdict.js";
import { buildTimeline } from "./timeline.js";
import { aboutOf } from "./about.js";
import { applyDecisions } from "./decisions.js";
import { keptState, type UpkeepState } from "./update.js";

export { findCopies, copyKeys, mayBeCopies, type CopyKeys } from "./copies.js";
export { buildTimeline } from "./timeline.js";
export type { Model } from "./model.js";
export { fitModel, trainingSet, type TrainingCluster } from "./train.js";
export { neighbourhood, UPDATE_SHARE, update, type UpkeepState } from "./update.js";

export interface ReconcileInput {
  reports: Report[];
  mentions: Mention[];
  /** facts given, as lists of "source@start" keys (the eval judges gold facts this way); the rest stay alone */
  groups?: string[][];
  /** the analyst's decisions (merge, split, verdict, hide), applied in the order they were made */
  decisions?: Decision[];
  /** the pairwise model (default: the checked-in weights); the eval passes one fitted without the cluster it scores */
  model?: Model;
  /** also return `state`: what an incremental `update` later needs beside the facts */
  keep?: boolean;
}

export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
  /** ids of decisions none of whose figures is left (only when decisions were given) */
  stale?: number[];
  /** with `keep`: what `update` needs to bring these facts up to date (parallel to `facts`) */
  state?: UpkeepState;
}

/**
 * A fact member: the mention's fields (same keys, same order) and its report's date, publisher
 * and origin. Assigned, not spread: a spread of mentions of many shapes is slow on large inputs.
 */
function memberOf(m: Mention, published: string | null, publisher: string | null, origin: OriginKey): FactMember {
  const o = Object.assign({}, m) as FactMember;
  o.published = published;
  o.publisher = publisher;
  o.origin = origin;
  return o;
}

export function reconcile(input: ReconcileInput): Reconciled {
  const reports = input?.reports ?? [];
  const mentions = (input?.mentions ?? []).filter((m) => m && typeof m.start === "number" && typeof m.end === "number");
  if (!mentions.length) return { facts: [], timeline: [] };
  // copies were found once, before reconciling (src/app/copies.ts): a copy counts as its original
  const copies = new Map<string, string>();
  for (const r of reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const { items, all, texts, times, byReport, freq } = prepare(reports, mentions, { count: input.keep });
  const judged = judgedOf(items, all, copies, times, byReport);

  const model = input.model ?? MODEL;
  const props = input.groups ? null : propertiesOf(items);
  // one set of sides for grouping and for the verdict's words-only scorer
  const sides = props ? sidesOf(items, props) : null;
  let groups = props ? link(items, props, model, texts, sides!) : groupsFrom(input.groups!, mentions);
  // a disagreement counts between figures the words alone tie to one property (model.trust); not
  // for groups given or reshaped by the analyst, who has said they are one
  const words = props && model.trust != null ? wordsScorer(items, props, model, sides!) : null;
  const trust = model.trust ?? 0;
  // the analyst's decisions reshape the groups before they are judged, and may set a verdict or hide a fact
  const decided = input.decisions?.length ? applyDecisions(groups, (i) => mentions[i], input.decisions) : null;
  if (decided) groups = decided.groups;
  // with `keep`: per fact, its members (sorted) and the pairs of them the words did not tie
  const kept = input.keep ? new Map<Fact, { sorted: number[]; untrusted: string[] }>() : null;
  const facts: Fact[] = groups.map((g, k) => {
    const sorted = g.slice().sort((a, b) => items[a].report - items[b].report || items[a].m.start - items[b].m.start);
    const untrusted: string[] = [];
    const trusted = words && !decided?.decisions[k].length ? (x: number, y: number) => {
      const ok = words(sorted[x], sorted[y]) >= trust;
      if (!ok && kept) untrusted.push(pairKey(items[sorted[x]].m, items[sorted[y]].m));
      return ok;
    } : undefined;
    const f = factOf(sorted, items, judged, all, copies, trusted);
    kept?.set(f, { sorted, untrusted });
    if (!decided?.decisions[k].length) return f;
    f.decisions = decided.decisions[k];
    const verdict = decided.verdict[k];
    if (verdict) (f.verdict = verdict), (f.decidedVerdict = true);
    if (decided.hidden[k]) f.hidden = true;
    return f;
  });
  sortFacts(facts);
  const state = kept ? keptState(facts.map((f) => kept.get(f)!), judged, freq!()) : undefined;
  return { facts, timeline: buildTimeline(facts.filter((f) => !f.hidden)), ...(decided ? { stale: decided.stale } : {}), ...(state ? { state } : {}) };
}

/** The order facts are listed in: most origins, most members, then by id. */
export function sortFacts(facts: Fact[]): Fact[] {
  return facts.sort((a, b) => b.origins - a.origins || b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Two figures as one key, in the order given ("source@start source@start"). */
export const pairKey = (a: Mention, b: Mention) => `${a.source}@${a.start} ${b.source}@${b.start}`;

/** Given groups (by mention key "source@start"): used by the eval to judge gold facts. */
function groupsFrom(groups: string[][], mentions: Mention[]): number[][] {
  const at = new Map<string, number>();
  mentions.forEach((m, i) => at.set(`${m.source}@${m.start}`, i));
  const used = new Set<number>();
  const out = groups.map((g) => g.map((k) => at.get(k)).filter((i): i is number => i !== undefined && !used.has(i) && !!used.add(i)));
  mentions.forEach((_, i) => used.has(i) || out.push([i]));
  return out.filter((g) => g.length);
}

function factOf(g: number[], items: Item[], judged: Judged[], all: Report[], copies: Map<string, string>, trusted?: (x: number, y: number) => boolean): Fact {
  const its = g.map((i) => items[i]);
  const js = g.map((i) => judged[i]);
  const members: FactMember[] = its.map((it, k) => factMember(it, js[k], all[it.report], copies));
  return factFrom(members, js, aboutOf(its), trusted);
}

/** A figure as a fact member: its mention, its report's date and publisher, its origin, time and interval. */
export function factMember(it: Item, j: Judged, r: Report, copies: Map<string, string>): FactMember {
  const o = memberOf(it.m, r.published ?? null, r.publisher ?? null, originOf(it.m, copies));
  o.time = { date: j.time, earlier: j.earlier };
  o.interval = j.span && Number.isFinite(j.span.low) && Number.isFinite(j.span.high) ? { low: j.span.low, high: j.span.high } : null;
  return o;
}

/** A fact of members in order (`js` what the verdict needs of each): its verdict, values and origins. */
export function factFrom(members: FactMember[], js: Judged[], about: string, trusted?: (x: number, y: number) => boolean): Fact {
  const { verdict, reason } = verdictOf(js, trusted);
  const values: FactValue[] = [];
  const valueKey = (m: FactMember) => `${m.unit ?? ""}|${m.low}|${m.high}|${m.qualifier ?? ""}|${m.date?.start ?? ""}|${m.date?.end ?? ""}`;
  const seen = new Map<string, number>();
  // origins per value as sets: a value repeated by a thousand reports must not cost a million checks
  const originSets: Array<Set<string>> = [], sourceSets: Array<Set<string>> = [];
  members.forEach((m, k) => {
    const key = valueKey(m);
    let v = seen.get(key);
    if (v === undefined) {
      v = values.length;
      seen.set(key, v);
      values.push({ low: m.low, high: m.high, date: m.date ?? null, qualifier: m.qualifier ?? null, origins: [], members: [], sources: [], time: null });
      originSets.push(new Set());
      sourceSets.push(new Set());
    }
    const val = values[v];
    if (!originSets[v].has(m.origin)) (originSets[v].add(m.origin), val.origins.push(m.origin));
    if (!sourceSets[v].has(m.source)) (sourceSets[v].add(m.source), val.sources!.push(m.source));
    val.members.push(k);
    const t = js[k].time;
    if (t && (!val.time || t < val.time)) val.time = t;
  });
  const first = members[0];
  return {
    id: `${first.kind}-${first.source}-${first.start}`,
    about,
    kind: first.kind,
    unit: first.unit ?? null,
    verdict,
    members,
    values,
    origins: new Set(members.map((m) => m.origin)).size,
    reason,
    note: noteOf(reason, members),
  };
}

/** A short English note for readers that do not read `reason` yet (the briefing's prose is written from `reason`). */
function noteOf(reason: VerdictReason, members: FactMember[]): string {
  const q = (i: number) => `${members[i].source}: ${JSON.stringify(members[i].text)}${members[i].time?.date ? ` (${members[i].time!.date})` : ""}`;
  switch (reason.verdict) {
    case "single":
      return "one outlet";
    case "agree":
      return `${reason.origins} outlets, values compatible within rounding and stated bounds`;
    case "conflict":
      return `incompatible values: ${reason.disagreements.slice(0, 3).map((d) => `${q(d.a)} vs ${q(d.b)}`).join("; ")}`;
    case "revised":
      return `later figures replace earlier ones: ${reason.revisions.slice(0, 3).map((r) => `${q(r.from)} → ${q(r.to)}`).join("; ")}`;
  }
}
