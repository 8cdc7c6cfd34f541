/** Durations in days: "18 months", "eighteen months", "one and a half years", "a year and a half", "five-year". */
import type { Parser } from "../../../common/engine.js";
import { DURATION_UNIT_DICTIONARY, DURATION_UNIT_PATTERN, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

/** "one day" alone is usually an idiom: a spelled "one" needs a preposition or qualifier before it. */
const ONE_NEEDS = /(?:^|[^\p{L}])(?:in|for|within|after|than|only|just|about|around|nearly|almost|least|over|under|of|to|by|last|past|next|first|another|extra|additional)\s+$/iu;

export const ENDurationParser: Parser = {
  name: "en-duration",
  anchor: "number",
  pattern: () =>
    new RegExp(
      `(?:(${NUMBER_BODY_PATTERN})(\\s+|-)(${DURATION_UNIT_PATTERN})(\\s+and\\s+a\\s+half)?|\\b(?:an?\\s+(${DURATION_UNIT_PATTERN})\\s+and\\s+a\\s+half|half\\s+an?\\s+(${DURATION_UNIT_PATTERN})))(?![${L}\\d])`,
      "iy",
    ),
  extract(ctx, m) {
    const after = ctx.after(m.index + m[0].length, 8);
    if (/^[\s-]+old\b/i.test(after)) return null; // ages: "a 45-year-old", "five years old"
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
    const unit = DURATION_UNIT_DICTIONARY[(m[5] ?? m[6]).toLowerCase()];
    if (unit === undefined) return null;
    days = unit * (m[5] ? 1.5 : 0.5);
    return { kind: "duration", low: days, high: days, unit: "d", priority: 38 };
  },
};
