/**
 * The period an amount is of: the date its sentence gives it ("reached $84.6 billion in 2026",
 * "in December alone it totaled $8.1 billion", "a target of $100 billion by 2030", "in the first
 * half"). Two amounts of two periods are two facts, whatever their words: a month's trade is no
 * rival of the year's, a target for 2030 none of the outcome of 2026, last year's deficit none of
 * this year's. Only sums of money and percentages are given one (flows and rates over a time);
 * a count or a length beside a date is most often the date's event, not a period it covers.
 * Read the other way, a date an amount takes is a stretch counted over, not the day of a
 * happening (stretchesOf; roles.ts sets it apart from a deadline).
 * @module
 */
import type { Mention } from "../types.js";
import { dayOf } from "./interval.js";
import { localeFor, NEVER } from "./locale.js";
import { byStart, mapped } from "./arrays.js";

/** A period as days (inclusive), or null. */
export type Period = readonly [number, number] | null;

/** How far (in characters) a date may lie from the amount it gives a period. */
const NEAR = 60;

/** A clause break between an amount and a date: the date is the next clause's; the language's `clause` words after a comma are one too ("…, and in December alone it totaled…"). */
const MARKS = /[;:]/;

/** A sentence end between two places of a text. */
const BREAK = /[.!?]["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\d])|\n\s*\n/u;

/**
 * A date right after a verb of saying ("said on Wednesday", "announced last week") is the day of a
 * statement, no period of an amount. Read from the words, not the figure's features: a report's
 * figures are not all prepared in an update (update.ts), and its periods must not change with that.
 */
function said(text: string, d: Mention, language: string | null | undefined): boolean {
  const cue = localeFor(language).said;
  if (!cue) return false;
  const words = text.slice(Math.max(0, d.start - 30), d.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.slice(-3).some((w) => cue.test(w));
}

/**
 * The figures of one report (`ms`, in its `language`): each figure's period. With `pick`, of the
 * figures it marks only (the others' are null; an update reads a few figures of each report).
 * `at`: the report's amount dates, when the caller reads its stretches too (one search for both).
 */
export function periodsOf(text: string, ms: readonly Mention[], language: string | null | undefined, pick?: ArrayLike<boolean>, at = amountDates(text, ms, language)): Period[] {
  return mapped(ms, (m, i) => {
    if (!isAmount(m) || (pick && !pick[i]) || !at) return null;
    const best = at(i);
    if (best < 0) return null;
    const lo = dayOf(ms[best].date!.start), hi = dayOf(ms[best].date!.end ?? ms[best].date!.start);
    return Number.isNaN(lo) || Number.isNaN(hi) ? null : [Math.min(lo, hi), Math.max(lo, hi)];
  });
}

/**
 * The dates of one report that an amount of it is counted over ("trade in the first half of the
 * year had been $40.2 billion", "in January and February, trade reached…"): a stretch a figure
 * covers, not the day of a happening. Every amount of the report is read (`ms`, all its figures),
 * so a date is one whether or not an update prepares that amount; with `pick`, of the dates it
 * marks only (the others are false).
 */
export function stretchesOf(text: string, ms: readonly Mention[], language: string | null | undefined, pick?: ArrayLike<boolean>, at = amountDates(text, ms, language)): boolean[] {
  const out = mapped(ms, () => false);
  if (!at || !ms.some((m, i) => m.kind === "date" && (!pick || pick[i]))) return out;
  for (let i = 0; i < ms.length; i++) {
    if (!isAmount(ms[i])) continue;
    const best = at(i);
    if (best >= 0 && (!pick || pick[best])) out[best] = true;
  }
  return out;
}

/**
 * The date (its index in `ms`) that gives each amount of a report its period, or -1, by the
 * amount's index: worked out when first asked and kept, so a report's periods and stretches come
 * from one search. Null when the report's language has no period cues.
 */
export function amountDates(text: string, ms: readonly Mention[], language: string | null | undefined): ((i: number) => number) | null {
  const dates = periodDates(text, ms, language);
  if (!dates) return null;
  // -2: not asked yet
  const best = new Int32Array(ms.length).fill(-2);
  return (i) => (best[i] === -2 ? (best[i] = periodDate(text, ms, dates, ms[i])) : best[i]);
}

/** Only sums of money and percentages are given a period (flows and rates over a time). */
const isAmount = (m: Mention) => m.kind === "money" || m.kind === "percent";

/** The dates of a report that may give an amount its period (`at`, made when first asked) and its language's cues; null when it has none. */
interface PeriodDates {
  at(): number[];
  base: RegExp;
  clause: RegExp;
}

function periodDates(text: string, ms: readonly Mention[], language: string | null | undefined): PeriodDates | null {
  const cue = localeFor(language).period;
  if (!cue) return null;
  let dates: number[] | null = null;
  return {
    at: () => (dates ??= byStart(ms).filter((k) => ms[k].kind === "date" && ms[k].date && !said(text, ms[k], language) && !cue.open.test(text.slice(Math.max(0, ms[k].start - 12), ms[k].start)))),
    base: cue.base,
    clause: cue.clause ?? NEVER,
  };
}

/** The date (its index in `ms`) that gives amount `m` its period, or -1. */
function periodDate(text: string, ms: readonly Mention[], dates: PeriodDates, m: Mention): number {
  let best = -1, bestD = Infinity;
  // indexed, and the gap's ends two numbers, not a destructured pair: asked of every amount,
  // mostly before it is optimized, where each pair was an array and an iterator
  const at = dates.at();
  for (let q = 0; q < at.length; q++) {
    const k = at[q], d = ms[k];
    const before = d.start < m.start, a = before ? d.end : m.end, b = before ? m.start : d.start;
    if (b < a || b - a >= bestD || b - a > NEAR) continue;
    // within the figure's sentence (as extraction found it; scripts without capitals end sentences too)
    if (m.sentence && (d.start < m.sentence[0] || d.end > m.sentence[1])) continue;
    const between = text.slice(a, b);
    if (BREAK.test(between) || MARKS.test(between) || dates.clause.test(between)) continue;
    // "up 5.2 percent from the same period of 2026", "4.2% more than in 2025": the base it is measured against
    if (d.start > m.start && dates.base.test(between)) continue;
    (best = k), (bestD = b - a);
  }
  return best;
}

/**
 * Two periods that are not one: they do not overlap, or both span a month or more and one is
 * well over the other's length (a month against its year, a half against the whole). A day
 * inside a month is one period read two ways ("January 2025", "January 1, 2025").
 */
export function periodsDiffer(a: Period, b: Period): boolean {
  return endsDiffer(a ? a[0] : Number.NaN, a ? a[1] : Number.NaN, b ? b[0] : Number.NaN, b ? b[1] : Number.NaN);
}

/**
 * `periodsDiffer` for periods given by their ends [a0, a1] and [b0, b1], NaN for no period (every
 * comparison with NaN is false: no period, no difference). Each comparison is made for every
 * pair: grouping reads this for hundreds of thousands of pairs, most of no period, and a
 * comparison first met after its caller was optimized threw the caller's code away (grouping's
 * scorers, four of them, at the first block with periods).
 */
export function endsDiffer(a0: number, a1: number, b0: number, b1: number): boolean {
  const before = a1 < b0, after = b1 < a0;
  const la = a1 - a0 + 1, lb = b1 - b0 + 1;
  const long = la >= 28, longB = lb >= 28, unlike = Math.max(la, lb) > 1.5 * Math.min(la, lb);
  return before || after || (long && longB && unlike);
}
