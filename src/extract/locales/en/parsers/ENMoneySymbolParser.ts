/** Money written with a symbol or code first: "$100million", "£73.7m", "US$3.4 billion", "€1.2bn", "USD 5 million". */
import type { Parser, ParsingContext } from "../../../common/engine.js";
import { currencyCode } from "../../../../normalize/currency.js";
import { CURRENCY_PREFIX_PATTERN, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

/** A report that defines its own "$" as another currency: "$1 = US$0.76", "US$1 = $1.35", "$1 = 0.64 US dollars". */
const LOCAL_DOLLAR = /(?<![A-Za-z$])\$\s?1(?:\.00?)?\s?=\s?(?:(?:US\$|USD|U\.S\.\s?\$)\s?\d|\d[\d.,]*\s+(?:US|U\.S\.)\s+dollars?)|(?:US\$|USD\s?)1(?:\.00?)?\s?=\s?\$\s?\d/;
const localDollar = new WeakMap<ParsingContext, boolean>();
/** Whether the text's bare "$" is not the US dollar (read once per text). */
function dollarIsLocal(ctx: ParsingContext): boolean {
  let v = localDollar.get(ctx);
  if (v === undefined) localDollar.set(ctx, (v = LOCAL_DOLLAR.test(ctx.text)));
  return v;
}

export const ENMoneySymbolParser: Parser = {
  name: "en-money",
  pattern: () => new RegExp(`(?<![${L}\\d$])(${CURRENCY_PREFIX_PATTERN})\\s?(${NUMBER_BODY_PATTERN})(?![\\d]|[.,]\\d)`, "g"),
  extract(ctx, m) {
    const code = currencyCode(m[1]);
    const raw = parseNumber(m[2]);
    if (!code || !raw || raw.words) return null;
    // a letter prefix ("W", "RM", "Dh") is money only for sums ("W1.3 trillion"), not model names ("W3")
    if (/^[A-Za-z]+$/.test(m[1]) && !/^[A-Z]{3}$/.test(m[1]) && raw.scale === 1 && raw.value < 1000) return null;
    // a code glued to a small number is a name: "COP28", "CAD3" (a sum is spaced or scaled: "USD 25", "EUR5m")
    if (/^[A-Z]{3}$/.test(m[1]) && !/\s/.test(m[0].slice(3, 4)) && raw.scale === 1 && raw.value < 1000) return null;
    // the report's own "$" is another currency: its bare "$" figures are not scored (corpus rule), and would mislead as USD
    if (m[1] === "$" && dollarIsLocal(ctx)) return null;
    const v = valueOf(raw);
    // "¥" alone is the yen, unless the text around speaks of China and not of Japan
    if (m[1] === "¥") {
      const around = ctx.before(m.index, 200) + " " + ctx.after(m.index, 200);
      if (/\b(?:yuan|renminbi|RMB|Chin(?:a|ese)|Beijing|Shanghai)\b/.test(around) && !/\b(?:yen|Japan(?:ese)?|Tokyo)\b/.test(around)) {
        return { kind: "money", low: v, high: v, unit: "CNY", raw, priority: 50, flags: ["implied-currency"] };
      }
    }
    return { kind: "money", low: v, high: v, unit: code, raw, priority: 50, flags: m[1] === "$" || m[1] === "¥" ? ["implied-currency"] : [] };
  },
};
