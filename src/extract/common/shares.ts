/**
 * A share of a whole said as a fraction is a percent, as English's "two thirds of voters" is
 * (locales/en/parsers/ENShareParser.ts): "la moitié des maisons" 50, "dos tercios de los vecinos"
 * 66.7, "ein Drittel der Fläche" 33.3, "треть домов" 33.3. Built from a locale's `shares`: the
 * fraction's words, the link to the whole after them ("des", "de los", "der"; none where a
 * genitive follows: "половина домов"), the words after that make it a time ("un quart d'heure",
 * "la moitié du siècle") and the ordinals before it that make it a period ("la première moitié").
 * @module
 */
import type { ParsedFigure, Parser } from "./engine.js";
import { qualifierBefore } from "./figures.js";
import { ALPHA, wordBefore } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

export function createShareParser(v: LocaleVocab): Parser | null {
  const s = v.shares;
  if (!s) return null;
  const of = s.of ? `\\s{1,3}(?:${s.of})(?:\\s{1,3}|(?<=['’]))` : "\\s{1,3}";
  const period = wordBefore(s.period, "\\s{1,3}");
  return {
    name: `${v.code}-share`,
    // the whole's first letter must follow: "à moitié détruit" has none
    pattern: () => new RegExp(`(?<![${ALPHA}])(?<f>${alt(Object.keys(s.words))})(?=${of}(?!(?:${s.time})(?![${ALPHA}]))[${ALPHA}])`, "gi"),
    extract(ctx, m): ParsedFigure | null {
      const value = lookup(s.words, m.groups!.f);
      if (value === undefined) return null;
      if (period.test(ctx.before(m.index, 30))) return null;
      return { kind: "percent", unit: "%", low: value, high: value, qualifier: qualifierBefore(ctx, m.index, v), priority: 44 };
    },
  };
}
