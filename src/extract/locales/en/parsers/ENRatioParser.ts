/** Multipliers: "ninefold", "9-fold", "three times as many", "tripled". */
import type { Parser } from "../../../common/engine.js";
import { DIGITS_PATTERN, INTEGER_WORD_DICTIONARY, NUMBER_BODY_PATTERN, parseNumber, valueOf, L } from "../constants.js";

const WORDS = Object.keys(INTEGER_WORD_DICTIONARY).join("|");
const VERBS: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
/** What follows "three times" in a multiplier: a comparative, or the thing multiplied ("the", "its", "Lissan's estimate", "last year's"). */
const COMPARATIVE = "as|more|less|larger|bigger|higher|greater|smaller|lower|faster|slower|longer|shorter|heavier|the|that|what|above|over|its|their|his|her|our|(?:this|last|next)\\s+[a-z]+['’]s|[a-z][a-z.-]*['’]s";

export const ENRatioParser: Parser = {
  name: "en-ratio",
  anchor: "number",
  pattern: () =>
    new RegExp(
      `(?:(${DIGITS_PATTERN})[\\s-]?fold|((?:${WORDS}|hundred|thousand)(?:-(?:${WORDS}))?)-?fold|(${NUMBER_BODY_PATTERN})\\s+times(?=\\s+(?:${COMPARATIVE})\\b)|(doubled|tripled|trebled|quadrupled)|(twice)(?=\\s+(?:as|the|that|more|what|its|their|his|her)\\b)|(double|triple|quadruple)(?=\\s+(?:the|that|what|its|their)\\b))(?![${L}\\d])`,
      "iy",
    ),
  extract(_ctx, m) {
    let v: number | null = null;
    if (m[1]) v = Number(m[1].replace(/,/g, ""));
    else if (m[2]) v = m[2].toLowerCase() === "hundred" ? 100 : m[2].toLowerCase() === "thousand" ? 1000 : parseNumber(m[2].replace(/-/g, " "))?.value ?? null;
    else if (m[3]) {
      const raw = parseNumber(m[3]);
      v = raw ? valueOf(raw) : null;
    } else if (m[4]) v = VERBS[m[4].toLowerCase()];
    else if (m[5]) v = 2;
    else if (m[6]) v = { double: 2, triple: 3, quadruple: 4 }[m[6].toLowerCase()] ?? null;
    if (v === null || !Number.isFinite(v)) return null;
    return { kind: "ratio", low: v, high: v, unit: "x", priority: 35 };
  },
};
