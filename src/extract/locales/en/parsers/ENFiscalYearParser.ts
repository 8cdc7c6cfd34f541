/**
 * Fiscal years: "FY2025", "FY25", "FY 2024/25", "fiscal 2025", "fiscal year 2026", "the 2024-25 fiscal year".
 * Fiscal calendars differ by country and firm, so a single fiscal year is read as its calendar year;
 * a split one ("2024/25", "2024-25") as April of the first to March of the second, the most common
 * split in the English-language press (UK, India, Japan).
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { ymd, yearInterval } from "../../../../normalize/dates.js";

export const ENFiscalYearParser: Parser = {
  name: "en-date-fiscal",
  pattern: () =>
    /(?<![A-Za-z\d])(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)((?:19|20)?\d\d)(?:[-–/]((?:19|20)?\d\d))?(?![A-Za-z\d%]|[.,]\d)|(?<![A-Za-z\d])((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\s+(?:fiscal|financial)\s+year\b/g,
  extract(_ctx, m): ParsedFigure | null {
    const a = m[1] ?? m[3];
    const b = m[2] ?? m[4];
    const full = (s: string, base?: number) => (s.length === 4 ? Number(s) : (base !== undefined ? Math.floor(base / 100) * 100 : Number(s) > 60 ? 1900 : 2000) + Number(s));
    const y = full(a);
    if (y < 1900 || y > 2100) return null;
    if (b === undefined) return { kind: "date", date: yearInterval(y), priority: 26 };
    const e = full(b, y);
    if (e !== y + 1) return null;
    return { kind: "date", date: { start: ymd(y, 4, 1), end: ymd(e, 3, 31) }, priority: 26 };
  },
};
