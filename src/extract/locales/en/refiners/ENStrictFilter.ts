/**
 * The strict variant keeps only figures that state everything themselves: no bare numbers without a
 * unit or counted noun, no dates whose year or reference is implied.
 * @module
 */
import type { Refiner } from "../../../common/engine.js";

export const ENStrictFilter: Refiner = {
  name: "en-strict-filter",
  refine(_ctx, cands) {
    return cands.filter((c) => {
      if (c.kind === "count" && c.unit === null) return false;
      if (c.kind === "date" && (c.flags.includes("implied-year") || c.tags.some((t) => t === "parser/en-date-relative" || t === "parser/en-date-weekday" || t === "parser/en-date-ago"))) return false;
      return true;
    });
  },
};
