/**
 * Merge refusals within one report: two figures of one report whose values do not meet state two
 * facts, unless the report dates one earlier, sets one against the other, or gives them in two
 * voices; and what lets two groups join all the same: a report crediting their values to two rival
 * sources (rivalsExcuse).
 * @module
 */
import type { Item } from "./similarity.js";
import { meet } from "./interval.js";
import { speakerKey } from "./origins.js";
import { twoVoices } from "./verdict.js";
import { localeFor } from "./locale.js";
import { valueGap } from "./values.js";

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

/**
 * Two rival values of one property lie within this factor of each other: one report's 2,100 and
 * 1,400 workers, 90 and 210 tanks, 140,000 and 210,000 displaced (the gold rivals of the labelled
 * stories lie within 3). Figures further apart are most often two properties that two sources give
 * (a port's yearly trade, the sum its director will spend on dredging).
 */
const RIVAL_FACTOR = 4;

/**
 * Two figures of one report that it credits to two different sources ("the company says 2,100
 * work at the yard, the union 1,400"), neither naming another measure, counting another noun or
 * naming a place the other does not, within RIVAL_FACTOR of each other: rival claims of one
 * property, as two reports' would be. A figure given for a place the other names not (one side's
 * toll "in the north", the other side's with no place) may be of a part, not a rival of the whole.
 * Not dates: two dates in two voices are most often the days of two events.
 */
function rival(x: Item, y: Item): boolean {
  if (x.report !== y.report || x.m.kind !== y.m.kind || x.m.kind === "date") return false;
  const a = speakerKey(x.m.speaker), b = speakerKey(y.m.speaker);
  if (!a || !b || a === b) return false;
  if ((x.f.measure && y.f.measure && x.f.measure !== y.f.measure) || (x.f.counted && y.f.counted && x.f.counted !== y.f.counted)) return false;
  const pa = x.f.places ?? [], pb = y.f.places ?? [];
  if (pa.length !== pb.length || pa.some((k) => !pb.includes(k))) return false;
  const g = valueGap(x.m.kind, x.reading, y.reading);
  return g !== null && g <= Math.log(RIVAL_FACTOR);
}

/**
 * Whether two groups (`A`, `B`: figures) whose figures of one report clash may be one fact all the
 * same, as rival claims: some report credits a figure of each to two rival sources (`rival`, their
 * words alike: `words` at least `threshold`), and every other pair of one report that clashes gives
 * the two values of such a pair, each on its side (a report repeating the rivalry, with credits or
 * without). Not when one credited source gives both values of a pair: that is a source revising
 * its own figure (an office lowering its own estimate).
 */
/** No members of a report (never written to). */
const NO_MEMBERS: readonly number[] = [];

export function rivalsExcuse(A: readonly number[], B: readonly number[], items: Item[], words: ((i: number, j: number) => number) | null, threshold: number, voices: Voices): boolean {
  const rivals: Array<[number, number]> = [];
  const clashing: Array<[number, number]> = [];
  // only two figures of one report are read: B's by report, in its order (every pair of two
  // large groups was read, their sizes multiplied: 4.5 million pairs in the bench's 1,000 reports)
  const ofReport = new Map<number, number[]>();
  for (const y of B) {
    const list = ofReport.get(items[y].report);
    if (list) list.push(y);
    else ofReport.set(items[y].report, [y]);
  }
  for (const x of A)
    for (const y of ofReport.get(items[x].report) ?? NO_MEMBERS) {
      const r = rival(items[x], items[y]);
      if (r && (!words || words(x, y) >= threshold)) rivals.push([x, y]);
      if (!r && clash(items[x], items[y], voices)) clashing.push([x, y]);
    }
  if (!clashing.length) return true;
  if (!rivals.length) return false;
  const meets = (i: number, j: number) => meet(items[i].span ?? null, items[j].span ?? null) !== false;
  for (const [x, y] of clashing) {
    const k = speakerKey(items[x].m.speaker);
    if (k && k === speakerKey(items[y].m.speaker)) return false;
    if (!rivals.some(([u, v]) => meets(x, u) && meets(y, v))) return false;
  }
  return true;
}
