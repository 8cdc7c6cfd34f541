/**
 * A share of a whole said as a fraction is a percent: "a third of its exports" 33.3, "half the
 * budget" 50, "a quarter of the city" 25, "two-thirds of voters" 66.7, "cut a third off the bill",
 * "fell by a quarter". Not a time ("the first half of 2024", "a quarter of a century", "half an hour")
 * nor a number ("half a million", "a quarter of a million people").
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { L } from "../constants.js";

const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};
const NUM = Object.keys(NUMERATORS).join("|");
const PLURAL_NUM = "two|three|four|five|seven|nine";
const PLURAL_DEN = "thirds|fifths|sixths|eighths|tenths";
const DEN = Object.keys(DENOMINATORS).sort((a, b) => b.length - a.length).join("|");
/** What a share is taken of: "of" and a word, or a determiner ("half the budget"); not "of a"/"of an" (a quantity: "a quarter of a mile"). */
const WHOLE = `(?:of\\s+(?!an?\\b)[a-z]|(?:the|its|their|all|his|her|our|your|this|that|these|those|[${L}]+['’]s)\\b)`;
/** Ordinals and time words that make the fraction a part of a period ("the first half of 2024"). */
const PERIOD_BEFORE = /\b(?:first|second|third|fourth|final|last|latter|other|past|next|previous|same)[\s-]+$/i;
const PERIOD_AFTER = /^\s+(?:of\s+)?(?:(?:the|this|last|next)\s+)?(?:year|decade|century|month|season|game|match|race|hour|day|\d{4})\b/i;

export const ENShareParser: Parser = {
  name: "en-share",
  pattern: () =>
    new RegExp(
      `(?<![${L}\\d-])(?:(?:(${NUM})[\\s-]+(${DEN})|(half))(?=\\s+${WHOLE}|\\s+off\\s+(?:the|its|their)\\b)` +
        // "fell by a third", "cut by half" ("by" is matched, not looked behind for: a lookbehind over \\s+ is quadratic on long runs of spaces)
        `|\\b(by[ \\t]+)(?:(a|one)\\s+(third|quarter|fifth|tenth)|(half))(?![${L}\\d-]|\\s+(?:a|an)\\b)` +
        // "about two thirds in the capital", "nearly two-thirds.", "a two-thirds majority": more than one part is
        // a share with no whole said (a quarter only hyphened: "two quarters" is as often two of a year's)
        `|(${PLURAL_NUM})(?:[\\s-]+(${PLURAL_DEN})|-(quarters))(?![${L}\\d-]|\\s+of\\s+an?\\b))`,
      "gi",
    ),
  extract(ctx, m): ParsedFigure | null {
    const numWord = (m[1] ?? m[5] ?? m[8])?.toLowerCase();
    const denWord = (m[2] ?? m[6] ?? m[9] ?? m[10])?.toLowerCase();
    const half = m[3] ?? m[7];
    const lead = m[4]?.length ?? 0;
    const n = half ? 1 : NUMERATORS[numWord ?? ""];
    const d = half ? 2 : DENOMINATORS[denWord ?? ""];
    if (!n || !d || n >= d) return null;
    // "two third" is no English; "a thirds" neither
    if (!half && (n > 1) !== /s$/.test(denWord!) && denWord !== "half") return null;
    const before = ctx.before(m.index + lead, 20);
    if (PERIOD_BEFORE.test(before) || /\band\s+an?\s+$/i.test(before)) return null;
    if (PERIOD_AFTER.test(ctx.after(m.index + m[0].length, 30))) return null;
    // "half the time", "half the size": a manner of speaking, not a share stated
    if (half && /^\s+(?:of\s+)?the\s+(?:time|size|price|cost|distance|way|length|speed|number)\b/i.test(ctx.after(m.index + m[0].length, 30))) return null;
    const v = Math.round((n / d) * 1000) / 10;
    return { span: [lead, m[0].length], kind: "percent", low: v, high: v, unit: "%", priority: 44 };
  },
};
