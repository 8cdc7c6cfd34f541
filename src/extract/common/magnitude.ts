/**
 * An earthquake's magnitude, a figure of its own in every locale that has the words: "a magnitude
 * 7.1 earthquake", "a 6.9-magnitude quake", "7.1 on the Richter scale", "Stärke 7,1", "магнитудой
 * 7,1", "규모 7.1", "7.1级", "M7.1", "Mw 6.2". A quantity in the unit "magnitude" (the corpus README
 * names none; "magnitude" is the plain name a reader writes). Intensity scales (Mercalli's "VIII",
 * JMA's "震度6強") are another measure and are not read. The words are each locale's
 * (`MagnitudeWords`); the symbol ("M7.1") is the same in every script.
 * @module
 */
import type { Qualifier } from "../../types.js";
import type { Candidate, ParsedFigure, Parser, ParsingContext, Refiner } from "./engine.js";
import { ALPHA } from "./numerals.js";
import { MAGNITUDE } from "../magnitude-unit.js";

/**
 * A locale's words of an earthquake's magnitude, regex sources (case-insensitive): `before`, the
 * words right before the number with their links ("magnitude(?:\\s+of)?", "stärke(?:\\s+von)?",
 * "магнитуд(?:ой|а)"); `after`, right after it ("[\\s-]*magnitude", "\\s+on\\s+the\\s+richter\\s+scale",
 * "级"). `weak` forms mean a magnitude only with a word of an earthquake (`quake`) near: "Stärke 10"
 * is also a wind's force, "6,9 grados" a temperature, "6级" a wind's level. `quake` also gates the
 * bare symbol "M7.1" (a motorway, a rifle, a sum elsewhere). `qualifiers`, the words that may stand
 * between the word and its number ("a magnitude of about 6.8"): the figure's qualifier is read there.
 * `notAfter`, what right after the number makes it no magnitude, in scripts that glue words to
 * numbers ("규모 5천명": a body of 5,000 people). `percent` and `scales`, the locale's words of a
 * percentage and of a scale: a number before them is no magnitude ("7.1 percent", "7,1 Prozent"),
 * nor the symbol's ("M5 million", "M5 Millionen").
 */
export interface MagnitudeWords {
  before?: string;
  after?: string;
  weak?: { before?: string; after?: string };
  quake: string;
  qualifiers?: string;
  notAfter?: string;
  percent?: string;
  scales?: string;
}


/** A magnitude's number: one or two digits, a decimal of one or two (either mark: no magnitude has a thousands group). */
const NUM = "\\d{1,2}(?:[.,]\\d{1,2})?";
/** Not part of a longer number, a percentage (a sign, or the locale's `percent` words) or a word glued to it. */
const numEnd = (percent: string | undefined) => `(?![\\d${ALPHA}]|[.,]\\d|\\s*(?:%|‰${percent ? `|${percent}` : ""}))`;
/** The largest magnitude read (no earthquake on record reaches 10; a star's magnitude is below too). */
const TOP = 10;
/** How far from the figure an earthquake's word is looked for. */
const NEAR = 250;

const group = (name: string, source: string | undefined) => (source ? `(?<${name}>${source})` : null);
const either = (...parts: Array<string | null>) => {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? `(?:${kept.join("|")})` : null;
};

/**
 * The parsers of a locale's magnitudes: its words before or after the number, and the symbol.
 * `qualifierAt(ctx, at)`: the locale's qualifier of the words right before `at` (the number, when
 * a qualifier stands between the word and it; else the figure's start).
 */
