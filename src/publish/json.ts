/**
 * Briefing → JSON: the whole briefing, facts with their members (source, start, end, text, …)
 * and verdicts in the shape `shared/eval/score.mjs facts` reads.
 * @module
 */
import type { Briefing } from "../types.js";

export function renderJson(b: Briefing): string {
  const { title, generated, facts, timeline, sources, observations, figures, method } = b;
  return JSON.stringify({ title, generated, facts, timeline, sources, ...(observations ? { observations } : {}), ...(figures ? { figures } : {}), method }, null, 2) + "\n";
}
