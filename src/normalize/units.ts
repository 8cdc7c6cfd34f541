/**
 * Units of measure: one flat alias table → {dimension, factor, unit}. `factor` converts one of
 * the alias into the SI base `unit` (m, m2, kg, m3, m/s, W, J). Count-like units (TEU, barrel) keep
 * their own name and factor 1. Aliases are lower case with single spaces and no dots.
 * @module
 */

export type Dimension = "length" | "area" | "mass" | "volume" | "speed" | "power" | "energy" | "time" | "count";

export interface UnitDef {
  dimension: Dimension;
  /** multiply a value in this unit by `factor` to get `unit` */
  factor: number;
  /** the SI base unit (or the counted noun for count-like units) */
  unit: string;
}

const L = (factor: number): UnitDef => ({ dimension: "length", factor, unit: "m" });
const A = (factor: number): UnitDef => ({ dimension: "area", factor, unit: "m2" });
const M = (factor: number): UnitDef => ({ dimension: "mass", factor, unit: "kg" });
const V = (factor: number): UnitDef => ({ dimension: "volume", factor, unit: "m3" });
const S = (factor: number): UnitDef => ({ dimension: "speed", factor, unit: "m/s" });
const C = (unit: string): UnitDef => ({ dimension: "count", factor: 1, unit });
const W = (factor: number): UnitDef => ({ dimension: "power", factor, unit: "W" });
const J = (factor: number): UnitDef => ({ dimension: "energy", factor, unit: "J" });
const WH = 3600;

const MILE = 1609.344;
const FOOT = 0.3048;

