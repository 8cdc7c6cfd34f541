/**
 * Oil in barrels, a volume (1 bbl = 0.158987294928 m3), not a count: "13 million barrels",
 * "1.2 million barrels of crude a day", "900,000 bbl/d", "300,000 b/d", "2.1 mb/d", "450 kb/d",
 * "a 2-million-barrel tanker", "the 300,000-barrel-per-day refinery". Units that carry their period
 * ("/d", "bpd") set `per` to "day"; "a day" after the figure is left to the rate refiner.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

/** Cubic metres in one barrel of oil. */
export const BARREL_M3 = 0.158987294928;

/** Barrel abbreviations: [scale folded into the unit, per day]. "mb/d" is the IEA's million barrels a day. */
const OIL_UNITS: Readonly<Record<string, [number, boolean]>> = Object.freeze({
  barrel: [1, false], barrels: [1, false], bbl: [1, false], bbls: [1, false], boe: [1, false],
  "bbl/d": [1, true], "bbl/day": [1, true], "bbls/d": [1, true], "b/d": [1, true], bpd: [1, true], bopd: [1, true], "boe/d": [1, true], boepd: [1, true],
  "mb/d": [1e6, true], mbd: [1e6, true], mbpd: [1e6, true], "mmb/d": [1e6, true], mmbpd: [1e6, true], mmbbl: [1e6, false], mmbbls: [1e6, false],
  "kb/d": [1e3, true], kbd: [1e3, true], kbpd: [1e3, true],
});
const UNIT_ALT = Object.keys(OIL_UNITS).sort((a, b) => b.length - a.length).map((u) => u.replace(/\//g, "\\/")).join("|");
/** "of oil", "of crude", "of oil equivalent": part of the figure's span. */
const OF_OIL = `(?:\\s+of\\s+(?:crude\\s+oil|crude|oil|fuel|diesel|petrol|gasoline|condensate|LNG)(?:\\s+equivalent)?)?`;
/** The hyphenated modifier's period: "300,000-barrel-per-day", "300,000-barrel-a-day". */
const PER_DAY_HYPHEN = `(?:-(?:per|a)-day)?`;

export const ENOilVolumeParser: Parser = {
  name: "en-oil-volume",
  anchor: "number",
  pattern: () => new RegExp(`(${NUMBER_BODY_PATTERN})(\\s*|-)(${UNIT_ALT})(?![${L}\\d/])(${PER_DAY_HYPHEN})(${OF_OIL})`, "iy"),
  extract(ctx, m): ParsedFigure | null {
    const raw = parseNumber(m[1]);
    const unit = OIL_UNITS[m[3].toLowerCase()];
    if (!raw || !unit) return null;
    // only the words make a hyphenated modifier ("a 2-million-barrel tanker"); "5-bpd" is no English
    if (m[2] === "-" && !/^barrels?$/i.test(m[3])) return null;
    if (/^(?:kbd|mbd)$/i.test(m[3]) && m[3] !== m[3].toLowerCase()) return null; // "MBD" is a party, a degree, a name
    const perDay = unit[1] || m[4] !== "";
    const r = { ...raw, factor: unit[0] * BARREL_M3 };
    const v = valueOf(r);
    ctx.debug(() => `oil ${m[0]} = ${v} m3`);
    return { kind: "quantity", low: v, high: v, unit: "m3", raw: r, per: perDay ? "day" : null, priority: 46 };
  },
};
