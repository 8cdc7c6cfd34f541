/**
 * Why a fact has its verdict, in words a reader follows: "Northern Wire (2 May) says 1 km;
 * Harbour Times (30 Apr) says 850 m: they differ by 15%, more than rounding allows."
 * Written from the verdict's typed reasons (which members disagree, by how much, when); facts
 * without them are explained from their values. No machine strings reach the page.
 * @module
 */
import type { Disagreement, Fact, FactMember, Revision } from "../types.js";
import { formatDay, formatValue, num } from "./format.js";
import { latestRevision, publisherOf, unitsApart, valuesOf, type Source, type ValueView } from "./view.js";

const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2 May 2025", or "2 May" when `year` is the year the sentence is already in. */
function shortDay(d: string | null | undefined, year?: string): string | null {
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
  if (!m) return null;
  return `${Number(m[3])} ${MON[Number(m[2]) - 1]}${m[1] === year ? "" : ` ${m[1]}`}`;
}

/**
 * "Reuters (2 May)": who states a member, and when. An undated report's time is the rough date
 * its manifest note gives: said so ("date unknown, c. 30 Apr"), never passed off as a dateline.
 */
function who(m: FactMember, sources: Map<string, Source>, time: string | null | undefined, year?: string): string {
  const day = shortDay(time ?? m.published, year);
  const when = !day ? "date unknown" : m.published ? day : `date unknown, c. ${day}`;
  return `${publisherOf(sources.get(m.source), m.source)} (${when})`;
}

const says = (m: FactMember) => formatValue({ ...m, kind: m.kind, unit: m.unit });

/** "31 days", "about 4 months", "about 2 years". */
function daysWords(days: number): string {
  if (days < 60) return `${num(days)} ${days === 1 ? "day" : "days"}`;
  if (days < 730) return `about ${num(Math.round(days / 30.44))} months`;
  return `about ${num(Math.round(days / 365.25))} years`;
}

/** Days between the nearest ends of two periods (0 when they meet). */
function periodGap(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;
  const gap = Math.max(t(b.start) - t(a.end), t(a.start) - t(b.end)) - 1;
  return Number.isFinite(gap) ? Math.max(0, Math.round(gap)) : 0;
}

/** How far apart two numbers are, as a share of the larger: 850 and 1,000 → "15%". */
const apart = (ratio: number) => `${num((1 - 1 / ratio) * 100, 2)}%`;

const REVISION_WHY: Record<Revision["why"], string> = {
  "same-origin": "the same outlet changed its figure",
  estimate: "a later estimate replaces the earlier one",
  "running-count": "a running count that grows as events go on",
  "status-count": "a count of the injured or hospitalized, or of the places that hold them, moves both ways as they die, recover or go home",
  "dated-earlier": "the report itself dates the earlier figure before its own",
  reading: "a level or a speed rises and falls, and a reading more than ten days later replaces the earlier one",
};

/** One or two sentences saying why `f` has its verdict. */
export function explainVerdict(f: Fact, sources: Map<string, Source>): string {
  const computed = computedWords(f, sources);
  const set = f.decidedVerdict ? [...(f.decisions ?? [])].reverse().find((d) => d.action === "verdict") : undefined;
  if (!set) return computed;
  // the analyst's word first; what the figures alone would say stays beside it, said to be theirs
  // (else "agree" is followed by the figures' case for a conflict, as if it were the analyst's)
  const why = set.reason ? `: ${set.reason.replace(/[.\s]+$/, "")}` : "";
  return `An analyst set this verdict to ${f.verdict} on ${formatDay(set.at.slice(0, 10))}${why}. The figures alone: ${computed}`;
}

function computedWords(f: Fact, sources: Map<string, Source>): string {
  const reason = f.reason;
  const year = commonYear(f);
  if (reason?.verdict === "conflict" && reason.disagreements.length) return conflictWords(f, reason.disagreements, sources, year);
  if ((reason?.verdict === "revised" || reason?.verdict === "conflict") && reason.revisions.length) return revisedWords(f, reason.revisions, sources, year);
  if (reason?.verdict === "agree" && reason.apart?.length) return unlikeWords(f, reason.origins, reason.apart, sources, year);
  if (reason?.verdict === "agree") {
    const units = unitsApart(f);
    return `${num(reason.origins)} independent sources give values that agree within rounding and the approximations they state${units ? ` in each currency; figures in ${units.join(", ")} are not compared with each other` : ""}.`;
  }
  if (reason?.verdict === "single") return "Only one independent source states this figure (copies of it count once).";
  return fromValues(f, valuesOf(f, sources), sources, year);
}

