/**
 * Where a figure was measured: the places its sentence names ("from the right bank", "in the
 * north"), pooled over the sentences of its report that restate it, and the point a distance is
 * measured from ("30 km east of the city").
 * @module
 */
import type { Mention } from "../types.js";
import type { ReconcileLocale } from "./locale.js";
import { DEMONYM, DETERMINER } from "./heads.js";
import { windowOf } from "./window.js";
import { STOP, type Toks } from "./words.js";
import { bitsOf, firstAlike, Ids, mix, printsAlike } from "./alike.js";

export const NO_PLACES: readonly string[] = [];

/** Two figures of one value: a report restating it ("risen to 18" … "climbed to 18") gives it again. */
const restates = (a: Mention, b: Mention) =>
  a.kind === b.kind && a.unit === b.unit && printsAlike(a.low, b.low) && printsAlike(a.high, b.high) && a.date?.start === b.date?.start && a.date?.end === b.date?.end;

/**
 * The places of each (picked) figure, by its index in `sorted`: its own sentence's (placesAt), and
 * those of the report's other sentences that restate it, which speak of one reading.
 */
export function placesPooled(text: string, mentions: Mention[], sorted: number[], toks: Toks, locale: ReconcileLocale, pick?: ArrayLike<boolean>): Array<readonly string[] | undefined> {
  const out: Array<readonly string[] | undefined> = new Array(sorted.length);
  if (!locale.place) return out;
  // the figures of each value, values in the order first met (alike.ts: no key string per figure)
  const units = new Ids();
  const alike = firstAlike(
    sorted.length,
    (k) => mix(bitsOf(mentions[sorted[k]].low), units.of(mentions[sorted[k]].unit)),
    (x, y) => restates(mentions[sorted[x]], mentions[sorted[y]]),
  );
  const same: number[][] = [], listOf = new Int32Array(sorted.length);
  for (let k = 0; k < sorted.length; k++)
    if (alike[k] === k) (listOf[k] = same.length), same.push([k]);
    else same[listOf[alike[k]]].push(k);
  const own: Array<readonly string[] | undefined> = new Array(sorted.length);
  const ownOf = (k: number) => (own[k] ??= placesAt(text, mentions, sorted, k, toks, locale.place!));
  for (const ks of same) {
    if (pick && !ks.some((k) => pick[sorted[k]])) continue;
    let pooled: string[] | null = null;
    for (const k of ks) for (const p of ownOf(k)) if (!(pooled ??= []).includes(p)) pooled.push(p);
    for (const k of ks) out[k] = pooled ?? NO_PLACES;
  }
  return out;
}

/** The places the `k`th figure's own sentence names (placesOf), in its window. */
function placesAt(text: string, mentions: Mention[], sorted: number[], k: number, toks: Toks, cue: NonNullable<ReconcileLocale["place"]>): readonly string[] {
  const m = mentions[sorted[k]];
  const { w0, w1, lo, end } = windowOf(text, m, toks);
  // the nearest other figure on each side, dates left out: a date has no place of its own to
  // take a phrase from ("said on June 8 that the level in X")
  let pb = -Infinity, pa = Infinity;
  for (let j = k - 1; j >= 0 && mentions[sorted[j]].end > w0; j--) {
    const o = mentions[sorted[j]];
    if (o.kind !== "date" && o.end <= m.start && o.start > pb) pb = o.start;
  }
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start < w1; j++) {
    const o = mentions[sorted[j]];
    if (o.kind !== "date" && o.start >= m.end && o.end < pa) pa = o.end;
  }
  return placesOf(text, toks, lo, end, m, pb, pa, cue);
}

/** How many words of a distance's point are read ("the waterway's southern entrance"). */
const REFERENCE_WORDS = 4;

/**
 * For a distance, the point its text measures it from: the words after "east of", "from" ("30 km
 * east of the city of Kherson": city, kherso), each cut to its first five letters (a possessive's
 * mark dropped; kinds of place, "city", left out), up to a comma or a word that closes the phrase. Two distances from two points
 * ("160 km north of the dam", "30 km east of the city") are two properties.
 */
