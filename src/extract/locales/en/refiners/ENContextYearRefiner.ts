/**
 * A month or day without a year takes the year stated earlier in the same sentence ("In 2019 the firm
 * bought a stake, and in March it …" → March 2019), instead of the year implied by publication.
 * @module
 */
import type { Candidate, Refiner } from "../../../common/engine.js";
import { dayInterval, monthInterval, monthPart } from "../../../../normalize/dates.js";

const SENTENCE_END = /[.!?]["”’)]?\s+(?=[A-Z"“])|\n/g;

function yearOf(c: Candidate): number | null {
  if (c.kind !== "date" || !c.date || c.flags.includes("implied-year")) return null;
  if (!c.tags.includes("parser/en-date-year") && !c.tags.includes("parser/en-date-month") && !c.tags.includes("iso-date") && !c.tags.includes("parser/iso-date")) return null;
  const a = Number(c.date.start.slice(0, 4));
  const b = Number(c.date.end.slice(0, 4));
  return a === b ? a : null;
}

export const ENContextYearRefiner: Refiner = {
  name: "en-context-year",
  refine(ctx, cands) {
    let lastYear: { year: number; end: number } | null = null;
    for (const c of cands) {
      const y = yearOf(c);
      if (y !== null) {
        lastYear = { year: y, end: c.end };
        continue;
      }
      if (!lastYear || c.kind !== "date" || !c.date || !c.flags.includes("implied-year")) continue;
      // the first character of the date joins the gap, so a sentence that ends right before it is seen
      const gap = ctx.text.slice(lastYear.end, c.start + 1);
      SENTENCE_END.lastIndex = 0;
      if (gap.length > 300 || SENTENCE_END.test(gap)) continue;
      const [, m, d] = c.date.start.split("-").map(Number);
      const sameMonthEnd = c.date.end.slice(0, 7) === c.date.start.slice(0, 7);
      let date = null;
      if (c.date.start === c.date.end) date = dayInterval(lastYear.year, m, d);
      else if (sameMonthEnd && d === 1 && c.date.end.endsWith(monthInterval(Number(c.date.start.slice(0, 4)), m).end.slice(8))) date = monthInterval(lastYear.year, m);
      else if (sameMonthEnd) {
        const part = d === 1 ? "early" : d === 11 ? "mid" : "late";
        date = monthPart(lastYear.year, m, part);
      }
      // a part of a year ("the second quarter", "the first five months"): the same months in the stated year
      if (!date && c.date.start.slice(0, 4) === c.date.end.slice(0, 4)) {
        const k = lastYear.year - Number(c.date.start.slice(0, 4));
        date = { start: `${lastYear.year}${c.date.start.slice(4)}`, end: `${Number(c.date.end.slice(0, 4)) + k}${c.date.end.slice(4)}` };
      }
      if (!date) continue;
      c.date = date;
      c.flags = c.flags.filter((f) => f !== "implied-year").concat("year-from-context");
      c.tags.push("refiner/en-context-year");
    }
    return cands;
  },
};