function conflictWords(f: Fact, ds: Disagreement[], sources: Map<string, Source>, year?: string): string {
  // the disagreement between the best-backed values speaks for the fact, the narrowest of those
  // (one report's two sources only when no two reports disagree); the others are counted. The
  // widest picked the strays: two one-source outliers, likely of another thing, read as the
  // dispute ("581 m" vs "100 km" beside four sources' 850 m)
  const within = (x: Disagreement) => (f.members[x.a]?.source === f.members[x.b]?.source ? 1 : 0);
  const backing = new Map<number, number>();
  for (const v of f.values) for (const i of v.members) backing.set(i, v.origins.length);
  const weaker = (x: Disagreement) => Math.min(backing.get(x.a) ?? 1, backing.get(x.b) ?? 1);
  const both = (x: Disagreement) => (backing.get(x.a) ?? 1) + (backing.get(x.b) ?? 1);
  const d = [...ds].sort((x, y) => within(x) - within(y) || weaker(y) - weaker(x) || both(y) - both(x) || x.gap - y.gap)[0];
  const pair = pairWords(f, d, sources, year);
  if (!pair) return fromValues(f, valuesOf(f, sources), sources, year);
  const gap = d.gapUnit === "days" ? `they are ${daysWords(d.gap)} apart` : d.gapUnit === "difference" ? `they differ by ${num(d.gap)}${f.members[d.a]?.unit ? ` in ${f.members[d.a].unit}` : ""}` : `they differ by ${apart(d.gap)}`;
  const when = d.fixed ? "; this cannot change over time, so reports of any date count" : "";
  const more = ds.length > 1 ? ` (${ds.length - 1} more ${ds.length === 2 ? "pair disagrees" : "pairs disagree"} likewise.)` : "";
  return `${pair}: ${gap}, more than rounding allows${when}.${more}`;
}

/** "A (date) says x; B (date) says y" of a pair of members, or null when one is not in the fact. */
function pairWords(f: Fact, d: Disagreement, sources: Map<string, Source>, year?: string): string | null {
  const a = f.members[d.a];
  const b = f.members[d.b];
  if (!a || !b) return null;
  // one report quoting two sources: it is named once
  const second = a.source === b.source ? "the same report, quoting another source," : who(b, sources, d.timeB, year);
  return `${who(a, sources, d.timeA, year)} says ${says(a)}; ${second} says ${says(b)}`;
}

/** An "agree" whose values do not all meet: the pair apart is named, and why it is not a conflict. */
function unlikeWords(f: Fact, origins: number, ds: Disagreement[], sources: Map<string, Source>, year?: string): string {
  const pair = pairWords(f, ds[0], sources, year);
  if (!pair) return `${num(origins)} independent sources; some of their values differ, but their words suggest they measure different things.`;
  const more = ds.length > 1 ? ` (${ds.length - 1} more ${ds.length === 2 ? "pair differs" : "pairs differ"} likewise.)` : "";
  return `${pair}: the values differ, but their sentences suggest they measure different things (another place, a part of a whole, or another thing), so they are not counted as a conflict.${more}`;
}

function revisedWords(f: Fact, rs: Revision[], sources: Map<string, Source>, year?: string): string {
  // the latest revision: the figure it replaced and the one that stands now
  const last = latestRevision(f, rs);
  const from = f.members[last.from];
  const to = f.members[last.to];
  if (!from || !to) return fromValues(f, valuesOf(f, sources), sources, year);
  return `${who(from, sources, last.fromTime, year)} gave ${says(from)}; ${who(to, sources, last.toTime, year)} gives ${says(to)}: ${REVISION_WHY[last.why]}, so the later figure stands.`;
}

/** Facts without typed reasons: the two best-backed values and their first sources. */
function fromValues(f: Fact, views: ValueView[], sources: Map<string, Source>, year?: string): string {
  const firstOf = (v: ValueView) => v.quotes[0]?.member ?? v.members[0];
  if (f.verdict === "single" || views.length === 0) return "Only one independent source states this figure (copies of it count once).";
  if (f.verdict === "agree" || views.length === 1) return `${num(f.origins)} independent sources give values that agree within rounding and the approximations they state.`;
  const [x, y] = f.verdict === "revised" ? [views[0], views[views.length - 1]] : [views[0], views[1]];
  const a = firstOf(x);
  const b = firstOf(y);
  if (!a || !b) return "";
  if (f.verdict === "revised") return `${who(a, sources, a.published, year)} gave ${x.words}; ${who(b, sources, b.published, year)} gives ${y.words}: the figure changed between reports published far apart, so the later one stands.`;
  const lo = Math.min(Math.abs(a.high ?? a.low ?? 0), Math.abs(b.high ?? b.low ?? 0));
  const hi = Math.max(Math.abs(a.low ?? a.high ?? 0), Math.abs(b.low ?? b.high ?? 0));
  const days = a.date && b.date ? periodGap(a.date, b.date) : 0;
  const gap = a.date && b.date ? (days > 0 ? `: the periods are ${daysWords(days)} apart` : ": they cannot both be right") : lo > 0 && hi > lo ? `: they differ by ${apart(hi / lo)}, more than rounding allows` : ": they cannot both be right";
  return `${who(a, sources, a.published, year)} says ${x.words}; ${who(b, sources, b.published, year)} says ${y.words}${gap}.`;
}

/** The year every member's report shares, so dates in the sentence can leave it out. */
function commonYear(f: Fact): string | undefined {
  const years = new Set(f.members.map((m) => m.published?.slice(0, 4) ?? ""));
  return years.size === 1 ? [...years][0] || undefined : undefined;
}
