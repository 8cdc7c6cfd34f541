/**
 * The interval of values a figure stands for, exactly as ../shared/corpus/README.md "When figures
 * agree" defines it, and whether two figures' intervals meet:
 * - rounding: from half a unit of the last significant digit below to one unit above; decimal
 *   places are significant; trailing zeros of a whole number count up to its second digit; a
 *   lone digit is read to itself; a number in words is read by its digits before the scale word;
 * - a converted figure in its own stated unit (the numeral's digits are read, the factor to the
 *   normalized unit is kept), `approx` ±10 % of the stated value, `upper` 0..X, `lower` X..;
 * - counts and whole days: only whole numbers count;
 * - dates: their interval, a single day also meeting the day next to it; bounds open one side.
 * Intervals are half-open [low, high): two that only touch do not meet.
 * @module
 */
import type { Disagreement, Mention } from "../types.js";
import { measureHas, unitMeasure } from "./measures.js";
import { lookupUnit } from "../normalize/index.js";
import { memoized } from "./memo.js";
import { localeFor, NEVER } from "./locale.js";

export interface Span {
  low: number;
  high: number;
  /** only whole numbers in it count */
  whole: boolean;
  /** comparable only with spans of the same scale (a currency, a unit, "date") */
  scale: string;
}

/**
 * A span, made here and nowhere else: every span of a run has one shape (its four fields in one
 * order), where literals of three files (one with its fields in another order) and spreads of
 * spans made the verdict's comparisons (`meet`, `Apart`) meet spans of several shapes.
 */
export function spanFrom(low: number, high: number, whole: boolean, scale: string): Span {
  return { low, high, whole, scale };
}

const DAY = 86400000;
// the verdict reads two figures' days for every pair it judges: each distinct date is parsed once
const dayOfText = memoized((s) => {
  const t = Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? NaN : t / DAY;
});
export const dayOf = (s: string | null | undefined): number => (s ? dayOfText(s) : NaN);

/**
 * A scale word right after a dotted group ("1.315 billion"): the dot is a decimal point, not a
 * thousands mark. English's scale words for every figure, as ever (a numeral carries no language):
 * another language's would be a change to measure with the gate, not a move.
 */
const SCALE_AFTER = localeFor("en").scaleAfter ?? NEVER;

/**
 * The numeral written in the figure's text: its value and the unit of its last significant digit.
 * "1,500" → 1500 / 100; "18,1" → 18.1 / 0.1; "228.000" → 228000 / 1000; "1.315 billion" → 1.315 / 0.001.
 */
