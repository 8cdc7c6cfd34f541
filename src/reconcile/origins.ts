/**
 * Independent origins: a claim traces back to the outlet or agency the text credits
 * ("according to X", "X reported"), else to its report, where syndicated copies share the
 * canonical report's origin.
 * @module
 */
import { originKey } from "../origin.js";
import { localeFor } from "./locale.js";
import type { Mention, OriginKey } from "../types.js";

// English's words for every report, as ever: a report's credit reads the same whatever its
// language (a list of each language's own would be a change to measure with the gate, not a move)
const CREDIT = localeFor("en").credit!;

/** A stable key for a credited speaker, or null when the credit is too vague to be an origin. */
export function speakerKey(speaker: string | null | undefined): string | null {
  if (!speaker) return null;
  // outlets and officials repeat across thousands of figures: work each credit out once
  let k = keys.get(speaker);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(speaker, (k = keyOf(speaker)));
  }
  return k;
}

const keys = new Map<string, string | null>();

function keyOf(speaker: string): string | null {
  const s = speaker.trim();
  if (!s || CREDIT.vague.test(s.replace(CREDIT.article, ""))) return null;
  const words = s
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
    .filter((w) => !CREDIT.generic.has(w));
  return words.length ? words.join(" ") : null;
}

/** Origin of one member: "via:<speaker>" when credited, else "report:<canonical report id>". */
export function originOf(m: Mention, copies: Map<string, string>): OriginKey {
  const k = speakerKey(m.speaker);
  if (k) return originKey({ kind: "speaker", speaker: k });
  return originKey({ kind: "report", report: copies.get(m.source) ?? m.source });
}
