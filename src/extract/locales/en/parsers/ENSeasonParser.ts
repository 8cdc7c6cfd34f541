/**
 * A season with no year after a preposition: "due in the spring", "since the spring", "before the
 * summer", "in autumn". Resolved as a month with no year is (tense.ts): the coming one when the
 * clause looks ahead or the word before is "by", "before" or "until"; the one that has begun (or the
 * last) when the clause tells the past or "since" stands before. "fall" only with "the" ("in the
 * fall"): "in fall" is as often the verb's noun. A season before a noun is its attribute ("before autumn
 * rains"), no date.
 * @module
 */
import type { ParsedFigure, Parser } from "../../../common/engine.js";
import { lastSeason, nextSeason, thisSeason } from "../../../../normalize/dates.js";
import { SEASON_DICTIONARY, YEAR_PATTERN, L } from "../constants.js";
import { futureCue } from "../tense.js";

/** A season is a time, not a noun's attribute ("autumn rains", "the summer season"), when its clause ends or goes on with one of these. */
const AFTER = "(?:and|or|to|when|as|with|after|before|at|on|in|for|from|is|was|were|will|would|could|should|can|may|might|it|its|they|he|she|we|that|if|but|than|because|while|unless)";

export const ENSeasonParser: Parser = {
  name: "en-date-season",
  pattern: () =>
    new RegExp(`(?<![${L}])(?<prep>in|since|by|before|until|till|during|through|over)\\s+(?<the>the\\s+)?(?<season>spring|summer|autumn|winter|fall)(?![${L}\\d-])(?!,?\\s+(?:of\\s+)?${YEAR_PATTERN})(?=[ \\t]*(?:[,.;:!?)"”'’\\n]|$)|\\s+${AFTER}\\b)`, "gi"),
  extract(ctx, m): ParsedFigure | null {
    const g = m.groups!;
    const word = g.season.toLowerCase();
    if (word === "fall" && !g.the) return null;
    const s = SEASON_DICTIONARY[word];
    if (!s) return null;
    const start = g.prep.length + (m[0].length - g.prep.length - (g.the?.length ?? 0) - g.season.length);
    const span: [number, number] = [start, m[0].length];
    if (!ctx.reference) return { span, kind: "date", date: null, flags: ["relative-date-unresolved", "implied-year"], priority: 28 };
    const prep = g.prep.toLowerCase();
    const ref = ctx.reference;
    const current = thisSeason(ref, s);
    const began = current.start <= ref.toISOString().slice(0, 10) ? current : lastSeason(ref, s);
    const ahead = prep !== "since" && (/^(?:by|before|until|till)$/.test(prep) || futureCue(ctx, m.index, m.index + m[0].length));
    const date = ahead ? (current.end >= ref.toISOString().slice(0, 10) ? current : nextSeason(ref, s)) : began;
    return { span, kind: "date", date, flags: ["implied-year"], priority: 28 };
  },
};
