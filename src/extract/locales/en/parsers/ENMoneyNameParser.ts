/** Money written with a currency name or code after it: "1.4 billion dollars", "5 billion roubles", "55.1bn won", "100 million USD". */
import type { Parser } from "../../../common/engine.js";
import { currencyCode, MINOR_UNITS } from "../../../../normalize/currency.js";
import { lookupUnit } from "../../../../normalize/units.js";
import { CURRENCY_SUFFIX_PATTERN, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

/** A currency's mark in running text: the euro's, the dollar's. */
const CURRENCY_MARK = /€|\beuros?\b|\bEUR\b|\$|\bdollars?\b|\bUSD\b/gi;

/** The currency whose mark stands nearest the cents, within their sentence (`before` ends and `after` starts at them), or null. */
function centsCurrency(before: string, after: string): string | null {
  const b = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  // the sentence's end, if any: at 0 (the cents end it) nothing after them is of their sentence
  const end = after.search(/\.(?:\s|$)|\n/);
  const a = after.slice(0, end < 0 ? after.length : end);
  let best: { d: number; mark: string } | null = null;
  for (const x of b.matchAll(CURRENCY_MARK)) best = !best || b.length - x.index < best.d ? { d: b.length - x.index, mark: x[0] } : best;
  for (const x of a.matchAll(CURRENCY_MARK)) if (!best || x.index < best.d) best = { d: x.index, mark: x[0] };
  if (!best) return null;
  return /^(?:€|euros?|EUR)$/i.test(best.mark) ? "EUR" : "USD";
}

export const ENMoneyNameParser: Parser = {
  name: "en-money",
  anchor: "number",
  pattern: () => new RegExp(`(${NUMBER_BODY_PATTERN})\\s*(${CURRENCY_SUFFIX_PATTERN})(?![${L}\\d])`, "iy"),
  extract(ctx, m) {
    const raw = parseNumber(m[1]);
    const name = m[2];
    if (!raw) return null;
    // an ISO code must be written in capitals ("won" is a currency name, "USD" a code)
    // (three-letter names "won", "yen" are read in any case)
    const code = /^[A-Z]{3}$/i.test(name) && !/^(?:won|yen)$/i.test(name) ? (name === name.toUpperCase() ? currencyCode(name) : undefined) : currencyCode(name);
    if (!code) return null;
    const lower = name.toLowerCase();
    if (lower === "won" && raw.scale === 1 && raw.value < 1000) return null; // "won" is also a verb
    // "5,000 pounds" without a scale word is a weight in most English news; "5 million pounds" is money
    if (/^pounds?$/.test(lower) && raw.scale < 1e6) {
      const lb = lookupUnit("lb")!;
      const v = valueOf(raw) * lb.factor;
      return { kind: "quantity", low: v, high: v, unit: lb.unit, raw: { ...raw, factor: lb.factor }, priority: 40 };
    }
    if (MINOR_UNITS.has(lower)) {
      const r = { ...raw, factor: 0.01 };
      const v = Math.round(valueOf(r) * 1e8) / 1e8; // 70 × 0.01 is 0.7000000000000001
      // cents are the hundredth of the currency the sentence speaks of ("70 cents above the €15.20 offer")
      const cur = lower.startsWith("cent") ? (centsCurrency(ctx.before(m.index, 160), ctx.after(m.index + m[0].length, 120)) ?? code) : code;
      return { kind: "money", low: v, high: v, unit: cur, raw: r, priority: 50, flags: lower.startsWith("cent") ? ["implied-currency"] : [] };
    }
    const v = valueOf(raw);
    return { kind: "money", low: v, high: v, unit: code, raw, priority: 50 };
  },
};
