/**
 * Weekdays: "on Wednesday", "last Friday", "next Monday". A bare weekday is the most recent one on or
 * before publication (news reports the past), unless the clause speaks of the future ("will", "is due").
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { isoDay, weekdayNear } from "../../../../normalize/dates.js";
import { MONTH_PATTERN, WEEKDAY_DICTIONARY, WEEKDAY_PATTERN, L } from "../constants.js";

/** A past-tense reporting verb right before the weekday ("officials said Thursday") settles the tense. */
const PAST_BEFORE = /\b(?:said|told|announced|reported|confirmed|added|stated|noted|wrote|claimed|revealed|met|held|began|launched|signed|opened|visited|\w+ed)\s+(?:on\s+)?$/i;
const FUTURE = /\b(?:will|shall|is due|are due|scheduled|expected to|plans? to|set to|forecast to|going to)\b[^.!?]*$/i;

export const ENWeekdayParser: Parser = {
  name: "en-date-weekday",
  // "Monday 11th", "Monday, the 11th" (British): the day of the month pins the week; "Monday 11th September" is the month parser's
  pattern: () =>
    new RegExp(`(?<![${L}\\d])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${WEEKDAY_PATTERN})(?:,?\\s+(?:the\\s+)?([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?!\\s+(?:of\\s+)?${MONTH_PATTERN}))?(?![${L}\\d])`, "g"),
  extract(ctx, m): ParsedFigure | null {
    const ref = ctx.reference;
    if (!ref) return { kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 27 };
    const wd = WEEKDAY_DICTIONARY[m[2].toLowerCase()];
    const dir = m[1]?.toLowerCase();
    let d: Date;
    if (dir === "last") d = weekdayNear(ref, wd, "last");
    else if (dir === "next" || dir === "this") d = weekdayNear(ref, wd, "next");
    else if (!PAST_BEFORE.test(ctx.before(m.index, 30)) && FUTURE.test(ctx.before(m.index, 80)) && ref.getUTCDay() !== wd) d = weekdayNear(ref, wd, "next");
    else d = weekdayNear(ref, wd, "past");
    if (m[3]) {
      // the day of that number nearest the weekday's reading, if one falls on that weekday; else the weekday alone
      const day = Number(m[3]);
      let best: Date | null = null;
      for (const k of [-1, 0, 1]) {
        const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, day));
        if (t.getUTCDate() !== day || t.getUTCDay() !== wd) continue;
        if (!best || Math.abs(t.getTime() - d.getTime()) < Math.abs(best.getTime() - d.getTime())) best = t;
      }
      if (!best) return { span: [0, m[0].indexOf(m[2]) + m[2].length], kind: "date", date: { start: isoDay(d), end: isoDay(d) }, priority: 27 };
      return { kind: "date", date: { start: isoDay(best), end: isoDay(best) }, priority: 27 };
    }
    const s = isoDay(d);
    return { kind: "date", date: { start: s, end: s }, priority: 27 };
  },
};
