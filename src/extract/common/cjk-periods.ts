/**
 * Parts of a year in Chinese and Korean, as common/periods.ts reads them in alphabetic locales:
 * "第三季度", "三季度", "3분기" (a quarter), "前三季度" (the first three), "上半年", "상반기" (a half),
 * after a year ("2025年", "2025년") or a year relative to the report's ("去年", "올해"), or with
 * none: the latest such part begun by the report's date (flag "implied-year"). Japanese is left
 * out: its "第3四半期", "上半期" are most often of a fiscal year starting in April; they are read
 * after a fiscal year said so ("2023年度第3四半期", `createFiscalParser`).
 * @module
 */
import { unresolved, type ParsedFigure, type Parser, type ParsingContext } from "./engine.js";
import { impliedYear, monthsInterval } from "../../normalize/dates.js";
import { parseDigitsOrCjk } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

/** A year before a part of it: "2025年", "2025년" (group `y`), or one relative to the report's, "去年", "올해" (group `rel`). */
function yearBefore(v: LocaleVocab): string {
  const rel = v.years ? `|(?<rel>${alt(Object.keys(v.years))})` : "";
  return `(?:(?<y>(?:1[89]|20)\\d\\d)\\s*(?:${v.cjk!.year})${rel})`;
}

/**
 * The months [first, last] of a year's half (group `h`, by `halves`), quarter (group `q`: "三", "3")
 * or first quarters (group `fq`: "前三季度", the first three); null when the words say none.
 */
function partMonths(v: LocaleVocab, halves: Record<string, number>, g: Record<string, string | undefined>): [number, number] | null {
  if (g.h) {
    const h = lookup(halves, g.h);
    return h ? (h === 1 ? [1, 6] : [7, 12]) : null;
  }
  const n = parseDigitsOrCjk((g.fq ?? g.q)!, v);
  if (!n || n > 4 || (g.fq && n < 2)) return null;
  return g.fq ? [1, 3 * n] : [3 * n - 2, 3 * n];
}

/**
 * Months [first, last] of a calendar year: the year written (group `y`), relative to the report's
 * (group `rel`), or else the latest such months begun by the report's date (flag "implied-year").
 */
function monthsOfYear(v: LocaleVocab, ctx: ParsingContext, g: Record<string, string | undefined>, months: [number, number]): ParsedFigure {
  const ref = ctx.reference;
  if (!g.y && !ref) return unresolved(26);
  const year = g.y ? Number(g.y) : g.rel ? ref!.getUTCFullYear() + (lookup(v.years!, g.rel) ?? 0) : impliedYear(ref!, months, false);
  return { kind: "date", date: monthsInterval(year, months[0], months[1]), flags: g.y || g.rel ? [] : ["implied-year"], priority: 26 };
}

/** The locale's parser of a year's quarters and halves; null without its `cjk.periods`. */
export function createCjkPeriodParser(v: LocaleVocab): Parser | null {
  const p = v.cjk?.periods;
  if (!p) return null;
  const first = p.first ? `(?:${p.first})|` : "";
  return {
    name: `${v.code}-date-year-part`,
    pattern: () => new RegExp(`(?<![\\d${p.not ?? ""}])${yearBefore(v)}?\\s*(?:${first}(?:${p.quarter})|(?<h>${alt(Object.keys(p.halves))}))`, "g"),
    extract(ctx, m) {
      const months = partMonths(v, p.halves, m.groups!);
      return months ? monthsOfYear(v, ctx, m.groups!, months) : null;
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
  const forms: string[] = [];
  if (c.firstMonths) forms.push(c.firstMonths);
  if (c.monthRange) forms.push(`(?<![\\d.,])(?<m1>\\d{1,2})\\s*(?:[-~～〜]${c.through ? `|${c.through}` : ""})\\s*(?<m2>\\d{1,2})\\s*(?:${c.month})(?!\\s*\\d{1,2}\\s*(?:${c.day}))`);
  return {
    name: `${v.code}-date-months`,
    pattern: () => new RegExp(`(?:${yearBefore(v)}\\s*)?(?:${forms.join("|")})`, "g"),
    extract(ctx, m) {
      const g = m.groups!;
      const n = g.n ? parseDigitsOrCjk(g.n, v) : null;
      const months: [number, number] = g.n ? [1, n ?? 0] : [Number(g.m1), Number(g.m2)];
      if (!(months[0] >= 1 && months[0] < months[1] && months[1] <= 12) || (g.n && !g.y && !g.rel)) return null;
      return monthsOfYear(v, ctx, g, months);
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
      // the months of the fiscal year counted from its first, as a calendar year's from January
      const months: [number, number] | null = g.h || g.q ? partMonths(v, f.halves, g) : [1, 12];
      if (!months) return null;
      const ref = ctx.reference;
      if (!g.y && !ref) return unresolved(27);
      // the fiscal year the report's date falls in, for "今年度"
      const current = ref ? ref.getUTCFullYear() - (ref.getUTCMonth() + 1 < f.start ? 1 : 0) : 0;
      const year = g.y ? Number(g.y) : current + (lookup(f.rel, g.rel) ?? 0);
      const from = f.start + months[0] - 1;
      const to = f.start + months[1] - 1;
      const date = from > 12 ? monthsInterval(year + 1, from - 12, to - 12) : monthsInterval(year, from, to);
      return { kind: "date", date, priority: 27 };
    },
  };
}
