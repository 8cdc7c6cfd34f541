/**
 * Dates built on a month name: "30 April 2025", "April 30", "November 14th", "June 2024", "August of 1959",
 * "June of last year", "late April", "mid-March", "the end of May", "April" alone.
 * Without a stated year the latest such month on or before publication is implied, or the next with a
 * future cue (flag "implied-year"; see tense.ts).
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { dayInterval, monthInterval, monthPart } from "../../../../normalize/dates.js";
import { futureCue, pastCue, yearlessYear } from "../tense.js";
import { MONTH_PATTERN, YEAR_PATTERN, parseMonth, L } from "../constants.js";

const MOD = `(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of\\s+)`;
const ORD = `(?:st|nd|rd|th)`;
/** Words that introduce a month standing alone ("in May", "since June", "last April"). */
const BARE_MONTH_CONTEXT = /(?:^|[^\p{L}])(?:in|of|since|until|till|by|from|through|during|last|next|this|early|mid|late|before|after|between|and|to|or|throughout|end|beginning)\s+$/iu;
/** Words that introduce a month alone less surely ("bookings for August", "in September, not July"): not May (a verb), nor a month before a capitalized word ("voted for June Smith"). */
const LOOSE_MONTH_CONTEXT = /(?:^|[^\p{L}])(?:for|not)\s+$/iu;

export const ENMonthDateParser: Parser = {
  name: "en-date-month",
  pattern: () =>
    new RegExp(
      // not the decimals of an amount before a month ("€15.20 Feb 3": Feb 3, not 20 Feb)
      `(?<![${L}\\d]|\\d[.,])(?<mod>${MOD})?(?:` +
        `(?<day1>\\d{1,2})${ORD}?(?:\\s*(?:[-–]|to|and|&)\\s*(?<day1b>\\d{1,2})${ORD}?)?\\s+(?:of\\s+)?(?<month1>${MONTH_PATTERN})(?:,?\\s+(?<year1>${YEAR_PATTERN}))?` +
        `|(?<month4>${MONTH_PATTERN})\\s*[-–]\\s*(?<month5>${MONTH_PATTERN})(?:,?\\s+(?<year4>${YEAR_PATTERN}))?` +
        `|(?<month2>${MONTH_PATTERN})\\s+(?<day2>\\d{1,2})${ORD}?(?:\\s*(?:[-–]|to|and|&)\\s*(?<day2b>\\d{1,2})${ORD}?(?!\\d|,\\d|\\s+(?:[a-z]+s|people|men|women|children)\\b))?(?![\\d]|,\\d{3})(?:,?\\s+(?<year2>${YEAR_PATTERN}))?` +
        `|(?<month3>${MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(?<year3>${YEAR_PATTERN})|\\s+(?:of\\s+)?(?<rel>last|next|this)\\s+year)?` +
        `)(?![${L}\\d])`,
      "g",
    ),
  extract(ctx, m): ParsedFigure | null {
    const g = m.groups ?? {};
    const mod = g.mod ? /^(?:the\s+)?(\w+)/i.exec(g.mod)![1].toLowerCase() : null;
    if (g.month4) {
      // "January-March", "Oct–Dec 2024": one span of months (a quarter, a season of trade figures)
      const a = parseMonth(g.month4);
      const b = parseMonth(g.month5);
      if (!a || !b || a === b || mod) return null;
      let y = g.year4 ? Number(g.year4) : null;
      const flags: string[] = [];
      if (y === null) {
        if (!ctx.reference) return { kind: "date", date: null, flags: ["relative-date-unresolved", "implied-year"], priority: 30 };
        y = yearlessYear(ctx.reference, a, futureCue(ctx, m.index, m.index + m[0].length));
        flags.push("implied-year");
      }
      // "November-February 2025": the year written is the end's
      const startYear = b < a && g.year4 ? y - 1 : y;
      const endYear = b < a ? startYear + 1 : startYear;
      return { kind: "date", date: { start: monthInterval(startYear, a).start, end: monthInterval(endYear, b).end }, flags, priority: 30 };
    }
    const monthText = g.month1 ?? g.month2 ?? g.month3;
    const month = parseMonth(monthText);
    if (!month) return null;
    const dayText = g.day1 ?? g.day2;
    const dayEndText = g.day1b ?? g.day2b;
    const yearText = g.year1 ?? g.year2 ?? g.year3;
    const rel = g.rel?.toLowerCase();
    const flags: string[] = [];
    // "the end of May": the span starts at "end"
    const lead = g.mod && /^the\s+/i.test(g.mod) ? /^the\s+/i.exec(g.mod)![0].length : 0;
    const span: [number, number] = [lead, m[0].length];
    let named = false;
    if (!dayText && !yearText && !rel && !mod) {
      if (monthText.length <= 4 && !/^(?:May|June|July)$/.test(monthText)) return null; // "Mar", "Dec." alone
      // a month alone needs a word that introduces a time ("in June", "that June,"); else it may be a
      // name ("said June Smith") or, for May, a verb
      const before = ctx.before(m.index, 20);
      const loose = monthText !== "May" && LOOSE_MONTH_CONTEXT.test(before) && !/^\s+\p{Lu}/u.test(ctx.after(m.index + m[0].length, 3));
      if (!BARE_MONTH_CONTEXT.test(before) && !loose) {
        if (monthText === "May" || !/(?:^|[^\p{L}])(?:the|a|an|that|every|each)\s+$/iu.test(before)) return null;
        // the article is a noun's, the month that noun's modifier ("the June defence pact", "the March
        // elections"): a thing named by the month it happened in, and the clause's verb is the
        // noun's ("is due to ratify the June pact"): no cue that the month is ahead
        named = /^[ \t]+\p{L}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      }
    }
    let year: number | null = yearText ? Number(yearText) : null;
    if (year === null && rel) {
      if (!ctx.reference) return { span, kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 30 };
      const y = ctx.reference.getUTCFullYear();
      year = rel === "last" ? y - 1 : rel === "next" ? y + 1 : y;
    }
    if (year === null) {
      if (!ctx.reference) return { span, kind: "date", date: null, flags: ["relative-date-unresolved", "implied-year"], priority: 30 };
      // news reports the past: "in March", in a May report, is last March unless the clause looks ahead
      // (or, untensed, next March is much nearer); a month naming a thing ("the June pact") is the latest
      const at = [m.index, m.index + m[0].length] as const;
      year = yearlessYear(ctx.reference, month, !named && futureCue(ctx, ...at), dayText ? Number(dayText) : 15, named || pastCue(ctx, ...at));
      flags.push("implied-year");
    }
    let date;
    if (dayText) {
      date = dayInterval(year, month, Number(dayText));
      if (!date) return null;
      if (dayEndText) {
        // "April 28-30", "28-30 April": the days in between
        const last = dayInterval(year, month, Number(dayEndText));
        if (!last || last.end <= date.start) return null;
        date = { start: date.start, end: last.end };
      }
    } else if (mod === "early" || mod === "beginning" || mod === "start") date = monthPart(year, month, "early");
    else if (mod === "mid" || mod === "middle") date = monthPart(year, month, "mid");
    else if (mod === "late" || mod === "end") date = monthPart(year, month, "late");
    else date = monthInterval(year, month);
    if (dayText && mod) span[0] = g.mod.length; // "late 30 April" makes no sense: keep the plain date
    return { span, kind: "date", date, flags, priority: 30 };
  },
};
