/**
 * Merge refusals within one report: two figures of one report whose values do not meet state two
 * facts, unless the report dates one earlier, sets one against the other, or gives them in two
 * voices.
 * @module
 */
import type { Item } from "./similarity.js";
import { meet } from "./interval.js";
import { speakerKey } from "./origins.js";
import { twoVoices } from "./verdict.js";
import { localeFor } from "./locale.js";

/** What may set two figures of one report apart without a clash: nothing (false), a contrast or two voices (true), a contrast only. */
export type Voices = boolean | "contrast";

/**
 * Two figures of one report whose intervals do not meet state two facts ("the bridge is 1 km,
 * the Russian part 424 m"): within one report, a fact has one value. Not when the text dates one
 * of them earlier ("up from 53", "initially"): that is a revision within the report. With `voices`
 * (the attaching pass), not when the report gives a figure in two voices (verdict.ts twoVoices);
 * two dates in two voices still clash (most often the days of two events); nor when the report
 * sets one figure against the other (setAgainst: "$12bn, below the $14bn quoted", "no earlier than
 * 2031"): it weighs two values of one property, which is how a conflict reads from inside one report.
 */
export function clash(x: Item, y: Item, voices: Voices = false): boolean {
  if (x.report !== y.report || x.earlier || y.earlier) return false;
  if (voices && (x.f.contrast || y.f.contrast) && setAgainst(x, y)) return false;
  if (voices === true && x.m.kind !== "date" && twoVoices(speakerKey(x.m.speaker), speakerKey(y.m.speaker))) return false;
  return meet(x.span ?? null, y.span ?? null) === false;
}

/**
 * The report sets a figure against another: a contrast cue right before either of the two ("below
 * the $14bn", "no earlier than 2031"). A cue after a figure ("150 metres above the river") places
 * it, it does not weigh it against another.
 */
function setAgainst(x: Item, y: Item): boolean {
  const text = x.text ?? "";
  // both of one report: its language's contrast words
  const before = localeFor(x.lang).contrast?.before;
  if (!before) return false;
  return before.test(text.slice(Math.max(0, x.m.start - 24), x.m.start)) || before.test(text.slice(Math.max(0, y.m.start - 24), y.m.start));
}
