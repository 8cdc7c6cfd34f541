/**
 * Temperatures: "45°C", "113 °F", "minus 5C" is not read (no degree sign), "-12°C", "30 degrees Celsius".
 * A quantity in degrees Celsius (unit "°C"); Fahrenheit is converted. Without a degree sign or the
 * word "degrees" a "40C" stays unread: it may be a grade, a room or a model.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

const SIGN_BEFORE = /(?:(?:^|[^\p{L}])minus\s+|(?:^|[\s(])[-−–])$/iu;

export const ENTemperatureParser: Parser = {
  name: "en-temperature",
  anchor: "number",
  pattern: () =>
    new RegExp(`(${NUMBER_BODY_PATTERN})(?:\\s?[°º˚]\\s?([CF])|\\s+degrees?\\s+(Celsius|Fahrenheit|centigrade|C|F))(?![${L}\\d])`, "iy"),
  extract(ctx, m): ParsedFigure | null {
    const raw = parseNumber(m[1]);
    if (raw?.scale !== 1) return null;
    const scale = (m[2] ?? m[3]).charAt(0).toUpperCase();
    const sign = SIGN_BEFORE.exec(ctx.before(m.index, 8));
    // the sign joins the span: "-12°C", "minus 40 degrees"
    const lead = sign ? sign[0].replace(/^[^-−–m]*/i, "").length : 0;
    let v = valueOf(raw) * (sign ? -1 : 1);
    if (scale === "F") v = ((v - 32) * 5) / 9;
    // Fahrenheit has no raw: a range's bare end cannot adopt an offset scale
    return { span: [-lead, m[0].length], kind: "quantity", low: v, high: v, unit: "°C", raw: scale === "F" ? undefined : { ...raw, value: raw.value * (sign ? -1 : 1) }, priority: 42 };
  },
};
