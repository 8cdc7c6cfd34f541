/**
 * Dates of alphabetic locales, built from a LocaleVocab: "8 октября 2022 года", "15 de mayo de 2018",
 * "23 dicembre 2019", "im Mai 2018", "жовтні 2022-го", a year with its year word ("2023 році") or
 * alone, "Ende 2019", seasons ("восени 2022"), weekdays ("este sábado", "Montagmorgen"), relative
 * days ("сегодня", "Oggi") and "N years ago" ("три роки тому"). A date without a year takes the one
 * nearest the report's date; relative ones need that date.
 * @module
 */
import type { DateInterval } from "../../types.js";
import { unresolved, type ParsedFigure, type Parser, type ParsingContext } from "./engine.js";
import {
  addDays, dayInterval, impliedYear, isoDay, lastSeason, monthInterval, monthPart, nearestYearForMonth, nextSeason, seasonInterval, thisSeason, weekdayNear, weekdayOfDay, weekEnd, weekInterval, yearInterval, yearRangeEnd,
  yearPart,
} from "../../normalize/dates.js";
import { ALPHA, parseNumeral, wordBefore } from "./numerals.js";
import { numberPattern } from "./figures.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";
import { ANAPHORIC_FLAG } from "./refiners/AnaphoricDateRefiner.js";
import { aheadAfter, createPeriodParsers } from "./periods.js";

const B = `(?<![${ALPHA}\\d])`;
const E = `(?![${ALPHA}])`;
const day = (d: Date): DateInterval => ({ start: isoDay(d), end: isoDay(d) });

