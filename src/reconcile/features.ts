/**
 * What a mention is about, as numbers: a weighted bag of the content words around it (nearer
 * words weigh more, words that sit by another figure weigh less), measure/event cue classes,
 * and its scope ("including", "total" against "itself", "first phase").
 * @module
 */
import type { Mention } from "../types.js";
import { RECONCILE_CUES, wordsFor } from "../extract/vocabulary.js";
import { localeFor, type ReconcileLocale } from "./locale.js";
import { BagStore, grown } from "./bags.js";
import { memoized } from "./memo.js";
import { byStart } from "./arrays.js";
import { CLAUSE_MEASURES } from "./measures.js";
import { Draft, Pool, type Weighted, weightedOf, type WordWeights } from "./weighted.js";

// English function and news words come from the en locale (one vocabulary per language)
const EN = wordsFor("en");
const STOP = EN.quietWords;
const SAID = RECONCILE_CUES.en.said ?? /^$/;

/** Cue words → a class shared by its synonyms (general news vocabulary, no story words). */
const CUES: Array<[RegExp, string]> = [
  [/^(long|length|span|spans|spanning|stretch\w*|extend\w*)$/, "#length"],
  [/^(wide|width|broad)$/, "#width"],
  [/^(deep|depth|draft|draught)$/, "#depth"],
  [/^(high|tall|taller|tallest|height|rises|rising|towers?|towering|above)$/, "#height"],
  [/^(area|surface|hectares?|acres?)$/, "#area"],
  [/^(cost|costs|costing|price|priced|budget\w*|worth|valued|value|invest\w*|fund\w*|financ\w*|spent|spend\w*|expenditure)$/, "#cost"],
  [/^(revenue\w*|income|sales|turnover|profit\w*|earn\w*)$/, "#revenue"],
  [/^(capacity|throughput|handle|handles|handling|accom+odate|volume\w*|store|stores|storage)$/, "#capacity"],
  // deaths, injuries, the missing and the displaced are different tolls of one disaster
  [/^(kill\w*|dead|deaths?|died|fatalit\w*|casualt\w*|loss|losses|toll)$/, "#casualty"],
  [/^(wounded|injur\w*|hurt)$/, "#injured"],
  [/^(missing|unaccounted)$/, "#missing"],
  [/^(displac\w*|homeless|evacuat\w*|fled|flee\w*|shelter\w*|uproot\w*|relocat\w*|resettl\w*)$/, "#displaced"],
  [/^(sent|send\w*|deploy\w*|dispatch\w*|troops?|soldiers?|personnel)$/, "#deploy"],
  [/^(jobs?|employ\w*|workers?|hires?|hiring)$/, "#jobs"],
  [/^(share|shares|stake|stakes|owns|owned|ownership|holds|held|accounted|accounts|accounting)$/, "#share"],
  // unit words ("km", "miles") are not cues: the figure's own unit says nothing about what it measures
  [/^(away|distance|distant)$/, "#distance"],
  // a project's completion, opening and first output are one milestone in most reporting
  [/^(complet\w*|finish\w*|ready|done|open|opened|opening|opens|inaugurat\w*|operations?|operational|commission\w*|service|switch|generat\w*|deliver\w*|flow|flows|flowing|power|electricity|produc\w*)$/, "#complete"],
  [/^(original\w*|initial\w*|previous\w*|earlier|former\w*)$/, "#original"],
  [/^(began|begin\w*|start\w*|launch\w*|groundbreaking|commenc\w*|kick\w*|broke|laid)$/, "#start"],
  [/^(sign\w*|agreed|agreement|treaty|deal|accord|pact|partnership|visit\w*|summit)$/, "#agree"],
  [/^(daily|day|annual\w*|yearly|year|monthly|weekly)$/, "#rate"],
  // the moment a storm, quake or attack hits
  [/^(landfall|ashore|struck|strikes|slammed|smashed|battered|lashed|hit|hits|swept|barrelled|barreled|tore)$/, "#strike"],
  [/^(grow\w*|growth|increase\w*|rise|rose|risen|fell|fall|falls|fallen|drop\w*|declin\w*|reduc\w*|cut)$/, "#change"],
  [/^(time|takes|transit|journey|trip|voyage|travel\w*|arriv\w*|reach|duration|transport\w*|shipping|sail\w*|crossing|commute)$/, "#transit"],
];

/** Scope cues: a figure for the whole against a figure for a part of it. */
const WHOLE = /\b(including|included|includes|in total|total|totals|totalling|totaling|together with|overall|combined|altogether|entire|full|all phases|whole|master plan|upon completion|when complete|fully)\b/i;
// "the Russian part spanning 424 metres": a side's part of one thing ("part of the plan" is no share)
const PART = /\b(of which|itself|alone|first phase|first stage|phase (?:i|1|one)\b|initial phase|first part|(?:the|its|their)\s+(?:[\w-]+\s+)?part\b(?!\s+of\b)|section|excluding|without)\b/i;

export const CONTRAST = /\b(up from|down from|revised from|raised from|lowered from|below|above|against|compared (?:with|to)|versus|vs\.?|rather than|instead of|whereas|contradict\w*|disput\w*|higher than|lower than|no earlier than|no later than)\b/i;

const MOVING = /\b(revised|raised|lowered|increased|updated|latest|so far|to date|risen|rises|rose|climbed|climbs|soared|soars|jumped|jumps|reaches|reached|up from|down from|toll|now stands|has grown)\b/i;

