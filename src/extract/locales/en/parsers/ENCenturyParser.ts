/** Centuries: "the 20th century", "early 19th century" (thirds for early/mid/late). */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { ymd } from "../../../../normalize/dates.js";

export const ENCenturyParser: Parser = {
  name: "en-date-century",
  pattern: () => /(?<![A-Za-z\d])(?:((?:early|mid|late)[\s-]+)(?:the\s+)?)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century(?![A-Za-z])/gi,
  extract(_ctx, m): ParsedFigure | null {
    const c = Number(m[2]);
    if (c < 1 || c > 22) return null;
    let a = (c - 1) * 100 + 1;
    let b = c * 100;
    const mod = m[1]?.trim().replace(/-$/, "").toLowerCase();
    if (mod === "early") b = a + 32;
    else if (mod === "mid") [a, b] = [a + 33, a + 65];
    else if (mod === "late") a = a + 66;
    return { kind: "date", date: { start: ymd(a, 1, 1), end: ymd(b, 12, 31) }, priority: 24 };
  },
};
