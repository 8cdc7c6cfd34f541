/**
 * A readable label for a fact, shown to readers in the briefing and timeline: the measure
 * (from the kind, unit and strongest cue class of its members) and the thing measured (the
 * noun phrase its members' sentences share near the figure): "length of the road bridge",
 * "cost of the pipeline", "troops deployed", "completion of the dam", "daily vehicles".
 * @module
 */
import type { Item } from "./similarity.js";
import { countNoun, wordsFor } from "../extract/vocabulary.js";
import { MEASURE_CLASSES, MEASURE_NAMES, measuresUnit, unitMeasure } from "./measures.js";
import { EVENT_PARTICIPLE } from "./heads.js";
import { SAID_EVENT } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { clauseOf, inClause } from "./clause.js";
import { STOP } from "./words.js";
import { memoized } from "./memo.js";

/** The measure noun of a kind when no cue class names one (a quantity's comes from its unit). */
const DEFAULT_MEASURE: Record<string, string> = { money: "value", percent: "percentage", ratio: "ratio", duration: "duration", date: "date" };

/** Measure of a physical quantity by its unit when no cue says otherwise. */
const UNIT_MEASURE: Record<string, string> = { m: "length", m2: "area", m3: "volume", kg: "weight", "m/s": "speed", W: "power", Wh: "energy", "m3/s": "flow", t: "weight" };

/**
 * Nouns that name a measure: a thing ending in one ("water level", "river depth") is labelled
 * alone. Not "power" or "energy": those end names of things ("clean energy", "nuclear power").
 */
const MEASURE_NOUNS = new Set([...MEASURE_NAMES.quantity.map(([, name]) => name), "volume", "speed", "level", "elevation"]);

/**
 * The English words that never name the thing in a label (the en locale's `label`): they stay in
 * the pair features, where taking them out moved the refitted thresholds of three folds (LOCO
 * conflict F1 0.729 → 0.653 from gold mentions).
 */
const EN = localeFor("en");
const NOT_THING = EN.label?.notThing ?? /^$/;
const NOT_HEAD = EN.label?.notHead ?? /^$/;
const PAST = EN.pastVerb ?? /^$/;
/** The closed classes (articles, prepositions, modals, contractions…): never a word of a label's thing. */
const CLOSED = EN.label?.closed ?? /^$/;
/** What right after a word makes it a finite verb ("we think the", "Lestria pays 55%"). */
const OBJECT = EN.label?.object ?? /^$/;
/** A number in digits or words before a word: it counts that noun ("four ships"). */
const NUMBER_WORD = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|several|many|few)$/;
/** Words after which a bare word is a verb ("it uses", "to decide", "will run"): the en locale's heads' test. */
const VERB_BEFORE = EN.head?.verbBefore ?? /^$/;

/** Whether a phrase of the words near a figure can name its thing: no connective, closed-class word or verb in it, a noun last. */
function thingLike(k: string): boolean {
  const sp = k.lastIndexOf(" ");
  const last = k.slice(sp + 1);
  if (NOT_THING.test(last) || NOT_HEAD.test(last) || PAST.test(last) || CLOSED.test(last)) return false;
  return sp < 0 || !(NOT_THING.test(k.slice(0, sp)) || CLOSED.test(k.slice(0, sp)));
}

/**
 * A word's whole-word occurrences, any case: one pattern per word for the run (and the process),
 * not one per label that asks of it. Made per label, a cold reconcile of the bench's 1,000
 * reports built 282 of them for 34 words, ~0.1 s of CPU, and ran each new one in the regular
 * expression interpreter before compiling it. A global pattern: its reader sets `lastIndex` first.
 */
const wordRe = memoized((w: string) => new RegExp(`(?<![\\p{L}'’-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}'’-])`, "giu"), 1000);

/**
 * Whether the English members' sentences use `phrase` as a verb in most of its uses: `verbal` is
 * asked of each whole-word use (the text around it, the match), read around each member (its
 * paragraph's reach) as the clause's words were; its null says a noun's use, and no verb at all.
 */
