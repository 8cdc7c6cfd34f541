/**
 * Figures and dates of Korean, Chinese and Japanese, built from a LocaleVocab. Numbers glue to what
 * they measure: counters make counts ("149명", "155人", "14カ国"), scale characters multiply
 * ("69억", "10万"), "여"/"多"/"余" after a number and "이상"/"以上" after the figure mark a lower
 * bound. Dates are 年月日 / 년월일 parts ("2022년 10월 29일", "7月17日", "15일"); a day alone takes
 * the month nearest the report's date. The words are each locale's (its `cjk` grammar, counters,
 * spans…); what stays here is the scripts' (CJK numerals, full-width marks) and the few checks
 * that read a word the locale itself matched ("十分" is "very", "20대" an age group).
 * @module
 */
import type { DateInterval, Qualifier } from "../../types.js";
import { unresolved, type ParsedFigure, type Parser, type ParsingContext } from "./engine.js";
import { addDays, dayInterval, isoDay, monthInterval, nearestYearForMonth, weekdayNear, yearInterval, yearPart } from "../../normalize/dates.js";
import { lookupUnit } from "../../normalize/units.js";
import { CJK_NUMERAL_CHARS, parseDigitsOrCjk, parseNumeral } from "./numerals.js";
import { CURRENCY_SIGNS, hundredths, qualifierBefore } from "./figures.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";
import { agoDay } from "./dates.js";

const DIGITS = `(?:\\d{1,3}(?:,\\d{3}){1,5}(?!\\d)(?:\\.\\d{1,10})?|\\d{1,15}(?:\\.\\d{1,10})?)`;
/** Never matches: a language without words of a kind. */
const NEVER = "(?!)";

export function cjkNumber(v: LocaleVocab): string {
  return v.cjkNumerals ? `(?:${DIGITS}|[${CJK_NUMERAL_CHARS}]{1,6})` : DIGITS;
}

/** Before a numeral, what makes it vague: "数", "几" ("数十", "几百"), "上" before a hundred or more ("上百", "上千"). */
const VAGUE = "[数幾几]|上(?=[百千万萬])";

