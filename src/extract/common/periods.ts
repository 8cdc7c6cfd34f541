/**
 * Parts of a year named by their order in alphabetic locales, as English's year-part parser reads
 * "the third quarter", "the first half", "the first nine months": "im dritten Quartal", "au premier
 * semestre", "los primeros nueve meses", "в третьем квартале 2025 года"; and a part of a year said
 * in words ("Ende des Jahres", "fin d'année", "a finales de año", "в конце года"). Reconcile keeps
 * one period's amount apart from another's (period.ts), so an unread period makes two periods'
 * amounts rivals. With no year stated the part is the latest begun by the report's date, or, in a
 * clause that looks ahead (the locale's `future`, before or just after it), the next not yet over
 * (flag "implied-year").
 * @module
 */
import type { DateInterval } from "../../types.js";
import { unresolved, type Parser, type ParsingContext } from "./engine.js";
import { impliedYear, monthsInterval, yearPart } from "../../normalize/dates.js";
import { ALPHA, wordBefore } from "./numerals.js";
import { alt, lookup, type LocaleVocab } from "./vocab.js";

const B = `(?<![${ALPHA}\\d])`;
const E = `(?![${ALPHA}\\d])`;

/** The first and last month of a part of the year, from the parsed groups; null if none fits. */
function partMonths(v: LocaleVocab, checks: OfChecks, g: Record<string, string | undefined>): [number, number] | null {
  const p = v.periods!;
  // "le dernier trimestre", "la última mitad": the year's last
  const last = (w: string) => checks.last?.test(w) === true;
  if (g.qo) {
    const q = last(g.qo) ? 4 : lookup(p.ordinals, g.qo);
    return q && q <= 4 ? [3 * q - 2, 3 * q] : null;
  }
  if (g.ho) {
    const h = last(g.ho) ? 2 : lookup(p.ordinals, g.ho);
    return h === 1 ? [1, 6] : h === 2 ? [7, 12] : null;
  }
  const n = /^\d+$/.test(g.n ?? "") ? Number(g.n) : lookup(v.numbers ?? {}, g.n ?? "");
  return n && n >= 2 && n <= 11 ? [1, n] : null;
}

/**
 * The year of a part with none stated: the year given after it, a year relative to the report's
 * ("прошлого года"), or the latest such part begun by the report's date (the next one not yet over
 * when the clause looks ahead).
 */
function yearOf(v: LocaleVocab, ctx: ParsingContext, g: Record<string, string | undefined>, months: [number, number], [start, end]: [number, number], ahead: Ahead): { year: number; implied: boolean } | null {
  if (g.y) return { year: Number(g.y), implied: false };
  const ref = ctx.reference;
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  if (g.rel) return { year: y + (lookup(v.years!, g.rel) ?? 0), implied: false };
  return { year: impliedYear(ref, months, ahead(v, ctx, start) || aheadAfter(v, ctx, end)), implied: true };
}

/**
 * The latest quarter or half over by the report's date: "les ventes ont chuté au dernier
 * trimestre", "im letzten Quartal" with no year, none of the year's ("de l'année") and no look
 * ahead is the latest, not the year's fourth (a clause that looks ahead, "débuteront au cours du
 * dernier trimestre", keeps the year's fourth, the next not yet over).
 */
function latestOver(ref: Date, size: 3 | 6): [number, number, number] {
  const y = ref.getUTCFullYear();
  const part = Math.floor(ref.getUTCMonth() / size);
  return part === 0 ? [y - 1, 13 - size, 12] : [y, (part - 1) * size + 1, part * size];
}

export type Ahead = (v: LocaleVocab, ctx: ParsingContext, start: number) => boolean;

const afterCache = new WeakMap<LocaleVocab, RegExp | null>();

/**
 * Whether the locale's future words follow the part in its clause, within 40 characters ("Ende des
 * Jahres soll …", "A finales de año la planta volverá …"), as English's tense reads "In August,
 * the plant will reopen".
 */
export function aheadAfter(v: LocaleVocab, ctx: ParsingContext, end: number): boolean {
  let re = afterCache.get(v);
  if (re === undefined) {
    re = v.future ? new RegExp(`^[^.!?;:\\n]{0,40}?(?<![${ALPHA}])(?:${v.future})(?![${ALPHA}])`, "iu") : null;
    afterCache.set(v, re);
  }
  return re?.test(ctx.after(end, 60)) === true;
}

/**
 * The locale's checks of a part of something else ("de la guerre") after a part, of the year's
 * ("de l'année") after one, of a noun's attribute ("fêtes de") before one, and of its "last".
 */
interface OfChecks {
  of: RegExp | null;
  ofYear: RegExp | null;
  attribute: RegExp | null;
  last: RegExp | null;
}

