/**
 * The cue words reconciliation asks each language for (src/reconcile/locale.ts): a figure the
 * text dates earlier, a running figure. One file per language, in its locale folder.
 * @module
 */
import { en } from "./en/reconcile.js";
import { ru } from "./ru/reconcile.js";
import { uk } from "./uk/reconcile.js";
import { ko } from "./ko/reconcile.js";
import { zh } from "./zh/reconcile.js";
import { ja } from "./ja/reconcile.js";
import { de } from "./de/reconcile.js";
import { es } from "./es/reconcile.js";
import { it } from "./it/reconcile.js";
import { fr } from "./fr/reconcile.js";
import { pt } from "./pt/reconcile.js";
import { pl } from "./pl/reconcile.js";
import type { CreditWords } from "../credits.js";

export interface ReconcileCues {
  /** the text dates the figure before its report: "previously", "compared with" (and `replaced`'s words) */
  earlier: RegExp;
  /** right after the figure, its words date it earlier: "(the 12,000) cited in earlier reports" (and `replaced.after`'s) */
  earlierAfter: RegExp;
  /**
   * Words that say a figure the text dates earlier is a value the report's own figure replaced,
   * the words of an update: `before` it ("up from 6.2 billion", "initially", "at first", "the
   * original estimate of"), `after` it ("14 million initially", "154명에서 … 늘어"). Not words that
   * only set another source's value beside the report's ("than the 418 the coast guard gave",
   * "compared with"): those are `earlier`'s. A figure either dates earlier.
   */
  replaced: { before: RegExp; after: RegExp };
  /** right after a figure dated earlier, words that say by a year: "(€15.0 billion) a year earlier", "the year before" */
  yearEarlier?: RegExp;
  /**
   * near the figure, words that make it a total to date ("so far", "in total", "bislang", "au
   * total"): a running total whatever it counts, which grows from report to report (verdict.ts
   * Judged.toDate)
   */
  running: RegExp;
  /** a word that makes a date the day of a statement ("said on Tuesday", "announced last week"); one word, whole */
  said?: RegExp;
  /**
   * One word, whole, lower-cased, that names a happening a date or a stretch of time may be of: a
   * verb's regular past form or participle ("declared", "reopened", "approved"), not one of
   * planning or reckoning ("expected", "scheduled", "estimated"). Read with `pastVerb` in the
   * figure's own clause (src/reconcile/own-clause.ts eventWord): two dates of two happenings.
   */
  eventVerb?: RegExp;
  /**
   * Right before a date whose clause a `said` word opens: that word declares a state so, with the
   * state between it and the date ("declared the fire contained on Tuesday", "was pronounced dead
   * on"). The date is of that state, a past event, not of a statement about it.
   */
  declared?: RegExp;
  /**
   * Labels only: one word, whole, that is the past of a verb whose past is not "-ed" ("burst",
   * "struck", "began"), so a date's label can name what happened on it ("when the dams burst").
   */
  pastVerb?: RegExp;
  /**
   * What a figure measures, by word: a pattern tested on each lower-cased word (a run of letters)
   * and the language-free class it names ("#length", "#cost", "#casualty"), so figures of two
   * languages still compare on what they measure. Each language reads only its own (a language
   * with no locale of cues reads English's).
   */
  cues?: Array<[RegExp, string]>;
  /**
   * Words read only in a figure's own clause (src/reconcile/own-clause.ts clauseMeasure) for what it
   * measures, by the start of the lower-cased word, and the class they name: a part of a toll
   * broken down by sex ("여성 98명", "102 women": "#female", "#male"), a gradient ("경사도 10%":
   * "#slope"). Not cues of the whole window: "women" near a toll does not make it a count of women.
   */
  clauseCues?: Array<[RegExp, string]>;
  /** the words right before a count label it with an age bracket ("20대가 103명", "20代が104人"): part of a toll too */
  bracket?: RegExp;
  /**
   * The report sets a figure against another (src/reconcile/clash.ts): `near`, words near a
   * figure that weigh it against another ("below", "up from", "rather than"); `before`, the same
   * right before a figure, an article between ("below the $14bn quoted", "no earlier than 2031").
   */
  contrast?: { near: RegExp; before: RegExp };
  /** words near a figure that say it moves: revised, a running total ("revised", "so far", "the toll rose") */
  moving?: RegExp;
  /**
   * A figure's scope (src/reconcile/shares.ts): `whole`, words near it that make it the whole
   * ("in total", "overall"), `part` a part of one ("the first phase", "of which", "itself");
   * `excluding`, the part words that leave extras out of one thing rather than name a share
   * ("the bridge itself"); `phase`, the part words that govern a whole clause ("phase", "stage");
   * `including`, the whole word that, before the figure, makes it a part ("…, including 40 children").
   */
  scope?: { whole: RegExp; part: RegExp; excluding: RegExp; phase: RegExp; including: RegExp };
  /**
   * A cue `word` that, right after a `before` word, bounds the figure rather than says what it
   * is: "no earlier than 2031" is no earlier figure (src/reconcile/features.ts). One word each, whole.
   */
  bound?: { word: RegExp; before: RegExp };
  /** A compass `word` right before an `of` word makes a distance ("40 km north of the city"; not "North Korea"). One word each, whole. */
  compass?: { word: RegExp; of: RegExp };
  /** the count is stamped with its own time in the clause before it: "as of 6 a.m.", "30일 오전 6시 현재" */
  asOf?: RegExp;
  /** the count is of people in a state they leave as well as enter ("still in hospital"): it may fall without contradiction */
  status?: RegExp;
  /**
   * near a count or quantity, words that put what it counts in a state it enters and leaves
   * ("still", "remaining", "currently", "waiting", "without", "in shelters"): a level, which rises
   * and falls, read again rather than grown (verdict.ts Judged.level)
   */
  level?: RegExp;
  /**
   * near a percentage, it is the share of a thing done so far ("5% contained", "the work is 60%
   * complete"): a running share, which grows from report to report as a running count does
   */
  progress?: RegExp;
  /**
   * One word, whole, that joins (src/reconcile/own-clause.ts): `clause`, two clauses, so the
   * measure word of one is not the other's figure's ("2,300 died and 10,000 are missing"); `toll`,
   * a word for the dead and one for the injured into one count of both ("killed or wounded").
   */
  join?: {
    clause?: RegExp; toll?: RegExp;
    /** words that join two clauses, past which a `maybe` modal governs the other clause, not the figure ("could flood the town, and 40 people died") */
    coordinator?: RegExp;
    /** words after which a clause has a subject of its own ("…, while imports rose 4.8%"): what a change there changes is that clause's (own-clause.ts changeSubject) */
    subject?: RegExp;
    /** one of these words after a comma opens another clause: a cue that dates a figure earlier is read in the figure's own ("…, but up from 53") */
    afterComma?: RegExp;
  };
  /**
   * A project's output as its completion milestone: `first` the word before a kind of output
   * (`what`) whose first delivery completes it ("first gas", "first power"); `noun`, output that
   * begins ("deliveries will begin", "production starts") makes a start word the completion,
   * unless a word that `opener`s a clause stands between.
   */
  output?: { first: RegExp; what: RegExp; noun: RegExp; opener: RegExp };
  /** A law's or a pact's entry into force, a milestone of its own: a `noun` right after a word of `before` ("came into force", "took effect"). */
  inForce?: { noun: RegExp; before: RegExp };
  /** one word, whole, that makes its clause's figure a possibility, not an observation: "could lower it by 3 metres" */
  maybe?: RegExp;
  /** one word, whole, after which such a modal states what a thing can hold: "it could store 1.5 million m³" */
  able?: RegExp;
  /** one word, whole, that negates such a modal: "rescuers could not reach 40 people" (what did not happen) */
  negation?: RegExp;
  /** right after the figure, it is an amount for each one of something, not a total: "250,000 lira per household" */
  perUnit?: RegExp;
  /**
   * right before the figure (in its sentence), the words that make it an amount for each one all the
   * same: "each resident is allowed 50 litres", "a daily ration of 25 litres"
   */
  perUnitBefore?: RegExp;
  /** right after an amount, the words that make it an exchange rate, the currency's name in group 1: "$1.10 per euro", "93 roubles to the dollar" */
  rate?: RegExp;
  /** in the figure's sentence, words that make it a revision of an earlier figure: "revised", "final figures" */
  revision?: RegExp;
  /**
   * in the figure's sentence, words that call it provisional, an estimate a later figure will
   * replace: "preliminary results", "a provisional toll", "the initial estimate", "for now"
   */
  provisional?: RegExp;
  /**
   * The period an amount is of (reconcile/period.ts): `base`, words between an amount and a later
   * date that make the date the base it is compared with ("up 5 percent from 2025"); `open`, words
   * right before a date that make it the start or end of an open stretch ("since Tuesday");
   * `alone`, words right after a date that make it a part of a longer stretch the story counts
   * over ("in December alone"), so its figure is a share of that stretch's. A language without
   * them gives its amounts no period.
   */
  period?: {
    base: RegExp; open: RegExp; alone?: RegExp;
    /** a comma and the words after it that open another clause between an amount and a date ("…, and in December"): the date is that clause's */
    clause?: RegExp;
  };
  /**
   * Counted nouns, by the start of the lower-cased word, and the English noun they count
   * ("автомобілів" → "vehicle", "Fahrgäste" → "passenger"), so counts of one thing in two
   * languages name one thing. The plain words for people ("Menschen", "personas") are "person",
   * as English's "people" and a Korean "명" are: what a toll of people counts (the dead, the
   * injured) its clause's measure says, not its noun (src/reconcile/counted.ts). English's list
   * is also read for every figure's unit whatever its language (countedClass).
   */
  counted?: Array<[RegExp, string]>;
  /** a word after a number that is an adjective, the counted noun following it ("семи паливних цистерн") */
  adjective?: RegExp;
  /**
   * Where a figure was measured: one word, whole, that opens a place phrase ("in", "from", "on
   * the right bank"), and the common nouns of such a phrase that name a kind of place, not the
   * place ("bank", "region", "river"), and the `side` words that name a part of a place ("right",
   * "north", "occupied"; neither kinds nor sides tell two points of a `reference` apart). A
   * language without them names no places (scripts without capitals cannot tell a name from a
   * noun this way).
   */
  place?: {
    preposition: RegExp; noun: RegExp; side: RegExp;
    /** one word, whole: a name right after it is someone's thing, not a place ("on his Telegram channel") */
    possessive: RegExp;
    /** one word, whole, that a place phrase runs on past, as it does past a determiner or a side ("the Russian and Ukrainian-controlled sides") */
    runOn: RegExp;
  };
  /**
   * Right before a count, the words that make it a place's number of people, said beside the place
   * ("Brill, a town of about 9,200", "home to 60,000", "una localidad de 9.200 habitantes",
   * "eine Stadt mit 9.200 Einwohnern"): those who live there, never a toll or a count
   * of those a happening befell, however alike the sentence's words (src/reconcile/own-clause.ts
   * clauseMeasure).
   */
  population?: RegExp;
  /**
   * Words of a figure's own clause that say it covers a whole area ("average", "in the region",
   * "nationwide", "as a whole"), so a place another figure names is a part of it, not the same
   * scope (src/reconcile/own-clause.ts wholeArea). Read in every language that has them, whether
   * or not it names places.
   */
  area?: RegExp;
  /**
   * Right after a distance, the words that open the point it is measured from ("45 miles east of
   * the city", "95 miles from its entrance"), and the words that close that point's phrase.
   */
  reference?: { open: RegExp; close: RegExp };
  /**
   * A figure that is an amount of change, not a level ("rose by 2,000", "up 3 percent", "a 5%
   * increase"), tested on the text before and after it in its sentence: `by` a preposition of
   * change right before it, counted only when a `verb` of change opens its clause; `before` and
   * `after` nouns of change right by it ("an increase of", "a 5% rise"); `upDown` "up"/"down" right
   * before a percentage or a sum; `moved` a verb of change right before a percentage ("rose 7.6
   * percent"); `points` a change of a share in points ("5 percentage points"); `offset` right
   * after a duration, one that places a moment ("two days after landfall", "15 years ago"), unless
   * `lasting` stands right before it: "the gauge was dark for six days before the storm" says how
   * long, and the moment after it only ends that stretch.
   */
  change?: {
    by: RegExp; verb: RegExp; before: RegExp; upDown: RegExp; after: RegExp; moved: RegExp; points: RegExp; offset: RegExp;
    /** right before a duration, a word that makes it a length ("for nine days"): no offset, whatever follows */
    lasting?: RegExp;
    /**
     * right before a duration, a verb that moves a stretch of time, an article or "by" between
     * ("will reduce the ten days", "delayed by two weeks"): the amount it moved, not a stretch
     */
    stretch?: RegExp;
    /** right before a duration, a word that makes it how far a moment is placed ("提前一年", "через два года"), in a language that says it first */
    offsetBefore?: RegExp;
    /** right after the number (in the figure's span or past it), an amount beside or on top of another: "3,000 more", "two other people" */
    added?: RegExp;
  };
  /**
   * Labels only (src/reconcile/about.ts): one word, whole, lower-cased. `notThing`: words that pass
   * for a noun near a figure but never name what it measures, in any word of the label's phrase
   * (connectives, adverbs, verbs: "number of although", "percentage of the suggest", "cost of the
   * harbour alone"); `notHead`: adjectives that may modify the thing but are never the thing
   * ("annual volume of the northern", "deployment of the rather", "cost of the record").
   */
  label?: {
    notThing: RegExp; notHead: RegExp;
    /** right after a length, words of its size or its place, never its thing ("12 metres deep", "a 400m-long ship", "of") */
    size?: RegExp;
    /** a date's clause read for its event: `aux` between a subject and its verb ("were", "officially"), `determiner`, and `noSubject` (pronouns, connectives) */
    aux?: RegExp; determiner?: RegExp; noSubject?: RegExp;
    /**
     * The closed classes, never a label's thing nor its last word (about.ts, and the briefing's
     * test of a readable label, publish/view.ts): articles, pronouns, prepositions, conjunctions,
     * modals and auxiliaries, number words, adverbs of place and time, and any contraction or
     * possessive ("number of except", "completion of the won't", "percentage of the ours").
     */
    closed?: RegExp;
    /**
     * Right after a word, what makes it a finite verb in its sentence ("we think the", "inflation
     * slows the", "Lestria pays 55%"): a determiner, an object pronoun or a figure, which no noun takes.
     */
    object?: RegExp;
  };
  /**
   * A count that is a part of a whole its sentence stated before it ("9,500 men, 6,200 of whom
   * crossed"; "dont 8 000", "davon 8.000", "그중 8천 명"): `after`, the words right after the
   * figure; `before`, the words right before it; `opens`, the words a sentence opens with that name
   * the whole its later counts are taken from ("Of the ships waiting, 40 are bulk carriers"), read
   * from the sentence's start to the figure. A part is never the whole it is taken from.
   */
  part?: { before?: RegExp; after?: RegExp; opens?: RegExp };
  /**
   * The whole a share is taken of: `after`, the words right after a percentage or fraction that
   * open its whole ("30 percent of the city", "el 30 % de la ciudad"; the whole's first word
   * follows the match); `before`, right before it, the mark that closes its whole ("도시의 30%",
   * "城市的30%"; the whole's word ends where the match starts). The whole names what the share
   * measures, as a figure's own noun does.
   */
  whole?: { before?: RegExp; after?: RegExp };
  /**
   * A date that is a deadline, the latest a thing is to happen by ("by 2028", "no later than
   * June"): `before`, the words right before it; `after`, right after it. A deadline is no stretch
   * an amount was counted over ("trade in the first half of the year").
   */
  deadline?: { before?: RegExp; after?: RegExp };
  /**
   * A date that is only the base of a comparison, the last time something was as great ("the
   * costliest loss since 2021", "le pire bilan depuis 1990", "2021년 이후 최대"): `before`, the
   * words of its clause right before it (a superlative, a record or a first, then the word for
   * "since"); `after`, the words right after it ("以来最…"). It dates another happening than the
   * story's, so it is no rival of the story's dates.
   */
  baseline?: { before?: RegExp; after?: RegExp };
  /**
   * A stretch of time that is the window another amount of its clause was counted in ("400 mm of
   * rain within a 24-hour period", "innerhalb von 24 Stunden", "24小时内"): `before`, the words
   * right before it; `after`, right after it. It times that amount; it is no length of anything.
   */
  window?: { before?: RegExp; after?: RegExp };
  /**
   * A figure of a rolling window, a stretch that ends when its report was written and is counted
   * again in each report ("Positivity, past seven days: 29%", "488 million litres a day (7-day
   * average)", "in den letzten sieben Tagen"): `before`, its clause's words right before it (to
   * the end of the text given); `after`, right after it. No rival of a figure of no such window.
   */
  rolling?: { before?: RegExp; after?: RegExp };
  /**
   * Right before a figure (to the end of the text given), a bound its clause denies of a subject
   * it negates ("as no candidate had received more than [50 per cent]", "aucun candidat n'a
   * obtenu plus de"): a threshold nothing reached, not a value reached. No rival of a value.
   */
  negatedBound?: RegExp;
  /**
   * Right before a stretch of time (to the end of the text given), words that make it how long a
   * happening still under way has lasted so far ("the blockade has lasted [12 days]", "trwa już
   * [12 dni]", "dauert bereits"): the age of that happening, grown in each report, no rival of a
   * stretch of anything else (how long drivers waited). `after`, right after it ("12일째").
   */
  ongoing?: { before?: RegExp; after?: RegExp };
  /**
   * Right before a count (to the end of the text given), words that make it a count of the places
   * someone was at ("our agents were present at [5,870] polling stations", "observers visited"):
   * those covered, a part of all there are, no rival of a count of them all.
   */
  coverage?: RegExp;
  /**
   * Before a figure in its sentence (to the end of the text given), a poll's words ("an exit poll
   * … had put it at 41%", "selon un sondage"): a sample's estimate, no rival of a count's value.
   */
  poll?: RegExp;
  /**
   * Words that make a count one of things counted twice, a correction of another count ("40
   * ballots were counted twice", "double-counted", "comptés deux fois", "doppelt gezählt"):
   * `before`, right before it (to the end of the text given); `after`, right after it (from the
   * figure's end: its noun comes first). Those struck out of a count are no rival of the count.
   */
  duplicate?: { before?: RegExp; after?: RegExp };
  /**
   * Words that make a stretch of time a countdown, what is left from the report's day to a
   * happening ("[three more weeks] of campaigning", "[2 weeks] until the runoff", "noch [drei
   * Wochen]"): `before`, right before it (to the end of the text given); `after`, right after it;
   * `inside`, in its own words ("three more weeks", "drei weitere Wochen").
   * Read from two days, two countdowns to one happening differ; no rival of a stretch that is none.
   */
  countdown?: { before?: RegExp; after?: RegExp; inside?: RegExp };
  /**
   * A sum of several things of one kind its sentence names: `word`, a word that makes the
   * sentence's figure their sum ("together", "in all", "combined"); `many`, a count of two or more
   * of a thing in the plural, its singular in group 1 ("two reservoirs", "four shorter spans"). A
   * figure of a sentence that names one such thing alone ("the upper reservoir") is a part of the sum
   * (reconcile/own-clause.ts summedThing, namesOne). A language whose plural is not written so on
   * its noun has none.
   */
  sum?: { word: RegExp; many: RegExp };
  /**
   * Words of a figure's own clause that make it an amount of one direction of a two-way flow
   * ("eastbound", "inbound", "in each direction", "片側", "편도"): a part of the flow both ways,
   * no rival of a figure that names no direction. The match, lower-cased, names the direction.
   */
  direction?: RegExp;
  /**
   * Grammar glued to the end of a word, not part of its meaning: Korean writes its particles on
   * the noun ("외국인은", "외국인의" are "외국인"), so without this one noun reads as many.
   */
  ending?: RegExp;
  /**
   * What tells the thing a figure measures by its noun (src/reconcile/heads.ts), each one word,
   * whole, lower-cased unless said: `not`, words never that thing (speakers, verbs of saying,
   * units, vague adjectives); `notEnding` and `notModifierEnding`, the endings of a word that is
   * no head noun, or no modifier of one ("-ly", "-ed", "-ian"); `eventParticiple`, a participle
   * that says what befell counted things ("displaced"); `agreement`, a noun that names the thing
   * signed; `demonym`, a capitalised word shaped as a demonym ("Kenyan"), as written; `verbBefore`,
   * a word after which a bare word is a verb ("to", "will"), and `demonstrative` one after which a
   * word in -s is ("this becomes"); `speaker`, a noun for one who speaks or acts; `adjunct`, a
   * preposition of place or time; `determiner`. Read in every report, English's only (heads.ts).
   */
  head?: {
    not: ReadonlySet<string>; notEnding: RegExp; notModifierEnding: RegExp; eventParticiple: RegExp; agreement: RegExp; demonym: RegExp;
    verbBefore: RegExp; demonstrative: RegExp; speaker: RegExp; adjunct: RegExp; determiner: RegExp;
  };
  /**
   * A credited speaker's key (src/reconcile/origins.ts): `generic`, lower-cased words of a credit
   * that name no one in particular ("state", "agency", "the"), left out of the key; `vague`, a
   * whole credit too vague to be an origin ("sources", "officials"), tested once `article`, the
   * article it opens with, is taken off. Read in every report, each language's words for all
   * (a credit's key reads the same whatever its report's language). `reader`: the words of the
   * reader that finds credits in a language's text (src/extract/credits.ts); English has its own.
   */
  credit?: { generic: ReadonlySet<string>; vague: RegExp; article: RegExp; reader?: CreditWords };
  /**
   * Right after a numeral's dotted group, a scale word ("1.315 billion", "1.5m"): the dot is a
   * decimal point, not a thousands mark (src/reconcile/interval.ts numeralOf). Read in every
   * report, English's only: a numeral is read without its report's language.
   */
  scaleAfter?: RegExp;
  /**
   * Whose a count or an amount is, or what it is of (src/reconcile/holder.ts): `before`, patterns
   * tested in turn on its sentence's words right before it, ending where it starts, its holder's
   * phrase in group 1 ("the checkpoint's [cost was] $", "the cost of the bridge [was]", "Adrian
   * Sulev: 46%"); `after`, the same on the words right after it, from where it ends ("41% for
   * Varanen"); `beside`, as `before`, a possessor with nothing but a qualifier between it and the
   * figure ("Orrin's 9,600 employees", "Kestrel's €15.80 offer"), read for counts and amounts, not
   * shares, whose possessor is as often who gave them ("the commission's 48.9%"); `quiet`, one
   * word, whole, lower-cased, of such a phrase that names nothing of its own (determiners, words of
   * time); `within`, tested on the figure's own words and those right after it, from its start, a
   * name between its number and its noun ("3,000 Norask soldiers", "a €6.8 billion Kestrel bid"),
   * read for counts and amounts; `carried`, tested on its sentence's words before it, a sentence
   * that names no holder and leaves it to the one before ("Revenue in 2027 was $"), whose subject
   * `subject` reads (holder.ts SUBJECT, a name that starts it, where a locale gives none). Two
   * figures whose holders share no word are of two things.
   */
  holder?: { before?: readonly RegExp[]; beside?: readonly RegExp[]; within?: readonly RegExp[]; after?: readonly RegExp[]; carried?: RegExp; subject?: RegExp; quiet?: RegExp };
  /**
   * Words that give a count or an amount a role other than an amount reached (reconcile/judge.ts
   * roleOf): `aim`, a goal set for it ("aims to reach about 380,000 people", "a target of",
   * "Target: 350 million litres"); `capacity`, what a thing can hold or handle ("with a capacity
   * of", "which can process", "a 400-bed hospital"). `before`, tested on its clause's words right
   * before it, ending where it starts; `after`, on the words from its last digit on. A goal or a
   * capacity set against an amount reached is no contradiction.
   */
  role?: { aim?: { before?: RegExp; after?: RegExp }; capacity?: { before?: RegExp; after?: RegExp } };
}

export const RECONCILE_CUES: Readonly<Record<string, ReconcileCues>> = { en, ru, uk, ko, zh, ja, de, es, it, fr, pt, pl };
