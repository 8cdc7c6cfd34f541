/**
 * The words a stage needs of a language, behind one small interface, so subject, speaker, scope and
 * reconciliation ask the report's locale instead of keeping English lists of their own. English
 * brings its lists (locales/en/words.ts); another locale brings the stop words of its vocabulary,
 * a sentence splitter that knows its full stops (。！？ ؟) and no plural (the noun is kept as written).
 * @module
 */
import type { Mention } from "../types.js";
import { EN_CONTEXT } from "./locales/en/context.js";
import { creditReader, type CreditWords } from "./credits.js";
import { FUNCTION_WORDS, NEWS_WORDS, pluralNoun, sentenceSpans } from "./locales/en/words.js";

/** A speaker credit found in a stretch of text: the name, where it stands, whether it is a strong credit ("according to") and, for an estimate's owner, the last offset of the figure it names. */
export interface Credit {
  name: string;
  at: number;
  strong: boolean;
  upTo?: number;
  /** an offset within the one figure it names: a passive's agent names the figure right before it ("1,2 millones informados por X") */
  of?: number;
}

/**
 * A language's reader of a figure's subject and speaker (src/extract/context.ts): its words and
 * its grammar. A language without one gives its figures their sentence only (a wrong subject would
 * mislead reconciliation more than none).
 */
export interface ContextReader {
  /** the subject phrase of figure `m` ("length bridge"), read in `win`, its window of its sentence */
  subject(text: string, win: [number, number], m: Mention): string | null;
  /** the speaker credits of a stretch of text, found once for the figures of that stretch */
  credits(text: string, span: [number, number]): Credit[];
  /** the credit that names figure `m`'s speaker, nearest first, or null */
  speaker(credits: Credit[], m: Mention): string | null;
  /** after every figure: a short credit that names a speaker again ("the ministry") takes its full name */
  resolve(out: Mention[], order: number[]): void;
}

export interface LocaleWords {
  /** BCP 47 primary tag */
  code: string;
  /** function words: never what a figure is about */
  stopWords: ReadonlySet<string>;
  /** function words and news words (reporting verbs, time words): never a cue of what is measured */
  quietWords: ReadonlySet<string>;
  /** sentence spans [start, end) covering the text */
  sentences(text: string): Array<[number, number]>;
  /** the plural of a counted noun, for prose ("3 troops") */
  plural(noun: string): string;
  /** the reader of a figure's subject and speaker, where the language has one */
  context?: ContextReader;
}

const EN: LocaleWords = {
  code: "en",
  stopWords: FUNCTION_WORDS,
  quietWords: new Set([...FUNCTION_WORDS, ...NEWS_WORDS]),
  sentences: sentenceSpans,
  plural: pluralNoun,
  context: EN_CONTEXT,
};

/** Sentences of any script: ends at . ! ? (and their CJK and Arabic forms) before a space or a
 * capital-free script, and at blank lines. One pass, linear. */
function anySentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?](?=\s+\S)|[。！？؟](?!\s*[」』”’)])|\n\s*\n/g;
  for (let m; (m = re.exec(text)); ) {
    const end = m[0].startsWith("\n") ? m.index : m.index + 1;
    if (/\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue;
    if (end > start && text.slice(start, end).trim()) spans.push([start, end]);
    start = m.index + m[0].length;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  let e = text.length;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) spans.push([start, e]);
  return spans;
}

const LOCALES = new Map<string, LocaleWords>();

/**
 * Called by the locale registry for each of its languages, with its credit reader's words (and
 * the closed words its holders name nothing with) where it has them. The words of other languages are
 * registered, not imported, so a stage that only needs English words (publish, reconcile) does
 * not load every locale.
 */
export function registerWords(code: string, stop: readonly string[], credit?: CreditWords, quiet?: RegExp): void {
  const set = new Set(stop.map((s) => s.toLowerCase()));
  LOCALES.set(code, { code, stopWords: set, quietWords: set, sentences: anySentences, plural: (noun) => noun, context: credit ? creditReader(credit, quiet) : undefined });
}

/**
 * The noun to print after a count of n: the English plural, unless the noun is the figure's own
 * word in another language ("36 автомобілів", "4 carriles": already in the form its number takes;
 * the English rule would make "автомобілівs", "carrileses"). A noun extraction gave in English
 * for another language ("person" for "154명") is not in the figure's text, and is put in the plural.
 */
export function countNoun(noun: string, n: number, language?: string | null, text?: string): string {
  if (n === 1 || !noun) return noun;
  if (language && !/^en\b/i.test(language) && text && wordIn(noun.toLowerCase(), text.toLowerCase())) return noun;
  return EN.plural(noun);
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Whether `word` stands in `text` as a word of its own, no letter or mark beside it ("person" is
 * not in "40 personnes"). Both in one case already: callers lower-case once, not per word.
 */
export function wordIn(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !LETTER.test(text[at - 1])) && (at + word.length >= text.length || !LETTER.test(text[at + word.length]))) return true;
  }
  return false;
}

/** The words of a language (English when it is unknown or has no locale). */
export function wordsFor(language: string | null | undefined): LocaleWords {
  const code = String(language ?? "").trim().toLowerCase().split(/[-_]/)[0] || "en";
  return code === "en" ? EN : LOCALES.get(code) ?? EN;
}
