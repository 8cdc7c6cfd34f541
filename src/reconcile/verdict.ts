/**
 * The verdict of a fact, exactly by ../shared/corpus/README.md "When figures agree":
 * - figures within one report (or one outlet's pages, or copies of one text) never conflict,
 *   unless the report gives them in two voices (two credited offices, or an office and its own);
 * - two figures disagree when their intervals (interval.ts) do not meet; a conversion of a
 *   figure of its own statement is no claim of its own;
 * - `conflict`: figures of about the same time (within ten days) disagree, or a property that
 *   cannot change (a length, a past event's date) is given two ways at any time, or a running
 *   count shrinks;
 * - `revised`: a later figure replaces an earlier one (the same outlet or credited office
 *   updating, an estimate or forecast revised, a running count or a total to date growing, a
 *   level (ships waiting, people without water) or a speed read again more than ten days on)
 *   and nothing conflicts;
 * - `agree`: two or more independent outlets and neither of the above; `single`: one outlet.
 * The reason is data (types.ts VerdictReason): which members, how far apart, at which times.
 * @module
 */
import type { Disagreement, Mention, Revision, Verdict, VerdictReason } from "../types.js";
import { Apart, dayOf, gapOf, meet, type Span } from "./interval.js";
import { bitsOf, firstAlike, Ids, mix, printsAlike } from "./alike.js";
import type { Change } from "./features.js";
import { measureHas, unitMeasure } from "./measures.js";

/** Figures whose times are this close speak of the same time. */
export const SAME_TIME_DAYS = 10;
/**
 * How many days apart two readings of a level (Judged.level) both figures call one are two
 * readings, not rivals: two offices' rival counts of one level come out within a day or two of
 * each other (two of one day, or three days apart, are still rivals); a harbour's queue or the
 * homes without water read again most of a week later have moved.
 */
const LEVEL_DAYS = 5;

/** What the verdict needs of one member. */
export interface Judged {
  m: Mention;
  /** the outlet: copies and one publisher's several pages share it */
  outlet: string;
  /** the canonical report (copies share it) */
  report: string;
  /** the credited speaker's key, when the text credits one ("TASS", "the ministry") */
  speaker: string | null;
  /** the figure's time, YYYY-MM-DD or null */
  time: string | null;
  /** the text dates it before its report */
  earlier: boolean;
  /**
   * its words say its report's own figure replaced it ("up from 6.2 billion", "initially 14
   * million"; time.ts saysReplaced), not only that another source gave it ("than the 418 the
   * coast guard gave")
   */
  replaced?: boolean;
  /**
   * its sentence calls it provisional ("preliminary results show", "selon un bilan provisoire",
   * "vorläufige Zahlen"), or its report's lead does before any amount: an estimate that a later figure replaces (README: "an estimate ...
   * revised"), not a rival of it
   */
  provisional?: boolean;
  span: Span | null;
  /** an amount read in another currency at the rate its report gives (rates.ts): compared with that currency's figures */
  alt?: Span;
  /** a conversion restating a figure of its own statement ("850 m (2,789 ft)"): never compared */
  conversion: boolean;
  /** the text stamps the figure with its own hour ("as of 6 a.m.", "30일 오전 6시 현재") */
  stamped?: boolean;
  /**
   * a count of people in a state, not of events: the injured (and those of them in hospital or
   * gone home), a number that falls when they die, recover or leave, so a later lower count
   * replaces an earlier one instead of contradicting it
   */
  status?: boolean;
  /**
   * a count of the missing and the dead count its own sentence gives beside it, added up ("9
   * dead and 158 missing": 167), the people unaccounted for at first; undefined for any other
   * figure. Two missing counts of one sum are one tally moved on: the missing fall as the dead
   * are found, a revision, not a rival
   */
  accounted?: number;
  /** a date its clause makes the day of a statement ("said on Tuesday", "announced last week") */
  said?: boolean;
  /**
   * a date with no event of its own that says when an amount right before it held ("455 bcm last
   * year", "up from 1,500 in mid-October"; judge.ts timeOfAmount): the kind of that amount. Two
   * such dates of two kinds of amount are no rivals (judgePair)
   */
  timeOf?: AmountKind | null;
  /** with `timeOf`: the text dates that amount earlier ("up from 1,500 in mid-October"), a value replaced since */
  timeOfEarlier?: boolean;
  /** its clause says what may happen, not what did ("the weir could lower the lake by 3 metres") */
  maybe?: boolean;
  /** an amount of change, not a level ("rose by 2 metres", "3,000 more"), and of which kind (own-clause.ts changeOf) */
  change?: Change;
  /**
   * for a stretch of time that places a moment (`change` "offset"): the moment it is measured
   * from, as the stem of the word naming it ("94 seconds after liftoff": "liftoff"; judge.ts
   * anchorOf), or none ("two days later")
   */
  anchor?: string | null;
  /** an amount for each one of something ("250,000 lira per household"), not a total */
  perUnit?: boolean;
  /** a goal set for it ("a target of") or what a thing can hold ("with a capacity of"), not an amount reached (judge.ts roleOf) */
  role?: Role | null;
  /**
   * a quantity of a state that rises and falls (a speed, a water level, the depth of water;
   * measures.ts `moves`), not a size of a thing: reports of two times give two readings
   */
  moves?: boolean;
  /** the amount is of a period over before its time ("$84.6 billion in 2026", stated in 2027): it cannot change */
  pastPeriod?: boolean;
  /** the period (first and last day, dayOf) its sentence says the amount is of (period.ts) */
  period?: readonly [number, number];
  /** a share of a thing done so far ("5% contained", "60% complete"): it grows from report to report as a running count does */
  progress?: boolean;
  /** its sentence says it revises an earlier figure ("revised up to", "final figures") */
  revises?: boolean;
  /** a total to date ("so far", "insgesamt", "au total"), whatever it counts: it grows as a running count does */
  toDate?: boolean;
  /**
   * a count or quantity of a state that rises and falls ("ships still waiting", "190 remain on
   * short-time work", "without power"): a level, read again rather than grown
   */
  level?: boolean;
}

