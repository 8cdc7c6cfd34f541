/**
 * The progress chart: vega-lite 6.4.3 → vega → headless View.toSVG() (no canvas) → PNG via sharp.
 * Top: crossing progress per date (raw points, monotone fit line, unmeasurable dates as grey rules).
 * Bottom: class areas (ha) in the AOI.
 * @module
 */
import * as vega from "vega";
import { compile } from "vega-lite";
import sharp from "sharp";
import type { WatchRow } from "../watch.js";

export function chartSpec(rows: WatchRow[], title: string): Record<string, unknown> {
  const progress = rows.map((r) => ({ date: r.date, raw: r.progress == null ? null : r.progress * 100, fit: r.progressSmoothed == null ? null : r.progressSmoothed * 100, status: r.progress == null ? "not measurable" : "measured" }));
  const areas = rows.flatMap((r) => (r.flags.includes("cloudy") || r.clearAoi == null ? [] : ["water", "vegetation", "bare_built", "snow_ice"].map((c) => ({ date: r.date, class: c.replace("_", "/"), ha: r.areas[c] ?? 0 }))));
  const hasProgress = progress.some((p) => p.raw != null);
  const x = { field: "date", type: "temporal", title: null, axis: { format: "%Y-%m-%d", labelAngle: -30 } };
  const panels: unknown[] = [];
  if (hasProgress)
    panels.push({
      title: "Crossing no longer reading as water (%; grey rule = no clear view)",
      width: 560,
      height: 200,
      data: { values: progress },
      layer: [
        { mark: { type: "line", color: "#888", strokeDash: [4, 3] }, transform: [{ filter: "datum.fit != null" }], encoding: { x, y: { field: "fit", type: "quantitative", scale: { domain: [0, 100] }, title: "%" } } },
        { mark: { type: "point", filled: true, size: 60, color: "#d62728" }, transform: [{ filter: "datum.raw != null" }], encoding: { x, y: { field: "raw", type: "quantitative" }, tooltip: [{ field: "date" }, { field: "raw", format: ".0f" }] } },
        // dates without a clear view of the crossing: a grey dashed rule, not a guessed point
        { mark: { type: "rule", color: "#aaa", strokeDash: [2, 3] }, transform: [{ filter: "datum.raw == null" }], encoding: { x, tooltip: [{ field: "date" }, { field: "status" }] } },
      ],
    });
  panels.push({
    title: "Class areas in the AOI (ha, clear dates)",
    width: 560,
    height: 160,
    data: { values: areas },
    mark: { type: "line", point: true },
    encoding: { x, y: { field: "ha", type: "quantitative", title: "ha" }, color: { field: "class", type: "nominal", scale: { domain: ["water", "vegetation", "bare/built", "snow/ice"], range: ["#1f77b4", "#2ca02c", "#8c564b", "#9edae5"] } } },
  });
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", title, vconcat: panels, config: { font: "DejaVu Sans" } };
}

export async function chartSvg(rows: WatchRow[], title: string): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: vega-lite's TopLevelSpec union is too deep for a spec built in parts
  const vg = compile(chartSpec(rows, title) as any).spec;
  const view = new vega.View(vega.parse(vg), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export const svgToPng = (svg: string) => sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
