/**
 * Conversions in brackets: "4.7km (2.9 miles)", "$100million to build (£73.7million)",
 * "850-meter-long (2,788-foot-long)". Both figures get one `statement` id, and the converted one
 * takes the original's qualifier ("around $100m (£73.7m)" is approximate in both currencies).
 * @module
 */
import type { Refiner } from "../../../common/engine.js";

const GAP = /^[-\p{L}\s,']{0,40}\(\s*(?:about|around|approximately|approx\.?|roughly|some|c\.|~|or)?\s*$/iu;
const CLOSE = /^(?:-[\p{L}-]{1,20})?\s*\)/u;

export const ENConversionRefiner: Refiner = {
  name: "en-conversion",
  refine(ctx, cands) {
    for (let i = 0; i + 1 < cands.length; i++) {
      const a = cands[i];
      const b = cands[i + 1];
      if (a.kind !== b.kind || a.kind === "date" || a.kind === "count") continue;
      if (a.kind !== "money" && a.unit !== b.unit) continue;
      const gap = ctx.between(a, b);
      if (!GAP.test(gap) || gap.split(/\s+/).filter(Boolean).length > 6) continue;
      if (!CLOSE.test(ctx.after(b.end, 24))) continue;
      const id = a.statement ?? `${ctx.source}:${a.start}`;
      a.statement = id;
      b.statement = id;
      if (!b.qualifier && a.qualifier) b.qualifier = a.qualifier;
      a.tags.push("refiner/en-conversion");
      b.tags.push("refiner/en-conversion");
    }
    return cands;
  },
};
