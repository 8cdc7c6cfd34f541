/**
 * Figures of alphabetic locales, built from a LocaleVocab: a number (digits or a number word), an
 * optional second end ("5 до 35", "4,5 y 15"), a scale word ("млрд", "millones de", "Mio."), then
 * what it measures: a percent word, a currency, a unit, a time span, or else the counted noun
 * ("36 автомобілів", "sette vagoni"). A currency symbol may stand before ("$4 млрд", "€3").
 * @module
 */
import type { ParsedFigure, Parser, ParsingContext } from "./engine.js";
import type { Qualifier } from "../../types.js";
import { yearRangeEnd } from "../../normalize/dates.js";
import { lookupUnit } from "../../normalize/units.js";
import { ALPHA, digitsPattern, joinedPattern, parseNumeral, wordBefore } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

/** Currency symbols and ISO codes, the same in every locale. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: "USD", "US\\$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₴": "UAH", "₹": "INR", "₺": "TRY", "₪": "ILS",
  USD: "USD", EUR: "EUR", GBP: "GBP", RUB: "RUB", UAH: "UAH", KRW: "KRW", CNY: "CNY", JPY: "JPY", CHF: "CHF", RON: "RON", ISK: "ISK",
  PLN: "PLN", TRY: "TRY", SAR: "SAR", AED: "AED", EGP: "EGP",
  // the dollars of other countries, written before the amount ("R$ 1.234,56", "C$ 40")
  "R\\$": "BRL", "CA?\\$": "CAD", "AU?\\$": "AUD", "HK\\$": "HKD", "NZ\\$": "NZD", "S\\$": "SGD",
};
/**
 * Compound symbols, the same in every alphabetic locale (regex source → normalizer alias), tried
 * before the locale's units so that no shorter unit takes their head ("m³/s", not "m³" then "/s"):
 * a flow's volume per second ("2 400 m³/s"), rain's litres per square metre, a depth ("120 l/m²"
 * is 120 mm). Looked up by these keys alone: "30 m/s" is the locale's speed, no flow.
 */
const SIGN_UNITS: Readonly<Record<string, string>> = { "m3\\/s|m³\\/s": "m3/s", "l\\/m²|l\\/m2": "mm" };
const GLUE = "A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F";
/** The ISO codes of CURRENCY_SIGNS: before an amount too ("EUR 12,99", "CHF 1.234,56"), in capitals only. */
const CODES = Object.keys(CURRENCY_SIGNS).filter((k) => /^[A-Z]{3}$/.test(k));
/** A sign before an amount: a symbol, a country's dollar, or an ISO code not glued to a word. */
const SIGN_BEFORE = `[$€£¥₩₽₴₹₺₪]|(?<![${GLUE}])(?:US|R|CA?|AU?|HK|NZ|S)\\$|(?<![${GLUE}])(?:${CODES.join("|")})`;
/** The signs and codes after an amount: "$" escaped ("45,30 $", as French Canada writes it). */
const SIGNS_AFTER = Object.keys(CURRENCY_SIGNS).map((k) => (k === "$" ? "\\$" : k));

/**
 * A number word of the locale: a joined one first ("dix-sept", not "dix" then "sept"), a round
 * number's noun ("una decina", not "una"), then one of its table. French elides "de" before one
 * ("près d'une centaine", "moins d'un an").
 */
function numberWords(v: LocaleVocab): string {
  const joined = joinedPattern(v);
  const first = [joined, v.about ? alt(Object.keys(v.about)) : null].filter((s) => s).map((s) => `${s}|`).join("");
  return `(?:(?<![${ALPHA}'’])|(?<=(?:^|[^${ALPHA}])[dD]['’]))(?:${first}${alt(Object.keys(v.numbers!))})(?![${ALPHA}'’])`;
}

export function numberPattern(v: LocaleVocab): string {
  const words = v.numbers ? `|${numberWords(v)}` : "";
  return `(?:${digitsPattern(/\s/.test(v.group))}${words})`;
}

