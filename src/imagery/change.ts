/**
 * The crossing metric (three-pixel / differential method): each pixel on the axis is compared, at the
 * same date, with reference pixels 100–300 m up- and downstream (perpendicular to the axis) that read
 * as river over the series. An axis pixel over the river "no longer reads as water" when its NDWI falls
 * below its references' by more than a margin — comparing against the same-date river cancels
 * turbidity, sun angle and, with a brightness test, river ice.
 * @module
 */
import { toUtm, type Grid, type LonLat } from "./aoi.js";
import type { TimelineEntry } from "../types.js";

export interface CorridorPlan {
  /** axis pixel indices in order along the axis */
  axis: number[];
  /** for each axis pixel, its reference pixel indices */
  refs: number[][];
  /** every pixel involved (axis ∪ refs) */
  pixels: number[];
}

export const REF_OFFSETS = [100, 150, 200, 250, 300];

export function corridorPlan(grid: Grid, line: LonLat[], offsets = REF_OFFSETS): CorridorPlan {
  const u = line.map((p) => toUtm(p, grid.epsg));
  const pix = (x: number, y: number) => {
    const c = Math.floor((x - grid.x0) / grid.res), r = Math.floor((grid.y0 - y) / grid.res);
    return c < 0 || r < 0 || c >= grid.width || r >= grid.height ? -1 : r * grid.width + c;
  };
  const refsBy = new Map<number, Set<number>>();
  const order: number[] = [];
  for (let i = 0; i + 1 < u.length; i++) {
    const [ax, ay] = u[i], [bx, by] = u[i + 1];
    const len = Math.hypot(bx - ax, by - ay);
    if (!len) continue;
    const nx = -(by - ay) / len, ny = (bx - ax) / len;
    const steps = Math.ceil(len / (grid.res / 4));
    for (let s = 0; s <= steps; s++) {
      const x = ax + ((bx - ax) * s) / steps, y = ay + ((by - ay) * s) / steps;
      const p = pix(x, y);
      if (p < 0) continue;
      let set = refsBy.get(p);
      if (!set) { refsBy.set(p, (set = new Set())); order.push(p); }
      for (const d of offsets)
        for (const sign of [1, -1]) {
          const q = pix(x + sign * nx * d, y + sign * ny * d);
          if (q >= 0) set.add(q);
        }
    }
  }
  const refs = order.map((p) => [...refsBy.get(p)!]);
  const pixels = [...new Set([...order, ...refs.flat()])];
  return { axis: order, refs, pixels };
}

/** What one date shows at the corridor pixels (indexed like plan.pixels). */
export interface CorridorSample {
  ndwi: Float32Array;
  /** green + red + nir reflectance */
  bright: Float32Array;
  clear: Uint8Array;
  snow: Uint8Array;
}

export interface CorridorResult {
  /** per date: share of the crossing that no longer reads as water, null when not measurable */
  progress: Array<number | null>;
  /** per date: share of crossing pixels measurable */
  measurable: Array<number>;
  flags: string[][];
  /** number of axis pixels over the river */
  crossing: number;
}

export interface CorridorOptions {
  waterNdwi?: number;
  margin?: number;
  minMeasurable?: number;
  /** false: the naive method, a fixed NDWI threshold without same-date references (for comparison) */
  references?: boolean;
}

