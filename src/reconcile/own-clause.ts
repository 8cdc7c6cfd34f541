/**
 * What a figure's own clause says of it: the measure it names ("[82] were injured"), the event a
 * date marks ("construction began in 2019"), a modal that makes it what may happen ("could lower
 * the lake by 3 metres"), and whether it is a change rather than a level ("rose by 2,000").
 * @module
 */
import type { Mention } from "../types.js";
import { NEVER, type ReconcileLocale } from "./locale.js";
import { CLAUSE_MEASURES } from "./measures.js";
import type { Change } from "./features.js";
import { outputBefore, stemCached, tooShort, type CuesOf, type Toks } from "./words.js";
import { wordsFor } from "../extract/vocabulary.js";

/** How many words either side of a figure its own clause's measure word may lie. */
const MEASURE_REACH = 6;

/**
 * Text between two words that closes a clause, in any script: a comma, a colon, a bracket, a dash,
 * a quote, a sentence's end ("、", "，", "·" in a list, "…"). Not a comma between two digits:
 * "4,500" groups thousands and closes nothing. One test for every reader of a figure's own clause.
 */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:()[\]"“”'‘’«»「」『』—–、，。；：（）·・ㆍ▷|…]|\.\.|\s-\s|[.!?]\s/;
/**
 * Whether `gap`, the text between two words from `at` on, closes a clause: a CLAUSE_BREAK, or a
 * space between Chinese characters or kana, which write none inside a sentence ("158人不明 日本人
 * 観光客72人乗船": a headline's two lines).
 */
const closes = (gap: string, text: string, at: number): boolean => CLAUSE_BREAK.test(gap) || (/\s/.test(gap) && CJ.test(text[at - 1] ?? "") && CJ.test(text[at + gap.length] ?? ""));
const CJ = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The same or a line break, searched from a point on (clauseBefore, eventWord). */
const CLAUSE_BREAKS = new RegExp(`${CLAUSE_BREAK.source}|\\n`, "g");

/** How far before a count its place's words are read ("a small fishing town of more than"). */
const POPULATION_BACK = 48;

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
export function clauseMeasure(text: string, toks: Toks, from: number, to: number, at: number, m: Mention, others: number[], no: number, cuesOf: CuesOf, locale: ReconcileLocale): string | null {
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
  // the joining words of the figure's language (its locale's `join`)
  const join = locale.join?.clause ?? NEVER, toll = locale.join?.toll ?? NEVER;
  // an age bracket labels the count right before it ("20대가 [103명]")
  if (m.kind === "count" && locale.bracket?.test(text.slice(Math.max(0, m.start - 12), m.start))) return "#age";
  // a place's people, said right before the count ("a town of 9,200"): no toll, whatever follows
  if (m.kind === "count" && locale.population?.test(text.slice(Math.max(0, m.start - POPULATION_BACK), m.start))) return "#population";
  let idx = at;
  for (; idx < to && toks.s[idx] < m.end; idx++) {
    const c = m.kind === "count" ? measureClass(text, toks, idx, kinds, own, toll, cuesOf) : null;
    if (c) return c;
  }
  // the reach counts words (tooShort: two letters, one CJK character are none), so the articles and
  // prepositions a language spells out ("il più lungo di Russia e Europa coi suoi [18,1 km]") do not
  // put a measure word further than the same clause where they are glued on (Korean particles)
  let before: string | null = null, db = MEASURE_REACH, bi = -1;
  for (let j = at - 1, n = 0; j >= from && n < MEASURE_REACH; j--) {
    if (toks.s[j] < prevEnd) break;
    const gap = text.slice(toks.e[j], j === at - 1 ? m.start : toks.s[j + 1]);
    if (closes(gap, text, toks.e[j]) || join.test(toks.lw[j])) break;
    const c = measureClass(text, toks, j, kinds, own, toll, cuesOf);
    if (c) {
      (before = c), (db = n), (bi = j);
      break;
    }
    if (!tooShort(toks.lw[j])) n++;
  }
  for (let n = 0, first = idx; idx < to && n <= db; idx++) {
    if (toks.e[idx] > nextStart) break;
    const gap = text.slice(idx === first ? m.end : toks.e[idx - 1], toks.s[idx]);
    if (closes(gap, text, idx === first ? m.end : toks.e[idx - 1]) || join.test(toks.lw[idx])) break;
    const c = measureClass(text, toks, idx, kinds, own, toll, cuesOf);
    // as near as the one before: which is the figure's own is unsure, unless the one before is the
    // first word after the figure before it ("9人死亡[158人]不明", "9명이 숨지고 [158명]이 실종"): that
    // figure's own, as this one's is the word after it
    // (a word for both tolls beside a word for one names the total the one is part of: "40명의
    // 부상자 등 총 [52명]의 사상자")
    if (c) return n === db ? (c === before ? c : c === HURT || before === HURT ? HURT : firstAfter(text, toks, bi, prevEnd) ? c : null) : c;
    if (!tooShort(toks.lw[idx])) n++;
  }
  return before;
}

