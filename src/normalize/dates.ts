/**
 * Calendar arithmetic for date mentions: intervals for a year, month, day, season, quarter or
 * part of a period, and resolution of relative references against a publication date.
 * Everything is in UTC days; an interval is inclusive (YYYY-MM-DD … YYYY-MM-DD).
 * @module
 */
import type { DateInterval } from "../types.js";

const DAY = 86400000;

export const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A UTC date from "YYYY-MM-DD"; null when absent or not a calendar day. `Date` rolls "2025-02-30"
 * over into March: the round trip refuses it, so a typo never becomes a different day.
 */
export function parseDay(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || isoDay(d) !== s ? null : d;
}

/** Whether `s` is a calendar day written YYYY-MM-DD: the one check for every date option. */
export const isDay = (s: string): boolean => parseDay(s) !== null;

export const isoDay = (d: Date) => ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

export function dayInterval(y: number, m: number, d: number): DateInterval | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  const s = ymd(y, m, d);
  return { start: s, end: s };
}

export const monthInterval = (y: number, m: number): DateInterval => ({ start: ymd(y, m, 1), end: ymd(y, m, lastDayOfMonth(y, m)) });
export const yearInterval = (y: number): DateInterval => ({ start: ymd(y, 1, 1), end: ymd(y, 12, 31) });

/**
 * The last year of a span written "2022-2023", "2022-23" or "2022/23", from its first year and the
 * digits after the mark; null when they are no span of years. A two-digit end takes the first
 * year's century; the end must come after the start and at most twenty years on, since a wider
 * pair is more often two codes or a score than one period. Every reader of year spans (English,
 * the alphabetic locales' dates, their figures) asks here, so they agree on what a span is.
 */
export function yearRangeEnd(start: number, end: string): number | null {
  const e = end.length === 2 ? Math.floor(start / 100) * 100 + Number(end) : Number(end);
  return e > start && e - start <= 20 ? e : null;
}

/** Months [from, to] of a year (to may pass 12: it rolls into the next year). */
export function monthsInterval(y: number, from: number, to: number): DateInterval {
  const ey = y + Math.floor((to - 1) / 12);
  const em = ((to - 1) % 12) + 1;
  return { start: ymd(y, from, 1), end: ymd(ey, em, lastDayOfMonth(ey, em)) };
}

/** Part of a month: early 1-10, mid 11-20, late 21-end. */
export function monthPart(y: number, m: number, part: "early" | "mid" | "late"): DateInterval {
  const [a, b] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, lastDayOfMonth(y, m)];
  return { start: ymd(y, m, a), end: ymd(y, m, b) };
}

export type YearPart = "early" | "mid" | "late" | "end" | "start" | "h1" | "h2" | "q1" | "q2" | "q3" | "q4";
const YEAR_PARTS: Record<YearPart, [number, number]> = {
  early: [1, 4], mid: [5, 8], late: [9, 12], end: [10, 12], start: [1, 3],
  h1: [1, 6], h2: [7, 12], q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12],
};
export const yearPart = (y: number, part: YearPart) => monthsInterval(y, ...YEAR_PARTS[part]);

export type Season = "spring" | "summer" | "autumn" | "winter";
const SEASON_MONTHS: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** The season that starts in year y (winter y = Dec y to Feb y+1). */
export const seasonInterval = (y: number, s: Season) => monthsInterval(y, SEASON_MONTHS[s], SEASON_MONTHS[s] + 2);

/** The most recent season `s` that ended before `ref` ("last autumn"). */
export function lastSeason(ref: Date, s: Season): DateInterval {
  const refDay = isoDay(ref);
  for (let y = ref.getUTCFullYear(); ; y--) {
    const iv = seasonInterval(y, s);
    if (iv.end < refDay) return iv;
  }
}
/** The first season `s` that starts after `ref` ("next spring"). */
export function nextSeason(ref: Date, s: Season): DateInterval {
  const refDay = isoDay(ref);
  for (let y = ref.getUTCFullYear() - 1; ; y++) {
    const iv = seasonInterval(y, s);
    if (iv.start > refDay) return iv;
  }
}
/** The season `s` that contains `ref`, or else the one of ref's year ("this summer"). */
export function thisSeason(ref: Date, s: Season): DateInterval {
  const refDay = isoDay(ref);
  const prev = seasonInterval(ref.getUTCFullYear() - 1, s);
  if (prev.start <= refDay && refDay <= prev.end) return prev;
  return seasonInterval(ref.getUTCFullYear(), s);
}

/** The year of a part of a year [first, last month] with none stated: the latest begun by `ref`, or when `future` the next not yet over. */
export function impliedYear(ref: Date, [first, last]: [number, number], future: boolean): number {
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth() + 1;
  return future ? (last >= mo ? y : y + 1) : first <= mo ? y : y - 1;
}

/** The year a month (1-12) most likely falls in, stated without a year: the one nearest to ref. */
export function nearestYearForMonth(ref: Date, month: number): number {
  const y = ref.getUTCFullYear();
  const diff = month - (ref.getUTCMonth() + 1);
  if (diff > 6) return y - 1;
  if (diff < -6) return y + 1;
  return y;
}

/** Weekday (0 = Sunday) on or before ref (back 0..6 days), or strictly after (forward 1..7). */
export function weekdayNear(ref: Date, weekday: number, direction: "past" | "last" | "next"): Date {
  const cur = ref.getUTCDay();
  if (direction === "next") return addDays(ref, ((weekday - cur + 7) % 7) || 7);
  const back = (cur - weekday + 7) % 7;
  return addDays(ref, -(direction === "last" ? back || 7 : back));
}

/**
 * "martes 17", "Tuesday 17th": the day numbered `day` that falls on `weekday`, nearest `ref` within a
 * month either side; when none does, the weekday is taken for a slip and the day numbered `day`
 * nearest `ref` is the date.
 */
export function weekdayOfDay(ref: Date, weekday: number, day: number): Date | null {
  let best: Date | null = null;
  let any: Date | null = null;
  const far = (t: Date | null) => (t ? Math.abs(t.getTime() - ref.getTime()) : Infinity);
  for (const k of [-1, 0, 1]) {
    const t = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day));
    if (t.getUTCDate() !== day) continue;
    if (far(t) < far(any)) any = t;
    if (t.getUTCDay() === weekday && far(t) < far(best)) best = t;
  }
  return best ?? any;
}

/** The Monday of the week containing d (weeks run Monday to Sunday). */
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** Monday..Sunday of the week containing d. */
export function weekInterval(d: Date): DateInterval {
  const mon = mondayOf(d);
  return { start: isoDay(mon), end: isoDay(addDays(mon, 6)) };
}

/** Friday to Sunday of the week containing d: "the end of the week", "кінця тижня". */
export function weekEnd(d: Date): DateInterval {
  const mon = mondayOf(d);
  return { start: isoDay(addDays(mon, 4)), end: isoDay(addDays(mon, 6)) };
}

/** Saturday and Sunday of the week containing d ("this weekend" read on a Wednesday is the coming one). */
export function weekendInterval(d: Date): DateInterval {
  const mon = mondayOf(d);
  return { start: isoDay(addDays(mon, 5)), end: isoDay(addDays(mon, 6)) };
}