export function createDateParsers(v: LocaleVocab): Parser[] {
  const months = alt(Object.keys(v.months));
  const yearWord = v.yearWord ? `(?:\\s*(?:${v.yearWord}))?` : "";
  // the word that may join a day, month and year ("15 de mayo de 2016"): `link` after spaces, `gap`
  // with the spaces on both sides. Each space is matched in one place only: two adjacent `\s*`
  // split a long run of spaces every way before failing (quadratic in the run, as "Ende" and
  // 20,000 spaces took 1.5 s); the text they match, and the order it is tried in, are the same.
  const link = v.dateLink ? `(?:(?:${v.dateLink})\\s)?` : "";
  const gap = v.dateLink ? `\\s*(?:(?:${v.dateLink})\\s+)?` : "\\s*";
  const YEAR = `(?<y>(?:1[89]|20)\\d\\d)(?![\\d.,]\\d)${yearWord}`;
  const relYears = v.years ? alt(Object.keys(v.years)) : null;
  const join = `\\s*(?:[-–]|\\s(?:${v.rangeJoin ?? "-"}${v.dayJoin ? `|${v.dayJoin}` : ""})\\s)\\s*`;
  // the same month in a second calendar or dialect after a slash ("أكتوبر/تشرين الأول")
  const dual = `(?:\\s*/\\s*(?:${months})${E})?`;
  const since = v.since ? wordBefore(v.since) : null;
  // the locale's "until" right before a date ("hasta el viernes", "до кінця року", "до 6 грудня")
  const untilBefore = v.weekdayUntil ? wordBefore(v.weekdayUntil, "\\s{1,3}") : null;
  // The year of day `d` of `month`: the one `stated`, else the one nearest the report's (null with no
  // report date). "depuis le 3 août", "seit dem 3. August", "منذ الأول من مارس": since a day with no
  // year, which is no later than the report's, so a day after it is last year's.
  const yearOfDay = (ctx: ParsingContext, m: RegExpExecArray, stated: string | undefined, month: number, d: number): number | null => {
    if (stated) return Number(stated);
    if (!ctx.reference) return null;
    const y = nearestYearForMonth(ctx.reference, month);
    const end = m.index + m[0].length;
    // a past clause's day "until" ("акцію було зареєстровано до 6 грудня") is a bound still to come, as often as not: the nearest
    const pastBefore = behind(v, ctx, m.index, end) && !(untilBefore?.test(ctx.before(m.index, 40)) ?? false);
    return (since?.test(ctx.before(m.index, 40)) || pastBefore) && !ahead(v, ctx, m.index) && !aheadAfter(v, ctx, end) && isoDay(ctx.reference) < (dayInterval(y, month, d)?.start ?? "")
      ? y - 1
      : y;
  };
  const parsers: Parser[] = [
    {
      // "8 октября 2022 года", "15 de mayo de 2018", "8. Oktober", "28-30 апреля"
      name: `${v.code}-date-dmy`,
      pattern: () => new RegExp(`${B}(?<d>\\d{1,2})(?:\\.|er|º|°|ª)?(?:${join}(?<d2>\\d{1,2})\\.?)?\\s*${link}(?<mon>${months})${E}${dual}(?:\\.(?=\\s*\\d))?(?:,?${gap}${YEAR})?`, "gi"),
      extract(ctx, m) {
        const g = m.groups!;
        const month = lookup(v.months, g.mon);
        if (!month) return null;
        const y = yearOfDay(ctx, m, g.y, month, Number(g.d));
        if (y === null) return unresolved();
        const first = dayInterval(y, month, Number(g.d));
        if (!first) return null;
        const last = g.d2 ? dayInterval(y, month, Number(g.d2)) : first;
        if (!last || last.end < first.start) return null;
        return { kind: "date", date: { start: first.start, end: last.end }, flags: g.y ? [] : ["implied-year"], priority: 50 };
      },
    },
    {
      // "мая 2018", "febrero de 2016", "жовтні 2022-го", "жовтні минулого року"
      name: `${v.code}-date-month`,
      pattern: () => new RegExp(`${B}(?<mon>${months})${E}${dual}(?:\\.(?=\\s*\\d))?(?:,?${gap}${YEAR}${relYears ? `|\\s+(?<rel>${relYears})${E}` : ""})`, "gi"),
      extract(ctx, m) {
        const g = m.groups!;
        const month = lookup(v.months, g.mon);
        if (!month) return null;
        let y = g.y ? Number(g.y) : null;
        if (g.rel) {
          if (!ctx.reference) return unresolved();
          y = ctx.reference.getUTCFullYear() + (lookup(v.years!, g.rel) ?? 0);
        }
        return y === null ? null : { kind: "date", date: monthInterval(y, month), priority: 45 };
      },
    },
    {
      // "2023 році", "2014", "Ende 2019", "восени 2022", "влітку 2023 року"
      name: `${v.code}-date-year`,
      pattern: () => {
        const pre = [...Object.keys(v.yearParts ?? {}), ...Object.keys(v.seasons ?? {})];
        return new RegExp(`${pre.length ? `(?:${B}(?<pre>${alt(pre)})${E}${gap})?` : ""}(?<![${ALPHA}\\d.,/#:$€£-])${YEAR}(?![${ALPHA}]|\\s*%)`, "gi");
      },
      extract(_ctx, m) {
        const g = m.groups!;
        const y = Number(g.y);
        if (g.pre) {
          const season = v.seasons ? lookup(v.seasons, g.pre) : undefined;
          if (season) return { kind: "date", date: seasonInterval(y, season), priority: 45 };
          const part = v.yearParts ? lookup(v.yearParts, g.pre) : undefined;
          if (part) return { kind: "date", date: yearPart(y, part), priority: 45 };
        }
        return { kind: "date", date: yearInterval(y), priority: 20 };
      },
    },
    {
      // "2022-2023", "2022/23", "2022–2023 годах": from the first year to the last, as English reads
      // "2022-2023" (a season, a fiscal or school year, a plan's years); at most twenty years apart
      name: `${v.code}-date-year-range`,
      pattern: () => new RegExp(`(?<![${ALPHA}\\d.,/#:$€£-])(?<y>(?:1[89]|20)\\d\\d)[-–/](?<y2>(?:1[89]|20)\\d\\d|\\d\\d)(?![\\d.,]\\d|[-–/]\\d)${yearsWord(v)}(?![${ALPHA}]|\\s*%)`, "gi"),
      extract(_ctx, m) {
        const y = Number(m.groups!.y);
        const end = yearRangeEnd(y, m.groups!.y2);
        if (end === null) return null;
        return { kind: "date", date: { start: yearInterval(y).start, end: yearInterval(end).end }, priority: 30 };
      },
    },
  ];
  const ord = v.dayOrdinals;
  if (ord) {
    parsers.push({
      // "الأول من مارس", "primero de mayo": a day said as an ordinal, of the year stated or the nearest
      name: `${v.code}-date-day-ordinal`,
      pattern: () => new RegExp(`${B}(?<o>${alt(Object.keys(ord.words))})\\s{1,3}(?:${ord.link})\\s{1,3}(?<mon>${alt(fullMonths(v))})${E}${dual}(?:,?${gap}${YEAR})?`, "gi"),
      extract(ctx, m) {
        const g = m.groups!;
        const d = lookup(ord.words, g.o);
        const month = lookup(v.months, g.mon);
        if (!d || !month) return null;
        const y = yearOfDay(ctx, m, g.y, month, d);
        if (y === null) return unresolved();
        const date = dayInterval(y, month, d);
        return date ? { kind: "date", date, flags: g.y ? [] : ["implied-year"], priority: 50 } : null;
      },
    });
  }
  if (v.monthAlone) parsers.push(monthAlone(v, v.monthAlone, `(?:,?${gap}${YEAR}${relYears ? `|\\s+(?:${relYears})${E}` : ""})`));
  if (v.monthRange) parsers.push(monthRange(v, v.monthRange, `(?:,?${gap}${YEAR})?`));
  if (v.yearParts) parsers.push(monthPartParser(v, `(?:,?${gap}${YEAR})?`));
  if (v.fortnights) parsers.push(fortnightParser(v, v.fortnights, `(?:,?${gap}${YEAR})?`));
  // "до кінця року", "bis Ende des Jahres", "hasta finales de año": a part of the year "until" looks ahead, unless its clause tells of the past
  const aheadOrUntil = (l: LocaleVocab, ctx: ParsingContext, start: number) => ahead(l, ctx, start) || (untilBefore?.test(ctx.before(start, 40)) === true && !behind(l, ctx, start, start));
  for (const p of createPeriodParsers(v, YEAR, gap, aheadOrUntil)) parsers.push(p);
  if (v.seasons && v.seasonsRelative) parsers.push(relativeSeason(v, gap));
  if (v.seasons) {
    // a season with no year: the one of the report's year ("осенью" in a May report: this autumn)
    parsers.push(relativeWord(`${v.code}-date-season`, v.seasons, (ref, season) => ({ kind: "date", date: seasonInterval(ref.getUTCFullYear(), season), priority: 30 }), `(?!${gap}\\d)`));
  }
  const weekdays = alt(Object.keys(v.weekdays).filter((w) => w.replace(/\\/g, "").length >= 4));
  // the latest such day up to the report's, or the next when the clause looks ahead or a word after says so
  const lastAfter = v.weekdayLast ? new RegExp(`^\\s{1,3}(?:${v.weekdayLast})(?![${ALPHA}])`, "i") : null;
  const nextAfter = v.weekdayNext ? new RegExp(`^\\s{1,3}(?:${v.weekdayNext})(?![${ALPHA}])`, "i") : null;
  const forBefore = v.weekdayFor ? wordBefore(v.weekdayFor, "\\s{1,3}") : null;
  // "por lo menos hasta el lunes", "au moins jusqu'à jeudi": the locale's "at least" before its "until"
  const least = Object.entries(v.before ?? {}).filter(([, q]) => q === "lower").map(([w]) => w);
  const leastUntil = v.weekdayUntil && least.length ? wordBefore(`(?:${least.join("|")})\\s{1,3}(?:${v.weekdayUntil})`, "\\s{1,3}") : null;
  // "martes 17", "le mardi 17", "am Dienstag, den 17.", "terça-feira (17)": a weekday and its day's number, no
  // month (a month after is the day-month parser's; the weekday then joins it); not a number with more digits after it
  const dayLink = v.weekdayDayLink ? `(?:(?:${v.weekdayDayLink})\\s{1,3})?` : "";
  const dayNumber = `(?<n>[12]\\d|3[01]|0?[1-9])(?!\\d|[.,:/]\\d)`;
  const weekdayDay = `(?:,?\\s{1,3}${dayLink}${dayNumber}(?:\\.|º|°|ª|er)?|\\s{0,2}\\(\\s{0,2}${dayNumber.replace("<n>", "<p>")}\\s{0,2}\\))` +
    `(?![${ALPHA}%]|\\s*%)(?!\\.?\\s{0,3}${link}(?:${months})${E})`;
  const stop = new Set((v.stop ?? []).map((w) => w.toLowerCase()));
  const weekday = (table: Record<string, number>) => (ctx: ParsingContext, m: RegExpExecArray): ParsedFigure | null => {
    const g = m.groups!;
    const wd = lookup(table, g.wd);
    if (wd === undefined) return null;
    // the weekday's word ("Montagmorgen"): all the match but its day's number
    const word = g.w ?? m[0];
    // a word after the number that may be what it counts ("mercredi 19 navires"): a count, the weekday alone
    const counted = g.n && new RegExp(`^[ \\t\u00a0]+([${ALPHA}]+)`).exec(ctx.after(m.index + m[0].length, 30))?.[1];
    const n = counted && !stop.has(counted.toLowerCase()) ? undefined : g.n ?? g.p;
    if (!ctx.reference) return unresolved(50, [0, n ? m[0].length : word.length]);
    if (n) {
      const d = weekdayOfDay(ctx.reference, wd, Number(n));
      if (d) return { kind: "date", date: day(d), priority: 25 };
    }
    const end = m.index + word.length;
    const before = ctx.before(m.index, 40);
    // "hasta el viernes": the coming one, unless the clause tells of the past with no "at least" ("nadie nos llamó hasta el viernes")
    const until = (untilBefore?.test(before) ?? false) && ((leastUntil?.test(before) ?? false) || !behind(v, ctx, m.index, end));
    const next = ctx.reference.getUTCDay() !== wd && (ahead(v, ctx, m.index) || (nextAfter?.test(ctx.after(end, 20)) ?? false) || (forBefore?.test(ctx.before(m.index, 16)) ?? false) || until);
    // "vendredi dernier" in a Friday's report: a week before, not that day
    const back = !next && ctx.reference.getUTCDay() === wd && (lastAfter?.test(ctx.after(end, 20)) ?? false);
    return { span: [0, word.length], kind: "date", date: day(back ? addDays(ctx.reference, -7) : weekdayNear(ctx.reference, wd, next ? "next" : "past")), flags: ["weekday"], priority: 25 };
  };
  if (weekdays) {
    parsers.push({
      // "este sábado", "в субботу", "Montagmorgen"
      name: `${v.code}-date-weekday`,
      pattern: () => new RegExp(`${B}(?<w>(?<wd>${weekdays})(?:${E}${v.weekdayParts ? `|(?=(?:${v.weekdayParts}))` : ""})[${ALPHA}]*)(?:${weekdayDay})?`, "gi"),
      extract: weekday(v.weekdays),
    });
  }
  const after = v.weekdaysAfter;
  if (after) {
    parsers.push({
      // "до четверга", "с понедельника", "z poniedziałku": a weekday's case read after its preposition only
      name: `${v.code}-date-weekday-after`,
      pattern: () => new RegExp(`(?<=(?:^|[^${ALPHA}])(?:${after.before})\\s{1,3})(?<wd>${alt(Object.keys(after.forms))})${E}`, "gi"),
      extract: weekday(after.forms),
    });
  }
  if (v.weekend) {
    const weekend = v.weekend;
    // the same words right before a word they qualify ("il prossimo fine settimana", "lo scorso fine settimana")
    const lastBefore = v.weekdayLast ? wordBefore(v.weekdayLast, "\\s{1,3}") : null;
    const nextBefore = v.weekdayNext ? wordBefore(v.weekdayNext, "\\s{1,3}") : null;
    parsers.push({
      // "nel fine settimana", "am Wochenende", "le week-end dernier", "el próximo fin de semana"
      name: `${v.code}-date-weekend`,
      pattern: () => new RegExp(`${B}(?:${weekend})${E}`, "gi"),
      extract(ctx, m) {
        if (!ctx.reference) return unresolved();
        const end = m.index + m[0].length;
        const dow = ctx.reference.getUTCDay();
        // the Saturday of the last weekend on or before the report's day
        const last = addDays(ctx.reference, dow === 6 ? 0 : -(dow + 1));
        // "llovió el fin de semana" in a Friday's report: the one just gone, as a past clause says
        const back = (lastAfter?.test(ctx.after(end, 20)) ?? false) || (lastBefore?.test(ctx.before(m.index, 24)) ?? false) || (!ahead(v, ctx, m.index) && behind(v, ctx, m.index, end));
        const next = !back && ((nextAfter?.test(ctx.after(end, 20)) ?? false) || (nextBefore?.test(ctx.before(m.index, 24)) ?? false) || ahead(v, ctx, m.index)) && dow !== 6 && dow !== 0;
        const sat = next || (!back && dow >= 4) ? addDays(last, 7) : last;
        return { kind: "date", date: { start: isoDay(sat), end: isoDay(addDays(sat, 1)) }, priority: 25 };
      },
    });
  }
  if (v.days) parsers.push(relativeWord(`${v.code}-date-relative-day`, v.days, (ref, off) => ({ kind: "date", date: day(addDays(ref, off)), priority: 25 })));
  if (v.years) parsers.push(relativeWord(`${v.code}-date-relative-year`, v.years, (ref, off) => ({ kind: "date", date: yearInterval(ref.getUTCFullYear() + off), priority: 20 })));
  if (v.weeksAgo) {
    // "la semaine dernière", "на прошлой неделе": Monday to Sunday of the week before (or after) the report's
    parsers.push(
      relativeWord(`${v.code}-date-relative-week`, v.weeksAgo, (ref, off) => ({ kind: "date", date: weekInterval(addDays(ref, 7 * off)), priority: 25 })),
    );
  }
  if (v.weekEnd) {
    // "до кінця тижня", "Ende der Woche": Friday to Sunday of the report's week (or the one before or after)
    parsers.push(relativeWord(`${v.code}-date-week-end`, v.weekEnd, (ref, off) => ({ kind: "date", date: weekEnd(addDays(ref, 7 * off)), priority: 26 })));
  }
  if (v.monthsAgo) {
    // "в прошлом месяце", "el mes pasado": the whole month before (or after) the report's
    parsers.push(
      relativeWord(`${v.code}-date-relative-month`, v.monthsAgo, (ref, off) => {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + off, 1));
        return { kind: "date", date: monthInterval(d.getUTCFullYear(), d.getUTCMonth() + 1), priority: 25 };
      }),
    );
  }
  parsers.push({
    // "08.10.2022", "8/10/2022": day first, as everywhere but the US
    name: `${v.code}-date-numeric`,
    pattern: () => /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d]|[./]\d)/g,
    extract(_ctx, m) {
      const date = dayInterval(Number(m[4]), Number(m[3]), Number(m[1]));
      return date ? { kind: "date", date, priority: 50 } : null;
    },
  });
  if (v.ago || v.agoBefore) {
    const NUM = numberPattern(v);
    const spans = alt(Object.keys(v.spans));
    parsers.push({
      // "три роки тому", "hace tres años", "vor drei Jahren": the day that many spans before the report
      name: `${v.code}-date-ago`,
      pattern: () =>
        new RegExp(`${v.agoBefore ? `(?:${B}(?<pre>${v.agoBefore})\\s+)` : ""}${v.agoBefore && v.ago ? "?" : ""}(?<n>${NUM})\\s*(?<span>${spans})${E}${v.ago ? `(?:\\s+(?<post>${v.ago})${E})` : ""}${v.agoBefore && v.ago ? "?" : ""}`, "gi"),
      extract(ctx, m) {
        const g = m.groups!;
        if (!g.pre && !g.post) return null;
        const n = parseNumeral(g.n, v);
        const days = lookup(v.spans, g.span);
        if (n === null || days === undefined || days < 1) return null;
        if (!ctx.reference) return unresolved();
        return { kind: "date", date: agoDay(ctx.reference, n, days), priority: 55 };
      },
    });
  }
  const one = v.agoOne;
  if ((v.ago || v.agoBefore) && one) {
    // "rok temu", "год назад", "місяць тому", "قبل عام": one span with no number, as "a year ago" (the
    // dual's two: "قبل يومين"); a year's digits after make "قبل عام 2020" "before the year 2020"
    const body = v.ago ? `${B}(?<span>${alt(Object.keys(one))})\\s+(?:${v.ago})${E}` : `${B}(?:${v.agoBefore})\\s+(?<span>${alt(Object.keys(one))})${E}(?!\\s*\\d)`;
    parsers.push({
      name: `${v.code}-date-ago-one`,
      pattern: () => new RegExp(body, "gi"),
      extract(ctx, m) {
        const days = lookup(one, m.groups!.span);
        if (days === undefined) return null;
        if (!ctx.reference) return unresolved();
        return { kind: "date", date: agoDay(ctx.reference, 1, days), priority: 55 };
      },
    });
  }
  return parsers;
}

