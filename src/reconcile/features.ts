/**
 * What a mention is about, as numbers: a weighted bag of the content words around it (nearer
 * words weigh more, words that sit by another figure weigh less), measure/event cue classes,
 * and its scope ("including", "total" against "itself", "first phase"). Made here, figure by
 * figure (reportFeatures), from readings that each live in a file of their own: a report's words,
 * stems and cue classes (words.ts), the nouns that may name the thing measured (heads.ts), what a
 * count counts (counted.ts), a figure's sentence window (window.ts), the places it was measured
 * at (places.ts), what its own clause says of it (own-clause.ts), whole and part (shares.ts).
 * @module
 */
import type { Mention } from "../types.js";
import { localeFor, NEVER, type ReconcileLocale } from "./locale.js";
import { BagStore } from "./bags.js";
import { byStart } from "./arrays.js";
import { Draft, Pool, type Weighted, weightedOf, type WordWeights } from "./weighted.js";
import { cuesFor, outputBefore, STOP, stem, stemCached, tokenize, tooShort, type Toks, WORDS, type CuesOf } from "./words.js";
import { EVENT_PARTICIPLE, inAdjunct, isModifier, nounLike, nounNext, verbAfter } from "./heads.js";
import { countedOf } from "./counted.js";
import { windowOf } from "./window.js";
import { NO_PLACES, placesPooled, referenceOf } from "./places.js";
import { changeOf, clauseEvent, clauseMeasure, maybeOf } from "./own-clause.js";
import { breakdown, scopeOf, subPeriod, wholeOf } from "./shares.js";

export type Scope = "whole" | "part" | null;

export interface Features {
  /** its bag (token → raw weight, before idf): its number in the run's Bags */
  bag: number;
  /** the bag's cue classes ("#cost", "#per-day") and their weights, in the bag's order */
  cues: WordWeights;
  scope: Scope;
  /** its scope cue names a share of a larger whole ("the first phase", "of which"), not the thing without extras ("itself") */
  share?: boolean;
  /** the figure is set against another in its clause ("below the $14bn quoted by…", "rather than") */
  contrast: boolean;
  /** the text says the figure moves ("the toll rises to", "now", "so far"): a running figure */
  moving: boolean;
  /** sentence text around the figure, lowercase, for revision words */
  readonly window: string;
  /** candidate names of the thing measured ("bridge", "road bridge") near the figure, by weight, for the fact's label */
  words: WordWeights;
  /** for counts: participles right by the figure that say what happened to the things counted ("displaced") */
  participles?: WordWeights;
  /** for dates: the event its own clause names, nearest first ("construction began in 2019": "#start"; "said on Tuesday": "#say") */
  event?: string | null;
  /** its clause says what may happen, not what did ("the weir could lower the lake by 3 metres") */
  maybe?: boolean;
  /** for counts: the thing counted, one English noun whatever the report's language (countedOf) */
  counted?: string | null;
  /** the places its sentence says it was measured at ("from the right bank", "in the north"), as short keys; empty when none */
  places?: readonly string[];
  /** what kind of change it is, when it is one and not a level (changeOf): "change", "points", "offset" */
  change?: Change;
  /** for a distance: the point it is measured from, as short keys of its words (referenceOf); empty when none */
  reference?: readonly string[];
  /** the measure its own clause names, nearest word first ("[82] injured", "사망자는 [151명]"): a class of measures.ts, or null (clauseMeasure) */
  measure?: string | null;
}

/** Features with the window text made only when asked (verdicts read it for a few members). */
class Feat implements Features {
  constructor(
    readonly bag: number,
    readonly cues: Weighted,
    readonly scope: Scope,
    readonly share: boolean,
    readonly contrast: boolean,
    readonly moving: boolean,
    readonly words: Weighted,
    readonly participles: Weighted | undefined,
    readonly event: string | null,
    readonly maybe: boolean,
    readonly counted: string | null,
    readonly places: readonly string[],
    readonly change: Change,
    readonly reference: readonly string[],
    readonly measure: string | null,
    private readonly text: string,
    private readonly w0: number,
    private readonly w1: number,
  ) {}
  get window(): string {
    return this.text.slice(this.w0, this.w1).toLowerCase();
  }

  /** Its fields as plain data, but the bag and its cues (stored.ts writes the bag beside them). */
  stored(): StoredFeat {
    const pairs = (m: Weighted | undefined) => (m ? m.flat() : null);
    return [this.scope, this.share, this.contrast, this.moving, pairs(this.words)!, pairs(this.participles), this.event, this.maybe, this.counted, this.places, this.change, this.reference, this.measure, this.w0, this.w1];
  }
}

