/**
 * Which cue class measures which kind of figure, in one table: the attribute a figure may take
 * (property.ts), the measure its own clause may name (own-clause.ts clauseMeasure) and the noun a
 * fact's label gives it (about.ts) are three readings of one idea, kept here so they cannot
 * drift apart. Classes are language-free ("#cost"); each locale's words map to them.
 * @module
 */
import { MAGNITUDE } from "../extract/vocabulary.js";

export interface MeasureClass {
  /**
   * Kinds of figure whose attribute it can be (absent: any kind). A cue near a figure is often
   * another figure's ("signed a $14 billion deal"): a length is never a signing, a sum never a
   * death toll. A percentage or a ratio may be a change of anything.
   */
  of?: readonly string[];
  /**
   * Kinds of figure (a quantity by its unit: "m") whose own clause names this measure when the
   * word stands in it (clauseMeasure): two figures whose clauses name two measures are two
   * properties. Narrower than `of`: troops (#deploy) are a counted noun, not a toll; a
   * percentage's cost or length words say what it is a share of, not what it measures.
   */
  clause?: readonly string[];
  /** The measure noun a fact's label gives it, by kind of figure. */
  name?: Readonly<Record<string, string>>;
  /**
   * The units a quantity it measures is stated in (absent: any). A length's word beside an area
   * ("a dam 3 km long holds a 2,155 km² lake") is the other figure's: a label never calls an area a length.
   */
  units?: readonly string[];
  /**
   * A measure of a state that rises and falls (a water level, the depth of water): unlike a size
   * of a thing (a length, a height, a distance), figures of it stated at two times are two readings,
   * not one property given two ways (verdict.ts fixedPair, ../shared/corpus/README.md "a property
   * that cannot change").
   */
  moves?: boolean;
  /**
   * A unit that names this measure by itself: every figure stated in it measures this, whatever
   * words lie near (an earthquake's magnitude: a "depth" or "struck" beside it is another
   * figure's). Its label is this class's name (about.ts), its verdict and gap the class's (`fixed`,
   * `byDifference`); the figures of no other unit share its block (values.ts), so it is never
   * grouped with a depth or a toll.
   */
  ownUnit?: string;
  /**
   * A property that cannot change (../shared/corpus/README.md "a property that cannot change": an
   * earthquake's magnitude is a past event's): figures of it stated at any two times are one
   * property given two ways, so two that differ conflict whatever their reports' dates (verdict.ts
   * fixedPair).
   */
  fixed?: boolean;
  /**
   * A scale whose steps are differences, not ratios (a magnitude is a logarithm: 6.9 and 7.1 are
   * 0.2 apart, not 3 %): two figures' gap is their difference in the unit (interval.ts gapOf).
   */
  byDifference?: boolean;
}

const WHEN = ["date", "duration"];
const TOLL = ["count", "percent", "ratio"];
const SIZE = ["quantity", "percent", "ratio"];
const SUM = ["money", "percent", "ratio"];

/**
 * The classes, in the order a label prefers them when two weigh the same (a height's word
 * before a length's: "a 160-metre-high dam spanning…").
 */
