/**
 * Reconciliation: mentions of many reports → facts (grouped claims with a verdict) and a timeline.
 * Pure and deterministic over mentions + report metadata.
 *
 * Steps: features of each mention (features.ts) → group into facts (cluster.ts, with the
 * pairwise evidence of similarity.ts and the value rules of values.ts) → origins of each member
 * (copies.ts, origins.ts) → verdict (verdict.ts) → timeline (timeline.ts).
 * @module
 */
import type { Fact, FactMember, Mention, Report, TimelineEntry } from "../types.js";
import { reportFeatures } from "./features.js";
import { readingOf } from "./values.js";
import { EMPTY, vectorize, type Item } from "./similarity.js";
import { cluster } from "./cluster.js";
import { findCopies } from "./copies.js";
import { originOf } from "./origins.js";
import { verdictOf } from "./verdict.js";
import { buildTimeline } from "./timeline.js";
import { aboutOf } from "./about.js";

export { findCopies } from "./copies.js";
export { buildTimeline } from "./timeline.js";

export interface ReconcileInput {
  reports: Report[];
  mentions: Mention[];
  /** every report's `copyOf` is already set by `findCopies` over these reports: skip finding copies again */
  copiesResolved?: boolean;
}

export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
}

/** Median publication date of the dated reports: the stand-in date of an undated one. */
function medianDate(reports: Report[]): string | null {
  const ds = reports.map((r) => r.published).filter((d): d is string => !!d).sort();
  return ds.length ? ds[(ds.length - 1) >> 1] : null;
}

/**
 * A fact member: the mention's fields (same keys, same order) and its report's date, publisher
 * and origin. Assigned, not spread: a spread of mentions of many shapes is slow on large inputs.
 */
function memberOf(m: Mention, published: string | null, publisher: string | null, origin: string): FactMember {
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
  const reportIndex = new Map<string, number>();
  reports.forEach((r, i) => reportIndex.has(r.id) || reportIndex.set(r.id, i));
  // mentions whose report is unknown still reconcile, against an empty text
  const extra: Report[] = [];
  for (const m of mentions)
    if (!reportIndex.has(m.source)) {
      reportIndex.set(m.source, reports.length + extra.length);
      extra.push({ id: m.source, url: null, publisher: null, published: null, language: null, title: null, hash: "", text: "" });
    }
  const all = [...reports, ...extra];
  const texts = all.map((r) => r.text ?? "");
  const copies = input.copiesResolved ? new Map<string, string>() : findCopies(reports);
  for (const r of reports) if (r.copyOf && !copies.has(r.id)) copies.set(r.id, r.copyOf);

  const byReport = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const r = reportIndex.get(m.source)!;
    (byReport.get(r) ?? byReport.set(r, []).get(r)!).push(i);
  });
  const items: Item[] = new Array(mentions.length);
  for (const [r, idx] of byReport) {
    const feats = reportFeatures(texts[r], idx.map((i) => mentions[i]));
    idx.forEach((i, k) => (items[i] = { m: mentions[i], report: r, f: feats[k], reading: readingOf(mentions[i]), vec: EMPTY, text: texts[r] }));
  }
  vectorize(items);
  const fallback = medianDate(reports);
  for (const it of items) it.published = all[it.report].published ?? fallback;

  const groups = cluster(items, texts);
  const fallbackDate = fallback;
  const facts: Fact[] = groups.map((g) => {
    const its = g.map((i) => items[i]).sort((a, b) => a.report - b.report || a.m.start - b.m.start);
    const members: FactMember[] = its.map((it) => {
      const r = all[it.report];
      return memberOf(it.m, r.published ?? null, r.publisher ?? null, originOf(it.m, copies));
    });
    const published = its.map((it) => all[it.report].published ?? fallbackDate);
    const reportsIn = new Set(its.map((it) => copies.get(it.m.source) ?? it.m.source));
    const { verdict, note } = verdictOf(its, published, reportsIn.size);
    const values: Fact["values"] = [];
    const valueKey = (m: FactMember) => `${m.unit ?? ""}|${m.low}|${m.high}|${m.qualifier ?? ""}|${m.date?.start ?? ""}|${m.date?.end ?? ""}`;
    const seen = new Map<string, number>();
    // origins per value as sets: a value repeated by a thousand reports must not cost a million checks
    const originSets: Array<Set<string>> = [];
    members.forEach((m, k) => {
      const key = valueKey(m);
      let v = seen.get(key);
      if (v === undefined) {
        v = values.length;
        seen.set(key, v);
        values.push({ low: m.low, high: m.high, date: m.date ?? null, origins: [], members: [] });
        originSets.push(new Set());
      }
      if (!originSets[v].has(m.origin)) (originSets[v].add(m.origin), values[v].origins.push(m.origin));
      values[v].members.push(k);
    });
    const first = members[0];
    return {
      id: `${first.kind}-${first.source}-${first.start}`,
      about: aboutOf(its),
      kind: first.kind,
      unit: first.unit ?? null,
      verdict,
      members,
      values,
      origins: new Set(members.map((m) => m.origin)).size,
      note,
    };
  });
  facts.sort((a, b) => b.origins - a.origins || b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { facts, timeline: buildTimeline(facts) };
}
