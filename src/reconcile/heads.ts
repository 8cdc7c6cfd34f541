/**
 * Which words may name the thing a figure measures: a plausible head noun (isHead), not a verb,
 * a speaker or a word in a place or time adjunct, with the word before it that names its kind.
 * @module
 */
import { STOP, tooShort, type CuesOf, type Toks } from "./words.js";

/** Words that are not the thing a figure measures: speakers, verbs of saying and planning, units, vague adjectives. */
const NOT_HEAD = new Set(
  ("will would could expects expected expect estimate estimates estimated plans planned plan officials official ministry minister " +
    "government agency media statement sources source analysts experts spokesperson spokesman spokeswoman president company " +
    "authorities authority news newspaper times data figures figure total number amount metres meters metre meter kilometres " +
    "kilometers miles mile feet foot tonnes tons dollars dollar euros euro yuan rubles roubles pounds percent cent hectares " +
    "largest biggest major local national international current first second third main key overall final whole entire full latest " +
    "recent own other several many few much further additional estimated around least almost nearly people time times part date dates " +
    "north south east west hold holds get gets take takes make makes reach reaches give gives put keep set run come go due including " +
    "bn mn mln trillion strategic since until till ago already still yet even ever down cover covers put puts says told " +
    "mutual joint bilateral comprehensive larger smaller bigger higher lower later earlier greater fewer longer shorter wider " +
    "deeper older newer paid given made done built seen taken known shown won held left well " +
    // pronouns, adverbs of time, irregular participles and the seasons never name the thing measured
    "officer chief head director executive chairman manager envoy ambassador governor mayor leader leaders premier " +
    "regional provincial federal central general global annual initial original political financial commercial industrial " +
    "environmental technical critical potential social digital legal natural rural coastal tropical seasonal municipal " +
    "reporters reporter journalists journalist press row rows series group range couple pair lot handful dozens hundreds thousands " +
    "countries country nations nation sides side parties party partners " +
    "km mm cm kw mw gw kwh mwh gwh below whether upstream downstream beyond nearby now itself themselves himself herself begun fallen risen grown driven broken chosen written gone " +
    "summer winter spring autumn season quarter decade century weekend morning evening afternoon night").split(" "),
);

/** Participles that say what happened to counted things ("people displaced", "troops deployed"), not verbs of saying. */
export const EVENT_PARTICIPLE = /^(?!(?:said|reported|estimated|expected|planned|quoted|cited|added|noted|stated|confirmed|announced|claimed|based|located|called|named|used|listed|compared|needed|required|owned|included|involved|totalled|totaled|designed|scheduled|slated|intended|projected|forecast|capped|limited)$)[a-z]{3,}ed$/;

const AGREEMENT_NOUN = /^(treaty|deal|agreement|accord|pact|partnership|contract|memorandum)$/;

/**
 * A word shaped as a demonym, which says whose or where from ("Asian", "Korean", "Chinese",
 * "British", "Iraqi", "Mexican", "Kenyan"): an adjective, whose noun follows. Named by the endings
 * demonyms take, not by those of place names: "-an" alone ends as many places as demonyms
 * ("Pakistan", "Michigan", "Wuhan", "Amman", "Oman"), so only its demonyms' own endings count.
 */
export const DEMONYM = /^(?=\p{L}{5,}$)\p{L}*(?:ian|ean|ese|ish|ani|aini|eli|aqi|udi|eni|aiti|eshi|atari|irati|omali|epali|ican|ccan|yan|ndan|uban|german|ghan|etan|elan|olan)$/u;

/**
 * A plausible head noun: a content word that is not a verb form, adverb, nationality or stock word.
 * Of DEMONYM's endings only "-ian" and "-ese" go: the word is lowercased here, with no capital to
 * tell "Korean" from "ocean", "British" from "parish", "Mexican" from "pelican".
 */
