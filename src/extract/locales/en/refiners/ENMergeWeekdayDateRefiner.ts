/** Joins a weekday (or "today", "yesterday") and the date that explains it: "Wednesday (April 30)", "Friday, May 2", "Tuesday March 26",
 * "today (Nov. 18)", "November 22, 2024, Friday" → one date. */
import type { Candidate, Refiner } from "../../../common/engine.js";
import { WEEKDAY_DICTIONARY } from "../constants.js";

/** A date whose year was implied takes the neighbouring year whose calendar gives it the weekday stated. */
function byWeekday(date: Candidate, weekdayText: string): Candidate {
  const wd = WEEKDAY_DICTIONARY[/[A-Za-z]+$/.exec(weekdayText)?.[0].toLowerCase() ?? ""];
  if (wd === undefined || !date.date || date.date.start !== date.date.end || !date.flags.includes("implied-year")) return date;
  const [y, m, d] = date.date.start.split("-").map(Number);
  for (const k of [0, -1, 1]) {
    const t = new Date(Date.UTC(y + k, m - 1, d));
    if (t.getUTCDate() !== d || t.getUTCDay() !== wd) continue;
    const iso = t.toISOString().slice(0, 10);
    return k === 0 ? date : { ...date, date: { start: iso, end: iso }, flags: date.flags.filter((f) => f !== "implied-year") };
  }
  return date;
}

export const ENMergeWeekdayDateRefiner: Refiner = {
  name: "en-merge-weekday-date",
  refine(ctx, cands) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i];
      const b = cands[i + 1];
      if (b && a.kind === "date" && b.kind === "date" && (a.tags.includes("parser/en-date-weekday") || /^(?:today|yesterday|tomorrow|tonight)$/i.test(a.text)) && b.tags.includes("parser/en-date-month")) {
        const gap = ctx.between(a, b);
        if (/^\s*\(\s*$/.test(gap) || (/^(?:\s*,\s*|[ \t]+)$/.test(gap) && a.tags.includes("parser/en-date-weekday"))) {
          const close = /^\s*\)/.exec(ctx.after(b.end, 3));
          const end = b.end + (gap.includes("(") && close ? close[0].length : 0);
          const dated = a.tags.includes("parser/en-date-weekday") ? byWeekday(b, a.text) : b;
          out.push({ ...dated, start: a.start, end, text: ctx.text.slice(a.start, end), tags: [...b.tags, "refiner/en-merge-weekday-date"] });
          i++;
          continue;
        }
      }
      // "November 22, 2024, Friday", "March 26 (Tuesday)": the weekday after its date
      if (b && a.kind === "date" && b.kind === "date" && a.tags.includes("parser/en-date-month") && b.tags.includes("parser/en-date-weekday") && a.date && a.date.start === a.date.end) {
        const gap = ctx.between(a, b);
        if (/^\s*[,(]\s*$/.test(gap)) {
          const close = gap.includes("(") ? /^\s*\)/.exec(ctx.after(b.end, 3)) : null;
          const end = b.end + (close ? close[0].length : 0);
          out.push({ ...byWeekday(a, b.text), end, text: ctx.text.slice(a.start, end), tags: [...a.tags, "refiner/en-merge-weekday-date"] });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
