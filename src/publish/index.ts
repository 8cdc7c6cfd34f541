/**
 * Publishing: build a Briefing from reconciled data, render it as Markdown, HTML or JSON.
 * Renderers are pure functions of the Briefing.
 * @module
 */
import type { Briefing } from "../types.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { loadCharts } from "./vega.js";

export { addExcerpts, buildBriefing, markdownBriefing, sourcesOf, withExcerpts, type BriefingInput } from "./briefing.js";
export { cardsToMake, entryMarkdown, factMarkdown, renderMarkdown, renderMarkdownOf, withShownCards, type EntryMarkdown, type FactMarkdown, type MarkdownBriefing } from "./markdown.js";
export { renderHtml, esc as escapeHtml, badge as verdictBadge, valueCell } from "./html.js";
export { renderJson } from "./json.js";
export { formatValue, formatInterval, formatMoment, formatPublished, cmp, flat } from "./format.js";
export { excerptAround, splitAt } from "./excerpt.js";
export { explainVerdict } from "./prose.js";
export { FIGURE_CSS, factFigure, timelineFigure } from "./figures.js";
export { loadCharts } from "./vega.js";
// what other pages over a briefing (the web explorer) show the way the briefing does
export { VERDICT_LABEL, citedText, claimRow, imageryCitation, copiedFrom, languageName, plural, publisherOf, readableLabel, scopeNote, sections, sourceGroups, timelineCitations, valueSummary, valuesOf, type Source } from "./view.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The briefing in one format; HTML loads the chart renderer first (see `loadCharts`). */
export async function render(b: Briefing, format: Format): Promise<string> {
  if (format === "html") await loadCharts();
  return format === "html" ? renderHtml(b) : format === "json" ? renderJson(b) : renderMarkdown(b);
}
