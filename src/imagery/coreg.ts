/**
 * Co-registration of Sentinel-2 dates: the shift between a date and a reference date, by phase
 * correlation (radix-2 FFT in plain TypeScript) on small chips of a stable band.
 *
 * Why gradients: a frozen river or a snowy field inverts or changes the contrast of a band between
 * dates; the gradient magnitude keeps edges as edges whatever their sign. Why a down-weighted centre:
 * the site itself changes (that is what we measure), its ring around does not. Why a regularised,
 * low-passed cross-power spectrum: pure phase correlation gives every frequency equal weight, so a
 * fixed per-detector noise pattern can outvote the few real edges of a quiet landscape.
 * @module
 */

/** In-place radix-2 complex FFT of length n (a power of two), `stride` apart from `off`. */
function fft1(re: Float64Array, im: Float64Array, off: number, stride: number, n: number, inverse: boolean) {
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const a = off + i * stride, b = off + j * stride;
      [re[a], re[b]] = [re[b], re[a]];
      [im[a], im[b]] = [im[b], im[a]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(ang), wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1, ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = off + (i + k) * stride, b = off + (i + k + len / 2) * stride;
        const xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
        re[b] = re[a] - xr;
        im[b] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
        const t = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = t;
      }
    }
  }
}

/** 2-D FFT of an n×n complex array (row-major), in place; the inverse is scaled by 1/n². */
export function fft2(re: Float64Array, im: Float64Array, n: number, inverse = false) {
  if (n & (n - 1) || re.length !== n * n || im.length !== n * n) throw new Error(`fft2: ${n} is not a power of two or the arrays are not ${n}×${n}`);
  for (let r = 0; r < n; r++) fft1(re, im, r * n, 1, n, inverse);
  for (let c = 0; c < n; c++) fft1(re, im, c, n, n, inverse);
  if (inverse) for (let i = 0; i < re.length; i++) (re[i] /= n * n), (im[i] /= n * n);
}

/** A chip ready for correlation: windowed, zero-mean gradient magnitude, and its share of valid pixels. */
export interface Chip {
  n: number;
  data: Float64Array;
  /** share of the chip's pixels that were usable (clear, with data) */
  valid: number;
}

/** The largest power of two ≤ min(width, height, max), at least 16; null when the grid is smaller. */
export function chipSize(width: number, height: number, max = 128): number | null {
  let n = 16;
  if (Math.min(width, height) < n) return null;
  while (n * 2 <= Math.min(width, height, max)) n *= 2;
  return n;
}

/**
 * Centred n×n chip of `bands` (grid row-major, width × height): the sum of their gradient magnitudes where
 * the pixel and its neighbours are usable (0 elsewhere), minus its mean, times a Hann window and `weight` (0–1 per pixel,
 * e.g. low inside the site).
 */
export function makeChip(bands: Float32Array[], usable: Uint8Array, width: number, height: number, n: number, weight?: Float32Array): Chip {
  const c0 = (width - n) >> 1, r0 = (height - n) >> 1;
  const g = new Float64Array(n * n);
  const ok = new Uint8Array(n * n);
  let good = 0;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const gr = r0 + r, gc = c0 + c, i = gr * width + gc;
      if (usable[i]) good++;
      if (gr < 1 || gc < 1 || gr + 1 >= height || gc + 1 >= width) continue;
      if (!usable[i] || !usable[i - 1] || !usable[i + 1] || !usable[i - width] || !usable[i + width]) continue;
      let v = 0;
      for (const band of bands) v += Math.hypot(band[i + 1] - band[i - 1], band[i + width] - band[i - width]);
      if (!Number.isFinite(v)) continue;
      g[r * n + c] = v;
      ok[r * n + c] = 1;
    }
  let sum = 0, k = 0;
  for (let i = 0; i < g.length; i++) if (ok[i]) (sum += g[i]), k++;
  const mean = k ? sum / k : 0;
  const hann = Float64Array.from({ length: n }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (i + 0.5)) / n));
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      const w = hann[r] * hann[c] * (weight ? weight[(r0 + r) * width + c0 + c] : 1);
      g[i] = ok[i] ? (g[i] - mean) * w : 0;
    }
  return { n, data: g, valid: good / (n * n) };
}

export interface Shift {
  /** displacement of the moving chip's content relative to the reference, in pixels (x east, y down) */
  dx: number;
  dy: number;
  /** height of the correlation peak (relative: comparable between dates of one series) */
  peak: number;
  /** peak over the highest value outside its 5×5 neighbourhood: how unambiguous the match is */
  ratio: number;
  /**
   * the same per axis: the best column's maximum over that of any column more than 2 away (ratioX),
   * and for rows (ratioY). A landscape of east–west edges only (a straight river) pins dy, not dx:
   * its peak is a ridge, with a high ratioY and a ratioX near 1.
   */
  ratioX: number;
  ratioY: number;
}

