/**
 * Rates: "300 vehicles daily", "300 cars per day", "1m containers a year", "$4.5 billion in annual
 * revenues", "capacity of annual traffic equal to ...". A rate stated after or before a list
 * ("300 vehicles and 2,850 people daily") applies to every member of the list.
 * @module
 */
import type { Candidate, ParsingContext, Refiner } from "../../../common/engine.js";
import { PERIOD_DICTIONARY, RATE_AFTER, RATE_NOUN_AFTER } from "../constants.js";

const RATED = new Set(["count", "quantity", "money"]);
/** What may stand between two members of one list: a few words, then a comma or "and". */
const LIST_GAP = /^[ \t\r\n\p{L}-]{0,30}?(?:,|\band\b|&|;)\s*(?:and\s+)?$/u;
const RATE_BEFORE = /\b(annual|yearly|daily|monthly|weekly)\b[^.;:!?\d]{0,40}$/iu;

/**
 * A rate later in the figure's clause: "400 lorries cross the old bridge each day", "the strike
 * costs the airline $2 million of income for every day it lasts". "A day" after "in", "for",
 * "than", "once"… is a time or a duration ("done in a day", "closed for a year"), not a rate.
 */
const CLAUSE_RATE = /^[^.;:!?\n,]{0,60}?(?:\bfor\s+(?:each|every)|\b(?:each|every|per)|(?<!\b(?:in|within|for|over|after|than|of|once|twice|half|about|nearly|almost|around|just|only|least|most|past|last|next|first|whole|entire|full)\s+)\b(?:a|an))\s+(day|week|month|year)\b(?![ \t]+(?:earlier|later|ago|before|after|on|or|and)\b|-|['’])/iu;

const period = (w: string) => PERIOD_DICTIONARY[w.toLowerCase()] ?? null;

function listGap(ctx: ParsingContext, a: Candidate, b: Candidate): boolean {
  const gap = ctx.between(a, b);
  return gap.length <= 40 && LIST_GAP.test(gap);
}

export const ENRateRefiner: Refiner = {
  name: "en-rate",
  refine(ctx, cands) {
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (!RATED.has(c.kind) || c.per) continue;
      const after = ctx.after(c.end, 30);
      let m = RATE_AFTER.exec(after) ?? RATE_NOUN_AFTER.exec(after);
      // the rate at the end of the figure's own clause, before any other count, quantity or sum
      if (!m) {
        let j = i + 1;
        while (j < cands.length && !RATED.has(cands[j].kind)) j++;
        m = CLAUSE_RATE.exec(ctx.text.slice(c.end, Math.min(c.end + 80, cands[j]?.start ?? Number.POSITIVE_INFINITY)));
      }
      const p = m ? period(m[1] ?? m[2]) : null;
      if (p) {
        c.per = p;
        c.tags.push("refiner/en-rate");
      }
    }
    // a rate before a list: "annual traffic equal to A, B and C"
    const heads = new Set<Candidate>();
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (!RATED.has(c.kind) || c.per) continue;
      const prev = cands[i - 1];
      if (prev && prev.end > c.start - 60 && prev.kind !== "date") continue; // only at the head of a list
      const m = RATE_BEFORE.exec(ctx.before(c.start, 60));
      if (m) {
        c.per = period(m[1]);
        heads.add(c);
      }
    }
    // spread along lists, both ways (a period only: "two in each direction" is a part of the count before it, not its like)
    for (let i = cands.length - 2; i >= 0; i--) {
      const a = cands[i];
      const b = cands[i + 1];
      if (!a.per && b.per && b.per !== "direction" && RATED.has(a.kind) && listGap(ctx, a, b)) a.per = b.per;
    }
    for (let i = 1; i < cands.length; i++) {
      const a = cands[i - 1];
      const b = cands[i];
      if (!b.per && heads.has(a) && a.per !== "direction" && RATED.has(b.kind) && listGap(ctx, a, b)) {
        b.per = a.per;
        heads.add(b);
      }
    }
    return cands;
  },
};
