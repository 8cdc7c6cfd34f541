/**
 * Pairwise comparison of two figures of one dimension, field by field (as in Fellegi-Sunter /
 * Splink): words, thing, attribute, event, scope, rate, counted noun, place in the text. The
 * learned model (model.ts) weighs these; nothing here names a story's words. Values are one
 * field with a learned weight, never a rule: disagreeing values are what a conflict is.
 * @module
 */
import { countedClass, ownCounted } from "./counted.js";
import type { Change } from "./features.js";
import { PEOPLE_TOLLS, TOLL_PARTS } from "./measures.js";
import { isHead, isMeasure, type Prop } from "./property.js";
import type { Mention, MentionKind } from "../types.js";
import { cosine, type Item, type Sparse } from "./similarity.js";
import { valueGap, type Reading } from "./values.js";
import { endsDiffer } from "./period.js";
import { holderNamed, holderOf, NO_HOLDER } from "./holder.js";
import { localeFor } from "./locale.js";
import { anchorOf } from "./own-clause.js";
import type { WordWeights } from "./weighted.js";

export const FEATURES = [
  "words", "words2", "thingSame", "thingOverlap", "thingBothMissing", "attrSame", "attrDiff", "attrOne", "cueOverlap",
  "eventSame", "eventDiff", "scopeSame", "scopeDiff", "perSame", "perDiff", "perOne", "countedSame", "countedDiff",
  "sameReport", "sameSentence", "dateDay", "kindCount", "kindDate", "kindMoney",
  "valueMeet", "valueSame", "valueGap", "valueFar", "otherScale", "nameSame", "nameDiff", "label", "label2", "langDiff", "sameDayValue", "sameValueAcross",
  "holderSame", "holderDiff",
] as const;

/** The value comparisons: left out of the model that attaches a figure to a fact (values never decide by themselves). */
export const VALUE_FEATURES = new Set<string>(["valueMeet", "valueSame", "valueGap", "valueFar", "otherScale"]);

/** `valueFar`: a gap (values.ts valueGap) wider than a day's worth for dates, a factor of two for amounts. */
export const farApart = (kind: MentionKind, gap: number | null): boolean => typeof gap === "number" && gap > (kind === "date" ? 1 : Math.log(2));

/**
 * Weighted overlap of two small bags (keys and weights side by side from `a0`/`b0`, `na`/`nb`
 * long, keys as numbered by Words): sum of min weights over sum of max weights, summed in the
 * order of the bags as a Map's would be.
 */
function overlap(ak: Int32Array, aw: Float64Array, a0: number, na: number, bk: Int32Array, bw: Float64Array, b0: number, nb: number): number {
  if (!na || !nb) return 0;
  let lo = 0, hi = 0;
  for (let i = a0; i < a0 + na; i++) {
    const w = aw[i], key = ak[i];
    let v = 0;
    for (let j = b0; j < b0 + nb; j++) if (bk[j] === key) (v = bw[j]), (j = b0 + nb);
    lo += Math.min(w, v);
    hi += Math.max(w, v);
  }
  for (let j = b0; j < b0 + nb; j++) {
    const key = bk[j];
    let inA = false;
    for (let i = a0; i < a0 + na; i++) if (ak[i] === key) (inA = true), (i = a0 + na);
    if (!inA) hi += bw[j];
  }
  return hi ? lo / hi : 0;
}

const VALUE_SAME = FEATURES.indexOf("valueSame");

/** Numbers for the words a pair compares (0 for none): two figures compare a word as one number. */
class Words {
  private ids = new Map<string, number>();
  id(s: string | null | undefined): number {
    if (!s) return 0;
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size + 1));
    return id;
  }
  private values = new Map<string, number>();
  private unlike = 0;
  /**
   * A number for a figure's value: one number for figures whose low, high, first and last day are
   * each `===` (0 and -0 write alike, as `===` takes them for one; an end that is NaN, never `===`
   * itself, makes a value like no other).
   */
  value(m: Mention): number {
    if (Number.isNaN(m.low) || Number.isNaN(m.high)) return -++this.unlike;
    const key = `${m.low}|${m.high}|${m.date?.start}|${m.date?.end}`;
    let v = this.values.get(key);
    if (v === undefined) this.values.set(key, (v = this.values.size + 1));
    return v;
  }
  /** All bags of one sidesOf, end to end (sized up front: no arrays per figure). */
  keys: Int32Array = new Int32Array(0);
  w: Float64Array = new Float64Array(0);
  private size = 0;
  reserve(total: number): void {
    this.keys = new Int32Array(total);
    this.w = new Float64Array(total);
  }
  /** how many entries the last `bag` laid */
  last = 0;
  /** Lays the entries of `m` that `keep` takes after the others, in its order; returns where they start. */
  bag(m: WordWeights, keep: (key: string, w: number) => boolean): number {
    const at = this.size;
    m.forEach((v, key) => {
      if (!keep(key, v)) return;
      this.keys[this.size] = this.id(key);
      this.w[this.size++] = v;
    });
    this.last = this.size - at;
    return at;
  }
}

