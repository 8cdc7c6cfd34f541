/**
 * Reconciliation: mentions of many reports → facts (grouped claims with a verdict) and a timeline.
 * Pure and deterministic over mentions + report metadata.
 *
 * Steps: features of each mention (prepare.ts, features.ts) and its property (property.ts) →
 * group into facts by the learned pairwise model (pairs.ts, model.ts, weights.ts, link.ts) →
 * origins of each member (origins.ts, with the reports' `copyOf` set by `findCopies` beforehand)
 * → each figure's time and interval (time.ts, interval.ts, judge.ts) → verdict by the corpus
 * rules (verdict.ts), members and fact built (fact.ts) → timeline (timeline.ts).
 * @module
 */
import type { Decision, Fact, FactMember, Mention, Report, TimelineEntry } from "../types.js";
import type { Item } from "./similarity.js";
import { judgedOf } from "./judge.js";
import { prepare } from "./prepare.js";
import { link } from "./link.js";
import { groupWords, wordsScorer } from "./words-only.js";
import { splitGroup } from "./split.js";
import { joinRivals } from "./join.js";
import { verdictOf } from "./verdict.js";
import { mainThings, propertiesOf, type Prop } from "./property.js";
import { sidesOf } from "./pairs.js";
import { APART, apartIn, trustedIn } from "./trust.js";
import { MODEL } from "./weights.js";
import type { Model } from "./model.js";
import type { Judged } from "./verdict.js";
import { buildTimeline } from "./timeline.js";
import { aboutOf } from "./about.js";
import { applyDecisions } from "./decisions.js";
import { keptState, type UpkeepState } from "./upkeep.js";
import { factFrom, factMember, pairKey, sortFacts } from "./fact.js";
import { markStories } from "./stories.js";

export { reportPrep } from "./stored.js";
export { findCopies, copyKeys, mayBeCopies, type CopyKeys } from "./copies.js";
export { buildTimeline, byTimeline } from "./timeline.js";
export type { Model } from "./model.js";
export { fitModel, fitShipped, trainingSet, type TrainingCluster } from "./train.js";
export { candidateFacts, factMeta, neighbourhood, skeletonOf, type FactMeta, type Skeleton } from "./neighbourhood.js";
export { UPDATE_SHARE, update, updating } from "./update.js";
export type { UpkeepState } from "./upkeep.js";

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
  /** per report id, what prepare works out of the report alone, as stored when it was added (`reportPrep`) */
  stored?: ReadonlyMap<string, Uint8Array>;
}

export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
  /** ids of decisions none of whose figures is left (only when decisions were given) */
  stale?: number[];
  /** with `keep`: what `update` needs to bring these facts up to date (parallel to `facts`) */
  state?: UpkeepState;
}

