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
/** Char distance at which a gram's weight halves (25 beat 5 and 12 on the LOCO eval: a label is more than its nearest word). */
const DECAY = 25;

/** Marks that end a clause: a label never reaches past them. */
const CLAUSE = /[.;:!?,()[\]{}"“”«»„。、，；：！？（）「」『』【】·•|\n]/u;

/** Scripts written without spaces between words: their grams are pairs of characters. */
const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const WORD = /[\p{L}\p{M}]+/gu;

// word → its grams keyed before ("<") and after (">"), memoized: news words repeat across figures
const memo = new Map<string, [string[], string[]]>();
const MEMO_MAX = 100_000;

function gramsOf(word: string): [string[], string[]] {
  let v = memo.get(word);
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
  v = [gs.map((g) => `<${g}`), gs.map((g) => `>${g}`)];
  if (memo.size > MEMO_MAX) memo.clear();
  memo.set(word, v);
  return v;
}

/** Weighted grams of one stretch; `dist(i)` is the char distance of position i from the figure. */
function grams(stretch: string, offset: number, dist: (at: number) => number, after: boolean, out: Map<string, number>): void {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(stretch); w; w = WORD.exec(stretch)) {
    const word = w[0].toLowerCase();
    const weight = 1 / (1 + dist(offset + w.index + word.length / 2) / DECAY);
    for (const g of gramsOf(word)[after ? 1 : 0]) {
      const had = out.get(g);
      if (had === undefined || had < weight) out.set(g, weight);
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
    grams(before, a, (at) => m.start - at, false, bag);
    grams(after, m.end, (at) => at - m.end, true, bag);
    out[i] = bag;
  });
  return out;
}

function lastClauseMark(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE.test(s[i])) return i;
  return -1;
}