export const MEASURE_CLASSES: Readonly<Record<string, MeasureClass>> = {
  // a water level, a river's, a flood's or a tide's: it rises and falls. Read in a figure's own
  // clause only (each locale's clauseCues), like #hurt: a level's word near a dam's height is the
  // reservoir's, not the dam's. Before a height, whose words ("rising", "above") a level's clause uses too
  "#level": { clause: ["m"], name: { quantity: "level" }, moves: true },
  "#height": { of: SIZE, clause: ["m"], name: { quantity: "height" }, units: ["m"] },
  "#depth": { of: SIZE, clause: ["m"], name: { quantity: "depth" }, units: ["m"], moves: true },
  "#width": { of: SIZE, clause: ["m"], name: { quantity: "width" }, units: ["m"] },
  "#distance": { of: SIZE, clause: ["m"], name: { quantity: "distance" }, units: ["m"] },
  "#area": { of: SIZE, name: { quantity: "area" }, units: ["m2"] },
  // an earthquake's magnitude: a property of the quake, of its own unit (never a depth's, a toll's)
  "#magnitude": { of: ["quantity"], name: { quantity: "magnitude" }, units: [MAGNITUDE], ownUnit: MAGNITUDE, fixed: true, byDifference: true },
  "#capacity": { name: { quantity: "capacity" } },
  "#length": { of: SIZE, clause: ["m"], name: { quantity: "length" }, units: ["m"] },
  "#revenue": { of: SUM, clause: ["money"], name: { money: "revenue" } },
  "#share": { name: { money: "value of the stake", percent: "share" } },
  "#cost": { of: SUM, clause: ["money"], name: { money: "cost" } },
  "#change": { name: { percent: "change", ratio: "growth" } },
  "#transit": { of: ["money", "duration", "count", "percent", "ratio"], name: { duration: "travel time" } },
  "#complete": { of: WHEN, name: { duration: "time to completion", date: "completion" } },
  "#start": { of: WHEN, name: { duration: "time to start", date: "start" } },
  "#agree": { of: WHEN, name: { date: "signing" } },
  "#strike": { of: WHEN, name: { date: "impact" } },
  "#deploy": { of: TOLL, name: { date: "deployment", count: "deployed" } },
  "#casualty": { of: TOLL, clause: ["count", "percent"], name: { percent: "share lost", date: "deaths", count: "killed" } },
  // the dead and the injured counted together ("3,000 killed or wounded", "303명의 사상자"): a
  // property of its own, never the death toll nor the injured; read in a figure's own clause only
  "#hurt": { of: TOLL, clause: ["count", "percent"] },
  "#original": { of: WHEN, name: { date: "original target date" } },
  "#injured": { of: TOLL, clause: ["count", "percent"], name: { count: "injured" } },
  "#missing": { of: TOLL, clause: ["count", "percent"], name: { count: "missing" } },
  "#displaced": { of: TOLL, clause: ["count", "percent"], name: { count: "displaced" } },
  "#jobs": { of: TOLL, clause: ["count"] },
  // the people a place holds ("a town of 9,200"): read in a figure's own clause only (each
  // locale's `population`), never from a word near it: "residents" alone is as often the evacuated
  "#population": { clause: ["count"], name: { count: "population" } },
  // clause words only (each locale's clauseCues): a toll broken down by sex, a road's gradient
  "#female": { clause: ["count"] },
  "#male": { clause: ["count"] },
  "#slope": { clause: ["percent"] },
};

/**
 * The classes a figure's own clause gives a line of a toll's breakdown: an age bracket ("20대가
 * 103명": own-clause.ts clauseMeasure), a sex ("102 women"). A line is a part of the toll.
 */
export const TOLL_PARTS: ReadonlySet<string> = new Set(["#age", "#female", "#male"]);

/** The classes that count people by what befell them (a toll): never a count of places or things. */
export const PEOPLE_TOLLS: ReadonlySet<string> = new Set(["#casualty", "#injured", "#hurt", "#missing", "#displaced"]);

/**
 * Whether figures of this cue class have the class flag `flag`: `moves` (a state that rises and
 * falls, a level, not a size of a thing), `fixed` (a property that cannot change),
 * `byDifference` (two figures are as far apart as their difference). See MeasureClass.
 */
export function measureHas(cls: string | null | undefined, flag: "moves" | "fixed" | "byDifference"): boolean {
  return !!cls && !!MEASURE_CLASSES[cls]?.[flag];
}

/** The classes whose `pick` holds `key`, in the table's order. */
function byKey(pick: (c: MeasureClass) => readonly string[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [cls, c] of Object.entries(MEASURE_CLASSES)) for (const k of pick(c) ?? []) (out[k] ??= []).push(cls);
  return out;
}

/** The class a quantity's unit names by itself (MeasureClass.ownUnit: a magnitude's), by unit. */
const OWN_UNITS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MEASURE_CLASSES).flatMap(([cls, c]) => (c.ownUnit ? [[c.ownUnit, cls]] : [])),
);

/** The measure class a figure's own unit names (a quantity in "magnitude": "#magnitude"), or null. */
export function unitMeasure(kind: string, unit: string | null | undefined): string | null {
  return (kind === "quantity" && unit && Object.hasOwn(OWN_UNITS, unit) && OWN_UNITS[unit]) || null;
}

/** Whether the cue class can be the attribute of a figure of this kind (a class the table leaves open measures any). */
export function measuresKind(cls: string, kind: string): boolean {
  return MEASURE_CLASSES[cls]?.of?.includes(kind) ?? true;
}

/** Whether the cue class can measure a quantity stated in this unit (a class the table leaves open measures any). */
export function measuresUnit(cls: string, unit: string | null | undefined): boolean {
  const units = MEASURE_CLASSES[cls]?.units;
  return !units || units.includes(unit ?? "");
}

/** The classes a figure's own clause may name, by kind (a quantity by its unit). */
export const CLAUSE_MEASURES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(byKey((c) => c.clause)).map(([k, v]) => [k, new Set(v)]),
);

/** Label nouns by kind: [class, noun] in the table's order. */
export const MEASURE_NAMES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = Object.fromEntries(
  Object.entries(byKey((c) => (c.name ? Object.keys(c.name) : undefined))).map(([kind, classes]) => [kind, classes.map((cls) => [cls, MEASURE_CLASSES[cls].name![kind]] as const)]),
);
