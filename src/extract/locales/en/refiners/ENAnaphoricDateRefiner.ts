/**
 * Resolves "the previous year", "two days later", "that month" against the nearest calendar date
 * stated before them in the text (within a few paragraphs). A step finer than its anchor ("two days
 * later" after "in March") cannot be resolved: "two days later" then falls back to the duration it
 * names, and the others are dropped.
 * @module
 */
import type { DateInterval } from "../../../../types.js";
import type { Candidate, Refiner } from "../../../common/engine.js";
import { monthInterval, weekInterval, yearInterval, ymd } from "../../../../normalize/dates.js";
import { DURATION_UNIT_DICTIONARY, parseNumber, valueOf } from "../constants.js";
import { ANAPHORIC_FLAG } from "../parsers/ENAnaphoricDateParser.js";

const ANCHORS = ["parser/en-date-month", "parser/en-date-year", "parser/iso-date", "parser/en-date-weekday", "parser/en-date-relative"];
/** How far back an anchor may be, in characters. */
const REACH = 2000;
const DAY = 86400000;

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const span = (d: DateInterval) => days(d.end) - days(d.start) + 1;

function resolve(anchor: DateInterval, unit: string, k: number): DateInterval | null {
  const [ys, ms] = anchor.start.split("-").map(Number);
  const [ye] = anchor.end.split("-").map(Number);
  if (unit === "year") {
    if (ys !== ye && k === 0) return null; // "that year" after "2019 to 2021"
    return yearInterval((k < 0 ? ys : ye) + k);
  }
  if (unit === "month") {
    if (span(anchor) > 31) return null;
    const t = new Date(Date.UTC(ys, ms - 1 + k, 1));
    return monthInterval(t.getUTCFullYear(), t.getUTCMonth() + 1);
  }
  // days and weeks: only from a day (or a few days), shifted as a whole
  if (span(anchor) > 7) return null;
  if (unit === "calendar-week") return weekInterval(new Date((days(anchor.start) + 7 * k) * DAY));
  const step = (unit === "week" ? 7 : 1) * k;
  return { start: iso(days(anchor.start) + step), end: iso(days(anchor.end) + step) };
}

/** "two days later" unresolved: the duration "two days", as the duration parser would have read it. */
function fallbackDuration(c: Candidate): Candidate | null {
  const m = /^(.+?)\s+(days?|weeks?|months?|years?|decades?)\s+\S+$/i.exec(c.text);
  if (!m) return null;
  const raw = /^an?$/i.test(m[1]) ? null : parseNumber(m[1]);
  const unit = DURATION_UNIT_DICTIONARY[m[2].toLowerCase()];
  if (!raw || unit === undefined) return null;
  const v = valueOf(raw) * unit;
  const end = c.start + m[1].length + c.text.slice(m[1].length).indexOf(m[2]) + m[2].length;
  return { ...c, end, text: c.text.slice(0, end - c.start), kind: "duration", low: v, high: v, unit: "d", date: null, flags: [], tags: [...c.tags, "refiner/en-anaphoric-fallback"] };
}

export const ENAnaphoricDateRefiner: Refiner = {
  name: "en-anaphoric-date",
  refine(_ctx, cands) {
    const out: Candidate[] = [];
    let anchor: Candidate | null = null;
    for (const c of cands) {
      const step = c.flags.find((f) => f.startsWith(`${ANAPHORIC_FLAG}:`));
      if (!step) {
        if (c.kind === "date" && c.date && ANCHORS.some((t) => c.tags.includes(t))) anchor = c;
        out.push(c);
        continue;
      }
      const [, unit, count] = step.split(":");
      const date = anchor?.date && c.start - anchor.end <= REACH ? resolve(anchor.date, unit, Number(count)) : null;
      if (date && /^\d{4}-/.test(date.start) && date.start >= ymd(1000, 1, 1)) {
        const r = { ...c, date, flags: c.flags.filter((f) => f !== step).concat("date-from-context"), tags: [...c.tags, "refiner/en-anaphoric-date"] };
        // a resolved step anchors nothing: "the following month" after "a week earlier" still counts from the stated date
        out.push(r);
        continue;
      }
      const d = fallbackDuration(c);
      if (d) out.push(d);
    }
    return out;
  },
};
