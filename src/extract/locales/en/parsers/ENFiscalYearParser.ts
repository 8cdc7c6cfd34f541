/**
 * Fiscal years: "FY2025", "FY25", "FY 2024/25", "fiscal 2025", "fiscal year 2026", "the 2024-25 fiscal year".
 * Fiscal calendars differ by country and firm, so a single fiscal year is read as its calendar year;
 * a split one ("2024/25", "2024-25") as April of the first to March of the second, the most common
 * split in the English-language press (UK, India, Japan).
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { ymd, yearInterval, yearRangeEnd } from "../../../../normalize/dates.js";

export const ENFiscalYearParser: Parser = {
  name: "en-date-fiscal",
  pattern: () =>
    /(?<![A-Za-z\d])(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)((?:19|20)?\d\d)(?:[-–/]((?:19|20)?\d\d))?(?![A-Za-z\d%]|[.,]\d)|(?<![A-Za-z\d])((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\s+(?:fiscal|financial)\s+year\b/g,
  extract(_ctx, m): ParsedFigure | null {
    const a = m[1] ?? m[3];
    const b = m[2] ?? m[4];
    // two digits alone: "FY98" is 1998, "FY25" 2025 (a fiscal year named so is of living memory)
    const y = a.length === 4 ? Number(a) : (Number(a) > 60 ? 1900 : 2000) + Number(a);
    if (y < 1900 || y > 2100) return null;
    if (b === undefined) return { kind: "date", date: yearInterval(y), priority: 26 };
    // a split year is two years in a row, by the one rule of a span of years
    if (yearRangeEnd(y, b) !== y + 1) return null;
    return { kind: "date", date: { start: ymd(y, 4, 1), end: ymd(y + 1, 3, 31) }, priority: 26 };
  },
};
