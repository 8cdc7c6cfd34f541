/**
 * A mission's elapsed time ("T+88 s", "T+152 seconds", "T+ 2 min"): the time since liftoff, a
 * duration, written the same in every language. Without a unit ("T+2" settlement) it is none.
 */
import type { ParsedFigure, Parser } from "../engine.js";

/** Seconds in each unit the notation takes. */
const SECONDS: Record<string, number> = { s: 1, sec: 1, secs: 1, second: 1, seconds: 1, min: 60, mins: 60, minute: 60, minutes: 60 };

export const MissionTimeParser: Parser = {
  name: "mission-time",
  pattern: () => /(?<![\p{L}\d])T\s?\+\s?(\d{1,5}(?:\.\d+)?)\s?(seconds?|secs?|s|minutes?|mins?)(?![\p{L}\d])/gu,
  extract(_ctx, m): ParsedFigure | null {
    const unit = SECONDS[m[2]];
    const value = Number(m[1]);
    if (!unit || !Number.isFinite(value)) return null;
    const days = (value * unit) / 86400;
    return { kind: "duration", low: days, high: days, unit: "d", priority: 60 };
  },
};
