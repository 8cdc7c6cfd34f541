/**
 * Elliptical counts: "four berths – two for containers and two multi-purpose berths". A bare number
 * followed by "for", shortly after a count in the same sentence and introduced by a dash, colon,
 * comma or bracket, counts the same noun (and cannot exceed it). So does one followed by "in each
 * direction" ("four lanes, two in each direction"), which is per direction, as is a count with its
 * noun and those words ("two lanes in each direction"): never the whole road's count (the other
 * locales: common/refiners/PerDirectionRefiner.ts).
 * @module
 */
import type { Candidate, Refiner } from "../../../common/engine.js";
import { PART_GAP } from "../../../common/refiners/PerDirectionRefiner.js";
import { PER_DIRECTION_AFTER } from "../constants.js";

const INTRO = /[–—:(,-]/;

export const ENEllipticalCountRefiner: Refiner = {
  name: "en-elliptical-count",
  refine(ctx, cands) {
    let parent: Candidate | null = null;
    for (const c of cands) {
      if (c.kind === "count" && !c.bare && c.unit) {
        if (!c.per && PER_DIRECTION_AFTER.test(ctx.after(c.end, 24))) (c.per = "direction"), c.tags.push("refiner/en-elliptical-count");
        else parent = c;
        continue;
      }
      if (!c.bare || !parent || c.low === null || parent.low === null) continue;
      const per = PER_DIRECTION_AFTER.exec(ctx.after(c.end, 24));
      if (!per && !/^[ \t]+for\b/i.test(ctx.after(c.end, 6))) continue;
      const gap = ctx.between(parent, c);
      if (!PART_GAP.test(gap) || !INTRO.test(gap) || c.low >= parent.low) continue;
      if (per) {
        // the span covers the words, as "dos en cada dirección" does
        c.end += per[0].length;
        c.text = ctx.text.slice(c.start, c.end);
        c.per = "direction";
      }
      c.unit = parent.unit;
      c.bare = false;
      c.tags.push("refiner/en-elliptical-count");
    }
    return cands;
  },
};
