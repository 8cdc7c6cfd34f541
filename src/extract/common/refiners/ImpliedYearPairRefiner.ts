/**
 * Two dates of no stated year written as one span ("с июля на октябрь", "von Juli bis Oktober",
 * "del 28 de diciembre al 3 de enero"): each took the year nearest the report's date, which can put
 * the second before the first (July 2026 and the October before it, in a March report). The second
 * follows the first, so it moves a year on. Only a day or a whole month moves, and only when the
 * two stand a few characters apart with no sentence break between.
 * @module
 */
import type { DateInterval } from "../../../types.js";
import type { Candidate, Refiner } from "../engine.js";
import { dayInterval, monthInterval } from "../../../normalize/dates.js";

const IMPLIED = "implied-year";
/** The most characters between the two dates ("bis", "на", " al "). */
const PAIR_GAP = 12;

/** The same day or whole month a year later, or null for any other interval (or 29 February). */
function yearLater(d: DateInterval): DateInterval | null {
  const [ys, ms, ds] = d.start.split("-").map(Number);
  if (d.start === d.end) return dayInterval(ys + 1, ms, ds);
  const month = monthInterval(ys, ms);
  return month.start === d.start && month.end === d.end ? monthInterval(ys + 1, ms) : null;
}

export const ImpliedYearPairRefiner: Refiner = {
  name: "implied-year-pair",
  refine(ctx, cands) {
    let prev: Candidate | null = null;
    for (const c of cands) {
      if (c.kind !== "date") continue;
      const first = prev;
      prev = c;
      if (!first?.date || !c.date || !first.flags.includes(IMPLIED) || !c.flags.includes(IMPLIED)) continue;
      if (c.start < first.end || c.start - first.end > PAIR_GAP || /[.;!?\n]/.test(ctx.between(first, c))) continue;
      if (c.date.start >= first.date.start) continue;
      const later = yearLater(c.date);
      if (!later || later.start < first.date.start) continue;
      c.date = later;
      c.tags.push("refiner/implied-year-pair");
    }
    return cands;
  },
};
