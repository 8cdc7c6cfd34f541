/** Durations in days: "18 months", "eighteen months", "one and a half years", "a year and a half", "five-year". */
import type { Parser } from "../../../common/engine.js";
import { DURATION_UNIT_DICTIONARY, DURATION_UNIT_PATTERN, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

/** "one day" alone is usually an idiom: a spelled "one" needs a preposition or qualifier before it. */
const ONE_NEEDS = /(?:^|[^\p{L}])(?:in|for|within|after|than|only|just|about|around|nearly|almost|least|over|under|of|to|by|last|past|next|first|another|extra|additional)\s+$/iu;

/** Words before "a year", "a decade" that make it a period. */
const LOOSE_NEEDS = /(?:^|[^\p{L}])(?:for|in|within|after|than|about|around|nearly|almost|roughly|some|least|only|just|barely|over|under|to|by|take|takes|took|taken|taking|lasts?|lasted|lasting|spent|spend|spends|spending|needs?|needed|extra|another|up\s+to|in\s+(?:less|more)\s+than)\s+$/iu;
/**
 * After "a year": the gap between two events, when the second is named ("a year later than planned",
 * "a week after the storm"): a duration whatever word comes before (the corpus reads both so).
 */
const LOOSE_GAP_AFTER = /^\s+(?:(?:[Ll]ater|[Ee]arlier)\s+than|after\s+(?:the|its|his|her|their|a|an)\b|after\s+\p{Lu})/u;
/** After "a year": a relative time ("a year earlier"), a compound ("a year-long") or a description ("a year of war" is kept). */
const LOOSE_NOT_AFTER = /^(?:\s+(?:earlier|later|ago|before|after|when|in\s+which|that|or\s+two|or\s+so|of|marked|dominated|defined)\b|\s+on(?=\s*[,.;])|-)/i;

export const ENDurationParser: Parser = {
  name: "en-duration",
  anchor: "number",
  pattern: () =>
    new RegExp(
      `(?:(${NUMBER_BODY_PATTERN})(\\s+(?:(?:more|further)\\s+)?|-)(${DURATION_UNIT_PATTERN})(\\s+and\\s+a\\s+half)?(?:[\\s-]+old\\b)?|\\b(?:an?\\s+(${DURATION_UNIT_PATTERN})\\s+and\\s+a\\s+half|half\\s+an?\\s+(${DURATION_UNIT_PATTERN})|an?\\s+(quarter(?:\\s+of\\s+a|-)\\s*century|year|decade|fortnight|month|week|day|century|hour)))(?![${L}\\d])`,
      "iy",
    ),
  extract(ctx, m) {
    const after = ctx.after(m.index + m[0].length, 16);
    // an age ("a 45-year-old driver", "five years old") is a duration (the corpus gold reads it so): the pattern spans its "old"
    if (/^[\s-]+old\b/i.test(after)) return null; // "a year-old plan": no number, no age
    if (/^\s+ago\b/i.test(after)) return null; // "3 years ago" is a date (or page furniture)
    let days: number;
    if (m[1]) {
      const raw = parseNumber(m[1]);
      if (!raw) return null;
      const unit = DURATION_UNIT_DICTIONARY[m[3].toLowerCase()];
      if (unit === undefined) return null;
      if (raw.words && raw.value === 1 && raw.scale === 1 && !m[4] && !ONE_NEEDS.test(ctx.before(m.index, 20))) return null;
      const r = { ...raw, value: raw.value + (m[4] ? 0.5 : 0), factor: unit };
      days = valueOf(r);
      return { kind: "duration", low: days, high: days, unit: "d", raw: r, priority: 38 };
    }
    if (m[7]) {
      // "a year" alone is a duration only after a word that asks for a period ("for a year", "more than a
      // decade", "took a fortnight"); else it is a rate ("$5bn a year"), an idiom or an article
      const w = m[7].toLowerCase().replace(/\s+/g, " ");
      if (/^quarter/.test(w)) return { kind: "duration", low: 25 * 365.25, high: 25 * 365.25, unit: "d", priority: 38 };
      const lb = ctx.before(m.index, 24);
      // "once in a decade", "twice in a day": a frequency
      const gap = LOOSE_GAP_AFTER.test(ctx.after(m.index + m[0].length, 24)) && !/(?:\d|%|\bcent|\bpercent|\bbn|\bm)\s*$/i.test(lb); // "4% a year after" is a rate
      if (!gap && (!LOOSE_NEEDS.test(lb) || LOOSE_NOT_AFTER.test(after) || /(?:once|twice|times)\s+in\s+$/i.test(lb))) return null;
      const d = DURATION_UNIT_DICTIONARY[w];
      return d === undefined ? null : { kind: "duration", low: d, high: d, unit: "d", priority: 38 };
    }
    const unit = DURATION_UNIT_DICTIONARY[(m[5] ?? m[6]).toLowerCase()];
    if (unit === undefined) return null;
    days = unit * (m[5] ? 1.5 : 0.5);
    return { kind: "duration", low: days, high: days, unit: "d", priority: 38 };
  },
};
