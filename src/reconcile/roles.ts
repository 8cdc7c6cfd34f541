/**
 * What a count or a date is, read where no word of its bag tells it, for the group pass (group-pass.ts
 * mergeGroups): a part of a whole its sentence stated before it ("9,500 men, 6,200 of whom
 * crossed": the words right by the figure, in its report's language, each locale's `part`), a
 * toll of people against a count of places, people in a state against a toll (those in hospital
 * against the missing), what a date is of (a named happening, a deadline, a stretch counted over,
 * a statement's day). Two groups that differ so are two facts, whatever
 * words they share (a share sent to one region is not the force it was taken from).
 * @module
 */
import type { Mention } from "../types.js";
import { localeFor } from "./locale.js";
import { PEOPLE_TOLLS } from "./measures.js";
import { most } from "./groups.js";
import { cueNear, SAID_EVENT } from "./own-clause.js";

/** How far before and after the figure the words that make it a part are read. */
const REACH = 40;

/** Whether a count of `text` (its report's) is a part of a whole stated before it, in the report's language. */
export function partOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "count") return false;
  const cue = localeFor(language).part;
  return cueNear(text, m, cue, REACH, REACH) || (!!cue?.opens && !!m.sentence && cue.opens.test(text.slice(m.sentence[0], m.start)));
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

/** Marks that close a clause, and digits (another figure): a state word beyond either is another figure's ("31 missing, 93 in hospital"). */
const CLAUSE_END = /[,;:.!?()、，。；：（）\p{Nd}]/u;

/**
 * Whether a count of `text` (its report's, in `language`) is of people in a state they leave as
 * well as enter: a locale's `status` words in its own clause right after it ("another 93 people
 * have been hospitalized", "10명은 아직 입원 중"), or right before it when no other figure stands
 * within reach before (a state word after one figure and before the next is the first one's:
 * "10명은 입원 중이며 186명은 귀가했다"). Asked by the group pass only.
 */
export function stateOf(text: string, m: Mention, language: string | null | undefined): boolean {
  const cue = localeFor(language).status;
  if (!cue || m.kind !== "count") return false;
  if (cue.test(text.slice(m.end, m.end + REACH).split(CLAUSE_END)[0])) return true;
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  return !/\p{Nd}/u.test(before) && cue.test(before.split(CLAUSE_END).pop() ?? "");
}

/**
 * A group mostly of people in a state (in hospital: `state`) against a group none of whose
 * members is and whose clauses mostly name a toll of people (the dead, the missing, the
 * displaced: `measure`): those being treated are neither, whatever words the two share ("7
 * missing", "31 missing" never take "another 93 people have been hospitalized").
 */
export function stateAgainstToll(a: readonly number[], b: readonly number[], state: (i: number) => boolean, measure: (i: number) => string | null | undefined): boolean {
  const toll = (g: readonly number[]) => !g.some(state) && PEOPLE_TOLLS.has(most(g, measure) ?? "");
  return (mostly(a, state) && toll(b)) || (mostly(b, state) && toll(a));
}

/**
 * Two groups of dates of which one mostly names a happening its clause dates ("came into force
 * on 4 December": own-clause.ts clauseEvent, `event`) and the other has no member that names one
 * ("followed the movements since mid-September"): the date of a happening is never a date whose
 * sentences name none, whatever thing both are about. A statement's day ("said on Tuesday") names
 * no happening: nearly every report dates its own words, so it tells no date apart.
 */
export function eventAgainstNone(a: readonly number[], b: readonly number[], event: (i: number) => string | null | undefined): boolean {
  const named = (i: number) => {
    const e = event(i);
    return !!e && e !== SAID_EVENT;
  };
  return (mostly(a, named) && !b.some(named)) || (mostly(b, named) && !a.some(named));
}

/** Whether a date of `text` (its report's, in `language`) is a deadline: a locale's `deadline` words by it ("by 2028"), or a bound extraction read ("до 15 вересня"). */
export function deadlineOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "date") return false;
  return m.qualifier === "upper" || cueNear(text, m, localeFor(language).deadline, REACH, REACH);
}

/**
 * A group of deadlines ("a promised $100 billion of trade by 2028") against a group of dates
 * that are settled, none of them a deadline: a stretch an amount was counted over ("trade in the
 * first half of the year had been $40.2 billion": period.ts stretchesOf) or the day of a statement
 * ("the ministry said on Thursday"). A goal's deadline is neither the stretch a result covers nor
 * the day someone spoke, whatever thing both are about. Two deadlines, or a deadline and a date
 * of neither kind ("by the end of April" against "late May"), are for the words.
 */