/** A figure's features but its bag, as `Feat.stored` gives them (maps as flat key, value lists). */
export type StoredFeat = [
  scope: Scope,
  share: boolean,
  contrast: boolean,
  moving: boolean,
  words: Array<string | number>,
  participles: Array<string | number> | null,
  event: string | null,
  maybe: boolean,
  counted: string | null,
  places: readonly string[],
  change: Change,
  reference: readonly string[],
  measure: string | null,
  w0: number,
  w1: number,
];

/** The fields of a stored figure, as `Feat.stored` gives them, made into what it was stored from. */
export function featuresOf(d: StoredFeat, bag: number, bags: Bags, text: string, pool: Pool): Features {
  const places = d[9].length ? d[9] : NO_PLACES, reference = d[11].length ? d[11] : NO_PLACES;
  return new Feat(bag, bags.cuesOf(bag, pool), d[0], d[1], d[2], d[3], weightedOf(d[4], pool), d[5] ? weightedOf(d[5], pool) : undefined, d[6], d[7], d[8], places, d[10], reference, d[12], text, d[13], d[14]);
}

/** The figure's features as plain data (`featuresOf` makes them again), or null for features not made here. */
export const storedFeat = (f: Features): StoredFeat | null => (f instanceof Feat ? f.stored() : null);

/** Kinds of figure that are a change, not a level: an amount moved, a share moved in points, a stretch of time before or after a moment. */
export type Change = "change" | "points" | "offset" | null;

/** token distance at which a word's weight halves */
const DECAY = 4;

/**
 * The word bags of one run, numbered: each key (a stem, a cue class "#cost", a counted noun
 * "=person") gets a number, and every bag lies end to end in typed arrays (bag b holds
 * [from[b], to[b]), keys in the order first added, weights summed as added). No Map per
 * figure: tens of thousands of figures made that many Maps, most of a first reconcile's garbage.
 */
/**
 * A figure's words, participles and cue classes are set here, then laid into its report's pool
 * (weighted.ts): reused from figure to figure, as figures are made one at a time.
 */
const WORD_DRAFT = new Draft(), PARTICIPLE_DRAFT = new Draft(), CUE_DRAFT = new Draft();

export class Bags extends BagStore {
  /** Per key number: 1 for a cue class ("#…"), which weighs more than a plain word. */
  cueMarks(): Uint8Array {
    const names = this.names();
    const out = new Uint8Array(names.length);
    names.forEach((k, id) => (out[id] = k.charCodeAt(0) === 35 /* # */ ? 1 : 0));
    return out;
  }

  /** The cue classes ("#…") of bag `b` and their weights, in the bag's order. */
  cuesOf(b: number, pool: Pool): Weighted {
    const names = this.names();
    CUE_DRAFT.clear();
    for (let j = this.from[b]; j < this.to[b]; j++) {
      const k = names[this.keys[j]];
      if (k.charCodeAt(0) === 35 /* # */) CUE_DRAFT.set(k, this.w[j]);
    }
    return CUE_DRAFT.done(pool);
  }
}


/**
 * Features of every mention of one report. `mentions` must all belong to `text`.
 * Linear in the text plus mentions (each mention looks at a bounded window of its sentence).
 * `pick`: only the mentions it marks get features (the others still bound their neighbours' words).
 */
export function reportFeatures(text: string, mentions: Mention[], language?: string | null, bags: Bags = new Bags(), pick?: ArrayLike<boolean>): Features[] {
  const locale = localeFor(language);
  const cuesOf = cuesFor(locale.cues);
  // mention indices by start (a stable sort: ties keep their order)
  const sorted = byStart(mentions);
  const out: Features[] = new Array(mentions.length);
  if (!sorted.length) return out;
  // the report's words, tokenized once: each figure's window is cut from them
  const all = tokenize(text, WORDS, locale.ending);
  // the other figures of a window as start, end pairs laid flat (the first `no` pairs), reused from figure to figure
  const others: number[] = [];
  const places = placesPooled(text, mentions, sorted, all, locale, pick);
  // the figures' words, end to end (weighted.ts)
  const pool = new Pool();
  for (let k = 0; k < sorted.length; k++) if (!pick || pick[sorted[k]]) out[sorted[k]] = figureFeatures(text, mentions, sorted, k, all, others, cuesOf, bags, locale, places[k] ?? NO_PLACES, pool);
  pool.trim();
  return out;
}

