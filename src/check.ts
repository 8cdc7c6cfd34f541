/**
 * Plain checks of stored data, for the paths that read it by the tens of thousands, and the lists
 * they share with the zod schemas of src/schema.ts (which build their enums from them). Without
 * zod: a command that reads kept facts never needs it, and loading it costs ~0.1 s.
 * @module
 */
import type { Mention, MentionKind } from "./types.js";

export const MENTION_KINDS = ["quantity", "money", "percent", "count", "ratio", "date", "duration"] as const satisfies readonly MentionKind[];
export const QUALIFIERS = ["approx", "upper", "lower"] as const;

/** The keys `isMentionList` checks, in MentionSchema's order (a test holds the two together). */
export const MENTION_KEYS = ["source", "start", "end", "text", "kind", "low", "high", "unit", "date", "qualifier", "per", "subject", "speaker", "sentence", "statement", "language", "flags", "tags"] as const;

const KINDS: ReadonlySet<unknown> = new Set(MENTION_KINDS);
const QUALIFIER_SET: ReadonlySet<unknown> = new Set(QUALIFIERS);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (x: unknown) => typeof x === "string" && DAY.test(x);
const isNumber = (x: unknown) => typeof x === "number" && Number.isFinite(x);
const isOffset = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const orNull = (x: unknown, is: (x: unknown) => boolean) => x === null || is(x);
const nullishString = (x: unknown) => x == null || typeof x === "string";
const strings = (x: unknown) => Array.isArray(x) && x.every((e) => typeof e === "string");

/**
 * Whether `value` is a list of mentions that surely fits MentionSchema (loose: other keys are let
 * be), by plain checks: a store's figures are read back by the tens of thousands, and zod's walk
 * over each was ~0.1 s of a 2,000-report brief. False does not say it does not fit: the caller
 * then asks zod, which decides and names the fault.
 */
export function isMentionList(value: unknown): value is Mention[] {
  if (!Array.isArray(value)) return false;
  for (const m of value as Array<Record<string, unknown>>) {
    if (typeof m !== "object" || m === null || Array.isArray(m)) return false;
    const d = m.date as Record<string, unknown> | null | undefined, s = m.sentence;
    if (
      !(typeof m.source === "string" && isOffset(m.start) && isOffset(m.end) && typeof m.text === "string" && KINDS.has(m.kind) &&
        orNull(m.low, isNumber) && orNull(m.high, isNumber) && (m.unit === null || typeof m.unit === "string") &&
        (d == null || (typeof d === "object" && !Array.isArray(d) && isDay(d.start) && isDay(d.end))) &&
        (m.qualifier === null || QUALIFIER_SET.has(m.qualifier)) && nullishString(m.per) && nullishString(m.subject) && nullishString(m.speaker) &&
        (s == null || (Array.isArray(s) && s.length === 2 && isNumber(s[0]) && isNumber(s[1]))) &&
        nullishString(m.statement) && nullishString(m.language) && (m.flags === undefined || strings(m.flags)) && (m.tags === undefined || strings(m.tags)))
    )
      return false;
  }
  return true;
}

/** Whether `value` is a list of figure keys ({ source, start, end }; other keys are let be). */
export function isFigureKeys(value: unknown): value is Array<{ source: string; start: number; end: number }> {
  return Array.isArray(value) && value.every((f) => typeof f === "object" && f !== null && typeof f.source === "string" && Number.isSafeInteger(f.start) && Number.isSafeInteger(f.end));
}