export function reconcile(input: ReconcileInput): Reconciled {
  const reports = input?.reports ?? [];
  const mentions = (input?.mentions ?? []).filter((m) => m && typeof m.start === "number" && typeof m.end === "number");
  if (!mentions.length) return { facts: [], timeline: [] };
  // copies were found once, before reconciling (src/app/copies.ts): a copy counts as its original
  const copies = new Map<string, string>();
  for (const r of reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const { items, all, texts, times, byReport, freq } = prepare(reports, mentions, { count: input.keep, stored: input.stored });
  const judged = judgedOf(items, all, copies, times, byReport);
  // reports of two unrelated stories in one store: their figures are never one fact (given groups aside)
  const stories = input.groups ? 1 : markStories(items, all, texts);

  const model = input.model ?? MODEL;
  const main = input.groups ? null : mainThings(items);
  // one set of sides for grouping and for the verdict's words-only scorer; the properties they
  // are read from are not kept (held to the end, a cold reconcile carried ~18,000 of them into
  // the old generation: link and wordsScorer read properties only when not given sides)
  const sides = main ? sidesOf(items, propertiesOf(items, main)) : null;
  let groups = sides ? link(items, UNREAD, model, texts, sides) : groupsFrom(input.groups!, mentions);
  // a disagreement counts between figures the words alone tie to one property (model.trust); not
  // for groups given or reshaped by the analyst, who has said they are one
  const words = sides ? wordsScorer(items, UNREAD, model, sides) : null;
  const trust = model.trust ?? 0;
  // the join pass (join.ts): rival values of one property, each grouped into a fact of its own, made one fact
  if (model.join && sides && words && model.attach) {
    const agrees = (g: number[]) => {
      const two = apartIn(g, sides);
      const tie = trustedIn(g, sides, words, trust, two);
      return verdictOf(g.map((i) => judged[i]), (x, y) => tie(g[x], g[y]), (x, y) => two(g[x], g[y])).verdict !== "conflict";
    };
    groups = joinRivals(groups, items, sides, groupWords(items, sides, model.attach), model, agrees, model.join);
  }
  // the analyst's decisions reshape the groups before they are judged, and may set a verdict or hide a fact
  const decided = input.decisions?.length ? applyDecisions(groups, (i) => mentions[i], input.decisions) : null;
  if (decided) groups = decided.groups;
  // with `keep`: per fact, its members (sorted) and the pairs of them the words did not tie
  const kept = input.keep ? new Map<Fact, { sorted: number[]; untrusted: string[] }>() : null;
  // the split pass (split.ts): a conflict whose value subgroups the words tell apart is two facts
  const splitWords = sides && model.split && model.attach ? groupWords(items, sides, model.attach) : null;
  const byOrder = (a: number, b: number) => items[a].report - items[b].report || items[a].m.start - items[b].m.start;
  const facts: Fact[] = groups.flatMap((g, k) => {
    const sorted = g.slice().sort(byOrder);
    const f = build(sorted, k);
    if (f.verdict !== "conflict" || !splitWords || decided?.decisions[k].length) return [f];
    const pieces = splitGroup(sorted, judged, sides!, splitWords, model.split!);
    if (pieces.length < 2) return [f];
    kept?.delete(f);
    return pieces.map((p) => build(p, k));
  });
  function build(sorted: number[], k: number): Fact {
    const untrusted: string[] = [];
    const two = sides && words && !decided?.decisions[k].length ? apartIn(sorted, sides) : null;
    const tie = two ? trustedIn(sorted, sides!, words!, trust, two) : null;
    const trusted = tie ? (x: number, y: number) => {
      const ok = tie(sorted[x], sorted[y]);
      if (!ok && kept) untrusted.push(pairKey(items[sorted[x]].m, items[sorted[y]].m));
      return ok;
    } : undefined;
    // a pair set apart is no revision either; kept with a mark of its own for an update
    const apart = two ? (x: number, y: number) => {
      const no = two(sorted[x], sorted[y]);
      if (no && kept) untrusted.push(APART + pairKey(items[sorted[x]].m, items[sorted[y]].m));
      return no;
    } : undefined;
    const f = factOf(sorted, items, judged, all, copies, trusted, apart, !!kept);
    kept?.set(f, { sorted, untrusted });
    if (!decided?.decisions[k].length) return f;
    f.decisions = decided.decisions[k];
    const verdict = decided.verdict[k];
    if (verdict) (f.verdict = verdict), (f.decidedVerdict = true);
    if (decided.hidden[k]) f.hidden = true;
    return f;
  }
  sortFacts(facts);
  const state = kept ? keptState(facts.map((f) => kept.get(f)!), judged, freq!(), main ? Object.fromEntries([...main].map(([r, t]) => [all[r].id, t])) : undefined, stories) : undefined;
  return { facts, timeline: buildTimeline(facts.filter((f) => !f.hidden)), ...(decided ? { stale: decided.stale } : {}), ...(state ? { state } : {}) };
}

/** The properties passed where sides are given (never read). */
const UNREAD: Prop[] = [];

/** Given groups (by mention key "source@start"): used by the eval to judge gold facts. */
function groupsFrom(groups: string[][], mentions: Mention[]): number[][] {
  const at = new Map<string, number>();
  mentions.forEach((m, i) => at.set(`${m.source}@${m.start}`, i));
  const used = new Set<number>();
  const out = groups.map((g) => g.map((k) => at.get(k)).filter((i): i is number => i !== undefined && !used.has(i) && !!used.add(i)));
  mentions.forEach((_, i) => used.has(i) || out.push([i]));
  return out.filter((g) => g.length);
}

function factOf(g: number[], items: Item[], judged: Judged[], all: Report[], copies: Map<string, string>, trusted?: (x: number, y: number) => boolean, apart?: (x: number, y: number) => boolean, every = false): Fact {
  const its = g.map((i) => items[i]);
  const js = g.map((i) => judged[i]);
  const members: FactMember[] = its.map((it, k) => factMember(it, js[k], all[it.report], copies));
  return factFrom(members, js, aboutOf(its), trusted, apart, every);
}