/**
 * Features of the `k`th figure of a report (`sorted`: its mentions' indices by start; `toks` the report's words). A
 * function of its own, not the body of reportFeatures' loop: the engine optimizes a small hot
 * function early, and a first reconcile spent most of its feature time waiting for the whole.
 */
function figureFeatures(text: string, mentions: Mention[], sorted: number[], k: number, toks: Toks, others: number[], cuesOf: CuesOf, bags: Bags, locale: ReconcileLocale, places: readonly string[], pool: Pool): Features {
  const m = mentions[sorted[k]];
  const { sent, w0, w1, lo, end: last } = windowOf(text, m, toks);
  // other figures in this window, in text order: words inside them or beyond them belong to them more than to us
  let first = k, no = 0;
  while (first > 0 && mentions[sorted[first - 1]].end > w0) first--;
  for (let j = first; j < k; j++) (others[2 * no] = mentions[sorted[j]].start), (others[2 * no + 1] = mentions[sorted[j]].end), no++;
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start < w1; j++) (others[2 * no] = mentions[sorted[j]].start), (others[2 * no + 1] = mentions[sorted[j]].end), no++;
  // the nearest other figure on each side: a word farther out than it is "beyond" it
  let nearBefore = -Infinity, nearAfter = Infinity;
  for (let q = 0; q < no; q++) {
    const s0 = others[2 * q], e0 = others[2 * q + 1];
    if (e0 <= m.start && s0 > nearBefore) nearBefore = s0;
    if (s0 >= m.end && e0 < nearAfter) nearAfter = e0;
  }
  const bag = bags.open();
  const output = locale.output, bound = locale.bound, compass = locale.compass;
  const words = WORD_DRAFT, participles = m.kind === "count" ? PARTICIPLE_DRAFT : undefined;
  words.clear();
  participles?.clear();
  // the window's words, cut from the report's words (tokenized once per report)
  const ts = toks.s, te = toks.e, tl = toks.lw;
  // the window is words [lo, last) of the report's
  const at0 = lo;
  let at = lo;
  while (at < last && te[at] <= m.start) at++;
  let oi = 0;
  for (let idx = lo; idx < last; idx++) {
    const s = ts[idx], e = te[idx];
    // a word begun inside the figure is its counter with the grammar after it ("12명으로")
    const inside = s >= m.start && s < m.end;
    // inside the figure only a counted noun tells what it is about ("troops"); "metres" or "million" do not
    if (inside && m.kind !== "count") continue;
    while (oi < no && others[2 * oi + 1] <= s) oi++;
    if (!inside && oi < no && s >= others[2 * oi] && s < others[2 * oi + 1]) continue;
    const lw = tl[idx];
    const d = inside ? 0 : idx < at ? at - idx : Math.max(1, idx - at - (at < last && te[at] <= m.end ? 1 : 0));
    let w = 1 / (1 + d / DECAY);
    if (!inside && (e <= nearBefore || s >= nearAfter)) w *= 0.4;
    // the counted noun itself ("troops") names the thing, not the measure or event
    // cue classes and stem are worked out once per word of the report, not once per window
    const cues = (toks.cues[idx] ??= cuesOf(lw));
    // "no earlier than": a bound on the figure, not an earlier figure
    if (!inside && cues.length && !(bound && idx > at0 && bound.word.test(lw) && bound.before.test(tl[idx - 1])))
      for (let c = 0; c < cues.length; c++) bags.add(bags.id(cues[c] === "#start" && outputBefore(text, toks, idx, at0, locale.output) ? "#complete" : cues[c]), w);
    // "north of", "west of": a distance; "North Korea" is not
    if (compass && idx + 1 < last && compass.of.test(tl[idx + 1]) && compass.word.test(lw)) bags.add(bags.id("#distance"), w);
    // "first gas", "first oil", "first power": a project's first output is its completion milestone
    if (output && !inside && idx + 1 < last && output.first.test(lw) && output.what.test(tl[idx + 1])) bags.add(bags.id("#complete"), w);
    if (toks.st[idx] === -2) toks.st[idx] = STOP.has(lw) || tooShort(lw) ? -1 : bags.id(stemCached(lw));
    if (toks.st[idx] < 0) continue;
    bags.add(toks.st[idx], w);
    if (participles && !inside && d <= 3 && EVENT_PARTICIPLE.test(lw)) participles.set(lw, Math.max(participles.get(lw) ?? 0, w));
    // (an agreement's own noun names the thing signed: "the defence treaty")
    if (!inside && d <= 10) {
      // a common noun near the figure, alone and with the word right before it ("road bridge");
      // worked out once per word of the report, as windows overlap
      if (toks.head[idx] < 0) readHead(text, toks, idx, cuesOf);
      if (toks.head[idx] === 1) {
        // a noun in a place or time adjunct ("on both banks", "from the capital") is rarely the thing measured
        if (toks.adjunct[idx]) w *= 0.3;
        if ((words.get(lw) ?? 0) < w) words.set(lw, w);
        const bi = toks.bi[idx];
        // the modifier must be in the window and not inside the figure ("1,200-megawatt plant")
        if (bi && idx > at0 && !(ts[idx - 1] < m.end && te[idx - 1] > m.start) && (words.get(bi) ?? 0) < w) words.set(bi, w);
      }
    }
  }
  return rest(text, mentions, sorted, k, toks, others, no, cuesOf, bags, locale, places, pool, m, sent, w0, w1, at0, last, at, bag, words, participles);
}

