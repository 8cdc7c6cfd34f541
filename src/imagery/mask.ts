/**
 * Sentinel-2 Scene Classification (SCL) → usable-pixel mask and clear fractions.
 * Masked: 0 no data, 1 saturated/defective, 3 cloud shadow, 8/9 cloud, 10 cirrus.
 * Kept: 2 dark area, 4 vegetation, 5 bare, 6 water, 7 unclassified, 11 snow/ice (its own class).
 * @module
 */
export const SCL_MASKED = new Set([0, 1, 3, 8, 9, 10]);
export const SCL_CLOUD = new Set([8, 9, 10]);

/** 1 where the pixel can be used. */
export function clearMask(scl: Uint8Array): Uint8Array {
  const m = new Uint8Array(scl.length);
  for (let i = 0; i < scl.length; i++) m[i] = SCL_MASKED.has(scl[i]) ? 0 : 1;
  return m;
}

/** Share of region pixels (region[i] = 1) that are clear; null for an empty region. */
export function clearFraction(clear: Uint8Array, region: Uint8Array | number[]): number | null {
  let n = 0, k = 0;
  if (Array.isArray(region)) {
    for (const i of region) { n++; k += clear[i]; }
  } else for (let i = 0; i < region.length; i++) if (region[i]) { n++; k += clear[i]; }
  return n ? k / n : null;
}

