/**
 * Parts of a year named without the year: "in the second quarter", "Q3", "H1", "the first half", "the
 * first five months" (of the year of publication, or of the year after "of": "the first five months
 * of 2024"). Without a year they are the latest such part begun by publication, or with a future cue
 * the next one not yet over (flag "implied-year"; a year stated earlier in the sentence wins later).
 * @module
 */
import type { DateInterval } from "../../../../types.js";
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { impliedYear, monthsInterval } from "../../../../normalize/dates.js";
import { INTEGER_WORD_DICTIONARY, YEAR_PATTERN, L } from "../constants.js";
import { futureCue } from "../tense.js";

const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4 };
const ORDINAL_HALF: Readonly<Record<string, number>> = { first: 1, second: 2 };

export const ENYearPartParser: Parser = {
  name: "en-date-year-part",
  pattern: () =>
    new RegExp(
      `(?<![${L}\\d])(?:` +
        `[Tt]he\\s+(first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+quarter` +
        `|(Q[1-4]|H[12])` +
        `|[Tt]he\\s+(first|second)\\s+half` +
        `|[Tt]he\\s+first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months` +
        `)(?:\\s+of\\s+(?:(${YEAR_PATTERN})|(?:the|this)\\s+(year)|(last|next)\\s+year)\\b|(?=\\s+(?!of\\b)|[,.;:)!?]|$))(?![${L}\\d])`,
      "g",
    ),
  extract(ctx, m): ParsedFigure | null {
    let months: [number, number];
    if (m[1]) {
      const q = ORDINAL_QUARTER[m[1].toLowerCase()];
      months = [3 * q - 2, 3 * q];
    } else if (m[2]) {
      const q = Number(m[2][1]);
      months = m[2][0] === "H" ? (q === 1 ? [1, 6] : [7, 12]) : [3 * q - 2, 3 * q];
    } else if (m[3]) {
      const h = ORDINAL_HALF[m[3].toLowerCase()];
      months = h === 1 ? [1, 6] : [7, 12];
    } else {
      const n = /^\d+$/.test(m[4]) ? Number(m[4]) : INTEGER_WORD_DICTIONARY[m[4].toLowerCase()];
      if (!n || n < 2 || n > 11) return null;
      months = [1, n];
    }
    // "Q3", "H1" alone: a part only with a date-like word near it, not a model ("the Q3 sedan"), a
    // heading ("an H1 tag") or a question number
    if (m[2] && !m[5] && !/\b(?:in|during|for|since|by|from|and|to|until)\s+$/i.test(ctx.before(m.index, 12))) return null;
    const ref = ctx.reference;
    let year: number;
    const flags: string[] = [];
    if (m[5]) year = Number(m[5]);
    else if (m[6] || m[7]) {
      if (!ref) return null;
      year = ref.getUTCFullYear() + (m[7]?.toLowerCase() === "last" ? -1 : m[7]?.toLowerCase() === "next" ? 1 : 0);
    } else {
      if (!ref) return null;
      year = impliedYear(ref, months, futureCue(ctx, m.index, m.index + m[0].length));
      flags.push("implied-year");
    }
    const date: DateInterval = monthsInterval(year, months[0], months[1]);
    // the span starts after "the", as the year parser's "second half of 2026" does
    const lead = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
    return { span: [lead, m[0].length], kind: "date", date, flags, priority: 26 };
  },
};