/** The locale's word after a span of years ("годах", "роках"), else its word after one year. */
function yearsWord(v: LocaleVocab): string {
  const w = v.yearsWord ?? v.yearWord;
  return w ? `(?:\\s*(?:${w}))?` : "";
}

/** The month of a season a part names: its first ("early"), middle or last ("late", "end"). */
const SEASON_PART: Readonly<Record<NonNullable<LocaleVocab["yearParts"]>[string], number>> = { early: 0, mid: 1, late: 2, end: 2 };

/**
 * "наступного літа", "el verano pasado", "nächsten Sommer": the next, last or this season counted
 * from the report's date (next summer in an October report is the next year's), and with a part
 * before it ("до середини наступного літа", mid next summer) that part's month of it.
 */
function relativeSeason(v: LocaleVocab, gap: string): Parser {
  const seasons = alt(Object.keys(v.seasons!));
  const { before = {}, after = {} } = v.seasonsRelative!;
  const parts = v.yearParts ? alt(Object.keys(v.yearParts)) : null;
  const b = Object.keys(before).length ? `(?<b>${alt(Object.keys(before))})\\s+(?<s>${seasons})` : null;
  const a = Object.keys(after).length ? `(?<s2>${seasons})\\s+(?<a>${alt(Object.keys(after))})` : null;
  const body = [b, a].filter(Boolean).join("|");
  return {
    name: `${v.code}-date-season-relative`,
    pattern: () => new RegExp(`${B}(?:(?<part>${parts ?? "(?!)"})${E}${gap})?(?:${body})${E}`, "gi"),
    extract(ctx, m) {
      const g = m.groups!;
      const season = lookup(v.seasons!, g.s ?? g.s2);
      const k = g.b ? lookup(before, g.b) : lookup(after, g.a);
      if (!season || k === undefined) return null;
      if (!ctx.reference) return unresolved();
      const iv = k < 0 ? lastSeason(ctx.reference, season) : k > 0 ? nextSeason(ctx.reference, season) : thisSeason(ctx.reference, season);
      const part = g.part ? lookup(v.yearParts!, g.part) : undefined;
      if (!part) return { kind: "date", date: iv, priority: 46 };
      const [y, mo] = iv.start.split("-").map(Number);
      const t = new Date(Date.UTC(y, mo - 1 + SEASON_PART[part], 1));
      return { kind: "date", date: monthInterval(t.getUTCFullYear(), t.getUTCMonth() + 1), priority: 46 };
    },
  };
}

