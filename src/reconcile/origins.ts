/**
 * Independent origins: a claim traces back to the outlet or agency the text credits
 * ("according to X", "X reported"), else to its report, where syndicated copies share the
 * canonical report's origin.
 * @module
 */
import { RECONCILE_CUES } from "../extract/vocabulary.js";
import { originKey } from "../origin.js";
import type { Mention, OriginKey } from "../types.js";

// every language's words for every report: a credit reads the same whatever its report's language
// (a French report may quote "the ministry", an English one "la préfecture")
const CREDITS = Object.values(RECONCILE_CUES).flatMap((l) => (l.credit ? [l.credit] : []));
const GENERIC = new Set(CREDITS.flatMap((c) => [...c.generic]));
const ACRONYM = /^\p{Lu}{2,}$/u;

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
  // an acronym is a name in every language ("UN" is no French "un")
  if (!s || CREDITS.some((c) => c.vague.test(s.replace(c.article, (a) => (ACRONYM.test(a.trim()) ? a : ""))))) return null;
  const words = s
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && (ACRONYM.test(w) || !GENERIC.has(w.toLowerCase())))
    .map((w) => w.toLowerCase());
  return words.length ? words.join(" ") : null;
}

/** Origin of one member: "via:<speaker>" when credited, else "report:<canonical report id>". */
export function originOf(m: Mention, copies: Map<string, string>): OriginKey {
  const k = speakerKey(m.speaker);
  if (k) return originKey({ kind: "speaker", speaker: k });
  return originKey({ kind: "report", report: copies.get(m.source) ?? m.source });
}
