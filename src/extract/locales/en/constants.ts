/**
 * English word tables and the patterns that read them. Each `X_PATTERN` (a regex source string,
 * without capture groups) sits next to the `parseX` that turns its text into a value.
 * @module
 */
import type { RawNumber } from "../../common/engine.js";
import { CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES } from "../../../normalize/currency.js";
import { unitAliases } from "../../../normalize/units.js";
import type { MagnitudeWords } from "../../common/magnitude.js";

/** Letters, as a character-class body: ASCII and Latin-1/Extended-A/B. Parser patterns avoid the
 * "u" flag and \\p{L}, which make V8 scan several times slower. */
export const L = "A-Za-z\\u00C0-\\u024F";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** An alternation of words, longest first, with flexible spaces. */
const alt = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, "\\s+")).join("|");

export const INTEGER_WORD_DICTIONARY: Readonly<Record<string, number>> = Object.freeze({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const SCALE_DICTIONARY: Readonly<Record<string, number>> = Object.freeze({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, lakh: 1e5, crore: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12, trln: 1e12,
});

const ONES = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const WORD_UNDER_100 = `(?:(?:${TENS})(?:[-\\s](?:${ONES})\\b)?|${TEENS}|${ONES})`;
const WORD_UNDER_1000 = `${WORD_UNDER_100}(?:\\s+hundred(?:\\s+(?:and\\s+)?${WORD_UNDER_100})?)?`;
/** Decimals as spoken: "point eight", "point two five" (digit words only). */
const WORD_DECIMALS = `\\s+point(?:\\s+(?:zero|oh|${ONES})\\b){1,4}`;
/** "six", "twenty-five", "two hundred and fifty", "two thousand and five", "one hundred twenty-four point eight";
 * the thousands are read here only when smaller words follow ("two thousand" alone is a number and its scale) */
export const WORD_NUMBER_PATTERN = `${WORD_UNDER_1000}(?:\\s+thousand,?\\s+(?:and\\s+)?(?=(?:${ONES}|${TEENS}|${TENS})\\b)${WORD_UNDER_1000})?(?:${WORD_DECIMALS})?`;
/**
 * "15,000", "4.7", "2789", "12 000" with a no-break or thin space, "100 000" with a plain space
 * before whole thousands only (a plain space before other digits more often parts two figures:
 * "on June 6 100 people"); capped lengths keep matching linear
 */
export const DIGITS_PATTERN = `(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,3}(?:[\\u00a0\\u202f\\u2009]\\d{3}){1,4}(?!\\d)|\\d{1,3}(?: 000){1,4}(?![\\d,])|\\d{1,15})(?:\\.\\d{1,10})?`;
/** Scale words, lower case or capitalized as in headlines ("$4.5 Billion"): some patterns are case-sensitive. */
const SCALE_WORDS = "hundred|thousand|million|billion|trillion|dozen|lakh|crore|Hundred|Thousand|Million|Billion|Trillion|Dozen|Lakh|Crore|MILLION|BILLION|TRILLION";
/** A number as written: digits or words, "and a half", then an optional scale ("1.4 billion", "$3bn", "1m"). */
export const NUMBER_BODY_PATTERN =
  `(?:${DIGITS_PATTERN}(?:[ \\u00a0]?[½¼¾⅓⅔]|[ \\u00a0](?:1\\/[234]|[23]\\/3|3\\/4)(?![\\d/]))?|\\b(?:${WORD_NUMBER_PATTERN}|an?(?=\\s+(?:${SCALE_WORDS}|half)\\b)|half(?=\\s+a\\s+(?:${SCALE_WORDS})\\b))\\b)` +
  `(?:\\s+and\\s+a\\s+half\\b|\\s+a(?=\\s+(?:${SCALE_WORDS})\\b))?` +
  `(?:(?:\\s*|-)(?:${SCALE_WORDS})\\b|\\s?(?:[bB][nN]|[mM][nN]|mln|MLN|bln|BLN|trn|TRN|trln|TRLN)\\b|(?:[mMkKbB]|tn)\\b)?`;

/** Where numbers start: digits not glued to a word, code or URL ("COVID-19", "G7", "/2025/"), and number words. */
export const NUMBER_ANCHOR_PATTERNS: ReadonlyArray<() => RegExp> = [
  () => new RegExp(`(?<![${L}\\d_.,/#@:$£€¥₩₽₹]|[${L}][-‑]|\\d-\\d\\d-|\\d{4}-)\\d|(?<=\\b(?:mid|early|late|pre|post|end)-)\\d|(?<=\\d-?[${L}]*-by-)\\d`, "gi"),
  () =>
    new RegExp(
      `\\b(?:${TEENS}|${TENS}|${ONES}|hundred|thousand|doubled|tripled|trebled|quadrupled|twice|double|triple|quadruple|half(?=\\s+an?\\s)|` +
        `an?(?=\\s+(?:${SCALE_WORDS}|half|quarter|(?:year|month|week|day|decade|hour|fortnight|century)\\b)))`,
      "gi",
    ),
];

const VULGAR: Readonly<Record<string, number>> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3 };

/** Value of a NUMBER match, or null. */
export function parseNumber(text: string): RawNumber | null {
  let s = text.toLowerCase().replace(/(\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))/g, "$1").replace(/(\d) (?=000(?!\d))/g, "$1").replace(/[\s\u00a0]+/g, " ").trim();
  let half = 0;
  let scale = 1;
  const sm = /(?:[ -]?(hundred|thousand|million|billion|trillion|dozen|lakh|crore)|\s?(bn|mn|mln|bln|trln|trn|m|k|b|tn))$/.exec(s);
  if (sm) {
    const rest = s.slice(0, sm.index).trim();
    // "twenty-one thousand, four hundred": one spoken number, not 21,004 hundreds
    if (rest && !/thousand/.test(rest)) {
      scale = SCALE_DICTIONARY[sm[1] ?? sm[2]];
      s = rest;
    }
  }
  if (/ and a half$/.test(s)) {
    half = 0.5;
    s = s.slice(0, -" and a half".length);
  }
  if (/ a$/.test(s)) s = s.slice(0, -2).trim(); // "half a million"
  // a vulgar fraction after the digits: "2½", "3 1/2"
  const fm = /^(\d{1,15}) ?(?:([½¼¾⅓⅔])|([123])\/([234]))$/.exec(s);
  if (fm) {
    half = fm[2] ? VULGAR[fm[2]] : Number(fm[3]) / Number(fm[4]);
    s = fm[1];
  }
  let value: number;
  let words = false;
  if (/^[\d.,]+$/.test(s)) {
    value = Number(s.replace(/,/g, ""));
  } else {
    words = true;
    const v = parseWordNumber(s);
    if (v === null) return null;
    value = v;
  }
  if (!Number.isFinite(value)) return null;
  return { value: value + half, scale, factor: 1, words };
}

