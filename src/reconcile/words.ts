/**
 * A report's words and what each is, word by word: the words found in one pass (Toks, tokenize),
 * their stems, and the cue classes news vocabulary maps them to ("#cost", "#casualty"), with the
 * memos that keep each worked out once per word.
 * @module
 */
import { wordsFor } from "../extract/vocabulary.js";
import type { ReconcileLocale } from "./locale.js";
import { grown } from "./bags.js";
import { memoized } from "./memo.js";

// English function and news words come from the en locale (one vocabulary per language)
export const STOP = wordsFor("en").quietWords;

/**
 * "Deliveries will begin", "production starts": output that begins is the completion milestone,
 * not the start of work. `output`: the report's language's words for it (none: never).
 */
export function outputBefore(text: string, toks: Toks, idx: number, from: number, output: ReconcileLocale["output"]): boolean {
  if (!output) return false;
  for (let j = idx - 1; j >= Math.max(from, idx - 9); j--) {
    // the subject of the same clause only: stop at punctuation or a word that opens a clause
    if (/[,;:.!?()"“”]/.test(text.slice(toks.e[j], toks.s[j + 1])) || output.opener.test(toks.lw[j])) return false;
    if (output.noun.test(toks.lw[j])) return true;
  }
  return false;
}

/**
 * The words of one report, field by field in arrays (no object per word: a thousand reports
 * have hundreds of thousands of words), reused from report to report: word i is lw[i] at
 * [s[i], e[i]), with memos worked out once per word as windows overlap.
 */
export class Toks {
  /** how many words the report has */
  n = 0;
  lw: string[] = [];
  s = new Int32Array(1024);
  e = new Int32Array(1024);
  /** memo: cue classes of the word */
  cues: Array<string[] | undefined> = [];
  /** memo: its stem's number in the run's Bags, -1 for a stop word, -2 not worked out yet */
  st = new Int32Array(1024);
  /** memo: 1 a common noun that may name the thing measured, 0 not, -1 not worked out yet */
  head = new Int8Array(1024);
  /** memo: it with the modifier right before it ("road bridge"), or null */
  bi: Array<string | null> = [];
  /** memo: its noun phrase hangs off a place or time preposition */
  adjunct = new Uint8Array(1024);

  /** Adds a word (its memos not worked out). */
  push(lw: string, s: number, e: number): void {
    const i = this.n++;
    if (i >= this.s.length) {
      const size = this.s.length * 2;
      (this.s = grown(this.s, size)), (this.e = grown(this.e, size)), (this.st = grown(this.st, size));
      (this.head = grown(this.head, size)), (this.adjunct = grown(this.adjunct, size));
    }
    this.lw[i] = lw;
    this.s[i] = s;
    this.e[i] = e;
    this.cues[i] = undefined;
    this.st[i] = -2;
    this.head[i] = -1;
    this.bi[i] = null;
    this.adjunct[i] = 0;
  }
}

/** The one Toks every report's words are read into in turn (a report's features are worked out before the next's). */
export const WORDS = new Toks();

/** A letter (or a word-inner mark: apostrophe, hyphen, combining mark), by char code. */
const isLetter = (c: number) =>
  c < 128
    ? (c | 32) >= 97 && (c | 32) <= 122
    : !(c >= 0x2000 && c <= 0x206f) && c !== 0xa0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x20a0 && c <= 0x20cf) && c !== 0xa3 && c !== 0xa5 && c !== 0x20ac &&
      // arrows, shapes and symbols ("▷"), CJK marks ("。", "、", "「"), full-width punctuation ("，", "（")
      !(c >= 0x2190 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff01 && c <= 0xff0f) && !(c >= 0xff1a && c <= 0xff20) && !(c >= 0xff3b && c <= 0xff40) && !(c >= 0xff5b && c <= 0xff65);
/** Chinese characters and Japanese kana: written without spaces, their words are found by a dictionary. */
const isCJ = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
let cjWords: Intl.Segmenter | undefined;
const inner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/**
 * Words (a letter, then letters, apostrophes, hyphens), found by char codes in one pass, into
 * `out` (emptied first); `ending`: the language's grammar glued to a word's end, taken off where
 * two letters or more stay ("외국인은" is "외국인").
 */
export function tokenize(text: string, out: Toks, ending?: RegExp): Toks {
  out.n = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    if (isCJ(text.charCodeAt(i))) {
      // a run of Chinese characters or kana: split into words by ICU's dictionary
      while (i < n && isCJ(text.charCodeAt(i))) i++;
      for (const w of (cjWords ??= new Intl.Segmenter("zh", { granularity: "word" })).segment(text.slice(s, i)))
        if (w.isWordLike) out.push(w.segment, s + w.index, s + w.index + w.segment.length);
      continue;
    }
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((isLetter(c) || inner(c)) && !isCJ(c)) i++;
      else break;
    }
    let lw = text.slice(s, i).toLowerCase();
    if (ending) {
      const bare = lw.replace(ending, "");
      // a particle standing alone ("…26명)에서") is no word
      if (!bare) continue;
      if (bare.length >= 2) lw = bare;
    }
    out.push(lw, s, i);
  }
  return out;
}

/** Two letters of a syllabic or ideographic script already make a word ("사망", "死亡"); elsewhere three. */
const DENSE = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}$/u;
export const tooShort = (lw: string) => lw.length < 3 && !DENSE.test(lw);

// word → cue classes / stem, memoized: news vocabulary repeats, regex tests per word add up
const MEMO_MAX = 100_000;

/** Cue classes of a word, memoized per language: its locale's cues (English's for a language without them). */
export type CuesOf = (lw: string) => string[];

// one memo per locale (languages without a locale of cues share English's)
const cueMemos = new Map<ReconcileLocale["cues"] | undefined, CuesOf>();

/**
 * The cue reader for a report's language: its locale's `cues`, whose classes every language
 * shares, so figures of two languages compare on what they measure. Only the language's own: an
 * English word list read in a French text takes "sent" (felt) for a deployment.
 */
export function cuesFor(local: ReconcileLocale["cues"]): CuesOf {
  let f = cueMemos.get(local);
  if (f) return f;
  f = memoized((lw) => {
    const v: string[] = [];
    if (local) for (const [re, c] of local) if (re.test(lw) && !v.includes(c)) v.push(c);
    return v;
  }, MEMO_MAX);
  cueMemos.set(local, f);
  return f;
}

export const stemCached = memoized(stem, MEMO_MAX);

export function stem(w: string): string {
  let s = w.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
  if (s.length > 5 && s.endsWith("ies")) s = s.slice(0, -3) + "y";
  else if (s.length > 5 && /(ss|us|is)$/.test(s)) {
    /* keep */
  } else if (s.length > 4 && s.endsWith("es") && /(ch|sh|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.slice(0, -1);
  if (s.length > 6 && s.endsWith("ing")) s = s.slice(0, -3);
  else if (s.length > 5 && s.endsWith("ed")) s = s.slice(0, -2);
  else if (s.length > 6 && s.endsWith("ion")) s = s.slice(0, -3);
  return s.slice(0, 6);
}