export function isHead(lw: string): boolean {
  return !tooShort(lw) && !STOP.has(lw) && !NOT_HEAD.has(lw) && !/(?:ly|ed|ing|ian|ese|ic|ive|ous|ful|able|ible|['’]s|-)$/.test(lw) && !lw.includes("-");
}

/** A lowercase content word that may be a noun naming a thing (an agreement's noun names the thing signed). */
export function nounLike(text: string, toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  const cues = (toks.cues[i] ??= cuesOf(lw));
  return (cues.length === 0 || AGREEMENT_NOUN.test(lw)) && isHead(lw) && text[toks.s[i]] === lw[0];
}

/** Only blanks (or a hyphen) between two words, `a` then `b`: they sit in one phrase. */
const joined = (text: string, toks: Toks, a: number, b: number) => /^[\s-]?$/.test(text.slice(toks.e[a], toks.s[b])) || /^\s+$/.test(text.slice(toks.e[a], toks.s[b]));

/** Words after which a bare word is a verb, not a noun ("to decide", "will run", "has begun"). */
const VERB_BEFORE = /^(to|it|he|she|they|we|who|which|will|would|can|could|shall|should|may|might|must|has|have|had|did|does|do|be|been|being|cannot|won't|wouldn't|didn't|doesn't)$/;

export function verbAfter(text: string, toks: Toks, idx: number): boolean {
  if (idx < 1 || !joined(text, toks, idx - 1, idx)) return false;
  const p = toks.lw[idx - 1];
  // "this becomes", "that means": a word in -s after a lone demonstrative is its verb
  return VERB_BEFORE.test(p) || (/^(this|that)$/.test(p) && /[^s]s$/.test(toks.lw[idx]));
}

/** The word is followed in its phrase by another noun: it modifies that head ("gas pipeline", "approach roads"). */
export function nounNext(text: string, toks: Toks, idx: number, cuesOf: CuesOf): boolean {
  const n = idx + 1;
  if (n >= toks.n || !joined(text, toks, idx, n)) return false;
  const lw = toks.lw[n];
  // a common noun right before a name is a title ("miner Volcan", "operator Acme"), not the thing
  if (text[toks.s[n]] !== lw[0]) return /^\s+$/.test(text.slice(toks.e[idx], toks.s[n]));
  // a word in -s after a noun is as often its verb ("the pipeline crosses", "the storm leaves"): only a singular noun counts
  return !/s$/.test(lw) && (nounLike(text, toks, n, cuesOf) || SPEAKER.test(lw));
}

/** Nouns for those who speak or act: a noun before them modifies them ("the disaster agency said"). */
const SPEAKER = /^(agency|ministry|minister|official|officer|government|authority|company|spokesperson|spokesman|spokeswoman|statement|president|head|chief|director|operator|regulator)$/;

/** Prepositions of place and time; "of" and "for" are left out: "the length of the road" names the thing. */
const ADJUNCT_PREP = /^(on|at|in|near|across|along|alongside|during|since|until|till|into|onto|within|through|throughout|around|outside|inside|beyond|via|toward|towards|among|amid|amidst|against|under|over|behind|off|upstream|downstream)$/;
export const DETERMINER = /^(the|a|an|both|either|each|its|their|his|her|our|this|that|these|those|all|some|many|several)$/;

/** The noun's phrase (determiners and modifiers before it, at most four words) starts right after a place or time preposition. */
export function inAdjunct(text: string, toks: Toks, idx: number): boolean {
  for (let j = idx - 1, k = 0; j >= 0 && k < 5; j--, k++) {
    if (!/^[\s-]*$/.test(text.slice(toks.e[j], toks.s[j + 1]))) return false;
    const lw = toks.lw[j];
    if (ADJUNCT_PREP.test(lw)) return true;
    if (DETERMINER.test(lw) || (!STOP.has(lw) && text[toks.s[j]] === lw[0])) continue;
    return false;
  }
  return false;
}

/** A word that can name a kind of the head ("road" bridge, "gas" pipeline). */
export function isModifier(toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  if (lw.length < 2 || STOP.has(lw) || NOT_HEAD.has(lw) || /(?:ly|ed|ing|ian|ese|i|['’]s)$/.test(lw)) return false;
  return (toks.cues[i] ??= cuesOf(lw)).length === 0;
}
