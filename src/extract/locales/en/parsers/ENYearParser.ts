/**
 * Dates built on a year: "2024", "mid 2026", "the end of 2026", "halfway through 2026", "summer of 2026",
 * "the last quarter of 2024", "Q3 2024", "the second half of 2026", "the 1990s". Anchored at the year's
 * digits; the words before it are read from the preceding text.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { monthsInterval, seasonInterval, yearInterval, yearPart, yearRangeEnd, type YearPart } from "../../../../normalize/dates.js";
import { SEASON_DICTIONARY, SEASON_PATTERN, YEAR_PATTERN, L } from "../constants.js";

const PART = `(?:[Ee]arly|[Mm]id|[Ll]ate|(?:[Yy]ear-)?[Ee]nd(?=[\\s-]+$)|[Hh]alfway\\s+through|(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of(?:\\s+the)?|(?:[Tt]he\\s+)?(?:[Ff]irst|[Ss]econd)\\s+half\\s+of)`;
const QUARTER = `(?:(?:[Tt]he\\s+)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of)?|Q[1-4](?:\\s+of)?|H[12](?:\\s+of)?)`;
const QUARTERS: Record<string, YearPart> = { first: "q1", "1st": "q1", second: "q2", "2nd": "q2", third: "q3", "3rd": "q3", fourth: "q4", "4th": "q4", last: "q4", final: "q4" };
/** The words that may stand before the year, read backwards from it. */
const PREFIX = new RegExp(`(?:(${PART})[\\s-]+|(${QUARTER})(?:\\s+|(?<=[QH]\\d)-)|((?:[Tt]he\\s+)?${SEASON_PATTERN}(?:\\s+of)?)\\s+|([Tt]he\\s+))$`);
const THE = /^the\s+/i;
const PREFIX_LAST = new Set("early mid late end through of quarter q1 q2 q3 q4 h1 h2 the spring summer autumn fall winter".split(" "));

export const ENYearParser: Parser = {
  name: "en-date-year",
  anchor: "number",
  // a year range "2022-2023", "2024-25", "2022/23" is read whole; otherwise no digits may follow ("2025-04-30")
  pattern: () => new RegExp(`(${YEAR_PATTERN})(?:(s)|[-–/](\\d{4}|\\d{2}))?(?![${L}\\d]|[.,]\\d|[-/–]\\d|%)`, "y"),
  extract(ctx, m): ParsedFigure | null {
    const before = ctx.before(m.index, 40);
    if (/[$£€¥]\s*$/.test(before)) return null;
    // "1814 GMT", "0600 hrs": a time of day
    if (!m[2] && !m[3] && /^\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|h\b|local\s+time|[ECMP][SD]T\b|BST|CET|CEST|IST|JST|KST|MSK)/.test(ctx.after(m.index + m[0].length, 12))) return null;
    const year = Number(m[1]);
    // most years stand alone: test the prefix patterns only after a word that can end one
    const lastWord = /([A-Za-z0-9]+)[\s-]*$/.exec(before)?.[1]?.toLowerCase();
    const p = lastWord && PREFIX_LAST.has(lastWord) ? PREFIX.exec(before) : null;
    const len = p ? p[0].length : 0;
    // span start relative to the match: the prefix, without a leading "the"
    const lead = (s: string | undefined) => -len + (s && THE.test(s) ? THE.exec(s)![0].length : 0);
    if (m[3]) {
      const end = yearRangeEnd(year, m[3]);
      if (end === null || p?.[1] || p?.[2] || p?.[3]) return null;
      return { span: [0, m[0].length], kind: "date", date: { start: yearInterval(year).start, end: yearInterval(end).end }, priority: 25 };
    }
    if (m[2]) {
      if (year % 10 !== 0) return null; // a decade: "the 1990s"
      // "the early 2000s", "mid-2020s", "late 1980s": thirds of the decade (0-3, 4-6, 7-9)
      const part = p?.[1] ? /^(?:the\s+)?(early|mid|late|beginning|middle|end)/i.exec(p[1])?.[1]?.toLowerCase() : undefined;
      if (part === "early" || part === "beginning") return { span: [lead(p![1]), m[0].length], kind: "date", date: monthsInterval(year, 1, 48), priority: 25 };
      if (part === "mid" || part === "middle") return { span: [lead(p![1]), m[0].length], kind: "date", date: monthsInterval(year + 4, 1, 36), priority: 25 };
      if (part === "late" || part === "end") return { span: [lead(p![1]), m[0].length], kind: "date", date: monthsInterval(year + 7, 1, 36), priority: 25 };
      return { span: [0, m[0].length], kind: "date", date: monthsInterval(year, 1, 120), priority: 25 };
    }
    let date;
    let start = 0;
    if (p?.[1]) {
      const t = p[1].toLowerCase().replace(/\s+/g, " ");
      const part: YearPart = /first half/.test(t) ? "h1" : /second half/.test(t) ? "h2"
        : /early/.test(t) ? "early" : /beginning|start/.test(t) ? "start"
        : /mid|halfway|middle/.test(t) ? "mid" : /late/.test(t) ? "late" : "end";
      date = yearPart(year, part);
      start = lead(p[1]);
    } else if (p?.[2]) {
      const q = /^([QH])([1-4])/.exec(p[2]);
      const part = q ? (`${q[1].toLowerCase()}${q[2]}` as YearPart) : QUARTERS[/(\w+)\s+quarter/i.exec(p[2])![1].toLowerCase()];
      date = yearPart(year, part);
      start = lead(p[2]);
    } else if (p?.[3]) {
      const word = /([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)/.exec(p[3])![1];
      // "fall" is a verb unless "fall of 2024" or "Fall 2024"
      if (word === "fall" && !/\s+of$/.test(p[3])) return null;
      date = seasonInterval(year, SEASON_DICTIONARY[word.toLowerCase()]);
      start = lead(p[3]);
    } else {
      date = yearInterval(year);
    }
    return { span: [start, m[0].length], kind: "date", date, priority: 25 };
  },
};
