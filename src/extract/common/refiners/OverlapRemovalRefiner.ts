/**
 * When readings overlap, keep one: the longer span, then the higher parser priority
 * ("2,000 soldiers" beats the year 2000; "850 metres" beats a bare 850).
 * @module
 */
import type { Candidate, Refiner } from "../engine.js";

const better = (a: Candidate, b: Candidate) => {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return b.priority > a.priority ? b : a;
};

export const OverlapRemovalRefiner: Refiner = {
  name: "overlap-removal",
  refine(_ctx, cands) {
    const out: Candidate[] = [];
    for (const c of cands) {
      // candidates come sorted by start; compare with every kept one that still overlaps
      let keep = true;
      for (let i = out.length - 1; i >= 0 && keep; i--) {
        const k = out[i];
        if (k.end <= c.start) break; // kept ones are disjoint and sorted
        if (better(k, c) === k) keep = false;
        else out.splice(i, 1);
      }
      if (keep) out.push(c);
    }
    return out;
  },
};
