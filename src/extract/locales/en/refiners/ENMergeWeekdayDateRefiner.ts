/** Joins a weekday (or "today", "yesterday") and the date that explains it: "Wednesday (April 30)", "Friday, May 2", "today (Nov. 18)" → one date. */
import type { Candidate, Refiner } from "../../../common/engine.js";

export const ENMergeWeekdayDateRefiner: Refiner = {
  name: "en-merge-weekday-date",
  refine(ctx, cands) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i];
      const b = cands[i + 1];
      if (b && a.kind === "date" && b.kind === "date" && (a.tags.includes("parser/en-date-weekday") || /^(?:today|yesterday|tomorrow|tonight)$/i.test(a.text)) && b.tags.includes("parser/en-date-month")) {
        const gap = ctx.between(a, b);
        if (/^\s*\(\s*$/.test(gap) || (/^\s*,\s*$/.test(gap) && a.tags.includes("parser/en-date-weekday"))) {
          const close = /^\s*\)/.exec(ctx.after(b.end, 3));
          const end = b.end + (gap.includes("(") && close ? close[0].length : 0);
          out.push({ ...b, start: a.start, end, text: ctx.text.slice(a.start, end), tags: [...b.tags, "refiner/en-merge-weekday-date"] });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