/** The kinds of amount a date may say when it held (Judged.timeOf): not a date, not a duration. */
export const AMOUNT_KINDS = ["quantity", "money", "percent", "count", "ratio"] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** A figure's role other than an amount reached: a goal set for it, what a thing can hold, how many live in a place (judge.ts roleOf). */
export type Role = "aim" | "capacity" | "population";

/**
 * How far apart (in days) a count's time must lie from its report's, or from another count's, to
 * be a count of another time: a year (judge.ts dates a count by its clause; judgePair sets such
 * counts apart).
 */
export const PAST_YEARS = 366;

export interface VerdictResult {
  verdict: Verdict;
  reason: VerdictReason;
}

/** Enough pairs to show why: the verdict does not change after these. */
const MAX_LISTED = 6;

/**
 * `trusted(i, k)`, when given, says whether members i and k are surely about one property: two
 * that are not (a figure that joined the fact through others) make no conflict. `apart(i, k)`,
 * when given, says they are surely two properties (trust.ts apartIn): no revision either. It is
 * asked only of a revision that would change the list, unless `every` (a caller that keeps each
 * answer for an update: index.ts with `keep`, update.ts).
 */
export function verdictOf(members: Judged[], trusted?: (i: number, k: number) => boolean, apart?: (i: number, k: number) => boolean, every = false): VerdictResult {
  // one report (copies counted once) gets no verdict; one outlet's several pages may still revise
  if (oneReport(members)) return { verdict: "single", reason: { verdict: "single", origin: members[0]?.outlet ?? "" } };
  const reps = representatives(members);
  const { conflicts, disagreements, unlike, revisions } = tally(members, reps, trusted, apart, every);
  if (conflicts) return { verdict: "conflict", reason: { verdict: "conflict", disagreements, revisions } };
  if (revisions.length) return { verdict: "revised", reason: { verdict: "revised", revisions } };
  return { verdict: "agree", reason: { verdict: "agree", origins: new Set(members.map((j) => j.outlet)).size, ...(unlike.length ? { apart: unlike } : {}) } };
}

/**
 * One representative per distinct (value, outlet, time), the first met: a fact repeated by many
 * reports stays cheap. And by whether it may happen: a projection and an observation of one value
 * are two (which came first decided whether the observation was judged at all). Fields compared
 * as a key string of them would compare them (alike.ts), without the string.
 */
