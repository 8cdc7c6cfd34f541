/**
 * vega-lite specs → SVG markup, on the server, synchronously: renderers stay pure functions of
 * the Briefing. This is vega's `View#toSVG` (renderer "none", then the headless SVG renderer)
 * without its awaits, which only wait for images our charts never load.
 * @module
 */
import type * as Vega from "vega";
import type { compile as Compile, TopLevelSpec } from "vega-lite";

/**
 * vega and vega-lite, loaded by `loadCharts` only where SVG is drawn (HTML pages): importing them
 * costs ~0.3 s, a sixth of a whole `brief` or `add` of a 2,000-report store that draws nothing.
 * They cannot be required synchronously (vega's modules use top-level await).
 */
let lib: { vega: typeof Vega; compile: typeof Compile } | null = null;

/** Loads what `renderSvg` draws with; call (and await) it once before rendering HTML. */
export async function loadCharts(): Promise<void> {
  if (lib) return;
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  lib = { vega, compile };
}

/** Parsed vega runtimes by template key: compiling and parsing cost more than drawing. */
const runtimes = new Map<string, ReturnType<typeof Vega.parse>>();
const MAX_TEMPLATES = 64;

/** The data set every template names; each call swaps in its own rows. */
export const DATA = "rows";

/** Throws unless `loadCharts` was awaited: HTML is drawn synchronously. */
export function requireCharts(): { vega: typeof Vega; compile: typeof Compile } {
  if (!lib) throw new Error("charts are drawn by vega, which is not loaded: `await loadCharts()` before rendering HTML");
  return lib;
}

/**
 * Draws `spec` (whose data is `{ name: DATA }`) with `rows`. Specs with the same `key` must differ
 * only in their rows: the compiled template is reused. Returns `<svg…>…</svg>`.
 */
export function renderSvg(key: string, spec: () => TopLevelSpec, rows: object[]): string {
  const { vega, compile } = requireCharts();
  let runtime = runtimes.get(key);
  if (!runtime) {
    if (runtimes.size >= MAX_TEMPLATES) runtimes.clear();
    // warnings go nowhere: a briefing's stderr is for the user's own messages
    runtime = vega.parse(compile(spec(), { logger: vega.logger(vega.Error) }).spec);
    runtimes.set(key, runtime);
  }
  const view = new vega.View(runtime, { renderer: "none" });
  try {
    // copies: vega adds its own fields to the objects it is given
    view.data(DATA, rows.map((r) => ({ ...r })));
    view.run();
    // the typings only declare the two-argument (register) form; one argument looks a module up
    const lookup = vega.renderModule as unknown as (name: string) => { headless: unknown };
    const Headless = lookup("svg").headless as new (loader: unknown) => {
      initialize(el: null, width: number, height: number, origin: [number, number], scale: number): unknown;
      render(scene: unknown): unknown;
      svg(): string;
    };
    const renderer = new Headless(view.loader());
    // as vega-view's renderHeadless sizes it: the view plus the padding autosize found for axes
    const v = view as unknown as { _viewWidth?: number; _viewHeight?: number; _origin?: [number, number] };
    const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
    const origin = v._origin ?? view.origin();
    renderer.initialize(null, (v._viewWidth ?? view.width()) + pad.left + pad.right, (v._viewHeight ?? view.height()) + pad.top + pad.bottom, [pad.left + origin[0], pad.top + origin[1]], 1);
    renderer.render((view.scenegraph() as unknown as { root: unknown }).root);
    return renderer.svg();
  } finally {
    view.finalize();
  }
}

/**
 * Inline-safe SVG: vega escapes its text; we still drop anything that could run or fetch (a
 * `<script>`, `on…=` handlers, `href`s) in case a future vega emits it, and label the figure.
 */
export function inlineSvg(svg: string, label: string, esc: (s: string) => string): string {
  const clean = svg
    .replace(/<script[\s\S]*?<\/script>/gi, "")
    .replace(/\son\w+\s*=\s*"[^"]*"/gi, "")
    .replace(/\s(?:xlink:)?href\s*=\s*"[^"]*"/gi, "")
    // vega writes coordinates to 15 digits; a tenth of a pixel is finer than any screen shows
    .replace(/\s(transform|d|x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g, (_, k: string, v: string) => ` ${k}="${v.replace(/(\d+\.\d)\d+/g, "$1")}"`)
    .replace(/^<svg\b/, `<svg role="img" aria-label="${esc(label)}"`)
    // the chart scales down on narrow screens
    .replace(/^(<svg[^>]*?)\swidth="(\d+(?:\.\d+)?)"\s+height="(\d+(?:\.\d+)?)"/, '$1 width="$2" height="$3" style="max-width:100%;height:auto"');
  return clean;
}
