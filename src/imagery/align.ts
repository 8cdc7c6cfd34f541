/**
 * Aligning each date to a reference date before measuring: Sentinel-2 products of different dates can
 * be offset by a pixel or more, which moves river banks across the axis of a crossing and the deck off
 * it. The shift is measured on NIR and red (10 m; NIR draws water/land edges, red built ground on
 * vegetation) over the grid, the site itself
 * weighted down because it changes; the date is then sampled again from its raw windows at the shift
 * (one interpolation, not two). Dates whose match is ambiguous (clouds, a featureless chip) are measured
 * unaligned and say so.
 * @module
 */
import type { Grid } from "./aoi.js";
import { chipSize, makeChip, phaseCorrelate, type Chip } from "./coreg.js";
import { SCL_MASKED } from "./mask.js";
import { fillFrom, MAX_SHIFT_M, sampleRaw, type RawScene, type SceneRead } from "./scene.js";

/** What co-registration found for one date. */
export interface Coregistration {
  /** the date whose chip every date was compared with (null when no date was clear enough) */
  reference: string | null;
  /**
   * this date's displacement from the series' median position, metres east and north (the displacement
   * from the reference minus the median of those: one date's own geolocation error is not imposed on
   * all). 0 on an axis that could not be estimated.
   */
  dx: number;
  dy: number;
  /** the date was sampled again at (dx, dy) before measuring (done from one pixel up) */
  applied: boolean;
  /** displacement from the reference as measured (null on an axis that could not be estimated) */
  toReference: [number | null, number | null];
  /** the date was aligned on both axes (resampled when the shift was worth it) */
  aligned: boolean;
  /** correlation peak over the next best peak, per axis (x, y); null when not estimated */
  ratio: [number, number] | null;
  /** why a date was not aligned (or only on one axis) */
  reason?: string;
}

/** A date's displacement from the reference as phase correlation sees it (metres east, north). */
export interface Estimate {
  dx: number | null;
  dy: number | null;
  ratio: [number, number] | null;
  reason?: string;
}

export interface Reference {
  date: string;
  chip: Chip;
}

/** a peak this much above any other (per axis) is a match; unrelated or featureless chips stay under ~1.2 */
export const MIN_RATIO = 1.3;
/** a chip needs this share of clear pixels */
const MIN_VALID = 0.5;
/**
 * corrections under this (pixels) are left alone: sub-pixel jitter is within Sentinel-2's registration
 * budget (±0.5 px), and the series' median position is itself only known to a few metres, so correcting
 * it would move as many dates away from the truth as towards it
 */
const MIN_APPLY = 1;
/** the site changes: its pixels count this much in the correlation */
const SITE_WEIGHT = 0.5;

/** The NIR chip of a date's grid, and its share of snow/ice (a poor reference). */
export function chipOf(read: SceneRead, grid: Grid, aoiMask: Uint8Array): { chip: Chip; snow: number } | null {
  const n = chipSize(grid.width, grid.height);
  if (!n) return null;
  const usable = new Uint8Array(read.scl.length);
  const weight = new Float32Array(read.scl.length);
  let snow = 0, seen = 0;
  for (let i = 0; i < usable.length; i++) {
    usable[i] = !SCL_MASKED.has(read.scl[i]) && !Number.isNaN(read.bands.nir[i]) ? 1 : 0;
    weight[i] = aoiMask[i] ? SITE_WEIGHT : 1;
    if (usable[i]) (seen++, (snow += read.scl[i] === 11 ? 1 : 0));
  }
  return { chip: makeChip([read.bands.nir, read.bands.red], usable, grid.width, grid.height, n, weight), snow: seen ? snow / seen : 0 };
}

/**
 * The reference: among `days` in order of preference, the first whose chip is nearly all clear and
 * free of snow (at most `tries` read); else the clearest tried if it is at least 60 % clear.
 */
