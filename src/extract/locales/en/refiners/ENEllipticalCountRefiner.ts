/**
 * Elliptical counts: "four berths – two for containers and two multi-purpose berths". A bare number
 * followed by "for", shortly after a count in the same sentence and introduced by a dash, colon,
 * comma or bracket, counts the same noun (and cannot exceed it).
 * @module
 */
import type { Candidate, Refiner } from "../../../common/engine.js";

const GAP = /^[^.;!?\n]{0,60}$/;
const INTRO = /[–—:(,-]/;

export const ENEllipticalCountRefiner: Refiner = {
  name: "en-elliptical-count",
  refine(ctx, cands) {
    let parent: Candidate | null = null;
    for (const c of cands) {
      if (c.kind === "count" && !c.bare && c.unit) {
        parent = c;
        continue;
      }
      if (!c.bare || !parent || c.low === null || parent.low === null) continue;
      if (!/^[ \t]+for\b/i.test(ctx.after(c.end, 6))) continue;
      const gap = ctx.between(parent, c);
      if (!GAP.test(gap) || !INTRO.test(gap) || c.low >= parent.low) continue;
      c.unit = parent.unit;
      c.bare = false;
      c.tags.push("refiner/en-elliptical-count");
    }
    return cands;
  },
};
