/** Percentages: "12.1%", "40 per cent", "3 percentage points", "50 basis points". */
import type { Parser } from "../../../common/engine.js";
import { NUMBER_BODY_PATTERN, parseNumber, valueOf } from "../constants.js";

export const ENPercentParser: Parser = {
  name: "en-percent",
  anchor: "number",
  pattern: () =>
    // hyphenated as a modifier too: "a 3.5-percentage-point drop", "a 25-basis-point cut", "a 10-per-cent stake"
    new RegExp(`(${NUMBER_BODY_PATTERN})(?:\\s*|-)(%|per[\\s-]?cent\\b|percent\\b|pct\\b|percentage[\\s-]+points?\\b|pc\\b|basis[\\s-]+points?\\b|bps?\\b)`, "iy"),
  extract(_ctx, m) {
    const raw = parseNumber(m[1]);
    if (!raw) return null;
    if (/^bp$/i.test(m[2]) && m[2] !== "bp") return null; // "BP" is an oil company
    const bp = /^(?:basis|bps?$)/i.test(m[2]);
    const v = valueOf(raw) / (bp ? 100 : 1);
    return { kind: "percent", low: v, high: v, unit: "%", raw: { ...raw, factor: bp ? 0.01 : 1 }, priority: 45 };
  },
};

/** Central-bank steps: "a quarter-point cut", "a half-percentage-point rise" (0.25 and 0.5 of a percentage point). */
export const ENFractionPointParser: Parser = {
  name: "en-percent-fraction-point",
  // hyphenated, or with "percentage": "the half point of the match" is no rate step
  pattern: () => /(?<![A-Za-z\d-])(quarter|half)(?:-|[\s-]+percentage[\s-]+)points?(?![A-Za-z\d])/gi,
  extract(_ctx, m) {
    const v = m[1].toLowerCase() === "quarter" ? 0.25 : 0.5;
    return { kind: "percent", low: v, high: v, unit: "%", priority: 45 };
  },
};
