/**
 * Charts as HTML: the inline SVG, an HTML legend (the values' words, escaped here, not by vega)
 * and the chart in words as caption. Shared by the HTML briefing and the explorer.
 * @module
 */
import type { Fact, TimelineEntry } from "../types.js";
import { factChart, slotColour, timelineChart } from "./charts.js";
import { esc } from "./escape.js";
import { plural, valuesOf, type Source } from "./view.js";
import { inlineSvg } from "./vega.js";

/** Styles of the figures; pages include it in their own stylesheet. */
export const FIGURE_CSS = `
figure.chart{margin:.4rem 0 1rem;padding:.5rem .6rem .4rem;border:1px solid var(--line,#dde1e6);border-radius:6px;background:#fff;overflow-x:auto}
figure.chart svg{display:block;max-width:100%;height:auto}
figure.chart figcaption{font-size:.82rem;color:var(--muted,#5b6470);margin-top:.3rem}
ul.key{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.3rem 0 0;padding:0;font-size:.86rem}
ul.key li{display:flex;align-items:center;gap:.35rem}
ul.key .sw{display:inline-block;width:.8rem;height:.8rem;border-radius:50%}
ul.key .how{color:var(--muted,#5b6470)}
figure.chart .swipe{display:none}
@media (max-width:40rem){figure.chart svg{min-width:30rem}figure.timeline svg{min-width:var(--natural,30rem)}figure.timeline .swipe{display:block;margin:0 0 .3rem;font-size:.82rem;color:var(--muted,#5b6470)}figure.timeline .swipe,figure.timeline figcaption{position:sticky;left:0;max-width:calc(100vw - 4rem)}}
`;

/** Values named in a chart's legend; colours past the palette are grey anyway. */
const MAX_KEY = 5;

/** The dot plot of a fact with its legend and words, or "" when it has one value only. */
export function factFigure(f: Fact, sources: Map<string, Source>): string {
  const chart = factChart(f, sources);
  if (!chart) return "";
  const views = valuesOf(f, sources);
  const shownKey = views.slice(0, MAX_KEY);
  const key = shownKey.map((v, i) => `<li><span class="sw" style="background:${slotColour(f.verdict, i)}"></span>${esc(v.words)} <span class="how">${plural(v.origins, "source")}</span></li>`);
  if (views.length > MAX_KEY) key.push(`<li class="how">and ${plural(views.length - MAX_KEY, "more value")} in grey</li>`);
  const hows = new Set(chart.rows.map((r) => (r.low !== r.high ? "range" : r.how)));
  const marks = [
    hows.has("approx") ? "hollow: stated as approximate" : "",
    hows.has("range") ? (chart.dates ? "bar: the period a report means" : "bar: a range") : "",
    hows.has("upper") ? "▼ an upper bound" : "",
    hows.has("lower") ? "▲ a lower bound" : "",
  ].filter(Boolean);
  if (marks.length) key.push(`<li class="how">${esc(marks.join(" · "))}</li>`);
  return `<figure class="chart">${inlineSvg(chart.svg, chart.alt, esc)}<ul class="key">${key.join("")}</ul><figcaption>${esc(chart.alt)}</figcaption></figure>`;
}

/** The timeline on a time axis, or "" when nothing is dated. */
export function timelineFigure(entries: TimelineEntry[]): string {
  const chart = timelineChart(entries);
  if (!chart) return "";
  const cut = chart.more - chart.outside;
  const why = [chart.outside ? `${plural(chart.outside, "event")} far from the others in time` : "", cut ? `${plural(cut, "event")} past the first ${chart.rows.length}` : ""].filter(Boolean).join(" and ");
  const more = chart.more ? ` Not drawn: ${why}; ${chart.more === 1 ? "it is" : "they are"} in the table.` : "";
  // a phone draws the timeline at its own size, labels as readable as on a desktop, and says it
  // scrolls sideways (scaled to the screen, its labels were 7 px)
  const width = /^<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"/.exec(chart.svg)?.[1];
  const style = width ? ` style="--natural:${Math.ceil(Number(width))}px"` : "";
  return `<figure class="chart timeline"${style}><p class="swipe" aria-hidden="true">Swipe sideways to see the whole timeline →</p>${inlineSvg(chart.svg, chart.alt, esc)}<figcaption>${esc(chart.alt + more)}</figcaption></figure>`;
}
