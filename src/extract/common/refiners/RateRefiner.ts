/**
 * A rate said right after a figure in the locale's words (its `rates`): "210.000 barriles diarios",
 * "500 Lkw pro Tag", "300 camions par jour", "240 тыс. баррелей в сутки" are per day, as English's
 * rate refiner reads "a day". Only right after the figure (a few spaces, an "of crude" between is
 * too far): a rate later in the clause is English's reading alone.
 * @module
 */
import type { Refiner } from "../engine.js";
import { ALPHA } from "../numerals.js";
import { alt, lookup, type LocaleVocab } from "../vocab.js";

const RATED = new Set(["count", "quantity", "money"]);

export function createRateRefiner(v: LocaleVocab): Refiner | null {
  const rates = v.rates;
  if (!rates) return null;
  const re = new RegExp(`^[ \\t]{1,3}(?<w>${alt(Object.keys(rates))})(?![${ALPHA}])`, "iu");
  return {
    name: `${v.code}-rate`,
    refine(ctx, cands) {
      for (const c of cands) {
        if (!RATED.has(c.kind) || c.per) continue;
        const m = re.exec(ctx.after(c.end, 30));
        if (m) c.per = lookup(rates, m.groups!.w) ?? null;
      }
      return cands;
    },
  };
}
