/**
 * Frames for the time-lapse and snapshots: one percentile stretch fixed over the whole series
 * (per-frame stretches make the animation flicker), applied to true-colour reflectance.
 * @module
 */
import type { Frame } from "../watch.js";

export interface Stretch {
  low: [number, number, number];
  high: [number, number, number];
}

/**
 * 2nd–98th percentiles over the clear pixels of the usable frames (all frames when none is usable),
 * pooled over the three bands so colours keep their balance, with a span of at least 0.1 reflectance.
 */
export function seriesStretch(frames: Frame[], lowP = 0.02, highP = 0.98, minSpan = 1000): Stretch {
  const use = frames.some((f) => f.usable) ? frames.filter((f) => f.usable) : frames;
  const hist = new Uint32Array(65536);
  let n = 0;
  for (const f of use)
    for (let b = 0; b < 3; b++) {
      const a = f.rgb[b];
      for (let i = 0; i < a.length; i++) if (f.clear[i] && a[i]) { hist[a[i]]++; n++; }
    }
  let acc = 0, lo = 0, hi = 3000, gotLo = false;
  for (let v = 0; v < 65536 && n; v++) {
    acc += hist[v];
    if (!gotLo && acc >= n * lowP) { lo = v; gotLo = true; }
    if (acc >= n * highP) { hi = v; break; }
  }
  hi = Math.max(hi, lo + minSpan);
  return { low: [lo, lo, lo], high: [hi, hi, hi] };
}

/** RGB bytes (interleaved) of a frame under a stretch; no-data pixels are black. */
export function toRgb(f: Frame, s: Stretch, gamma = 0.8): Uint8Array {
  const n = f.width * f.height;
  const out = new Uint8Array(n * 3);
  for (let b = 0; b < 3; b++) {
    const a = f.rgb[b], lo = s.low[b], span = s.high[b] - s.low[b];
    for (let i = 0; i < n; i++) {
      if (!a[i]) continue;
      const t = Math.min(1, Math.max(0, (a[i] - lo) / span));
      out[i * 3 + b] = Math.round(255 * t ** gamma);
    }
  }
  return out;
}
