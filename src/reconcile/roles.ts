/**
 * A count that is a part of a whole its sentence stated before it ("9,500 men, 6,200 of whom
 * crossed"): no word of its bag tells it, the words right by the figure do, in its report's
 * language (each locale's `part`). For the group pass (link.ts mergeGroups): a group of such parts
 * and a group of figures that are not are two facts, whatever words they share (a share sent to
 * one region is not the force it was taken from).
 * @module
 */
import type { Mention } from "../types.js";
import { localeFor } from "./locale.js";

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