function representatives(members: Judged[]): number[] {
  const ids = new Ids();
  const first = firstAlike(
    members.length,
    (i) => {
      const j = members[i];
      return mix(mix(bitsOf(j.span?.low), ids.of(j.outlet)), ids.of(j.time));
    },
    (x, y) => sameRep(members[x], members[y]),
  );
  const reps: number[] = [];
  for (let i = 0; i < members.length; i++) if (!members[i].conversion && members[i].span && first[i] === i) reps.push(i);
  return reps;
}

/** Two members one representative stands for. */
function sameRep(a: Judged, b: Judged): boolean {
  const s = a.span, t = b.span;
  if (!s || !t || a.conversion || b.conversion) return false;
  return (
    s.scale === t.scale && printsAlike(s.low, t.low) && printsAlike(s.high, t.high) && a.outlet === b.outlet && a.time === b.time && a.earlier === b.earlier &&
    a.speaker === b.speaker && a.m.kind === b.m.kind && a.m.date?.end === b.m.date?.end && !!a.maybe === !!b.maybe && (a.timeOf ?? null) === (b.timeOf ?? null) && !!a.timeOfEarlier === !!b.timeOfEarlier && !!a.perUnit === !!b.perUnit && (a.role ?? null) === (b.role ?? null) &&
    a.alt?.scale === b.alt?.scale && printsAlike(a.alt?.low, b.alt?.low)
  );
}

/** All members are of one report (or none is): a loop, not a set of every member's report per fact. */
function oneReport(members: Judged[]): boolean {
  for (let i = 1; i < members.length; i++) if (members[i].report !== members[0].report) return false;
  return true;
}

/** What the pairs of a fact's representatives (`reps`) add up to: conflicts, the pairs shown, revisions. */
interface Tally {
  conflicts: number;
  disagreements: Disagreement[];
  /** pairs that do not meet but are not surely one property: kept to be shown, never counted */
  unlike: Disagreement[];
  revisions: Revision[];
}

/**
 * The pairs of representatives judged (verdictOf). A function of its own, too large to be
 * inlined: paths verdictOf meets late (the first fact of one report, the first agreeing fact
 * with pairs apart) threw verdictOf's optimized code away, with all these loops inlined in it, three
 * times a cold run; they now throw away only its own few lines.
 */
