/**
 * Dates relative to publication: "yesterday", "today", "last night", "last year", "next month", "this week",
 * "this weekend", "last autumn", "last April", "earlier this year", "three years ago". Resolved against the
 * report's `published`; when it is null the mention is kept with date null and the flag
 * "relative-date-unresolved" (never guessed).
 * @module
 */
import type { DateInterval } from "../../../../types.js";
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import {
  addDays, dayInterval, isoDay, lastSeason, monthInterval, monthPart, nextSeason, thisSeason, weekEnd, weekendInterval, weekInterval, yearInterval, yearPart,
  type YearPart,
} from "../../../../normalize/dates.js";
import { NUMBER_BODY_PATTERN, SEASON_DICTIONARY, parseMonth, parseNumber, valueOf, L } from "../constants.js";

const YEAR_PARTS: Record<string, YearPart> = {
  early: "early", mid: "mid", late: "late", end: "end", beginning: "start", start: "start", middle: "mid",
  "first half": "h1", "second half": "h2",
};
const MONTH_PARTS: Record<string, "early" | "mid" | "late"> = { early: "early", beginning: "early", start: "early", mid: "mid", middle: "mid", late: "late", end: "late" };

const MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";

export const ENRelativeDateParser: Parser = {
  name: "en-date-relative",
  pattern: () =>
    new RegExp(
      `(?<![${L}\\d])(?:(today|yesterday|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))` +
        `|(?:(early|mid|late)[\\s-]+|(?:the\\s+)?(end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)?(last|next|this)\\s+(year|month|weekend|week|spring|summer|autumn|fall|winter|${MONTHS_FULL})` +
        `|(earlier|later)\\s+this\\s+(year|month|week)` +
        // "by the end of the week": the report's week's Friday to Sunday
        `|(?:the\\s+)?end\\s+of\\s+the\\s+(week)(?!\\s+(?:of|before|after|in|that|when)\\b))(?![${L}\\d])`,
      "gi",
    ),
  extract(ctx, m): ParsedFigure | null {
    const ref = ctx.reference;
    // "the last week of September", "the last month of the war": a part of something else, not a time relative to publication
    if (m[4] && /^(?:week|weekend|month|year)$/i.test(m[5]) && /^\s+of\b/i.test(ctx.after(m.index + m[0].length, 6))) return null;
    const month = m[5] ? parseMonth(m[5]) : undefined;
    if (month && !/^[A-Z]/.test(m[5])) return null; // "last may" is not a month
    // "the end of next year": the span starts at "end"
    const lead = (m[3] || m[8]) && /^the\s/i.test(m[0]) ? /^the\s+/i.exec(m[0])![0].length : 0;
    if (!ref) return { span: [lead, m[0].length], kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 28 };
    const y = ref.getUTCFullYear();
    const mo = ref.getUTCMonth() + 1;
    let date: DateInterval | null = null;
    if (m[1]) {
      // "last night" in a report is the evening before its day; "this morning" is its day
      const w = m[1].toLowerCase();
      const off = /^last\s/.test(w) ? -1 : /^this\s/.test(w) ? 0 : { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[w as "today"];
      const d = addDays(ref, off);
      date = { start: isoDay(d), end: isoDay(d) };
    } else if (m[4]) {
      const dir = m[4].toLowerCase();
      const what = m[5].toLowerCase();
      const part = (m[2] ?? m[3])?.toLowerCase().replace(/\s+/g, " ");
      if (part && what !== "year" && !month && !(part === "end" && what === "week")) return null; // "mid next week": too loose
      const k = dir === "last" ? -1 : dir === "next" ? 1 : 0;
      if (what === "year") {
        date = part ? yearPart(y + k, YEAR_PARTS[part]) : yearInterval(y + k);
      } else if (what === "month") {
        const t = new Date(Date.UTC(y, mo - 1 + k, 1));
        date = monthInterval(t.getUTCFullYear(), t.getUTCMonth() + 1);
      } else if (what === "week") date = part === "end" ? weekEnd(addDays(ref, 7 * k)) : weekInterval(addDays(ref, 7 * k));
      else if (what === "weekend") date = weekendInterval(addDays(ref, 7 * k));
      else if (SEASON_DICTIONARY[what]) {
        const s = SEASON_DICTIONARY[what];
        date = k < 0 ? lastSeason(ref, s) : k > 0 ? nextSeason(ref, s) : thisSeason(ref, s);
      } else if (month) {
        const yy = k < 0 ? (month < mo ? y : y - 1) : k > 0 ? (month > mo ? y : y + 1) : y;
        date = part ? monthPart(yy, month, MONTH_PARTS[part] ?? "late") : monthInterval(yy, month);
      }
    } else if (m[6]) {
      const what = m[7].toLowerCase();
      const later = m[6].toLowerCase() === "later";
      const full = what === "year" ? yearInterval(y) : what === "month" ? monthInterval(y, mo) : weekInterval(ref);
      date = later ? { start: isoDay(ref), end: full.end } : { start: full.start, end: isoDay(ref) };
    } else if (m[8]) date = weekEnd(ref);
    if (!date) return null;
    return { span: [lead, m[0].length], kind: "date", date, priority: 28 };
  },
};

/** "three years ago", "a month ago", "2 weeks ago" (anchored at the number). */
export const ENTimeAgoParser: Parser = {
  name: "en-date-ago",
  anchor: "number",
  pattern: () => new RegExp(`(${NUMBER_BODY_PATTERN}|an?)\\s+(days?|weeks?|months?|years?|decades?)\\s+ago(?![${L}\\d])`, "iy"),
  extract(ctx, m): ParsedFigure | null {
    // "2 months ago" on a line of its own is page furniture (the age of a page)
    const [ls, le] = ctx.line(m.index);
    if (le - ls < 30) return null;
    const ref = ctx.reference;
    if (!ref) return { kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 28 };
    const y = ref.getUTCFullYear();
    const mo = ref.getUTCMonth() + 1;
    let date: DateInterval | null = null;
    const raw = /^an?$/i.test(m[1]) ? { value: 1, scale: 1, factor: 1, words: true } : parseNumber(m[1]);
    if (!raw) return null;
    const n = valueOf(raw);
    if (!Number.isInteger(n) || n > 5000) return null;
    const unit = m[2].toLowerCase().replace(/s$/, "");
    if (unit === "year") date = yearInterval(y - n);
    else if (unit === "decade") date = yearInterval(y - 10 * n);
    else if (unit === "month") {
      const t = new Date(Date.UTC(y, mo - 1 - n, 1));
      date = monthInterval(t.getUTCFullYear(), t.getUTCMonth() + 1);
    } else if (unit === "week") date = weekInterval(addDays(ref, -7 * n));
    else {
      const d = addDays(ref, -n);
      date = dayInterval(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    if (!date) return null;
    // "more than 15 months ago" lies on or before that month, "less than a week ago" on or after it
    const before = ctx.before(m.index, 20);
    const qualifier = AGO_EARLIER.test(before) ? "upper" : AGO_LATER.test(before) ? "lower" : null;
    return { kind: "date", date, priority: 28, ...(qualifier ? { qualifier } : {}) };
  },
};

const AGO_EARLIER = /\b(?:more than|over|at least|upwards of)\s+$/i;
const AGO_LATER = /\b(?:less than|under|fewer than|within)\s+$/i;