/**
 * A date one step from the date the text last stated ("al día siguiente", "на следующий день",
 * "다음날"): the parser records the step only (common/refiners/AnaphoricDateRefiner.ts resolves it).
 * Words of an alphabetic script stand between word boundaries; CJK ones glue to their neighbours.
 */
export function createStepParser(v: LocaleVocab): Parser | null {
  const steps = v.steps;
  if (!steps) return null;
  const words = alt(Object.keys(steps));
  return {
    name: `${v.code}-date-step`,
    pattern: () => new RegExp(v.family === "cjk" ? `(?:${words})` : `${B}(?:${words})${E}`, "gi"),
    extract(_ctx, m) {
      const step = lookup(steps, m[0]);
      return step ? { kind: "date", date: null, flags: [`${ANAPHORIC_FLAG}:${step[0]}:${step[1]}`], priority: 29 } : null;
    },
  };
}

/**
 * A month with no day or year after the locale's `monthAlone` words ("im Juli", "в октябре"): the
 * month of the year nearest the report's date. Its short forms are left out ("лист", "mar"): a
 * form another form of the same month starts with and runs two letters longer is an abbreviation.
 * A month with its year (`dated`) is the month parser's.
 */
function monthAlone(v: LocaleVocab, words: string, dated: string): Parser {
  const full = fullMonths(v);
  return {
    name: `${v.code}-date-month-alone`,
    // the words, then at most three spaces (a bounded gap: a long run of spaces is read once), then the month
    pattern: () => new RegExp(`${B}(?:${words})\\s{1,3}(?<mon>${alt(full)})${E}(?!\\.?${dated})`, "gi"),
    extract(ctx, m) {
      const mon = m.groups!.mon;
      const month = lookup(v.months, mon);
      if (!month) return null;
      const span: [number, number] = [m[0].length - mon.length, m[0].length];
      if (!ctx.reference) return unresolved(50, span);
      return { span, kind: "date", date: monthInterval(yearOfMonthAt(v, ctx, m, month, m.index + span[0]), month), flags: ["implied-year"], priority: 40 };
    },
  };
}

