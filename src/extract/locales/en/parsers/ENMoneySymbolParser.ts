/** Money written with a symbol or code first: "$100million", "£73.7m", "US$3.4 billion", "€1.2bn", "USD 5 million". */
import type { Parser } from "../../../common/engine.js";
import { currencyCode } from "../../../../normalize/currency.js";
import { CURRENCY_PREFIX_PATTERN, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

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