export const UNITS: Readonly<Record<string, UnitDef>> = Object.freeze({
  // length
  km: L(1000), kms: L(1000), kilometre: L(1000), kilometres: L(1000), kilometer: L(1000), kilometers: L(1000),
  m: L(1), metre: L(1), metres: L(1), meter: L(1), meters: L(1),
  cm: L(0.01), centimetre: L(0.01), centimetres: L(0.01), centimeter: L(0.01), centimeters: L(0.01),
  mm: L(0.001), millimetre: L(0.001), millimetres: L(0.001), millimeter: L(0.001), millimeters: L(0.001),
  mile: L(MILE), miles: L(MILE), mi: L(MILE),
  "nautical mile": L(1852), "nautical miles": L(1852), nmi: L(1852),
  // "nm" is a nautical mile in maritime and defence news, a nanometre in chip news: see the quantity parser
  nm: L(1852), nanometre: L(1e-9), nanometres: L(1e-9), nanometer: L(1e-9), nanometers: L(1e-9),
  ft: L(FOOT), foot: L(FOOT), feet: L(FOOT),
  yard: L(0.9144), yards: L(0.9144), yd: L(0.9144), yds: L(0.9144),
  inch: L(0.0254), inches: L(0.0254),
  "light-year": L(9.4607304725808e15), "light-years": L(9.4607304725808e15), "light years": L(9.4607304725808e15),
  micron: L(1e-6), microns: L(1e-6), micrometre: L(1e-6), micrometres: L(1e-6), micrometer: L(1e-6), micrometers: L(1e-6),
  // area
  km2: A(1e6), "km²": A(1e6), "sq km": A(1e6), "square kilometre": A(1e6), "square kilometres": A(1e6),
  "square kilometer": A(1e6), "square kilometers": A(1e6),
  m2: A(1), "m²": A(1), "sq m": A(1), "square metre": A(1), "square metres": A(1), "square meter": A(1), "square meters": A(1),
  "sq mi": A(MILE * MILE), "square mile": A(MILE * MILE), "square miles": A(MILE * MILE),
  "sq ft": A(FOOT * FOOT), "square foot": A(FOOT * FOOT), "square feet": A(FOOT * FOOT),
  hectare: A(1e4), hectares: A(1e4), ha: A(1e4),
  acre: A(4046.8564224), acres: A(4046.8564224),
  // mass (tons are read as metric tonnes)
  t: M(1000), tonne: M(1000), tonnes: M(1000), ton: M(1000), tons: M(1000), "metric tons": M(1000), "metric tonnes": M(1000),
  // a ship's deadweight, the tonnes of cargo, fuel and stores it carries ("a 105,000 dwt tanker")
  dwt: M(1000), "deadweight tonnes": M(1000), "deadweight tons": M(1000),
  kg: M(1), kgs: M(1), kilogram: M(1), kilograms: M(1), kilogramme: M(1), kilogrammes: M(1),
  g: M(0.001), gram: M(0.001), grams: M(0.001),
  lb: M(0.45359237), lbs: M(0.45359237),
  kilotonne: M(1e6), kilotonnes: M(1e6), kiloton: M(1e6), kilotons: M(1e6), megatonne: M(1e9), megatonnes: M(1e9), megaton: M(1e9), megatons: M(1e9),
  // "Mt" (megatonnes, read only so capitalized) and "mtpa" (million tonnes per annum, a rate: see the parser)
  mt: M(1e9), mtpa: M(1e9),
  // volume
  m3: V(1), "m³": V(1), "cubic metre": V(1), "cubic metres": V(1), "cubic meter": V(1), "cubic meters": V(1),
  litre: V(0.001), litres: V(0.001), liter: V(0.001), liters: V(0.001),
  gallon: V(0.003785411784), gallons: V(0.003785411784),
  // flows: a volume per second (the parser sets per "second")
  "m3/s": V(1), "m³/s": V(1), cumecs: V(1),
  bcm: V(1e9), mcm: V(1e6), tcf: V(1e12 * FOOT ** 3), bcf: V(1e9 * FOOT ** 3),
  // reservoirs and lakes: cubic kilometres and hectometres, and "Mm3" (million cubic metres, read
  // only so capitalized: a cubic millimetre is "mm3"; see `writtenAs`)
  km3: V(1e9), "km³": V(1e9), hm3: V(1e6), "hm³": V(1e6), mm3: V(1e6), "mm³": V(1e6),
  // speed
  "km/h": S(1 / 3.6), kph: S(1 / 3.6), kmh: S(1 / 3.6), "kilometres per hour": S(1 / 3.6), "kilometers per hour": S(1 / 3.6),
  mph: S(MILE / 3600), "miles per hour": S(MILE / 3600),
  knot: S(1852 / 3600), knots: S(1852 / 3600), kts: S(1852 / 3600),
  "m/s": S(1), "metres per second": S(1), "meters per second": S(1), "feet per second": S(FOOT), "ft/s": S(FOOT),
  // power and energy
  watt: W(1), watts: W(1), kw: W(1e3), kilowatt: W(1e3), kilowatts: W(1e3), mw: W(1e6), megawatt: W(1e6), megawatts: W(1e6),
  gw: W(1e9), gigawatt: W(1e9), gigawatts: W(1e9), hp: W(745.699872), horsepower: W(745.699872), bhp: W(745.699872),
  kwh: J(1e3 * WH), "kilowatt-hour": J(1e3 * WH), "kilowatt-hours": J(1e3 * WH), "kilowatt hours": J(1e3 * WH),
  mwh: J(1e6 * WH), "megawatt-hours": J(1e6 * WH), "megawatt hours": J(1e6 * WH),
  gwh: J(1e9 * WH), "gigawatt-hours": J(1e9 * WH), "gigawatt hours": J(1e9 * WH), twh: J(1e12 * WH), "terawatt-hours": J(1e12 * WH),
  // a barrel of oil, as other languages name it ("180.000 Barrel", "barriles"): a volume, as English's oil parser reads it
  "oil barrel": V(0.158987294928),
  // count-like units: kept as the counted noun
  teu: C("TEU"), teus: C("TEU"), barrel: C("barrel"), barrels: C("barrel"),
  // barrels per day (a rate: see the parser)
  bpd: C("barrel"), "b/d": C("barrel"), bopd: C("barrel"),
});

/** Looks an alias up ("Kilometres", "sq. km", "2,788-foot" unit part); undefined when unknown. */
export function lookupUnit(alias: string): UnitDef | undefined {
  const key = alias.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
  return Object.hasOwn(UNITS, key) ? UNITS[key] : undefined;
}

/** Aliases whose case tells two units apart, with the case each must be written in (lookupUnit ignores case). */
const CASED: Readonly<Record<string, RegExp>> = { mm3: /^M/, "mm³": /^M/ };

/** Whether `alias` is written as its unit must be ("Mm3" is million cubic metres, "mm3" is none of ours). */
export function writtenAs(alias: string): boolean {
  const rule = CASED[alias.toLowerCase()];
  return !rule || rule.test(alias);
}

/** "square X" / "cubic X" for any length unit X ("cubic foot", "square yards"); undefined otherwise. */
export function poweredUnit(power: 2 | 3, lengthAlias: string): UnitDef | undefined {
  const base = lookupUnit(lengthAlias);
  if (base?.dimension !== "length") return undefined;
  return power === 2
    ? { dimension: "area", factor: base.factor ** 2, unit: "m2" }
    : { dimension: "volume", factor: base.factor ** 3, unit: "m3" };
}

/** Aliases longest first, for building an alternation (the regex engine takes the first that fits). */
export function unitAliases(filter: (d: UnitDef) => boolean = () => true): string[] {
  return Object.keys(UNITS)
    .filter((k) => filter(UNITS[k]))
    .sort((a, b) => b.length - a.length);
}
