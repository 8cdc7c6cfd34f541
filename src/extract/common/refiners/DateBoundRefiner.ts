/**
 * A date right after (or, in Korean, Chinese and Japanese, right before) a locale's deadline words
 * is an upper bound on when: "до 15 вересня", "bis Ende 2023", "d'ici 2025", "올해 말까지",
 * "10月8日前". The words are the locale's reconcile `deadline` cue (src/extract/locales/*\/reconcile.ts),
 * so extraction's bound and reconciliation's deadline are one vocabulary per language. The second
 * date of a from-to pair ("з 15 вересня до 1 листопада", "2월부터 5월까지") is a range's end, not a
 * deadline: a date close before it, with no clause break between, leaves it alone.
 * @module
 */
import type { Refiner } from "../engine.js";
import type { ReconcileCues } from "../../locales/reconcile.js";

/** How far before or after a date its deadline words are read (a cue is anchored at the date). */
const REACH = 40;
/** A from-to pair: the other date at most this many characters before, with no clause break between. */
const PAIR_GAP = 16;
const BREAK = /[,;.:!?–—\n]/;

export function createDateBoundRefiner(deadline: ReconcileCues["deadline"]): Refiner | null {
  if (!deadline) return null;
  return {
    name: "date-bound",
    refine(ctx, cands) {
      let prevDateEnd = -1;
      for (const c of cands) {
        if (c.kind !== "date") continue;
        const last = prevDateEnd;
        prevDateEnd = c.end;
        if (c.qualifier) continue;
        if (!(deadline.before?.test(ctx.before(c.start, REACH)) || deadline.after?.test(ctx.after(c.end, REACH)))) continue;
        if (last >= 0 && last <= c.start && c.start - last <= PAIR_GAP && !BREAK.test(ctx.text.slice(last, c.start))) continue;
        c.qualifier = "upper";
        c.tags.push("refiner/date-bound");
      }
      return cands;
    },
  };
}