function mostlyVerb(items: Item[], step: number, phrase: string, verbal: (text: string, r: RegExpExecArray) => boolean | null): boolean {
  const re = wordRe(phrase);
  let verb = 0, seen = 0;
  for (let i = 0; i < items.length; i += step) {
    const it = items[i];
    if (!isEnglish(it) || !it.text) continue;
    const from = Math.max(0, it.m.start - 240), text = it.text.slice(from, it.m.end + 240);
    re.lastIndex = 0;
    for (let r = re.exec(text); r; r = re.exec(text), seen++) {
      const v = verbal(text, r);
      if (v === null) return false;
      if (v) verb++;
    }
  }
  return verb * 2 > seen;
}

/**
 * Whether the English members' sentences use `word` as a finite verb and never as a noun: it takes
 * an object right after it ("we think the", "Lestria pays 55%") or stands right after a word only a
 * verb follows ("it uses") in most of its uses, and never right after a determiner or a number
 * ("the swims", "four ships").
 */
const verbIn = (items: Item[], step: number, word: string) =>
  mostlyVerb(items, step, word, (text, r) => {
    const before = /(?<![\p{L}\d-])([\p{L}\d]+(?:[,.]\d+)*)\s+$/u.exec(text.slice(Math.max(0, r.index - 20), r.index))?.[1]?.toLowerCase();
    // "the ships", "four ships": a noun
    if (before && (DETERMINER.test(before) || NUMBER_WORD.test(before))) return null;
    const after = text.slice(r.index + r[0].length, r.index + r[0].length + 16);
    // a figure right after: a verb's object only after a verb's "-s" ("pays 55%"; "occupancy 94%" is a table's noun)
    // (not "to": as often a preposition before a noun, "exports to trade partners")
    return (!!before && before !== "to" && VERB_BEFORE.test(before)) || (OBJECT.test(after) && (/s$/.test(word) || !/^[ \t]+(?:\p{L}+[ \t]+)?[$€£]?\d/u.test(after)));
  });

/**
 * Whether the English members' sentences write the two-word phrase `pair` after a word only a verb
 * follows ("to raise pensions", "will supply cells") in most of its uses: its first word is then
 * that verb, not a noun modifying the second ("road signs"). Unlike verbIn, "to" counts: before a
 * phrase of two words it opens an infinitive more often than a place ("exports to trade partners"
 * loses only its modifier). "Kellgren supplies cells": a first word in a verb's -s, in lower case
 * right after a name, is that name's verb (not "gas", "news", "Port Avens district").
 */
function pairAfterVerb(items: Item[], step: number, pair: string): boolean {
  const third = /[^aiosuw]s$/.test(pair.slice(0, pair.indexOf(" ")));
  return mostlyVerb(items, step, pair, (text, r) => {
    const before = /(?<![\p{L}\d-])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, r.index - 20), r.index))?.[1];
    return !!before && (VERB_BEFORE.test(before.toLowerCase()) || (third && /^\p{Lu}/u.test(before) && /^\p{Ll}/u.test(r[0])));
  });
}

const PER: Record<string, string> = { day: "daily", year: "annual", month: "monthly", week: "weekly", hour: "hourly" };

// the plural of a counted noun is the en locale's (one routine for every stage)
const plural = wordsFor("en").plural;

/** The heaviest key (ties: alphabetical). */
function top(m: Map<string, number>): string | null {
  let best: string | null = null, bw = -Infinity;
  for (const [k, w] of m) if (w > bw || (w === bw && best !== null && k < best)) (best = k), (bw = w);
  return best;
}

/**
 * The en locale's words after a figure that say what it measures or how, not what it is of
 * ("12 metres deep", "a 400m-long ship"; `label.size`).
 */
const SIZE_WORDS = EN.label?.size ?? /^$/;

/** A member read in English (a report of no stated language is taken as English, as elsewhere). */
const isEnglish = (it: Item) => !it.lang || /^en\b/i.test(it.lang);

/**
 * The thing a length is written before ("the 320-metre main span", "a 19 km bridge"): a figure
 * used as a modifier names its thing right after it. The words near it miss that thing when it is
 * a measure's cue word ("span" is never a head) and took the next noun instead ("the approach
 * spans"). At most two words, lower-case.
 */