export function numeralOf(text: string): { value: number; unit: number } | null {
  const m = /\d(?:[\d\s,.'’\u00a0\u202f]*\d)?/.exec(text);
  if (!m) return null;
  const raw = m[0];
  const after = text.slice(m.index + raw.length);
  // separators: a group of exactly three digits after a mark is a thousands group, anything else a decimal part
  // (a numeral of digits alone is its one part: split, a regular expression's, asked of it gives that)
  const parts = digitsOnly(raw) ? [raw] : raw.split(/([,.'’\s\u00a0\u202f])/);
  let int = parts[0], frac = "";
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i], group = parts[i + 1] ?? "";
    const last = i + 2 >= parts.length;
    // "1.315 billion": a dot before an English scale word is a decimal point
    const englishDecimal = last && i === 1 && sep === "." && SCALE_AFTER.test(after);
    if (group.length === 3 && !englishDecimal) int += group;
    else if (last && (sep === "," || sep === ".")) frac = group;
    else break;
  }
  const value = Number(frac ? `${int}.${frac}` : int);
  if (!Number.isFinite(value) || !/\d/.test(int)) return null;
  return { value, unit: digitUnit(int, frac) };
}

/** Whether `s` is ASCII digits alone (all `\d` matches without the `u` flag). */
function digitsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Unit of the last significant digit of a numeral given as its whole and decimal digits. */
function digitUnit(int: string, frac: string): number {
  if (frac) return 10 ** -frac.length;
  const digits = int.replace(/^0+(?=\d)/, "");
  const trailing = digits.length - digits.replace(/0+$/, "").length;
  // trailing zeros count up to the second digit: "800" to the ten, "1,000" to the hundred, "10" to the one
  const sig = Math.max(digits.length - trailing, Math.min(2, digits.length));
  return 10 ** (digits.length - sig);
}

/**
 * Unit of the last significant digit of a number said in words ("six": 1, "twenty": 1, "eleven
 * thousand": 1,000, "a hundred": 100, "a hundred thousand": 100,000): the digits before its
 * scale word, read as digits are (trailing zeros up to the second digit), times the scale. Zero
 * when the value is not a whole number.
 */
function wordUnit(v: number): number {
  const a = Math.abs(v);
  if (!Number.isInteger(a) || a === 0) return 0;
  for (const scale of SCALES) if (a >= scale && a % scale === 0) return scale * wordUnit(a / scale);
  return digitUnit(String(a), "");
}

/** The scale words every language has (hundred, thousand, million, billion, trillion), largest first. */
const SCALES = [1e12, 1e9, 1e6, 1e3, 1e2];

/**
 * The units a figure in words may be stated in, by its normalized unit: a number word and a unit
 * word ("two miles", "three months", "zwölf Monate") give a value in the base unit that is no
 * whole number, so the stated unit is the one that makes it a whole (or half) one again. A
 * whole value is read as it stands (days, metres, kilograms).
 */
const STATED_UNITS: Readonly<Record<string, readonly number[]>> = {
  d: [30.44, 365.25, 1 / 24, 1 / 1440],
  m: factors("mile", "nautical mile", "foot", "yard", "cm", "km"),
  m2: factors("hectare", "km2", "square mile", "acre"),
  m3: factors("oil barrel", "litre", "gallon", "km3"),
  // the short and the long ton are no units of the table (its "ton" is the metric tonne)
  kg: [907.18474, 1016.0469, ...factors("lb", "tonne")],
};

/** The factors of the unit table's (normalize/units.ts) units, by alias: one place for each. */
function factors(...aliases: string[]): number[] {
  return aliases.map((a) => lookupUnit(a)!.factor);
}

/** A number said in words, in its stated unit: the factor to the normalized unit and the number itself. */
function statedInWords(v: number, unit: string | null): { factor: number; value: number } {
  if (Number.isInteger(v)) return { factor: 1, value: v };
  for (const f of STATED_UNITS[unit ?? ""] ?? []) {
    const s = v / f, half = Math.round(s * 2) / 2;
    if (half > 0 && Math.abs(s - half) <= 1e-6 * Math.max(1, s)) return { factor: f, value: half };
  }
  return { factor: 1, value: v };
}

const WHOLE_KINDS = new Set(["count"]);

/** The figure's interval; null when its value cannot be read. */
export function spanOf(m: Mention): Span | null {
  if (m.kind === "date") {
    let lo = dayOf(m.date?.start), hi = dayOf(m.date?.end ?? m.date?.start);
    if (Number.isNaN(lo) || Number.isNaN(hi)) return null;
    if (lo > hi) [lo, hi] = [hi, lo];
    // half-open like the numbers: the last day is inside; a single day also agrees with the day
    // next to it (time zones, report date against event date), not with one two days away
    let a = lo, b = hi + 1;
    if (hi === lo) (a -= 0.5), (b += 0.5);
    if (m.qualifier === "upper") a = -Infinity;
    if (m.qualifier === "lower") b = Infinity;
    return spanFrom(a, b, false, "date");
  }
  let lo = m.low ?? m.high, hi = m.high ?? m.low;
  if (lo == null || hi == null || !Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  if (lo > hi) [lo, hi] = [hi, lo];
  const scale = m.kind === "money" ? String(m.unit ?? "").toUpperCase() : m.kind === "count" ? "n" : m.kind === "quantity" ? String(m.unit ?? "") : m.kind;
  // counts are whole numbers, and so are durations stated in whole days ("four-day"), not those
  // stated in hours or weeks that come to a whole number of days ("24 hours": 23.5 to 25 hours)
  let whole = WHOLE_KINDS.has(m.kind) || (m.kind === "duration" && Number.isInteger(lo) && Number.isInteger(hi));
  // the numerals of a range: its low end's and its high end's; the factor from stated to normalized unit
  const nums = numeralsOf(m.text);
  const first = nums[0], last = nums[nums.length - 1];
  let a: number, b: number;
  if (first?.value) {
    const f = lo / first.value;
    const fHi = last?.value ? hi / last.value : f;
    const uLo = first.unit * f, uHi = (last ?? first).unit * fHi;
    if (m.kind === "duration" && Math.abs(f - 1) > 1e-9) whole = false;
    a = lo - uLo / 2;
    b = hi + uHi;
    if (m.qualifier === "approx") (a -= Math.abs(lo) * 0.1), (b += Math.abs(hi) * 0.1);
  } else {
    // a number in words is judged in its own stated unit, as a converted numeral is
    const st = statedInWords(lo, m.unit);
    const u = (Number.isInteger(st.value) ? wordUnit(st.value) : st.value === lo ? 0 : 0.5) * st.factor;
    if (st.factor !== 1) whole = false;
    a = lo - u / 2;
    b = hi + (u || 0);
    if (!u) (a = lo * 0.999), (b = hi * 1.001);
    if (m.qualifier === "approx") (a -= Math.abs(lo) * 0.1), (b += Math.abs(hi) * 0.1);
  }
  if (m.qualifier === "upper") (a = Math.min(0, lo)), (b = hi);
  if (m.qualifier === "lower") (a = lo), (b = Infinity);
  // "up to 300" still includes 300: close the interval just past its end
  if (m.qualifier === "upper") b = hi + Math.abs(hi) * 1e-9 + 1e-12;
  return spanFrom(a, b, whole, scale);
}

/**
 * A total stated with its parts in one sentence ("the bridge itself is 1 km, the Russian part 424
 * meters and the Korean part 581 meters") is as exact as their sum: a round "1 km" covers 0.5-2
 * km alone, but with parts of 424 and 581 m it says 1,004-1,007 m. `spans[k]` is the span of
 * `ms[k]` (one report's figures); returns the spans with each such total narrowed to its parts'
 * sum, where that sum falls inside it. An approximate total ("about 10,000, 4,000 in the north")
 * stays as loose as it says; parts are smaller figures of the same scale, at least two, and no
 * conversion of the total.
 */
export function withParts(ms: readonly Mention[], spans: Array<Span | null>): Array<Span | null> {
  let out: Array<Span | null> | null = null;
  const bySentence = new Map<number, number[]>();
  ms.forEach((m, k) => {
    if (!m.sentence || !spans[k] || m.kind === "date" || m.qualifier) return;
    (bySentence.get(m.sentence[0]) ?? bySentence.set(m.sentence[0], []).get(m.sentence[0])!).push(k);
  });
  for (const ks of bySentence.values()) {
    if (ks.length < 3) continue;
    for (const k of ks) {
      const total = ms[k], t = spans[k]!;
      const value = total.high ?? total.low ?? 0;
      let lo = 0, hi = 0, parts = 0;
      for (const j of ks) {
        const p = ms[j], s = spans[j]!;
        if (j === k || s.scale !== t.scale || (total.statement && p.statement === total.statement)) continue;
        if (!((p.high ?? p.low ?? Infinity) < value * 0.95)) continue;
        (lo += s.low), (hi += s.high), parts++;
      }
      if (parts < 2 || lo < t.low || hi > t.high) continue;
      (out ??= spans.slice())[k] = spanFrom(lo, hi, t.whole, t.scale);
    }
  }
  return out ?? spans;
}

/** Up to two numerals of the text (a range's two ends); read once per distinct text (figures repeat theirs), not to be changed. */
const numeralsOf = memoized(numeralsOfText);

function numeralsOfText(text: string): Array<{ value: number; unit: number }> {
  const out: Array<{ value: number; unit: number }> = [];
  let rest = text;
  for (let k = 0; k < 2; k++) {
    const n = numeralOf(rest);
    if (!n) break;
    const at = /\d(?:[\d\s,.'’\u00a0\u202f]*\d)?/.exec(rest)!;
    // a digit glued to a unit's letters ("1.15Mm3", "42 km2") is the unit's, not a range's other end
    if (k && at.index > 0 && /\p{L}/u.test(rest[at.index - 1])) break;
    out.push(n);
    rest = rest.slice(at.index + at[0].length);
  }
  return out;
}

/** The two spans meet (same scale, intervals overlap more than a touch; whole numbers need one in common). Null when not comparable. */
export function meet(a: Span | null, b: Span | null): boolean | null {
  if (!a || !b || a.scale !== b.scale) return null;
  const lo = Math.max(a.low, b.low), hi = Math.min(a.high, b.high);
  if (a.whole || b.whole) return Math.ceil(lo - 1e-9) < hi - 1e-9;
  return lo < hi;
}

/**
 * Which pairs of a list of spans may fail to meet, found without trying every pair: a superset
 * of the pairs for which meet() is false, so a caller that still asks meet() of each gets exactly
 * the disagreeing pairs, in the same order. Two spans of one scale fail to meet only when one
 * ends before the other starts, give or take one unit when whole numbers count (an overlap of
 * a unit or more holds a whole number), or when one of them is too narrow to hold one.
 */
export class Apart {
  private readonly groups: Array<{ byLow: number[]; byHigh: number[]; narrow: number[]; margin: number }> = [];
  private readonly group: Int32Array;
  private readonly isNarrow: Uint8Array;
  private readonly seen: Int32Array;
  /** The positions found by the last `after`, in its first `found` slots (one buffer for every call). */
  private readonly out: Int32Array;
  private found = 0;

  constructor(private readonly spans: Span[]) {
    const n = spans.length;
    this.group = new Int32Array(n);
    this.isNarrow = new Uint8Array(n);
    this.seen = new Int32Array(n).fill(-1);
    // each position is taken at most once a call
    this.out = new Int32Array(n);
    const byScale = new Map<string, number[]>();
    spans.forEach((s, i) => (byScale.get(s.scale) ?? byScale.set(s.scale, []).get(s.scale)!).push(i));
    for (const list of byScale.values()) {
      const g = this.groups.length;
      // whole numbers: spans overlapping by less than a unit (plus room for rounding) may hold none in common
      const margin = list.some((i) => spans[i].whole) ? 1.001 : 0;
      const narrow: number[] = [];
      for (const i of list) {
        this.group[i] = g;
        const s = spans[i];
        // too narrow to hold a whole number, empty, unreadable, or too large for the margin to mean a unit
        const wide = margin ? s.high - s.low >= margin && Math.abs(s.low) < 1e12 && Math.abs(s.high) < 1e12 : s.high > s.low;
        if (!wide) (this.isNarrow[i] = 1), narrow.push(i);
      }
      const byLow = list.filter((i) => !this.isNarrow[i]).sort((a, b) => spans[a].low - spans[b].low || a - b);
      const byHigh = byLow.slice().sort((a, b) => spans[a].high - spans[b].high || a - b);
      this.groups.push({ byLow, byHigh, narrow, margin });
    }
  }

  /**
   * The positions after `x` whose spans may fail to meet span `x`, ascending: a view of one buffer,
   * good until the next call. Sorted natively, not by a comparator over an array made per call: a
   * verdict asks this of each representative of its fact (~21,000 calls at 2,000 reports).
   */
  after(x: number): Int32Array {
    const { byLow, byHigh, narrow, margin } = this.groups[this.group[x]];
    const s = this.spans[x];
    this.found = 0;
    if (this.isNarrow[x]) {
      for (const y of byLow) this.take(x, y);
    } else {
      // starting at or after this one's end…
      const from = s.high - margin;
      let lo = 0, hi = byLow.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.spans[byLow[mid]].low >= from) hi = mid;
        else lo = mid + 1;
      }
      for (let k = lo; k < byLow.length; k++) this.take(x, byLow[k]);
      // …or ending at or before its start
      const to = s.low + margin;
      for (let k = 0; k < byHigh.length && this.spans[byHigh[k]].high <= to; k++) this.take(x, byHigh[k]);
    }
    for (const y of narrow) this.take(x, y);
    return this.out.subarray(0, this.found).sort();
  }

  /** Adds `y` to what `after(x)` returns, once, when it comes after `x`. */
  private take(x: number, y: number): void {
    if (y > x && this.seen[y] !== x) (this.seen[y] = x), (this.out[this.found++] = y);
  }
}

/**
 * How far apart two spans are: the ratio of the larger to the smaller value, days between the
 * nearest ends, or, on a scale of differences (a magnitude: measures.ts byDifference), the
 * difference of the two values.
 */
export function gapOf(a: Span, b: Span, am: Mention, bm: Mention, bySpan = false): { gap: number; unit: Disagreement["gapUnit"] } {
  if (a.scale === "date") return { gap: Math.max(0, Math.max(a.low, b.low) - Math.min(a.high, b.high) + 1), unit: "days" };
  // `bySpan`: the spans' own middles (an amount read at a rate has no stated value in that currency)
  const mid = (s: Span, m: Mention) => (bySpan && Number.isFinite(s.low) && Number.isFinite(s.high) ? (s.low + s.high) / 2 : ((m.low ?? m.high ?? 0) + (m.high ?? m.low ?? 0)) / 2);
  if (measureHas(unitMeasure(am.kind, am.unit), "byDifference")) return { gap: Math.round(Math.abs(mid(a, am) - mid(b, bm)) * 1000) / 1000, unit: "difference" };
  const x = Math.abs(mid(a, am)), y = Math.abs(mid(b, bm));
  const r = x && y ? Math.max(x, y) / Math.min(x, y) : Infinity;
  return { gap: Math.round(r * 1000) / 1000, unit: "ratio" };
}
