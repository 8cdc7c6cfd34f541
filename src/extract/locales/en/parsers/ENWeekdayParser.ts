/**
 * Weekdays: "on Wednesday", "last Friday", "next Monday". A bare weekday is the most recent one on or
 * before publication (news reports the past), unless the clause speaks of the future ("will", "is due").
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { isoDay, weekdayNear } from "../../../../normalize/dates.js";
import { WEEKDAY_DICTIONARY, WEEKDAY_PATTERN, L } from "../constants.js";

/** A past-tense reporting verb right before the weekday ("officials said Thursday") settles the tense. */
const PAST_BEFORE = /\b(?:said|told|announced|reported|confirmed|added|stated|noted|wrote|claimed|revealed|met|held|began|launched|signed|opened|visited|\w+ed)\s+(?:on\s+)?$/i;
const FUTURE = /\b(?:will|shall|is due|are due|scheduled|expected to|plans? to|set to|going to)\b[^.!?]*$/i;

export const ENWeekdayParser: Parser = {
  name: "en-date-weekday",
  pattern: () => new RegExp(`(?<![${L}\\d])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${WEEKDAY_PATTERN})(?![${L}\\d])`, "g"),
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
    const s = isoDay(d);
    return { kind: "date", date: { start: s, end: s }, priority: 27 };
  },
};