function tally(members: Judged[], reps: number[], trusted?: (i: number, k: number) => boolean, two?: (i: number, k: number) => boolean, every = false): Tally {
  const disagreements: Disagreement[] = [];
  const unlike: Disagreement[] = [];
  const revisions: Revision[] = [];
  // a report that stamps one of its figures of this fact with an hour ("as of 6 a.m.") stamps them all (a headline repeats the body)
  const stamped = new Set<string>();
  for (let i = 0; i < members.length; i++) if (members[i].stamped) stamped.add(members[i].report);
  // each report's figures of this fact it says its own figure replaced ("up from 6.2 billion",
  // "initially 14 million"); not those it only sets beside its own ("390, than the 418 the coast
  // guard gave the day before": another office's count, still a rival)
  const olds = new Map<string, Span[]>();
  for (let i = 0; i < members.length; i++) {
    const j = members[i];
    if (j.earlier && j.replaced && j.span && !j.conversion) (olds.get(j.report) ?? olds.set(j.report, []).get(j.report)!).push(j.span);
  }
  let conflicts = 0;
  let latest = "";
  for (let i = 0; i < members.length; i++) {
    const t = members[i].time;
    if (t && t > latest) latest = t;
  }
  // only the pairs that may disagree are tried (most pairs of a fact meet), in the same order
  const apart = new Apart(reps.map((i) => members[i].span!));
  // each representative's day, read once: a pair judged reads two
  // a typed array: an array of days, whole numbers for one fact and NaN for another, changed its
  // elements kind from fact to fact, and the verdict's optimized code was thrown away each time
  const days = new Float64Array(reps.length);
  for (let x = 0; x < reps.length; x++) days[x] = dayOf(members[reps[x]].time);
  const enough = () => conflicts >= MAX_LISTED && revisions.length >= MAX_LISTED && !revisions.some((r) => (r.toTime ?? "") < latest);
  // once the conflicts and revisions listed are both full, only a revision later than the oldest
  // listed one changes anything: a pair neither of whose times is later need not be judged
  let floor = null as string | null;
  for (let x = 0; x < reps.length && !enough(); x++)
    for (let ys = apart.after(x), q = 0; q < ys.length; q++) {
      const y = ys[q];
      if (enough()) break;
      const i = reps[x], k = reps[y];
      const a = members[i], b = members[k];
      if (floor !== null && (a.time ?? "") <= floor && (b.time ?? "") <= floor) continue;
      // past MAX_LISTED conflicts only a revision changes anything, and two outlets' readings of a
      // property that cannot change, neither said to revise, are a conflict or nothing (judgePair):
      // in the bench's 1,000 reports 91,837 of 129,116 pairs judged, most past six conflicts
      if (conflicts >= MAX_LISTED && a.outlet !== b.outlet && !a.revises && !b.revises && fixedPair(a, b)) continue;
      const ok = meet(a.span, b.span);
      if (ok !== false) continue;
      // (a price per share against the company's value: shown as apart, never judged)
      if (farApart(a, a.span!, b.span!)) {
        if (unlike.length < MAX_LISTED) unlike.push(disagreement(i, k, a, b, false));
        continue;
      }
      const judged = judgePair(a, b, days[x], days[y], stamped.has(a.report) || stamped.has(b.report), olds);
      // past MAX_LISTED conflicts one more changes nothing: its words need not be scored
      if (!judged) {
        // values that do not meet yet are neither rivals nor a revision (a change against a level,
        // an amount per household against a total, one outlet's two figures of one time): shown
        // as apart, so an "agree" never reads as "these values are the same"
        if (unlike.length < MAX_LISTED) unlike.push(disagreement(i, k, a, b, false));
        continue;
      }
      record(i, k, judged);
    }
  // amounts in two currencies, where a report gives its rate (rates.ts): one read at that rate
  // against the other; each pair once (x's own reading is in y's currency, or both are and x < y)
  for (let x = 0; x < reps.length && !enough(); x++) {
    const a = members[reps[x]];
    if (!a.alt) continue;
    for (let y = 0; y < reps.length && !enough(); y++) {
      const b = members[reps[y]];
      if (y === x || b.span!.scale !== a.alt.scale || b.span!.scale === a.span!.scale) continue;
      if (b.alt && b.alt.scale === a.span!.scale && y < x) continue;
      if (meet(a.alt, b.span) !== false || farApart(a, a.alt, b.span!)) continue;
      const judged = judgePair(a, b, days[x], days[y], stamped.has(a.report) || stamped.has(b.report), olds);
      if (judged) record(reps[x], reps[y], judged, gapOf(a.alt, b.span!, a.m, b.m, true));
    }
  }
  return { conflicts, disagreements, unlike, revisions };

  /** Counts a judged pair of members i and k: a conflict (unless not surely one property) or a revision. */
  function record(i: number, k: number, judged: NonNullable<PairJudgement>, g?: ReturnType<typeof gapOf>): void {
    const a = members[i], b = members[k];
    if (judged.kind === "conflict" && trusted && conflicts < MAX_LISTED && !trusted(i, k)) {
      if (unlike.length < MAX_LISTED) unlike.push(disagreement(i, k, a, b, judged.fixed, g));
      return;
    }
    if (judged.kind === "conflict") {
      conflicts++;
      if (disagreements.length < MAX_LISTED) disagreements.push(disagreement(i, k, a, b, judged.fixed, g));
    } else {
      const [from, to] = judged.laterIsB ? [i, k] : [k, i];
      // a full list keeps the latest revisions (the last one says which figure stands now): one no
      // later than the oldest listed changes nothing, and whether the pair is two properties need
      // not be asked (in the bench's 1,000 reports, 8,920 of 11,830 revisions judged)
      let oldest = -1;
      if (revisions.length >= MAX_LISTED) {
        oldest = 0;
        for (let q = 1; q < revisions.length; q++) if ((revisions[q].toTime ?? "") < (revisions[oldest].toTime ?? "")) oldest = q;
        if (!every && (members[to].time ?? "") <= (revisions[oldest].toTime ?? "")) return;
      }
      // two properties: one is no revision of the other
      if (two?.(i, k)) return;
      const r: Revision = { from, to, fromTime: members[from].time, toTime: members[to].time, why: judged.why };
      if (oldest < 0) revisions.push(r);
      else if ((r.toTime ?? "") > (revisions[oldest].toTime ?? "")) revisions[oldest] = r;
    }
    // biome-ignore lint/complexity/useMathMinMax: ISO day strings compare as text, not numbers
    if (conflicts >= MAX_LISTED && revisions.length >= MAX_LISTED) floor = revisions.reduce((t, r) => ((r.toTime ?? "") < t ? (r.toTime ?? "") : t), revisions[0].toTime ?? "");
  }
}

