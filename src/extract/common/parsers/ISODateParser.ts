/** ISO dates ("2025-04-30"): the same in every language. */
import type { ParsedFigure, Parser } from "../engine.js";
import { dayInterval } from "../../../normalize/dates.js";

export const ISODateParser: Parser = {
  name: "iso-date",
  pattern: () => /(?<![A-Za-z\d/.-])(\d{4})-(\d{2})-(\d{2})(?!\d|-\d)/g,
  extract(_ctx, m): ParsedFigure | null {
    const date = dayInterval(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { kind: "date", date, priority: 60 } : null;
  },
};
