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

/** How far a label reaches from its figure, in characters. */
const REACH = 40;
/** Char distance at which a gram's weight halves. */
const DECAY = 12;

/** Marks that end a clause: a label never reaches past them. */
const CLAUSE = /[.;:!?,()[\]{}"“”«»„。、，；：！？（）「」『』【】·•|\n]/u;

/** Scripts written without spaces between words: their grams are pairs of characters. */
const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const WORD = /[\p{L}\p{M}]+/gu;

/** Weighted grams of one stretch; `dist(i)` is the char distance of position i from the figure. */
function grams(stretch: string, offset: number, dist: (at: number) => number, prefix: string, out: Map<string, number>): void {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(stretch); w; w = WORD.exec(stretch)) {
    const word = w[0].toLowerCase();
    const weight = 1 / (1 + dist(offset + w.index + word.length / 2) / DECAY);
    const add = (g: string) => out.set(prefix + g, Math.max(out.get(prefix + g) ?? 0, weight));
    if (DENSE.test(word)) {
      if (word.length === 1) add(word);
      for (let i = 0; i + 2 <= word.length; i++) add(word.slice(i, i + 2));
    } else {
      // a padded word: its first and last trigrams carry its edges ("^mo", "st$")
      const p = `^${word}$`;
      if (p.length <= 4) add(p);
      for (let i = 0; i + 3 <= p.length; i++) add(p.slice(i, i + 3));
    }
  }
}

/**
 * The label grams of each mention of one report, before ("<" keys) and after (">" keys) it.
 * `mentions` all belong to `text`; each looks at a bounded stretch, so this is linear.
 */
export function labelBags(text: string, mentions: Mention[]): Array<Map<string, number>> {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  const out: Array<Map<string, number>> = new Array(mentions.length);
  order.forEach((i, k) => {
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
    const bag = new Map<string, number>();
    grams(before, a, (at) => m.start - at, "<", bag);
    grams(after, m.end, (at) => at - m.end, ">", bag);
    out[i] = bag;
  });
  return out;
}

function lastClauseMark(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE.test(s[i])) return i;
  return -1;
}