function ofChecks(p: NonNullable<LocaleVocab["periods"]>): OfChecks {
  return {
    of: p.of
      ? new RegExp(`^\\s{1,3}(?:${p.of.link})(?:(?<=['’])|\\s+)(?!(?:${p.of.year})(?![${ALPHA}]))`, "iu")
      : p.whole
        ? new RegExp(`^\\s{1,3}(?:${p.whole})(?![${ALPHA}])`, "iu")
        : null,
    ofYear: p.of ? new RegExp(`^\\s{1,3}(?:${p.of.link})(?:(?<=['’])|\\s+)(?:${p.of.year})(?![${ALPHA}])`, "iu") : null,
    attribute: p.attribute ? wordBefore(p.attribute, "\\s{1,3}") : null,
    last: p.last ? new RegExp(`^(?:${p.last})$`, "iu") : null,
  };
}

/** The locale's parsers of a year's parts by order and of a year's part said in words; none without its `periods`. */
export function createPeriodParsers(v: LocaleVocab, YEAR: string, gap: string, ahead: Ahead): Parser[] {
  const p = v.periods;
  if (!p) return [];
  // built once with the parsers, as their patterns are
  const checks = ofChecks(p);
  const ords = alt([...Object.keys(p.ordinals), ...(p.last ? [p.last] : [])]);
  const nums = `\\d{1,2}|${alt(Object.keys(v.numbers ?? {}))}`;
  const link = p.yearLink ? `(?:(?:${p.yearLink})\\s+)?` : "";
  // the year's link before a relative year too ("الربع الأول من العام الجاري")
  const rel = v.years ? `|${gap}${link}(?<rel>${alt(Object.keys(v.years))})${E}` : "";
  const year = `(?:,?${gap}${link}${YEAR}${rel})`;
  const first = `(?:${p.first})\\s+(?<n>${nums})|(?<n2>${nums})\\s+(?:${p.first})`;
  // the ordinal before its noun ("dritten Quartal"), or after it in the locales that put it there ("الربع الأول")
  const ordered = (ord: string, noun: string) => (p.ordinalsAfter ? `(?:${noun})\\s{1,3}${ord}` : `${ord}\\s{1,3}(?:${noun})`);
  const parsers: Parser[] = [
    {
      // "dritten Quartal", "premier semestre", "primeros nueve meses", "nove mesi" never alone
      name: `${v.code}-date-year-order`,
      pattern: () =>
        new RegExp(`${B}(?:${ordered(`(?<qo>${ords})`, p.quarter)}|${ordered(`(?<ho>${ords})`, p.half)}|${ordered(`(?:${first})`, p.months)})${E}${year}?`, "gi"),
      extract(ctx, m) {
        const g = { ...m.groups! };
        g.n ??= g.n2;
        const months = partMonths(v, checks, g);
        if (!months) return null;
        // "les trois premiers mois de la guerre": a part of something else, no date; its first N
        // months are N months' duration, as English reads "the first three months of the war"
        if (!g.y && !g.rel && checks.of?.test(ctx.after(m.index + m[0].length, 60))) {
          if (g.qo || g.ho) return null;
          const days = months[1] * 30.44;
          return { kind: "duration", unit: "d", low: days, high: days, priority: 26 };
        }
        const last = (g.qo ?? g.ho) !== undefined && checks.last?.test(g.qo ?? g.ho ?? "") === true;
        const end = m.index + m[0].length;
        if (last && !g.y && !g.rel && ctx.reference && !checks.ofYear?.test(ctx.after(end, 60)) && !ahead(v, ctx, m.index) && !aheadAfter(v, ctx, end)) {
          const [ly, from, to] = latestOver(ctx.reference, g.qo ? 3 : 6);
          return { kind: "date", date: monthsInterval(ly, from, to), flags: ["implied-year"], priority: 26 };
        }
        const y = yearOf(v, ctx, g, months, [m.index, end], ahead);
        if (!y) return unresolved(26);
        const date: DateInterval = monthsInterval(y.year, months[0], months[1]);
        return { kind: "date", date, flags: y.implied ? ["implied-year"] : [], priority: 26 };
      },
    },
  ];
  if (v.yearParts && p.yearNoun) {
    const parts = alt(Object.keys(v.yearParts));
    const glued = p.glued ? alt(Object.keys(p.glued)) : null;
    parsers.push({
      // "Ende des Jahres", "fin d'année", "a finales de año", "в конце года", "Jahresende"
      name: `${v.code}-date-year-part-words`,
      pattern: () => new RegExp(`${B}(?:(?<part>${parts})(?:${rel ? rel.slice(1) : "(?!)"}|(?:${p.yearNoun})${E}(?:\\s{1,3}${YEAR})?)${glued ? `|(?<glued>${glued})${E}` : ""})`, "gi"),
      extract(ctx, m) {
        const g = m.groups!;
        const part = g.glued ? lookup(p.glued!, g.glued) : lookup(v.yearParts!, g.part!);
        if (!part) return null;
        // "les fêtes de fin d'année": a noun's attribute, no date
        if (checks.attribute?.test(ctx.before(m.index, 20))) return null;
        const iv = yearPart(2000, part);
        const months: [number, number] = [Number(iv.start.slice(5, 7)), Number(iv.end.slice(5, 7))];
        const y = yearOf(v, ctx, g, months, [m.index, m.index + m[0].length], ahead);
        if (!y) return unresolved(26);
        return { kind: "date", date: yearPart(y.year, part), flags: y.implied ? ["implied-year"] : [], priority: 26 };
      },
    });
  }
  return parsers;
}
