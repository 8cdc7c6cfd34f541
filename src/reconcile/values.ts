/**
 * Value comparison: each kind declares how its values become an interval with a tolerance and
 * how far apart two values are. Shared code reads this table and never branches on kind.
 * @module
 */
import type { Mention, MentionKind } from "../types.js";
import { dayOf } from "./interval.js";
import { memoized } from "./memo.js";

/** Slack for unit conversions and currency rounding, and extra room for a stated approximation. */
const SLACK = 0.01;
const APPROX = 0.1;
const PRECISION_CAP = 0.05;

/** Relative half-unit of the last significant digit of the first number written in the text ("850" → 0.5/850). */
export function precisionOf(text: string, value: number | null): number {
  if (value == null || !value) return 0;
  // past the value's check it reads only the text, and figures repeat their texts ("a decade")
  return precisionOfTextOnce(text);
}

const precisionOfTextOnce = memoized(precisionOfText);

function precisionOfText(text: string): number {
  const num = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!num) return 0;
  const s = num[0].replace(/,/g, "");
  const [int, frac = ""] = s.split(".");
  const n = Number(s);
  if (!n) return 0;
  // "850" → last significant digit is tens; "1.315" → thousandths
  const unitPlace = frac ? 10 ** -frac.length : 10 ** (int.length - int.replace(/0+$/, "").length);
  return (0.5 * unitPlace) / n;
}

/** A comparable reading of a mention: a numeric interval (days for dates) with its own slack. */
export interface Reading {
  /** comparable only with readings of the same scale */
  scale: string;
  lo: number;
  hi: number;
  /** relative slack (numbers) or days (dates) */
  tol: number;
  /** a point value for distance: midpoint */
  mid: number;
}

interface KindSpec {
  /** block key: mentions in different blocks are never one fact */
  block(m: Mention): string;
  /** comparable scale: values of different scales (currencies) are not compared */
  scale(m: Mention): string;
  read(m: Mention): Reading | null;
  /** distance in "log-ratio" units for numbers, years for dates; 0 when compatible */
  gap(a: Reading, b: Reading): number;
}

const numeric = (blockOf: (m: Mention) => string, scaleOf: (m: Mention) => string): KindSpec => ({
  block: blockOf,
  scale: scaleOf,
  read(m) {
    let lo = m.low ?? m.high;
    let hi = m.high ?? m.low;
    if (lo == null || hi == null || !Number.isFinite(lo) || !Number.isFinite(hi)) return null;
    if (lo > hi) [lo, hi] = [hi, lo];
    const mid = (lo + hi) / 2;
    // the figure stands for anything that rounds to it ("1.3" covers 1.25..1.35, at most ±5 %)
    let tol = SLACK + Math.min(PRECISION_CAP, precisionOf(m.text, mid));
    if (m.qualifier === "approx") tol += APPROX;
    const l = Math.abs(lo), h = Math.abs(hi);
    // a bound is taken at its word: "over 1.4 billion" excludes 1.3 billion
    let wlo = lo - l * tol, whi = hi + h * tol;
    if (m.qualifier === "upper") (wlo = Math.min(0, lo)), (whi = hi + h * SLACK);
    if (m.qualifier === "lower") (wlo = lo - l * SLACK), (whi = Infinity);
    return { scale: scaleOf(m), lo: wlo, hi: whi, tol, mid };
  },
  gap(a, b) {
    if (a.lo <= b.hi && b.lo <= a.hi) return 0;
    const x = Math.abs(a.mid), y = Math.abs(b.mid);
    if (!x || !y) return 1;
    return Math.abs(Math.log(x / y));
  },
});

const dates: KindSpec = {
  block: () => "date",
  scale: () => "date",
  read(m) {
    const lo = dayOf(m.date?.start), hi = dayOf(m.date?.end ?? m.date?.start);
    if (Number.isNaN(lo) || Number.isNaN(hi)) return null;
    return { scale: "date", lo: Math.min(lo, hi), hi: Math.max(lo, hi), tol: 0, mid: (lo + hi) / 2 };
  },
  gap(a, b) {
    if (a.lo <= b.hi + 1 && b.lo <= a.hi + 1) return 0;
    return Math.max(a.lo - b.hi, b.lo - a.hi) / 365.25;
  },
};

const unitOf = (m: Mention) => String(m.unit ?? "");
const SPECS: Record<MentionKind, KindSpec> = {
  quantity: numeric((m) => `quantity:${unitOf(m)}`, (m) => unitOf(m)),
  // a sum and its conversion into another currency are one claim: same block, different scale
  money: numeric(() => "money", (m) => unitOf(m).toUpperCase()),
  percent: numeric(() => "percent", () => "%"),
  ratio: numeric(() => "ratio", () => "x"),
  duration: numeric(() => "duration", () => "d"),
  // counted nouns vary between outlets ("cars", "vehicles"): one block, compared as numbers
  count: numeric(() => "count", () => "n"),
  date: dates,
};

export const specOf = (m: Mention): KindSpec | null => SPECS[m.kind] ?? null;

/** Block key of a mention (its kind and dimension). */
export const blockOf = (m: Mention) => specOf(m)?.block(m) ?? `other:${m.kind}`;

/**
 * How far apart two readings are: null when they cannot be compared (different scale),
 * 0 when compatible, otherwise a positive distance (log-ratio, or years for dates).
 */
export function valueGap(kind: MentionKind, a: Reading | null, b: Reading | null): number | null {
  if (!a || !b || a.scale !== b.scale) return null;
  return SPECS[kind]?.gap(a, b) ?? null;
}

export const readingOf = (m: Mention): Reading | null => specOf(m)?.read(m) ?? null;