function parseWordNumber(s: string): number | null {
  if (s === "a" || s === "an") return 1;
  if (s === "half") return 0.5;
  let total = 0;
  let cur = 0;
  let decimals: string | null = null;
  for (const w of s.replace(/,/g, " ").split(/[\s-]+/)) {
    if (decimals !== null) {
      // "point two five": each word a digit
      const d = w === "zero" || w === "oh" ? 0 : INTEGER_WORD_DICTIONARY[w];
      if (d === undefined || d > 9) return null;
      decimals += String(d);
      continue;
    }
    if (w === "and" || w === "") continue;
    if (w === "point") {
      decimals = "";
      continue;
    }
    if (w === "hundred") {
      cur = (cur || 1) * 100;
      continue;
    }
    if (w === "thousand") {
      total += (cur || 1) * 1000;
      cur = 0;
      continue;
    }
    const n = INTEGER_WORD_DICTIONARY[w];
    if (n === undefined) return null;
    cur += n;
  }
  total += cur;
  return decimals ? total + Number(`0.${decimals}`) : total;
}

/** The full value of a RawNumber. */
export const valueOf = (r: RawNumber) => r.value * r.scale * r.factor;

// ── currencies ──────────────────────────────────────────────────────────────
/** Letter prefixes read before digits, spaced or not ("Rs 500", "KSh 50 billion") or only glued ("W1.3 trillion", "Sh2 billion"). */
const SPACED_PREFIXES = ["RMB", "Rs\\.?", "KSh", "Ksh", "Tk", "Rp", "Dhs"];
const GLUED_PREFIXES = ["W", "RM", "Dh", "Sh", "QR", "SR"];
const LETTER_PREFIXES = new Set(["Rs", "Rs.", "RMB", "KSh", "Ksh", "Tk", "Rp", "Dhs", ...GLUED_PREFIXES]);
export const CURRENCY_PREFIX_PATTERN = `(?:${alt(Object.keys(CURRENCY_SYMBOLS).filter((k) => !LETTER_PREFIXES.has(k)))}|(?:${[...ISO_CODES].join("|")}|${SPACED_PREFIXES.join("|")})(?=\\s?\\d)|(?:${GLUED_PREFIXES.join("|")})(?=\\d))`;
export const CURRENCY_SUFFIX_PATTERN = `(?:${alt(Object.keys(CURRENCY_NAMES))}|${[...ISO_CODES].join("|")})`;

