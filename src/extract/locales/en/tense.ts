/**
 * Which way a date without a year (or relative to the report's day) points. News reports the
 * past, so such a date resolves backwards from publication, unless its clause speaks of the future
 * ("will", "due", "next", "scheduled", "expected").
 * @module
 */
import type { ParsingContext } from "../../common/engine.js";

/** Future cues in the clause before the date ("the plant will reopen in August"). */
const FUTURE_BEFORE = /\b(?:will|won['’]t|shall|is\s+due|are\s+due|due\s+(?:to|in|on|by)|scheduled|expected|plans?\s+to|planned\s+for|set\s+(?:to|for)|forecast\s+to|going\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to|expects?\s+to|(?:plan|aim|goal|target|hope|intention)\s+is\s+to|next|upcoming|forthcoming)\b[^.!?;\n]*$/i;
/** The present of a timetable speaks of the future: "tenders close on 30 October", "the ban takes effect in June". */
const TIMETABLE_BEFORE = /\b(?:begins?|starts?|opens?|closes?|ends?|expires?|resumes?|runs?\s+until|takes?\s+effect|comes?\s+into\s+force|kicks?\s+off|meets|convenes|(?:is|are)(?=\s+on\s))\s+(?:on\s+|in\s+|from\s+)?$/i;
/** A new date a plan was moved to lies ahead of the move: "reopening pushed back to late May", "postponed until June". */
const POSTPONED_BEFORE = /\b(?:pushed(?:\s+back)?|put\s+(?:off|back)|moved\s+back|postponed|delayed|deferred|rescheduled|adjourned|back\s+by\s+[^.!?;\n]{1,20}?)\s+(?:to|until|till|for)\s+$/i;
/** Future cues right after the date in its clause ("In August, the plant will reopen"). */
const FUTURE_AFTER = /^[^.!?;\n]{0,40}?\b(?:will|shall|is\s+due|are\s+due|is\s+scheduled|is\s+expected|is\s+set\s+to)\b/i;
/** A cue after a pluperfect looks ahead from a past day, not from the report's ("had said it expected to finish by October"). */
const PLUPERFECT_BEFORE = /\bhad\s+(?:said|told|hoped|expected|planned|promised|announced|forecast|predicted|pledged|indicated)\b[^.!?;\n]*$/i;
/** A past verb right before the date holds its own clause ("was launched in January and is due …"). */
const PAST_RIGHT_BEFORE = /\b(?:was|were|[a-z]{3,}ed)\s+(?:in|on)\s+$/i;
/** A past-tense verb between the cue and the date closes the cue's reach ("will ... said in May"). */
const PAST_BETWEEN = /(?:\b(?:said|told|announced|reported|was|were|had|did|began|came|went|took|rose|fell|held|met|struck|broke|made|saw|won|lost)\b|(?<!\b(?:be|been|being|have|has|get)\s+)\b[a-z]{3,}ed\b)[^.!?;\n]*$/i;

/** Whether the clause around [start, end) speaks of the future. */
export function futureCue(ctx: ParsingContext, start: number, end: number): boolean {
  const before = ctx.before(start, 100);
  if (TIMETABLE_BEFORE.test(before) || POSTPONED_BEFORE.test(before)) return true;
  const cue = FUTURE_BEFORE.exec(before);
  if (cue) {
    const rest = before.slice(cue.index);
    if (!PAST_BETWEEN.test(rest.slice(/^\S+/.exec(rest)![0].length)) && !pluperfect(ctx.before(start, 220), before.length - cue.index)) return true;
  }
  return FUTURE_AFTER.test(ctx.after(end, 60)) && !PAST_RIGHT_BEFORE.test(before);
}

/** A cue in the pluperfect passive looks ahead from a past day as well ("had last been expected on September 27"). */
const PLUPERFECT_PASSIVE = /\bhad\s+(?:[a-z]+\s+)?been\s+$/i;

/** Whether the sentence before a cue (`wide` ends where the clause's `before` does; the cue sits `fromEnd` back) has a pluperfect of saying or planning, or puts the cue in the pluperfect. */
function pluperfect(wide: string, fromEnd: number): boolean {
  const head = wide.slice(0, wide.length - fromEnd);
  return PLUPERFECT_BEFORE.test(head) || PLUPERFECT_PASSIVE.test(head);
}

/**
 * The year of a month (and day) stated without one: the latest on or before publication, or with a
 * future cue the earliest on or after it. The publication month itself is always its own year
 * ("on May 25" in a report of May 20 is this May, whichever way it points).
 */
export function yearlessYear(ref: Date, month: number, future: boolean): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (month === m) return y;
  if (future) return month > m ? y : y + 1;
  return month < m ? y : y - 1;
}
