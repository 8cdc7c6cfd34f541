/** Qualifiers from the words around a figure: "about 600" approx, "up to 300" upper, "more than 7,000" lower, "10,000 or more". */
import type { Refiner } from "../../../common/engine.js";
import { QUALIFIER_AFTER, QUALIFIER_BEFORE } from "../constants.js";

/** The last word of every qualifier before a figure: a cheap test before the regexes. */
const LAST_WORDS = new Set(
  "about around some nearly almost roughly approximately approx approx. circa estimated to under over than many much most least below above exceeding of beyond c. ca. ~ more less as maximum".split(" "),
);
const LAST_WORD = /([\p{L}.]+|~)\s*$/u;

export const ENQualifierRefiner: Refiner = {
  name: "en-qualifier",
  refine(ctx, cands) {
    for (const c of cands) {
      if (c.kind === "date" || c.qualifier) continue;
      const before = ctx.before(c.start, 30);
      const last = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? "";
      const maybe = LAST_WORDS.has(last) || last.endsWith("~");
      for (const [re, q] of maybe ? QUALIFIER_BEFORE : []) {
        if (!re.test(before)) continue;
        // "over five years" is a period, not a lower bound
        if (c.kind === "duration" && /(?:over|under|above|below)\s*$/i.test(before)) break;
        c.qualifier = q;
        c.tags.push("refiner/en-qualifier");
        break;
      }
      if (c.qualifier) continue;
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