export function deadlineAgainstSettled(a: readonly number[], b: readonly number[], deadline: (i: number) => boolean, settled: (i: number) => boolean): boolean {
  const settledOnly = (g: readonly number[]) => !g.some(deadline) && mostly(g, settled);
  return (mostly(a, deadline) && settledOnly(b)) || (mostly(b, deadline) && settledOnly(a));
}


/** How far before a figure, and after it, in its sentence, the words of a rolling window or of a denied bound are read. */
const WINDOW_BACK = 80, WINDOW_AHEAD = 50;

/** The figure's sentence's words before it (from at most `back` characters) and after it (to at most `ahead`). */
function around(text: string, m: Mention, back: number, ahead: number): [string, string] {
  const [s0, s1] = m.sentence && m.sentence[0] <= m.start && m.sentence[1] >= m.end ? m.sentence : [0, text.length];
  return [text.slice(Math.max(s0, m.start - back), m.start), text.slice(m.end, Math.min(s1, m.end + ahead))];
}

/** Whether a locale's cue is met around a figure: its words right before, right after, or (`inside`) the figure's own text. */
function cueAround(cue: { before?: RegExp; after?: RegExp; inside?: RegExp } | undefined, text: string, m: Mention): boolean {
  if (!cue) return false;
  const [before, after] = around(text, m, WINDOW_BACK, WINDOW_AHEAD);
  return !!(cue.before?.test(before) || cue.after?.test(after) || cue.inside?.test(text.slice(m.start, m.end)));
}

/** Whether a locale's cue is met by the words of a figure's sentence before it, from at most `back` characters. */
function cueBefore(cue: RegExp | undefined, text: string, m: Mention, back = WINDOW_BACK): boolean {
  return !!cue && cue.test(around(text, m, back, 0)[0]);
}

/**
 * Whether an amount of `text` (its report's, in `language`) is of a rolling window, a stretch that
 * ends when its report was written (the locale's `rolling`: "Positivity, past seven days: 29%",
 * "488 million litres a day (7-day average)", "за последние семь дней"): counted again in each
 * report, it is no rival of a figure of no such window (the share since the outbreak began, a
 * normal year's use). Dates and stretches of time are none.
 */
export function rollingOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind === "date" || m.kind === "duration") return false;
  return cueAround(localeFor(language).rolling, text, m);
}

/**
 * Whether an amount of `text` (its report's, in `language`) is a bound its clause denies of a
 * subject it negates (the locale's `negatedBound`: "as no candidate had received more than [50 per
 * cent]", "ni un candidat n'a obtenu plus de"): a threshold nothing reached, no value reached,
 * and so no rival of one ("Varanen 40.9%").
 */
export function boundDenied(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind === "date" || m.kind === "duration") return false;
  return cueBefore(localeFor(language).negatedBound, text, m);
}

/**
 * Whether a stretch of time of `text` (its report's, in `language`) is how long a happening still
 * under way has lasted so far (the locale's `ongoing`: "the blockade has lasted [12 days]", "trwa
 * już [12 dni]"): the age of that happening, no rival of a stretch of anything else.
 */
export function ongoingOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "duration") return false;
  return cueAround(localeFor(language).ongoing, text, m);
}

/**
 * Whether a count of `text` (its report's, in `language`) counts the places someone was at (the
 * locale's `coverage`: "our agents were present at [5,870] polling stations", "observers visited
 * [1,150]"): those covered, a part of all there are.
 */
export function coverageOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "count") return false;
  return cueBefore(localeFor(language).coverage, text, m);
}

/** How far before a figure, in its sentence, a poll's words are read. */
const POLL_BACK = 200;

/**
 * Whether an amount of `text` (its report's, in `language`) is a poll's (the locale's `poll`: "an
 * exit poll … had put the race at 44% for Sulev and [41%] for Varanen"): a sample's estimate,
 * no rival of the count it estimates.
 */
export function pollOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind === "date" || m.kind === "duration") return false;
  return cueBefore(localeFor(language).poll, text, m, POLL_BACK);
}

/**
 * Whether a stretch of time of `text` (its report's, in `language`) is a countdown, what is left
 * from its report's day to a happening (the locale's `countdown`: "[three more weeks] of
 * campaigning", "[2 weeks] until the runoff", "noch [drei Wochen]", "[three more weeks]").
 */
export function countdownOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "duration") return false;
  return cueAround(localeFor(language).countdown, text, m);
}

/**
 * Whether a count of `text` (its report's, in `language`) counts things counted twice (the
 * locale's `duplicate`: "[40] ballots were counted twice", "[12] double-counted deaths", "doppelt
 * gezählt"): a correction struck out of another count, no rival of a count of the things.
 */
export function duplicateOf(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "count") return false;
  return cueAround(localeFor(language).duplicate, text, m);
}
