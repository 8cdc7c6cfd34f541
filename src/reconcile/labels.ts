/**
 * The label of a figure in any language: the few words of its clause right before it and right
 * after it ("сошёл с рельсов [12] вагонов", "사망자는 [154명]", "中重伤[33名]", "the bridge spans
 * [850 m] in length"), as character n-grams. Word features (features.ts) read English words;
 * n-grams need no vocabulary, so "사망자는" and "사망자가" (one noun, two particles) or
 * "моста" and "мост" (one noun, two cases) still share most of their grams. Compared by
 * cosine over idf weights (pairs.ts), the model learns how much a shared label counts.
 * @module
 */
import type { Mention } from "../types.js";
import { BagStore } from "./bags.js";
import { byStart, mapped } from "./arrays.js";

/** How far a label reaches from its figure, in characters. */
const REACH = 40;
/** Char distance at which a gram's weight halves (25 beat 5 and 12 on the LOCO eval: a label is more than its nearest word). */
const DECAY = 25;

/** Marks that end a clause: a label never reaches past them. */
const CLAUSE = /[.;:!?,()[\]{}"“”«»„。、，；：！？（）「」『』【】·•|\n]/u;

/** Scripts written without spaces between words: their grams are pairs of characters. */
const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A word is a run of letters and marks (`[\p{L}\p{M}]+`), found by code units below. */
const LETTER = /^[\p{L}\p{M}]$/u;

/** Per UTF-16 code unit, whether LETTER matches it alone: 0 not yet asked, 1 yes, 2 no. */
const letterUnits = new Uint8Array(65536);

/** How many code units the letter or mark at `i` takes (1, or 2 for a surrogate pair), or 0 when there is none. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  if (!letterUnits[c]) letterUnits[c] = LETTER.test(s[i]) ? 1 : 2;
  return letterUnits[c] === 1 ? 1 : 0;
}

/**
 * Gram numbers shared by every report of one reconcile: each gram ("<mo", ">st$") gets a number,
 * each word its grams' numbers, before and after, once (news words repeat across figures); a bag
 * is built in a scratch array indexed by gram number, not a Map of strings.
 */
export class Grams extends BagStore {
  private words = new Map<string, [number[], number[]]>();

  /** A word's grams' numbers, before and after the figure (made once per word). */
  of(word: string): [number[], number[]] {
    let v = this.words.get(word);
    if (v) return v;
    const gs: string[] = [];
    if (DENSE.test(word)) {
      if (word.length === 1) gs.push(word);
      for (let i = 0; i + 2 <= word.length; i++) gs.push(word.slice(i, i + 2));
    } else {
      // a padded word: its first and last trigrams carry its edges ("^mo", "st$")
      const p = `^${word}$`;
      if (p.length <= 4) gs.push(p);
      for (let i = 0; i + 3 <= p.length; i++) gs.push(p.slice(i, i + 3));
    }
    // by push, not map: the grams loop reads these, and meeting both kinds recompiled it (arrays.ts)
    v = [mapped(gs, (g) => this.id(`<${g}`)), mapped(gs, (g) => this.id(`>${g}`))];
    this.words.set(word, v);
    return v;
  }

  private listed = new Map<string, number[]>();

  /**
   * Label bags already made, by the stretch before the figure, then the one after it: a label's
   * grams and weights depend on those two strings alone (a word's weight on its distance from
   * the stretch's edge), and copies and reposts repeat a figure's clause word for word. Such
   * figures share the bag (vectorsOfKeys counts and weighs it once per figure all the same).
   */
  readonly made = new Map<string, Map<string, number>>();

  /**
   * The grams of a word as `labelBags` lists it ("<" or ">", then the word): those `of` gives on
   * that side. Kept by the listed key: a stored prep names each word so, and reading it back no
   * longer cuts every word out of its key.
   */
  side(key: string): number[] {
    let v = this.listed.get(key);
    if (!v) this.listed.set(key, (v = this.of(key.slice(1))[key.charCodeAt(0) === 62 /* > */ ? 1 : 0]));
    return v;
  }
}


const isDigit = (c: number) => c >= 48 && c <= 57;

/** Per UTF-16 code unit, whether DENSE matches it alone: 0 not yet asked, 1 yes, 2 no (a regex test per word was ~150,000 a cold reconcile). */
const denseUnits = new Uint8Array(65536);

/** Whether DENSE matches the code unit at `i` alone (`s[i]`: a surrogate alone never does). */
function denseAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (!denseUnits[c]) denseUnits[c] = DENSE.test(s[i]) ? 1 : 2;
  return denseUnits[c] === 1;
}

