/**
 * Amounts in two currencies are compared "at the rate of the report's date, or at the rate the
 * report gives" (../shared/corpus/README.md "When figures agree"). dossier has no table of past
 * rates, so it takes the rate a report gives: a rate it states ("$1.10 per euro", "93 roubles to
 * the dollar") or, failing that, one its own conversions imply ("€72.1 billion ($79.3 billion)").
 * Each of the report's amounts in the one currency is then also read in the other (verdict.ts
 * compares it there with other reports' figures); a report that gives no rate compares nothing
 * across currencies, as before.
 * @module
 */
import { currencyCode } from "../normalize/index.js";
import type { Mention } from "../types.js";
import { spanFrom, type Span } from "./interval.js";
import { localeFor } from "./locale.js";

/** Per currency of a report: the rate to another currency (units of `to` for one unit of the currency). */
export type Rates = Map<string, { to: string; rate: number }>;

const valueOf = (m: Mention) => m.high ?? m.low ?? null;

/**
 * The rates one report gives. `ms`: its money figures by start; `converts(k)`: figure k restates
 * figure k - 1 (a bracketed conversion). A stated rate wins over one a conversion implies.
 */
export function ratesOf(text: string, ms: readonly Mention[], converts: (k: number) => boolean, language: string | null | undefined): Rates {
  const rates: Rates = new Map();
  const cue = localeFor(language).rate;
  const put = (from: string, to: string, rate: number, stated: boolean) => {
    if (from === to || !(rate > 0) || !Number.isFinite(rate)) return;
    for (const [a, b, r] of [[from, to, rate], [to, from, 1 / rate]] as const) if (stated || !rates.has(a)) rates.set(a, { to: b, rate: r });
  };
  const stated: Array<[string, string, number]> = [];
  ms.forEach((m, k) => {
    const v = valueOf(m), unit = String(m.unit ?? "").toUpperCase();
    if (v == null || !unit) return;
    if (k > 0 && converts(k)) {
      const p = ms[k - 1], pv = valueOf(p), pu = String(p.unit ?? "").toUpperCase();
      if (pv && pu && !p.qualifier && !m.qualifier) put(pu, unit, v / pv, false);
    }
    // "$1.10 per euro": an amount of one currency for one unit of another
    const other = perCurrency(text, m, cue);
    if (other && other !== unit) stated.push([other, unit, v]);
  });
  for (const [from, to, rate] of stated) put(from, to, rate, true);
  return rates;
}

/** The currency (its code) one unit of which the amount right before the locale's `rate` words is given for ("$1.10 per euro"), or undefined. */
function perCurrency(text: string, m: Mention, cue: RegExp | undefined): string | undefined {
  const per = cue?.exec(text.slice(m.end, m.end + 40));
  return per ? (currencyCode(per[1]) ?? currencyCode(per[1].replace(/s$/, ""))) : undefined;
}

/**
 * A money figure that is an exchange rate: an amount for one unit of another currency ("$1.10 per
 * euro", "93 roubles to the dollar"), read by the words of its report's language (the locale's
 * `rate`). It is a price of a currency, no rival of any sum.
 */
export function isRate(text: string, m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "money" || !m.unit) return false;
  const other = perCurrency(text, m, localeFor(language).rate);
  return !!other && other !== String(m.unit).toUpperCase();
}

/** A money figure's span in the other currency of its report's rate, or undefined. */
export function atRate(m: Mention, span: Span | null, rates: Rates): Span | undefined {
  if (m.kind !== "money" || !span || !rates.size) return undefined;
  const r = rates.get(span.scale);
  if (!r) return undefined;
  return spanFrom(span.low * r.rate, span.high * r.rate, false, r.to);
}