/**
 * What pairFeatures reads of one figure, worked out once into one object shape: a pair then
 * reads plain numbers instead of mentions of many shapes and strings (grouping compares a figure
 * with hundreds of others). Words are numbered by `Words` (0: none).
 */
export interface Side {
  kind: Mention["kind"];
  report: number;
  /** start of its sentence, or -1 */
  sentence: number;
  /** a date of a single day */
  day: boolean;
  /** for a stretch of time that places a moment (`change` "offset"): the moment it is measured from (own-clause.ts anchorOf), or null */
  anchor: string | null;
  /**
   * its value as a number: two sides have the same when their low, high, first and last day are
   * the same (`===`); one number compared, not four fields whose kinds change from block to block
   * (whole numbers, none, fractions: each threw the comparison's optimized code away)
   */
  value: number;
  reading: Reading | null;
  vec: Sparse;
  lab: Sparse | null;
  lang: number;
  thing: number;
  attribute: number;
  event: number;
  scope: number;
  per: number;
  name: number;
  /** class of a count's counted noun */
  counted: number;
  /** the counted noun is its report's own word in a language other than English, not one its locale's list translates ("ciężarówek"): it says nothing of a count in another language */
  countedOwn: boolean;
  /** the heads' and cues' keys and weights: one pair of arrays shared by every side of one sidesOf */
  bagKeys: Int32Array;
  bagW: Float64Array;
  head: number;
  headN: number;
  cue: number;
  cueN: number;
  /** its text says it is a share of something larger ("the first phase", "of which") */
  share: boolean;
  /** the places named for it, numbered by Words (places.ts placesOf) */
  places: readonly number[];
  /** it is a change, not a level, and of which kind (own-clause.ts changeOf) */
  change: Change;
  /** the figure, its report's text and language: what changeSubject reads, when the verdict asks */
  m: Mention;
  text: string;
  language: string | null;
  /** memo of changeSubject (undefined: not asked yet) */
  subject: string | null | undefined;
  /** memo of wholeArea (undefined: not asked yet; set with `direction`, trust.ts) */
  whole: boolean | undefined;
  /** memo of directionOf (set with `whole`) */
  direction: string | null | undefined;
  /** for a distance: the point it is measured from, numbered by Words (places.ts referenceOf) */
  reference: readonly number[];
  /** the measure its own clause names, numbered by Words (own-clause.ts clauseMeasure; 0: none) */
  measure: number;
  /** that measure is a line of a toll's breakdown, an age bracket or a sex (measures.ts TOLL_PARTS) */
  line: boolean;
  /** for a date or a stretch of time: the happening it is of, numbered by Words (property.ts happeningOf; 0: none) */
  happening: number;
  /** that happening is a verb of its report's language, not a class every language shares */
  happenWord: boolean;
  /** the period an amount is of (period.ts), its first and last day, NaN for none */
  periodFrom: number;
  periodTo: number;
  /** whose it is or what it is of, as words numbered by Words (holder.ts holderOf; empty: its words name none) */
  holder: readonly number[];
  /**
   * its holder's kind, numbered by Words: a name ("Orrin's"), or a common noun of its report's
   * language ("the city's", "선사의"); holders of two kinds are never compared
   */
  holderKind: number;
}

/** No places, no point of reference: one list for the many figures that name none (never written to). */
const NONE: readonly number[] = [];

