/**
 * Spectral indices and a simple per-pixel classification on reflectance grids (Float32, NaN = no data).
 * NDWI uses green/NIR (both 10 m) so narrow structures still register; MNDWI/NDBI/BSI use the 20 m SWIR
 * band and serve the larger areas (yards, approaches).
 * @module
 */
export interface Bands {
  blue: Float32Array;
  green: Float32Array;
  red: Float32Array;
  nir: Float32Array;
  swir16: Float32Array;
}

export const nd = (a: number, b: number) => (a + b === 0 ? 0 : (a - b) / (a + b));

export function index(b: Bands, f: (i: number) => number): Float32Array {
  const out = new Float32Array(b.red.length);
  for (let i = 0; i < out.length; i++) out[i] = f(i);
  return out;
}

export const ndvi = (b: Bands) => index(b, (i) => nd(b.nir[i], b.red[i]));
export const ndwi = (b: Bands) => index(b, (i) => nd(b.green[i], b.nir[i]));
export const mndwi = (b: Bands) => index(b, (i) => nd(b.green[i], b.swir16[i]));
export const ndbi = (b: Bands) => index(b, (i) => nd(b.swir16[i], b.nir[i]));
export const bsi = (b: Bands) => index(b, (i) => nd(b.swir16[i] + b.red[i], b.nir[i] + b.blue[i]));

export const CLASSES = ["masked", "water", "vegetation", "bare_built", "snow_ice", "other"] as const;
export type ClassName = (typeof CLASSES)[number];
export const C = { masked: 0, water: 1, vegetation: 2, bare_built: 3, snow_ice: 4, other: 5 } as const;

/**
 * Per-pixel class: snow/ice from SCL 11; water when NDWI > 0.1 or MNDWI > 0.2 (and not vegetated);
 * vegetation when NDVI > 0.4; bare or built when NDVI < 0.25 and (BSI > 0 or NDBI > -0.05).
 */
export function classify(b: Bands, scl: Uint8Array, clear: Uint8Array): Uint8Array {
  const out = new Uint8Array(scl.length);
  for (let i = 0; i < out.length; i++) {
    if (!clear[i] || Number.isNaN(b.red[i]) || Number.isNaN(b.nir[i])) { out[i] = C.masked; continue; }
    if (scl[i] === 11) { out[i] = C.snow_ice; continue; }
    const vi = nd(b.nir[i], b.red[i]);
    const wi = nd(b.green[i], b.nir[i]);
    const mw = Number.isNaN(b.swir16[i]) ? -1 : nd(b.green[i], b.swir16[i]);
    if ((wi > 0.1 || mw > 0.2) && vi < 0.2) out[i] = C.water;
    else if (vi > 0.4) out[i] = C.vegetation;
    else if (vi < 0.25 && !Number.isNaN(b.swir16[i]) && (nd(b.swir16[i] + b.red[i], b.nir[i] + b.blue[i]) > 0 || nd(b.swir16[i], b.nir[i]) > -0.05)) out[i] = C.bare_built;
    else out[i] = C.other;
  }
  return out;
}

/** Hectares per class inside a region (pixel area in m²). */
export function classAreas(classes: Uint8Array, region: Uint8Array, pixelArea: number): Record<ClassName, number> {
  const counts = new Array(CLASSES.length).fill(0);
  for (let i = 0; i < classes.length; i++) if (region[i]) counts[classes[i]]++;
  const out = {} as Record<ClassName, number>;
  CLASSES.forEach((c, k) => (out[c] = Math.round((counts[k] * pixelArea) / 100) / 100));
  return out;
}