/**
 * Sub-pixel offset of a peak from three samples, clamped to ±0.5: a Gaussian through them (the low-pass
 * makes the peak Gaussian-shaped; a plain parabola pulls towards whole pixels), a parabola when a
 * neighbour is not positive.
 */
const subPixel = (a: number, b: number, c: number) => {
  const [x, y, z] = a > 0 && b > 0 && c > 0 ? [Math.log(a), Math.log(b), Math.log(c)] : [a, b, c];
  const d = x - 2 * y + z;
  return d < 0 ? Math.max(-0.5, Math.min(0.5, (x - z) / (2 * d))) : 0;
};

/**
 * The shift that best maps `ref` onto `mov`: mov(x) ≈ ref(x − d). Regularised phase correlation with a
 * Gaussian low-pass on the cross-power spectrum; sub-pixel by a parabola through the peak's neighbours.
 */
export function phaseCorrelate(ref: Chip, mov: Chip, o: { lowPass?: number; regularise?: number } = {}): Shift {
  const n = ref.n;
  if (mov.n !== n) throw new Error(`phaseCorrelate: chips of ${n} and ${mov.n}`);
  const ar = Float64Array.from(ref.data), ai = new Float64Array(n * n);
  const br = Float64Array.from(mov.data), bi = new Float64Array(n * n);
  fft2(ar, ai, n);
  fft2(br, bi, n);
  const cr = new Float64Array(n * n), ci = new Float64Array(n * n);
  let maxMag = 0;
  for (let i = 0; i < cr.length; i++) {
    // conj(A)·B: its inverse peaks at +d when B is A moved by d
    cr[i] = ar[i] * br[i] + ai[i] * bi[i];
    ci[i] = ar[i] * bi[i] - ai[i] * br[i];
    maxMag = Math.max(maxMag, Math.hypot(cr[i], ci[i]));
  }
  if (!maxMag) return { dx: 0, dy: 0, peak: 0, ratio: 0, ratioX: 0, ratioY: 0 };
  const eps = (o.regularise ?? 0.02) * maxMag;
  const sigma = (o.lowPass ?? 0.25) * n; // in frequency samples
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      const fr = r <= n / 2 ? r : r - n, fc = c <= n / 2 ? c : c - n;
      const w = Math.exp(-(fr * fr + fc * fc) / (2 * sigma * sigma)) / (Math.hypot(cr[i], ci[i]) + eps);
      cr[i] *= w;
      ci[i] *= w;
    }
  fft2(cr, ci, n, true);
  let best = 0;
  for (let i = 1; i < cr.length; i++) if (cr[i] > cr[best]) best = i;
  const br0 = Math.floor(best / n), bc0 = best % n;
  let second = -Infinity;
  for (let i = 0; i < cr.length; i++) {
    const r = Math.floor(i / n), c = i % n;
    const drr = Math.min(Math.abs(r - br0), n - Math.abs(r - br0)), dcc = Math.min(Math.abs(c - bc0), n - Math.abs(c - bc0));
    if (drr > 2 || dcc > 2) second = Math.max(second, cr[i]);
  }
  const rowMax = new Float64Array(n).fill(-Infinity), colMax = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < cr.length; i++) {
    const r = Math.floor(i / n), c = i % n;
    if (cr[i] > rowMax[r]) rowMax[r] = cr[i];
    if (cr[i] > colMax[c]) colMax[c] = cr[i];
  }
  const lineRatio = (m: Float64Array, k: number) => {
    let other = -Infinity;
    for (let j = 0; j < n; j++) if (Math.min(Math.abs(j - k), n - Math.abs(j - k)) > 2) other = Math.max(other, m[j]);
    return other > 0 ? m[k] / other : Infinity;
  };
  const at = (r: number, c: number) => cr[((r + n) % n) * n + ((c + n) % n)];
  const sx = subPixel(at(br0, bc0 - 1), at(br0, bc0), at(br0, bc0 + 1));
  const sy = subPixel(at(br0 - 1, bc0), at(br0, bc0), at(br0 + 1, bc0));
  const wrap = (v: number) => (v > n / 2 ? v - n : v);
  return { dx: wrap(bc0) + sx, dy: wrap(br0) + sy, peak: cr[best], ratio: second > 0 ? cr[best] / second : Infinity, ratioX: lineRatio(colMax, bc0), ratioY: lineRatio(rowMax, br0) };
}