/**
 * How many times apart two sums of money are at least when they cannot be one amount read two
 * ways: the rivals the corpus holds lie within a factor of 40 (a sum misconverted from roubles),
 * while a price for each share set against the company's value ("€15.31" against "€6.2
 * billion"), or a fee against a budget, lie a million times apart, whatever words mark one as
 * for each one (Judged.perUnit).
 */
const APART_FACTOR = 1e4;

/** Two sums of money (`s`, `t`: spans of one scale) that are APART_FACTOR or more times apart: two things, not rivals. */
function farApart(a: Judged, s: Span, t: Span): boolean {
  return a.m.kind === "money" && s.low > 0 && t.low > 0 && Math.max(s.low, t.low) >= APART_FACTOR * Math.min(s.high, t.high);
}

/** Members i and k (a and b) whose values do not meet: how far apart (`g` when worked out already), at which times. */
function disagreement(i: number, k: number, a: Judged, b: Judged, fixed: boolean, g = gapOf(a.span!, b.span!, a.m, b.m)): Disagreement {
  return { a: i, b: k, gap: g.gap, gapUnit: g.unit, timeA: a.time, timeB: b.time, fixed };
}

/**
 * Two figures of one report in two voices: credited to two different speakers, or one credited
 * and the other the report's own. The corpus counts origins by office (one report giving a
 * ministry's 1,200 and an aid agency's 1,500), so such figures may disagree like two reports.
 */
export function twoVoices(a: string | null, b: string | null): boolean {
  return (!!a || !!b) && a !== b;
}

type PairJudgement = { kind: "conflict"; fixed: boolean } | { kind: "revised"; laterIsB: boolean; why: Revision["why"] } | null;

/**
 * When two figures were stated, relative to each other: "same" time (within ten days), or which
 * is later. A figure the text dates earlier ("initially") lies before its report: at the same
 * time as a figure stated well before that report, earlier than one stated since.
 */
function order(a: Judged, b: Judged, ta: number, tb: number): { same: boolean; laterIsB: boolean; strictly: boolean; unordered?: boolean } | null {
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  if (a.earlier !== b.earlier) {
    const [e, o, te, to] = a.earlier ? [a, b, ta, tb] : [b, a, tb, ta];
    void o;
    if (to < te - SAME_TIME_DAYS) return { same: true, laterIsB: e === a, strictly: false, unordered: true };
    // stated before its report, against a figure of the days just before that report: order unknown
    if (to < te) return { same: true, laterIsB: e === a, strictly: false, unordered: true };
    return { same: false, laterIsB: e === a, strictly: true };
  }
  const same = Math.abs(ta - tb) <= SAME_TIME_DAYS;
  return { same, laterIsB: tb > ta || (tb === ta && b.m.source > a.m.source), strictly: ta !== tb };
}

