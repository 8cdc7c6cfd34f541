/**
 * Whose a figure is, or what it is of: the possessor or "of"-phrase its own words give it ("the
 * checkpoint's cost", "the cost of the bridge was", "Orrin's revenue", "41% for Varanen"), read
 * with the words of the report's language (the locale's `holder`). Two figures that share a unit
 * and a measure (two revenues, two costs, two shares of the vote) are two facts when they are of
 * two things; the pair features (pairs.ts) say so when both holders are known and share no word.
 * A figure whose words name no holder has none: most do not, and "none" decides nothing.
 * @module
 */
import type { Mention } from "../types.js";
import type { ReconcileLocale } from "./locale.js";
import { stemCached } from "./words.js";
import { lowerElsewhere } from "./own-clause.js";

/** How far before a figure its holder is looked for (in its sentence), and how far after. */
const BACK = 90, AHEAD = 60;

/** No holder: one list for the many figures that name none (never written to). */
export const NO_HOLDER: readonly string[] = [];

/** A word of a holder's phrase (letters, inner hyphens). */
const WORD = /\p{L}[\p{L}\p{M}-]*/gu;

/**
 * The holder's words as keys: each word of its phrase, lower-cased and stemmed, but the
 * determiners and pronouns the locale lists (`holder.quiet`), so "the refinery" and "refinery's"
 * are one holder and "Ilka Varanen" shares "varanen" with "Varanen". A phrase with a word the
 * `text` writes only with a capital is a name's.
 */
function keysOf(phrase: string, quiet: RegExp | undefined, text: string): string[] {
  const words: string[] = [];
  let named = false;
  WORD.lastIndex = 0;
  for (let r = WORD.exec(phrase); r; r = WORD.exec(phrase)) {
    const l = r[0].toLowerCase();
    if (quiet?.test(l) || l.length < 2) continue;
    // a capital the text drops elsewhere starts a sentence ("Repairs cost"), not a name
    if (r[0][0] !== l[0] && !lowerElsewhere(text, l)) named = true;
    words.push(l);
  }
  // a name's keys and a common noun's never meet: "the city" may be Calvera, "the group" Orrin;
  // a name is keyed by its first letters, as languages inflect it ("за Варанена", "Varanens")
  const out: string[] = [];
  for (const l of words) {
    const k = named ? NAMED + l.slice(0, NAME_KEY) : stemCached(l);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** How many first letters of a name's word key it (five: "varan" of "Varanen", "Varanena"). */
const NAME_KEY = 5;

/** What a holder's keys start with when its phrase has a name in it (holderNamed). */
const NAMED = "=";

/** Whether a holder's keys (holderOf) are of a name ("Orrin's", "for Varanen"), not a common noun ("the city's"). */
export const holderNamed = (keys: readonly string[]): boolean => keys.length > 0 && keys[0].startsWith(NAMED);

/** How far before a figure's sentence the subject of the sentence before it is looked for. */
const PREVIOUS = 240;

/**
 * The subject of the sentence before, in a script that writes names with capitals: a name (one to
 * three capitalised words) that starts it, then a word in lower case. No word of any language: the
 * holder.subject of a locale that has a `holder.carried` and none of its own (English's leaves out
 * its function words).
 */
const SUBJECT = /(?:[.!?]["”’)»]?\s+|\n\s*)((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+\p{Ll}(?:(?![.!?]["”’)»]?\s+\p{Lu}).)*$/su;

/**
 * The holder a sentence that names none carries over from the one before it ("Kestrel had … .
 * Revenue in 2027 was $"): when the words of its sentence before the figure match the locale's
 * `holder.carried` (a common noun starts it, no name), the name the locale's `holder.subject`
 * (else SUBJECT) reads as the previous sentence's subject.
 */
function carried(text: string, m: Mention, h: NonNullable<ReconcileLocale["holder"]>): string | undefined {
  if (!h.carried || !m.sentence || m.sentence[0] > m.start) return undefined;
  const own = text.slice(m.sentence[0], m.start);
  const r = h.carried.exec(own);
  // its first word a common noun: not one the quiet list keeps out ("The dam is"), nor a name the text writes mid-sentence ("Kestrel was")
  if (!r || (r[1] && (h.quiet?.test(r[1].toLowerCase()) || (r[1][0] !== r[1][0].toLowerCase() && new RegExp(String.raw`\p{Ll}\s+${r[1]}(?![\p{L}])`, "u").test(text))))) return undefined;
  const from = Math.max(0, m.sentence[0] - PREVIOUS);
  const subject = first([h.subject ?? SUBJECT], (from === 0 ? "\n" : "") + text.slice(from, m.sentence[0]));
  // a name's: a subject whose first word the text writes in lower case too starts its sentence ("If", "There")
  const word = subject?.match(/^\p{L}+/u)?.[0].toLowerCase();
  return word && !h.quiet?.test(word) && !lowerElsewhere(text, word) ? subject : undefined;
}

/** Group 1 of the first of `patterns` that matches `s`. */
function first(patterns: readonly RegExp[] | undefined, s: string): string | undefined {
  if (patterns) for (const p of patterns) {
    const r = p.exec(s);
    if (r?.[1]) return r[1];
  }
  return undefined;
}

/**
 * The figure's holder as word keys (keysOf), or none: the first of the locale's `holder.before` that
 * matches its sentence's words right before it (the phrase in group 1), else of `holder.beside`
 * (but for a share: "the commission's 48.9%" is as often whose count it is as whose share), else
 * with `within`, of `holder.within` on its own words on ("3,000 Norask soldiers"; not a share's
 * either), else of `holder.after` on those right after it. A language without the words gives none.
 * The pair features read no `within` holder (read there too, the refitted model lost conflicts on
 * the dev and held-out stories); the verdict does (trust.ts ownersDiffer).
 */
export function holderOf(text: string, m: Mention, locale: ReconcileLocale, within = false): readonly string[] {
  const h = locale.holder;
  if (!h || m.kind === "date" || m.kind === "duration") return NO_HOLDER;
  const from = m.sentence && m.sentence[0] <= m.start ? Math.max(m.sentence[0], m.start - BACK) : Math.max(0, m.start - BACK);
  const to = m.sentence && m.sentence[1] >= m.end ? Math.min(m.sentence[1], m.end + AHEAD) : m.end + AHEAD;
  const pre = text.slice(from, m.start);
  const share = m.kind === "percent";
  const phrase = first(h.before, pre) ?? (share ? undefined : first(h.beside, pre) ?? (within ? first(h.within, text.slice(m.start, to)) : undefined)) ?? first(h.after, text.slice(m.end, to));
  const said = phrase ?? (share ? undefined : carried(text, m, h));
  if (!said) return NO_HOLDER;
  const keys = keysOf(said, h.quiet, text);
  return keys.length ? keys : NO_HOLDER;
}