/** "entre janvier et mars 2023", "zwischen Januar und März": one span from the first month to the second. */
function monthRange(v: LocaleVocab, r: { before: string; join: string }, year: string): Parser {
  const full = alt(fullMonths(v));
  return {
    name: `${v.code}-date-month-range`,
    pattern: () => new RegExp(`${B}(?:${r.before})\\s{1,3}(?<m1>${full})\\s{1,3}(?:${r.join})\\s{1,3}(?<m2>${full})${E}${year}`, "gi"),
    extract(ctx, m) {
      const g = m.groups!;
      const a = lookup(v.months, g.m1);
      const b = lookup(v.months, g.m2);
      if (!a || !b || a === b) return null;
      const span: [number, number] = [m[0].indexOf(g.m1), m[0].length];
      if (!g.y && !ctx.reference) return unresolved(50, span);
      const y = g.y ? Number(g.y) - (b < a ? 1 : 0) : yearOfMonthAt(v, ctx, m, a);
      const end = b < a ? monthInterval(y + 1, b) : monthInterval(y, b);
      return { span, kind: "date", date: { start: monthInterval(y, a).start, end: end.end }, flags: g.y ? [] : ["implied-year"], priority: 46 };
    },
  };
}

/** A locale's month words less their short forms ("лист", "mar", "sept"): a form another form of the same month starts with and runs two letters longer. */
function fullMonths(v: LocaleVocab): string[] {
  const keys = Object.keys(v.months);
  return keys.filter((k) => !keys.some((o) => o.length >= k.length + 2 && o.startsWith(k) && v.months[o] === v.months[k]));
}