export function referenceOf(text: string, m: Mention, sent: readonly [number, number], cue: ReconcileLocale["reference"], kind: ReconcileLocale["place"]): readonly string[] {
  if (!cue || m.kind !== "quantity" || m.unit !== "m") return NO_PLACES;
  const after = text.slice(m.end, Math.min(sent[1], m.end + 80));
  const open = cue.open.exec(after);
  if (!open) return NO_PLACES;
  let out: string[] | null = null;
  let n = 0;
  for (const w of after.slice(open[0].length).split(/\s+/)) {
    const word = w.replace(/[,.;:!?)"”]+$/, "");
    const lw = word.toLowerCase().replace(/['’]s?$/, "");
    if (!lw || cue.close.test(lw) || !/^[\p{L}-]+$/u.test(lw) || ++n > REFERENCE_WORDS) break;
    // a kind of place ("the coastal city") may be any city of the story: only a name tells two points apart
    if (lw.length >= 3 && !STOP.has(lw) && !kind?.noun.test(lw) && !kind?.side.test(lw)) (out ??= []).push(lw.slice(0, 5));
    // a mark after the word ends the phrase ("east of Kherson, the regional capital")
    if (word !== w) break;
  }
  return out ?? NO_PLACES;
}

/** How many words a place phrase runs on after its preposition ("from both the Russian and Ukrainian-controlled sides"). */
const PLACE_WORDS = 7;

/**
 * The places the figure's sentence says it was measured at: the names (and "right bank", "north"
 * kinds of side) in phrases opened by a place preposition, words [from, to) of the report's, none
 * beyond the nearest other figure (there a phrase belongs to that figure). Keys are a name's first
 * five letters, its part before a hyphen ("Russian-held", "Russia" alike), so spellings of one
 * place that differ in the ending still meet.
 */
function placesOf(text: string, toks: Toks, from: number, to: number, m: Mention, nearBefore: number, nearAfter: number, cue: NonNullable<ReconcileLocale["place"]>): readonly string[] {
  let out: string[] | null = null;
  for (let idx = from; idx < to; idx++) {
    if (toks.e[idx] <= nearBefore || toks.s[idx] >= nearAfter) continue;
    if (toks.s[idx] >= m.start && toks.e[idx] <= m.end) continue;
    if (!cue.preposition.test(toks.lw[idx])) continue;
    for (let j = idx + 1, n = 0; j < to && n < PLACE_WORDS; j++, n++) {
      // a phrase runs over blanks only (a bracket around an editor's insertion too); a figure or a comma ends it
      if (!/^[\s[\]]*$/.test(text.slice(toks.e[j - 1], toks.s[j]))) break;
      if (toks.s[j] < m.end && toks.e[j] > m.start) break;
      const lw = toks.lw[j];
      const base = lw.split("-")[0].replace(/['’]s?$/, "");
      if (cue.noun.test(lw)) {
        const prev = toks.lw[j - 1];
        if (j - 1 > idx && cue.side.test(prev) && text[toks.s[j - 1]] === prev[0]) out = putOnce(out, `${prev} ${lw.replace(/s$/, "")}`);
        continue;
      }
      if (text[toks.s[j]] !== lw[0]) {
        // "on his Telegram channel", "in their Facebook post": a name after a possessive is someone's thing, not a place
        if (j - 1 > idx && cue.possessive.test(toks.lw[j - 1])) break;
        // "on Asian markets", "in Maltese waters": a demonym right before a common noun that is no
        // kind of place qualifies that noun, and the noun is no place a figure is measured at
        if (qualifiesThing(text, toks, j, to, cue) && (DEMONYM.test(lw) || demonymOfNamed(text, toks, j))) continue;
        if (base.length >= 3 && !STOP.has(base)) out = putOnce(out, base.slice(0, 5));
        continue;
      }
      // determiners and sides run on to the noun ("both the", "the right", "government-held")
      if (DETERMINER.test(lw) || cue.runOn.test(lw) || cue.side.test(base) || cue.side.test(lw.split("-").pop() ?? "")) continue;
      break;
    }
  }
  return out ?? NO_PLACES;
}

/**
 * Whether the name at word `j` is the demonym of a place the text names: the place's name and an
 * "n" ("Kenyan" beside "Kenya", "Cuban" beside "Cuba"), the way a demonym in "-an" is formed from
 * a name in "-a", whatever the name (DEMONYM knows only the endings of real ones). "Michigan" or
 * "Wuhan" has no such place beside it. Each name is searched for once per text (namedIn).
 */
function demonymOfNamed(text: string, toks: Toks, j: number): boolean {
  const w = text.slice(toks.s[j], toks.e[j]);
  if (w.length < 5 || !IN_AN.test(w)) return false;
  const name = w.slice(0, -1);
  if (named.text !== text) (named.text = text), named.found.clear();
  let found = named.found.get(name);
  if (found === undefined) named.found.set(name, (found = namedIn(text, name)));
  return found;
}

/** The text last searched and, for each name searched in it, whether it stands there as a word of its own. */
const named = { text: "", found: new Map<string, boolean>() };

/** Whether `name` stands in `text` as a word of its own, no letter glued either side. */
function namedIn(text: string, name: string): boolean {
  // a plain search, not a pattern built of each name: this runs for such a name near every figure
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // two code units either side: a letter may be a surrogate pair
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(at + name.length, at + name.length + 2))) return true;
  }
  return false;
}

const IN_AN = /^\p{Lu}\p{Ll}+an$/u, LETTER_BEFORE = /\p{L}$/u, LETTER_AFTER = /^\p{L}/u;

/**
 * Whether the name at word `j` qualifies the word right after it, a common noun that names no
 * kind of place nor a side ("Asian markets", "Maltese waters", not "Kherson region", "Libya's
 * east", "Kherson on Tuesday"): lower-cased where the name is capitalised, joined by a blank,
 * letters only, not a quiet word.
 */
function qualifiesThing(text: string, toks: Toks, j: number, to: number, cue: NonNullable<ReconcileLocale["place"]>): boolean {
  const k = j + 1;
  if (k >= to || !/^[ \t]+$/.test(text.slice(toks.e[j], toks.s[k]))) return false;
  const lw = toks.lw[k];
  return text[toks.s[k]] === lw[0] && /^\p{Ll}{3,}$/u.test(lw) && !STOP.has(lw) && !cue.noun.test(lw) && !cue.side.test(lw) && !DETERMINER.test(lw);
}

/** `k` added to list `out` (made when null) unless it holds it already. */
function putOnce(out: string[] | null, k: string): string[] {
  const list = out ?? [];
  if (!list.includes(k)) list.push(k);
  return list;
}
