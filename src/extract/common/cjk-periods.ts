/**
 * Parts of a year in Chinese and Korean, as common/periods.ts reads them in alphabetic locales:
 * "第三季度", "三季度", "3분기" (a quarter), "前三季度" (the first three), "上半年", "상반기" (a half),
 * after a year ("2025年", "2025년") or a year relative to the report's ("去年", "올해"), or with
 * none: the latest such part begun by the report's date (flag "implied-year"). Japanese is left
 * out: its "第3四半期", "上半期" are most often of a fiscal year starting in April.
 * @module
 */
import type { Parser } from "./engine.js";
import { impliedYear, monthsInterval } from "../../normalize/dates.js";
import { parseNumeral } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

/** The locale's parser of a year's quarters and halves; null without its `cjk.periods`. */
export function createCjkPeriodParser(v: LocaleVocab): Parser | null {
  const p = v.cjk?.periods;
  if (!p) return null;
  const rel = v.years ? `|(?<rel>${alt(Object.keys(v.years))})` : "";
  const year = `(?:(?<y>(?:1[89]|20)\\d\\d)\\s*(?:${v.cjk!.year})${rel})?\\s*`;
  const first = p.first ? `(?:${p.first})|` : "";
  return {
    name: `${v.code}-date-year-part`,
    pattern: () => new RegExp(`(?<![\\d${p.not ?? ""}])${year}(?:${first}(?:${p.quarter})|(?<h>${alt(Object.keys(p.halves))}))`, "g"),
    extract(ctx, m) {
      const g = m.groups!;
      let months: [number, number];
      if (g.h) {
        const h = lookup(p.halves, g.h);
        if (!h) return null;
        months = h === 1 ? [1, 6] : [7, 12];
      } else {
        const n = parseNumeral(g.fq ?? g.q, { ...v, cjkNumerals: !/\d/.test(g.fq ?? g.q) });
        if (!n || n > 4 || (g.fq && n < 2)) return null;
        months = g.fq ? [1, 3 * n] : [3 * n - 2, 3 * n];
      }
      const ref = ctx.reference;
      if (!g.y && !ref) return { kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 26 };
      const year = g.y ? Number(g.y) : g.rel ? ref!.getUTCFullYear() + (lookup(v.years!, g.rel) ?? 0) : impliedYear(ref!, months, false);
      return { kind: "date", date: monthsInterval(year, months[0], months[1]), flags: g.y || g.rel ? [] : ["implied-year"], priority: 26 };
    },
  };
}
