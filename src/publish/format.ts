/**
 * Words for normalized values: "850 m", "£73.7 million", "mid-2026 (May–Aug 2026)", "300 vehicles per day".
 * Pure; shared by every renderer so Markdown, HTML and the CLI say the same thing.
 * @module
 */
import type { DateInterval, MentionKind, Qualifier } from "../types.js";
import { countNoun, MAGNITUDE, wordsFor } from "../extract/vocabulary.js";

export interface ValueLike {
  kind: MentionKind;
  unit: string | null;
  low: number | null;
  high: number | null;
  date?: DateInterval | null;
  qualifier?: Qualifier;
  per?: string | null;
  /** the language and words the figure was stated in: a count's noun in another language is shown as stated */
  language?: string | null;
  text?: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = MONTHS.map((m) => m.slice(0, 3));

// one formatter: toLocaleString builds a new one per call, which dominates rendering a large dossier
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/**
 * Words made before, per function, for the few thousand distinct values a briefing repeats (a
 * value of a large dossier is worded once per member it is charted or cited for); emptied when full.
 */
function memo<K, V>(max = 10_000): (key: K, make: () => V) => V {
  const made = new Map<K, V>();
  return (key, make) => {
    let v = made.get(key);
    if (v === undefined) {
      if (made.size >= max) made.clear();
      made.set(key, (v = make()));
    }
    return v;
  };
}

// one per number of significant digits up to 6 (wordings of more digits are not kept)
const numbers = Array.from({ length: 7 }, () => memo<number, string>());

/** A number with thousands separators and at most `sig` significant digits after rounding. */
export function num(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const make = () => NUMBER.format(Math.abs(x) >= 10 ** sig ? Math.round(x) : Number(x.toPrecision(sig)));
  // -0 is worded "-0" and a Map takes it for 0: never kept
  return x !== 0 && numbers[sig] ? numbers[sig](x, make) : make();
}

const CURRENCY: Record<string, string> = { USD: "$", GBP: "£", EUR: "€", JPY: "¥" };

function money(x: number, unit: string | null, sig: number): string {
  const [scaled, word] = Math.abs(x) >= 1e12 ? [x / 1e12, " trillion"] : Math.abs(x) >= 1e9 ? [x / 1e9, " billion"] : Math.abs(x) >= 1e6 ? [x / 1e6, " million"] : [x, ""];
  const n = num(scaled, sig);
  const sym = unit ? CURRENCY[unit] : undefined;
  return sym ? `${sym}${n}${word}` : `${n}${word}${unit ? ` ${unit}` : ""}`;
}

/** SI base quantities scaled to what a reader expects (m → km, kg → t, m2 → ha/km²). */
function quantity(x: number, unit: string | null, sig: number): [string, string] {
  const a = Math.abs(x);
  const n = (y: number) => num(y, sig);
  switch (unit) {
    case "m":
      return a >= 1000 ? [n(x / 1000), "km"] : a < 1 && a > 0 ? [n(x * 100), "cm"] : [n(x), "m"];
    case "m2":
      return a >= 1e6 ? [n(x / 1e6), "km²"] : a >= 1e4 ? [n(x / 1e4), "ha"] : [n(x), "m²"];
    case "m3":
      // as volumes are written ("22.5 million cubic metres"): a converted "800 million cubic feet"
      // is "about 22.7 million m³", not "about 22,653,477 m³"
      return a >= 1e9 ? [n(x / 1e9), "billion m³"] : a >= 1e6 ? [n(x / 1e6), "million m³"] : [n(x), "m³"];
    case "kg":
      return a >= 1000 ? [n(x / 1000), "t"] : [n(x), "kg"];
    default:
      return [n(x), unit ?? ""];
  }
}

const plurals = memo<string, string>();

/** The plural of a counted noun when n is not 1, by the en locale's rule ("troop" → "troops", "person" → "people"). */
export function plural(noun: string, n: number): string {
  return n === 1 || !noun ? noun : plurals(noun, () => wordsFor("en").plural(noun));
}

const DURATION_UNITS: Array<[number, string]> = [[365.25, "year"], [30.44, "month"], [7, "week"], [1, "day"], [1 / 24, "hour"], [1 / 1440, "minute"]];

/** The largest unit in which every given number of days is a whole or half count ("2 years", "1.5 years", "23 days"). */
function durationUnit(...days: number[]): [number, string] {
  const fits = (size: number) => days.every((d) => {
    const v = d / size;
    return v >= 1 && Math.abs(v - Math.round(v * 2) / 2) <= 0.01 * v;
  });
  // under a day, hours or minutes: "16 minutes", not "0.0111 days"
  let least = Infinity;
  for (const d of days) if (d < least) least = d;
  return DURATION_UNITS.find(([size]) => fits(size)) ?? (least >= 1 ? [1, "day"] : least >= 1 / 24 ? [1 / 24, "hour"] : [1 / 1440, "minute"]);
}

function duration(days: number, unit = durationUnit(days)): string {
  // whole days as stated; a larger unit in halves; hours and minutes to three digits
  const v = unit[0] === 1 ? days : unit[0] > 1 ? Math.round((days / unit[0]) * 2) / 2 : Number((days / unit[0]).toPrecision(3));
  return `${num(v)} ${plural(unit[1], v)}`;
}

function scalar(x: number, v: ValueLike, sig: number): string {
  switch (v.kind) {
    case "money":
      return money(x, v.unit, sig);
    case "percent":
      return `${num(x, sig)}%`;
    case "ratio":
      return `${num(x, sig)}×`;
    case "duration":
      return duration(x);
    case "count":
      return `${num(x, sig)}${v.unit ? " " + countNoun(v.unit, x, v.language, v.text) : ""}`;
    default: {
      // an earthquake's magnitude is written before its number: "magnitude 7.1"
      if (v.unit === MAGNITUDE) return `magnitude ${num(x, sig)}`;
      const [n, u] = quantity(x, v.unit, sig);
      return u ? `${n} ${u}` : n;
    }
  }
}

const QUAL: Record<string, string> = { approx: "about ", upper: "up to ", lower: "more than " };
const DATE_QUAL: Record<string, string> = { approx: "around ", upper: "by ", lower: "after " };

/** A value in words, with qualifier, unit and rate: "about 850 m", "25,000–30,000 troops", "300 vehicles per day". */
export function formatValue(v: ValueLike, sig = 3): string {
  if (v.kind === "date" || v.date) {
    if (!v.date) return "an unstated date";
    return (v.qualifier ? DATE_QUAL[v.qualifier] ?? "" : "") + formatInterval(v.date);
  }
  const q = v.qualifier ? QUAL[v.qualifier] ?? "" : "";
  const per = v.per ? ` per ${v.per}` : "";
  if (v.low == null && v.high == null) return "an unstated amount";
  if (v.low == null || v.high == null || v.low === v.high) return q + scalar((v.low ?? v.high)!, v, sig) + per;
  if (v.kind === "duration") {
    // both ends in one unit: "3–5 years", not "3 years – 60 months"
    const u = durationUnit(v.low, v.high);
    const [a, b] = [duration(v.low, u), duration(v.high, u)];
    return `${q}${a.replace(/ \S+$/, "")}–${b}${per}`;
  }
  // a range: put the unit once when both ends share it ("25,000–30,000 troops", "$90–100 million")
  const a = scalar(v.low, v, sig);
  const b = scalar(v.high, v, sig);
  const unitA = a.replace(/^[^\d-]*[\d.,]+/, "");
  const unitB = b.replace(/^[^\d-]*[\d.,]+/, "");
  const prefix = /^[^\d-]*/.exec(a)![0];
  if (unitA === unitB && prefix === /^[^\d-]*/.exec(b)![0]) return `${q}${a.slice(0, a.length - unitA.length)}–${b.slice(prefix.length)}${per}`;
  return `${q}${a} – ${b}${per}`;
}

// ---- dates ----

const parseDay = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const dayWords = memo<string, string>();

/** "30 April 2025" */
export function formatDay(s: string): string {
  return dayWords(s, () => dayWordsOf(s));
}

function dayWordsOf(s: string): string {
  const { y, m, d } = parseDay(s);
  if (!y || !m || !d) return s;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Month span in short form within one year: "May–Aug 2026". */
function monthSpan(y: number, m1: number, m2: number) {
  return m1 === m2 ? `${MONTHS[m1 - 1]} ${y}` : `${MON[m1 - 1]}–${MON[m2 - 1]} ${y}`;
}

const intervals = memo<string, string>();

/** Names for the spans that reports use: whole year, month, "mid-2026", "summer 2026", "end of 2026", "early May 2025". */
export function formatInterval(iv: DateInterval): string {
  return intervals(`${String(iv.start).length}:${iv.start}${iv.end}`, () => intervalWords(iv));
}

function intervalWords(iv: DateInterval): string {
  const a = parseDay(iv.start);
  const b = parseDay(iv.end);
  if (!a.y || !b.y) return `${iv.start} – ${iv.end}`;
  if (iv.start === iv.end) return formatDay(iv.start);
  const fullMonths = a.d === 1 && b.d === lastDay(b.y, b.m);
  if (fullMonths && a.y === b.y) {
    const y = a.y;
    if (a.m === 1 && b.m === 12) return String(y);
    if (a.m === b.m) return `${MONTHS[a.m - 1]} ${y}`;
    const named: Record<string, string> = {
      "1-4": `early ${y}`, "5-8": `mid-${y}`, "9-12": `late ${y}`, "10-12": `end of ${y}`,
      "3-5": `spring ${y}`, "6-8": `summer ${y}`, "9-11": `autumn ${y}`,
      "1-6": `first half of ${y}`, "7-12": `second half of ${y}`,
      "1-3": `Q1 ${y}`, "4-6": `Q2 ${y}`, "7-9": `Q3 ${y}`,
    };
    const name = named[`${a.m}-${b.m}`];
    return name ? `${name} (${monthSpan(y, a.m, b.m)})` : monthSpan(y, a.m, b.m);
  }
  if (fullMonths && b.y === a.y + 1 && a.m === 12 && b.m === 2) return `winter ${a.y}–${String(b.y).slice(2)} (Dec ${a.y}–Feb ${b.y})`;
  if (fullMonths && a.m === 1 && b.m === 12) return `${a.y}–${b.y}`;
  if (fullMonths) return `${MON[a.m - 1]} ${a.y} – ${MON[b.m - 1]} ${b.y}`;
  if (a.y === b.y && a.m === b.m) {
    const part = a.d === 1 && b.d === 10 ? "early" : a.d === 11 && b.d === 20 ? "mid-" : a.d === 21 && b.d === lastDay(b.y, b.m) ? "late" : null;
    const span = `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
    return part ? `${part === "mid-" ? "mid-" : part + " "}${MONTHS[a.m - 1]} ${a.y} (${span})` : span;
  }
  if (a.y === b.y) return `${a.d} ${MON[a.m - 1]} – ${b.d} ${MON[b.m - 1]} ${a.y}`;
  return `${formatDay(iv.start)} – ${formatDay(iv.end)}`;
}

/** A YYYY-MM-DD publication date for a citation, or "date unknown" (none given, or none that names a day). */
export const formatPublished = (s: string | null | undefined) => (s ? formatDay(s) : "date unknown");

/**
 * A moment (an ISO timestamp: when a report was added, a decision made, a briefing generated) as
 * the app's dates read, in UTC: "7 December 2026, 20:47 UTC"; the day alone when no time is given.
 */
export function formatMoment(iso: string): string {
  const t = /T\d{2}:\d{2}/.test(iso) ? Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`) : Number.NaN;
  if (Number.isNaN(t)) return formatPublished(iso.slice(0, 10));
  const utc = new Date(t).toISOString();
  return `${formatDay(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
}

/** Code-unit order for ids and ISO dates (localeCompare is slow and locale-dependent). */
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One line of text: runs of whitespace (including newlines) folded to single spaces. */
export const flat = (s: string) => (ODD_SPACE.test(s) ? s.replace(/\s+/g, " ") : s).trim();
/** Whitespace that `flat` changes: other than a lone space (most quotes have none, and are not copied) */
const ODD_SPACE = /[^\S ]| {2}/;
