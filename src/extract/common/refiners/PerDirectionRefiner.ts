/**
 * A count per direction ("cuatro carriles, dos en cada dirección"; common/figures.ts
 * createPerDirectionParser) names no noun: it is a part of the count stated just before it in its
 * sentence, so it takes that count's noun, and must be smaller than it. Without such a count
 * ("dos en cada dirección" alone) there is nothing it counts, and it is dropped. A count with its
 * noun and the same words after it ("zwei Spuren pro Richtung") is per direction too: either is
 * never the whole road's count.
 * @module
 */
import type { Candidate, Refiner } from "../engine.js";
import { PER_DIRECTION } from "../figures.js";
import type { LocaleVocab } from "../vocab.js";
import { ALPHA } from "../numerals.js";

/**
 * Between a count and a part of it that names no noun: one sentence, a few words ("cuatro carriles
 * para vehículos -"); English elliptical counts read the same (ENEllipticalCountRefiner).
 */
export const PART_GAP = /^[^.;!?\n]{0,60}$/;

export function createPerDirectionRefiner(v: LocaleVocab): Refiner | null {
  if (!v.perDirection) return null;
  const after = new RegExp(`^\\s+(?:${v.perDirection})(?![${ALPHA}])`, "i");
  return {
    name: "per-direction",
    refine(ctx, cands) {
      const out: Candidate[] = [];
      let whole: Candidate | null = null;
      for (const c of cands) {
        if (!c.flags.includes(PER_DIRECTION)) {
          if (c.kind === "count" && c.unit && !c.bare) {
            if (!c.per && after.test(ctx.after(c.end, 40))) (c.per = "direction"), c.tags.push("refiner/per-direction");
            else whole = c;
          }
          out.push(c);
          continue;
        }
        if (!whole || whole.low === null || c.low === null || c.low >= whole.low || !PART_GAP.test(ctx.between(whole, c))) continue;
        c.unit = whole.unit;
        c.bare = false;
        c.flags = c.flags.filter((f) => f !== PER_DIRECTION);
        c.tags.push("refiner/per-direction");
        out.push(c);
      }
      return out;
    },
  };
}