/**
 * What a count with no noun counts ("kills at least 21", "four missing", "a toll of 38"): people,
 * when its own clause names a toll of people (measures.ts PEOPLE_TOLLS), else nothing. The fit
 * reads gold figures, where an analyst names every count's noun; dossier's own bare counts named
 * none, so a toll of 38 and "38 people" did not count one thing.
 */
function bareCounted(measure: string | null | undefined, words: Words): number {
  return measure && PEOPLE_TOLLS.has(measure) ? words.id("person") : 0;
}

function sideOf(it: Item, p: Prop, words: Words): Side {
  const m = it.m;
  const head = words.bag(p.words, isHead), headN = words.last;
  const cue = words.bag(p.cueWeights, isMeasure), cueN = words.last;
  const held = holderSide(it, words);
  return {
    kind: m.kind,
    report: it.report,
    sentence: m.sentence ? m.sentence[0] : -1,
    day: !!m.date && m.date.start === m.date.end,
    anchor: p.change === "offset" && it.text ? anchorOf(it.text, m, localeFor(it.lang)) : null,
    value: words.value(m),
    reading: it.reading,
    vec: it.vec,
    lab: it.lab ?? null,
    lang: words.id(it.lang),
    thing: words.id(p.thing),
    attribute: words.id(p.attribute),
    event: words.id(p.event),
    scope: words.id(p.scope),
    per: words.id(p.per),
    name: words.id(p.name),
    counted: m.kind === "count" ? (m.unit ? words.id(it.f.counted ?? countedClass(m.unit)) : bareCounted(it.f.measure, words)) : 0,
    countedOwn: ownCounted(m, it.lang),
    bagKeys: words.keys,
    bagW: words.w,
    head,
    headN,
    cue,
    cueN,
    share: p.share,
    places: p.places.length ? p.places.map((k) => words.id(k)) : NONE,
    change: p.change,
    m,
    text: it.text ?? "",
    language: it.lang ?? null,
    subject: undefined,
    whole: undefined,
    direction: undefined,
    reference: p.reference.length ? p.reference.map((k) => words.id(k)) : NONE,
    measure: words.id(p.measure),
    line: !!p.measure && TOLL_PARTS.has(p.measure),
    happening: words.id(p.happening),
    happenWord: !!p.happening && !p.happening.startsWith("#"),
    periodFrom: it.period ? it.period[0] : Number.NaN,
    periodTo: it.period ? it.period[1] : Number.NaN,
    holder: held.holder,
    holderKind: held.holderKind,
  };
}

/** A figure's holder (holder.ts): its words and its kind (Side `holderKind`), numbered by `words`. */
function holderSide(it: Item, words: Words): { holder: readonly number[]; holderKind: number } {
  const h = it.text ? holderOf(it.text, it.m, localeFor(it.lang)) : NO_HOLDER;
  if (!h.length) return NO_HOLDER_SIDE;
  return { holder: h.map((k) => words.id(`@${k}`)), holderKind: words.id(holderNamed(h) ? "@=" : `@noun:${it.lang ?? ""}`) };
}

/** A figure whose words name no holder (never written to). */
const NO_HOLDER_SIDE = { holder: NONE, holderKind: 0 };

/** Every figure's Side, its words numbered together. */
export function sidesOf(items: Item[], props: Prop[]): Side[] {
  const words = new Words();
  let total = 0;
  // room for every word and cue: the bags lay those the filters take
  for (const p of props) total += p.words.size + p.cueWeights.size;
  words.reserve(total);
  return items.map((it, i) => sideOf(it, props[i], words));
}

/** The comparison vector of two figures (same block), in FEATURES order. */
export function pairFeatures(a: Side, b: Side, out = new Float64Array(FEATURES.length)): Float64Array {
  return comparison(a, b, cosine(a.vec, b.vec), a.lab && b.lab ? cosine(a.lab, b.lab) : 0, out);
}

/** The gap of two values that cannot be compared. */
const NO_GAP = Number.NaN;

/**
 * The comparison vector given the pair's two cosines, words `c` and labels `l` (grouping works
 * them out against one figure pinned in a dense array, similarity.ts Pinned).
 */
