/**
 * The verdict's refusals after the score: of a fact's members, which two may disagree
 * (trustedIn). Two figures the words tie to one property may still be two: a figure of another
 * measure than its group's against a bare one, a bare figure beside its sentence's own toll, a
 * whole area against one place, two changes of two subjects. Asked of a full run (index.ts), an
 * update (update.ts) and training (train.ts) alike; grouping never reads them.
 * @module
 */
import { happeningsDiffer, type Side } from "./pairs.js";
import { changeSubject, comparisonBase, cueClause, directionOf, namesOne, summedThing, thingWord, wholeArea, windowOf } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { boundDenied, countdownOf, coverageOf, duplicateOf, ongoingOf, partOf, pollOf, rollingOf } from "./roles.js";
import { shareWhole } from "./shares.js";
import { holderNamed, holderOf } from "./holder.js";

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict sets apart by measure
 * as a whole: one member's own clause names a measure other than the one most members name, and
 * the other's names none ("부상자 151명" in a group of death tolls against a bare "155명"). The
 * bare one stands for the group's measure, so the two are as unlike as two named measures
 * (measuresDiffer). Null when no member is so.
 */
export function oddMeasure(g: readonly number[], sides: readonly Side[]): ((i: number, j: number) => boolean) | null {
  const { major, measures } = majorMeasure(g, sides);
  if (measures < 2) return null;
  const odd = (i: number) => !!sides[i].measure && sides[i].measure !== major;
  return (i, j) => (odd(i) && !sides[j].measure) || (odd(j) && !sides[i].measure);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict sets apart because one
 * figure names no measure while its own sentence gives, in the group too, another value that
 * names the group's measure ("has killed at least 21 people and forced about 40,000 from their
 * homes"): the sentence states the measure once already, so the bare figure is of something
 * else, and no rival of another report's figure. Null when no member is so.
 */
export function besideMeasured(g: readonly number[], sides: readonly Side[]): ((i: number, j: number) => boolean) | null {
  const { major, measures } = majorMeasure(g, sides);
  if (!measures) return null;
  // the members naming the group's measure, by report: each bare member reads its own report's
  // (read against the whole group, a large fact's bare members cost its size squared)
  const named = new Map<number, number[]>();
  for (const j of g) if (sides[j].measure === major) (named.get(sides[j].report) ?? named.set(sides[j].report, []).get(sides[j].report)!).push(j);
  const apart = whenAsked((i) => {
    const s = sides[i];
    return !s.measure && s.sentence >= 0 && !!named.get(s.report)?.some((j) => sides[j].sentence === s.sentence && sides[j].value !== s.value);
  });
  if (!g.some(apart)) return null;
  return (i, j) => sides[i].report !== sides[j].report && (apart(i) || apart(j));
}

/** The measure most of a group's members name (the lowest on a tie), and how many measures they name. */
function majorMeasure(g: readonly number[], sides: readonly Side[]): { major: number; measures: number } {
  const c = new Map<number, number>();
  for (const i of g) if (sides[i].measure) c.set(sides[i].measure, (c.get(sides[i].measure) ?? 0) + 1);
  let major = 0, n = 0;
  for (const [k, v] of c) if (v > n || (v === n && k < major)) (major = k), (n = v);
  return { major, measures: c.size };
}

/**
 * What `of` reads of a member (or of a report), read when first asked and kept. The refusals whose
 * reading of a member is a regular expression or a clause read it so: the verdict asks them
 * only of the pairs that disagree, whose members are a few of a large fact's (in the bench's
 * 1,000 reports 5,271 members asked of ~18,000 in the facts asked at all).
 */
function whenAsked<T>(of: (i: number) => T): (i: number) => T {
  const made = new Map<number, T>();
  return (i) => {
    if (made.has(i)) return made.get(i) as T;
    const v = of(i);
    made.set(i, v);
    return v;
  };
}

/**
 * Of a group's members (`g`, indices into `sides`), whether two may disagree (verdict.ts
 * `trusted`): their words tie them at `trust` or more (words-only.ts wordsScorer), neither is of a
 * measure apart from the group's while the other names none (oddMeasure), neither is a bare
 * figure beside its sentence's own figure of the group's measure (besideMeasured), and they are
 * not two changes of two subjects (subjectsDiffer), and neither is a date that is only a
 * comparison's base (baseDates), and they are not of two directions of a flow, or one of one
 * direction and the other of none (oneWay), nor a window of another amount against a length of
 * time (windows), nor an amount of a part of a year against one of no period (yearParts), nor a
 * percentage moved "by" against a level (movedBy), nor a line of a toll's breakdown against a
 * figure not of that line (lines), nor a count taken from a whole its sentence states against
 * one that is no such part (takenFrom), nor a count of the others beside one of several things
 * against a count of them all (sumAgainstOne), nor an amount of a rolling window against one of
 * none (apartBy: rollingOf), nor a bound denied of all against a value (deniedBounds), nor the age of a
 * happening under way, a count of the places someone was at, or a poll's figure against a
 * figure of none of those, nor things counted twice against a count of them (apartBy: ongoingOf,
 * coverageOf, pollOf, duplicateOf), nor a countdown against
 * any stretch of another report (countdowns): the refusals, apartIn. Nor are they dates or stretches of time of two happenings (pairs.ts
 * happeningsDiffer), which may still revise each other: a clause's event is read less surely than those refusals' words (a plan "to begin
 * operating" late in one year and an opening "in phases, beginning" the year before are one
 * opening, forecast twice). One rule for a full run (index.ts), an update (update.ts) and
 * training (train.ts). Nor is either a date naming no happening among dates of other reports that
 * all name one (unnamedAmongNamed), nor one of a happening other than most of the group's against
 * one naming none (oddHappening), nor of two languages' verbs that a third member of one's language
 * and the other's value tells apart (happeningsDifferThrough).
 */
export function trustedIn(g: readonly number[], sides: readonly Side[], words: (i: number, j: number) => number, trust: number, apart = apartIn(g, sides)): (i: number, j: number) => boolean {
  let lone: ((i: number) => boolean) | null = null;
  let odd: ((i: number, j: number) => boolean) | null = null;
  let through: ((i: number, j: number) => boolean) | null = null;
  return (i, j) => {
    if (words(i, j) < trust || apart(i, j) || happeningsDiffer(sides[i], sides[j])) return false;
    lone ??= unnamedAmongNamed(g, sides);
    if (lone(i) || lone(j)) return false;
    odd ??= oddHappening(g, sides) ?? (() => false);
    if (odd(i, j)) return false;
    through ??= happeningsDifferThrough(g, sides);
    return !through(i, j) && !through(j, i);
  };
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs (i, j) of two dates or stretches of
 * time of two languages, each naming its happening by a verb of its own language (which
 * happeningsDiffer never compares), whose happenings differ as a third member
 * shows: one of `i`'s language, of `j`'s very value, names another verb than `i`'s ("farmers
 * joined last week" against "w ciągu pierwszych 10 miesięcy … przywieziono", with "imported in
 * the first ten months" beside them): `j` is of that member's happening, not of `i`'s.
 */
export function happeningsDifferThrough(g: readonly number[], sides: readonly Side[]): (i: number, j: number) => boolean {
  // the verbs the group's members name, by language and value: read once per group, not per pair
  const verbs = new Map<string, Set<number>>();
  for (const k of g) {
    const c = sides[k];
    if (!c.happenWord) continue;
    const key = `${c.lang} ${c.value}`;
    const seen = verbs.get(key);
    if (seen) seen.add(c.happening);
    else verbs.set(key, new Set([c.happening]));
  }
  return (i, j) => {
    const a = sides[i], b = sides[j];
    if (!a.happenWord || !b.happenWord || a.lang === b.lang) return false;
    const named = verbs.get(`${a.lang} ${b.value}`);
    return !!named && (named.size > 1 || !named.has(a.happening));
  };
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict does not trust because
 * one date or stretch of time names a happening (pairs.ts Side `happening`) other than the one
 * most of the group's members name, and the other names none ("the offer closed on April 14" in
 * a group of "offered on", "made on", "announced on" and a bare "the first offer on Jan. 10"):
 * the bare one stands for the group's happening, as oddMeasure's bare figure stands for the
 * group's measure. Null when no member is so.
 */
export function oddHappening(g: readonly number[], sides: readonly Side[]): ((i: number, j: number) => boolean) | null {
  const c = new Map<number, number>();
  for (const i of g) if (sides[i].happening) c.set(sides[i].happening, (c.get(sides[i].happening) ?? 0) + 1);
  if (c.size < 2) return null;
  let major = 0, n = 0;
  for (const [k, v] of c) if (v > n || (v === n && k < major)) (major = k), (n = v);
  if (n < 2) return null;
  const odd = (i: number) => !!sides[i].happening && sides[i].happening !== major;
  return (i, j) => (odd(i) && !sides[j].happening) || (odd(j) && !sides[i].happening);
}

/** How many other reports' dates of a group must name their happening before one that names none stands apart (unnamedAmongNamed). */
const NAMED_AROUND = 2;

/**
 * Of a group's members (`g`, indices into `sides`), the date whose own clause names no happening
 * (pairs.ts Side `happening`) in a group whose dates of every other report name one, two reports
 * or more ("the first was reported on Nov. 18", "occurred on 18 November" against a bare "2028"
 * in "its first-quarter 2028 accounts"): the words tied it to the group, its clause does not;
 * it is no rival of theirs.
 */
export function unnamedAmongNamed(g: readonly number[], sides: readonly Side[]): (i: number) => boolean {
  let unnamed = -1, named = 0;
  const reports = new Set<number>();
  for (const i of g) {
    const s = sides[i];
    if (s.kind !== "date") return () => false;
    if (s.happening) {
      if (!reports.has(s.report)) (reports.add(s.report), named++);
    } else if (unnamed >= 0 && sides[unnamed].report !== s.report) return () => false;
    else unnamed = i;
  }
  if (unnamed < 0 || named < NAMED_AROUND || reports.has(sides[unnamed].report)) return () => false;
  const r = sides[unnamed].report;
  return (i) => sides[i].report === r && !sides[i].happening;
}

/** The mark before a pair's key, among a kept fact's untrusted pairs (upkeep.ts), of a pair apartIn sets apart. */
export const APART = "!";

/**
 * Of a group's members (`g`, indices into `sides`), whether the refusals of trustedIn set two
 * apart, whatever their words: two properties, so neither a conflict nor a revision of one by the
 * other (verdict.ts reads it for revisions; a pair the words alone do not tie may still revise).
 */
export function apartIn(g: readonly number[], sides: readonly Side[]): (i: number, j: number) => boolean {
  // made when a pair is first asked, which most groups never are (no two of their members
  // disagree); a rule that reads a member by a regular expression or its clause reads it then
  let rules: Array<((i: number, j: number) => boolean) | null> | null = null;
  return (i, j) => {
    if (subjectsDiffer(sides[i], sides[j]) || complements(sides[i], sides[j])) return true;
    rules ??= [
      oddMeasure(g, sides), wholeAgainstPlace(g, sides), besideMeasured(g, sides), baseDates(sides), oneWay(sides), windows(sides),
      yearParts(g, sides), movedBy(sides), lines(g, sides), takenFrom(sides), sumAgainstOne(sides), wholesDiffer(sides), ownersDiffer(sides),
      apartBy(sides, rollingOf), deniedBounds(sides), apartBy(sides, ongoingOf), apartBy(sides, coverageOf), apartBy(sides, pollOf), apartBy(sides, duplicateOf),
      countdowns(sides), farApart(sides),
    ];
    for (let k = 0; k < rules.length; k++) if (rules[k]?.(i, j)) return true;
    return false;
  };
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart because one is a count whose sentence sums several things of one kind (own-clause.ts
 * summedThing: "four spans, 600 metres in all, fell") and the other a count whose sentence, which
 * sums none, names one such thing (namesOne: "the main span fell, with two shorter spans beside
 * it"): a count of the others beside one is a part of the sum, no rival of it. Counts only: on
 * amounts (one reservoir's volume against the two's) the refusal also took a conflict the scorer
 * counts as found (docs/measurements.md, fourteenth pass). Each member read when first asked.
 */
export function sumAgainstOne(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => (sides[i].kind === "count" ? summedThing(sides[i].text, sides[i].m, localeFor(sides[i].language)) || null : null));
  // one pattern per thing, not per pair asked
  const words = new Map<string, RegExp>();
  const word = (thing: string) => words.get(thing) ?? words.set(thing, thingWord(thing)).get(thing)!;
  const one = (i: number, j: number) => {
    const sum = of(i);
    return sum !== null && of(j) === null && sides[j].kind === "count" && namesOne(sides[j].text, sides[j].m, word(sum));
  };
  return (i, j) => sides[i].report !== sides[j].report && (one(i, j) || one(j, i));
}

/**
 * Of a group's members, the pairs of two counts or sums the verdict sets apart because both name
 * whose they are, one of them only by a name between its number and its noun (holder.ts, the
 * locale's `holder.within`: "3,000 Norask soldiers" against "Veltria has had 600,000 soldiers
 * killed"), and the two names share no word: two holders' figures are no rivals, as pairs.ts
 * holdersDiffer says of holders read by the other words. Each member read when first asked.
 */
export function ownersDiffer(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => {
    const s = sides[i];
    if (s.kind !== "count" && s.kind !== "money") return null;
    const keys = holderOf(s.text, s.m, localeFor(s.language), true);
    return holderNamed(keys) ? keys : null;
  });
  return (i, j) => {
    if (sides[i].holder.length && sides[j].holder.length) return false;
    const a = of(i), b = of(j);
    return !!a && !!b && !a.some((k) => b.includes(k));
  };
}

/** How many times one stretch of time may be another's and still be a rival of it. */
const FAR = 100;

/**
 * Of a group's members, the pairs of two stretches of time the verdict sets apart because one is
 * more than FAR times the other ("room to keep growing for 50 years" against a voyage of "25
 * days"): no estimate of how long a thing takes is revised, nor misread, by a factor of a hundred;
 * the words tied two things. Not sums: a salary beside a strike's daily cost was the only rival a
 * read story's found conflict of costs had (verac: read gold conflict F1 0.5185 → 0.5036 with
 * sums read too); nor counts, which grow so (a toll of 5 on the first day, 5,000 a week on).
 */
export function farApart(sides: readonly Side[]): (i: number, j: number) => boolean {
  return (i, j) => {
    const a = sides[i].m, b = sides[j].m;
    if (a.kind !== "duration" || b.kind !== "duration") return false;
    const al = a.low ?? a.high, ah = a.high ?? a.low, bl = b.low ?? b.high, bh = b.high ?? b.low;
    if (al === null || ah === null || bl === null || bh === null || al <= 0 || bl <= 0) return false;
    return ah * FAR < bl || bh * FAR < al;
  };
}

/**
 * Of a group's members, the pairs of two percentages of one language the verdict sets apart
 * because each names the whole it is taken of (shares.ts shareWhole: "2.1% of gross domestic
 * product" against "1.1% of basic pay") and the two share no word: shares of two wholes are no
 * rivals, however alike the words around them. Each member read when first asked.
 */
export function wholesDiffer(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => shareWhole(sides[i].text, sides[i].m, localeFor(sides[i].language).whole));
  return (i, j) => {
    if (sides[i].kind !== "percent" || sides[j].kind !== "percent" || sides[i].lang !== sides[j].lang) return false;
    const a = of(i), b = of(j);
    return !!a && !!b && !a.some((w) => b.includes(w));
  };
}

/**
 * Of a group's members, the pairs of two reports the verdict sets apart because `read` (a
 * figure's words, roles.ts) says one is of a kind the other is not: an amount of a rolling window
 * against one of none (rollingOf: "Positivity, past seven days: 29%" against the share since the
 * outbreak began; two windows are judged as before), the age of a happening still
 * under way against how long drivers waited (ongoingOf), the polling stations someone was at
 * against all of them (coverageOf), an exit poll's share against a count's (pollOf), things
 * counted twice against a count of the things (duplicateOf). Each member
 * read when first asked.
 */
export function apartBy(sides: readonly Side[], read: (text: string, m: Side["m"], language: string | null) => boolean): (i: number, j: number) => boolean {
  const of = whenAsked((i) => read(sides[i].text, sides[i].m, sides[i].language));
  return (i, j) => sides[i].report !== sides[j].report && of(i) !== of(j);
}

/**
 * Of a group's members, the pairs of two reports the verdict sets apart because either is a
 * countdown (roles.ts countdownOf: "[three more weeks] of campaigning", "[2 weeks] until the
 * runoff"): what is left from its own report's day, it is no rival of a stretch that is none, nor
 * of another report's countdown, read from another day. Each member read when first asked.
 */
export function countdowns(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => countdownOf(sides[i].text, sides[i].m, sides[i].language));
  return (i, j) => sides[i].report !== sides[j].report && (of(i) || of(j));
}