export function createMagnitudeParsers(code: string, words: MagnitudeWords, qualifierAt: (ctx: ParsingContext, at: number) => Qualifier): Parser[] {
  const quake = new RegExp(words.quake, "i");
  const near = (ctx: ParsingContext, start: number, end: number) => quake.test(ctx.text.slice(Math.max(0, start - NEAR), end + NEAR));
  const before = either(group("sb", words.before), group("wb", words.weak?.before));
  // named twice, once per alternative (a name may not repeat in one pattern)
  const after = (k: number) => either(group(`sa${k}`, words.after), group(`wa${k}`, words.weak?.after));
  const NUM_END = numEnd(words.percent);
  // "M5 million", "M5 Millionen": a sum's scale after the symbol's number (a currency's "M"), in any case
  const scaleAfter = words.scales ? new RegExp(`^\\s*(?:${words.scales})`, "iu") : null;
  const end = words.notAfter ? `${NUM_END}(?!${words.notAfter})` : NUM_END;
  const qual = words.qualifiers ? `(?:\\s*(?:${words.qualifiers})(?![${ALPHA}]))?` : "";
  const alternatives = [
    // "magnitude 7.1", "Stärke von 7,1", "magnitude of about 6.8", "里氏7.1级"
    before ? `(?<![${ALPHA}])${before}${qual}[\\s-]*(?<n1>${NUM})${end}${after(1) ? `${after(1)}?` : ""}` : null,
    // "6.9-magnitude", "7.1 on the Richter scale", "7.1级"
    after(2) ? `(?<![${ALPHA}\\d.,])(?<n2>${NUM})${after(2)}` : null,
  ].filter((s): s is string => !!s);
  const parsers: Parser[] = [];
  if (alternatives.length)
    parsers.push({
      name: `${code}-magnitude`,
      pattern: () => new RegExp(alternatives.join("|"), "gi"),
      extract(ctx, m) {
        const g = m.groups ?? {};
        const n = g.n1 ?? g.n2;
        // "a 6.9-magnitude quake": an after word that is a before word of the next figure is not ("two magnitude 5 quakes")
        if (!g.n1 && /^[\s-]*\d/.test(ctx.after(m.index + m[0].length, 4))) return null;
        if ((g.wb || g.wa1 || g.wa2) && !g.sb && !g.sa1 && !g.sa2 && !near(ctx, m.index, m.index + m[0].length)) return null;
        const numberAt = m.index + m[0].indexOf(n, g.n1 ? (g.sb ?? g.wb ?? "").length : 0);
        return figure(n, qualifierAt(ctx, numberAt) ?? qualifierAt(ctx, m.index));
      },
    });
  // "M7.1", "Mw 6.2", "ML 4.8", "Ｍ6.9": the symbol, in capitals; "M" alone with a decimal and an earthquake near ("M25", "M4 carbine")
  parsers.push({
    name: `${code}-magnitude-symbol`,
    pattern: () => new RegExp(`(?<![${ALPHA}\\d$€£¥.,/-])(?<sym>[MＭ](?:ww|w|L|s|b|j|JMA)?)\\s?(?<n>${NUM})${NUM_END}`, "g"),
    extract(ctx, m) {
      const g = m.groups ?? {};
      if (g.sym.length === 1 && !/[.,]\d/.test(g.n)) return null;
      if (g.sym.length === 1 && !near(ctx, m.index, m.index + m[0].length)) return null;
      if (scaleAfter?.test(ctx.after(m.index + m[0].length, 20))) return null;
      return figure(g.n, qualifierAt(ctx, m.index));
    },
  });
  return parsers;
}

function figure(n: string, qualifier: Qualifier): ParsedFigure | null {
  const v = Number(n.replace(",", "."));
  if (!Number.isFinite(v) || v > TOP) return null;
  return { kind: "quantity", unit: MAGNITUDE, low: v, high: v, qualifier, priority: 50 };
}

const isMagnitude = (c: Candidate) => c.kind === "quantity" && c.unit === MAGNITUDE;

/**
 * A magnitude's number is the magnitude's: any other reading of it goes ("7,1 erschütterte" a
 * count of a verb, "7.1 ha" hectares, "6.9-magnitude" a count of magnitudes). Before overlap
 * removal, which would keep the longer wrong reading.
 */
export const MagnitudeRefiner: Refiner = {
  name: "magnitude",
  refine(_ctx, cands) {
    const own = cands.filter(isMagnitude);
    if (!own.length) return cands;
    return cands.filter((c) => isMagnitude(c) || !own.some((m) => m.start < c.end && c.start < m.end));
  },
};