export function cjkAnchors(v: LocaleVocab): Array<() => RegExp> {
  // a comma glued to a number after a letter or character ("死亡,2人", "下葬,23名": CJK text with
  // ASCII punctuation) ends a clause; after a digit it groups thousands ("1,200")
  const a: Array<() => RegExp> = [() => /(?<![A-Za-z\d_.,/#@:])\d|(?<=[^\d\s.,],)\d|(?:US\$|[$€£¥₩₽])(?=\s?\d)/g];
  // (not after a word that makes the number vague: "数百人", "几十", "上百人" are hundreds, tens, a
  // hundred or more, no figure, as "hundreds of", "수백 명", "сотни" are none in other languages)
  if (v.cjkNumerals) a.push(() => new RegExp(`(?<![${CJK_NUMERAL_CHARS}]|${VAGUE})[${CJK_NUMERAL_CHARS}]`, "g"));
  return a;
}

function qualifierAround(ctx: ParsingContext, start: number, v: LocaleVocab, lower: RegExp, glued: string | undefined, after: string | undefined): Qualifier {
  if (after && v.after) {
    const q = lookup(v.after, after.trim());
    if (q) return q;
  }
  if (glued) return lower.test(glued) ? "lower" : "approx";
  return qualifierBefore(ctx, start, v);
}

/**
 * A number read at `scale`, with the parts of bigger scales written before it ("1万2000", "1兆2400"
 * at 億): each part at its own scale, the last at `scale`; null if a part is no smaller than the
 * scale before it ("1万 20000").
 */
function chained(text: string, v: LocaleVocab, scale: number): number | null {
  const parts = text.split(/(?<=\d)\s?([^\d\s.,]+)\s?(?=\d)/);
  if (parts.length === 1) {
    const n = parseNumeral(text, v);
    return n === null ? null : n * scale;
  }
  let total = 0;
  let above = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const n = parseNumeral(parts[i], v);
    const at = i + 1 < parts.length ? lookup(v.scales!, parts[i + 1]) : scale;
    if (n === null || at === undefined || n * at >= above) return null;
    total += n * at;
    above = at;
  }
  return total;
}

export function createCjkFigureParser(v: LocaleVocab): Parser {
  const NUM = cjkNumber(v);
  const scales = alt(Object.keys(v.scales ?? {}));
  const currencies = alt(Object.keys(v.currencies ?? {}));
  // a currency's hundredth ("50銭", "30센트", "20美分"), read before the currency and the spans ("分" alone is minutes)
  const subunits = v.subunits ? `(?<sub>${alt(Object.keys(v.subunits))})|` : "";
  const units = alt(Object.keys(v.units));
  const spans = alt(Object.keys(v.spans));
  const counters = alt(Object.keys(v.counters ?? {}));
  const after = v.after ? alt(Object.keys(v.after)) : null;
  // the language's own words: a range, a glued bound, a percentage
  const own = v.cjk;
  const glue = own ? (own.approx ? `${own.lower}|${own.approx}` : own.lower) : NEVER;
  const lower = new RegExp(`^(?:${own?.lower ?? NEVER})$`);
  // words read right before or after a figure, built once per locale (not per match)
  const level = own?.level ? new RegExp(`^\\s?(?:${own.level})`) : null;
  const timesBy = own?.timesBy ? new RegExp(`(?:${own.timesBy})\\s?$`) : null;
  const speedBefore = own?.speed !== undefined ? new RegExp(`(?:${own.speed})\\s?$`) : null;
  // "1万2000人", "1兆2400億円", "1조 9000억 원": a number of a big scale and a rest of the next ones
  const big = alt(Object.keys(v.scales ?? {}).filter((k) => v.scales![k] >= 1e4));
  const chain = `(?:\\s?(?:${big})\\s?(?:\\d{1,3},\\d{3}|\\d{1,4})(?![\\d,.]))`;
  // "3000人から5000人", "3000명~5000명", "3000명 내지 5000명", "10から15%": a range whose first end has
  // the counter or unit of the second (the same, `u1`) or none, joined by a tilde or the locale's
  // `from` word, not before its `change` ("1.2兆円から1.9兆円に膨らんだ"). Not after "、", which lists,
  // nor Chinese "至", as often "to" after a change ("增加6人至122人": by six to 122).
  const fw = own?.from;
  const ends = `%|${own?.percent ?? NEVER}|${currencies}|${units}|${spans}|${counters}`;
  const joins = fw ? `[~～〜]|${fw.word}` : "[~～〜]";
  const notChange = fw?.change ? `(?![^。、,]{0,12}?(?:${fw.change}))` : "";
  const from = own
    ? `|(?:\\s?(?<s1b>${scales}))?(?<u1>${ends})?\\s?(?<fj>${joins})\\s*(?<n3>${NUM}${chain}{0,2})` +
      `${notChange}(?=(?:\\s?(?:${scales}))?\\s?\\k<u1>)`
    : "";
  const kilo = own?.kilo;
  const kiloSpeed = kilo ? new RegExp(`(?:${kilo.speed})\\s?$`) : null;
  const kiloLength = kilo ? new RegExp(kilo.length) : null;
  const kiloWeight = kilo ? new RegExp(kilo.weight) : null;
  const kiloOf = (ctx: ParsingContext, start: number, end: number): string | undefined => {
    if (!kilo) return undefined;
    if (kiloSpeed!.test(ctx.before(start, 4))) return "km/h";
    const sentence = `${ctx.before(start, 30).split(/[。！？\n]/).pop()}${ctx.after(end, 30).split(/[。！？\n]/)[0]}`;
    const length = kiloLength!.test(sentence), weight = kiloWeight!.test(sentence);
    return length === weight ? undefined : length ? "km" : "kg";
  };
  const fromBefore = fw?.before ? new RegExp(`(?:${fw.before})\\s?$`) : null;
  const source =
    `(?<sign>US\\$|[$€£¥₩₽])?\\s?(?<n1>${NUM}${chain}{0,2})` +
    // "2000億〜3000億円", "20亿至30亿元": a range whose first end has its own scale
    `(?:(?:\\s?(?<s1>${scales}))?\\s*(?:[-~～〜、]|${own?.range ?? NEVER})\\s*(?<n2>${NUM}${chain}{0,2})${from})?` +
    `(?:\\s?(?<scale>${scales}))?(?<glue>${glue})?\\s?` +
    `(?:(?<pct>%|${own?.percent ?? NEVER})|${subunits}(?<cur>${currencies})|(?<unit>${units})(?![A-Za-z])|(?<span>${spans})|(?<cnt>${counters})|(?<times>${own?.times ?? NEVER}))?` +
    (after ? `(?<after>\\s?(?:${after}))?` : "");
  // the same figure read with no "from" join: its first end alone
  const alone = fromBefore && from ? new RegExp(source.replace(from, ""), "iy") : null;
  const firstEnd = (ctx: ParsingContext, m: RegExpExecArray): ParsedFigure | null => {
    if (!alone) return null;
    alone.lastIndex = m.index;
    const m1 = alone.exec(ctx.text);
    const f = m1 ? parser.extract(ctx, m1) : null;
    return Array.isArray(f) ? null : f;
  };
  const parser: Parser = {
    name: `${v.code}-figure`,
    anchor: "number",
    pattern: () => new RegExp(source, "iy"),
    extract(ctx, m): ParsedFigure | null {
      const g = m.groups ?? {};
      const scale = g.scale ? lookup(v.scales!, g.scale) ?? 1 : 1;
      // the first end of a range with a scale of its own ("2000億〜3000億円") is read at it
      const s1 = g.s1 ?? g.s1b;
      // "增加6人到122人": no range by the locale's word without its "from" before ("从3000人到5000人"; a tilde
      // joins alone): the first end alone
      if (g.n3 && fromBefore && !/^[~～〜]$/.test(g.fj) && !fromBefore.test(ctx.before(m.index, 4))) return firstEnd(ctx, m);
      const n2 = g.n2 ?? g.n3;
      const a = chained(g.n1, v, s1 ? lookup(v.scales!, s1) ?? 1 : scale);
      if (a === null) return null;
      const b = n2 ? chained(n2, v, scale) : null;
      if (n2 && b === null) return null;
      if (b !== null && b < a) return null;
      const words = !/\d/.test(g.n1);
      const isChain = /\d\s?[^\d\s.,]+\s?\d/.test(g.n1);
      let qualifier = qualifierAround(ctx, m.index, v, lower, g.glue, g.after);
      // "6.8m까지 올라갔다": the level a change reaches, no "up to"
      if (qualifier === "upper" && g.after && level?.test(ctx.after(m.index + m[0].length, 8))) qualifier = null;
      const pair = (f: number) => ({ low: a * f, high: (b ?? a) * f, qualifier });
      // the figure ends at its unit or counter; a trailing qualifier word stays outside the span
      const end = m[0].length - (g.after?.length ?? 0);
      const span: [number, number] = [0, end];
      if (g.sign) {
        const code = CURRENCY_SIGNS[g.sign === "US$" ? "US\\$" : g.sign];
        const n1End = m[0].indexOf(g.n1) + g.n1.length;
        const signEnd = g.scale ? m[0].indexOf(g.scale, n1End) + g.scale.length : n1End;
        return code ? { kind: "money", unit: code, ...pair(1), span: [0, signEnd], priority: 40 } : null;
      }
      if (g.pct) return { kind: "percent", unit: "%", ...pair(1), span, priority: 40 };
      // "3倍", "3배로", "两倍": a multiplier
      // "增长了两倍": grown by two times, three times the start (the locale's `timesBy` before it)
      if (g.times) {
        if (scale !== 1 || b !== null) return null;
        const f = timesBy?.test(ctx.before(m.index, 8)) ? a + 1 : a;
        return { kind: "ratio", unit: "x", low: f, high: f, span, priority: 40 };
      }
      if (g.sub) {
        const code = lookup(v.subunits!, g.sub);
        return code ? { kind: "money", unit: code, ...hundredths(pair(1)), span, priority: 40 } : null;
      }
      if (g.cur) {
        const code = lookup(v.currencies!, g.cur);
        return code ? { kind: "money", unit: code, ...pair(1), span, priority: 40 } : null;
      }
      if (g.unit) {
        let alias = lookup(v.units, g.unit);
        // "全長2.4キロ", "重さ30キロ": km or kg by the words of the sentence; none when they say neither
        if (alias === "kilo") alias = kiloOf(ctx, m.index, m.index + end);
        // "秒速45メートル", "초속 40m", "每秒45米": a speed
        const speed = alias === "m" && !!speedBefore?.test(ctx.before(m.index, 4));
        const def = alias ? lookupUnit(speed ? "m/s" : alias) : undefined;
        if (!def) return null;
        return { kind: def.dimension === "count" ? "count" : "quantity", unit: def.unit, ...pair(def.dimension === "count" ? 1 : def.factor), span, priority: 40 };
      }
      if (g.span) {
        const days = lookup(v.spans, g.span);
        if (days === undefined || scale !== 1) return null;
        if (!words && a >= 1800 && a <= 2100 && days >= 365) return null; // "2014년" is a year
        if (words && days < 1 && g.span === "分") return null; // "十分" is "very"
        // "20多歲", "30多岁": people in their twenties, thirties (an age group, as "20대" is)
        if (days === 365.25 && /^(?:岁|歲)$/.test(g.span) && g.glue && a % 10 === 0 && b === null) return null;
        // "10시 22분", "9時30分": the minutes of a clock time
        if (days < 1 / 24 && /\d\s*[시時时点點]\s*$/.test(ctx.before(m.index, 8))) return null;
        return { kind: "duration", unit: "d", ...pair(days), span, priority: 35 };
      }
      if (g.cnt) {
        const noun = lookup(v.counters!, g.cnt) ?? g.cnt;
        // "20대", "40代": age groups, not twenty vehicles
        if (/^(?:대|代)$/.test(g.cnt) && !g.glue && !/\s/.test(m[0]) && a % 10 === 0 && a <= 90 && b === null) return null;
        // "一辆卡车": "a truck", an article before a thing, no count of one
        if (own?.article && g.n1 === own.article && b === null && scale === 1 && !g.glue && noun !== "person") return null;
        return { kind: "count", unit: noun, ...pair(1), span, priority: 30 };
      }
      if (scale !== 1 && !words) return { kind: "count", unit: null, ...pair(1), span: [0, m[0].indexOf(g.scale) + g.scale.length], priority: 5 };
      if (isChain && scale === 1 && !n2) return { kind: "count", unit: null, ...pair(1), span: [0, m[0].indexOf(g.n1) + g.n1.length], priority: 5 };
      return null;
    },
  };
  return parser;
}

/** The date nearest `ref` whose day of the month is `d` (this month, the one before or the one after). */
function nearestDay(ref: Date, d: number): DateInterval | null {
  let best: DateInterval | null = null;
  let bestGap = Infinity;
  for (const shift of [-1, 0, 1]) {
    const y = ref.getUTCFullYear();
    const mo = ref.getUTCMonth() + shift; // may be -1 or 12: Date.UTC rolls over
    const probe = new Date(Date.UTC(y, mo, 1));
    const iv = dayInterval(probe.getUTCFullYear(), probe.getUTCMonth() + 1, d);
    if (!iv) continue;
    const gap = Math.abs(Date.parse(`${iv.start}T00:00:00Z`) - ref.getTime());
    if (gap < bestGap) (best = iv), (bestGap = gap);
  }
  return best;
}

export function createCjkDateParsers(v: LocaleVocab): Parser[] {
  const c = v.cjk;
  if (!c) return [];
  const Y = `(?:${c.year})`;
  const M = `(?:${c.month})`;
  const D = `(?:${c.day})(?!${c.notDay})`;
  const part = `(?:(?<y>\\d{4})\\s*${Y}\\s*)?(?:(?<mo>\\d{1,2})\\s*${M}\\s*)?(?:${c.notDayBefore ? `(?<!(?:${c.notDayBefore})\\s*)` : ""}(?<d>\\d{1,2})\\s*${D})?`;
  const rel = v.years ? alt(Object.keys(v.years)) : null;
  // "以来" after a day (since it), and the words that make a weekday the next one: built once per locale
  const since = c.since ? new RegExp(`^\\s*(?:${c.since})`) : null;
  const future = c.future !== undefined ? new RegExp(c.future) : null;
  const dateOf = (ctx: ParsingContext, g: Record<string, string | undefined>, yOff: number | null): DateInterval | null | "unresolved" => {
    if (!g.y && !g.mo && !g.d) return null;
    const ref = ctx.reference;
    if (g.y && !g.mo && g.d) return null; // "2022년 29일" is no date
    let y = g.y ? Number(g.y) : null;
    if (yOff !== null) {
      if (!ref) return "unresolved";
      y = ref.getUTCFullYear() + yOff;
    }
    if (g.mo) {
      const mo = Number(g.mo);
      if (mo < 1 || mo > 12) return null;
      if (y === null) {
        if (!ref) return "unresolved";
        y = nearestYearForMonth(ref, mo);
      }
      return g.d ? dayInterval(y, mo, Number(g.d)) : monthInterval(y, mo);
    }
    if (g.d) {
      if (!ref) return "unresolved";
      return nearestDay(ref, Number(g.d));
    }
    return y !== null && y >= 1800 && y <= 2100 ? yearInterval(y) : null;
  };
  return [
    {
      // "2022년 10월 29일", "7月17日", "15일", "2014年", "10月30日至11月5日", "작년 10월", "去年10月"
      name: `${v.code}-date`,
      pattern: () => new RegExp(`(?<![\\d.,:/-])(?:(?<rel>${rel ?? "(?!)"})\\s*)?${part}(?:\\s*(?:${c.through ? `${c.through}|` : ""}~|～|〜|-|–)\\s*(?:(?<mo2>\\d{1,2})\\s*${M}\\s*)?(?<d2>\\d{1,2})\\s*${D})?`, "g"),
      extract(ctx, m): ParsedFigure | null {
        const g = m.groups!;
        if (!m[0].trim() || (!g.y && !g.mo && !g.d)) return null;
        const yOff = g.rel ? lookup(v.years!, g.rel) ?? null : null;
        if (g.rel && !g.mo) return null; // "작년" alone: the relative-year parser reads it
        const first = dateOf(ctx, g, yOff);
        if (first === "unresolved") return unresolved(50);
        if (!first) return null;
        let date = first;
        // "自8月3日以来", "8月3日以来": a month or day since which something holds, so not after the report
        if (!g.y && !g.rel && g.mo && since && ctx.reference && first.start > isoDay(ctx.reference) && since.test(ctx.after(m.index + m[0].length, 4))) {
          const back = dateOf(ctx, { ...g, y: String(Number(first.start.slice(0, 4)) - 1) }, null);
          if (back && back !== "unresolved") date = back;
        }
        if (g.d2) {
          const [yy, mm] = first.start.split("-").map(Number);
          const last = dayInterval(yy, g.mo2 ? Number(g.mo2) : mm, Number(g.d2));
          if (last && last.end >= first.start) date = { start: first.start, end: last.end };
        }
        const start = g.rel ? 0 : m[0].search(/\d/);
        return { kind: "date", date, span: [Math.max(0, start), m[0].trimEnd().length], priority: 50 };
      },
    },
    {
      // "2027年末", "2027年底", "2027년 말": a year's end
      name: `${v.code}-date-year-end`,
      pattern: () => new RegExp(`(?<![\\d.,:/-])(?<y>\\d{4})\\s*${Y}\\s*(?:${c.end})${c.notEnd ? `(?!${c.notEnd})` : ""}`, "g"),
      extract(_ctx, m): ParsedFigure | null {
        const y = Number(m.groups!.y);
        return y >= 1800 && y <= 2100 ? { kind: "date", date: yearPart(y, "end"), priority: 52 } : null;
      },
    },
    {
      // "火曜日", "화요일", "周二": the latest such day up to the report's, or the next when the
      // sentence around it looks ahead ("予定", "예정", "将")
      name: `${v.code}-date-weekday`,
      pattern: () => new RegExp(`(?:${alt(Object.keys(v.weekdays))})`, "g"),
      extract(ctx, m): ParsedFigure | null {
        const wd = lookup(v.weekdays, m[0]);
        if (wd === undefined) return null;
        if (!ctx.reference) return unresolved(25);
        const before = ctx.before(m.index, 12).split(/[。！？!?\n]/).pop();
        const around = `${before}\u0000${ctx.after(m.index + m[0].length, 40).split(/[。！？!?\n]/)[0]}`;
        const next = ctx.reference.getUTCDay() !== wd && !!future?.test(around);
        const d = isoDay(weekdayNear(ctx.reference, wd, next ? "next" : "past"));
        return { kind: "date", date: { start: d, end: d }, flags: ["weekday"], priority: 25 };
      },
    },
    ...(v.days
      ? [
          {
            name: `${v.code}-date-relative-day`,
            pattern: () => new RegExp(`(?:${alt(Object.keys(v.days!))})`, "g"),
            extract(ctx: ParsingContext, m: RegExpExecArray): ParsedFigure | null {
              const off = lookup(v.days!, m[0]);
              if (off === undefined) return null;
              if (!ctx.reference) return unresolved(25);
              const d = isoDay(addDays(ctx.reference, off));
              return { kind: "date", date: { start: d, end: d }, priority: 25 };
            },
          } satisfies Parser,
        ]
      : []),
    ...(rel
      ? [
          {
            // "올해 말", "작년": a year relative to the report's; "말" = its end
            name: `${v.code}-date-relative-year`,
            pattern: () => new RegExp(`(?<rel>${rel})(?!\\s*\\d)(?:\\s*(?<end>${c.end}))?`, "g"),
            extract(ctx: ParsingContext, m: RegExpExecArray): ParsedFigure | null {
              const off = lookup(v.years!, m.groups!.rel);
              if (off === undefined) return null;
              if (!ctx.reference) return unresolved(20);
              const y = ctx.reference.getUTCFullYear() + off;
              return { kind: "date", date: m.groups!.end ? yearPart(y, "end") : yearInterval(y), priority: 20 };
            },
          } satisfies Parser,
        ]
      : []),
    {
      // "3년 전", "三年前", "2か月前": the day that many spans before the report
      name: `${v.code}-date-ago`,
      pattern: () => new RegExp(`(?<n>${cjkNumber(v)})\\s*(?<span>${Object.keys(c.ago.spans).join("|")})\\s*(?:${c.ago.word})(?![线線])`, "g"),
      extract(ctx, m): ParsedFigure | null {
        const n = parseNumeral(m.groups!.n, v);
        const days = c.ago.spans[m.groups!.span] ?? 1;
        if (n === null || n > 200) return null;
        if (!ctx.reference) return unresolved(55);
        return { kind: "date", date: agoDay(ctx.reference, n, days), priority: 55 };
      },
    },
    ...(c.fraction
      ? [
          {
            // "3분의 2", "三分之二": a share as a percent
            name: `${v.code}-fraction`,
            pattern: () => new RegExp(`(?<a>\\d{1,2}|[${CJK_NUMERAL_CHARS}])\\s*(?:${c.fraction})\\s*(?<b>\\d{1,2}|[${CJK_NUMERAL_CHARS}])`, "g"),
            extract(_ctx: ParsingContext, m: RegExpExecArray): ParsedFigure | null {
              const a = parseDigitsOrCjk(m.groups!.a, v);
              const b = parseDigitsOrCjk(m.groups!.b, v);
              if (!a || b === null || b > a) return null;
              const pct = Math.round((b / a) * 1000) / 10;
              return { kind: "percent", unit: "%", low: pct, high: pct, priority: 45 };
            },
          } satisfies Parser,
        ]
      : []),
  ];
}
