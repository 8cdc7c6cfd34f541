/**
 * What reconciliation asks a language for: the cue words that date a figure earlier than its
 * report, mark a running figure, or say a figure was replaced. Each locale folder
 * (`src/extract/locales/<lang>/reconcile.ts`) fills one; a report in a language without one
 * gets the English cues (harmless on other scripts: they simply never match).
 * @module
 */
import { RECONCILE_CUES, type ReconcileCues } from "../extract/vocabulary.js";

export type ReconcileLocale = ReconcileCues;

/** Never matches: what a language without a word list of a kind tests its words with. */
export const NEVER = /(?!)/;

/** The cues of a BCP 47 language tag ("en-GB" → en); English when the language has none. */
export function localeFor(language: string | null | undefined): ReconcileLocale {
  // asked once or twice per figure, of a handful of tags: each tag is read once
  let l = byTag.get(language);
  if (!l) {
    const base = String(language ?? "en").toLowerCase().split(/[-_]/)[0];
    // own keys only: a report whose language is "constructor" must not get Object's
    l = Object.hasOwn(RECONCILE_CUES, base) ? RECONCILE_CUES[base] : RECONCILE_CUES.en;
    if (byTag.size > 1000) byTag.clear();
    byTag.set(language, l);
  }
  return l;
}

const byTag = new Map<string | null | undefined, ReconcileLocale>();
