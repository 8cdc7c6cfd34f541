/**
 * Hours and minutes as one span of time (the locale's `hours`): "2 horas y 30 minutos", "1 ora e 45
 * minuti", "1 h 45 min", "en 1 h 45", "em 1h45", "1:45 Stunden" are one duration, not an hour and
 * then minutes (or a count of 45). The short forms ("1 h 45", "1h45") are a clock's as often
 * ("à 14 h 30", "às 14h30"): they are a span only after a word that says so ("en", "pendant",
 * "durante", "in") or, after a clock's word, with a distance after ("à 1 h 45 l'une de l'autre", "à 2 h de route").
 * @module
 */
import type { ParsedFigure, Parser, ParsingContext } from "./engine.js";
import { numberPattern } from "./figures.js";
import { ALPHA, parseNumeral, wordBefore } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

/**
 * An hour word that carries its own count, then minutes ("ساعة و45 دقيقة": an hour and 45 minutes;
 * "ساعتين و30 دقيقة", the dual: two hours and 30): one span, the minutes' word required.
 */
export function createHourWordsParser(v: LocaleVocab): Parser | null {
  const h = v.hours;
  if (!h?.words) return null;
  const words = h.words;
  const source = `(?<![${ALPHA}])(?<w>${alt(Object.keys(words))})\\s+(?:${h.join})\\s?(?<m>\\d{1,2})\\s?(?:${h.minute})(?![${ALPHA}\\d])`;
  return {
    name: `${v.code}-hour-words`,
    pattern: () => new RegExp(source, "giu"),
    extract(_ctx, m): ParsedFigure | null {
      const hours = lookup(words, m.groups!.w);
      const minutes = Number(m.groups!.m);
      if (hours === undefined || minutes >= 60) return null;
      const days = (hours + minutes / 60) / 24;
      return { kind: "duration", unit: "d", low: days, high: days, qualifier: null, priority: 36 };
    },
  };
}

export function createHoursParser(v: LocaleVocab): Parser | null {
  const h = v.hours;
  if (!h) return null;
  const NUM = numberPattern(v);
  const E = `(?![${ALPHA}\\d])`;
  const source =
    `(?:(?<h>${NUM})\\s?(?<hw>${h.hour})(?:\\s+(?:${h.join}))?\\s?(?<m>\\d{1,2})(?:\\s?(?<mw>${h.minute}))?${E}` +
    (h.colon ? `|(?<ch>\\d{1,2}):(?<cm>\\d\\d)\\s+(?:${h.colon})${E})` : ")");
  const clock = wordBefore(h.clock);
  const cue = wordBefore(h.cue);
  const away = h.away ? new RegExp(`^\\s+(?:${h.away})`, "u") : null;
  // "de 8 h 30 à 12 h": a clock's range
  const range = new RegExp(`^\\s*(?:[-–]|(?:${v.rangeJoin ?? "-"})(?![${ALPHA}]))\\s*\\d`, "iu");
  return {
    name: `${v.code}-hours`,
    anchor: "number",
    pattern: () => new RegExp(source, "iy"),
    extract(ctx: ParsingContext, m): ParsedFigure | null {
      const g = m.groups!;
      const hours = parseNumeral(g.h ?? g.ch, v);
      const minutes = Number(g.m ?? g.cm);
      if (hours === null || !Number.isInteger(hours) || hours > 99 || minutes >= 60) return null;
      const before = ctx.before(m.index, 30);
      const after = ctx.after(m.index + m[0].length, 40);
      if (range.test(after)) return null;
      // a clock's word before: a clock's time, but for a distance after; no minutes' word ("1 h 45",
      // "2 heures 30"): a span only after a cue; "1:45 Stunden", "2 heures et 30 minutes": a span
      if (clock.test(before) ? !away?.test(after) : g.hw !== undefined && !g.mw && !cue.test(before)) return null;
      const days = (hours + minutes / 60) / 24;
      return { kind: "duration", unit: "d", low: days, high: days, qualifier: null, priority: 36 };
    },
  };
}
