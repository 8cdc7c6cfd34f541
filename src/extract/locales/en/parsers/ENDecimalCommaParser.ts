/**
 * A decimal comma where it cannot be a thousands separator: one or two digits after the comma and a
 * unit or percent sign right after ("4,7 km", "12,5 %", "0,8 metres"), as in text written or
 * translated from continental Europe. "3,4 and 5" (a list) and "1,250 km" (thousands) are not.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { lookupUnit, writtenAs } from "../../../../normalize/units.js";
import { UNIT_PATTERN, L } from "../constants.js";

export const ENDecimalCommaParser: Parser = {
  name: "en-decimal-comma",
  anchor: "number",
  pattern: () => new RegExp(`(\\d{1,3}),(\\d{1,2})(?![\\d,])\\s?(?:(%|per\\s?cent\\b|percent\\b)|(${UNIT_PATTERN})(?![${L}\\d²³/]))`, "iy"),
  extract(_ctx, m): ParsedFigure | null {
    const v = Number(`${m[1]}.${m[2]}`);
    if (!Number.isFinite(v)) return null;
    if (m[3]) return { kind: "percent", low: v, high: v, unit: "%", priority: 45 };
    const alias = m[4];
    // single letters only in lower case ("4,5 M" is no metre), and only units that measure
    if (alias.length === 1 && alias !== alias.toLowerCase()) return null;
    if (/^(?:t|g)$/.test(alias)) return null;
    const def = writtenAs(alias) ? lookupUnit(alias) : undefined;
    if (!def || def.dimension === "count") return null;
    const x = v * def.factor;
    return { kind: "quantity", low: x, high: x, unit: def.unit, raw: { value: v, scale: 1, factor: def.factor, words: false }, priority: 40 };
  },
};
