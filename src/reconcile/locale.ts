/**
 * What reconciliation asks a language for: the cue words that date a figure earlier than its
 * report, mark a running figure, or say a figure was replaced. Each locale folder
 * (`src/extract/locales/<lang>/reconcile.ts`) fills one; a report in a language without one
 * gets the English cues (harmless on other scripts: they simply never match).
 * @module
 */
import { enReconcileCues as en } from "../extract/index.js";

export interface ReconcileLocale {
  /** the text dates the figure before its report: "initially", "the previous estimate" */
  earlier: RegExp;
  /** the figure is a running count or total that moves: "so far", "the toll rose to" */
  running: RegExp;
  /** right after the figure, its words date it earlier: "(the 12,000) cited in earlier reports" */
  earlierAfter: RegExp;
}

const LOCALES: Record<string, ReconcileLocale> = { en };

/** The cues of a BCP 47 language tag ("en-GB" → en); English when the language has none. */
export function localeFor(language: string | null | undefined): ReconcileLocale {
  const base = String(language ?? "en").toLowerCase().split(/[-_]/)[0];
  return LOCALES[base] ?? en;
}
