/**
 * What a count is, read where no word of its bag tells it, for the group pass (link.ts
 * mergeGroups): a part of a whole its sentence stated before it ("9,500 men, 6,200 of whom
 * crossed": the words right by the figure, in its report's language, each locale's `part`), a
 * toll of people against a count of places. Two groups that differ so are two facts, whatever
 * words they share (a share sent to one region is not the force it was taken from).
 * @module
 */
import type { Mention } from "../types.js";
import { localeFor } from "./locale.js";
import { PEOPLE_TOLLS } from "./measures.js";
import { most } from "./groups.js";

/** How far before and after the figure the words that make it a part are read. */
const REACH = 40;

/** Whether a count of `text` (its report's) is a part of a whole stated before it, in the report's language. */
export function partOf(text: string, m: Mention, language: string | null | undefined): boolean {
  const cue = localeFor(language).part;
  if (m.kind !== "count" || !cue) return false;
  return !!(cue.before?.test(text.slice(Math.max(0, m.start - REACH), m.start)) || cue.after?.test(text.slice(m.end, m.end + REACH)));
}

/** Whether most members of `g` are parts (`part`: of each figure). */
function mostly(g: readonly number[], part: (i: number) => boolean): boolean {
  let n = 0;
  for (const i of g) if (part(i)) n++;
  return 2 * n > g.length;
}

/** Two groups of which one is mostly parts of a whole and the other not. */
export function partsApart(a: readonly number[], b: readonly number[], part: (i: number) => boolean): boolean {
  return mostly(a, part) !== mostly(b, part);
}

/**
 * A group whose clauses mostly name a toll of people (the dead, the injured: `measure`, each
 * figure's clause measure) and a group that counts places ("80 settlements", `places`: whether
 * the counted noun most of its members name is a kind of place in their language) and names no
 * toll: people are never a count of places. ("14 died in the region" paired with "14
 * settlements at risk" on their value, then set against "80 settlements in the flood zone".)
 */
export function tollAgainstPlaces(a: readonly number[], b: readonly number[], measure: (i: number) => string | null | undefined, counted: (i: number) => string | null | undefined, places: (i: number, noun: string) => boolean): boolean {
  const toll = (g: readonly number[]) => PEOPLE_TOLLS.has(most(g, measure) ?? "");
  const place = (g: readonly number[]) => {
    const noun = most(g, counted);
    return noun !== null && places(g[0], noun);
  };
  const ta = toll(a), tb = toll(b);
  return (ta && !tb && place(b)) || (tb && !ta && place(a));
}

/**
 * Two groups of dates of which one mostly names a happening its clause dates ("came into force
 * on 4 December": features.ts clauseEvent, `event`) and the other has no member that names one
 * ("followed the movements since mid-September"): the date of a happening is never a date whose
 * sentences name none, whatever thing both are about. A statement's day ("said on Tuesday") names
 * no happening: nearly every report dates its own words, so it tells no date apart.
 */
export function eventAgainstNone(a: readonly number[], b: readonly number[], event: (i: number) => string | null | undefined): boolean {
  const named = (i: number) => {
    const e = event(i);
    return !!e && e !== SAID;
  };
  return (mostly(a, named) && !b.some(named)) || (mostly(b, named) && !a.some(named));
}

/** The event of a statement's day (features.ts eventAt). */
const SAID = "#say";

