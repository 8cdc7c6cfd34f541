/**
 * A span of days written with their weekdays ("du vendredi 15 au dimanche 17", "da venerdì 15 a
 * domenica 17 ottobre", "del viernes 15 al domingo 17 de mayo"): one date from the first day to the
 * last, as "du 15 au 17 mai" is read, not two. The first day, read alone near the report's date,
 * takes the month of the last when the last states one; the last day follows the first, within a
 * month. The words around the span are the locale's `dayRange` (common/vocab.ts).
 * @module
 */
import type { Candidate, Refiner } from "../engine.js";
import { dayInterval } from "../../../normalize/dates.js";
import { ALPHA, wordBefore } from "../numerals.js";

/** The most days a span of days may run (a week's festival, a month's strike). */
const MOST_DAYS = 31;
const DAY = 86_400_000;

const single = (c: Candidate) => c.kind === "date" && c.date !== null && c.date.start === c.date.end;

/** The first day `d` on or before `end` (ISO): in `end`'s month, or the month before when `d` is later in the month than `end`. */
function firstDay(d: number, end: string): string | null {
  const [y, m, e] = end.split("-").map(Number);
  return (d <= e ? dayInterval(y, m, d) : dayInterval(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, d))?.start ?? null;
}

export function createDayRangeRefiner(range: { from: string; to: string } | undefined): Refiner | null {
  if (!range) return null;
  const from = wordBefore(range.from, "\\s{1,3}");
  const to = new RegExp(`^[\\s,]*(?:${range.to})\\s{1,3}$`, "iu");
  // the first of the two: a weekday and its day's number ("vendredi 15", "Freitag, 15.", "Freitag, 15. Mai")
  const weekdayDay = new RegExp(`^[${ALPHA}-]+[\\s,]{1,3}(?:[${ALPHA}]+\\s{1,3})?\\d{1,2}(?!\\d)`, "u");
  return {
    name: "day-range",
    refine(ctx, cands) {
      const out: Candidate[] = [];
      for (let i = 0; i < cands.length; i++) {
        const a = cands[i];
        const b = cands[i + 1];
        if (!b || !single(a) || !single(b) || !weekdayDay.test(a.text) || !/^[^\d]*\d/.test(b.text) || !from.test(ctx.before(a.start, 20)) || !to.test(ctx.between(a, b))) {
          out.push(a);
          continue;
        }
        const end = b.date!.end;
        // a weekday and its number alone was read near the report's date: it takes the last day's month
        const start = a.tags.some((t) => t.endsWith("-date-weekday")) ? firstDay(Number(a.date!.start.slice(8)), end) : a.date!.start;
        if (!start || start > end || Date.parse(end) - Date.parse(start) > MOST_DAYS * DAY) {
          out.push(a);
          continue;
        }
        out.push({
          ...b,
          start: a.start,
          text: ctx.text.slice(a.start, b.end),
          date: { start, end },
          flags: b.flags.filter((f) => f !== "weekday"),
          tags: [...b.tags, "refiner/day-range"],
        });
        i++;
      }
      return out;
    },
  };
}
