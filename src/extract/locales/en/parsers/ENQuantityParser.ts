/** Quantities with a unit, converted to SI: "4.7km", "850-meter", "1,500 linear meters", "six million tons", "1,100 hectares". */
import type { Parser } from "../../../common/engine.js";
import { lookupUnit, poweredUnit, writtenAs } from "../../../../normalize/units.js";
import { NUMBER_BODY_PATTERN, UNIT_PATTERN, isPlural, STOP_WORDS, parseNumber, valueOf, L } from "../constants.js";

/** Single-letter units read only in lower case ("5G" is no mass, "6m t" is tonnes). */
const CASE_SENSITIVE = new Set(["m", "t", "g", "mw", "gw", "kw", "hp"]);
const CHIP_WORDS = /\b(?:chips?|chipmakers?|semiconductors?|processors?|wafers?|nodes?|process|lithography|transistors?|foundry|fab|TSMC|Intel|Samsung)\b/i;
/** Units that carry their period: "200,000 bpd", "7.5 mtpa". */
const RATE_UNITS: Readonly<Record<string, string>> = { bpd: "day", "b/d": "day", bopd: "day", mtpa: "year" };

export const ENQuantityParser: Parser = {
  name: "en-quantity",
  anchor: "number",
  pattern: () =>
    new RegExp(`(${NUMBER_BODY_PATTERN})(\\s*|-)(?:(?:linear|cubic|metric|square|sq\\.?)[\\s-]+)?(${UNIT_PATTERN})(?:\\/(y|yr|year|a|d|day)|\\s*\\/\\s*(s|secs?|seconds?)\\b)?(?![${L}\\d²³]|/[${L}]|-(?!long|wide|high|tall|deep|thick|strong|class|range|radius|by-)[${L}])`, "iy"),
  extract(ctx, m) {
    const raw = parseNumber(m[1]);
    const alias = m[3];
    if (!raw) return null;
    const prefix = /(linear|cubic|square|sq)\.?[\s-]+$/i.exec(m[0].slice(0, m[0].length - alias.length))?.[1]?.toLowerCase();
    const lookup = prefix === "cubic" || prefix === "square" || prefix === "sq" ? `${prefix === "sq" ? "sq" : prefix} ${alias}` : alias;
    let def = lookupUnit(lookup) ?? (prefix === "cubic" ? poweredUnit(3, alias) : prefix === "square" || prefix === "sq" ? poweredUnit(2, alias) : undefined) ?? lookupUnit(alias);
    if (!def) return null;
    let flow = false;
    if (prefix === "cubic" && def.dimension === "speed") {
      // "3,000 cubic metres per second": a flow, the volume of a length cubed, per second
      const len = lookupUnit(alias.replace(/\s+per\s+second$/i, ""));
      if (len?.dimension !== "length" || !/per\s+second$/i.test(alias)) return null;
      def = { dimension: "volume", factor: len.factor ** 3, unit: "m3" };
      flow = true;
    } else if (prefix && prefix !== "metric" && prefix !== "linear" && def.dimension !== "area" && def.dimension !== "volume") return null;
    const lower = alias.toLowerCase();
    // "m", "t", "g" only in lower case; "MW", "GW", "kW" as written by engineers ("mw" is no unit)
    if (CASE_SENSITIVE.has(lower) && lower.length === 1 && alias !== lower) return null;
    if (/^(?:mw|gw)$/.test(lower) && alias !== alias.toUpperCase()) return null;
    if (lower === "kw" && alias !== "kW" && alias !== "KW") return null;
    if (lower === "mt" && alias !== "Mt") return null; // "MT" is a metric ton in some papers, "mt" a mountain
    if (!writtenAs(alias)) return null;
    // "35 bcm/y", "12 Mt/yr", "400 m3/d": the unit carries its period
    const slash = m[4] ? (/^d/i.test(m[4]) ? "day" : "year") : null;
    // "350 m3/sec", "350m3 / sec" (a line may break after the slash): a flow, per second
    const per = flow || m[5] || /\/s$|^cumecs$/.test(lower) ? "second" : slash ?? RATE_UNITS[lower] ?? null;
    if (lower === "nm" && alias !== "nm") return null;
    // "3nm chips", "a 5 nm process": nanometres where chips are spoken of; elsewhere nautical miles
    const chip = lower === "nm" && CHIP_WORDS.test(ctx.before(m.index, 80) + " " + ctx.after(m.index + m[0].length, 30));
    if (lower === "t" && raw.scale === 1 && m[2] !== "") return null; // "5 t" alone is too ambiguous
    if (lower === "m") {
      // "1m containers" is a million; "a 50m tower" is metres
      const next = /^\s+([\p{L}]+)/u.exec(ctx.after(m.index + m[0].length, 30))?.[1];
      if (next && isPlural(next) && !STOP_WORDS.has(next.toLowerCase())) return null;
      // "between 1.1m and 1.2m tonnes": the m of a range end before a unit or noun is a million too
      const pair = /^\s*(?:-|–|to|and|or)\s*[$£€]?[\d.,]+m\s+([A-Za-z]+)/.exec(ctx.after(m.index + m[0].length, 40));
      if (pair && (lookupUnit(pair[1]) || isPlural(pair[1]))) return null;
    }
    if (def.dimension === "count") {
      const v = valueOf(raw);
      return { kind: "count", low: v, high: v, unit: def.unit, raw, per, priority: 30 };
    }
    const r = { ...raw, factor: chip ? 1e-9 : def.factor };
    const v = valueOf(r);
    return { kind: "quantity", low: v, high: v, unit: def.unit, raw: r, per, priority: 40 };
  },
};
