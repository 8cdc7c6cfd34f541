/** Qualifiers from the words around a figure: "about 600" approx, "up to 300" upper, "more than 7,000" lower, "10,000 or more". */
import type { Refiner } from "../../../common/engine.js";
import { QUALIFIER_AFTER, qualifierEnding } from "../constants.js";

/** The last word of every qualifier before a figure: a cheap test before the regexes. */
const LAST_WORDS = new Set(
  "about around some nearly almost roughly approximately approx approx. circa estimated to under over than many much most least below above exceeding of beyond c. ca. ~ more less as maximum".split(" "),
);
const LAST_WORD = /([\p{L}.]+|~)\s*$/u;

const DATE_LOWER_BEFORE = /\b(?:no earlier than|not earlier than|no sooner than)\s*$/i;
const DATE_LOWER_AFTER = /^\s*(?:,\s*)?at the earliest\b/i;
const DATE_UPPER_BEFORE = /\b(?:no later than|not later than)\s*$/i;
const DATE_UPPER_AFTER = /^\s*(?:,\s*)?at the latest\b/i;

export const ENQualifierRefiner: Refiner = {
  name: "en-qualifier",
  refine(ctx, cands) {
    for (const c of cands) {
      if (c.qualifier) continue;
      if (c.kind === "date") {
        // "no earlier than 2031", "mid-2027 at the earliest": a bound on when, not the date itself
        const q = DATE_LOWER_BEFORE.test(ctx.before(c.start, 25)) || DATE_LOWER_AFTER.test(ctx.after(c.end, 20)) ? "lower" : DATE_UPPER_BEFORE.test(ctx.before(c.start, 25)) || DATE_UPPER_AFTER.test(ctx.after(c.end, 20)) ? "upper" : null;
        if (q) (c.qualifier = q), c.tags.push("refiner/en-qualifier");
        continue;
      }
      const before = ctx.before(c.start, 30);
      const last = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? "";
      const maybe = LAST_WORDS.has(last) || last.endsWith("~");
      const q = maybe ? qualifierEnding(before) : null;
      // "over five years" is a period, not a lower bound
      if (q && !(c.kind === "duration" && /(?:over|under|above|below)\s*$/i.test(before))) {
        c.qualifier = q;
        c.tags.push("refiner/en-qualifier");
        continue;
      }
      const after = ctx.after(c.end, 20);
      for (const [re, q] of QUALIFIER_AFTER) {
        if (re.test(after)) {
          c.qualifier = q;
          c.tags.push("refiner/en-qualifier");
          break;
        }
      }
    }
    return cands;
  },
};
