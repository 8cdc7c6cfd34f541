/**
 * Resolves "the previous year", "two days later", "that month" against the nearest calendar date
 * stated before them in the text (within a few paragraphs). A step finer than its anchor ("two days
 * later" after "in March") cannot be resolved: "two days later" then falls back to the duration it
 * names, and the others are dropped.
 * @module
 */
import type { Candidate, Refiner } from "../../../common/engine.js";
import { resolved, stepOf } from "../../../common/refiners/AnaphoricDateRefiner.js";
import { DURATION_UNIT_DICTIONARY, parseNumber, valueOf } from "../constants.js";

const ANCHORS = ["parser/en-date-month", "parser/en-date-year", "parser/iso-date", "parser/en-date-weekday", "parser/en-date-relative"];

/** "two days later" unresolved: the duration "two days", as the duration parser would have read it. */
function fallbackDuration(c: Candidate): Candidate | null {
  const m = /^(.+?)\s+(days?|weeks?|months?|years?|decades?)\s+\S+$/i.exec(c.text);
  if (!m) return null;
  const raw = /^an?$/i.test(m[1]) ? null : parseNumber(m[1]);
  const unit = DURATION_UNIT_DICTIONARY[m[2].toLowerCase()];
  if (!raw || unit === undefined) return null;
  const v = valueOf(raw) * unit;
  const end = c.start + m[1].length + c.text.slice(m[1].length).indexOf(m[2]) + m[2].length;
  return { ...c, end, text: c.text.slice(0, end - c.start), kind: "duration", low: v, high: v, unit: "d", date: null, flags: [], tags: [...c.tags, "refiner/en-anaphoric-fallback"] };
}

export const ENAnaphoricDateRefiner: Refiner = {
  name: "en-anaphoric-date",
  refine(_ctx, cands) {
    const out: Candidate[] = [];
    let anchor: Candidate | null = null;
    for (const c of cands) {
      const step = stepOf(c);
      if (!step) {
        if (c.kind === "date" && c.date && ANCHORS.some((t) => c.tags.includes(t))) anchor = c;
        out.push(c);
        continue;
      }
      // a resolved step anchors nothing: "the following month" after "a week earlier" still counts from the stated date
      const r = resolved(c, step, anchor, "refiner/en-anaphoric-date");
      if (r) {
        out.push(r);
        continue;
      }
      const d = fallbackDuration(c);
      if (d) out.push(d);
    }
    return out;
  },
};