/** Where figures start: digits not glued to a word or code, currency signs before digits, number words. */
export function numberAnchors(v: LocaleVocab): Array<() => RegExp> {
  const anchors: Array<() => RegExp> = [
    // Arabic letters may glue to a number ("بـ19", "و2014"): only Latin, Greek and Cyrillic ones make it a code
    () => new RegExp(`(?<![${GLUE}\\d_.,/#@:$€£¥₩₽₴]|[${GLUE}][-‑])\\d|(?:${SIGN_BEFORE})(?=\\s?\\d)`, "g"),
  ];
  if (v.numbers) anchors.push(() => new RegExp(numberWords(v), "gi"));
  return anchors;
}

const beforeCache = new WeakMap<LocaleVocab, Array<[RegExp, Qualifier]>>();

/** The qualifier a word just before `start` gives, or null. One regex per qualifier, built once per locale. */
export function qualifierBefore(ctx: ParsingContext, start: number, v: LocaleVocab): Qualifier {
  if (!v.before) return null;
  let res = beforeCache.get(v);
  if (!res) {
    const byQ = new Map<Qualifier, string[]>();
    for (const [k, q] of Object.entries(v.before)) byQ.set(q, [...(byQ.get(q) ?? []), k]);
    res = [...byQ].map(([q, ks]) => [wordBefore(alt(ks), "[\\s,]*", v.family !== "cjk"), q] as [RegExp, Qualifier]);
    beforeCache.set(v, res);
  }
  const before = ctx.before(start, 30);
  for (const [re, q] of res) if (re.test(before)) return q;
  return null;
}

/** The qualifier of a figure: a word before it, or else "approx" for a noun of a round number ("une centaine"). */
function qualifierOf(ctx: ParsingContext, start: number, v: LocaleVocab, n1: string): Qualifier {
  return qualifierBefore(ctx, start, v) ?? (v.about && lookup(v.about, n1) !== undefined ? "approx" : null);
}

/** A figure of a currency's hundredths in the currency: divided, not multiplied by 0.01 (70 × 0.01 is 0.7000000000000001). */
export const hundredths = <T extends { low: number; high: number }>(p: T): T => ({ ...p, low: p.low / 100, high: p.high / 100 });