/**
 * The measure class word `idx` names, of those `kinds` holds: the locale's own clause cues first,
 * then the word's cue classes. A toll word joined to the other toll by one word of `toll` (the
 * language's: "killed or wounded", "погибших и раненых", "morts et blessés") names both together (HURT).
 */
function measureClass(text: string, toks: Toks, idx: number, kinds: ReadonlySet<string>, own: ReconcileLocale["clauseCues"], toll: RegExp, cuesOf: CuesOf): string | null {
  if (own) for (const [re, c] of own) if (kinds.has(c) && re.test(toks.lw[idx])) return c;
  for (const c of (toks.cues[idx] ??= cuesOf(toks.lw[idx]))) if (kinds.has(c)) return (c === DEAD || c === INJURED) && kinds.has(HURT) && joinedToll(text, toks, idx, c === DEAD ? INJURED : DEAD, toll, cuesOf) ? HURT : c;
  return null;
}

const DEAD = "#casualty", INJURED = "#injured", HURT = "#hurt";

/** Whether word `idx` is the first word after a figure ending at `end`: nothing between but a space or a particle (`tooShort`). */
function firstAfter(text: string, toks: Toks, idx: number, end: number): boolean {
  if (end === -Infinity || toks.s[idx] < end) return false;
  // (a word begun inside the figure is its unit and particle: "7[명이]")
  for (let j = idx - 1; j >= 0 && toks.e[j] > end; j--) if (toks.s[j] >= end && !tooShort(toks.lw[j])) return false;
  return !CLAUSE_BREAK.test(text.slice(end, toks.s[idx])) && !DIGIT.test(text.slice(end, toks.s[idx]));
}

/**
 * Whether word `idx` is joined by a word of `toll` to a word of class `other` right before or right
 * after it, with no number between: "12 dead and 48 injured", "12 morts et 48 blessés" are two
 * counts, each of its own toll (numbers are no words of `toks`, so the two toll words look adjacent).
 */
function joinedToll(text: string, toks: Toks, idx: number, other: string, toll: RegExp, cuesOf: CuesOf): boolean {
  const is = (j: number) => j >= 0 && j < toks.n && (toks.cues[j] ??= cuesOf(toks.lw[j])).includes(other) && !DIGIT.test(text.slice(toks.e[Math.min(j, idx)], toks.s[Math.max(j, idx)]));
  return (idx + 2 < toks.n && toll.test(toks.lw[idx + 1]) && is(idx + 2)) || (idx >= 2 && toll.test(toks.lw[idx - 1]) && is(idx - 2));
}

const DIGIT = /\p{Nd}/u;

/** How far before a figure its clause may hold the verb of change that its "by" goes with ("cut the river's summer flow by"). */
const CHANGE_BACK = 60;

