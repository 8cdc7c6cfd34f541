/**
 * A figure's window: its sentence, cut to WINDOW characters either side of it, and the report's
 * words that lie inside it.
 * @module
 */
import type { Mention } from "../types.js";
import type { Toks } from "./words.js";

const WINDOW = 260;

/** A sentence end ("." "!" "?" with any closing quote or bracket, then space) or a blank line. */
const BOUNDARY = /[.!?]["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\d])|\n\s*\n/gu;

/** The sentence around [start, end) by punctuation alone, looking at most WINDOW chars either side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - WINDOW);
  let s = from;
  BOUNDARY.lastIndex = from;
  for (let b = BOUNDARY.exec(text); b && b.index + b[0].length <= start; b = BOUNDARY.exec(text)) s = b.index + b[0].length;
  BOUNDARY.lastIndex = end;
  const after = BOUNDARY.exec(text);
  const e = after && after.index < end + WINDOW ? after.index + 1 : Math.min(text.length, end + WINDOW);
  return [Math.min(s, start), Math.max(e, end)];
}

/** The index of the report's first word starting at or after `at` (words are in text order). */
function firstWordFrom(toks: Toks, at: number): number {
  let lo = 0, hi = toks.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.s[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the run of words from `lo` that end by `at`: words [lo, end) lie before it. */
function wordsEndBy(toks: Toks, lo: number, at: number): number {
  let last = lo;
  while (last < toks.n && toks.e[last] <= at) last++;
  return last;
}

/**
 * A figure's window: its sentence (`sent`), cut to WINDOW characters either side of it ([w0, w1)), and
 * the report's words that lie inside it ([lo, end) of `toks`).
 */
export function windowOf(text: string, m: Mention, toks: Toks): { sent: [number, number]; w0: number; w1: number; lo: number; end: number } {
  const sent = sentenceOf(text, m);
  const w0 = Math.max(sent[0], m.start - WINDOW), w1 = Math.min(sent[1], m.end + WINDOW);
  const lo = firstWordFrom(toks, w0);
  return { sent, w0, w1, lo, end: wordsEndBy(toks, lo, w1) };
}

/**
 * Extraction sets each mention's sentence; a mention made elsewhere (a test, a hand-written
 * fixture) gets the stretch around it up to a sentence end or a blank line.
 */
function sentenceOf(text: string, m: Mention): [number, number] {
  if (m.sentence && m.sentence[0] <= m.start && m.sentence[1] >= m.end) return m.sentence;
  return sentenceAround(text, m.start, m.end);
}
