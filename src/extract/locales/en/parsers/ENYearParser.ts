/**
 * Dates built on a year: "2024", "mid 2026", "the end of 2026", "halfway through 2026", "summer of 2026",
 * "the last quarter of 2024", "Q3 2024", "the second half of 2026", "the 1990s".
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { monthsInterval, seasonInterval, yearInterval, yearPart, type YearPart } from "../../../../normalize/dates.js";
import { SEASON_DICTIONARY, SEASON_PATTERN, YEAR_PATTERN } from "../constants.js";

const PART = `(?:[Ee]arly|[Mm]id|[Ll]ate|[Hh]alfway\\s+through|(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of|(?:[Tt]he\\s+)?(?:[Ff]irst|[Ss]econd)\\s+half\\s+of)`;
const QUARTER = `(?:(?:[Tt]he\\s+)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of)?|Q[1-4](?:\\s+of)?)`;
const QUARTERS: Record<string, YearPart> = { first: "q1", "1st": "q1", second: "q2", "2nd": "q2", third: "q3", "3rd": "q3", fourth: "q4", "4th": "q4", last: "q4", final: "q4" };

export const ENYearParser: Parser = {
  name: "en-date-year",
  pattern: () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}$£€¥.,/#:-])(?:(${PART})[\\s-]+|(${QUARTER})\\s+|(?:[Tt]he\\s+)?(${SEASON_PATTERN})(?:\\s+of)?\\s+|([Tt]he\\s+))?(${YEAR_PATTERN})(s)?(?![\\p{L}\\p{N}]|[.,]\\d|[-/–]\\d|%)`,
      "gu",
    ),
  extract(_ctx, m): ParsedFigure | null {
    const year = Number(m[5]);
    let date;
    let lead = 0;
    if (m[6]) {
      // a decade: "the 1990s"
      if (year % 10 !== 0) return null;
      date = monthsInterval(year, 1, 120);
      lead = m[4] ? m[4].length : 0;
    } else if (m[1]) {
      const p = m[1].toLowerCase().replace(/\s+/g, " ");
      if (/^the\s+/i.test(m[1])) lead = /^the\s+/i.exec(m[1])![0].length;
      const part: YearPart = /early|beginning|start/.test(p) && !/half/.test(p) ? (/early/.test(p) ? "early" : "start")
        : /first half/.test(p) ? "h1" : /second half/.test(p) ? "h2"
        : /mid|halfway|middle/.test(p) ? "mid" : /late/.test(p) ? "late" : "end";
      date = yearPart(year, part);
    } else if (m[2]) {
      if (/^the\s+/i.test(m[2])) lead = /^the\s+/i.exec(m[2])![0].length;
      const q = /^Q([1-4])/.exec(m[2]);
      const part = q ? (`q${q[1]}` as YearPart) : QUARTERS[/(\w+)\s+quarter/i.exec(m[2])![1].toLowerCase()];
      date = yearPart(year, part);
    } else if (m[3]) {
      const season = SEASON_DICTIONARY[m[3].toLowerCase()];
      if (m[3].toLowerCase() === "fall" && !/\s+of\s+$/.test(m[0].slice(0, m[0].length - m[5].length)) && !/^[Ff]all\s+\d/.test(m[0])) return null;
      const full = m[0];
      lead = full.search(/[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/);
      date = seasonInterval(year, season);
    } else {
      lead = m[4] ? m[4].length : 0;
      date = yearInterval(year);
    }
    return { span: [lead, m[0].length], kind: "date", date, priority: 25 };
  },
};
