/**
 * A count whose clause names what it counts before it: "the number of people hurt in the blast
 * reached 64", "the weekly number of trains on the line was 90", "the agency put the number of
 * evacuees at 2,300". The counted noun is the first plural within three words of "number of":
 * a reader takes it as the count's noun, as "38 people" would say ("daily", "annual" before
 * "number" make it a rate too). "A number of" is vague; a clause mark, another figure or more than
 * a clause's words between leave the count as it is.
 * @module
 */
import type { Refiner } from "../../../common/engine.js";
import { isPlural, PERIOD_DICTIONARY, singular } from "../constants.js";

/** "number of" and up to three words after it, then the rest of the clause up to the figure (no clause mark, no digit). */
const NUMBER_OF = /(?:^|[^\p{L}])(?:the|its|their|this|that)\s+(?:([a-z]+)\s+)?number\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)([^.;:!?\n\d()"“”]{0,80})$/iu;

export const ENNumberOfRefiner: Refiner = {
  name: "en-number-of",
  refine(ctx, cands) {
    let prevEnd = 0;
    for (const c of cands) {
      const after = prevEnd;
      prevEnd = Math.max(prevEnd, c.end);
      if (c.kind !== "count" || c.unit) continue;
      const m = NUMBER_OF.exec(ctx.text.slice(Math.max(after, c.start - 140), c.start));
      if (!m) continue;
      const noun = m[2].split(/\s+/).find((w) => isPlural(w) && /^[a-z]/.test(w));
      if (!noun) continue;
      c.unit = singular(noun);
      // "the daily number of ships": a rate
      const per = m[1] ? PERIOD_DICTIONARY[m[1].toLowerCase()] : undefined;
      if (per && !c.per) c.per = per;
      c.tags.push("refiner/en-number-of");
    }
    return cands;
  },
};