function thingAfter(it: Item): string | null {
  // the words after it are read as English ("of", "long", "-ed"): another language's would pass for a thing
  if (!isEnglish(it)) return null;
  const after = (it.text ?? "").slice(it.m.end, it.m.end + 32);
  const r = /^[\s-]?(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  if (!r || SIZE_WORDS.test(r[1]) || STOP.has(r[1])) return null;
  const two = r[2] && !SIZE_WORDS.test(r[2]) && !STOP.has(r[2]) && !/(?:ed|ing|ly)$/.test(r[2]) ? `${r[1]} ${r[2]}` : null;
  const head = two ? r[2] : r[1];
  if (/(?:ed|ing|ly)$/.test(head) || !thingLike(head) || head.length < 3) return null;
  return two ?? r[1];
}

/** Where a date's own clause begins: a sentence's end, a semicolon or colon, a line, a joined clause. */
const CLAUSE_START = /[.!?;:]\s|\n|,\s+(?:and|but|while|as|when|after|before|which|who|where|then)\s/g;
/** A word of a clause (letters, inner apostrophes and hyphens). */
const CLAUSE_WORD = /\p{L}[\p{L}'’-]*/gu;
/**
 * The en locale's words a date's clause is read with (`label`): between a subject and its verb,
 * saying nothing of the event ("were", "officially"); determiners; words that are no subject
 * (pronouns, connectives). Read of English members only (eventOf).
 */
const AUX = EN.label?.aux ?? /^$/;
const DETERMINER = EN.label?.determiner ?? /^$/;
const NO_SUBJECT = EN.label?.noSubject ?? /^$/;

/**
 * What happened on a date, from its own clause: the nearest past verb before it and that verb's
 * subject, in the text's words ("two dams burst on Sunday": "dams burst"; "bodies were buried by
 * Thursday": "bodies were buried"). Null when the clause says someone spoke, has no past verb
 * within a few words, or its subject is a pronoun. English labels only.
 */
function eventOf(it: Item): { verb: string; phrase: string } | null {
  const text = it.text;
  if (!text) return null;
  const loc = localeFor(it.lang);
  let pre = text.slice(Math.max(0, it.m.start - 160), it.m.start);
  let cut = 0;
  // exec loops, not matchAll: no iterator, match list and copy of the pattern per figure
  CLAUSE_START.lastIndex = 0;
  for (let r = CLAUSE_START.exec(pre); r; r = CLAUSE_START.exec(pre)) cut = r.index + r[0].length;
  pre = pre.slice(cut);
  const words: string[] = [];
  CLAUSE_WORD.lastIndex = 0;
  for (let r = CLAUSE_WORD.exec(pre); r; r = CLAUSE_WORD.exec(pre)) words.push(r[0]);
  let v = -1;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const lw = words[i].toLowerCase();
    if (loc.said?.test(lw)) return null;
    const past = loc.pastVerb?.test(lw) || EVENT_PARTICIPLE.test(lw);
    if (past && !(i > 0 && DETERMINER.test(words[i - 1].toLowerCase()))) {
      v = i;
      break;
    }
  }
  if (v < 0) return null;
  let j = v - 1;
  while (j >= 0 && AUX.test(words[j].toLowerCase())) j--;
  if (j < 0) return null;
  const sub = words[j];
  const lsub = sub.toLowerCase();
  if (NO_SUBJECT.test(lsub) || STOP.has(lsub) || lsub.length < 3 || /ly$/.test(lsub) || EVENT_PARTICIPLE.test(lsub)) return null;
  // a name of two capitalised words ("Storm Daniel")
  const w1 = j > 0 ? words[j - 1].toLowerCase() : "";
  let from = /^\p{Lu}/u.test(sub) && j > 0 && /^\p{Lu}/u.test(words[j - 1]) && !DETERMINER.test(w1) && !NO_SUBJECT.test(w1) && !STOP.has(w1) ? j - 1 : j;
  // the head of "the filling of the reservoir": the noun before "of"
  const d = from > 0 && DETERMINER.test(words[from - 1].toLowerCase()) ? 1 : 0;
  if (from - d >= 2 && words[from - d - 1].toLowerCase() === "of" && /^\p{Ll}{3,}$/u.test(words[from - d - 2]) && !STOP.has(words[from - d - 2])) from -= d + 2;
  const phrase = words.slice(from, v + 1).join(" ");
  return { verb: words[v].toLowerCase(), phrase: /^\p{Lu}/u.test(phrase) ? phrase : `the ${phrase}` };
}

/**
 * Cue measures of a date that name its event better than its clause's verb ("signing of the defence
 * pact", not "when the countries signed"); the others ("completion" for a dam that "was built",
 * "casualties", "impact") give way to the clause's own verb when most members name one.
 */
const EVENT_MEASURES = new Set(["signing", "original target date"]);

/** "when the dams burst": the event most of a date fact's members' clauses name, or null. */
function whenOf(items: Item[], step: number): string | null {
  const verbs = new Map<string, number>();
  const phrases = new Map<string, Map<string, number>>();
  let asked = 0;
  for (let i = 0; i < items.length; i += step) {
    const it = items[i];
    if (!isEnglish(it)) continue;
    asked++;
    const e = eventOf(it);
    if (!e) continue;
    verbs.set(e.verb, (verbs.get(e.verb) ?? 0) + 1);
    const ps = phrases.get(e.verb) ?? new Map<string, number>();
    ps.set(e.phrase, (ps.get(e.phrase) ?? 0) + 1);
    phrases.set(e.verb, ps);
  }
  const verb = top(verbs);
  if (!verb || verbs.get(verb)! < 2 || verbs.get(verb)! * 2 < asked) return null;
  return `when ${top(phrases.get(verb)!)}`;
}

/**
 * The English members' own-clause phrases (features' `words` within the clause) end to end, no
 * array per member: member i's are [at[i], at[i + 1]) of `keys` and `weights`; `events` its date's event.
 */
class Near {
  /** whether a word is the members' finite verb, not a noun (verbIn), asked once per word */
  verb: (word: string) => boolean = () => false;
  /** whether a two-word phrase is a verb and its object, not a modifier and its noun (pairAfterVerb), asked once per phrase */
  verbFirst: (pair: string) => boolean = () => false;
  readonly keys: string[] = [];
  readonly weights: number[] = [];
  readonly events: Array<string | null> = [];
  readonly at: number[] = [0];
  get members(): number {
    return this.events.length;
  }
}

/**
 * The thing the members' own clauses name (those whose date names `event`, when given): the
 * heaviest phrase, a two-word one when most of its head's weight comes with that modifier; never
 * the counted noun. A thing of one member's clause among many is that member's, not the fact's:
 * from four English members on, two members' clauses (and a quarter of a big fact's) must hold
 * it; `least` members' clauses in any case.
 */
function thingOf(near: Near, counted: string | null, least = 1, event?: string): string | null {
  const phrases = new Map<string, number>(), support = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < near.members; i++) {
    if (event !== undefined && near.events[i] !== event) continue;
    n++;
    for (let j = near.at[i]; j < near.at[i + 1]; j++) {
      const k = near.keys[j];
      phrases.set(k, (phrases.get(k) ?? 0) + near.weights[j]);
      support.set(k, (support.get(k) ?? 0) + 1);
    }
  }
  const needed = Math.max(least, n >= 4 ? Math.max(2, Math.ceil(n / 4)) : 1);
  const many = counted ? plural(counted) : null;
  const ok = (k: string) => support.get(k)! >= needed && (!counted || (k !== counted && k !== many && !k.endsWith(` ${counted}`))) && thingLike(k) && !near.verb(k.slice(k.lastIndexOf(" ") + 1)) && !(k.includes(" ") && near.verbFirst(k));
  // the heaviest word (ties: alphabetical), then its heaviest two-word phrase
  let head: string | null = null, hw = -Infinity;
  for (const [k, w] of phrases) if (!k.includes(" ") && (w > hw || (w === hw && head !== null && k < head)) && ok(k)) (head = k), (hw = w);
  if (!head) return null;
  let pair: string | null = null, pw = -Infinity;
  for (const [k, w] of phrases) if (k.endsWith(` ${head}`) && (w > pw || (w === pw && pair !== null && k < pair)) && ok(k)) (pair = k), (pw = w);
  return pair && pw >= 0.6 * hw ? pair : head;
}