// ── units ───────────────────────────────────────────────────────────────────
/** Unit aliases (length, area, mass, volume, speed, count-like), longest first; "in" is left out (too ambiguous). */
export const UNIT_PATTERN = `(?:${alt(unitAliases())})`;

// ── time words ──────────────────────────────────────────────────────────────
export const DURATION_UNIT_DICTIONARY: Readonly<Record<string, number>> = Object.freeze({
  second: 1 / 86400, seconds: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, hour: 1 / 24, hours: 1 / 24,
  day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14, month: 30.44, months: 30.44,
  year: 365.25, years: 365.25, decade: 3652.5, decades: 3652.5, century: 36525, centuries: 36525,
});
export const DURATION_UNIT_PATTERN = `(?:${alt(Object.keys(DURATION_UNIT_DICTIONARY))})`;

export const MONTH_DICTIONARY: Readonly<Record<string, number>> = Object.freeze({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});
/** Capitalized month names and abbreviations (case-sensitive: "may" is a verb, "March" a month). */
export const MONTH_PATTERN = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![${L}])`;
export const parseMonth = (s: string) => MONTH_DICTIONARY[s.toLowerCase().replace(/\.$/, "")];

export const WEEKDAY_DICTIONARY: Readonly<Record<string, number>> = Object.freeze({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});
export const WEEKDAY_PATTERN = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

export const SEASON_DICTIONARY: Readonly<Record<string, "spring" | "summer" | "autumn" | "winter">> = Object.freeze({
  spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter",
});
export const SEASON_PATTERN = `(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)`;

/** A plausible four-digit year. */
export const YEAR_PATTERN = `(?:1[89]\\d\\d|20\\d\\d|2100)`;

// ── qualifiers ──────────────────────────────────────────────────────────────
/** Words before a figure that qualify it (README lists), matched against the text just before. */
const QUALIFIER_BEFORE: ReadonlyArray<[RegExp, "approx" | "upper" | "lower"]> = [
  [/(?:^|[^\p{L}])(?:no fewer than|no less than|not less than)\s*$/iu, "lower"],
  [/(?:^|[^\p{L}])(?:about|around|some|nearly|almost|roughly|approximately|approx\.?|circa|an estimated|estimated|close to|just under|just over|in the region of|(?:in|on|of) the order of|(?:just\s+)?shy\s+of|more or less|c\.|ca\.)\s*$/iu, "approx"],
  [/~\s*$/u, "approx"],
  [/(?:^|[^\p{L}])(?:up to|as many as|as much as|at most|less than|fewer than|under|below|no more than|not more than|a maximum of|maximum of|at maximum|as high as)\s*$/iu, "upper"],
  [/(?:^|[^\p{L}])(?:more than|over|at least|exceeding|above|in excess of|upwards of|no less than|not less than|no fewer than|a minimum of|as little as|as few as|beyond|north of)\s*$/iu, "lower"],
];
/**
 * The qualifier the words at the end of `before` give ("a magnitude of about 6.8"), or null: the
 * first of QUALIFIER_BEFORE that matches. (common/figures.ts qualifierBefore is the other
 * locales' reading, by their `before` words.)
 */
export function qualifierEnding(before: string): "approx" | "upper" | "lower" | null {
  for (const [re, q] of QUALIFIER_BEFORE) if (re.test(before)) return q;
  return null;
}

export const QUALIFIER_AFTER: ReadonlyArray<[RegExp, "approx" | "upper" | "lower"]> = [
  [/^\s*(?:or so|or thereabouts)\b/iu, "approx"],
  [/^\s*(?:or more|or above|and above|and more|plus)\b|^\+/iu, "lower"],
  [/^\s*(?:or less|or fewer|or below|at most)\b/iu, "upper"],
];

// ── magnitudes ──────────────────────────────────────────────────────────────
/**
 * An earthquake's magnitude (common/magnitude.ts): "a magnitude 7.1 earthquake", "magnitude-6.4",
 * "a moment magnitude of 7.0", "a preliminary magnitude of about 6.8", "a 6.9-magnitude quake",
 * "7.1 on the Richter scale" ("order of magnitude" is none: no number follows it).
 */
export const MAGNITUDE_WORDS: MagnitudeWords = {
  before: "(?:(?:moment|local|surface[\\s-]wave|body[\\s-]wave|richter|preliminary|revised|initial)\\s+)?magnitude(?:\\s+of)?(?:\\s+(?:a\\s+)?(?:preliminary|revised|initial))?",
  after: "[\\s-]*(?:magnitude(?![\\s-]*(?:of\\b|\\d))|richter)|\\s+on\\s+the\\s+(?:richter|moment[\\s-]magnitude)(?:\\s+scale)?",
  quake: "quake|tremor|temblor|aftershock|seismi|tsunami",
  percent: "percent|per\\s*cent",
  scales: "bn|billion|million|m\\b|k\\b",
  qualifiers: "about|around|approximately|nearly|almost|roughly|some|an\\s+estimated|estimated|at\\s+least|more\\s+than|up\\s+to",
};

// ── rates ───────────────────────────────────────────────────────────────────
export const PERIOD_DICTIONARY: Readonly<Record<string, string>> = Object.freeze({
  daily: "day", day: "day", weekly: "week", week: "week", monthly: "month", month: "month",
  annually: "year", annual: "year", yearly: "year", year: "year", annum: "year", hour: "hour", hourly: "hour",
});
/** A rate right after a figure: "per day", "a year", "daily", "annually", "each month". */
export const RATE_AFTER = /^[ \t]*(?:,[ \t]*)?(?:(?:per|a|an|each|every)\s+(day|week|month|year|annum|hour)|(daily|weekly|monthly|annually|yearly|hourly))\b(?![ \t]+(?:earlier|later|ago|before|after|on)\b|-)/iu;
/** A rate word right after a figure: "in annual revenues", "worth of daily output". */
export const RATE_NOUN_AFTER = /^\s+(?:in\s+|worth\s+of\s+)?(annual|yearly|daily|monthly|weekly)\b/iu;

// ── count words ─────────────────────────────────────────────────────────────
/** Words that end a counted-noun phrase: function words and common verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ("a an the and or but nor of to in on at by for from with without into onto over under than then that this these those " +
    "which who whom whose what when where while as is are was were be been being has have had do does did will would " +
    "shall should can could may might must not no so if per each every more less most least only just also about " +
    "around some nearly almost up down out off since until till after before during between among across through " +
    "against toward towards via including excluding such its their his her our your my it they he she we you them " +
    "there here said says say told according ago later earlier away long high tall wide deep old new other others " +
    "another all both either neither several many much few own same whether yet still already even again too very " +
    "remain remains remained become becomes became seem seems seemed include includes included make makes made take " +
    "takes took get gets got go goes went come comes came plus left built sold held lost kept found paid sent spent put set cut hit ran seen known").split(" "),
);

/** Nouns that are plural without an -s. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = Object.freeze({
  people: "person", persons: "person", individuals: "person", men: "man", women: "woman", children: "child",
  police: "police officer", personnel: "personnel", staff: "staff", aircraft: "aircraft", cattle: "cattle",
  livestock: "livestock", sheep: "sheep", fish: "fish", deer: "deer", mice: "mouse", geese: "goose", teeth: "tooth",
  feet: "foot", crew: "crew", series: "series", species: "species", troops: "troop", casualties: "casualty",
  fatalities: "fatality", lives: "life", wolves: "wolf", knives: "knife", leaves: "leaf", halves: "half",
  buses: "bus", minibuses: "minibus", gases: "gas", bonuses: "bonus", viruses: "virus", campuses: "campus", censuses: "census",
});

/** Nouns too vague to count when spelled out ("two sides", "one way"). */
export const VAGUE_NOUNS: ReadonlySet<string> = new Set(
  "side sides way ways thing things hand hands part parts one ones other others kind kinds sort sorts type types time times occasion occasions reason reasons point points".split(" "),
);

/** Singular form of a counted noun ("casualties" → "casualty", "buses" → "bus"). */
/** Compounds of -men and -people ("fishermen", "gunmen", "townspeople"); not "specimen", "abdomen". */
const MEN_PLURAL = /^[a-z]{2,}(?:men|women|people)$/;
const NOT_MEN = /(?:specimen|abdomen|regimen|acumen|stamen|hymen|omen|amen|semen|cyclamen|albumen|bitumen|dolmen|rumen|lumen|gravamen|hegumen|yemen)$/;

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (MEN_PLURAL.test(w) && !NOT_MEN.test(w)) return w.endsWith("people") ? "person" : w.slice(0, -2) + "an";
  if (/^[A-Z0-9]+s$/.test(word)) return word.slice(0, -1); // TEUs
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/(?:ses)$/.test(w) && !/(?:ases|uses|ises|oses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL: ReadonlySet<string> = new Set(
  "news means physics economics politics mathematics athletics lens gas canvas atlas bias chaos yes always perhaps towards afterwards whereas besides thus this his hers its ours yours theirs whereabouts".split(" "),
);

/** Whether a word reads as a plural noun. A capitalized one must look like a people or group ("Koreans", "Democrats", "Marines"). */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return true;
  if (NOT_PLURAL.has(w) || w.includes(".")) return false;
  if (MEN_PLURAL.test(w) && !NOT_MEN.test(w) && /^[a-z]/.test(word)) return true;
  if (/^[A-Z]{2,}s$/.test(word)) return true;
  if (/^[A-Z][a-z]/.test(word) && !/(?:ans|ers|ists|ites|ats|ines|ees|ons|ics|ors|ies)$/.test(word)) return false;
  return w.length >= 3 && /s$/.test(w) && !/(?:ss|us|is|ous|'s|’s)$/.test(w);
}

/** Right after a count: it is per direction ("four lanes, two in each direction"), a part of the whole road's. */
export const PER_DIRECTION_AFTER = /^[ \t]+(?:in each direction|in either direction|per direction|each way)\b/i;
