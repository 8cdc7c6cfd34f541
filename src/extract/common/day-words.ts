/**
 * A span of days said in one word with no digit: Russian "за сутки", Ukrainian "за добу" (a day and
 * night, 24 hours), Korean "이틀 동안", "사흘 만에" (two days, three days): the locale's `dayWords`,
 * each only after its `before` words or before its `after` words ("в сутки", "на добу" are a rate;
 * "하루 평균" a daily average; "사흘 전" a date).
 * @module
 */
import type { ParsedFigure, Parser } from "./engine.js";
import { ALPHA } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

export function createDayWordParser(v: LocaleVocab): Parser | null {
  const d = v.dayWords;
  if (!d) return null;
  const cjk = v.family === "cjk";
  const source =
    (d.before ? `(?<=(?:^|[^${ALPHA}])(?:${d.before})\\s{1,3})` : cjk ? "" : `(?<![${ALPHA}])`) +
    `(?<w>${alt(Object.keys(d.words))})` +
    (d.after ? `(?=\\s?(?:${d.after}))` : cjk ? "" : `(?![${ALPHA}])`);
  return {
    name: `${v.code}-day-words`,
    pattern: () => new RegExp(source, "giu"),
    extract(_ctx, m): ParsedFigure | null {
      const days = lookup(d.words, m.groups!.w);
      return days ? { kind: "duration", unit: "d", low: days, high: days, priority: 30 } : null;
    },
  };
}