/** Date measures that take no thing: "date of the deaths", not "deaths of the city". */
const NO_THING = new Set(["#casualty", "#strike"]);

/** The label noun of each date event class (the table's names; an entry into force is named by its clause alone). */
const DATE_NAMES = new Map<string, string>([...(MEASURE_NAMES.date ?? []), ["#force", "entry into force"]]);
const THINGLESS = new Set([...DATE_NAMES].filter(([cls]) => NO_THING.has(cls)).map(([, name]) => name));

/**
 * A date's label from the event its members' own clauses name (own-clause.ts clauseEvent): the
 * window's cues named a neighbouring clause's ("completion of the breach", "signing of the
 * tariffs", "casualties of the lawmakers"). `cued`: the window's measure, kept for an original
 * target date and for facts mostly of other languages. No event: "date".
 */
function dateLabel(items: Item[], step: number, cued: string, near: Near): string {
  const events = new Map<string, number>();
  let n = 0, total = 0, english = 0;
  for (let i = 0; i < items.length; i += step, n++) {
    const e = items[i].f.event;
    if (isEnglish(items[i])) english++;
    if (e && e !== SAID_EVENT) events.set(e, (events.get(e) ?? 0) + 1), total++;
  }
  const e = top(events), c = e ? events.get(e)! : 0;
  // one event named by most of the clauses that name one, and by a third of all
  const named = e !== null && (c * 3 >= n || (c >= 2 && english * 2 < n)) && c * 2 > total;
  // clauses of other languages rarely name their event in words the clause test knows: a fact
  // mostly of them keeps the window's cue
  const name = cued === "original target date" ? cued : named ? DATE_NAMES.get(e) ?? null : !total && english * 2 < n && cued !== "date" ? cued : null;
  if (!name || !EVENT_MEASURES.has(name)) {
    const when = whenOf(items, step);
    if (when) return when;
  }
  if (!name) return "date";
  if (THINGLESS.has(name)) return `date of the ${name}`;
  // the thing of the event: from the clauses that name it
  // (else from any two members' clauses: the event word may stand too far back for the clause test)
  let head = (named ? thingOf(near, null, 1, e) : null) ?? thingOf(near, null, 2);
  // "entry into force of the force": the event's own word is no thing
  if (head && name.split(" ").includes(head.slice(head.lastIndexOf(" ") + 1))) head = null;
  if (!head) return /\bdate$/.test(name) ? name : `${name} date`;
  return `${name} of the ${head}`;
}

