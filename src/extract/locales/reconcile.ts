/**
 * The cue words reconciliation asks each language for (src/reconcile/locale.ts): a figure the
 * text dates earlier, a running figure. One file per language, in its locale folder.
 * @module
 */
import { en } from "./en/reconcile.js";
import { ru } from "./ru/reconcile.js";
import { uk } from "./uk/reconcile.js";
import { ko } from "./ko/reconcile.js";
import { zh } from "./zh/reconcile.js";
import { ja } from "./ja/reconcile.js";
import { de } from "./de/reconcile.js";
import { es } from "./es/reconcile.js";
import { it } from "./it/reconcile.js";
import { fr } from "./fr/reconcile.js";
import { pt } from "./pt/reconcile.js";

export interface ReconcileCues {
  /** the text dates the figure before its report: "initially", "the previous estimate" */
  earlier: RegExp;
  /** right after the figure, its words date it earlier: "(the 12,000) cited in earlier reports" */
  earlierAfter: RegExp;
  /** the figure is a running count or total that moves: "so far", "the toll rose to" */
  running: RegExp;
}

export const RECONCILE_CUES: Readonly<Record<string, ReconcileCues>> = { en, ru, uk, ko, zh, ja, de, es, it, fr, pt };