/**
 * Whether the figure is an amount of change rather than a level ("rose by 2,000", "up 3 percent",
 * "a 5% increase"), a share moved in points ("down 3.1 percentage points"), or a duration that
 * places a moment ("two days after landfall"); null for a level, a date, or a language without
 * the cues. A change and a level of one attribute are two properties: "the level will rise by
 * another metre" is no rival of "the level reached 12 metres".
 */
export function changeOf(text: string, m: Mention, sent: readonly [number, number], cue: ReconcileLocale["change"]): Change {
  if (!cue || m.kind === "date") return null;
  const after = text.slice(m.end, Math.min(sent[1], m.end + 30));
  if (m.kind === "duration") {
    const before = text.slice(Math.max(sent[0], m.start - CHANGE_BACK), m.start);
    if ((cue.offset.test(after) || !!cue.offsetBefore?.test(before)) && !cue.lasting?.test(before)) return "offset";
    const by = cue.by.exec(before);
    if (by && cue.verb.test(before.slice(0, by.index).split(/[,;:()]/).pop() ?? "")) return "change";
    return cue.stretch?.test(before) ? "change" : null;
  }
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

/** How far back a change's sentence is searched for its start when the figure has none (gold figures). */
const SUBJECT_BACK = 300;

/**
 * What a change changes (changeOf): the head of its clause's first noun phrase, as a stem: the
 * last of the first run of words that are neither names, possessors, quiet words nor the
 * locale's verbs of change ("Ostrovian [exports] to Marenia grew 9.0%", "the port's Ostrovia
 * [business] grew 11%", "bilateral [trade] rose 7%", "[trade] in goods … in 2026, 4.2% more than
 * in 2025"). A sentence's first word is a name only if the text never writes it in lower case.
 * The clause runs from its sentence's start, or from the last word that opens a clause of its own
 * (the locale's `join.subject`: "…, while [imports] rose 4.8%"). Two changes of two subjects are two properties: exports'
 * growth is no rival of one port's business's. Null when the clause gives none.
 */
export function changeSubject(text: string, m: Mention, language: string | null | undefined, locale: ReconcileLocale): string | null {
  const quiet = wordsFor(language).quietWords, verb = locale.change?.verb, opens = locale.join?.subject ?? NEVER;
  let start = m.sentence ? m.sentence[0] : -1;
  if (start < 0 || start > m.start) {
    const back = text.slice(Math.max(0, m.start - SUBJECT_BACK), m.start);
    const end = back.search(/(?:[.!?。！？]\s|\n)[^.!?。！？\n]*$/);
    start = m.start - back.length + (end >= 0 ? end + 1 : 0);
  }
  let head: string | null = null, done = false, first = true;
  for (const [w] of text.slice(start, m.start).matchAll(/\p{L}[\p{L}'’-]*|;/gu)) {
    const l = w.toLowerCase();
    // a clause of its own starts over ("…, while imports rose")
    if (w === ";" || opens.test(l)) {
      head = null;
      done = first = false;
      continue;
    }
    const initial = first;
    first = false;
    if (done) continue;
    const name = w[0] !== l[0] && !(initial && lowerElsewhere(text, l));
    if (name || /['’]s?$/.test(l) || quiet.has(l) || tooShort(l) || verb?.test(l)) {
      done = head !== null;
      continue;
    }
    head = l;
  }
  return head === null ? null : stemCached(head.split("-").pop() ?? head);
}

/** How far either side of a figure its own clause is read for a word of a whole area. */
const AREA_BACK = 160, AREA_AHEAD = 100;

/**
 * Whether the figure's own clause says it covers a whole area: an average over it, the region or
 * the country as a whole (the locale's `area`: "the average level in the region was 5.6
 * m", "nationwide"). The clause runs, in its sentence, from the last clause mark or joining word
 * before the figure to the first after it; "the regional governor said" ahead of a clause mark is
 * not the figure's. A language without the words says none.
 */
export function wholeArea(text: string, m: Mention, locale: ReconcileLocale, clause?: string): boolean {
  return readsArea(m, locale) && locale.area!.test(clause ?? clauseAround(text, m, locale));
}

/** Whether wholeArea reads the figure's clause: a language without the words says none, and a date or a stretch of time is no amount of an area. */
const readsArea = (m: Mention, locale: ReconcileLocale) => !!locale.area && m.kind !== "date" && m.kind !== "duration";

/** Whether directionOf reads the figure's clause: a language without the words says none, and a date has no direction. */
const readsDirection = (m: Mention, locale: ReconcileLocale) => !!locale.direction && m.kind !== "date";

/**
 * The figure's own clause (clauseAround) when wholeArea or directionOf reads it, else undefined:
 * both are asked of every member of every fact (trust.ts), and read it once so.
 */
export function cueClause(text: string, m: Mention, locale: ReconcileLocale): string | undefined {
  return readsArea(m, locale) || readsDirection(m, locale) ? clauseAround(text, m, locale) : undefined;
}

/**
 * The figure's own clause, the figure's text in it: in its sentence, from the last clause mark or
 * joining word (the locale's `join.clause`) before the figure to the first after it, at most
 * AREA_BACK characters before and AREA_AHEAD after.
 */
function clauseAround(text: string, m: Mention, locale: ReconcileLocale): string {
  const join = locale.join?.clause ?? NEVER;
  return `${clauseBefore(text.slice(Math.max(0, m.start - AREA_BACK), m.start), join)} ${m.text} ${clauseAfter(text.slice(m.end, m.end + AREA_AHEAD), join)}`;
}

/**
 * The figure's own clause before it, of `s` (the text right before the figure): its words after
 * the last clause mark, from the nearest back to the first joining word (`join`), one space
 * apart. Read as `s.split(CLAUSE_BREAKS)`'s last part split at blanks would give it, without the
 * arrays: a search for the marks, then the words read back from the end.
 */
function clauseBefore(s: string, join: RegExp): string {
  let from = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let hit = CLAUSE_BREAKS.exec(s); hit; hit = CLAUSE_BREAKS.exec(s)) from = hit.index + hit[0].length;
  let out = "";
  for (let e = s.length; ; ) {
    while (e > from && isBlank(s.charCodeAt(e - 1))) e--;
    if (e <= from) break;
    let b = e - 1;
    while (b > from && !isBlank(s.charCodeAt(b - 1))) b--;
    const w = s.slice(b, e);
    if (join.test(w.toLowerCase())) break;
    out = out ? `${w} ${out}` : w;
    e = b;
  }
  return out;
}

/** The figure's own clause after it, of `s` (the text right after the figure): as clauseBefore, up to the first clause mark, words read forward. */
function clauseAfter(s: string, join: RegExp): string {
  CLAUSE_BREAKS.lastIndex = 0;
  const hit = CLAUSE_BREAKS.exec(s);
  const to = hit ? hit.index : s.length;
  let out = "";
  for (let b = 0; ; ) {
    while (b < to && isBlank(s.charCodeAt(b))) b++;
    if (b >= to) break;
    let e = b + 1;
    while (e < to && !isBlank(s.charCodeAt(e))) e++;
    const w = s.slice(b, e);
    if (join.test(w.toLowerCase())) break;
    out = out ? `${out} ${w}` : w;
    b = e;
  }
  return out;
}

/** A UTF-16 unit a regular expression's `\s` matches (white space and line ends). */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The one direction of a two-way flow the figure's own clause says it is of (the locale's
 * `direction`: "eastbound traffic by nearly $4.5 billion", "two lanes in each direction"), lower
 * cased; null when it names none. Such a figure is a part of the flow both ways.
 */
export function directionOf(text: string, m: Mention, locale: ReconcileLocale, clause?: string): string | null {
  if (!readsDirection(m, locale)) return null;
  const hit = locale.direction!.exec(clause ?? clauseAround(text, m, locale));
  // the words may span a line break ("en cada\nsentido"): one space, so one direction has one name
  return hit ? hit[0].toLowerCase().replace(/\s+/g, " ") : null;
}


/** The text writes word `l` (lower case) in lower case somewhere: a capital on it starts a sentence, not a name. */
export function lowerElsewhere(text: string, l: string): boolean {
  for (let at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[at + l.length] ?? "")) return true;
  return false;
}

/** How far back a clause's modal governs its figure ("the new weir could in a dry year lower the lake by 3 metres"). */
const MAYBE_BACK = 12;

/**
 * The figure's own clause, before it (words [from, at) of the window), holds a `modal` ("could",
 * "might") that governs it: the figure is what may happen, not what did. Not when a word of
 * `ability` follows the modal: "it could (only) store 1.5 million m³" says what it holds; nor when a
 * `negation` does: "rescuers could not reach 40 people" says what did not happen.
 */
export function maybeOf(text: string, toks: Toks, from: number, at: number, m: Mention, cues: Pick<ReconcileLocale, "maybe" | "able" | "negation" | "join">): boolean {
  const { maybe: modal, able: ability, negation } = cues;
  if (!modal) return false;
  // words that join two clauses: a modal before them governs the other clause
  const coordinator = cues.join?.coordinator ?? NEVER;
  let able = false, negated = false;
  for (let idx = at - 1, n = 0; idx >= from && n < MAYBE_BACK; idx--, n++) {
    const gap = text.slice(toks.e[idx], n === 0 ? m.start : toks.s[idx + 1]);
    if (CLAUSE_BREAK.test(gap) || coordinator.test(toks.lw[idx])) return false;
    // "officials allowed 300 people to leave": a figure right after the word is what was let happen
    if (modal.test(toks.lw[idx])) return !able && !negated && n > 0;
    // "could not reach 40 people": what did not happen, not what may
    negated ||= !!negation && negation.test(toks.lw[idx]);
    able ||= !!ability && ability.test(toks.lw[idx]);
  }
  return false;
}

/** Cue classes that name the event a date marks ("originally", "rose" say when, not what). */
export const EVENT_CUES: ReadonlySet<string> = new Set(["#complete", "#start", "#agree", "#strike", "#deploy", "#casualty"]);

const BACK = 8, AHEAD = 5;

/** The event of a date a clause gives as the day of a statement ("said on Tuesday"): one name wherever it is read. */
export const SAID_EVENT = "#say";

/** The event word `idx` names, if any (clauseEvent; words from `from` are the window's), in the words of the report's language. */
function eventAt(text: string, toks: Toks, idx: number, from: number, cuesOf: CuesOf, locale: ReconcileLocale): string | null {
  const lw = toks.lw[idx];
  if (locale.said?.test(lw)) return SAID_EVENT;
  // "first gas", "first power": a project's first output is its completion
  const output = locale.output;
  if (output?.what.test(lw) && idx > from && output.first.test(toks.lw[idx - 1])) return "#complete";
  // "came into force", "entered into force", "took effect": a law's or a pact's entry into force,
  // a milestone of its own (not its signing, which "agreement" alone would make it)
  const inForce = locale.inForce;
  if (inForce?.noun.test(lw) && idx > from && inForce.before.test(toks.lw[idx - 1])) return "#force";
  for (const c of (toks.cues[idx] ??= cuesOf(lw))) if (EVENT_CUES.has(c)) return c === "#start" && outputBefore(text, toks, idx, from, output) ? "#complete" : c;
  return null;
}

/**
 * The event a date's own clause names: the nearest event word before it in its clause ("when
 * construction began in 2019", "the ministry said on Tuesday", "due to open in 2025"), else the
 * nearest just after it ("On 15 May, the president opened…"); null when the clause names none.
 * A verb of saying makes it the date of a statement ("#say"). Words of another clause never count.
 */
export function clauseEvent(text: string, toks: Toks, from: number, to: number, at: number, m: Mention, cuesOf: CuesOf, locale: ReconcileLocale): string | null {
  for (let idx = at - 1, n = 0; idx >= from && n < BACK; idx--, n++) {
    const gap = text.slice(toks.e[idx], n === 0 ? m.start : toks.s[idx + 1]);
    if (CLAUSE_BREAK.test(gap)) break;
    const e = eventAt(text, toks, idx, from, cuesOf, locale);
    if (e) return e;
  }
  let idx = at;
  while (idx < to && toks.s[idx] < m.end) idx++;
  for (let n = 0; idx < to && n < AHEAD; idx++, n++) {
    const gap = text.slice(n === 0 ? m.end : toks.e[idx - 1], toks.s[idx]);
    if (CLAUSE_BREAK.test(gap)) break;
    const e = eventAt(text, toks, idx, from, cuesOf, locale);
    if (e) return e;
  }
  return null;
}

/** How many words before a date or a stretch of time its own clause is read for the verb of its happening, and after it. */
const VERB_BACK = 10, VERB_AHEAD = 5;

/** A word of the clause, for eventWord. */
const VERB_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Whether `lw` (lower-cased) is a verb of a happening in `locale` (its `eventVerb` or `pastVerb`), or, unless `said` is false, of saying. */
const happening = (lw: string, locale: ReconcileLocale, said: boolean) => (said && !!locale.said?.test(lw)) || !!locale.eventVerb?.test(lw) || !!locale.pastVerb?.test(lw);

/**
 * The verb of the happening a date or a stretch of time is of, as its own clause says it: the
 * nearest word before it in its clause, else just after it, that its locale gives as a verb of a
 * happening (`eventVerb`, `pastVerb`: "declared an outbreak in the region on [11 September]",
 * "reopened on [Nov. 2]", "have waited up to [10 days]") or, for a date, of saying; lower-cased,
 * in the report's language. Null when its clause names none, or for another kind of figure.
 * clauseEvent's classes hold across languages; this word names what they do not know, in a
 * report's own words: two dates of one language whose clauses name two verbs are of two happenings.
 */
export function eventWord(text: string, m: Mention, locale: ReconcileLocale): string | null {
  if (m.kind !== "date" && m.kind !== "duration") return null;
  if (!locale.eventVerb && !locale.pastVerb) return null;
  const said = m.kind === "date";
  const from = Math.max(m.sentence && m.sentence[0] <= m.start ? m.sentence[0] : 0, m.start - 160);
  const before = text.slice(from, m.start);
  let cut = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let r = CLAUSE_BREAKS.exec(before); r; r = CLAUSE_BREAKS.exec(before)) cut = r.index + r[0].length;
  const words: string[] = [];
  VERB_WORD.lastIndex = cut;
  for (let r = VERB_WORD.exec(before); r; r = VERB_WORD.exec(before)) words.push(r[0].toLowerCase());
  for (let i = words.length - 1, n = 0; i >= 0 && n < VERB_BACK; i--, n++) if (happening(words[i], locale, said)) return words[i];
  const after = text.slice(m.end, Math.min(text.length, m.end + 80));
  CLAUSE_BREAKS.lastIndex = 0;
  const end = CLAUSE_BREAKS.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  VERB_WORD.lastIndex = 0;
  for (let r = VERB_WORD.exec(clause), n = 0; r && n < VERB_AHEAD; r = VERB_WORD.exec(clause), n++) {
    const lw = r[0].toLowerCase();
    if (happening(lw, locale, said)) return lw;
  }
  return null;
}

