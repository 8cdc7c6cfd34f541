/**
 * Publishing: build a Briefing from reconciled data, render it as Markdown, HTML or JSON.
 * Renderers are pure functions of the Briefing.
 * @module
 */
import type { Briefing } from "../types.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

export { buildBriefing, METHOD, type BriefingInput } from "./briefing.js";
export { renderMarkdown, escapeMarkdown } from "./markdown.js";
export { renderHtml, esc as escapeHtml } from "./html.js";
export { renderJson } from "./json.js";
export { formatValue, formatInterval } from "./format.js";
export { excerptAround } from "./excerpt.js";
export { explainVerdict } from "./prose.js";
export { FIGURE_CSS, factFigure, timelineFigure } from "./figures.js";
export { factChart, timelineChart, type FactChart, type TimelineChart, type DotRow } from "./charts.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

export function render(b: Briefing, format: Format): string {
  return format === "html" ? renderHtml(b) : format === "json" ? renderJson(b) : renderMarkdown(b);
}
