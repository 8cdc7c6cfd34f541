/**
 * vega-lite specs → SVG markup, on the server, synchronously: renderers stay pure functions of
 * the Briefing. This is vega's `View#toSVG` (renderer "none", then the headless SVG renderer)
 * without its awaits, which only wait for images our charts never load.
 * @module
 */
import type * as Vega from "vega";
import type { compile as Compile, TopLevelSpec } from "vega-lite";
import { ellipsis, graphemes } from "../graphemes.js";

/**
 * vega and vega-lite, loaded by `loadCharts` only where SVG is drawn (HTML pages): importing them
 * costs ~0.3 s, a sixth of a whole `brief` or `add` of a 2,000-report store that draws nothing.
 * They cannot be required synchronously (vega's modules use top-level await).
 */
let lib: { vega: typeof Vega; compile: typeof Compile } | null = null;

// drawn a full em wide: CJK, kana, Hangul, full-width forms, emoji
const WIDE = /^(?:[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|\p{Extended_Pictographic})/u;

/**
 * The width in px vega lays `text` out at, `size` px high, in the charts' font (DejaVu Sans, among
 * the widest sans faces, so other faces fit too): per character as a reader sees it, from its
 * class. vega's own estimate, 0.8 em a UTF-16 unit, makes an emoji two characters, a Korean label
 * too narrow for the room its axis keeps, and cut labels at two thirds of the room they have.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  if (/^[\x20-\x7e]*$/.test(text)) for (let i = 0; i < text.length; i++) em += ASCII[text.charCodeAt(i) - 32];
  else for (const segment of graphemes(text)) em += ems(segment);
  return Math.ceil(em * size);
}

// widths of printable ASCII in em, a little over DejaVu Sans's own
const ASCII = Array.from({ length: 95 }, (_, k) => {
  const c = String.fromCharCode(k + 32);
  return c === " " ? 0.33 : /[ijlI.,:;'|!`]/.test(c) ? 0.33 : /[frt()[\]{}/\\"-]/.test(c) ? 0.45 : /[mwMW@%]/.test(c) ? 1.02 : /[A-Z&#]/.test(c) ? 0.8 : 0.66;
});

const ems = (character: string) => {
  const c = character.charCodeAt(0);
  return character.length === 1 && c >= 32 && c < 127 ? ASCII[c - 32] : WIDE.test(character) ? 1 : 0.75;
};

/**
 * `text` cut to be drawn narrower than `px` at `size` px: whole characters as a reader sees them,
 * at a word when one ends in its last third, "…" after; as it is when it fits.
 */
export function fitWidth(text: string, px: number, size: number): string {
  if (textWidth(text, size) < px) return text;
  const room = px / size - ems("…");
  const kept: string[] = [];
  let em = 0;
  for (const segment of graphemes(text)) {
    if ((em += ems(segment)) >= room) break;
    kept.push(segment);
  }
  return ellipsis(kept, (kept.length * 2) / 3);
}

/** Loads what `renderSvg` draws with; call (and await) it once before rendering HTML. */
export async function loadCharts(): Promise<void> {
  if (lib) return;
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  // one estimate of a text's width for laying out, cutting and our own labels (there is no canvas)
  // (the typings declare neither: both are vega-scenegraph's, re-exported)
  const scene = vega as unknown as { textMetrics: { width: (item: { limit?: number }, text: unknown) => number }; fontSize: (item: object) => number };
  scene.textMetrics.width = (item, text) => {
    const w = textWidth(text == null ? "" : String(text).trim(), scene.fontSize(item));
    // a text past its limit is drawn cut to it
    return item.limit && item.limit > 0 ? Math.min(w, item.limit) : w;
  };
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
