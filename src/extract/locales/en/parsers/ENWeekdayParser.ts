/**
 * Weekdays: "on Wednesday", "last Friday", "next Monday". A bare weekday is the most recent one on or
 * before publication (news reports the past), unless the clause speaks of the future ("will", "is due").
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { isoDay, weekdayNear, weekdayOfDay } from "../../../../normalize/dates.js";
import { MONTH_PATTERN, STOP_WORDS, WEEKDAY_DICTIONARY, WEEKDAY_PATTERN, L } from "../constants.js";

/** A past-tense reporting verb right before the weekday ("officials said Thursday") settles the tense. */
const PAST_BEFORE = /\b(?:said|told|announced|reported|confirmed|added|stated|noted|wrote|claimed|revealed|met|held|began|launched|signed|opened|visited|\w+ed)\s+(?:on\s+)?$/i;
const FUTURE = /\b(?:will|would|shall|is due|are due|scheduled|expected to|plans? to|set to|forecast to|going to)\b[^.!?]*$/i;

export const ENWeekdayParser: Parser = {
  name: "en-date-weekday",
  // "Monday 11th", "Monday, the 11th" (British), "Tuesday 17": the day of the month pins the week; "Monday 11th September" is the month parser's
  pattern: () =>
    new RegExp(`(?<![${L}\\d])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${WEEKDAY_PATTERN})(?:,?\\s+(?:the\\s+)?([1-9]|[12]\\d|3[01])(?![\\d]|[.,:/]\\d)(st|nd|rd|th)?(?![${L}%]|\\s*%)(?!\\s+(?:of\\s+)?${MONTH_PATTERN}))?(?![${L}\\d])`, "g"),
  extract(ctx, m): ParsedFigure | null {
    // "Tuesday 17 people": a number with no ordinal's ending and a word after it that may be what it counts is a count
    const counted = m[3] && !m[4] ? /^[ \t\u00a0]+([A-Za-z]+)/.exec(ctx.after(m.index + m[0].length, 30))?.[1] : undefined;
    const day = counted && !STOP_WORDS.has(counted.toLowerCase()) ? undefined : m[3];
    const weekdayAlone: [number, number] = [0, m[0].indexOf(m[2]) + m[2].length];
    const ref = ctx.reference;
    if (!ref) return { span: m[3] && !day ? weekdayAlone : undefined, kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 27 };
    const wd = WEEKDAY_DICTIONARY[m[2].toLowerCase()];
    const dir = m[1]?.toLowerCase();
    let d: Date;
    if (dir === "last") d = weekdayNear(ref, wd, "last");
    else if (dir === "next" || dir === "this") d = weekdayNear(ref, wd, "next");
    else if (!PAST_BEFORE.test(ctx.before(m.index, 30)) && FUTURE.test(ctx.before(m.index, 80)) && ref.getUTCDay() !== wd) d = weekdayNear(ref, wd, "next");
    else d = weekdayNear(ref, wd, "past");
    if (day) {
      const best = weekdayOfDay(ref, wd, Number(day));
      if (best) return { kind: "date", date: { start: isoDay(best), end: isoDay(best) }, priority: 27 };
    }
    if (m[3]) return { span: weekdayAlone, kind: "date", date: { start: isoDay(d), end: isoDay(d) }, priority: 27 };
    const s = isoDay(d);
    return { kind: "date", date: { start: s, end: s }, priority: 27 };
  },
};