/**
 * Weighted grams of one stretch; `edge`: the figure's start (a stretch before it) or end (`after`),
 * from which a position's char distance is counted (a number, not a closure per figure).
 */
function grams(stretch: string, offset: number, edge: number, after: boolean, gr: Grams, words?: Array<string | number>): void {
  // each word as a regex over the stretch would find it, without a match object per word
  const n = stretch.length;
  for (let i = 0; i < n; ) {
    let k = letterAt(stretch, i);
    if (!k) {
      i++;
      continue;
    }
    let at = i;
    // digits glued to the word are part of it: "40대", "40代" (an age bracket), "20s" label the figure
    if (denseAt(stretch, i)) while (at > 0 && isDigit(stretch.charCodeAt(at - 1))) at--;
    while (k) {
      i += k;
      k = i < n ? letterAt(stretch, i) : 0;
    }
    const word = stretch.slice(at, i).toLowerCase();
    const mid = offset + at + word.length / 2;
    const weight = 1 / (1 + (after ? mid - edge : edge - mid) / DECAY);
    const gs = gr.of(word)[after ? 1 : 0];
    for (let q = 0; q < gs.length; q++) gr.keepMax(gs[q], weight);
    words?.push(after ? `>${word}` : `<${word}`, weight);
  }
}

/**
 * A label bag again from the words `labelBags` read for it (its `words` list: "<" or ">" and the
 * word, then its weight): the same grams put in the same order with the same weights.
 */
export function labelAgain(words: ReadonlyArray<string | number>, gr: Grams): number {
  const bag = gr.open();
  for (let i = 0; i < words.length; i += 2) {
    const gs = gr.side(words[i] as string), weight = words[i + 1] as number;
    for (let k = 0; k < gs.length; k++) gr.keepMax(gs[k], weight);
  }
  return bag;
}

/**
 * The label grams of each mention of one report, before ("<" keys) and after (">" keys) it.
 * `mentions` all belong to `text`; each looks at a bounded stretch, so this is linear. `pick`:
 * only the mentions it marks get a bag (the others -1; they still bound their neighbours' labels).
 */
export function labelBags(text: string, mentions: Mention[], gr: Grams, pick?: ArrayLike<boolean>, words?: Array<Array<string | number>>): Int32Array {
  const order = byStart(mentions);
  const out = new Int32Array(mentions.length).fill(-1);
  order.forEach((i, k) => {
    if (pick && !pick[i]) return;
    const m = mentions[i];
    const [s0, s1] = m.sentence && m.sentence[0] <= m.start && m.sentence[1] >= m.end ? m.sentence : [0, text.length];
    // not into the neighbouring figures: their words label them
    const prev = k > 0 ? Math.min(m.start, mentions[order[k - 1]].end) : 0;
    const next = k + 1 < order.length ? Math.max(m.end, mentions[order[k + 1]].start) : text.length;
    let a = Math.max(s0, prev, m.start - REACH);
    let before = text.slice(a, m.start);
    const cut = lastClauseMark(before);
    if (cut >= 0) (a += cut + 1), (before = before.slice(cut + 1));
    const b = Math.min(s1, next, m.end + REACH);
    let after = text.slice(m.end, b);
    const stop = after.search(CLAUSE);
    if (stop >= 0) after = after.slice(0, stop);
    // the same two stretches make the same bag (not when their words are listed: a stored prep names them)
    let same = words ? undefined : gr.made.get(before);
    const known = same?.get(after);
    if (known !== undefined) {
      out[i] = known;
      return;
    }
    const bag = gr.open();
    const mine = words ? (words[i] = []) : undefined;
    grams(before, a, m.start, false, gr, mine);
    grams(after, m.end, m.end, true, gr, mine);
    out[i] = bag;
    if (words) return;
    if (!same) gr.made.set(before, (same = new Map()));
    same.set(after, bag);
  });
  return out;
}

/** Per UTF-16 code unit, whether CLAUSE matches it alone: 0 not yet asked, 1 yes, 2 no (asked once per unit met). */
const clauseUnits = new Uint8Array(65536);

function lastClauseMark(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (!clauseUnits[c]) clauseUnits[c] = CLAUSE.test(s[i]) ? 1 : 2;
    if (clauseUnits[c] === 1) return i;
  }
  return -1;
}