/**
 * Whether word `idx` of a report (`toks`) is a common noun that may name a thing, alone and with
 * the word right before it ("road bridge"), and whether it stands in a place or time adjunct:
 * read once per word of the report (windows overlap), into `toks`. A function of its own, not a
 * block of figureFeatures' loop: it runs once per word, the loop once per word of each window,
 * and inlined there it made the loop's optimized code larger and slower to make.
 */
function readHead(text: string, toks: Toks, idx: number, cuesOf: CuesOf): void {
  const s = toks.s[idx], te = toks.e, tl = toks.lw, lw = tl[idx];
  const head = nounLike(text, toks, idx, cuesOf) && !verbAfter(text, toks, idx) && !nounNext(text, toks, idx, cuesOf);
  toks.head[idx] = head ? 1 : 0;
  const p = head && idx > 0 ? idx - 1 : -1;
  toks.bi[idx] = p >= 0 && te[p] >= s - 1 && /^[\s-]?$/.test(text.slice(te[p], s)) && isModifier(toks, p, cuesOf) ? `${tl[p]} ${lw}` : null;
  toks.adjunct[idx] = head && inAdjunct(text, toks, idx) ? 1 : 0;
}

/**
 * The rest of a figure's features, after the words of its window (figureFeatures): what its
 * clause, sentence and neighbours say of it. A function of its own: figureFeatures was one
 * function the engine took ~1 s (at load ~20) to optimize, running its window loop unoptimized
 * meanwhile through most of a cold run's figures.
 */
function rest(
  text: string, mentions: Mention[], sorted: number[], k: number, toks: Toks, others: number[], no: number, cuesOf: CuesOf, bags: Bags, locale: ReconcileLocale,
  places: readonly string[], pool: Pool, m: Mention, sent: [number, number], w0: number, w1: number, at0: number, last: number, at: number, bag: number, words: Draft, participles: Draft | undefined,
): Features {
  const ts = toks.s, tl = toks.lw;
  if (m.kind === "percent") wholeOf(text, toks, at0, last, m, locale.whole, words);
  const counted = countedOf(text, m, locale, cuesOf);
  if (counted) bags.add(bags.id("=" + stem(counted)), 0.5);
  if (m.per) bags.add(bags.id("#per-" + m.per), 0.7);
  // a sum written before a noun ("a $3bn port") gives that thing's cost or value; a quiet word
  // after it ("$3bn to build", "$40 a head", "per") is no such noun
  if (m.kind === "money") {
    let nx = at0;
    while (nx < last && ts[nx] < m.end) nx++;
    if (nx < last && /^[\s-]{0,2}$/.test(text.slice(m.end, ts[nx])) && !STOP.has(tl[nx])) bags.add(bags.id("#cost"), 0.8);
  }
  const near = text.slice(Math.max(w0, m.start - 60), Math.min(w1, m.end + 60));
  const event = m.kind === "date" ? clauseEvent(text, toks, at0, last, at, m, cuesOf, locale) : null;
  const may = maybeOf(text, toks, at0, at, m, locale);
  const { scope, share: part } = scopeOf(text, m, w0, w1, others, no, locale.scope);
  const share = part || breakdown(text, mentions, sorted, k) || subPeriod(text, mentions, sorted, k, locale.period);
  return new Feat(bag, bags.cuesOf(bag, pool), scope, share, (locale.contrast?.near ?? NEVER).test(near), (locale.moving ?? NEVER).test(near), words.done(pool), participles?.done(pool), event, may, counted, places, changeOf(text, m, sent, locale.change), referenceOf(text, m, sent, locale.reference, locale.place), clauseMeasure(text, toks, at0, last, at, m, others, no, cuesOf, locale), text, w0, w1);
}
