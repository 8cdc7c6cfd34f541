/**
 * A multiplier is a ratio, as English's "tripled", "three times as many" are
 * (locales/en/parsers/ENRatioParser.ts): "ont doublé", "se triplicó", "verdoppelt", "вдвое",
 * "podwoiła się" (the locale's `ratios.words`), and a number in the locale's multiplier phrases
 * ("multiplié par trois", "trois fois plus", "в три раза", "dwa razy więcej": `ratios.times`, each
 * with N where the number stands).
 * @module
 */
import type { ParsedFigure, Parser } from "./engine.js";
import { numberPattern } from "./figures.js";
import { ALPHA, parseNumeral } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

export function createRatioParser(v: LocaleVocab): Parser | null {
  const r = v.ratios;
  if (!r) return null;
  const NUM = numberPattern(v);
  const times = (r.times ?? []).map((t, i) => t.replace("N", `(?<n${i}>${NUM})`));
  // a phrase with its number before a word alone that starts it ("تضاعفت … ثلاث مرات": three times, not doubled)
  const source = `(?<![${ALPHA}])(?:${times.map((t) => `${t}|`).join("")}(?<w>${alt(Object.keys(r.words))}))(?![${ALPHA}])`;
  return {
    name: `${v.code}-ratio`,
    pattern: () => new RegExp(source, "gi"),
    extract(_ctx, m): ParsedFigure | null {
      const g = m.groups!;
      let value: number | null | undefined = null;
      if (g.w) value = lookup(r.words, g.w);
      else {
        const n = Object.keys(g).find((k) => k.startsWith("n") && g[k] !== undefined);
        value = n ? parseNumeral(g[n]!, v) : null;
      }
      if (value === null || value === undefined || value < 1.5) return null;
      return { kind: "ratio", unit: "x", low: value, high: value, priority: 45 };
    },
  };
}
