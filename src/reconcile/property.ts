/**
 * The property a figure is about (types.ts Property), read off its features: the thing (the
 * heaviest head noun near it, or the report's main thing when the figure's own words name none:
 * "it", "the crossing"), the attribute (the heaviest measure cue), the event for dates, scope
 * and rate. Pure reading: the learned similarity (pairs.ts) compares these part by part.
 * @module
 */
import type { Property } from "../types.js";
import type { Item } from "./similarity.js";
import type { Change } from "./features.js";
import { memoized } from "./memo.js";
import { measuresKind } from "./measures.js";
import type { WordWeights } from "./weighted.js";
import { EVENT_CUES, eventWord, SAID_EVENT } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { stemCached } from "./words.js";

/** Cue classes that name what a date marks. */
const EVENTS = new Set(["#complete", "#start", "#agree", "#strike", "#deploy", "#casualty", "#original", "#change"]);

/** The heaviest key passing `keep` (ties: alphabetical). */
function heaviest(m: WordWeights, keep: (k: string, w: number) => boolean): string | null {
  let best: string | null = null, bw = 0;
  m.forEach((w, k) => {
    if (keep(k, w) && (w > bw || (w === bw && best !== null && k < best!))) (best = k), (bw = w);
  });
  return best;
}

/** A capitalised word (one pattern for all figures; its lastIndex is set before each search). */
const NAME = /\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;

/** How far past the window a word that starts in it is read (a longer one is no name). */
const NAME_LONGEST = 100;

/**
 * The name written nearest the figure in its sentence ("Cosco holds 60%, Volcan 40%"): a
 * capitalised word that does not open the sentence, lower-cased; null when none is near.
 */
function nearestName(it: Item): string | null {
  const text = it.text ?? "";
  const [s0, s1] = it.m.sentence ?? [Math.max(0, it.m.start - 80), Math.min(text.length, it.m.end + 80)];
  const lo = Math.max(0, s0, it.m.start - 60), hi = Math.min(s1, it.m.end + 60);
  // read in the window only (a word that starts in it read whole, up to NAME_LONGEST past its
  // end): a search from lo over the whole text runs to the next capital, the text's end where it
  // writes none (a script with no capitals), once per figure
  const near = text.slice(lo, Math.min(text.length, hi + NAME_LONGEST));
  const re = NAME;
  re.lastIndex = 0;
  let best: string | null = null, bestD = Infinity;
  for (let r = re.exec(near); r && r.index + lo < hi; r = re.exec(near)) {
    const at = r.index + lo, end = at + r[0].length;
    // words come in text order: past the figure each lies farther than the one before, so none
    // after this one can be nearer than the nearest found (no search past it, often to the text's end)
    if (at >= it.m.end && at - it.m.end >= bestD) break;
    if (at === s0 || (at > it.m.start - 1 && end <= it.m.end + 1)) continue;
    const d = end <= it.m.start ? it.m.start - end : at - it.m.end;
    // the distance first: a word no nearer needs no look at what opens its sentence
    if (!(d >= 0 && d < bestD)) continue;
    // a word right after a sentence mark opens its sentence
    if (/[.!?]\s*$/.test(text.slice(Math.max(s0, at - 3), at))) continue;
    (best = r[0].toLowerCase()), (bestD = d);
  }
  return best;
}

export interface Prop extends Property {
  /** the name written nearest the figure, lower-cased */
  name: string | null;
  /**
   * the words near the figure that may name its thing, with their weights (features.ts `words`,
   * the figure's own map, not a copy): its heads are those `isHead` takes (pairs.ts overlaps them)
   */
  words: WordWeights;
  /** its cue classes with their weights (features.ts `cues`, not a copy): its measure cues are those `isMeasure` takes */
  cueWeights: WordWeights;
  /** its scope is a share of a larger whole (shares.ts scopeOf) */
  share: boolean;
  /** the places its sentence names for it (places.ts placesOf) */
  places: readonly string[];
  /** it is a change, not a level, and of which kind (own-clause.ts changeOf) */
  change: Change;
  /** for a distance: the point it is measured from (places.ts referenceOf) */
  reference: readonly string[];
  /** the measure its own clause names (own-clause.ts clauseMeasure), or null */
  measure: string | null;
  /** for a date or a stretch of time: the happening it is of (happeningOf), or null */
  happening: string | null;
}

