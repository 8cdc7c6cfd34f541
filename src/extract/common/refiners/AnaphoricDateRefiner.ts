/**
 * Dates relative to a date the text itself states, not to publication: "the next day" after "on
 * 15 May", "el día siguiente", "на следующий день", "다음날", "翌日". A parser records only the step
 * (flag "anaphoric:<unit>:<count>"); it is resolved here against the nearest date stated before it
 * (within a few paragraphs), or dropped: a step finer than its anchor ("the next day" after "in
 * 2018") says no day.
 * @module
 */
import type { DateInterval } from "../../../types.js";
import type { Candidate, Refiner } from "../engine.js";
import { monthInterval, weekInterval, yearInterval, ymd } from "../../../normalize/dates.js";

/** A step from the anchor date, written into the candidate's flags as "anaphoric:<unit>:<count>". */
export const ANAPHORIC_FLAG = "anaphoric";
/** How far back an anchor may be, in characters. */
const ANAPHORIC_REACH = 2000;
const DAY = 86400000;

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const span = (d: DateInterval) => days(d.end) - days(d.start) + 1;

/** The date `k` units ("day", "week", "calendar-week", "month", "year") from `anchor`, or null when the anchor is too coarse. */
function resolveStep(anchor: DateInterval, unit: string, k: number): DateInterval | null {
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

/** The step a candidate carries, or null. */
export const stepOf = (c: Candidate): string | undefined => c.flags.find((f) => f.startsWith(`${ANAPHORIC_FLAG}:`));

/** The candidate `c` resolved against `anchor` (the last date before it), or null. */
export function resolved(c: Candidate, step: string, anchor: Candidate | null, tag: string): Candidate | null {
  const [, unit, count] = step.split(":");
  const date = anchor?.date && c.start - anchor.end <= ANAPHORIC_REACH ? resolveStep(anchor.date, unit, Number(count)) : null;
  if (!date || !/^\d{4}-/.test(date.start) || date.start < ymd(1000, 1, 1)) return null;
  return { ...c, date, flags: c.flags.filter((f) => f !== step).concat("date-from-context"), tags: [...c.tags, tag] };
}

/** Between a step and the date that names its day ("На следующий день, 16 мая"): the date alone is the mention. */
const APPOSITION = /^[\s,(:–—-]{0,3}$/;

/**
 * The other locales' refiner: every date stated before is an anchor; an unresolved step is
 * dropped, and so is a step the text dates itself right after it.
 */
export const AnaphoricDateRefiner: Refiner = {
  name: "anaphoric-date",
  refine(ctx, cands) {
    const out: Candidate[] = [];
    let anchor: Candidate | null = null;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      const step = stepOf(c);
      const next = cands[i + 1];
      if (step && next?.kind === "date" && next.date && APPOSITION.test(ctx.between(c, next))) continue;
      if (!step) {
        if (c.kind === "date" && c.date) anchor = c;
        out.push(c);
        continue;
      }
      // a resolved step anchors nothing: the next step still counts from the stated date
      const r = resolved(c, step, anchor, "refiner/anaphoric-date");
      if (r) out.push(r);
    }
    return out;
  },
};
