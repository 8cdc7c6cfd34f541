/**
 * A rate said right after a figure in the locale's words (its `rates`): "210.000 barriles diarios",
 * "500 Lkw pro Tag", "300 camions par jour", "240 тыс. баррелей в сутки" are per day, as English's
 * rate refiner reads "a day". Right after the figure, or, after a quantity, after the one word of
 * what it measures ("barriles de crudo al día", "barils de brut par jour", "баррелей нефти в
 * сутки"): a rate later in the clause is English's reading alone. An adverb of rate right before
 * it (the locale's `ratesBefore`: "täglich 95.000 Barrel", "ежегодно 2 млн тонн") says the same
 * in the word order of languages that put it there.
 * @module
 */
import type { Refiner } from "../engine.js";
import { ALPHA } from "../numerals.js";
import { alt, lookup, type LocaleVocab } from "../vocab.js";

const RATED = new Set(["count", "quantity", "money"]);

export function createRateRefiner(v: LocaleVocab): Refiner | null {
  const rates = v.rates, before = v.ratesBefore;
  if (!rates && !before) return null;
  const words = rates ? alt(Object.keys(rates)) : "";
  const re = rates ? new RegExp(`^[ \\t]{1,3}(?<w>${words})(?![${ALPHA}])`, "iu") : null;
  // a quantity's unit may take the word of what it measures first: one word, after a
  // short word that joins it ("de", "di") or none
  const reOf = rates ? new RegExp(`^[ \\t]{1,3}(?:\\p{L}{1,3}[ \\t]+)?\\p{L}{2,}[ \\t]+(?<w>${words})(?![${ALPHA}])`, "iu") : null;
  const reBefore = before ? new RegExp(`(?<![${ALPHA}])(?<w>${alt(Object.keys(before))})[ \\t]{1,3}$`, "iu") : null;
  return {
    name: `${v.code}-rate`,
    refine(ctx, cands) {
      for (const c of cands) {
        if (!RATED.has(c.kind) || c.per) continue;
        const m = re?.exec(ctx.after(c.end, 30)) ?? (c.kind === "quantity" ? reOf?.exec(ctx.after(c.end, 40)) : null);
        if (m) c.per = lookup(rates!, m.groups!.w) ?? null;
        const b = !c.per && reBefore?.exec(ctx.before(c.start, 30));
        if (b) c.per = lookup(before!, b.groups!.w) ?? null;
      }
      return cands;
    },
  };
}