/** Two disagreeing figures (`ta`, `tb`: their days, dayOf their times): conflict, revision, or nothing (one outlet at one time). */
function judgePair(a: Judged, b: Judged, ta: number, tb: number, stamped = false, olds?: ReadonlyMap<string, Span[]>): PairJudgement {
  // an amount of change set against a level (or two changes of two kinds, or two stretches that
  // place moments) is neither rival nor revision: "about 700 killed" is not revised by "20,000 more
  // sent", even from one outlet (pairs.ts changeApart says the same of the words)
  // Two stretches measured from one named moment ("94 seconds after liftoff" against "88 seconds
  // after liftoff") place one moment, and are rivals as two lengths are
  if ((a.change ?? null) !== (b.change ?? null) || (a.change === "offset" && (!a.anchor || a.anchor !== b.anchor))) return null;
  const o = order(a, b, ta, tb);
  // one outlet (or one report) in one voice: only a revision; a report quoting two offices is two origins
  if (a.outlet === b.outlet && !(a.report === b.report && twoVoices(a.speaker, b.speaker))) {
    if (!o?.strictly) return null;
    // one report setting a figure it dates earlier ("up from", "the 12,000 cited in earlier reports") beside its own
    const why = a.report === b.report && a.earlier !== b.earlier ? "dated-earlier" : "same-origin";
    if (why === "same-origin" && noPlan(a, b, o.laterIsB)) return null;
    return { kind: "revised", laterIsB: o.laterIsB, why };
  }
  // two days of statements are two statements: people speak more than once, and a report's
  // "said on Tuesday" dates its own quote, not a property of the story
  if (a.said && b.said) return null;
  // two dates that each say when an amount of another kind held ("455 bcm last year" against "a
  // 10% stake last month") date two things, not one happening; of one kind of amount they may
  // be one claim told two ways ("$5 billion in 2024" against "in 2025")
  const ka = a.timeOf ?? null, kb = b.timeOf ?? null;
  if (ka !== kb && ka && kb) return null;
  // a date of an amount the text itself dates earlier ("up from 1,500 in mid-October") is the time
  // of a value since replaced: neither rival nor revision of any date but another such amount's
  if (ka !== kb && (a.timeOfEarlier || b.timeOfEarlier)) return null;
  // what may happen set against what did is no contradiction: a projection and an observation.
  // Not for dates: "could open in 2027" against "due to open in 2026" is a plan moved
  if (a.m.kind !== "date" && !!a.maybe !== !!b.maybe) return null;
  // an amount for each household set against a total is no contradiction either
  if (!!a.perUnit !== !!b.perUnit) return null;
  // a date still ahead when stated set against one already over when stated: a plan and a past
  // happening ("expects to declare the outbreak over by the end of October" against "declared an
  // outbreak on 11 September") are two happenings; the plan and what came of it, a revision
  // (only a date whose statement day is known is over when stated: an undated report's "last
  // quarter of 2024" may be a plan too, and two plans that differ are a forecast revised)
  if (a.m.kind === "date" && ((ahead(a) && done(b)) || (ahead(b) && done(a)))) return past(o?.laterIsB ? b : a) && o?.strictly ? { kind: "revised", laterIsB: o.laterIsB, why: "estimate" } : null;
  // nor is a goal or a capacity set against an amount reached ("aims to reach 380,000" against
  // "reached 282,000", "a 400-bed hospital" against "340 beds in six centres")
  if ((a.role ?? null) !== (b.role ?? null)) return null;
  // a date already over when stated was no plan: no later date revises it, whatever the later
  // words (two past dates are one past event's date given two ways: fixedPair, below)
  const fixed = fixedPair(a, b);
  if (o?.strictly && !o.same && noPlan(a, b, o.laterIsB) && !fixed) return null;
  // a later figure its report calls a revision ("final figures", "revised up to") replaces the
  // earlier one, days or months on (README: "an estimate ... revised"): a revision says the two
  // are not rivals of one time
  if (o?.strictly && (o.laterIsB ? b : a).revises) return { kind: "revised", laterIsB: o.laterIsB, why: "estimate" };
  // so is an earlier figure its own report called provisional ("preliminary results", "a
  // provisional toll"), unless two offices are credited: one office's estimate set against
  // another's count is a rival, not its revision
  if (o?.strictly && !o.unordered && (o.laterIsB ? a : b).provisional && !(a.speaker && b.speaker && a.speaker !== b.speaker)) return { kind: "revised", laterIsB: o.laterIsB, why: "estimate" };
  // a report that gives its figure as replacing a value ("6.76 billion, up from 6.2 billion";
  // "19 million; at first 14 million was cited") says another report's figure of that value, stated
  // no later, was replaced: a revision, as the README's "a later one replaces an earlier one"
  if (o && !a.earlier && !b.earlier) {
    // (a count that grew so is a running count's stage, as the rules below would say)
    const why = (early: Judged, late: Judged) => (a.m.kind === "count" && late.span!.low > early.span!.low ? "running-count" : "estimate");
    if (tb >= ta && replaced(a, olds?.get(b.report))) return { kind: "revised", laterIsB: true, why: why(a, b) };
    if (ta >= tb && replaced(b, olds?.get(a.report))) return { kind: "revised", laterIsB: false, why: why(b, a) };
  }
  if (fixed) return { kind: "conflict", fixed: true };
  if (!o) {
    // an undated figure has no known time (README: a report with no date gives none), but two
    // forecasts of one happening that differ are still a forecast revised; which came later is read
    // from the dates themselves, as a running count's order is from its values: schedules slip, so
    // the later target is taken as the later forecast (an outcome already over, as the later word)
    if (a.m.kind === "date" && (!past(a) || !past(b))) return { kind: "revised", laterIsB: slipsLater(a, b), why: "estimate" };
    return { kind: "conflict", fixed: false };
  }
  // a running count restated "up from 53" or "cited in earlier reports" against one of the days before: which came first is unknown.
  // So is any value its own report says was since replaced ("had set aside €340m …, and raised
  // that to €520m"), against a figure stated well before that report: a past value of no known day
  if (o.unordered && (a.m.kind === "count" || ((a.earlier ? a : b).replaced && Math.abs(ta - tb) > SAME_TIME_DAYS))) return null;
  // a count its text dates a year or more before the other ("more than 600 died there in 2019") is
  // of another time, not a stage of the running count: neither rival nor revision
  if (a.m.kind === "count" && (a.earlier || b.earlier) && Math.abs(ta - tb) > PAST_YEARS) return null;
  // two counts of one day, one of them stamped "as of" an hour: the day's updates of a running count, lower first
  if (a.m.kind === "count" && !o.strictly && stamped) return { kind: "revised", laterIsB: b.span!.low > a.span!.low, why: "running-count" };
  // a level or a speed at two times (more than ten days apart) is two readings: the later one stands
  const level = (a.level || b.level) && (a.m.kind === "count" || a.m.kind === "quantity");
  if (((a.m.kind === "quantity" && (a.moves || b.moves)) || level) && !o.same) return { kind: "revised", laterIsB: o.laterIsB, why: "reading" };
  // within ten days, a level read again by the office that gave it is updated (one outlet's own
  // readings are judged above); two offices' readings of about one time are rivals, as below
  if (level && o.strictly && a.speaker && a.speaker === b.speaker) return { kind: "revised", laterIsB: o.laterIsB, why: "same-origin" };
  // a level both figures call one ("52 ships still at anchor", "19 waiting") moves from day to day:
  // read days apart by no two named offices, the later reading stands
  if (a.level && b.level && o.strictly && !o.unordered && Math.abs(ta - tb) >= LEVEL_DAYS && !(a.speaker && b.speaker && a.speaker !== b.speaker)) return { kind: "revised", laterIsB: o.laterIsB, why: "reading" };
  const [early, late] = o.laterIsB ? [a, b] : [b, a];
  const grew = o.strictly && late.span!.low >= early.span!.high - 1e-9 - (late.span!.whole ? 1 : 0) && late.span!.low > early.span!.low;
  // a total to date of things counted or measured ("1.5 tonnes so far", "2.3 t insgesamt") is a
  // running total as a toll is: later and higher, revised. Not an amount of money: two offices'
  // sums of losses so far are two estimates, rivals of one time (an estimate revised is one office's)
  if ((a.toDate || b.toDate) && (a.m.kind === "count" || a.m.kind === "quantity") && grew) return { kind: "revised", laterIsB: o.laterIsB, why: "running-count" };
  // a running count grows: a higher figure stated later replaces a lower one; one that shrinks is a
  // conflict. So does a share of a thing done so far ("5% contained" on Monday, "22%" on Thursday)
  if (a.m.kind === "count" || (a.m.kind === "quantity" && !o.same) || (a.progress && b.progress)) {
    if (grew) return { kind: "revised", laterIsB: o.laterIsB, why: "running-count" };
    if (o.strictly && ((a.status && b.status) || (a.accounted !== undefined && a.accounted === b.accounted))) return { kind: "revised", laterIsB: o.laterIsB, why: "status-count" };
    if (!o.same && a.speaker && a.speaker === b.speaker) return { kind: "revised", laterIsB: o.laterIsB, why: "same-origin" };
    return { kind: "conflict", fixed: false };
  }
  // (a date that was no plan has returned above: apart in time is strictly ordered)
  if (o.same) return { kind: "conflict", fixed: false };
  if (a.speaker && a.speaker === b.speaker) return { kind: "revised", laterIsB: o.laterIsB, why: "same-origin" };
  return { kind: "revised", laterIsB: o.laterIsB, why: "estimate" };
}

