/**
 * Extraction: every stated figure of a text, with offsets, normalized value, subject and speaker.
 * The report's language (stated, else guessed: language.ts) picks the locale: English runs its own
 * configuration (locales/en/), every other language the shared core (common/) over its vocabulary
 * (locales/<lang>/). context.ts then annotates sentence, subject and speaker.
 * @module
 */
import type { Mention } from "../types.js";
import type { Candidate } from "./common/engine.js";
import { annotateContext } from "./context.js";
import { casual } from "./locales/en/index.js";
import { localeExtractor } from "./locales/registry.js";
import { chooseLanguage } from "./language.js";
import { asciiDigits } from "./common/numerals.js";
import { wordsFor } from "./words.js";

export interface ExtractOptions {
  /** the report's publication date (YYYY-MM-DD), the reference for relative dates */
  published?: string | null;
  /** the report's language (BCP 47: "ru", "ko", "pt-BR"); guessed from the text when absent */
  language?: string | null;
  /** report id written into each mention's `source` */
  source?: string;
  /** keep relative dates that cannot be resolved (no `published`) as mentions with date null and the
   * flag "relative-date-unresolved"; by default they are left out */
  keepUnresolved?: boolean;
  /** receives the engine's debug trace (parsers and refiners); built lazily, only when given */
  debug?: (msg: string) => void;
}

export { EXTRACTOR_VERSION } from "./version.js";

function toMention(c: Candidate, source: string, text: string, language: string): Mention {
  return {
    source,
    start: c.start,
    end: c.end,
    // a locale may read a copy of the text with its digits made ASCII (same length): quote the original
    text: text.slice(c.start, c.end),
    language,
    kind: c.kind,
    low: c.kind === "date" ? null : c.low,
    high: c.kind === "date" ? null : c.high,
    unit: c.kind === "date" ? null : c.unit,
    date: c.kind === "date" ? c.date : null,
    qualifier: c.qualifier,
    per: c.per,
    statement: c.statement,
    flags: [...c.flags],
    tags: [...c.tags],
  };
}

/** Every figure in `text`. Never throws; every offset lies inside the text. */
export function extract(text: string, opts: ExtractOptions = {}): Mention[] {
  const source = opts.source ?? "text";
  if (typeof text !== "string" || text.length === 0) return [];
  let mentions: Mention[] = [];
  let language = "en";
  try {
    language = chooseLanguage(opts.language, text);
    mentions = candidates(text, language, { published: opts.published ?? null, source, debug: opts.debug })
      .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
      .filter((c) => opts.keepUnresolved || !(c.kind === "date" && !c.date))
      .map((c) => toMention(c, source, text, language));
  } catch {
    mentions = [];
  }
  try {
    return annotateContext(text, mentions, wordsFor(language));
  } catch {
    return mentions;
  }
}

/** Latin letters: the English figures a report in another script may quote ("19km", "US$4 billion"). */
const LATIN_WORD = /[A-Za-z]{2}/;
const NON_LATIN_SCRIPT = new Set(["ru", "uk", "ko", "zh", "ja", "ar"]);

function candidates(text: string, language: string, opts: { published: string | null; source: string; debug?: (msg: string) => void }): Candidate[] {
  const locale = language === "en" ? undefined : localeExtractor(language);
  if (!locale) return casual.parse(text, opts);
  // the Japanese middle dot stands for a decimal point between digits ("3・2メートル"); same length
  const shadow = language === "ja" ? asciiDigits(text).replace(/(\d)・(?=\d)/g, "$1.") : asciiDigits(text);
  const own = locale.parse(shadow, opts);
  if (!NON_LATIN_SCRIPT.has(language) || !/[A-Za-z]{3}/.test(text)) return own;
  // a text in another script is read by the English parsers too, where they quote Latin-script figures
  const english: Candidate[] = [];
  let j = 0; // both lists are sorted by start: one sweep finds the overlaps
  for (const c of casual.parse(text, opts)) {
    if (!LATIN_WORD.test(c.text)) continue;
    while (j < own.length && own[j].end <= c.start) j++;
    let clash = false;
    for (let k = j; k < own.length && own[k].start < c.end && !clash; k++) clash = own[k].end > c.start;
    if (!clash) english.push(c);
  }
  return [...own, ...english].sort((a, b) => a.start - b.start || b.end - a.end);
}