/** How far before a date its clause is read for the words of a comparison (the locale's `baseline`). */
const BASELINE_BACK = 90;

/**
 * Whether a date is only the base of a comparison: the last time something was as great, a
 * superlative or a record's word then "since" in its own clause ("the costliest loss since
 * 2021", "le pire bilan depuis 1990", "2021년 이후 최대"). It dates another happening than the
 * story's. Read in its sentence; a language without the words says none.
 */
export function comparisonBase(text: string, m: Mention, locale: ReconcileLocale): boolean {
  const cue = locale.baseline;
  if (!cue || m.kind !== "date") return false;
  return cueNear(text, m, cue, BASELINE_BACK, 12, m.sentence ? m.sentence[0] : 0);
}

/**
 * Whether a stretch of time is the window another amount of its own clause was counted in (the
 * locale's `window` words by it, and a number earlier in the clause: "more than 400mm of rain
 * … within a 24-hour period", "24小时内"). It times that amount and is no length of anything,
 * so no rival of a stretch that is one ("out of service for 15 years"). A language without the
 * words says none.
 */
export function windowOf(text: string, m: Mention, locale: ReconcileLocale): boolean {
  const cue = locale.window;
  if (!cue || m.kind !== "duration") return false;
  return cueNear(text, m, cue, WINDOW_BACK, 12, m.sentence ? m.sentence[0] : 0) && /\d/.test(clauseBefore(text.slice(Math.max(0, m.start - AREA_BACK), m.start), locale.join?.clause ?? NEVER));
}