const median = (a: number[]) => {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function corridorProgress(plan: CorridorPlan, samples: Array<CorridorSample | null>, o: CorridorOptions = {}): CorridorResult {
  const waterNdwi = o.waterNdwi ?? 0.1;
  const margin = o.margin ?? 0.25;
  const minMeasurable = o.minMeasurable ?? 0.8;
  const at = new Map(plan.pixels.map((p, i) => [p, i]));
  const refSet = [...new Set(plan.refs.flat())];
  // a date is "frozen" when most clear reference pixels are snow/ice
  const frozen = samples.map((s) => {
    if (!s) return false;
    let n = 0, k = 0;
    for (const p of refSet) { const i = at.get(p)!; if (s.clear[i]) { n++; k += s.snow[i]; } }
    return n > 0 && k / n > 0.3;
  });
  // river reference pixels: water on at least half of the clear, open-water dates they were seen
  const river = new Set<number>();
  for (const p of refSet) {
    const i = at.get(p)!;
    let n = 0, k = 0;
    samples.forEach((s, d) => { if (s && !frozen[d] && s.clear[i]) { n++; if (s.ndwi[i] > waterNdwi && !s.snow[i]) k++; } });
    if (n && k / n >= 0.5) river.add(p);
  }
  // the crossing: axis pixels whose references on both sides are mostly river
  const crossingIdx: number[] = [];
  plan.axis.forEach((_p, j) => {
    const rs = plan.refs[j];
    if (rs.length && rs.filter((q) => river.has(q)).length / rs.length >= 0.5) crossingIdx.push(j);
  });
  const progress: Array<number | null> = [];
  const measurable: number[] = [];
  const flags: string[][] = [];
  samples.forEach((s, d) => {
    const f: string[] = [];
    if (!s) { progress.push(null); measurable.push(0); flags.push(["not-read"]); return; }
    if (!crossingIdx.length) { progress.push(null); measurable.push(0); flags.push(["no-river-crossing-found"]); return; }
    if (frozen[d]) f.push("river-frozen");
    let m = 0, dep = 0;
    for (const j of crossingIdx) {
      const i = at.get(plan.axis[j])!;
      if (!s.clear[i]) continue;
      const rv = plan.refs[j].filter((q) => river.has(q)).map((q) => at.get(q)!).filter((k) => s.clear[k]);
      if (!rv.length) continue;
      m++;
      const refN = median(rv.map((k) => s.ndwi[k]));
      const refB = median(rv.map((k) => s.bright[k]));
      const departs = o.references === false ? !(s.ndwi[i] > waterNdwi) : refN - s.ndwi[i] > margin || (frozen[d] && Math.abs(s.bright[i] - refB) > 0.5 * refB);
      if (departs) dep++;
    }
    const share = m / crossingIdx.length;
    measurable.push(share);
    if (share < minMeasurable) { f.push("corridor-not-clear"); progress.push(null); }
    else progress.push(dep / m);
    flags.push(f);
  });
  return { progress, measurable, flags, crossing: crossingIdx.length };
}

/** Pool-adjacent-violators: the closest non-decreasing series (nulls kept as null). */
export function isotonic(values: Array<number | null>): Array<number | null> {
  const idx = values.map((v, i) => (v == null ? -1 : i)).filter((i) => i >= 0);
  const blocks: Array<{ sum: number; n: number }> = [];
  for (const i of idx) {
    blocks.push({ sum: values[i]!, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n > blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const b = blocks.pop()!;
      blocks[blocks.length - 1].sum += b.sum;
      blocks[blocks.length - 1].n += b.n;
    }
  }
  const fitted: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.n; k++) fitted.push(b.sum / b.n);
  const out: Array<number | null> = values.map(() => null);
  idx.forEach((i, k) => (out[i] = fitted[k]));
  return out;
}

export interface SeriesSummary {
  /** dates read / with a measured crossing / flagged cloudy */
  dates: number;
  measured: number;
  cloudy: number;
  /** first of two consecutive measured dates with progress ≥ 5 % (work on the crossing visible) */
  firstChange: string | null;
  /** first date the monotone fit passes 50 % (the crossing reads as more than half built) */
  half: string | null;
  /** first date the monotone fit reaches 95 % (crossing closed, within a pixel or so) */
  closed: string | null;
  latest: { date: string; progress: number } | null;
  /** one axis pixel as a share of the crossing: the step of the measure */
  step: number | null;
  /**
   * first of two consecutive clear dates whose bare/built area exceeds the first clear date's by more
   * than max(0.5 ha, 20 %): ground works (yards, approaches) showing, with or without an axis
   */
  bareBuiltRise: string | null;
}

/** A few site-level facts from the per-date rows (dates ascending). */
type SummaryRow = { date: string; progress: number | null; progressSmoothed: number | null; flags: string[]; areas?: Record<string, number> };

export function summarize(rows: SummaryRow[], crossingPixels: number): SeriesSummary {
  const m = rows.filter((r) => r.progress != null);
  let firstChange: string | null = null;
  for (let i = 0; i + 1 < m.length; i++) if (m[i].progress! >= 0.05 && m[i + 1].progress! >= 0.05) { firstChange = m[i].date; break; }
  const closed = rows.find((r) => (r.progressSmoothed ?? 0) >= 0.95)?.date ?? null;
  const half = rows.find((r) => (r.progressSmoothed ?? 0) > 0.5)?.date ?? null;
  const last = m[m.length - 1];
  return {
    dates: rows.length,
    measured: m.length,
    cloudy: rows.filter((r) => r.flags.includes("cloudy")).length,
    firstChange,
    half,
    closed,
    latest: last ? { date: last.date, progress: last.progress! } : null,
    step: crossingPixels ? Math.round((1 / crossingPixels) * 1e4) / 1e4 : null,
    bareBuiltRise: bareBuiltRise(rows),
  };
}

function bareBuiltRise(rows: SummaryRow[]): string | null {
  const clear = rows.filter((r) => r.areas && !r.flags.includes("cloudy") && !r.flags.includes("river-frozen") && r.areas.bare_built != null);
  if (clear.length < 3) return null;
  const base = clear[0].areas!.bare_built;
  const up = (r: SummaryRow) => r.areas!.bare_built - base > Math.max(0.5, 0.2 * base);
  for (let i = 1; i + 1 < clear.length; i++) if (up(clear[i]) && up(clear[i + 1])) return clear[i].date;
  return null;
}

/**
 * Timeline entries a briefing can merge with the reports' timeline, a source of their own ("Sentinel-2,
 * measured"): when ground works show at the site, when work on the crossing first shows, when it reads
 * as more than half built, when it reads as closed, and the latest measured share. Each names its observation id (site@date).
 */
export function imageryTimeline(site: string, rows: SummaryRow[], crossingPixels: number): TimelineEntry[] {
  const s = summarize(rows, crossingPixels);
  const day = (d: string) => ({ start: d, end: d });
  const out: TimelineEntry[] = [];
  if (s.bareBuiltRise) out.push({ event: `Sentinel-2: bare or built ground grows at the site (${site})`, date: day(s.bareBuiltRise), conflicting: false, sources: [], observation: `${site}@${s.bareBuiltRise}` });
  if (s.firstChange) out.push({ event: `Sentinel-2: part of the river crossing no longer reads as water (${site})`, date: day(s.firstChange), conflicting: false, sources: [], observation: `${site}@${s.firstChange}` });
  if (s.half && s.half !== s.closed) out.push({ event: `Sentinel-2: the river crossing reads as more than half built, > 50 % not water (${site})`, date: day(s.half), conflicting: false, sources: [], observation: `${site}@${s.half}` });
  if (s.closed) out.push({ event: `Sentinel-2: the river crossing reads as closed, ≥ 95 % not water (${site})`, date: day(s.closed), conflicting: false, sources: [], observation: `${site}@${s.closed}` });
  if (s.latest && s.latest.date !== s.closed) out.push({ event: `Sentinel-2: ${Math.round(s.latest.progress * 100)} % of the river crossing no longer reads as water (${site})`, date: day(s.latest.date), conflicting: false, sources: [], observation: `${site}@${s.latest.date}` });
  return out;
}
