/**
 * A month without a year takes the year of the month joined to it: "October and November 2024",
 * "between March and May 2023", "June to August 2025".
 * @module
 */
import type { Refiner } from "../../../common/engine.js";
import { monthInterval } from "../../../../normalize/dates.js";

const JOIN = /^\s*(?:and|or|to|through|until|till|-|–)\s*$/i;

export const ENSharedYearRefiner: Refiner = {
  name: "en-shared-year",
  refine(ctx, cands) {
    for (let i = cands.length - 2; i >= 0; i--) {
      const a = cands[i];
      const b = cands[i + 1];
      if (a.kind !== "date" || b.kind !== "date" || !b.date || !a.tags.includes("parser/en-date-month") || !b.tags.includes("parser/en-date-month")) continue;
      if (!a.flags.includes("implied-year") || b.flags.includes("implied-year")) continue;
      if (!/^[A-Za-z]+\.?$/.test(a.text) || !JOIN.test(ctx.between(a, b))) continue;
      const month = a.date ? Number(a.date.start.slice(5, 7)) : null;
      if (!month) continue;
      const year = Number(b.date.start.slice(0, 4));
      a.date = monthInterval(month > Number(b.date.start.slice(5, 7)) ? year - 1 : year, month);
      a.flags = a.flags.filter((f) => f !== "implied-year" && f !== "relative-date-unresolved");
      a.tags.push("refiner/en-shared-year");
    }
    return cands;
  },
};