/** How far before a stretch of time the words that make it a window are read. */
const WINDOW_BACK = 40;

/**
 * Whether a locale's cue words stand right before the figure (`before`, within `back` characters
 * and not before `from`, its sentence's start when it is known) or right after it (`after`,
 * within `ahead`).
 */
export function cueNear(text: string, m: Mention, cue: { before?: RegExp; after?: RegExp } | undefined, back: number, ahead: number, from = 0): boolean {
  return !!cue && !!(cue.before?.test(text.slice(Math.max(from, m.start - back), m.start)) || cue.after?.test(text.slice(m.end, m.end + ahead)));
}

/**
 * The thing several of which a figure's sentence sums: a word of sum and a count of two or more of
 * one thing in the plural (the locale's `sum`: "the two reservoirs together held …", "four spans,
 * 600 metres in all, fell"), the thing's singular lower-cased; null when its sentence says no such sum.
 */
export function summedThing(text: string, m: Mention, locale: ReconcileLocale): string | null {
  const cue = locale.sum;
  if (!cue || !m.sentence) return null;
  const s = text.slice(m.sentence[0], m.sentence[1]);
  return cue.word.test(s) ? (cue.many.exec(s)?.[1].toLowerCase() ?? null) : null;
}

/** A test for one `thing` (a singular of letters, summedThing's) as a word of its own, for namesOne. */
export const thingWord = (thing: string): RegExp => new RegExp(`(?<![\\p{L}])${thing}(?![\\p{L}])`, "iu");

/** Whether a figure's sentence names one thing, `word` being the thing's thingWord. */
export function namesOne(text: string, m: Mention, word: RegExp): boolean {
  return m.sentence ? word.test(text.slice(m.sentence[0], m.sentence[1])) : false;
}

/** The words right after a stretch of time that places a moment, up to the word naming that moment. */
const ANCHOR = /^\s*(\p{L}+)\s+(?:\p{L}{1,3}\s+|their\s+)?(\p{L}{4,})/u;

/**
 * The moment a stretch of time that places one is measured from (verdict.ts Judged.anchor, pairs.ts Side.anchor): the stem of the
 * first word of four letters or more after its locale's word of offset ("after", "before",
 * "since", "into"), past an article or a possessive ("94 seconds after liftoff": "liftoff",
 * "a minute and a half into its flight": "flight"); null when none follows ("two days later").
 */
export function anchorOf(text: string, m: Mention, locale: ReconcileLocale): string | null {
  const offset = locale.change?.offset;
  const after = text.slice(m.end, m.end + 40);
  if (!offset?.test(after)) return null;
  const w = ANCHOR.exec(after);
  return w ? stemCached(w[2].toLowerCase()) : null;
}