export function comparison(a: Side, b: Side, c: number, l: number, out: Float64Array): Float64Array {
  // every field is read and compared once for every pair, whatever the answer: a read or a
  // comparison first met after this was optimized (the first block with names, events, two
  // figures of one report, values that cannot be compared) threw its optimized code away, and
  // scoring ran on in slower code until it was made again
  const at = a.thing, bt = b.thing, aa = a.attribute, ba = b.attribute, ae = a.event, be = b.event;
  const as = a.scope, bs = b.scope, ap = a.per, bp = b.per, ac = a.counted, bc = b.counted, an = a.name, bn = b.name;
  const ad = a.day, bd = b.day, al = a.lang, bl = b.lang;
  const thing = at === bt, attribute = aa === ba, event = ae === be, scope = as === bs, per = ap === bp, counted = ac === bc, name = an === bn;
  const oneReport = a.report === b.report, oneSentence = a.sentence >= 0 && a.sentence === b.sentence;
  let k = 0;
  out[k++] = c;
  out[k++] = c * c;
  out[k++] = at && thing ? 1 : 0;
  out[k++] = overlap(a.bagKeys, a.bagW, a.head, a.headN, b.bagKeys, b.bagW, b.head, b.headN);
  out[k++] = !at && !bt ? 1 : 0;
  out[k++] = aa && attribute ? 1 : 0;
  out[k++] = aa && ba && !attribute ? 1 : 0;
  out[k++] = !!aa !== !!ba ? 1 : 0;
  out[k++] = overlap(a.bagKeys, a.bagW, a.cue, a.cueN, b.bagKeys, b.bagW, b.cue, b.cueN);
  out[k++] = ae && event ? 1 : 0;
  out[k++] = ae && be && !event ? 1 : 0;
  out[k++] = as && scope ? 1 : 0;
  out[k++] = as && bs && !scope ? 1 : 0;
  out[k++] = ap && per ? 1 : 0;
  out[k++] = ap && bp && !per ? 1 : 0;
  out[k++] = !!ap !== !!bp ? 1 : 0;
  out[k++] = ac && counted ? 1 : 0;
  // two nouns of two languages, one of them untranslated, are not known to differ
  out[k++] = ac && bc && !counted && (al === bl || !(a.countedOwn || b.countedOwn)) ? 1 : 0;
  out[k++] = oneReport ? 1 : 0;
  out[k++] = oneReport && oneSentence ? 1 : 0;
  out[k++] = ad && bd ? 1 : 0;
  out[k++] = a.kind === "count" ? 1 : 0;
  out[k++] = a.kind === "date" ? 1 : 0;
  out[k++] = a.kind === "money" ? 1 : 0;
  // values are one field among others, weighed by the data: most figures of one fact agree, and a
  // conflict's figures still link on their words (the verdict, not the grouping, judges values)
  const g = valueGap(a.kind, a.reading, b.reading);
  // NaN for values that cannot be compared (no comparison with NaN holds): asked by its type, not
  // by a comparison with null that took the code away at the first such pair; a constant of the
  // module, not `Number.NaN`, a property read first met at that pair, after this was optimized
  const comparable = typeof g === "number", gap = comparable ? g : NO_GAP;
  out[k++] = gap === 0 ? 1 : 0;
  out[k++] = a.value === b.value ? 1 : 0;
  out[k++] = comparable ? Math.min(3, gap) : 0;
  out[k++] = farApart(a.kind, g) ? 1 : 0;
  out[k++] = comparable ? 0 : 1;
  out[k++] = an && name ? 1 : 0;
  out[k++] = an && bn && !name ? 1 : 0;
  out[k++] = l;
  out[k++] = l * l;
  // words and labels of two languages never match: the model learns what that costs
  const across = al && bl && al !== bl ? 1 : 0;
  out[k++] = across;
  // one day named by two reports is most often one event; across languages an equal value is the
  // only comparison left (words and labels cannot match)
  const same = out[VALUE_SAME];
  out[k++] = same && ad && bd ? 1 : 0;
  out[k++] = same && across ? 1 : 0;
  // both say whose they are: of one holder, or of two (two companies' revenues, two candidates' shares)
  const apart = holdersDiffer(a, b);
  out[k++] = a.holder.length > 0 && b.holder.length > 0 && a.holderKind === b.holderKind && !apart ? 1 : 0;
  out[k++] = apart ? 1 : 0;
  return out;
}