/** A character of the clause: not a sentence's or clause's end (a point or colon inside a number, "320.000", "14:30", is none). */
const CLAUSE = "(?:[^.!?;:\\n]|[.:](?=\\d))";

const futureCache = new WeakMap<LocaleVocab, RegExp | null>();

/**
 * Whether the clause before `start` speaks of the future in the locale's words (its `future`: "la
 * usine reprendra jeudi", "Die Anlage soll Ende Oktober …"): at most 60 characters back, within the
 * sentence and clause. A locale with none reads none.
 */
function ahead(v: LocaleVocab, ctx: ParsingContext, start: number): boolean {
  let re = futureCache.get(v);
  if (re === undefined) {
    re = v.future ? new RegExp(`(?<![${ALPHA}])(?:${v.future})(?![${ALPHA}])${CLAUSE}*$`, "iu") : null;
    futureCache.set(v, re);
  }
  return re?.test(ctx.before(start, 60)) === true;
}

const pastCache = new WeakMap<LocaleVocab, [RegExp, RegExp] | null>();

/**
 * Whether the date's clause tells of the past in the locale's words (its `past`: "avait passé sa
 * révision en mars", "nadie nos llamó hasta el viernes", "Bis Mittwoch starben …"): in the clause
 * before `start` (at most 60 characters back) or right after `end` (40). A locale with none reads none.
 */