export async function pickReference(days: string[], read: (day: string) => Promise<SceneRead | null>, grid: Grid, aoiMask: Uint8Array, tries = 3): Promise<Reference | null> {
  let fallback: (Reference & { valid: number }) | null = null;
  for (const day of days.slice(0, tries)) {
    const r = await read(day);
    const c = r && chipOf(r, grid, aoiMask);
    if (!c) continue;
    if (c.chip.valid >= 0.9 && c.snow < 0.05) return { date: day, chip: c.chip };
    if (c.chip.valid >= 0.6 && (!fallback || c.chip.valid > fallback.valid)) fallback = { date: day, chip: c.chip, valid: c.chip.valid };
  }
  return fallback && { date: fallback.date, chip: fallback.chip };
}

/** A day's displacement from the reference; an axis without a clear match is null. */
export function estimateShift(ref: Reference | null, day: string, read: SceneRead, grid: Grid, aoiMask: Uint8Array): Estimate {
  if (!ref) return { dx: null, dy: null, ratio: null, reason: "no date clear enough to align to" };
  if (ref.date === day) return { dx: 0, dy: 0, ratio: null };
  const c = chipOf(read, grid, aoiMask);
  if (!c) return { dx: null, dy: null, ratio: null, reason: "grid too small to estimate a shift" };
  if (c.chip.valid < MIN_VALID) return { dx: null, dy: null, ratio: null, reason: `${Math.round(c.chip.valid * 100)} % of the area around the site is clear` };
  const s = phaseCorrelate(ref.chip, c.chip);
  const ratio: [number, number] = [Math.round(s.ratioX * 100) / 100, Math.round(s.ratioY * 100) / 100];
  const dx = s.ratioX >= MIN_RATIO ? round(s.dx * grid.res) : null;
  const dy = s.ratioY >= MIN_RATIO ? round(-s.dy * grid.res) : null;
  if (Math.hypot(dx ?? 0, dy ?? 0) > MAX_SHIFT_M) return { dx: null, dy: null, ratio, reason: `shift over ${MAX_SHIFT_M} m` };
  const reason = dx == null && dy == null ? "no clear match with the reference" : dx == null ? "no clear match east–west" : dy == null ? "no clear match north–south" : undefined;
  return { dx, dy, ratio, ...(reason ? { reason } : {}) };
}

/** The series' median displacement from the reference per axis (over the dates where it was estimated). */
export function seriesMedian(estimates: Array<Estimate | null>): { x: number; y: number } {
  const med = (v: number[]) => {
    if (!v.length) return 0;
    const s = [...v].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return { x: med(estimates.flatMap((e) => (e?.dx != null ? [e.dx] : []))), y: med(estimates.flatMap((e) => (e?.dy != null ? [e.dy] : []))) };
}

/**
 * Samples a day's items at its correction (estimate minus the series median, per estimated axis) and
 * says what was done.
 */
export function alignDay(ref: Reference | null, est: Estimate, median: { x: number; y: number }, parts: RawScene[], grid: Grid, aoiMask: Uint8Array): { read: SceneRead; coreg: Coregistration } {
  const dx = est.dx == null ? 0 : round(est.dx - median.x), dy = est.dy == null ? 0 : round(est.dy - median.y);
  const shift = Math.hypot(dx, dy) >= MIN_APPLY * grid.res ? { dx, dy } : { dx: 0, dy: 0 };
  const read = sampleRaw(parts[0], grid, aoiMask, shift);
  for (const p of parts.slice(1)) fillFrom(read, sampleRaw(p, grid, aoiMask, shift), aoiMask);
  read.bytes = parts.reduce((s, p) => s + p.bytes, 0);
  const coreg: Coregistration = { reference: ref?.date ?? null, dx, dy, applied: shift.dx !== 0 || shift.dy !== 0, toReference: [est.dx, est.dy], aligned: est.dx != null && est.dy != null, ratio: est.ratio, ...(est.reason ? { reason: est.reason } : {}) };
  return { read, coreg };
}

const round = (v: number) => Math.round(v * 10) / 10;