/**
 * Of a group's members, the pairs the verdict sets apart because one is a bound its clause denies
 * of all (roles.ts boundDenied: "as no candidate had received more than 50 per cent") and the
 * other no such bound: a threshold no one reached is no rival of what one reached ("Varanen
 * 40.9%"). Each member read when first asked.
 */
export function deniedBounds(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => boundDenied(sides[i].text, sides[i].m, sides[i].language));
  return (i, j) => of(i) !== of(j);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart because one is a count its sentence takes from a whole it stated just before (roles.ts
 * partOf, each locale's `part`: "90 were hurt, 62 of them have gone home", "けが人90人のうち、62人",
 * "그중 40명", "dont 8 000", "из них 300") and the other is no such part: a part is never the
 * whole it is taken from, nor a count of something else (those of the hurt who went home against
 * those crushed to death). Two parts are judged as before. Each member read when first asked.
 */
export function takenFrom(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = whenAsked((i) => !!partOf(sides[i].text, sides[i].m, sides[i].language));
  return (i, j) => sides[i].report !== sides[j].report && of(i) !== of(j);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict sets apart because one
 * is a line of a toll's breakdown (its own clause names an age bracket or a sex: "30대가 [31명]",
 * "女性が[101人]", "[102] women"; pairs.ts Side.line) and the other names not the same: one age
 * group's count is no rival of the whole toll, nor of a count that says nothing of its part (a
 * province's line of another breakdown, "경기 38명"). Null when no member is a line.
 */
