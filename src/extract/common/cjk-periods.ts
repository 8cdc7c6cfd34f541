/**
 * Parts of a year in Chinese and Korean, as common/periods.ts reads them in alphabetic locales:
 * "第三季度", "三季度", "3분기" (a quarter), "前三季度" (the first three), "上半年", "상반기" (a half),
 * after a year ("2025年", "2025년") or a year relative to the report's ("去年", "올해"), or with
 * none: the latest such part begun by the report's date (flag "implied-year"). Japanese is left
 * out: its "第3四半期", "上半期" are most often of a fiscal year starting in April; they are read
 * after a fiscal year said so ("2023年度第3四半期", `createFiscalParser`).
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

/**
 * The first months of a year and ranges of months: "今年前9个月", "올해 첫 9개월" (the locale's
 * `cjk.firstMonths`, after a year or a year relative to the report's only: "前9个月" alone is as
 * often another span's), "今年1～9月", "2024年1-9月", "1~9월" (`cjk.monthRange`; alone, the latest
 * such months begun by the report's date). January to the Nth month, or the first to the last month.
 */
export function createCjkMonthsParser(v: LocaleVocab): Parser | null {
  const c = v.cjk;
  if (!c || (!c.firstMonths && !c.monthRange)) return null;
  const rel = v.years ? `|(?<rel>${alt(Object.keys(v.years))})` : "";
  const year = `(?:(?<y>(?:1[89]|20)\\d\\d)\\s*(?:${c.year})${rel})`;
  const forms: string[] = [];
  if (c.firstMonths) forms.push(c.firstMonths);
  if (c.monthRange) forms.push(`(?<![\\d.,])(?<m1>\\d{1,2})\\s*(?:[-~～〜]${c.through ? `|${c.through}` : ""})\\s*(?<m2>\\d{1,2})\\s*(?:${c.month})(?!\\s*\\d{1,2}\\s*(?:${c.day}))`);
  return {
    name: `${v.code}-date-months`,
    pattern: () => new RegExp(`(?:${year}\\s*)?(?:${forms.join("|")})`, "g"),
    extract(ctx, m) {
      const g = m.groups!;
      const n = g.n ? parseNumeral(g.n, { ...v, cjkNumerals: !/\d/.test(g.n) }) : null;
      const months: [number, number] = g.n ? [1, n ?? 0] : [Number(g.m1), Number(g.m2)];
      if (!(months[0] >= 1 && months[0] < months[1] && months[1] <= 12) || (g.n && !g.y && !g.rel)) return null;
      const ref = ctx.reference;
      if (!g.y && !ref) return { kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 26 };
      const y = g.y ? Number(g.y) : g.rel ? ref!.getUTCFullYear() + (lookup(v.years!, g.rel) ?? 0) : impliedYear(ref!, months, false);
      return { kind: "date", date: monthsInterval(y, months[0], months[1]), flags: g.y || g.rel ? [] : ["implied-year"], priority: 26 };
    },
  };
}

/**
 * A fiscal year and its parts (the locale's `cjk.fiscal`): "2023年度" is April 2023 to March 2024,
 * "2023年度第3四半期" October to December 2023, "今年度上半期" the first half of the fiscal year the
 * report's date falls in. A quarter or a half with no fiscal year before it is left alone.
 */
export function createFiscalParser(v: LocaleVocab): Parser | null {
  const f = v.cjk?.fiscal;
  if (!f) return null;
  return {
    name: `${v.code}-date-fiscal`,
    pattern: () =>
      new RegExp(`(?<!\\d)(?:(?<y>(?:1[89]|20)\\d\\d)\\s*(?:${f.mark})|(?<rel>${alt(Object.keys(f.rel))}))(?:(?:の)?\\s*(?:(?:${f.quarter})|(?<h>${alt(Object.keys(f.halves))})))?`, "g"),
    extract(ctx, m) {
      const g = m.groups!;
      let months: [number, number] = [0, 11];
      if (g.h) {
        const h = lookup(f.halves, g.h);
        if (!h) return null;
        months = h === 1 ? [0, 5] : [6, 11];
      } else if (g.q) {
        const n = parseNumeral(g.q, { ...v, cjkNumerals: !/\d/.test(g.q) });
        if (!n || n > 4) return null;
        months = [3 * n - 3, 3 * n - 1];
      }
      const ref = ctx.reference;
      if (!g.y && !ref) return { kind: "date", date: null, flags: ["relative-date-unresolved"], priority: 27 };
      // the fiscal year the report's date falls in, for "今年度"
      const current = ref ? ref.getUTCFullYear() - (ref.getUTCMonth() + 1 < f.start ? 1 : 0) : 0;
      const year = g.y ? Number(g.y) : current + (lookup(f.rel, g.rel) ?? 0);
      const from = f.start + months[0];
      const to = f.start + months[1];
      const date = from > 12 ? monthsInterval(year + 1, from - 12, to - 12) : monthsInterval(year, from, to);
      return { kind: "date", date, priority: 27 };
    },
  };
}