/** "Deliveries will begin", "production starts": output that begins is the completion milestone, not the start of work. */
function outputBefore(text: string, toks: Toks, idx: number, from: number): boolean {
  for (let j = idx - 1; j >= Math.max(from, idx - 9); j--) {
    // the subject of the same clause only: stop at punctuation or a word that opens a clause
    if (/[,;:.!?()"“”]/.test(text.slice(toks.e[j], toks.s[j + 1])) || CLAUSE_OPENER.test(toks.lw[j])) return false;
    if (OUTPUT_NOUN.test(toks.lw[j])) return true;
  }
  return false;
}
const CLAUSE_OPENER = /^(since|after|before|when|while|as|and|but|because|until|once|although|though|if|which|that|who)$/;
const OUTPUT_NOUN = /^(deliveries|delivery|supplies|supply|production|output|operations?|service|services|flows?|exports?|generation|shipments?)$/;

const FIRST_OUTPUT = /^(gas|oil|lng|power|electricity|output|production|water|cargo|shipments?|deliver\w*|flows?)$/;

const TOKEN = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/**
 * The words of one report, field by field in arrays (no object per word: a thousand reports
 * have hundreds of thousands of words), reused from report to report: word i is lw[i] at
 * [s[i], e[i]), with memos worked out once per word as windows overlap.
 */
class Toks {
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
const WORDS = new Toks();

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
function tokenize(text: string, out: Toks, ending?: RegExp): Toks {
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
const tooShort = (lw: string) => lw.length < 3 && !DENSE.test(lw);

// word → cue classes / stem, memoized: news vocabulary repeats, regex tests per word add up
const MEMO_MAX = 100_000;

/** Cue classes of a word, memoized per language: English cues first, then the language's own. */
type CuesOf = (lw: string) => string[];

// one memo per locale (English and languages without cues share the English one)
const cueMemos = new Map<ReconcileLocale["cues"] | undefined, CuesOf>();

/**
 * The cue reader for a report's language: its locale's `cues` after the English ones, so two
 * languages share the classes.
 */
function cuesFor(local: ReconcileLocale["cues"]): CuesOf {
  let f = cueMemos.get(local);
  if (f) return f;
  f = memoized((lw) => {
    const v = CUES.filter(([re]) => re.test(lw)).map(([, c]) => c);
    if (local) for (const [re, c] of local) if (re.test(lw) && !v.includes(c)) v.push(c);
    return v;
  }, MEMO_MAX);
  cueMemos.set(local, f);
  return f;
}

const stemCached = memoized(stem, MEMO_MAX);

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

/** A plausible head noun: a content word that is not a verb form, adverb, nationality or stock word. */
export function isHead(lw: string): boolean {
  return !tooShort(lw) && !STOP.has(lw) && !NOT_HEAD.has(lw) && !/(?:ly|ed|ing|ian|ese|ic|ive|ous|ful|able|ible|['’]s|-)$/.test(lw) && !lw.includes("-");
}

/** A lowercase content word that may be a noun naming a thing (an agreement's noun names the thing signed). */
function nounLike(text: string, toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  const cues = (toks.cues[i] ??= cuesOf(lw));
  return (cues.length === 0 || AGREEMENT_NOUN.test(lw)) && isHead(lw) && text[toks.s[i]] === lw[0];
}

/** Only blanks (or a hyphen) between two words, `a` then `b`: they sit in one phrase. */
const joined = (text: string, toks: Toks, a: number, b: number) => /^[\s-]?$/.test(text.slice(toks.e[a], toks.s[b])) || /^\s+$/.test(text.slice(toks.e[a], toks.s[b]));

/** Words after which a bare word is a verb, not a noun ("to decide", "will run", "has begun"). */
const VERB_BEFORE = /^(to|it|he|she|they|we|who|which|will|would|can|could|shall|should|may|might|must|has|have|had|did|does|do|be|been|being|cannot|won't|wouldn't|didn't|doesn't)$/;

function verbAfter(text: string, toks: Toks, idx: number): boolean {
  if (idx < 1 || !joined(text, toks, idx - 1, idx)) return false;
  const p = toks.lw[idx - 1];
  // "this becomes", "that means": a word in -s after a lone demonstrative is its verb
  return VERB_BEFORE.test(p) || (/^(this|that)$/.test(p) && /[^s]s$/.test(toks.lw[idx]));
}

/** The word is followed in its phrase by another noun: it modifies that head ("gas pipeline", "approach roads"). */
function nounNext(text: string, toks: Toks, idx: number, cuesOf: CuesOf): boolean {
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
const DETERMINER = /^(the|a|an|both|either|each|its|their|his|her|our|this|that|these|those|all|some|many|several)$/;

/** The noun's phrase (determiners and modifiers before it, at most four words) starts right after a place or time preposition. */
function inAdjunct(text: string, toks: Toks, idx: number): boolean {
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
function isModifier(toks: Toks, i: number, cuesOf: CuesOf): boolean {
  const lw = toks.lw[i];
  if (lw.length < 2 || STOP.has(lw) || NOT_HEAD.has(lw) || /(?:ly|ed|ing|ian|ese|i|['’]s)$/.test(lw)) return false;
  return (toks.cues[i] ??= cuesOf(lw)).length === 0;
}

/** Nouns for people counted: outlets write "people", "residents" or "citizens" for one figure. */
const PEOPLE = /^(persons?|people|citizens?|residents?|inhabitants?|individuals?|villagers?|civilians?|locals?)$/i;

/** The counted noun, with the many words for people as one. */
export const countedClass = (unit: string): string => (PEOPLE.test(unit) ? "person" : unit.toLowerCase());

/** A word of letters (with inner apostrophes and hyphens). */
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/**
 * What a count counts, as one English noun: its language's word for it ("автомобілів",
 * "carriles") read through the locale's `counted` list, so counts of one thing in two languages
 * name one thing. A counted word that is an adjective ("семи паливних цистерн") gives way to the
 * first noun of the list among the few words after it. Other nouns stay as written.
 */
export function countedOf(text: string, m: Mention, locale: ReconcileLocale): string | null {
  if (m.kind !== "count" || !m.unit) return null;
  const list = locale.counted;
  const unit = m.unit.toLowerCase();
  let c = countedNamed(list, unit);
  if (!c && locale.adjective?.test(unit)) for (const w of (text.slice(m.end, m.end + 80).toLowerCase().match(WORD) ?? []).slice(0, 4)) if ((c = countedNamed(list, w))) break;
  return c ?? countedClass(unit);
}

// the helpers of per-figure functions are functions of the module, not closures made per figure:
// a closure is an allocation (and, where names are kept, as tsx keeps them, a property defined)
// at every figure

/** The English noun of the locale's `counted` list that word `w` is, or null. */
function countedNamed(list: ReconcileLocale["counted"], w: string): string | null {
  if (list) for (const [re, c] of list) if (re.test(w)) return c;
  return null;
}

export type Scope = "whole" | "part" | null;

export interface Features {
  /** its bag (token → raw weight, before idf): its number in the run's Bags */
  bag: number;
  /** the bag's cue classes ("#cost", "#per-day") and their weights, in the bag's order */
  cues: WordWeights;
  scope: Scope;
  /** its scope cue names a share of a larger whole ("the first phase", "of which"), not the thing without extras ("itself") */
  share?: boolean;
  /** the figure is set against another in its clause ("below the $14bn quoted by…", "rather than") */
  contrast: boolean;
  /** the text says the figure moves ("the toll rises to", "now", "so far"): a running figure */
  moving: boolean;
  /** sentence text around the figure, lowercase, for revision words */
  readonly window: string;
  /** candidate names of the thing measured ("bridge", "road bridge") near the figure, by weight, for the fact's label */
  words: WordWeights;
  /** for counts: participles right by the figure that say what happened to the things counted ("displaced") */
  participles?: WordWeights;
  /** for dates: the event its own clause names, nearest first ("construction began in 2019": "#start"; "said on Tuesday": "#say") */
  event?: string | null;
  /** its clause says what may happen, not what did ("the weir could lower the lake by 3 metres") */
  maybe?: boolean;
  /** for counts: the thing counted, one English noun whatever the report's language (countedOf) */
  counted?: string | null;
  /** the places its sentence says it was measured at ("from the right bank", "in the north"), as short keys; empty when none */
  places?: readonly string[];
  /** what kind of change it is, when it is one and not a level (changeOf): "change", "points", "offset" */
  change?: Change;
  /** for a distance: the point it is measured from, as short keys of its words (referenceOf); empty when none */
  reference?: readonly string[];
  /** the measure its own clause names, nearest word first ("[82] injured", "사망자는 [151명]"): a class of measures.ts, or null (clauseMeasure) */
  measure?: string | null;
}

/** Features with the window text made only when asked (verdicts read it for a few members). */
class Feat implements Features {
  constructor(
    readonly bag: number,
    readonly cues: Weighted,
    readonly scope: Scope,
    readonly share: boolean,
    readonly contrast: boolean,
    readonly moving: boolean,
    readonly words: Weighted,
    readonly participles: Weighted | undefined,
    readonly event: string | null,
    readonly maybe: boolean,
    readonly counted: string | null,
    readonly places: readonly string[],
    readonly change: Change,
    readonly reference: readonly string[],
    readonly measure: string | null,
    private readonly text: string,
    private readonly w0: number,
    private readonly w1: number,
  ) {}
  get window(): string {
    return this.text.slice(this.w0, this.w1).toLowerCase();
  }

  /** Its fields as plain data, but the bag and its cues (stored.ts writes the bag beside them). */
  stored(): StoredFeat {
    const pairs = (m: Weighted | undefined) => (m ? m.flat() : null);
    return [this.scope, this.share, this.contrast, this.moving, pairs(this.words)!, pairs(this.participles), this.event, this.maybe, this.counted, this.places, this.change, this.reference, this.measure, this.w0, this.w1];
  }
}

/** A figure's features but its bag, as `Feat.stored` gives them (maps as flat key, value lists). */
export type StoredFeat = [
  scope: Scope,
  share: boolean,
  contrast: boolean,
  moving: boolean,
  words: Array<string | number>,
  participles: Array<string | number> | null,
  event: string | null,
  maybe: boolean,
  counted: string | null,
  places: readonly string[],
  change: Change,
  reference: readonly string[],
  measure: string | null,
  w0: number,
  w1: number,
];

/** The fields of a stored figure, as `Feat.stored` gives them, made into what it was stored from. */
export function featuresOf(d: StoredFeat, bag: number, bags: Bags, text: string, pool: Pool): Features {
  const places = d[9].length ? d[9] : NO_PLACES, reference = d[11].length ? d[11] : NO_PLACES;
  return new Feat(bag, bags.cuesOf(bag, pool), d[0], d[1], d[2], d[3], weightedOf(d[4], pool), d[5] ? weightedOf(d[5], pool) : undefined, d[6], d[7], d[8], places, d[10], reference, d[12], text, d[13], d[14]);
}

/** The figure's features as plain data (`featuresOf` makes them again), or null for features not made here. */
export const storedFeat = (f: Features): StoredFeat | null => (f instanceof Feat ? f.stored() : null);

const WINDOW = 260;
/** token distance at which a word's weight halves */
const DECAY = 4;

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

/**
 * The word bags of one run, numbered: each key (a stem, a cue class "#cost", a counted noun
 * "=person") gets a number, and every bag lies end to end in typed arrays (bag b holds
 * [from[b], to[b]), keys in the order first added, weights summed as added). No Map per
 * figure: tens of thousands of figures made that many Maps, most of a first reconcile's garbage.
 */
/**
 * A figure's words, participles and cue classes are set here, then laid into its report's pool
 * (weighted.ts): reused from figure to figure, as figures are made one at a time.
 */
const WORD_DRAFT = new Draft(), PARTICIPLE_DRAFT = new Draft(), CUE_DRAFT = new Draft();

export class Bags extends BagStore {
  /** Per key number: 1 for a cue class ("#…"), which weighs more than a plain word. */
  cueMarks(): Uint8Array {
    const names = this.names();
    const out = new Uint8Array(names.length);
    names.forEach((k, id) => (out[id] = k.charCodeAt(0) === 35 /* # */ ? 1 : 0));
    return out;
  }

  /** The cue classes ("#…") of bag `b` and their weights, in the bag's order. */
  cuesOf(b: number, pool: Pool): Weighted {
    const names = this.names();
    CUE_DRAFT.clear();
    for (let j = this.from[b]; j < this.to[b]; j++) {
      const k = names[this.keys[j]];
      if (k.charCodeAt(0) === 35 /* # */) CUE_DRAFT.set(k, this.w[j]);
    }
    return CUE_DRAFT.done(pool);
  }
}


/**
 * Features of every mention of one report. `mentions` must all belong to `text`.
 * Linear in the text plus mentions (each mention looks at a bounded window of its sentence).
 * `pick`: only the mentions it marks get features (the others still bound their neighbours' words).
 */
export function reportFeatures(text: string, mentions: Mention[], language?: string | null, bags: Bags = new Bags(), pick?: ArrayLike<boolean>): Features[] {
  const locale = localeFor(language);
  const cuesOf = cuesFor(locale.cues);
  // mention indices by start (a stable sort: ties keep their order)
  const sorted = byStart(mentions);
  const out: Features[] = new Array(mentions.length);
  if (!sorted.length) return out;
  // the report's words, tokenized once: each figure's window is cut from them
  const all = tokenize(text, WORDS, locale.ending);
  // the other figures of a window as start, end pairs laid flat (the first `no` pairs), reused from figure to figure
  const others: number[] = [];
  const places = placesPooled(text, mentions, sorted, all, locale, pick);
  // the figures' words, end to end (weighted.ts)
  const pool = new Pool();
  for (let k = 0; k < sorted.length; k++) if (!pick || pick[sorted[k]]) out[sorted[k]] = figureFeatures(text, mentions, sorted, k, all, others, cuesOf, bags, locale, places[k] ?? NO_PLACES, pool);
  pool.trim();
  return out;
}

/** A figure's value as a key: a report restating it ("risen to 18" … "climbed to 18") gives it again. */
const restatement = (m: Mention) => `${m.kind}|${m.unit}|${m.low}|${m.high}|${m.date?.start}|${m.date?.end}`;

/**
 * The places of each (picked) figure, by its index in `sorted`: its own sentence's (placesAt), and
 * those of the report's other sentences that restate it, which speak of one reading.
 */
function placesPooled(text: string, mentions: Mention[], sorted: number[], toks: Toks, locale: ReconcileLocale, pick?: ArrayLike<boolean>): Array<readonly string[] | undefined> {
  const out: Array<readonly string[] | undefined> = new Array(sorted.length);
  if (!locale.place) return out;
  const same = new Map<string, number[]>();
  sorted.forEach((i, k) => {
    const key = restatement(mentions[i]);
    (same.get(key) ?? same.set(key, []).get(key)!).push(k);
  });
  const own: Array<readonly string[] | undefined> = new Array(sorted.length);
  const ownOf = (k: number) => (own[k] ??= placesAt(text, mentions, sorted, k, toks, locale.place!));
  for (const ks of same.values()) {
    if (pick && !ks.some((k) => pick[sorted[k]])) continue;
    let pooled: string[] | null = null;
    for (const k of ks) for (const p of ownOf(k)) if (!(pooled ??= []).includes(p)) pooled.push(p);
    for (const k of ks) out[k] = pooled ?? NO_PLACES;
  }
  return out;
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

/** The places the `k`th figure's own sentence names (placesOf), in its window. */
function placesAt(text: string, mentions: Mention[], sorted: number[], k: number, toks: Toks, cue: NonNullable<ReconcileLocale["place"]>): readonly string[] {
  const m = mentions[sorted[k]];
  const { w0, w1, lo, end } = windowOf(text, m, toks);
  // the nearest other figure on each side, dates left out: a date has no place of its own to
  // take a phrase from ("said on June 8 that the level in X")
  let pb = -Infinity, pa = Infinity;
  for (let j = k - 1; j >= 0 && mentions[sorted[j]].end > w0; j--) {
    const o = mentions[sorted[j]];
    if (o.kind !== "date" && o.end <= m.start && o.start > pb) pb = o.start;
  }
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start < w1; j++) {
    const o = mentions[sorted[j]];
    if (o.kind !== "date" && o.start >= m.end && o.end < pa) pa = o.end;
  }
  return placesOf(text, toks, lo, end, m, pb, pa, cue);
}

/**
 * A figure's window: its sentence (`sent`), cut to WINDOW characters either side of it ([w0, w1)), and
 * the report's words that lie inside it ([lo, end) of `toks`).
 */
function windowOf(text: string, m: Mention, toks: Toks): { sent: [number, number]; w0: number; w1: number; lo: number; end: number } {
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

/**
 * Features of the `k`th figure of a report (`sorted`: its mentions' indices by start; `toks` the report's words). A
 * function of its own, not the body of reportFeatures' loop: the engine optimizes a small hot
 * function early, and a first reconcile spent most of its feature time waiting for the whole.
 */
function figureFeatures(text: string, mentions: Mention[], sorted: number[], k: number, toks: Toks, others: number[], cuesOf: CuesOf, bags: Bags, locale: ReconcileLocale, places: readonly string[], pool: Pool): Features {
  const m = mentions[sorted[k]];
  const { sent, w0, w1, lo, end: last } = windowOf(text, m, toks);
  // other figures in this window, in text order: words inside them or beyond them belong to them more than to us
  let first = k, no = 0;
  while (first > 0 && mentions[sorted[first - 1]].end > w0) first--;
  for (let j = first; j < k; j++) (others[2 * no] = mentions[sorted[j]].start), (others[2 * no + 1] = mentions[sorted[j]].end), no++;
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start < w1; j++) (others[2 * no] = mentions[sorted[j]].start), (others[2 * no + 1] = mentions[sorted[j]].end), no++;
  // the nearest other figure on each side: a word farther out than it is "beyond" it
  let nearBefore = -Infinity, nearAfter = Infinity;
  for (let q = 0; q < no; q++) {
    const s0 = others[2 * q], e0 = others[2 * q + 1];
    if (e0 <= m.start && s0 > nearBefore) nearBefore = s0;
    if (s0 >= m.end && e0 < nearAfter) nearAfter = e0;
  }
  const bag = bags.open();
  const words = WORD_DRAFT, participles = m.kind === "count" ? PARTICIPLE_DRAFT : undefined;
  words.clear();
  participles?.clear();
  // the window's words, cut from the report's words (tokenized once per report)
  const ts = toks.s, te = toks.e, tl = toks.lw;
  // the window is words [lo, last) of the report's
  const at0 = lo;
  let at = lo;
  while (at < last && te[at] <= m.start) at++;
  let oi = 0;
  for (let idx = lo; idx < last; idx++) {
    const s = ts[idx], e = te[idx];
    // a word begun inside the figure is its counter with the grammar after it ("12명으로")
    const inside = s >= m.start && s < m.end;
    // inside the figure only a counted noun tells what it is about ("troops"); "metres" or "million" do not
    if (inside && m.kind !== "count") continue;
    while (oi < no && others[2 * oi + 1] <= s) oi++;
    if (!inside && oi < no && s >= others[2 * oi] && s < others[2 * oi + 1]) continue;
    const lw = tl[idx];
    const d = inside ? 0 : idx < at ? at - idx : Math.max(1, idx - at - (at < last && te[at] <= m.end ? 1 : 0));
    let w = 1 / (1 + d / DECAY);
    if (!inside && (e <= nearBefore || s >= nearAfter)) w *= 0.4;
    // the counted noun itself ("troops") names the thing, not the measure or event
    // cue classes and stem are worked out once per word of the report, not once per window
    const cues = (toks.cues[idx] ??= cuesOf(lw));
    // "no earlier than", "no later than": a bound on the figure, not an earlier figure
    if (!inside && !(lw === "earlier" && idx > at0 && tl[idx - 1] === "no"))
      for (let c = 0; c < cues.length; c++) bags.add(bags.id(cues[c] === "#start" && outputBefore(text, toks, idx, at0) ? "#complete" : cues[c]), w);
    if (idx + 1 < last && tl[idx + 1] === "of" && /^(north|south|east|west|northwest|northeast|southwest|southeast)$/.test(lw)) bags.add(bags.id("#distance"), w);
    // "first gas", "first oil", "first power": a project's first output is its completion milestone
    if (lw === "first" && !inside && idx + 1 < last && FIRST_OUTPUT.test(tl[idx + 1])) bags.add(bags.id("#complete"), w);
    if (toks.st[idx] === -2) toks.st[idx] = STOP.has(lw) || tooShort(lw) ? -1 : bags.id(stemCached(lw));
    if (toks.st[idx] < 0) continue;
    bags.add(toks.st[idx], w);
    if (participles && !inside && d <= 3 && EVENT_PARTICIPLE.test(lw)) participles.set(lw, Math.max(participles.get(lw) ?? 0, w));
    // (an agreement's own noun names the thing signed: "the defence treaty")
    if (!inside && d <= 10) {
      // a common noun near the figure, alone and with the word right before it ("road bridge");
      // worked out once per word of the report, as windows overlap
      if (toks.head[idx] < 0) {
        const head = nounLike(text, toks, idx, cuesOf) && !verbAfter(text, toks, idx) && !nounNext(text, toks, idx, cuesOf);
        toks.head[idx] = head ? 1 : 0;
        const p = head && idx > 0 ? idx - 1 : -1;
        toks.bi[idx] = p >= 0 && te[p] >= s - 1 && /^[\s-]?$/.test(text.slice(te[p], s)) && isModifier(toks, p, cuesOf) ? `${tl[p]} ${lw}` : null;
        toks.adjunct[idx] = head && inAdjunct(text, toks, idx) ? 1 : 0;
      }
      if (toks.head[idx] === 1) {
        // a noun in a place or time adjunct ("on both banks", "from the capital") is rarely the thing measured
        if (toks.adjunct[idx]) w *= 0.3;
        if ((words.get(lw) ?? 0) < w) words.set(lw, w);
        const bi = toks.bi[idx];
        // the modifier must be in the window and not inside the figure ("1,200-megawatt plant")
        if (bi && idx > at0 && !(ts[idx - 1] < m.end && te[idx - 1] > m.start) && (words.get(bi) ?? 0) < w) words.set(bi, w);
      }
    }
  }
  if (m.kind === "percent") wholeOf(text, toks, at0, last, m, locale.whole, words);
  const counted = countedOf(text, m, locale);
  if (counted) bags.add(bags.id("=" + stem(counted)), 0.5);
  if (m.per) bags.add(bags.id("#per-" + m.per), 0.7);
  // a sum written before a noun ("a $3bn port") gives that thing's cost or value
  if (m.kind === "money") {
    let nx = at0;
    while (nx < last && ts[nx] < m.end) nx++;
    if (nx < last && /^[\s-]{0,2}$/.test(text.slice(m.end, ts[nx])) && !STOP.has(tl[nx]) && !/^(to|in|a|per)$/.test(tl[nx])) bags.add(bags.id("#cost"), 0.8);
  }
  const near = text.slice(Math.max(w0, m.start - 60), Math.min(w1, m.end + 60));
  const event = m.kind === "date" ? clauseEvent(text, toks, at0, last, at, m, cuesOf) : null;
  const may = maybeOf(text, toks, at0, at, m, locale);
  const { scope, share: part } = scopeOf(text, m, w0, w1, others, no);
  const share = part || breakdown(text, mentions, sorted, k) || subPeriod(text, mentions, sorted, k, locale.period?.alone);
  return new Feat(bag, bags.cuesOf(bag, pool), scope, share, CONTRAST.test(near), MOVING.test(near), words.done(pool), participles?.done(pool), event, may, counted, places, changeOf(text, m, sent, locale.change), referenceOf(text, m, sent, locale.reference, locale.place), clauseMeasure(text, toks, at0, last, at, m, others, no, cuesOf, locale), text, w0, w1);
}

/**
 * The whole a share is taken of ("30 percent of the city", "a quarter of the city's buildings",
 * "el 30 % de la ciudad", "도시의 30%": the locale's `whole`) is what it measures: its first word
 * weighs as much as a noun can ("estimates suggest 30 percent of the city": not "suggest"), so it
 * is the share's thing. A name's possessive ("of Ostrovia's total trade") says whose, not what:
 * no whole is read then.
 */
function wholeOf(text: string, toks: Toks, from: number, to: number, m: Mention, cue: ReconcileLocale["whole"], words: Draft): void {
  if (!cue) return;
  let j = -1;
  const after = cue.after?.exec(text.slice(m.end, m.end + WHOLE_REACH));
  if (after) {
    const at = m.end + after[0].length;
    for (let k = from; k < to && toks.s[k] <= at; k++) if (toks.s[k] === at) j = k;
  } else {
    const before = cue.before?.exec(text.slice(Math.max(0, m.start - WHOLE_REACH), m.start));
    if (!before) return;
    const at = m.start - before[0].length;
    // the word ends at the mark, or holds it (a particle written on its noun: "도시의")
    for (let k = from; k < to && toks.s[k] < at; k++) if (toks.e[k] >= at || /^\s*$/.test(text.slice(toks.e[k], at))) j = k;
  }
  if (j < 0) return;
  // past the words that modify the whole's noun ("the cultivated land", "Ostrovian shipments"):
  // one that cannot be a head, or a capitalized word before a lower-case one; not past a possessive
  for (let n = 1; after && n < WHOLE_WORDS && j + 1 < to && /^\s+$/.test(text.slice(toks.e[j], toks.s[j + 1])); n++) {
    const lw = toks.lw[j], next = toks.lw[j + 1];
    if (/['’]s$/.test(lw) || STOP.has(next) || (isHead(lw) && !(text[toks.s[j]] !== lw[0] && text[toks.s[j + 1]] === next[0]))) break;
    j++;
  }
  const raw = toks.lw[j];
  if (/['’]s$/.test(raw) && text[toks.s[j]] !== raw[0]) return;
  const w = raw.replace(/['’]s$/, "");
  if (!STOP.has(w) && !tooShort(w) && (words.get(w) ?? 0) < 1) words.set(w, 1);
}

/** The words of a share's whole read at most: its noun and the words before it that modify it. */
const WHOLE_WORDS = 3;

/** How far past a share its whole's opening words may reach. */
const WHOLE_REACH = 40;

/** How many words either side of a figure its own clause's measure word may lie. */
const MEASURE_REACH = 6;

/** Marks between two words that close a clause, in any script ("、", "，", "·" in a list, "…"). */
const MEASURE_BREAK = /[,;:()[\]"“”'‘’«»「」『』—–、，。；：（）·・▷|…]|\.\.|\s-\s|[.!?]\s/;

/** Words that join two clauses: a measure across them is the other clause's ("2,300 died and 10,000 are missing"). */
const MEASURE_JOIN = /^(?:and|or|but|while|whereas|with|plus|및|그리고)$/;

/**
 * The measure the figure's own clause names: a count's age bracket ("20대가 [103명]") or own noun
 * ("600 fatalities", "102 women": a toll broken down by sex is a part, not the toll), else the
 * nearest word before or after it whose cue class is a measure of its kind (measures.ts CLAUSE_MEASURES), with no
 * clause mark, joining word or other figure between ("[82] were injured", "부상자는 [82명]",
 * "負傷者[151人]"). Null when its clause names none, or names one as near on each side ("154명의
 * 사망자와 [149명]의 부상자": which is its own is unsure). Unlike the heaviest cue of the figure's
 * bag (which reads the neighbouring clauses too), this is what the figure itself is said to count:
 * two figures whose clauses name two measures (the dead, the injured) are two properties.
 */
function clauseMeasure(text: string, toks: Toks, from: number, to: number, at: number, m: Mention, others: number[], no: number, cuesOf: CuesOf, locale: ReconcileLocale): string | null {
  const kinds = CLAUSE_MEASURES[m.kind === "quantity" ? (m.unit ?? "") : m.kind];
  if (!kinds) return null;
  // the other figures' nearest edges: words beyond them are theirs
  let prevEnd = -Infinity, nextStart = Infinity;
  for (let q = 0; q < no; q++) {
    const s0 = others[2 * q], e0 = others[2 * q + 1];
    if (e0 <= m.start && e0 > prevEnd) prevEnd = e0;
    if (s0 >= m.end && s0 < nextStart) nextStart = s0;
  }
  const own = locale.clauseCues;
  // an age bracket labels the count right before it ("20대가 [103명]")
  if (m.kind === "count" && locale.bracket?.test(text.slice(Math.max(0, m.start - 12), m.start))) return "#age";
  let idx = at;
  for (; idx < to && toks.s[idx] < m.end; idx++) {
    const c = m.kind === "count" ? measureClass(toks, idx, kinds, own, cuesOf) : null;
    if (c) return c;
  }
  // the reach counts words (tooShort: two letters, one CJK character are none), so the articles and
  // prepositions a language spells out ("il più lungo di Russia e Europa coi suoi [18,1 km]") do not
  // put a measure word further than the same clause where they are glued on (Korean particles)
  let before: string | null = null, db = MEASURE_REACH;
  for (let j = at - 1, n = 0; j >= from && n < MEASURE_REACH; j--) {
    if (toks.s[j] < prevEnd) break;
    const gap = text.slice(toks.e[j], j === at - 1 ? m.start : toks.s[j + 1]);
    if (MEASURE_BREAK.test(gap) || MEASURE_JOIN.test(toks.lw[j])) break;
    const c = measureClass(toks, j, kinds, own, cuesOf);
    if (c) {
      (before = c), (db = n);
      break;
    }
    if (!tooShort(toks.lw[j])) n++;
  }
  for (let n = 0, first = idx; idx < to && n <= db; idx++) {
    if (toks.e[idx] > nextStart) break;
    const gap = text.slice(idx === first ? m.end : toks.e[idx - 1], toks.s[idx]);
    if (MEASURE_BREAK.test(gap) || MEASURE_JOIN.test(toks.lw[idx])) break;
    const c = measureClass(toks, idx, kinds, own, cuesOf);
    // as near as the one before: which is the figure's own is unsure
    if (c) return n === db ? (c === before ? c : null) : c;
    if (!tooShort(toks.lw[idx])) n++;
  }
  return before;
}

/** The measure class word `idx` names, of those `kinds` holds: the locale's own clause cues first, then the word's cue classes. */
function measureClass(toks: Toks, idx: number, kinds: ReadonlySet<string>, own: ReconcileLocale["clauseCues"], cuesOf: CuesOf): string | null {
  if (own) for (const [re, c] of own) if (kinds.has(c) && re.test(toks.lw[idx])) return c;
  for (const c of (toks.cues[idx] ??= cuesOf(toks.lw[idx]))) if (kinds.has(c)) return c;
  return null;
}

/** How many words of a distance's point are read ("the waterway's southern entrance"). */
const REFERENCE_WORDS = 4;

/**
 * For a distance, the point its text measures it from: the words after "east of", "from" ("30 km
 * east of the city of Kherson": city, kherso), each cut to its first five letters (a possessive's
 * mark dropped; kinds of place, "city", left out), up to a comma or a word that closes the phrase. Two distances from two points
 * ("160 km north of the dam", "30 km east of the city") are two properties.
 */
function referenceOf(text: string, m: Mention, sent: readonly [number, number], cue: ReconcileLocale["reference"], kind: ReconcileLocale["place"]): readonly string[] {
  if (!cue || m.kind !== "quantity" || m.unit !== "m") return NO_PLACES;
  const after = text.slice(m.end, Math.min(sent[1], m.end + 80));
  const open = cue.open.exec(after);
  if (!open) return NO_PLACES;
  let out: string[] | null = null;
  let n = 0;
  for (const w of after.slice(open[0].length).split(/\s+/)) {
    const word = w.replace(/[,.;:!?)"”]+$/, "");
    const lw = word.toLowerCase().replace(/['’]s?$/, "");
    if (!lw || cue.close.test(lw) || !/^[\p{L}-]+$/u.test(lw) || ++n > REFERENCE_WORDS) break;
    // a kind of place ("the coastal city") may be any city of the story: only a name tells two points apart
    if (lw.length >= 3 && !STOP.has(lw) && !DIRECTION.test(lw) && !kind?.noun.test(lw) && !kind?.side.test(lw)) (out ??= []).push(lw.slice(0, 5));
    // a mark after the word ends the phrase ("east of Kherson, the regional capital")
    if (word !== w) break;
  }
  return out ?? NO_PLACES;
}

const DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western)$/;

/** Kinds of figure that are a change, not a level: an amount moved, a share moved in points, a stretch of time before or after a moment. */
export type Change = "change" | "points" | "offset" | null;

/** How far before a figure its clause may hold the verb of change that its "by" goes with ("cut the river's summer flow by"). */
const CHANGE_BACK = 60;

/**
 * Whether the figure is an amount of change rather than a level ("rose by 2,000", "up 3 percent",
 * "a 5% increase"), a share moved in points ("down 3.1 percentage points"), or a duration that
 * places a moment ("two days after landfall"); null for a level, a date, or a language without
 * the cues. A change and a level of one attribute are two properties: "the level will rise by
 * another metre" is no rival of "the level reached 12 metres".
 */
function changeOf(text: string, m: Mention, sent: readonly [number, number], cue: ReconcileLocale["change"]): Change {
  if (!cue || m.kind === "date") return null;
  const after = text.slice(m.end, Math.min(sent[1], m.end + 30));
  if (m.kind === "duration") return cue.offset.test(after) ? "offset" : null;
  if (m.kind === "percent" && (cue.points.test(m.text) || cue.points.test(after))) return "points";
  const before = text.slice(Math.max(sent[0], m.start - CHANGE_BACK), m.start);
  if (cue.before.test(before) || cue.after.test(after)) return "change";
  // the words after the number, in the span ("two other people") or after it ("3,000 more")
  const inner = /^\S+(\s[\s\S]*)$/.exec(m.text);
  if (cue.added && (cue.added.test(after) || (inner && cue.added.test(inner[1])))) return "change";
  if ((m.kind === "percent" || m.kind === "money") && cue.upDown.test(before)) return "change";
  if (m.kind === "percent" && cue.moved.test(before)) return "change";
  const by = cue.by.exec(before);
  // "by" alone may name an agent ("escorted by two tugboats") or a deadline: a verb of change in its clause makes it the amount moved
  if (by && cue.verb.test(before.slice(0, by.index).split(/[,;:()]/).pop() ?? "")) return "change";
  return null;
}

const NO_PLACES: readonly string[] = [];

/** How many words a place phrase runs on after its preposition ("from both the Russian and Ukrainian-controlled sides"). */
const PLACE_WORDS = 7;

/**
 * The places the figure's sentence says it was measured at: the names (and "right bank", "north"
 * kinds of side) in phrases opened by a place preposition, words [from, to) of the report's, none
 * beyond the nearest other figure (there a phrase belongs to that figure). Keys are a name's first
 * five letters, its part before a hyphen ("Russian-held", "Russia" alike), so spellings of one
 * place that differ in the ending still meet.
 */
function placesOf(text: string, toks: Toks, from: number, to: number, m: Mention, nearBefore: number, nearAfter: number, cue: NonNullable<ReconcileLocale["place"]>): readonly string[] {
  let out: string[] | null = null;
  for (let idx = from; idx < to; idx++) {
    if (toks.e[idx] <= nearBefore || toks.s[idx] >= nearAfter) continue;
    if (toks.s[idx] >= m.start && toks.e[idx] <= m.end) continue;
    if (!cue.preposition.test(toks.lw[idx])) continue;
    for (let j = idx + 1, n = 0; j < to && n < PLACE_WORDS; j++, n++) {
      // a phrase runs over blanks only (a bracket around an editor's insertion too); a figure or a comma ends it
      if (!/^[\s[\]]*$/.test(text.slice(toks.e[j - 1], toks.s[j]))) break;
      if (toks.s[j] < m.end && toks.e[j] > m.start) break;
      const lw = toks.lw[j];
      const base = lw.split("-")[0].replace(/['’]s?$/, "");
      if (cue.noun.test(lw)) {
        const prev = toks.lw[j - 1];
        if (j - 1 > idx && cue.side.test(prev) && text[toks.s[j - 1]] === prev[0]) out = putOnce(out, `${prev} ${lw.replace(/s$/, "")}`);
        continue;
      }
      if (text[toks.s[j]] !== lw[0]) {
        // "on his Telegram channel", "in their Facebook post": a name after a possessive is someone's thing, not a place
        if (j - 1 > idx && /^(?:his|her|its|their|our|my|your)$/.test(toks.lw[j - 1])) break;
        if (base.length >= 3 && !STOP.has(base)) out = putOnce(out, base.slice(0, 5));
        continue;
      }
      // determiners and sides run on to the noun ("both the", "the right", "government-held")
      if (DETERMINER.test(lw) || lw === "and" || lw === "of" || cue.side.test(base) || cue.side.test(lw.split("-").pop() ?? "")) continue;
      break;
    }
  }
  return out ?? NO_PLACES;
}

/** `k` added to list `out` (made when null) unless it holds it already. */
function putOnce(out: string[] | null, k: string): string[] {
  const list = out ?? [];
  if (!list.includes(k)) list.push(k);
  return list;
}

/** How far back a clause's modal governs its figure ("the new weir could in a dry year lower the lake by 3 metres"). */
const MAYBE_BACK = 12;

/**
 * The figure's own clause, before it (words [from, at) of the window), holds a `modal` ("could",
 * "might") that governs it: the figure is what may happen, not what did. Not when a word of
 * `ability` follows the modal: "it could (only) store 1.5 million m³" says what it holds; nor when a
 * `negation` does: "rescuers could not reach 40 people" says what did not happen.
 */
function maybeOf(text: string, toks: Toks, from: number, at: number, m: Mention, cues: { maybe?: RegExp; able?: RegExp; negation?: RegExp }): boolean {
  const { maybe: modal, able: ability, negation } = cues;
  if (!modal) return false;
  let able = false, negated = false;
  for (let idx = at - 1, n = 0; idx >= from && n < MAYBE_BACK; idx--, n++) {
    const gap = text.slice(toks.e[idx], n === 0 ? m.start : toks.s[idx + 1]);
    if (CLAUSE_BREAK.test(gap) || /[.!?]\s/.test(gap) || COORDINATOR.test(toks.lw[idx])) return false;
    // "officials allowed 300 people to leave": a figure right after the word is what was let happen
    if (modal.test(toks.lw[idx])) return !able && !negated && n > 0;
    // "could not reach 40 people": what did not happen, not what may
    negated ||= !!negation && negation.test(toks.lw[idx]);
    able ||= !!ability && ability.test(toks.lw[idx]);
  }
  return false;
}

/** Words that join two clauses: a modal before them governs the other clause. */
const COORDINATOR = /^(and|but|while|whereas|or)$/;

/** The word before "force" or "effect" that makes it an entry into force ("into force", "took effect"). */
const IN_FORCE_BEFORE = /^(into|in|took|take|takes|taken|taking|came)$/;

/** Cue classes that name the event a date marks ("originally", "rose" say when, not what). */
const EVENT_CUES = new Set(["#complete", "#start", "#agree", "#strike", "#deploy", "#casualty"]);

/** Text between two words that closes a clause: a comma, a colon, a bracket, a dash, a quote. */
const CLAUSE_BREAK = /[,;:()"“”—–]|\s-\s/;
const BACK = 8, AHEAD = 5;

/** The event of a date a clause gives as the day of a statement ("said on Tuesday"): one name wherever it is read. */
export const SAID_EVENT = "#say";

/** The event word `idx` names, if any (clauseEvent; words from `from` are the window's). */
function eventAt(text: string, toks: Toks, idx: number, from: number, cuesOf: CuesOf): string | null {
  const lw = toks.lw[idx];
  if (SAID.test(lw)) return SAID_EVENT;
  // "first gas", "first power": a project's first output is its completion
  if (FIRST_OUTPUT.test(lw) && idx > from && toks.lw[idx - 1] === "first") return "#complete";
  // "came into force", "entered into force", "took effect": a law's or a pact's entry into force,
  // a milestone of its own (not its signing, which "agreement" alone would make it)
  if ((lw === "force" || lw === "effect") && idx > from && IN_FORCE_BEFORE.test(toks.lw[idx - 1])) return "#force";
  for (const c of (toks.cues[idx] ??= cuesOf(lw))) if (EVENT_CUES.has(c)) return c === "#start" && outputBefore(text, toks, idx, from) ? "#complete" : c;
  return null;
}

/**
 * The event a date's own clause names: the nearest event word before it in its clause ("when
 * construction began in 2019", "the ministry said on Tuesday", "due to open in 2025"), else the
 * nearest just after it ("On 15 May, the president opened…"); null when the clause names none.
 * A verb of saying makes it the date of a statement ("#say"). Words of another clause never count.
 */
function clauseEvent(text: string, toks: Toks, from: number, to: number, at: number, m: Mention, cuesOf: CuesOf): string | null {
  for (let idx = at - 1, n = 0; idx >= from && n < BACK; idx--, n++) {
    const gap = text.slice(toks.e[idx], n === 0 ? m.start : toks.s[idx + 1]);
    if (CLAUSE_BREAK.test(gap) || /[.!?]\s/.test(gap)) break;
    const e = eventAt(text, toks, idx, from, cuesOf);
    if (e) return e;
  }
  let idx = at;
  while (idx < to && toks.s[idx] < m.end) idx++;
  for (let n = 0; idx < to && n < AHEAD; idx++, n++) {
    const gap = text.slice(n === 0 ? m.end : toks.e[idx - 1], toks.s[idx]);
    if (CLAUSE_BREAK.test(gap) || /[.!?]\s/.test(gap)) break;
    const e = eventAt(text, toks, idx, from, cuesOf);
    if (e) return e;
  }
  return null;
}

/** Text between a total and the first count of its breakdown: a dash or a colon alone ("four berths – two for …"). */
const BREAKDOWN_GAP = /^\s*[:–—]\s*$|^\s+-\s+$/;

/**
 * The `k`th figure (`sorted` by start) opens a breakdown of the count right before it ("a toll of
 * 4,540 – 3,964 nationals and 576 foreigners", "four berths: two for containers …"): a share of
 * that total, as "of which" makes one.
 */
function breakdown(text: string, mentions: Mention[], sorted: number[], k: number): boolean {
  if (k === 0) return false;
  const m = mentions[sorted[k]], prev = mentions[sorted[k - 1]];
  return m.kind === "count" && prev.kind === "count" && prev.end <= m.start && BREAKDOWN_GAP.test(text.slice(prev.end, m.start));
}

/** How far (in characters) a date may lie from the figure whose stretch it limits. */
const SUB_PERIOD_NEAR = 60;

/**
 * The `k`th figure's own clause limits it to a part of a longer stretch: a date near it in its
 * sentence, with no clause mark between, followed by the locale's `alone` cue ("in December alone
 * it totaled $8.1 billion", "400 died in 2023 alone"). Its figure is then a share of the longer
 * stretch's, not a rival of it.
 */
function subPeriod(text: string, mentions: Mention[], sorted: number[], k: number, alone: RegExp | undefined): boolean {
  const m = mentions[sorted[k]];
  if (!alone || m.kind === "date") return false;
  for (let j = k - 1; j >= 0 && mentions[sorted[j]].end >= m.start - SUB_PERIOD_NEAR; j--) if (limits(text, m, mentions[sorted[j]], alone)) return true;
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start <= m.end + SUB_PERIOD_NEAR; j++) if (limits(text, m, mentions[sorted[j]], alone)) return true;
  return false;
}

/** Date `d` limits figure `m` to a part of a stretch (subPeriod). */
function limits(text: string, m: Mention, d: Mention, alone: RegExp): boolean {
  if (d.kind !== "date" || !alone.test(text.slice(d.end, d.end + 12))) return false;
  const between = d.end <= m.start ? text.slice(d.end, m.start) : text.slice(m.end, d.start);
  return !/[.;:!?]|,\s*(?:and|but|while|whereas)\s/.test(between);
}

/** Scope cues as global patterns, made once (each search resets lastIndex). */
const SCOPES = [[new RegExp(WHOLE.source, "gi"), "whole"], [new RegExp(PART.source, "gi"), "part"]] as const;

/** Part cues that leave extras out of one thing ("the bridge itself") rather than name a share of a larger whole. */
const EXCLUDING = /^(?:itself|alone|excluding|without)$/i;

/**
 * The nearest scope cue, when no other figure (the first `no` start, end pairs of `others`) stands
 * closer to it; `share` when it is a part cue naming a share of a larger whole ("the first phase",
 * "of which", "…, including 40 children"), not one leaving extras out ("the bridge itself").
 */
function scopeOf(text: string, m: Mention, w0: number, w1: number, others: number[], no: number): { scope: Scope; share: boolean } {
  let best: Scope = null, share = false;
  let bestD = Infinity;
  const s = text.slice(w0, w1);
  for (const [g, scope] of SCOPES) {
    g.lastIndex = 0;
    for (let r = g.exec(s); r; r = g.exec(s)) {
      const cs = w0 + r.index, ce = cs + r[0].length;
      const d = ce <= m.start ? m.start - ce : cs >= m.end ? cs - m.end : 0;
      // phase words govern a whole clause; the others sit right by their figure
      const reach = /phase|stage/i.test(r[0]) ? 100 : 40;
      if (d >= bestD || d > reach) continue;
      let nearer = false;
      for (let q = 0; q < no && !nearer; q++) {
        const os = others[2 * q], oe = others[2 * q + 1];
        const od = ce <= os ? os - ce : cs >= oe ? cs - oe : 0;
        nearer = od < d;
      }
      if (nearer) continue;
      // "X, including approach roads" covers the whole; "…, including X" is a part of something larger
      best = scope === "whole" && /^including$/i.test(r[0]) && ce <= m.start ? "part" : scope;
      share = best === "part" && !EXCLUDING.test(r[0]);
      bestD = d;
    }
  }
  return { scope: best, share };
}