export function lines(g: readonly number[], sides: readonly Side[]): ((i: number, j: number) => boolean) | null {
  if (!g.some((i) => sides[i].line)) return null;
  return (i, j) => (sides[i].line || sides[j].line) && sides[i].measure !== sides[j].measure;
}

/** How far before a percentage its "by" is looked for. */
const BY_BACK = 40;

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart because one is a percentage its own clause moves "by" (the locale's `change.by` right
 * before it: "coal shipments have slumped by more than 60 percent"), which reading it as a change
 * (own-clause.ts changeOf) did not take for want of a verb of change the locale lists, and the
 * other is a level ("the port handles about 45 percent of the coal"): a change is no rival of a
 * level, whatever its verb. English is the one locale with words of change. Each member read
 * when first asked.
 */
export function movedBy(sides: readonly Side[]): (i: number, j: number) => boolean {
  const by = whenAsked((i) => {
    const s = sides[i], cue = localeFor(s.language).change?.by;
    return s.kind === "percent" && s.change === null && !!cue && cue.test(s.text.slice(Math.max(s.sentence, s.m.start - BY_BACK, 0), s.m.start));
  });
  const level = (i: number) => sides[i].change === null && !by(i);
  return (i, j) => sides[i].report !== sides[j].report && ((by(i) && level(j)) || (by(j) && level(i)));
}