/**
 * The happening a date or a stretch of time is of, as one key: the event class its own clause
 * names (own-clause.ts clauseEvent, or the class of its clause's verb), the same in every
 * language; else that verb's stem, with the report's language before it ("en:reopen"): a word
 * compares with words of its own language only. Null when its clause names none.
 */
export function happeningOf(it: Item): string | null {
  const kind = it.m.kind;
  if (kind !== "date" && kind !== "duration") return null;
  if (kind === "date" && it.f.event) return it.f.event;
  const locale = localeFor(it.lang);
  const w = eventWord(it.text ?? "", it.m, locale);
  if (!w) return null;
  if (locale.said?.test(w)) return SAID_EVENT;
  for (const [re, c] of locale.cues ?? []) if (EVENT_CUES.has(c) && re.test(w)) return c;
  return `${it.lang ?? ""}:${stemCached(w)}`;
}

/** A word near the figure heavy enough to be one of its heads. */
export const isHead = (_k: string, w: number) => w >= 0.25;
/** A cue class that names a measure (a rate, "#per-day", is the figure's `per`). */
export const isMeasure = (k: string) => !k.startsWith("#per-");
const oneWord = (k: string, w: number) => isHead(k, w) && !k.includes(" ");

/** A cue class that can be the attribute of a figure of this kind (measures.ts). */
const measures = (k: string, kind: string) => isMeasure(k) && measuresKind(k, kind);
/** The attribute filter of a kind of figure, made once per kind. */
const filterFor = memoized((kind) => (kind === "date" ? (k: string) => measures(k, kind) && !EVENTS.has(k) : (k: string) => measures(k, kind)));
const any = () => true;

/** The map `addWord` sums a figure's one-word names into (mainThings). */
let summing: Map<string, number> | null = null;
const addWord = (w: number, k: string) => k.includes(" ") || summing!.set(k, (summing!.get(k) ?? 0) + w);

/** Each report's most named thing (by report index), the stand-in for "it", read off every figure of it in `items`. */
export function mainThings(items: Item[], skip?: ReadonlyMap<number, string | null>): Map<number, string | null> {
  const main = new Map<number, Map<string, number>>();
  // indexed, and one callback for every figure (not an iterator step and a closure per figure: this runs once, unoptimized)
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (skip?.has(it.report)) continue;
    let m = main.get(it.report);
    if (!m) main.set(it.report, (m = new Map()));
    summing = m;
    it.f.words.forEach(addWord);
  }
  summing = null;
  const mainThing = new Map<number, string | null>(skip);
  main.forEach((m, r) => mainThing.set(r, heaviest(m, any)));
  return mainThing;
}

/**
 * Property of each item. `known`: the main things (`mainThings`) of reports of which `items` hold
 * only some figures (an update reads a few figures of a report, and keeps each report's main thing).
 */
export function propertiesOf(items: Item[], known?: ReadonlyMap<number, string | null>): Prop[] {
  const mainThing = mainThings(items, known);
  // read off the figure's own maps through the filters, not copies of them: two maps a figure
  // made ~70,000 long-lived maps at 2,000 reports
  return items.map((it) => {
    const thing = heaviest(it.f.words, oneWord);
    const attr = heaviest(it.f.cues, filterFor(it.m.kind));
    // a date's event is the one its own clause names (own-clause.ts clauseEvent), not any event word nearby
    const event = it.m.kind === "date" ? (it.f.event ?? null) : null;
    return {
      thing: thing ?? mainThing.get(it.report) ?? null,
      attribute: attr ? attr.slice(1) : null,
      scope: it.f.scope,
      per: it.m.per ?? null,
      event: event ? event.slice(1) : null,
      words: it.f.words,
      cueWeights: it.f.cues,
      name: nearestName(it),
      share: !!it.f.share,
      places: it.f.places ?? [],
      change: it.f.change ?? null,
      reference: it.f.reference ?? [],
      measure: it.f.measure ?? null,
      happening: happeningOf(it),
    };
  });
}