/**
 * One figure is said to be a part of something larger ("2 km in the first phase", "of which
 * 40") and the other is not: a part and its whole may differ without contradiction, even where
 * their words tie them to one property. Nor do two parts that count different things ("…,
 * including 1,286 people from the port district" against "…, including 461 children"): each is
 * a share of its own whole, cut another way.
 */
export function partApart(a: Side, b: Side): boolean {
  return a.share !== b.share || (a.share && !!a.counted && !!b.counted && a.counted !== b.counted);
}

/**
 * One figure is an amount of change and the other a level ("rose by another metre" against "reached
 * 12 metres"), or they are changes of two kinds (a share moved 5 points against a growth of 7.6
 * percent), or both are stretches of time that place moments ("two days after landfall", "five days
 * later"), each measured to a moment of its own: none of these contradicts the other. Two
 * measured from one named moment ("94 seconds after liftoff", "88 seconds after liftoff") place
 * one moment, as two lengths of one stretch do.
 */
export function changeApart(a: Side, b: Side): boolean {
  return a.change !== b.change || (a.change === "offset" && (!a.anchor || a.anchor !== b.anchor));
}

/**
 * One figure is an amount of change ("25,000 to 30,000 more sent") and the other a level ("about
 * 600 killed"): never one fact, so grouping keeps them apart as the verdict already does. Counts
 * only: a growth rate is one fact whether it "rose 7%" or "growth was 7%", and on every kind the
 * rule cost the held-out stories' grouping (docs/measurements.md).
 */
function changeAgainstLevel(a: Side, b: Side): boolean {
  return a.kind === "count" && (a.change == null) !== (b.change == null) && a.change !== "offset" && b.change !== "offset";
}

/**
 * Each figure's own clause names what it measures, and the two differ ("82 were injured" against
 * "151 died", "부상자는 82명" against "사망자는 151명"): two tolls, two sizes, two sums of one
 * story are two properties, however alike the rest of their sentences.
 */
export function measuresDiffer(a: Side, b: Side): boolean {
  return !!a.measure && !!b.measure && a.measure !== b.measure;
}

/**
 * Both figures name where they were measured, and no place is the same: one attribute at two
 * places (the two banks of a river, two gauges, a region against the country) is two readings,
 * whose values may differ without contradiction. So are two distances measured from two points
 * ("160 km north of the dam", "30 km east of the city").
 */
export function placesDiffer(a: Side, b: Side): boolean {
  return noneShared(a.places, b.places) || noneShared(a.reference, b.reference);
}

/**
 * Both figures say whose they are or what they are of, and no holder's word is the other's (holder.ts:
 * "Orrin's revenue" against "Kestrel had revenue of", "44% for Sulev" against "41% for Varanen",
 * "the checkpoint's cost" against "the cost of the bridge"): two companies' revenues, two
 * candidates' shares, two things' costs are two properties, however alike the rest of their words.
 */
export function holdersDiffer(a: Side, b: Side): boolean {
  return a.holderKind === b.holderKind && noneShared(a.holder, b.holder);
}

/** Both are amounts of periods that are not one ("in December" against "in 2026", "by 2030" against "last year"). */
export function periodApart(a: Side, b: Side): boolean {
  return endsDiffer(a.periodFrom, a.periodTo, b.periodFrom, b.periodTo);
}

/**
 * Both are dates or stretches of time whose own clauses name two happenings (property.ts
 * happeningOf: "declared an outbreak on" against "reopened on", "signed" against "began"): two
 * classes of event, or two verbs of one language (a verb is compared with verbs of its own
 * language only). Asked by the verdict only (trust.ts): as a grouping rule or a pair feature it
 * cost the held-out stories (docs/measurements.md).
 */
export function happeningsDiffer(a: Side, b: Side): boolean {
  const ah = a.happening, bh = b.happening;
  return !!ah && !!bh && ah !== bh && (a.lang === b.lang || (!a.happenWord && !b.happenWord));
}

/** Never one fact, whatever their words: amounts of two periods, or a count of change against a level. */
export function neverOneFact(a: Side, b: Side): boolean {
  return periodApart(a, b) || changeAgainstLevel(a, b);
}

/** Both name something and nothing named is the same. */
function noneShared(a: readonly number[], b: readonly number[]): boolean {
  if (!a.length || !b.length) return false;
  for (const p of a) if (b.includes(p)) return false;
  return true;
}
