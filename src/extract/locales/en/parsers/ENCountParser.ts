/**
 * Counts: a number and the noun it counts ("15,000 troops", "six bridge supports", "one million TEU",
 * "15-berth"), or a bare number ("a total of 15,000") that later refiners keep, give a unit, or drop.
 * The counted noun is the first plural within a few words; spelled-out numbers must count something.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { isHeadline } from "../headline.js";
import { lookupUnit } from "../../../../normalize/units.js";
import { currencyCode } from "../../../../normalize/currency.js";
import {
  DURATION_UNIT_DICTIONARY, MONTH_DICTIONARY, PER_DIRECTION_AFTER, WEEKDAY_DICTIONARY, NUMBER_BODY_PATTERN, STOP_WORDS, VAGUE_NOUNS, isPlural, parseNumber, singular, valueOf, L } from "../constants.js";

/** A word after the number; dots are kept inside abbreviations ("U.S.") and at a sentence end. */
const WORD_RE = new RegExp(`([ \\t]+|[ \\t]*\\r?\\n[ \\t]*|-)((?:[${L}]|\\d{1,4}(?:\\.\\d{1,3})?(?=[a-z]))(?:[${L}\\d'’-]|\\.(?=[${L}])){0,30}\\.?)`, "iy");
/** A determiner before a spelled-out number points back at things already named ("the two countries"). */
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|these|those|both|its|their|our|his|her|my|your|all|every|each|first|last|other|next)|\p{L}['’]s?)\s+$/iu;
/** A count right before a number (a year is four digits and never matches: "in 2019 300 people"). */
const COUNT_BEFORE = /(?:^|[^\p{L}\d,.])(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)[ \t]+$/iu;
/** "one" counts only after a word that insists on it ("only one bridge"). */
const ONE_NEEDS = /(?:^|[^\p{L}])(?:only|just|exactly|least|than|single|about|around|nearly)\s+$/iu;
/** A year used as a modifier ("the 2024 elections") stays a year. */
const YEAR_CONTEXT = /(?:^|[^\p{L}])(?:the|in|of|since|by|from|until|during|before|after|for|'s|’s)\s+$/iu;
const MONTH_BEFORE = /(?:^|[^A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+$/;
/** A verb right after a number that counts people or things already named. */
const VERB_AFTER = /^[ \t]+(?:were|are|have\s+been|had\s+been|remain(?:ed)?\s+(?:missing|in|hospitali[sz]ed|trapped|unaccounted)|died|abstained|survived|drowned|perished|were\s+killed)\b/i;
/**
 * A toll's verb right before a number it takes as its object, a headline's way ("Mine collapse kills
 * three", "blast injures 12 in port"): people counted, the noun left out. The number must end its
 * clause or stand before a preposition (TOLL_OBJECT_END), so "kills three soldiers" keeps its noun.
 */
const TOLL_VERB_BEFORE = /(?:^|[^\p{L}])(?:kill(?:s|ed)?|injur(?:es|ed)|wound(?:s|ed)|trap(?:s|ped)|strand(?:s|ed)|rescue[sd]?|evacuate[sd]?|hospitali[sz]e[sd]?)(?:[ \t]+(?:at[ \t]+least|some|about|around|nearly|almost|more[ \t]+than|over|another))?[ \t]+$/iu;
const TOLL_OBJECT_END = /^(?:[ \t]*(?:[,;:!?)\n]|\.(?!\d)|$)|[ \t]+(?:in|as|after|at|near|on|when|while|during|across|and)\b)/i;
/**
 * A state of people right after a number, the headline's and the toll's shorthand: "four dead, six
 * missing", "12 injured", "three still missing", "two feared dead". A plural after it is the counted
 * noun instead ("two missing children", "six dead and dying trees").
 */
const STATE_AFTER = /^[ \t]+(?:(?:still|now|confirmed|feared|presumed|reported|reportedly)[ \t]+)?(?:dead|missing|injured|wounded|hurt|killed|unaccounted[ \t]+for|hospitali[sz]ed)\b(?:[ \t]+(?:(?:and|or)[ \t]+[a-z]+[ \t]+)?([a-z]+))?/i;
function stateAfter(tail: string): boolean {
  const m = STATE_AFTER.exec(tail);
  return m !== null && !(m[1] && isPlural(m[1]));
}
/** After "the two", nouns that name parties already named ("the two countries" met): a reference, not a count. */
const REFERENT_NOUNS = new Set(["countries", "nations", "sides", "leaders", "governments", "parties", "states", "neighbours", "neighbors", "allies", "rivals", "presidents", "men", "women", "brothers", "sisters", "teams", "clubs", "candidates"]);
/** Spelled-out compounds that are no count of the noun: "two-thirds", "two-way", "one-off", "three-time". */
const NOT_COMPOUND = /^(?:thirds?|quarters?|fifths?|tenths?|halves|half|way|fold|time|times|off|sided|faced|pronged|tier|state|thirty|forty|fifty|sixty|seventy|eighty|ninety|twenty|hundred|thousand|million|billion|one|two|three|four|five|six|seven|eight|nine)$/i;
/** "three of the defendants", "six of its nine stations": a count of a part of a named whole. */
const OF_THE = /^[ \t]+of[ \t]+(?:the|these|those|its|their|our|his|her|whom|which|them|[A-Z][\p{L}]*['’]s?)\b/u;
/** The first plural noun within six words of the "of". */
function nounAfterOf(after: string): string | null {
  const ws = /^[ \t]+of[ \t]+([^.;:!?\n]{0,80})/u.exec(after)?.[1].split(/[ \t,]+/) ?? [];
  for (const w of ws.slice(0, 6)) if (/^[a-z][\p{L}-]*s$/u.test(w) && isPlural(w)) return w;
  return null;
}
/** Stop words that are also adjectives of the counted noun right after them ("three new berths", "two old dams", "four long tunnels"). */
const MODIFIERS = new Set(["new", "old", "long", "high", "tall", "wide", "deep"]);
const NON_NOUN_WORDS = new Set(["percent", "cent", "fold", "times", "pct", "per", "degree", "degrees", "kv", "volts", "kilovolts", "mach"]);

const unitWordCache = new Map<string, boolean>();
/** Whether a word is a unit, time unit or currency (other parsers own those); memoized, words repeat. */
function isUnitWord(w: string): boolean {
  let v = unitWordCache.get(w);
  if (v === undefined) {
    v = lookupUnit(w) !== undefined || DURATION_UNIT_DICTIONARY[w.toLowerCase()] !== undefined || currencyCode(w) !== undefined || NON_NOUN_WORDS.has(w.toLowerCase());
    if (unitWordCache.size > 50_000) unitWordCache.clear();
    unitWordCache.set(w, v);
  }
  return v;
}

export const ENCountParser: Parser = {
  name: "en-count",
  anchor: "number",
  pattern: () => new RegExp(`(${NUMBER_BODY_PATTERN})((?:(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*|-)(?:[${L}]|\\d{1,4}(?:\\.\\d{1,3})?(?=[a-z]))(?:[${L}\\d'’-]|\\.(?=[${L}])){0,30}\\.?){0,5})`, "iy"),
  extract(ctx, m): ParsedFigure | null {
    const raw = parseNumber(m[1]);
    if (!raw) return null;
    const numEnd = m[1].length;
    const nextChar = ctx.text.charAt(m.index + numEnd);
    // "3rd", "4.7km", "12%": other parsers (or nobody) read these
    if (/[\p{L}\p{N}%]/u.test(nextChar)) return null;
    if (nextChar === ":" && /\d/.test(ctx.text.charAt(m.index + numEnd + 1))) return null; // a time of day
    // "0630 hrs", "2314 local time": a time of day in the military or wire style
    if (/^\d{4}$/.test(m[1]) && /^\s+(?:hrs|GMT|UTC|local\s+time)\b/i.test(ctx.after(m.index + numEnd, 14))) return null;
    const before = ctx.before(m.index, 30);
    // "400 737 Max jets", "five 787 Dreamliner sales": after a count, digits before a name are the model's, not a count
    // ("On March 3 200 Ukrainian troops": the number before is a date's day, and this one a count)
    if (!raw.words && COUNT_BEFORE.test(before) && /^[ \t]+\p{Lu}/u.test(ctx.after(m.index + numEnd, 3)) && !MONTH_BEFORE.test(before.replace(/\d{1,2}[ \t]+$/, ""))) return null;
    // "Nov. 12 drew crowds", "on March 3 officials said": the day of a date, not a count
    if (!raw.words && raw.scale === 1 && raw.value <= 31 && MONTH_BEFORE.test(before)) return null;
    const yearLike = !raw.words && raw.scale === 1 && /^\d{4}$/.test(m[1]) && raw.value >= 1800 && raw.value <= 2100;

    // walk the words after the number to find the counted noun
    const tail = m[2];
    WORD_RE.lastIndex = 0;
    const words: Array<{ word: string; end: number; sep: string }> = [];
    let pos = 0;
    let w: RegExpExecArray | null;
    while (pos < tail.length && (WORD_RE.lastIndex = pos, (w = WORD_RE.exec(tail)) !== null)) {
      pos = WORD_RE.lastIndex;
      let word = w[2];
      const dotted = word.endsWith(".");
      if (dotted) word = word.replace(/\.+$/, "");
      // a final dot ends the sentence unless the word is an abbreviation ("U.S.")
      const sentenceEnd = dotted && !word.includes(".");
      words.push({ word, end: numEnd + pos - (sentenceEnd ? w[2].length - word.length : 0), sep: w[1] });
      if (sentenceEnd) break;
    }
    let head: { word: string; end: number } | null = null;
    let plus = false;
    let more = false;
    let unit: string | null = null;
    for (let i = 0; i < words.length && i < 5; i++) {
      const { word, sep } = words[i];
      if (i === 0 && sep === "-" && /^\d/.test(word)) break; // "50m-100m": a range, not a compound
      if (i === 0 && sep === "-" && /^plus$/i.test(word)) {
        plus = true; // "200-plus vehicles": at least 200
        continue;
      }
      if (i === 0 && sep === "-") {
        // a compound modifier "15-berth port", "10-lane road": the noun after the hyphen, singular
        // spelled out only from two up ("a two-lane road"; "one-off" and "two-thirds" are no counts)
        const part = word.split(/[-'’]/)[0];
        if (/^(?:by|to|and|or)$/i.test(part)) return null; // "70-by-108-meter": a dimension, "3-to-1": a score
        // "400m-long": metres (the quantity parser's), not 400 million "longs"
        if (/^(?:long|wide|high|tall|deep|thick)$/i.test(part)) return null;
        if ((raw.words && (raw.value < 2 || raw.scale !== 1 || NOT_COMPOUND.test(part) || !/^[a-z]/.test(part))) || isUnitWord(word.split("-")[0])) return null;
        if (/^old$/i.test(part)) return null;
        // "a 12,000-strong army": the number of its members, whose noun the text does not say ("strong" is none)
        if (/^strong$/i.test(part)) return raw.words && raw.value < 2 ? null : { span: [0, numEnd], kind: "count", low: valueOf(raw), high: valueOf(raw), unit: null, raw, priority: 20 };
        head = { word: part, end: numEnd + 1 + part.length };
        unit = part.toLowerCase();
        break;
      }
      const lw = word.toLowerCase().replace(/['’]s$/, "");
      if (i === 0 && (lw === "more" || lw === "fewer" || lw === "other")) {
        more = lw === "more";
        continue; // "1,000 more buses", "two other people"
      }
      if (i === 0 && lw === "others" && sep !== "-") {
        head = { word, end: words[i].end }; // "six others were hurt"
        unit = "other";
        break;
      }
      if (STOP_WORDS.has(lw) && !(MODIFIERS.has(lw) && i + 1 < words.length && words[i + 1].sep !== "-" && isPlural(words[i + 1].word))) break;
      // "12 March talks" is a date, not twelve talks
      if (/^[A-Z]/.test(word) && (MONTH_DICTIONARY[lw.replace(/\.$/, "")] || WEEKDAY_DICTIONARY[lw] !== undefined)) {
        if (i === 0) return null;
        break;
      }
      if (isUnitWord(word)) return null; // quantity, duration, money and percent parsers own these
      // an acronym ("HIMARS", "SUVs") is the head only when no plural noun follows it
      const acronym = /^[A-Z]{2,}s?$/.test(word);
      if (acronym && i + 1 < words.length && isPlural(words[i + 1].word) && /^[a-z]/.test(words[i + 1].word)) continue;
      // in a title-case headline a capitalized plural is a plain noun ("Cuts 2,000 Jobs")
      const plural = isPlural(word) || (/^[A-Z][a-z]+s$/.test(word) && isPlural(word.toLowerCase()) && isHeadline(ctx, m.index));
      if (plural && !/['’]s$/.test(word)) {
        head = { word, end: words[i].end };
        unit = singular(word);
        break;
      }
    }
    if (yearLike) {
      // a year followed by a plural noun is a count only outside date phrasing ("sent 2000 soldiers")
      // ("the February 2023 earthquakes": a month before it makes it the year of a date; so does
      // a part of the year: "the mid-2019 models", "pre-2020 levels")
      if (!head || words[0]?.word !== head.word || /^[A-Z]/.test(head.word) || YEAR_CONTEXT.test(before) || MONTH_BEFORE.test(before) || /\b(?:[QH][1-4]|mid|early|late|pre|post|end)-$/i.test(before)) return null;
      // a count written as four bare digits is a round one ("2000 soldiers"); "raising 2016
      // elections" names the year's
      if (raw.value % 50 !== 0) return null;
    }
    if (!head && raw.words && raw.value === 1 && ONE_NEEDS.test(before)) {
      // "only one railway bridge": a singular noun phrase, cut before any -ing/-ed word
      const taken: typeof words = [];
      for (const x of words) {
        const lw = x.word.toLowerCase();
        if (STOP_WORDS.has(lw) || /(?:ing|ed)$/.test(lw) || isUnitWord(x.word) || x.sep === "-" || taken.length >= 3) break;
        taken.push(x);
      }
      if (taken.length) {
        head = taken[taken.length - 1];
        unit = taken.map((x) => x.word.toLowerCase()).join(" ");
      }
    }
    // "twenty-five were injured", "four abstained", "3 were killed": people (or things) named before, counted by the verb
    if (!head && !yearLike && raw.scale === 1 && valueOf(raw) >= 2 && Number.isInteger(raw.value) && (VERB_AFTER.test(tail) || stateAfter(tail)) && !(raw.words && DETERMINER_BEFORE.test(before)) && !/\d[ \t]*(?:,|and|or|&)[ \t]*$/.test(before)) {
      const v = valueOf(raw);
      return { span: [0, numEnd], kind: "count", low: v, high: v, unit: null, raw, priority: 20 };
    }
    const whole = raw.scale === 1 && Number.isInteger(raw.value) && valueOf(raw) >= 2;
    if (!head && whole && !yearLike && TOLL_VERB_BEFORE.test(before) && TOLL_OBJECT_END.test(ctx.after(m.index + numEnd, 12))) {
      const v = valueOf(raw);
      return { span: [0, numEnd], kind: "count", low: v, high: v, unit: null, raw, priority: 20 };
    }
    // "three of the defendants", "two of the canal's pilots": the number alone, counting the noun after "of"
    // ("the two of them": the pair already named, not a count)
    if (!head && whole && !yearLike && OF_THE.test(tail) && !(/^[ \t]+of[ \t]+them\b/.test(tail) && DETERMINER_BEFORE.test(before))) {
      const noun = nounAfterOf(ctx.after(m.index + numEnd, 90));
      const v = valueOf(raw);
      if (noun && REFERENT_NOUNS.has(noun.toLowerCase())) return null; // "two of the world's great nations"
      return { span: [0, numEnd], kind: "count", low: v, high: v, unit: noun ? singular(noun) : null, raw, priority: 20 };
    }
    // "two more in the next province": more of what was just counted
    if (!head && whole && !yearLike && more && !/^[ \t]+more[ \t]+than\b/i.test(tail)) {
      const v = valueOf(raw);
      return { span: [0, numEnd], kind: "count", low: v, high: v, unit: null, raw, priority: 20 };
    }
    if (raw.words) {
      // "four berths – two for containers", "four lanes, two in each direction": kept bare for the
      // elliptical-count refiner to claim, and "three to six months": kept bare for the range refiner to join
      if (!head && raw.scale === 1 && (/^[ \t]+for\b/i.test(tail) || PER_DIRECTION_AFTER.test(tail) || /^\s*(?:to|or|-|–)\s/i.test(ctx.after(m.index + numEnd, 5)))) {
        const v = valueOf(raw);
        return { span: [0, numEnd], kind: "count", low: v, high: v, unit: null, raw, bare: true, priority: 5 };
      }
      if (!head) return null;
      if (raw.scale === 1 && DETERMINER_BEFORE.test(before) && REFERENT_NOUNS.has(head.word.toLowerCase())) return null;
      // "the two countries' investigators": the pair named before, in the possessive, owns what follows
      const owner = /^[ \t]+(\p{L}+)['’](?!\p{L})/u.exec(tail);
      if (raw.scale === 1 && DETERMINER_BEFORE.test(before) && owner && REFERENT_NOUNS.has(owner[1].toLowerCase())) return null;
      if (raw.scale === 1 && raw.value === 1 && !ONE_NEEDS.test(before)) return null;
      if (VAGUE_NOUNS.has(head.word.toLowerCase()) && unit !== "other") return null;
    }
    const v = valueOf(raw);
    if (!head) return { span: [0, numEnd], kind: "count", low: v, high: v, unit: null, raw, bare: true, priority: 5 };
    // page furniture: "5 Articles", "12 Comments" on a short line
    if (/^[A-Z][a-z]/.test(head.word)) {
      const [lineStart, lineEnd] = ctx.line(m.index);
      if (lineEnd - lineStart < 40 && !isHeadline(ctx, m.index)) return null;
    }
    return { span: [0, head.end], kind: "count", low: v, high: v, unit, raw, qualifier: plus ? "lower" : null, priority: 20 };
  },
};