/**
 * A period of fewer days is a part of a year (a quarter, a half, the first eleven months); one of
 * fewer than QUARTER_DAYS is none of those: most often a month that dates an event near the sum
 * ("an investment of $2 billion … work began in May 2021"), not a stretch it was counted over.
 */
const YEAR_DAYS = 360, QUARTER_DAYS = 89;

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart because one is an amount its clause gives for a part of a year, a quarter or more
 * (period.ts: "trade in the first half of 2025 came to $31 billion", "in the first nine months
 * of the year", "im ersten Halbjahr", "上半年") and the other names no period
 * ("goods worth $9 billion passed through the port"): a half-year's sum is no rival of a sum
 * that does not say it is of that half. Two amounts that both name a period are judged as ever
 * (grouping keeps two periods that are not one apart). Null when no member is of a part of a year.
 */
export function yearParts(g: readonly number[], sides: readonly Side[]): ((i: number, j: number) => boolean) | null {
  const part = (i: number) => {
    const days = sides[i].periodTo - sides[i].periodFrom + 1;
    return days >= QUARTER_DAYS && days < YEAR_DAYS;
  };
  if (!g.some(part)) return null;
  const none = (i: number) => Number.isNaN(sides[i].periodFrom);
  return (i, j) => sides[i].report !== sides[j].report && ((part(i) && none(j)) || (part(j) && none(i)));
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart because one is a stretch of time that is the window of another amount (own-clause.ts
 * windowOf: "400mm of rain within a 24-hour period") and the other is not: the one times an
 * amount, the other is a length of something. Each member read when first asked.
 */
export function windows(sides: readonly Side[]): (i: number, j: number) => boolean {
  const w = whenAsked((i) => sides[i].kind === "duration" && !!windowOf(sides[i].text, sides[i].m, localeFor(sides[i].language)));
  return (i, j) => sides[i].report !== sides[j].report && w(i) !== w(j);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs of two reports the verdict sets
 * apart by direction: one figure's own clause says it is of one direction of a two-way flow
 * (own-clause.ts directionOf: "eastbound traffic by nearly $4.5 billion") and the other's names
 * another or none ("$6bn a day"). One way is a part of both ways. Each member read when first
 * asked (clauseCues keeps it).
 */
export function oneWay(sides: readonly Side[]): (i: number, j: number) => boolean {
  const of = (i: number) => clauseCues(sides[i]).direction || null;
  return (i, j) => sides[i].report !== sides[j].report && of(i) !== of(j);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict sets apart because one
 * is a date that is only a comparison's base (own-clause.ts comparisonBase: "the costliest loss
 * since 2021"): it dates another happening, the last one as great, and is no rival of any date
 * the story gives. Each member read when first asked.
 */
export function baseDates(sides: readonly Side[]): (i: number, j: number) => boolean {
  const base = whenAsked((i) => sides[i].kind === "date" && !!comparisonBase(sides[i].text, sides[i].m, localeFor(sides[i].language)));
  return (i, j) => base(i) || base(j);
}

/**
 * Of a group's members (`g`, indices into `sides`), the pairs the verdict sets apart by area: one
 * report's figures of the group say, one of them in its own clause, that they cover a whole area
 * (own-clause.ts wholeArea: "the average level in the region"), and the other figure names a place
 * of its own (places.ts) none of those name while its report says no such thing ("12 metres in
 * the town of X"). A region's average and one town's reading are two scopes, not rivals. A place
 * against a figure that says nothing of its scope is no such pair: most reports leave the
 * story's own place unsaid. A report's members read when a pair first asks about it.
 */
export function wholeAgainstPlace(g: readonly number[], sides: readonly Side[]): (i: number, j: number) => boolean {
  const byReport = new Map<number, number[]>();
  for (const i of g) (byReport.get(sides[i].report) ?? byReport.set(sides[i].report, []).get(sides[i].report)!).push(i);
  // per report, read when a pair first asks: the places of its members whose own clause says a whole area (null: none says so)
  const wide = whenAsked((r) => {
    let ps: number[] | null = null;
    for (const i of byReport.get(r) ?? []) {
      const s = sides[i];
      if (!clauseCues(s).whole) continue;
      ps ??= [];
      for (const p of s.places) if (!ps.includes(p)) ps.push(p);
    }
    return ps;
  });
  const apart = (a: Side, b: Side) => {
    if (!b.places.length) return false;
    const ps = wide(a.report);
    return !!ps && !wide(b.report) && !b.places.some((p) => ps.includes(p));
  };
  return (i, j) => sides[i].report !== sides[j].report && (apart(sides[i], sides[j]) || apart(sides[j], sides[i]));
}

/**
 * A figure's whole area (own-clause.ts wholeArea) and direction (directionOf), both from one
 * reading of its own clause (cueClause): both are asked of every member of every fact, and each
 * read the clause. The clause itself is not kept.
 */
function clauseCues(s: Side): Side {
  if (s.whole !== undefined) return s;
  const locale = localeFor(s.language);
  const clause = cueClause(s.text, s.m, locale);
  s.whole = wholeArea(s.text, s.m, locale, clause);
  s.direction = directionOf(s.text, s.m, locale, clause);
  return s;
}

/**
 * Two percentages of two reports that add up to a whole ("holds 49 %" against "holds 51 %; the
 * other partner owns the rest", 30 % against 70 %): the two parts of one whole, each the other's
 * remainder, no rivals. Single values only (a range or a bound adds up to no one whole); changes
 * are left to their own rules.
 */
export function complements(a: Side, b: Side): boolean {
  if (a.kind !== "percent" || b.kind !== "percent" || a.report === b.report || a.change !== null || b.change !== null) return false;
  const x = a.m, y = b.m;
  if (x.low === null || y.low === null || x.low !== x.high || y.low !== y.high || x.qualifier === "lower" || x.qualifier === "upper" || y.qualifier === "lower" || y.qualifier === "upper") return false;
  return x.low !== y.low && Math.abs(x.low + y.low - 100) < 1e-9;
}

/** What a change changes (own-clause.ts changeSubject), read in its report's language. */
const subjectOf = (s: Side) => changeSubject(s.text, s.m, s.language, localeFor(s.language));

/**
 * Two changes of two reports whose clauses say they change two things (own-clause.ts
 * changeSubject: exports grew 9.0 %, one port's business 11 %, trade in euro terms 4.2 %): two
 * properties, whatever their words. Asked by the verdict only (trustedIn), after the score.
 */
export function subjectsDiffer(a: Side, b: Side): boolean {
  if (a.change !== "change" || b.change !== "change" || a.report === b.report) return false;
  const x = (a.subject ??= subjectOf(a)),
    y = (b.subject ??= subjectOf(b));
  return x !== null && y !== null && x !== y;
}