/** The words of a distance's point ("north of Metropolitan Lima", "from its southern entrance"). */
const POINT_WORDS = 4;
/**
 * The point most of a distance fact's English members measure it from, in the text's words
 * (`reference` cues of the en locale: "30 km east of the city of Kherson": "the city of Kherson"),
 * when at least half of them name one with the same last word; null otherwise.
 */
function pointOf(items: Item[], step: number): string | null {
  const cue = EN.reference;
  if (!cue) return null;
  const forms = new Map<string, number>(), lasts = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < items.length; i += step) {
    const it = items[i];
    if (!isEnglish(it)) continue;
    n++;
    const after = (it.text ?? "").slice(it.m.end, it.m.end + 80);
    const open = cue.open.exec(after);
    if (!open) continue;
    const words: string[] = [];
    for (const w of after.slice(open[0].length).split(/\s+/)) {
      const word = w.replace(/[,.;:!?)"”]+$/, "");
      if (!word || cue.close.test(word) || !/^[\p{L}'’-]+$/u.test(word) || words.length >= POINT_WORDS) break;
      words.push(/^(?:its|their|his|her)$/i.test(word) ? "the" : word);
      if (word !== w) break;
    }
    while (words.length && (STOP.has(words[words.length - 1].toLowerCase()) || /^(?:of|the|a|an)$/i.test(words[words.length - 1]))) words.pop();
    if (!words.length) continue;
    const form = words.join(" "), last = words[words.length - 1].toLowerCase().replace(/['’]s?$/, "");
    forms.set(form, (forms.get(form) ?? 0) + 1);
    lasts.set(last, (lasts.get(last) ?? 0) + 1);
  }
  const last = top(lasts);
  if (!last || lasts.get(last)! * 2 < n) return null;
  return top(new Map([...forms].filter(([f]) => f.toLowerCase().replace(/['’]s?$/, "").endsWith(last))));
}

/** The count name of the heaviest cue class that has one, if it weighs at least half again the next. */
function countEvent(cues: Map<string, number>): string | null {
  let best: string | null = null, bw = 0, second = 0;
  for (const [cls, name] of MEASURE_NAMES.count ?? []) {
    const w = cues.get(cls) ?? 0;
    if (w > bw) (second = bw), (bw = w), (best = name);
    else if (w > second) second = w;
  }
  return best && bw >= 1.5 * second ? best : null;
}

export function aboutOf(items: Item[]): string {
  const cues = new Map<string, number>();
  const participles = new Map<string, number>();
  const near = new Near();
  let said = 0, seen = 0;
  // a spread of at most 40 members says what a big fact is about as well as all of them
  const step = Math.max(1, Math.floor(items.length / 40));
  const verbs = new Map<string, boolean>();
  near.verb = (w) => verbs.get(w) ?? (verbs.set(w, verbIn(items, step, w)), verbs.get(w)!);
  const pairs = new Map<string, boolean>();
  near.verbFirst = (k) => pairs.get(k) ?? (pairs.set(k, pairAfterVerb(items, step, k)), pairs.get(k)!);
  for (let i = 0; i < items.length; i += step) {
    const it = items[i];
    // forEach, not for…of: no entry array per word
    it.f.cues.forEach((w, k) => cues.set(k, (cues.get(k) ?? 0) + w));
    // another language's words pass the English tests of a head noun without being one ("около",
    // "지난", "gibt"): a fact of other languages only is labelled by its measure. Only words and
    // participles of the figure's own clause: "time to completion of the competitiveness" took
    // a noun of the next clause, "people lived" a verb of another
    const clause = isEnglish(it) && (it.f.words.size || it.f.participles?.size) ? clauseOf(it) : null;
    if (isEnglish(it)) {
      it.f.words.forEach((w, k) => {
        if (inClause(k, clause)) near.keys.push(k), near.weights.push(w);
      });
      near.events.push(it.f.event ?? null);
      near.at.push(near.keys.length);
    }
    it.f.participles?.forEach((w, k) => {
      if (inClause(k, clause)) participles.set(k, (participles.get(k) ?? 0) + w);
    });
    seen++;
    if (it.f.event === SAID_EVENT) said++;
  }
  const first = items[0].m;
  // dates most of whose clauses say when someone spoke ("an official said on Thursday"): the
  // other event words of their sentences ("the bridge should open…") name another date
  if (first.kind === "date" && said * 2 > seen) return "date of the statement";
  // a counted noun in capitals is an abbreviation ("TEU"): keep its case
  // the noun most members count (the first may be a bare "six")
  // (English members' nouns first: the label is English, and "serbatoi" takes no "s")
  const units = new Map<string, number>(), foreign = new Map<string, number>();
  if (first.kind === "count")
    for (let i = 0; i < items.length; i += step) {
      const u = items[i].m.unit;
      const into = isEnglish(items[i]) ? units : foreign;
      if (u) into.set(u, (into.get(u) ?? 0) + 1);
    }
  // (on a tie, the earliest member's noun)
  const best = top(units) ?? top(foreign);
  const unit = best && first.unit && ((units.get(first.unit) ?? foreign.get(first.unit)) === (units.get(best) ?? foreign.get(best))) ? first.unit : best;
  const counted = unit ? (/^[A-Z]{2,}$/.test(unit) ? unit : unit.toLowerCase()) : null;
  let head = first.kind === "date" ? null : thingOf(near, counted);
  const rate = first.per ? PER[first.per] ?? `per ${first.per}` : null;
  if (first.kind === "count") {
    // "troops deployed", "people displaced", else "vehicles per day", "number of workers"
    // (a noun of another script keeps its form: "удари", not "удариs")
    // (a noun of another language as its report wrote it keeps its form too: "campate", not "campates")
    // (read with the words after it: the first end of a range, "de 120 à 85 personnes", has its noun there)
    const stated = unit ? items.find((it) => it.m.unit === unit) : undefined;
    const written = stated ? (stated.text ?? "").slice(stated.m.start, stated.m.end + 40) || stated.m.text : undefined;
    let things = counted ? (/^[a-z -]+$/i.test(counted) ? countNoun(counted, 2, stated && !isEnglish(stated) ? stated.lang : null, written) : counted) : null;
    // a toll broken down by sex: most members' own clause says "women" or "men" ("여성 98명")
    let women = 0, men = 0, hurt = 0, told = 0;
    for (let i = 0; i < items.length; i += step, told++) {
      const m = items[i].f.measure;
      if (m === "#female") women++;
      else if (m === "#male") men++;
      else if (m === "#hurt") hurt++;
    }
    if (counted === "person" && women * 2 > told) things = "women";
    else if (counted === "person" && men * 2 > told) things = "men";
    // the dead and the injured counted together: most members' own clause says so ("killed or
    // wounded", "사상자"), unless the counted noun already says it ("casualties")
    const both = hurt * 2 > told && !/^casualt/.test(things ?? "");
    const verb = top(participles);
    // in any language, what the words around the counts say happened to them ("people killed"),
    // when one such class clearly outweighs the others; before a participle, which may be the
    // toll's own verb ("the toll climbed to 40 people")
    // (a toll's words near "tank cars" or "hospitals" are another count's: only people are killed or missing)
    const happened = countEvent(cues);
    const done = both ? "killed or injured" : happened && (counted === "person" || happened === "deployed") ? happened : verb;
    if (things && done) return [things, done, first.per ? `per ${first.per}` : null].filter(Boolean).join(" ");
    if (things) return first.per ? `${things} per ${first.per}` : `number of ${things}`;
    // a bare count: a toll when the words around it speak of deaths, else what it counts
    const casualties = cues.get("#casualty") ?? 0;
    if (casualties && [...cues.values()].every((n) => casualties >= n)) return "death toll";
    return head ? `number of ${head}` : verb ? `number ${verb}` : "number";
  }
  let measure: string | null = null, mw = 0;
  // a unit that names its measure ("magnitude") names the label's too
  const own = unitMeasure(first.kind, first.unit);
  if (own) (measure = MEASURE_CLASSES[own].name?.[first.kind] ?? null), (mw = Infinity);
  for (const [cue, name] of MEASURE_NAMES[first.kind] ?? []) {
    if (first.kind === "quantity" && !measuresUnit(cue, first.unit)) continue;
    const w = cues.get(cue) ?? 0;
    if (w > mw) (measure = name), (mw = w);
  }
  if (!measure) {
    if (first.kind === "quantity") measure = UNIT_MEASURE[first.unit ?? ""] ?? "amount";
    else measure = DEFAULT_MEASURE[first.kind] ?? first.kind;
  }
  if (first.kind === "date") return dateLabel(items, step, measure, near);
  if (rate && !measure.startsWith(rate)) measure = `${rate} ${measure}`;
  // a length written before its thing in most members ("the 320-metre main span") names it, whatever words lie nearby
  if (first.kind === "quantity" && first.unit === "m" && measure === "length" && !rate) {
    const named = new Map<string, number>();
    let n = 0;
    for (let i = 0; i < items.length; i += step, n++) {
      const t = thingAfter(items[i]);
      if (t) named.set(t, (named.get(t) ?? 0) + 1);
    }
    const heads = new Map<string, number>();
    named.forEach((c, k) => {
      const last = k.slice(k.lastIndexOf(" ") + 1);
      heads.set(last, (heads.get(last) ?? 0) + c);
    });
    const h = top(heads);
    if (h && heads.get(h)! * 2 >= n && heads.get(h)! >= 2) {
      const full = top(new Map([...named].filter(([k]) => k === h || k.endsWith(" " + h))));
      head = full && named.get(full)! * 5 >= heads.get(h)! * 3 ? full : h;
    }
  }
  // not "length of the water level": the phrase already names what is measured
  if (head && first.kind === "quantity" && !rate && MEASURE_NOUNS.has(head.slice(head.lastIndexOf(" ") + 1))) return head;
  // "distance from Lima": a distance is told by the point it is measured from, not by the thing near it
  if (first.kind === "quantity" && first.unit === "m" && !rate && (measure === "distance" || measure === "length")) {
    const point = pointOf(items, step);
    if (point) return `distance from ${point}`;
  }
  // "value of the stake" already names its thing
  return head && !measure.includes(" of ") ? `${measure} of the ${head}` : measure;
}