/**
 * A property that cannot change: a size of a thing (a length, distance, height, width: a
 * quantity in metres whose words do not make it a level or a depth of water, measures.ts
 * `moves`), the date of an event already past when each report states it, or the amount of a
 * period already over, an earthquake's magnitude. Reports of any date then count as one time. A speed, a water level,
 * the depth of a flood rise and fall: they are judged by their reports' times.
 */
function fixedPair(a: Judged, b: Judged): boolean {
  if (a.m.kind === "date") return past(a) && past(b);
  if (a.pastPeriod && b.pastPeriod && !a.earlier && !b.earlier) return samePeriod(a.period, b.period);
  // a measure that cannot change (an earthquake's magnitude): 6.9 against 7.1 is a conflict whatever the reports' dates
  if (measureHas(unitMeasure(a.m.kind, a.m.unit), "fixed")) return !a.earlier && !b.earlier;
  // (a length that is a level, a queue's, rises and falls as a water level does)
  return a.m.kind === "quantity" && a.m.unit === "m" && !a.moves && !b.moves && !a.level && !b.level && !a.earlier && !b.earlier;
}

/**
 * Two dates of which the earlier stated was over when it was stated, or ended that very day ("said
 * on Wednesday" in Wednesday's report, "in 2023" in 2026): no plan, so a later report's other date
 * does not revise it. Two such dates are two happenings (two statements weeks apart, an event and a
 * later one), and a past date against another past date is already judged (fixedPair). A date the
 * text itself dates earlier ("had been due in 2025") is left to its own rules.
 */
