/**
 * Dates relative to a date the text itself states, not to publication: "the previous year" after
 * "in 2023", "two days later" after "on March 3", "a week earlier", "the following month", "that
 * year". The parser only records the step ("anaphoric": unit and signed count); the anaphoric-date
 * refiner resolves it against the nearest calendar date before it, or drops it.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";
import { ANAPHORIC_FLAG } from "../../../common/refiners/AnaphoricDateRefiner.js";

const UNIT = "(day|week|month|year|decade)";
const DIR: Readonly<Record<string, number>> = {
  previous: -1, preceding: -1, prior: -1, before: -1, earlier: -1,
  following: 1, next: 1, after: 1, later: 1, on: 1, subsequent: 1,
  same: 0, that: 0,
};

/** A verb that moves a date, right before "N days later": the span is the move's (a duration), not a date. */
const SHIFTED_BEFORE = /\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|push(?:es|ed|ing)?(?:\s+back)?|put\s+back|brought\s+forward|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|pull(?:s|ed|ing)?\s+forward)(?:\s+(?:by|back|forward))?\s+$/i;

export const ENAnaphoricDateParser: Parser = {
  name: "en-date-anaphoric",
  pattern: () =>
    new RegExp(
      `(?<![${L}\\d])(?:` +
        // "the previous year", "the following day", "the same month"
        `the\\s+(previous|preceding|prior|following|next|subsequent|same)\\s+${UNIT}` +
        // "the year before", "the day after" (not "the day after the vote": that is another anchor)
        `|the\\s+${UNIT}\\s+(before|after)(?!\\s+(?:the|a|an|this|that|his|her|its|their|\\d)|[${L}\\d])` +
        // "that year", "that same month"
        `|(that)\\s+(?:same\\s+)?${UNIT}` +
        // "two days later", "a year earlier", "three weeks on," ("three months on Wednesday" is a duration and a day)
        `|(${NUMBER_BODY_PATTERN}|an?)\\s+${UNIT}s?\\s+(later|earlier|on(?=\\s*[,.;:!?]))(?![${L}\\d])(?!\\s+(?:than|in|at|this|that)\\b)` +
        `)(?![${L}\\d])`,
      "gi",
    ),
  extract(ctx, m): ParsedFigure | null {
    // "has moved six days later", "was pushed back two weeks later": how far a date moved, no date
    if (m[7] && SHIFTED_BEFORE.test(ctx.before(m.index, 40))) return null;
    let unit: string;
    let count: number;
    if (m[1]) {
      unit = m[2];
      count = DIR[m[1].toLowerCase()];
    } else if (m[3]) {
      unit = m[3];
      count = DIR[m[4].toLowerCase()];
    } else if (m[5]) {
      unit = m[6];
      count = 0;
    } else {
      const raw = /^an?$/i.test(m[7]) ? { value: 1, scale: 1, factor: 1, words: true } : parseNumber(m[7]);
      if (!raw) return null;
      const n = valueOf(raw);
      if (!Number.isInteger(n) || n <= 0 || n > 500) return null;
      unit = m[8];
      count = n * DIR[m[9].toLowerCase()];
    }
    unit = unit.toLowerCase();
    // "the previous week", "that week": a calendar week, not a day shifted by seven ("a week earlier")
    if (unit === "week" && !m[7]) unit = "calendar-week";
    if (unit === "decade") {
      unit = "year";
      count *= 10;
    }
    if (count === undefined || Number.isNaN(count)) return null;
    // "that day", "the same day": a day only when the anchor is one; the refiner checks
    return { kind: "date", date: null, flags: [`${ANAPHORIC_FLAG}:${unit}:${count}`], priority: 29 };
  },
};
