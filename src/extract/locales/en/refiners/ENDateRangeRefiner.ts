/**
 * Two dates joined as one span of time are one date mention: "February to March 2025",
 * "between 2023 and 2025", "from May through July", "March 3 to March 5". Not a move from one
 * date to another ("postponed from March to May") nor a list ("in 2022 and 2023"), nor "between"
 * two dates each whole in itself ("between March 2025 and September 2027", "between Oct. 8 and
 * Oct. 13"): a start and an end, each a date of its own, as the corpus marks them.
 * @module
 */
import type { Candidate, Refiner } from "../../../common/engine.js";
import { futureCue } from "../tense.js";
import { dayInterval } from "../../../../normalize/dates.js";

/** Parsers whose dates are calendar dates (a weekday or "last year" never opens a range). */
const CALENDAR = ["parser/en-date-month", "parser/en-date-year", "parser/iso-date"];
const JOIN = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
/** A verb that moves a date: its "from X to Y" is two dates. */
const SHIFT_BEFORE = /\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|changed|shifted|deferred|advanced|put\s+off|pushed)\b[^.;!?]{0,40}$/i;

/** A date written whole, with its own day or year ("Oct. 8", "March 2025"), not a bare year ("2023") nor a month the other end completes ("January and March 2027"). */
const whole = (c: Candidate) => /\d/.test(c.text) && !/^\d{4}$/.test(c.text.trim());
const isCalendar = (c: Candidate) => c.kind === "date" && c.date !== null && CALENDAR.some((t) => c.tags.includes(t));
/** A weekday and its day's number with no month ("Friday 15"), read near the report's date. */
const isWeekdayDay = (c: Candidate) => c.kind === "date" && c.date !== null && c.tags.includes("parser/en-date-weekday") && /\d/.test(c.text);
/** The day `d` of the month of `end` (ISO), or of the month before when `d` comes later in the month than `end`'s day. */
function dayBefore(d: number, end: string): string | null {
  const [y, m, e] = end.split("-").map(Number);
  return (d <= e ? dayInterval(y, m, d) : dayInterval(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, d))?.start ?? null;
}
const shiftYears = (iso: string, k: number) => `${Number(iso.slice(0, 4)) + k}${iso.slice(4)}`;

export const ENDateRangeRefiner: Refiner = {
  name: "en-date-range",
  refine(ctx, cands) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i];
      const b = cands[i + 1];
      // "from Friday 15 to Sunday 17", "from Friday 15 to Sunday 17 May": a span of days, the first in the last's month
      if (b && isWeekdayDay(a) && (isWeekdayDay(b) || isCalendar(b)) && b.date!.start === b.date!.end && /^\s*(?:-|–|to|through|until|till)\s*$/i.test(ctx.between(a, b)) && /\bfrom\s+$/i.test(ctx.before(a.start, 20)) && !SHIFT_BEFORE.test(ctx.before(a.start, 60))) {
        const start = dayBefore(Number(a.date!.start.slice(8)), b.date!.end);
        if (start && Date.parse(b.date!.end) - Date.parse(start) <= 31 * 86_400_000) {
          out.push({ ...b, start: a.start, text: ctx.text.slice(a.start, b.end), date: { start, end: b.date!.end }, tags: [...b.tags, "refiner/en-date-range"] });
          i++;
          continue;
        }
      }
      if (!b || !isCalendar(a) || !isCalendar(b)) {
        out.push(a);
        continue;
      }
      const gap = ctx.between(a, b);
      const word = gap.trim().toLowerCase();
      const before = ctx.before(a.start, 60);
      const ok =
        JOIN.test(gap) &&
        gap.length <= 10 &&
        (word !== "and" || (/\bbetween\s+$/i.test(before) && !(whole(a) && whole(b)))) &&
        (!/^(?:until|till)$/.test(word) || /\bfrom\s+$/i.test(before)) &&
        !SHIFT_BEFORE.test(before);
      let ds = a.date!;
      let de = b.date!;
      // "June 4 to June 9, 2022": the start takes the year written at the end
      if (ok && a.flags.includes("implied-year") && !b.flags.includes("implied-year")) {
        const yb = Number(de.start.slice(0, 4));
        const k = yb - (ds.start.slice(5) > de.start.slice(5) ? 1 : 0) - Number(ds.start.slice(0, 4));
        ds = { start: shiftYears(ds.start, k), end: shiftYears(ds.end, k) };
      }
      // both years implied ("from May through July"): the end follows the start, and the span is in the past unless the clause looks ahead
      if (ok && a.flags.includes("implied-year") && b.flags.includes("implied-year") && ctx.reference) {
        const ya = Number(ds.start.slice(0, 4));
        let yb = Number(de.start.slice(0, 4));
        if (de.start.slice(5) >= ds.start.slice(5)) yb = ya;
        else yb = ya + 1;
        de = { start: `${yb}${de.start.slice(4)}`, end: `${yb + (de.end.slice(0, 4) !== de.start.slice(0, 4) ? 1 : 0)}${de.end.slice(4)}` };
        const refDay = ctx.reference.toISOString().slice(0, 10);
        if (de.end > refDay && ds.start <= refDay && !futureCue(ctx, a.start, b.end)) {
          ds = { start: shiftYears(ds.start, -1), end: shiftYears(ds.end, -1) };
          de = { start: shiftYears(de.start, -1), end: shiftYears(de.end, -1) };
        }
      }
      if (!ok || ds.start > de.start || ds.end > de.end) {
        out.push(a);
        continue;
      }
      out.push({
        ...a,
        end: b.end,
        text: ctx.text.slice(a.start, b.end),
        date: { start: ds.start, end: de.end },
        flags: [...new Set([...a.flags, ...b.flags])].filter((f) => f !== "implied-year" || b.flags.includes(f)),
        tags: [...a.tags, "refiner/en-date-range"],
      });
      i++;
    }
    return out;
  },
};
