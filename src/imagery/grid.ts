/**
 * Puts a source window onto the output grid: nearest for class rasters (SCL), bilinear for
 * reflectance, through proj4 when the source is in another UTM zone.
 * @module
 */
import { converter, type Grid } from "./aoi.js";

export interface SourceWindow {
  data: ArrayLike<number>;
  width: number;
  height: number;
  /** upper-left corner of the window, in the source CRS */
  x0: number;
  y0: number;
  res: number;
  epsg: number;
}

/** Source-CRS coordinates of every grid pixel centre (interleaved x, y). */
export function gridCoords(grid: Grid, epsg: number): Float64Array {
  const out = new Float64Array(grid.width * grid.height * 2);
  const conv = epsg === grid.epsg ? null : converter(grid.epsg, epsg);
  let k = 0;
  for (let r = 0; r < grid.height; r++)
    for (let c = 0; c < grid.width; c++) {
      const x = grid.x0 + (c + 0.5) * grid.res, y = grid.y0 - (r + 0.5) * grid.res;
      if (conv) {
        const [sx, sy] = conv.forward([x, y]);
        out[k++] = sx;
        out[k++] = sy;
      } else {
        out[k++] = x;
        out[k++] = y;
      }
    }
  return out;
}

/** Pixel window [c0, r0, c1, r1) of a raster (origin x0,y0, res) covering the coordinates, with a margin. */
export function windowFor(coords: Float64Array, x0: number, y0: number, res: number, margin = 2): [number, number, number, number] {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < coords.length; i += 2) {
    if (coords[i] < minX) minX = coords[i];
    if (coords[i] > maxX) maxX = coords[i];
    if (coords[i + 1] < minY) minY = coords[i + 1];
    if (coords[i + 1] > maxY) maxY = coords[i + 1];
  }
  return [Math.floor((minX - x0) / res) - margin, Math.floor((y0 - maxY) / res) - margin, Math.ceil((maxX - x0) / res) + margin, Math.ceil((y0 - minY) / res) + margin];
}

/** Nearest-neighbour sample; NaN/0 handling is left to the caller via `nodata`. */
export function sampleNearest(src: SourceWindow, coords: Float64Array, out: Float32Array | Uint8Array, nodata = 0) {
  for (let i = 0, k = 0; k < coords.length; i++, k += 2) {
    const c = Math.floor((coords[k] - src.x0) / src.res);
    const r = Math.floor((src.y0 - coords[k + 1]) / src.res);
    out[i] = c >= 0 && r >= 0 && c < src.width && r < src.height ? src.data[r * src.width + c] : nodata;
  }
}

/** Bilinear sample of reflectance; a nodata neighbour (NaN) falls back to nearest. */
export function sampleBilinear(src: { data: Float32Array; width: number; height: number; x0: number; y0: number; res: number }, coords: Float64Array, out: Float32Array) {
  const W = src.width, H = src.height;
  for (let i = 0, k = 0; k < coords.length; i++, k += 2) {
    const fx = (coords[k] - src.x0) / src.res - 0.5;
    const fy = (src.y0 - coords[k + 1]) / src.res - 0.5;
    const c = Math.floor(fx), r = Math.floor(fy);
    if (c < 0 || r < 0 || c + 1 >= W || r + 1 >= H) {
      const cn = Math.round(fx), rn = Math.round(fy);
      out[i] = cn >= 0 && rn >= 0 && cn < W && rn < H ? src.data[rn * W + cn] : NaN;
      continue;
    }
    const dx = fx - c, dy = fy - r;
    const a = src.data[r * W + c], b = src.data[r * W + c + 1], d = src.data[(r + 1) * W + c], e = src.data[(r + 1) * W + c + 1];
    const v = a * (1 - dx) * (1 - dy) + b * dx * (1 - dy) + d * (1 - dx) * dy + e * dx * dy;
    out[i] = Number.isNaN(v) ? src.data[Math.round(fy) * W + Math.round(fx)] : v;
  }
}
