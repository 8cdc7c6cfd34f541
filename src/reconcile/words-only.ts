/**
 * The attaching model's log-odds of two figures by their words alone (value comparisons blanked):
 * the attaching and group passes' scorer, and the verdict's (wordsScorer), with the rules that set
 * a pair apart whatever its words.
 * @module
 */
import type { Item } from "./similarity.js";
import type { Prop } from "./property.js";
import { changeApart, FEATURES, holdersDiffer, measuresDiffer, neverOneFact, pairFeatures, partApart, periodApart, placesDiffer, sidesOf, VALUE_FEATURES, type Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { speakerKey } from "./origins.js";
import { twoVoices } from "./verdict.js";
import { NEVER } from "./strongest.js";

const VALUE_AT = FEATURES.map((f, j) => (VALUE_FEATURES.has(f) ? j : -1)).filter((j) => j >= 0);

/**
 * Log-odds that two figures state one property by their words alone (the attaching model: value
 * comparisons blanked); the verdict asks it of disagreeing pairs. -Infinity for a pair a rule sets
 * apart, whatever their words (apartOf); +Infinity for any other pair when the model trusts every
 * pair (no trust threshold) or has no attaching model, so those rules hold in every fit.
 */
export function wordsScorer(items: Item[], props: Prop[], model: Model, sides?: Side[]): (i: number, j: number) => number {
  const all = sides ?? sidesOf(items, props);
  const a = model.attach;
  if (a && model.trust != null) return groupWords(items, all, a);
  const apart = apartOf(all);
  return (i, j) => (apart(i, j) ? NEVER : Infinity);
}

/**
 * Pairs that never contradict each other, however alike their words: a part set against its
 * whole, figures measured at two places named apart (or distances from two points), a change set
 * against a level, figures whose own clauses name two measures (the dead against the injured),
 * amounts of two periods, figures of two holders.
 */
export function apartOf(all: Side[]): (i: number, j: number) => boolean {
  return (i, j) => partApart(all[i], all[j]) || placesDiffer(all[i], all[j]) || changeApart(all[i], all[j]) || measuresDiffer(all[i], all[j]) || periodApart(all[i], all[j]) || holdersDiffer(all[i], all[j]);
}

/**
 * The words-only log-odds of two figures (the group pass's, and `wordsScorer`'s when the model
 * trusts by it): -Infinity for a pair a rule sets apart. Two figures one report gives in two
 * voices ("the government puts it at 140,000, the agency at 210,000") are two claims set side by
 * side, as two reports' would be: that one report seldom states one fact twice says nothing of them.
 */
export function groupWords(items: Item[], sides: Side[], a: NonNullable<Model["attach"]>): (i: number, j: number) => number {
  // one scorer per figures and model: the link, join and split passes and the verdict each asked
  // for their own, and a call site first met with one was optimized for it and thrown away at the next
  const made = scorers.get(sides);
  if (made && made.items === items && made.a === a) return made.words;
  const words = newGroupWords(items, sides, a);
  scorers.set(sides, { items, a, words });
  return words;
}

const scorers = new WeakMap<Side[], { items: Item[]; a: NonNullable<Model["attach"]>; words: (i: number, j: number) => number }>();

function newGroupWords(items: Item[], sides: Side[], a: NonNullable<Model["attach"]>): (i: number, j: number) => number {
  const apart = apartOf(sides);
  const voices = (i: number, j: number) => items[i].report === items[j].report && twoVoices(speakerKey(items[i].m.speaker), speakerKey(items[j].m.speaker));
  const score = wordsOnly(a, sides, voices);
  return (i, j) => (apart(i, j) ? NEVER : score(i, j));
}

const SAME_REPORT_AT = [FEATURES.indexOf("sameReport"), FEATURES.indexOf("sameSentence")];
const DATE_DAY_AT = FEATURES.indexOf("dateDay"), SAME_DAY_AT = FEATURES.indexOf("sameDayValue"), EVENT_SAME_AT = FEATURES.indexOf("eventSame");

/**
 * The attaching model's log-odds for a pair of figures, with the value comparisons blanked (and
 * the same-report comparisons, for a pair `apart` says to judge as if from two reports).
 */
export function wordsOnly(a: NonNullable<Model["attach"]>, sides: Side[], apart?: (i: number, j: number) => boolean): (i: number, j: number) => number {
  const x = new Float64Array(FEATURES.length);
  // two closures, not one asking which it is: the attaching pass's, called first, was optimized
  // before the group pass first called `apart`, and thrown away there
  // amounts of two periods, a change and a level, never join one fact, whatever their words
  if (!apart) return (i, j) => (neverOneFact(sides[i], sides[j]) ? NEVER : (blank(sides[i], sides[j], x), wordsLogit(a, x)));
  return (i, j) => {
    blank(sides[i], sides[j], x);
    // multiplied, not set in a branch: a store first met after this was optimized threw it away
    const two = x[SAME_REPORT_AT[0]] && apart(i, j) ? 0 : 1;
    x[SAME_REPORT_AT[0]] *= two;
    x[SAME_REPORT_AT[1]] *= two;
    return wordsLogit(a, x);
  };
}

/** The comparison of two figures into `x`, its value comparisons blanked. */
function blank(s: Side, t: Side, x: Float64Array<ArrayBuffer>): void {
  pairFeatures(s, t, x);
  for (let v = 0; v < VALUE_AT.length; v++) x[VALUE_AT[v]] = 0;
}

/**
 * The words-only log-odds of a blanked comparison `x`. Two single days of one named event: by the
 * weights fitted without their equal-value comparison (model.ts Words); days of no shared event
 * keep it, as two such days are most often two happenings ("tugs still at work on Saturday",
 * "refloated on Monday"). Blanked by a product and scored by one call either way: the first such
 * pair, met in the second block, threw a branch's optimized code away.
 */
function wordsLogit(a: NonNullable<Model["attach"]>, x: Float64Array): number {
  const day = a.day && x[DATE_DAY_AT] && x[EVENT_SAME_AT] ? a.day : null;
  x[SAME_DAY_AT] *= day ? 0 : 1;
  return logit(day ?? a, x);
}