export function createFigureParser(v: LocaleVocab): Parser {
  const NUM = numberPattern(v);
  const scales = v.scales ? alt([...Object.keys(v.scales), ...Object.keys(v.signScales ?? {}).map((k) => `(?:${k})(?=\\s?[$€£¥₽₴])`)]) : null;
  const currencies = alt([...Object.keys(v.currencies ?? {}), ...SIGNS_AFTER]);
  const units = `${Object.keys(SIGN_UNITS).join("|")}|${alt(Object.keys(v.units))}`;
  const spans = alt(Object.keys(v.spans));
  const percent = alt(v.percent.length ? v.percent : ["%"]);
  // a currency's hundredth ("11 centimes"): before the counted noun, which it would be taken for
  const subunits = v.subunits ? `(?<sub>${alt(Object.keys(v.subunits))})(?![${ALPHA}\\d])|` : "";
  // a change's own "to" ("von 3 auf 5", "de 3 para 5") joins two figures too, as a change only
  const join = `\\s*(?:[-–—]|\\s(?:${v.rangeJoin ?? "-"}${v.change?.toOnly ? `|${v.change.toOnly}` : ""}))\\s*`;
  const link = v.link ? `(?:\\s+(?:${v.link}))?` : "";
  const stop = new Set((v.stop ?? []).map((w) => w.toLowerCase()));
  const articles = new Set((v.articles ?? []).map((w) => w.toLowerCase()));
  // "2000 Menschen", "1850 вантажівок": a year's digits, round to fifty, right before a noun (in
  // capitals where the language writes its nouns so, else in lower case) count it, as English
  // reads "sent 2000 soldiers"; the year's own word ("2024 roku", "2000 году") stays a year
  const roundNoun = (text: string, n1: string, noun: string, words: boolean, scale: number) =>
    !words && scale === 1 && Number(n1) % 50 === 0 && new RegExp(`^${n1}[ \u00a0]${noun}$`, "u").test(text) && (v.capitalNouns ? /^\p{Lu}/u : /^\p{Ll}/u).test(noun);
  // an hour's sign after digits, right before a number: that number is minutes ("1 h 45")
  const afterHour = v.hour?.length ? new RegExp(`\\d\\s?(?:${alt(v.hour)})\\s?$`, "i") : null;
  const verbEnd = v.alone?.verbEnd ? new RegExp(`(?:${v.alone.verbEnd})$`, "i") : null;
  // a clock's words ("vers 18 heures", "a las once"): the locale's one list, its hours'
  const clock = v.hours ? wordBefore(v.hours.clock) : null;
  const alone = countAlone(v, articles, verbEnd, clock);
  const END = `(?![${ALPHA}\\d])`;
  const after = v.after ? new RegExp(`^[\\s,]*(?:${alt(Object.keys(v.after))})(?![${ALPHA}])`, "iu") : null;
  const qualifierAfter = (text: string): Qualifier => {
    const w = after?.exec(text)?.[0];
    return w ? lookup(v.after!, w.replace(/^[\s,]+/, "")) ?? null : null;
  };
  const spanIn = v.spanIn ? wordBefore(v.spanIn) : null;
  const notNoun = v.notNoun ? new RegExp(`^(?:${v.notNoun})$`, "iu") : null;
  const rateAt = v.rates ? new RegExp(`^(?:${alt(Object.keys(v.rates))})(?![${ALPHA}])`, "iu") : null;
  const linkEnd = v.link ? new RegExp(`\\s+(?:${v.link})\\s*$`, "iu") : null;
  const nextWord = new RegExp(`^[ \\t]+([${ALPHA}][${ALPHA}'’-]{1,40})`, "u");
  /**
   * What the word `noun` at `at`, right after a number, says it counts: itself; the noun after it
   * when it is an adjective (the locale's `adjective`, `capitalNouns`); or null, no thing at all (a
   * word of the next line, a closed-class word, a rate).
   */
  const nounAt = (ctx: ParsingContext, at: number, noun: string): string | null => {
    const gap = /\s*$/.exec(ctx.before(at, 12))![0];
    // the number ends a line: a heading's last word, the next paragraph's or line's first ("… auf zwölf\n\nSarnbrück, 15. Oktober")
    if (gap.includes("\n") && (/\n[^\S\n]*\n/.test(gap) || /^\p{Lu}/u.test(noun))) return null;
    if (notNoun?.test(noun) || rateAt?.test(ctx.after(at, 30))) return null;
    if (v.capitalNouns && !/^\p{Ll}/u.test(noun)) return noun;
    if (!v.adjective?.test(noun.toLowerCase())) return v.capitalNouns ? null : noun;
    // an adjective, the noun after it (up to two more adjectives between)
    let pos = at + noun.length;
    for (let i = 0; i < 3; i++) {
      const w = nextWord.exec(ctx.after(pos, 48));
      if (!w) break;
      const word = w[1], lw = word.toLowerCase();
      if (stop.has(lw) || notNoun?.test(word) || verbEnd?.test(lw)) break;
      if (v.capitalNouns ? /^\p{Lu}/u.test(word) : !v.adjective.test(lw)) return word;
      if (v.capitalNouns) break;
      pos += w[0].length;
    }
    return v.capitalNouns ? null : noun;
  };
  const yearWord = v.yearWord ? new RegExp(`^(?:${v.yearWord})$`, "iu") : null;
  const between = v.between ? `(?:\\s+(?:${v.between})(?![${ALPHA}]))?` : "";
  // a verb of change then the locale's "from" before the first number, its "to" between the two
  const ch = v.change;
  const changeBefore = ch ? new RegExp(`(?<![${ALPHA}])(?:${ch.verbs})(?![${ALPHA}])(?:\\s+[${ALPHA}]+){0,3}?\\s+(?:${ch.from})\\s*$`, "iu") : null;
  const changeTo = ch ? new RegExp(`^\\s*(?:${ch.to})\\s*$`, "iu") : null;
  // the second figure of a change: its "to" ("до") is no bound ("up to")
  const changeSecond = ch ? new RegExp(`(?<![${ALPHA}])(?:${ch.verbs})(?![${ALPHA}])(?:\\s+[${ALPHA}]+){0,3}?\\s+(?:${ch.from})\\s+\\S+(?:\\s+\\S+){0,2}?\\s+(?:${ch.to})\\s+$`, "iu") : null;
  // the level a verb of change reaches: "поднялся до 9,6 метра", "повысил ставку на 2 пункта, до 18%" ("до" is no "up to")
  const changeLevel = ch ? new RegExp(`(?<![${ALPHA}])(?:${ch.verbs})(?![${ALPHA}])[^.!?;:\\n]{0,60}?(?:^|[\\s,])(?:${ch.to})\\s+$`, "iu") : null;
  // "от 5 до 7 тысяч", "від 18 до 24 місяців": a range's "from" is no lower bound
  const rangeFrom = v.rangeFrom ? wordBefore(v.rangeFrom) : null;
  const toOnly = ch?.toOnly ? new RegExp(`^\\s*(?:${ch.toOnly})\\s*$`, "iu") : null;
  const fromBefore = ch ? new RegExp(`(?<![${ALPHA}])(?:${ch.from})\\s*$`, "iu") : null;
  // the end of the first number, with its own scale word ("200 mil" in "de 200 mil para 250 mil")
  const firstEnd = (m: RegExpExecArray, g: Record<string, string>) => {
    const i = m[0].indexOf(g.n1) + g.n1.length;
    return g.s1 ? m[0].indexOf(g.s1, i) + g.s1.length : i;
  };
  const changeOf = (ctx: ParsingContext, m: RegExpExecArray, g: Record<string, string>): boolean => {
    if (!changeBefore || !changeTo) return false;
    const i = firstEnd(m, g);
    const between = m[0].slice(i, m[0].indexOf(g.n2, i));
    // "von 200.000 auf 250.000", "de 200 mil para 250 mil": a change by their words alone
    if (toOnly?.test(between) && fromBefore?.test(ctx.before(m.index, 20))) return true;
    return changeTo.test(between) && changeBefore.test(ctx.before(m.index, 50));
  };
  const source =
    // "entre 5 mil e 7 mil": the first end's own scale word, read only before a second end
    `(?<sign>${SIGN_BEFORE})?\\s?(?<n1>${NUM})(?:${scales ? `(?:\\s*(?<s1>${scales})(?![${ALPHA}]))?` : ""}${join}(?<n2>${NUM}))?` +
    (scales ? `(?:${link}\\s*(?<scale>${scales})(?![${ALPHA}]))?` : "") +
    between +
    `(?:(?:${link}\\s*|-)(?:(?<pct>${percent})|(?<cur>${currencies})${END}|${subunits}(?<unit>${units})${END}|(?<span>${spans})${END})` +
    `|${link}\\s+(?<noun>[${ALPHA}][${ALPHA}'’-]{1,40}))?`;
  return {
    name: `${v.code}-figure`,
    anchor: "number",
    pattern: () => new RegExp(source, "iy"),
    extract(ctx, m): ParsedFigure | null {
      const g = m.groups ?? {};
      // "est passé de 1,2 à 1,9 milliard", "выросла с 1,2 до 1,9 млрд": a change, two figures; the
      // first is read here in the units of the second, the second at its own number
      if (g.n2 && changeOf(ctx, m, g)) {
        const end = firstEnd(m, g);
        const f = read(ctx, m, g, true);
        return f ? { ...f, span: [0, end] } : null;
      }
      // "5 mil e 300 casas" (5,300): no range; the first end alone, a scaled number, as before
      if (g.s1 && g.n2) {
        const a = parseNumeral(g.n1, v), b = parseNumeral(g.n2, v);
        const s1 = lookup(v.scales!, g.s1) ?? 1, s2 = g.scale ? lookup(v.scales!, g.scale) ?? 1 : 1;
        if (a !== null && b !== null && b * s2 < a * s1)
          return { kind: "count", unit: null, low: a * s1, high: a * s1, qualifier: qualifierOf(ctx, m.index, v, g.n1), span: [0, firstEnd(m, g)], priority: 5 };
      }
      // joined by a change's own word with no "from" before: no figure of two ends
      if (g.n2 && toOnly) {
        const i = firstEnd(m, g);
        if (toOnly.test(m[0].slice(i, m[0].indexOf(g.n2, i)))) return null;
      }
      return read(ctx, m, g, false);
    },
  };

  function read(ctx: ParsingContext, m: RegExpExecArray, g: Record<string, string>, one: boolean): ParsedFigure | null {
    const a = parseNumeral(g.n1, v);
    if (a === null) return null;
    // "1 h 45", "14 h 30": the minutes of a span or a clock's time, no figure of their own
    if (!g.sign && afterHour?.test(ctx.before(m.index, 6))) return null;
    const b = g.n2 && !one ? parseNumeral(g.n2, v) : null;
    const scale = g.scale ? lookup(v.scales!, g.scale) ?? lookup(v.signScales ?? {}, g.scale) ?? 1 : 1;
    const words = !/\d/.test(g.n1);
    let qualifier = qualifierOf(ctx, m.index, v, g.n1);
    const aboutBefore = qualifier === "approx";
    // "47 شخصا على الأقل", "300 شخص تقريبا": the locale's words after the figure
    if (qualifier === null && after) qualifier = qualifierAfter(ctx.after(m.index + m[0].length, 20));
    if (qualifier === "upper") {
      const before = ctx.before(m.index, 80);
      if (changeSecond?.test(before) || changeLevel?.test(before)) qualifier = null;
    }
    if (qualifier === "lower" && b !== null && rangeFrom?.test(ctx.before(m.index, 10))) qualifier = null;
    // the first end in its own scale when it has one ("5 mil e 7 mil"; a change's first: "200 mil")
    const scale1 = g.s1 ? lookup(v.scales!, g.s1) ?? scale : scale;
    const pair = (f: number) => ({ low: a * scale1 * f, high: b === null ? a * scale1 * f : b * scale * f, qualifier });
    if (b !== null && b * scale < a * scale1) return null;
    if (g.sign || g.cur) {
      const code = g.sign ? lookup(CURRENCY_SIGNS, g.sign) : lookup(v.currencies ?? {}, g.cur) ?? lookup(CURRENCY_SIGNS, g.cur.toUpperCase());
      // a code before the amount in capitals only: "try 5" is no Turkish lira
      if (!code || (g.sign && g.cur) || (g.sign && /^[a-z]+$/i.test(g.sign) && g.sign !== g.sign.toUpperCase())) return null;
      const end = g.sign && !g.cur && (g.unit || g.pct || g.span || g.noun) ? m[0].length - (g.unit ?? g.pct ?? g.span ?? g.noun).length : m[0].length;
      return { kind: "money", unit: code, ...pair(1), span: [0, trimEnd(m[0], end)], priority: 40 };
    }
    if (g.pct) return { kind: "percent", unit: "%", ...pair(1), priority: 40 };
    // "11 centimes", "50 копеек": a hundredth of the currency
    if (g.sub) {
      const code = lookup(v.subunits!, g.sub);
      return code ? { kind: "money", unit: code, ...hundredths(pair(1)), priority: 40 } : null;
    }
    if (g.unit) {
      const alias = lookup(SIGN_UNITS, g.unit) ?? lookup(v.units, g.unit);
      const def = alias ? lookupUnit(alias) : undefined;
      if (!def) return null;
      if (def.dimension === "count") return { kind: "count", unit: def.unit, ...pair(1), priority: 30 };
      // "2 400 m³/s", "metros cúbicos por segundo": a flow, a volume per second (as English reads "m3/s")
      const per = alias === "m3/s" ? "second" : undefined;
      return { kind: "quantity", unit: def.unit, ...pair(def.factor), ...(per ? { per } : {}), priority: 40 };
    }
    if (g.span) {
      const days = lookup(v.spans, g.span);
      if (days === undefined || scale !== 1) return null;
      // "vers 18 heures", "a las 18 horas": a time of day after a clock's words, not a span
      if (clock && b === null && a <= 24 && Math.abs(days * 24 - 1) < 1e-9 && clock.test(ctx.before(m.index, 20))) return null;
      // "2014 года" is a year, not 2014 years
      if (!words && a >= 1800 && a <= 2100 && days >= 365) return null;
      // "peste două săptămâni": in two weeks, no lower bound
      if (qualifier === "lower" && spanIn?.test(ctx.before(m.index, 20))) return { kind: "duration", unit: "d", ...pair(days), qualifier: null, priority: 35 };
      return { kind: "duration", unit: "d", ...pair(days), priority: 35 };
    }
    // "the IC 512", "le TGV 6203": a number right after a code in capitals, itself after a word in
    // lower case, is part of a name, no count; after words in capitals it is a headline's figure
    // ("MEHR ALS 200 Menschen", "PLUS DE 300 morts")
    if (!g.sign && /\p{Ll}\S*[ \u00a0]+[A-Z]{2,4}[ \u00a0]$/u.test(ctx.before(m.index, 40))) return null;
    // a year, or two years joined by a dash at most twenty apart ("2022-2023 годах", "2024-2030 prévoit"): dates
    // "نحو 2000 منزل", "около 2000 домов", "environ 2000 maisons": about a year's digits, then a noun (not
    // the year's own word: "около 2000 года"), is a count; not after a bound ("desde 1996 envía": since)
    const counted = g.noun && b === null && (aboutBefore || roundNoun(m[0], g.n1, g.noun, words, scale)) && !stop.has(g.noun.toLowerCase()) && !yearWord?.test(g.noun) && lookup(v.months, g.noun) === undefined && lookup(v.weekdays, g.noun) === undefined;
    const year = !words && scale === 1 && !counted && /^(?:1[89]|20)\d\d$/.test(g.n1) && (b === null || yearSpan(m[0], g.n1, g.n2));
    if (g.noun) {
      const noun = g.noun.toLowerCase();
      if (stop.has(noun) && !year && scale === 1) return alone(ctx, m, words, noun);
      // "ещё 60 получили травмы", "ещё 2 тысячи эвакуировали": a verb after the count, no noun
      if (verbEnd?.test(noun) && !year) return scale === 1 ? alone(ctx, m, words, noun) : { kind: "count", unit: null, ...pair(1), span: [0, trimEnd(m[0], m[0].length - g.noun.length)], priority: 5 };
      if (year || stop.has(noun) || lookup(v.months, noun) !== undefined) return null;
      // "atteint 58 samedi matin": a weekday after a count is its day, no counted noun
      if (lookup(v.weekdays, noun) !== undefined) return { kind: "count", unit: null, ...pair(1), span: [0, trimEnd(m[0], m[0].length - g.noun.length)], priority: 10 };
      // "un pont" is no count; "un milione di persone" is
      if (words && articles.has(g.n1.toLowerCase()) && scale === 1) return null;
      const at = m[0].length - g.noun.length;
      const named = nounAt(ctx, m.index + at, g.noun);
      // a word that names no thing ("dont 19 grièvement", "160 tys. rocznie"): a count of no noun, the number's span
      if (named === null) return { kind: "count", unit: null, ...pair(1), span: [0, trimEnd(m[0], at - (linkEnd?.exec(m[0].slice(0, at))?.[0].length ?? 0))], priority: 10 };
      return { kind: "count", unit: named.toLowerCase(), ...pair(1), priority: 10 };
    }
    // a scaled number alone ("3 тыс.") still counts something
    if (scale !== 1 && !year) return { kind: "count", unit: null, ...pair(1), priority: 5 };
    return year ? null : alone(ctx, m, words, null);
  }
}

