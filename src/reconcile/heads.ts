/**
 * Which words may name the thing a figure measures: a plausible head noun (isHead), not a verb,
 * a speaker or a word in a place or time adjunct, with the word before it that names its kind.
 * @module
 */
import { localeFor } from "./locale.js";
import { STOP, tooShort, type CuesOf, type Toks } from "./words.js";

// English's words for every report, as ever: a word list of the report's own language would
// change what other languages' figures are told by (a change to measure with the gate, not a move)
const H = localeFor("en").head!;

/** Participles that say what happened to counted things ("people displaced", "troops deployed"), not verbs of saying. */
export const EVENT_PARTICIPLE = H.eventParticiple;

/** A word shaped as a demonym ("Asian", "Korean", "Kenyan"): an adjective, whose noun follows (the en locale's `head.demonym`). */
export const DEMONYM = H.demonym;

/**
 * A plausible head noun: a content word that is not a verb form, adverb, nationality or stock word.
 * Of DEMONYM's endings only "-ian" and "-ese" go: the word is lowercased here, with no capital to
 * tell "Korean" from "ocean", "British" from "parish", "Mexican" from "pelican".
 */
export function isHead(lw: string): boolean {
  return !tooShort(lw) && !STOP.has(lw) && !H.not.has(lw) && !H.notEnding.test(lw) && !lw.includes("-");
}

/** A lowercase content word that may be a noun naming a thing (an agreement's noun names the thing signed). */
export function nounLike(text: string, toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  const cues = (toks.cues[i] ??= cuesOf(lw));
  return (cues.length === 0 || H.agreement.test(lw)) && isHead(lw) && text[toks.s[i]] === lw[0];
}

/** Only blanks (or a hyphen) between two words, `a` then `b`: they sit in one phrase. */
const joined = (text: string, toks: Toks, a: number, b: number) => /^[\s-]?$/.test(text.slice(toks.e[a], toks.s[b])) || /^\s+$/.test(text.slice(toks.e[a], toks.s[b]));

/** The word is a verb: right after a word after which a bare word is one ("to decide", "will run", "has begun"). */
export function verbAfter(text: string, toks: Toks, idx: number): boolean {
  if (idx < 1 || !joined(text, toks, idx - 1, idx)) return false;
  const p = toks.lw[idx - 1];
  // "this becomes", "that means": a word in -s after a lone demonstrative is its verb
  return H.verbBefore.test(p) || (H.demonstrative.test(p) && /[^s]s$/.test(toks.lw[idx]));
}

/** The word is followed in its phrase by another noun: it modifies that head ("gas pipeline", "approach roads"). */
export function nounNext(text: string, toks: Toks, idx: number, cuesOf: CuesOf): boolean {
  const n = idx + 1;
  if (n >= toks.n || !joined(text, toks, idx, n)) return false;
  const lw = toks.lw[n];
  // a common noun right before a name is a title ("miner Volcan", "operator Acme"), not the thing
  if (text[toks.s[n]] !== lw[0]) return /^\s+$/.test(text.slice(toks.e[idx], toks.s[n]));
  // a word in -s after a noun is as often its verb ("the pipeline crosses", "the storm leaves"): only a singular noun counts
  return !/s$/.test(lw) && (nounLike(text, toks, n, cuesOf) || H.speaker.test(lw));
}

export const DETERMINER = H.determiner;

/** The noun's phrase (determiners and modifiers before it, at most four words) starts right after a place or time preposition. */
export function inAdjunct(text: string, toks: Toks, idx: number): boolean {
  for (let j = idx - 1, k = 0; j >= 0 && k < 5; j--, k++) {
    if (!/^[\s-]*$/.test(text.slice(toks.e[j], toks.s[j + 1]))) return false;
    const lw = toks.lw[j];
    if (H.adjunct.test(lw)) return true;
    if (H.determiner.test(lw) || (!STOP.has(lw) && text[toks.s[j]] === lw[0])) continue;
    return false;
  }
  return false;
}

/** A word that can name a kind of the head ("road" bridge, "gas" pipeline). */
export function isModifier(toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  if (lw.length < 2 || STOP.has(lw) || H.not.has(lw) || H.notModifierEnding.test(lw)) return false;
  return (toks.cues[i] ??= cuesOf(lw)).length === 0;
}