function behind(v: LocaleVocab, ctx: ParsingContext, start: number, end: number): boolean {
  let re = pastCache.get(v);
  if (re === undefined) {
    re = v.past ? [new RegExp(`(?<![${ALPHA}])(?:${v.past})(?![${ALPHA}])${CLAUSE}*$`, "iu"), new RegExp(`^${CLAUSE}{0,40}?(?<![${ALPHA}])(?:${v.past})(?![${ALPHA}])`, "iu")] : null;
    pastCache.set(v, re);
  }
  return re !== null && (re[0].test(ctx.before(start, 60)) || re[1].test(ctx.after(end, 40)));
}

/** The year of a month named with no year: the next such month when the clause looks ahead, the latest on or before the report's when it tells of the past, else the one nearest the report's date. */
function yearOfMonth(ref: Date, month: number, future: boolean, past = false): number {
  return future ? impliedYear(ref, [month, month], true) : past ? impliedYear(ref, [month, month], false) : nearestYearForMonth(ref, month);
}

/** The year of a month named with no year at `m` in `ctx` (see yearOfMonth); the clause looks ahead up to `at`, the month's own word ("aplazado hasta junio"). */
function yearOfMonthAt(v: LocaleVocab, ctx: ParsingContext, m: RegExpExecArray, month: number, at = m.index): number {
  return yearOfMonth(ctx.reference!, month, ahead(v, ctx, at), behind(v, ctx, m.index, m.index + m[0].length));
}