/** Whether `n1` and `n2` are a span of years by yearRangeEnd's rule, glued by a dash or a slash as dates.ts reads them ("2022-2023", "2022-23"). */
function yearSpan(text: string, n1: string, n2: string): boolean {
  const i = text.indexOf(n1) + n1.length;
  return /^\d\d(?:\d\d)?$/.test(n2) && /[-–/]/.test(text[i] ?? "") && text.startsWith(n2, i + 1) && yearRangeEnd(Number(n1), n2) !== null;
}

/** A clause mark or a line's end after a number (a "." glued to digits is none: "3.5", "3." an ordinal). */
const CLAUSE_END = /^[ \t]*(?:[,;:!?)»"”\n]|\.(?!\d))/;

/**
 * The count of a number with no noun (the locale's `alone`), or null: a whole number from 2 up,
 * spelled out and followed by a clause mark, the text's end or an auxiliary, or in digits and
 * followed by an auxiliary. The span is the number alone; the count's noun stays unnamed.
 */
function countAlone(v: LocaleVocab, articles: ReadonlySet<string>, verbEnd: RegExp | null, clock: RegExp | null) {
  const a = v.alone;
  const verbs = new Set((a?.verbs ?? []).map((w) => w.toLowerCase()));
  const not = new Set((a?.not ?? []).map((w) => w.toLowerCase()));
  const of = a?.of ? new RegExp(`^\\s{1,3}(?:${a.of})(?![${ALPHA}])`, "iu") : null;
  return (ctx: ParsingContext, m: RegExpExecArray, words: boolean, next: string | null): ParsedFigure | null => {
    if (!a) return null;
    const g = m.groups ?? {};
    const lo = parseNumeral(g.n1, v);
    const hi = g.n2 ? parseNumeral(g.n2, v) : lo;
    if (lo === null || hi === null || lo < 2 || hi < lo || !Number.isInteger(lo) || !Number.isInteger(hi)) return null;
    const numEnd = g.n2 ? m[0].lastIndexOf(g.n2) + g.n2.length : m[0].indexOf(g.n1) + g.n1.length;
    const end = m.index + numEnd;
    const part = of?.test(ctx.after(end, 40)) ?? false;
    if (!part && (next !== null ? !(verbs.has(next) || (verbEnd?.test(next) ?? false)) : !(words && (end === ctx.text.length || CLAUSE_END.test(ctx.after(end, 4)))))) return null;
    // a word that alone is mostly another ("acht", "sei") is a number before a part's link ("acht von ihnen")
    if (words && !part && [g.n1, g.n2].some((w) => w && (articles.has(w.toLowerCase()) || not.has(w.toLowerCase())))) return null;
    if (clock?.test(ctx.before(m.index, 20))) return null;
    return { span: [0, numEnd], kind: "count", unit: null, low: lo, high: hi, qualifier: qualifierOf(ctx, m.index, v, g.n1), priority: 8 };
  };
}

/**
 * A count said inside one word (a locale's `compounds`): a number stem glued to the stem of a
 * counted thing, as an adjective ("vierspurige", "двухпутный"), or digits and a hyphen before it
 * ("4-spurig", "4-полосный"). The word is the span; its tail is the counted noun, read by
 * reconciliation through the locale's `counted` list as for "cuatro carriles".
 */
export function createCompoundParser(v: LocaleVocab): Parser | null {
  const c = v.compounds;
  if (!c) return null;
  return {
    name: `${v.code}-compound-count`,
    pattern: () => new RegExp(`(?<![${ALPHA}\\d'’-])(?:(?<w>${alt(Object.keys(c.numbers))})|(?<d>\\d{1,2})-)(?<tail>[${ALPHA}]{3,30})(?![${ALPHA}\\d])`, "gi"),
    extract(ctx, m): ParsedFigure | null {
      const g = m.groups ?? {};
      const tail = g.tail.toLowerCase();
      if (!c.ending.test(tail) || !c.heads.some(([re]) => re.test(tail))) return null;
      const n = g.w ? lookup(c.numbers, g.w) : Number(g.d);
      if (!n) return null;
      return { kind: "count", unit: tail, low: n, high: n, qualifier: qualifierBefore(ctx, m.index, v), priority: 10 };
    },
  };
}

/** The flag of a count per direction waiting for its noun (PerDirectionRefiner gives it one, or drops it). */
export const PER_DIRECTION = "per-direction";

/**
 * A count per direction (the locale's `perDirection`): a number and the words saying so ("dos en
 * cada dirección", "zwei pro Richtung"), with no noun of its own. It is kept bare, flagged
 * PER_DIRECTION: the refiner gives it the noun of the count it is a part of, or drops it.
 */
export function createPerDirectionParser(v: LocaleVocab): Parser | null {
  if (!v.perDirection) return null;
  return {
    name: `${v.code}-per-direction`,
    anchor: "number",
    pattern: () => new RegExp(`(?<n>${numberPattern(v)})\\s+(?:${v.perDirection})(?![${ALPHA}])`, "iy"),
    extract(_ctx, m): ParsedFigure | null {
      const n = parseNumeral(m.groups!.n, v);
      if (n === null || n <= 0 || n > 100) return null;
      return { kind: "count", unit: null, low: n, high: n, per: "direction", bare: true, flags: [PER_DIRECTION], priority: 15 };
    },
  };
}

/** The end of a span without trailing spaces. */
function trimEnd(s: string, end: number): number {
  while (end > 0 && /\s/.test(s[end - 1])) end--;
  return end;
}