function noPlan(a: Judged, b: Judged, laterIsB: boolean): boolean {
  if (a.m.kind !== "date") return false;
  const early = laterIsB ? a : b;
  const end = early.m.date?.end;
  return !!end && !!early.time && !early.earlier && end <= early.time;
}

/**
 * Two periods that are one: an amount of 2025 is fixed against another of 2025, not against one of
 * 2024 or of a day in 2025. A member kept from an earlier run (update.ts) carries no period: its
 * pair is judged as before periods were compared.
 */
function samePeriod(p: readonly [number, number] | undefined, q: readonly [number, number] | undefined): boolean {
  return !p || !q || (p[0] === q[0] && p[1] === q[1]);
}

/** Whether `j`'s value is one of the values (`olds`) another report says were replaced. */
function replaced(j: Judged, olds: readonly Span[] | undefined): boolean {
  if (!olds) return false;
  for (const s of olds) if (meet(j.span, s)) return true;
  return false;
}

/**
 * A date that lies wholly after the day its figure is stated, the day after too (that day may be
 * the statement's own, a time zone away): still ahead, a plan or a forecast ("completion is
 * expected in the second quarter"). A figure with no time, or one the text dates earlier, is not.
 */
function ahead(j: Judged): boolean {
  const start = j.m.date?.start;
  if (!start || !j.time || j.earlier) return false;
  return dayOf(start) > dayOf(j.time) + 1;
}

/** Of two forecasts of unknown order, whether b is the later: an outcome known to be over is, else the later target. */
function slipsLater(a: Judged, b: Judged): boolean {
  if (done(a) !== done(b)) return done(b);
  return (b.m.date?.start ?? "") > (a.m.date?.start ?? "");
}

/** A date already over on the known day its figure is stated (an undated figure is not known to be). */
function done(j: Judged): boolean {
  return !!j.time && past(j);
}

/** A date that lies before the time its figure is stated (a figure with no time counts as past). */
function past(j: Judged): boolean {
  const end = j.m.date?.end;
  if (!end || j.earlier) return false;
  return !j.time || end < j.time;
}
