/**
 * Which way a date without a year (or relative to the report's day) points. News reports the
 * past, so such a date resolves backwards from publication, unless its clause speaks of the future
 * ("will", "due", "next", "scheduled", "expected") or, a month or day with no tense either way, the
 * coming one is much the nearer.
 * @module
 */
import type { ParsingContext } from "../../common/engine.js";

/** Future cues in the clause before the date ("the plant will reopen in August"). */
const FUTURE_BEFORE = /\b(?:will|won['’]t|would|shall|is\s+due|are\s+due|due\s+(?:to|in|on|by)|scheduled|expected|plans?\s+to|planned\s+for|set\s+(?:to|for)|forecast\s+to|going\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to|expects?\s+to|(?:plan|aim|goal|target|hope|intention)\s+is\s+to|next|upcoming|forthcoming)\b[^.!?;\n]*$/i;
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

/** The date's own verb right after it, in the past, with what it takes ("and in June put the date back", "in May raised its offer"): the date is that verb's, whatever cue comes before. */
const PAST_VERB_AFTER = /^[ \t]+(?:put|set|cut|said|told|began|came|went|took|rose|fell|held|met|struck|broke|made|saw|won|lost|ran|shut|led|left|paid|sent|gave|grew|hit|(?!(?:need|feed|seed|speed|breed|bleed)\b)[a-z]{3,}ed)[ \t]+(?:the|a|an|its|their|his|her|it|them|back|off|out|up|down)\b/i;

/** Whether the clause around [start, end) speaks of the future. */
export function futureCue(ctx: ParsingContext, start: number, end: number): boolean {
  if (PAST_VERB_AFTER.test(ctx.after(end, 40))) return false;
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

/** A simple past among the last words before a date: "was held in", "began in late", "came ashore on", "ran" (not "have dubbed", nor a state that says nothing of when: "the forecast remained 12 September"). */
const PAST_NEAR_BEFORE = /(?:\b(?:was|were|did|said|told|announced|reported|began|came|went|took|rose|fell|held|met|struck|broke|made|saw|won|lost|ran|shut|fled|sank|flew|led|left|paid|sent|spoke|gave|grew|hit)\b|(?<!\b(?:be|been|being|have|has|get|is|are)\s+)\b(?!(?:remain|stay|seem|appear)ed\b)[a-z]{3,}ed\b)(?:\s+[^\s.!?;]+){0,3}\s+$/i;
/** An event's simple past anywhere in the clause before the date ("made landfall in the southern basin on"); not a verb of saying, which dates the report, not the figure. */
const PAST_EVENT_IN_CLAUSE = /\b(?:did|began|came|went|took|rose|fell|struck|broke|made|won|lost|fled|sank|flew|hit)\b[^.!?;\n]*$/i;
/** What should have happened and did not, by then: "should have started in June", "ought to have reopened by May". */
const SHOULD_HAVE_BEFORE = /\b(?:should|ought\s+to)\s+have\b[^.!?;\n]*$/i;
/** "since" before a date: no later than the report's ("since October", "since late June"). */
const SINCE_BEFORE = /\bsince\s+(?:[^\s.!?;]+\s+){0,3}$/i;

/**
 * Whether the date's own clause puts it in the past: a simple past among the last words before it
 * ("was held in May", "fell ill on 3 September") or in the clause right after it ("In June they
 * told us", "whose approach in January forced").
 */
export function pastCue(ctx: ParsingContext, start: number, end: number): boolean {
  const before = ctx.before(start, 100);
  return PAST_NEAR_BEFORE.test(before.slice(-60)) || SINCE_BEFORE.test(before) || SHOULD_HAVE_BEFORE.test(before) || PAST_EVENT_IN_CLAUSE.test(before) || PAST_BETWEEN.test(/^[^.!?;\n]{0,40}/.exec(ctx.after(end, 40))![0]);
}

/** How much nearer the coming reading must be than the past one to be taken, with no cue either way. */
const AHEAD_NEARER = 0.5;

/**
 * The year of a month (and day) stated without one: with a future cue the earliest on or after
 * publication; with a past one the latest on or before it; with neither the latest on or before,
 * unless the coming one lies less than half as far ahead ("Day Zero: 12 September" in a July
 * report, "the runoff on 4 April" in a March one), as the other locales read the nearest. The
 * publication month itself is always its own year ("on May 25" in a report of May 20 is this May,
 * whichever way it points). `day` is the date's day (the 15th for a month).
 */
export function yearlessYear(ref: Date, month: number, future: boolean, day = 15, past = true): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (month === m) return y;
  if (future) return month > m ? y : y + 1;
  const p = month < m ? y : y - 1;
  if (past) return p;
  const back = ref.getTime() - Date.UTC(p, month - 1, day);
  const ahead = Date.UTC(p + 1, month - 1, day) - ref.getTime();
  return ahead < back * AHEAD_NEARER ? p + 1 : p;
}
