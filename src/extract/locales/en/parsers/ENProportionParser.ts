/**
 * Proportions: "4 in 10 voters", "one in five adults", "three out of four firms" are a percent
 * (40, 20, 75). Only a round whole (2-5, 10, 20, 100, 1,000) reads so: "243 out of 450 seats" is two counts.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { DURATION_UNIT_DICTIONARY, NUMBER_BODY_PATTERN, isPlural, parseNumber, valueOf, L } from "../constants.js";
import { lookupUnit } from "../../../../normalize/units.js";
import { currencyCode } from "../../../../normalize/currency.js";

const WHOLES = new Set([2, 3, 4, 5, 10, 20, 100, 1000]);

export const ENProportionParser: Parser = {
  name: "en-proportion",
  anchor: "number",
  pattern: () =>
    new RegExp(`(${NUMBER_BODY_PATTERN})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${NUMBER_BODY_PATTERN})(?![${L}\\d%]|[.,]\\d)([ \\t]+[${L}][${L}'’-]{1,30})?`, "iy"),
  extract(_ctx, m): ParsedFigure | null {
    const a = parseNumber(m[1]);
    const b = parseNumber(m[2]);
    if (!a || !b || a.scale !== 1 || b.scale !== 1) return null;
    const n = valueOf(a);
    const d = valueOf(b);
    if (!WHOLES.has(d) || !(n > 0 && n < d) || !Number.isInteger(n)) return null;
    // "3 in 10 minutes", "2 in 5 km": a figure and a measure, not a share
    const word = m[3]?.trim() ?? "";
    if (word && (DURATION_UNIT_DICTIONARY[word.toLowerCase()] !== undefined || lookupUnit(word) || currencyCode(word) || /^(?:percent|per|years?)$/i.test(word))) return null;
    // the counted noun joins the span ("4 in 10 voters"), so no count of "10 voters" outlives it
    const noun = m[3] && isPlural(m[3].trim()) ? m[3] : "";
    const end = m[0].length - (m[3] ? m[3].length : 0) + noun.length;
    const v = (n / d) * 100;
    return { span: [0, end], kind: "percent", low: v, high: v, unit: "%", priority: 44 };
  },
};