const MONTH_PART = { early: "early", mid: "mid", late: "late", end: "late" } as const;

/**
 * The part of a month, in the words the locale puts before a year ("Ende Oktober", "finales de
 * octubre", "fin octobre", "mi-juin", "в конце октября"), as English reads "late October": its
 * first, middle or last ten days, of the year stated (`year`) or else the one nearest the report's
 * date. The part's word and the month stand at most three spaces apart, or glued by a hyphen.
 */
function monthPartParser(v: LocaleVocab, year: string): Parser {
  const link = v.link ? `(?:(?:${v.link})\\s{0,3})?` : "";
  return {
    name: `${v.code}-date-month-part`,
    pattern: () => new RegExp(`${B}(?<part>${alt(Object.keys(v.yearParts!))})(?:(?<=-)|${E}\\s{1,3})${link}(?<mon>${alt(fullMonths(v))})${E}${year}`, "gi"),
    extract(ctx, m) {
      const g = m.groups!;
      const part = lookup(v.yearParts!, g.part);
      const month = lookup(v.months, g.mon);
      if (!part || !month) return null;
      if (!g.y && !ctx.reference) return unresolved();
      const y = g.y ? Number(g.y) : yearOfMonthAt(v, ctx, m, month);
      return { kind: "date", date: monthPart(y, month, MONTH_PART[part]), flags: g.y ? [] : ["implied-year"], priority: 46 };
    },
  };
}

/**
 * The first or second half of a month ("la seconde quinzaine de juin", "la primera quincena de
 * julio", "a segunda quinzena de maio"): days 1 to 15, or the 16th to the month's end, of the year
 * stated or else the nearest (the next when the clause looks ahead).
 */
function fortnightParser(v: LocaleVocab, f: NonNullable<LocaleVocab["fortnights"]>, year: string): Parser {
  return {
    name: `${v.code}-date-fortnight`,
    pattern: () => new RegExp(`${B}(?<o>${alt(Object.keys(f.ordinals))})\\s{1,3}(?:${f.noun})\\s{1,3}(?:${f.link})(?:\\s{1,3}|(?<=['’]))(?<mon>${alt(fullMonths(v))})${E}${year}`, "gi"),
    extract(ctx, m) {
      const g = m.groups!;
      const half = lookup(f.ordinals, g.o);
      const month = lookup(v.months, g.mon);
      if (!half || !month) return null;
      if (!g.y && !ctx.reference) return unresolved();
      const y = g.y ? Number(g.y) : yearOfMonthAt(v, ctx, m, month);
      const whole = monthInterval(y, month);
      const date = half === 1 ? { start: whole.start, end: whole.start.slice(0, 8) + "15" } : { start: whole.start.slice(0, 8) + "16", end: whole.end };
      return { kind: "date", date, flags: g.y ? [] : ["implied-year"], priority: 47 };
    },
  };
}

/** n spans before ref: whole years and months by the calendar, other spans by days. */
export function agoDay(ref: Date, n: number, days: number): DateInterval {
  const d = new Date(ref.getTime());
  if (days === 365.25) d.setUTCFullYear(d.getUTCFullYear() - n);
  else if (days === 30.44) d.setUTCMonth(d.getUTCMonth() - n);
  else return day(addDays(ref, -Math.round(n * days)));
  return day(d);
}


/**
 * A word of `table` ("вчера", "el año pasado", "осенью") whose date follows from the report's:
 * `resolve` gets the report's date and the word's value; with no report date it is unresolved.
 * `after` is a lookahead the word must satisfy.
 */
function relativeWord<T>(name: string, table: Record<string, T>, resolve: (reference: Date, value: T) => ParsedFigure, after = ""): Parser {
  const words = alt(Object.keys(table));
  return {
    name,
    pattern: () => new RegExp(`${B}(?:${words})${E}${after}`, "gi"),
    extract(ctx, m) {
      const value = lookup(table, m[0]);
      if (value === undefined) return null;
      if (!ctx.reference) return unresolved();
      return resolve(ctx.reference, value);
    },
  };
}
