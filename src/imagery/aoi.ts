/**
 * Area of interest: parse a point+radius or a GeoJSON polygon (and an optional axis line), choose the
 * UTM zone of the centroid, and lay a 10 m output grid snapped to the Sentinel-2 pixel grid
 * (S2 tile corners are multiples of 20 m in UTM, so snapping to 20 m aligns both 10 m and 20 m bands).
 * @module
 */
import proj4 from "proj4";
import mgrs from "mgrs";

export type LonLat = [number, number];

export interface Aoi {
  /** outer ring, WGS84 lon/lat, closed */
  ring: LonLat[];
  center: LonLat;
  /** a short label for the site, e.g. "42.4200N,130.6400E,r800" */
  label: string;
}

export interface Grid {
  epsg: number;
  /** upper-left corner (metres) */
  x0: number;
  y0: number;
  res: number;
  width: number;
  height: number;
}

export class AoiError extends Error {}

export const utmEpsg = ([lon, lat]: LonLat) => {
  const zone = Math.min(60, Math.max(1, Math.floor((lon + 180) / 6) + 1));
  return (lat >= 0 ? 32600 : 32700) + zone;
};

/** proj4 definition of a WGS84 UTM EPSG code (326xx/327xx), or of 4326/3857. */
export function projDef(epsg: number): string {
  if (epsg === 4326) return "+proj=longlat +datum=WGS84 +no_defs";
  if (epsg === 3857) return "EPSG:3857";
  const zone = epsg % 100;
  if ((epsg >= 32601 && epsg <= 32660) || (epsg >= 32701 && epsg <= 32760))
    return `+proj=utm +zone=${zone}${epsg >= 32700 ? " +south" : ""} +datum=WGS84 +units=m +no_defs`;
  throw new AoiError(`unsupported CRS EPSG:${epsg} (only WGS84 UTM zones)`);
}

export interface Converter {
  forward(p: number[]): number[];
  inverse(p: number[]): number[];
}
const converters = new Map<string, Converter>();
/** A cached converter between two EPSG codes. */
export function converter(from: number, to: number): Converter {
  const k = `${from}>${to}`;
  let c = converters.get(k);
  if (!c) converters.set(k, (c = proj4(projDef(from), projDef(to)) as unknown as Converter));
  return c;
}

export const toUtm = (p: LonLat, epsg: number) => converter(4326, epsg).forward(p) as [number, number];
export const fromUtm = (p: [number, number], epsg: number) => converter(epsg, 4326).forward(p) as LonLat;

export const mgrsTile = (p: LonLat) => mgrs.forward(p, 0);

/** `lat,lon,radius_m` → a circle polygon (64 vertices, drawn in UTM so it is round on the ground). */
export function circleAoi(lat: number, lon: number, radius: number): Aoi {
  if (!(Math.abs(lat) <= 84 && Math.abs(lon) <= 180)) throw new AoiError(`bad coordinates ${lat},${lon}`);
  if (!(radius > 0 && radius <= 50_000)) throw new AoiError(`bad radius ${radius} m (0 < r ≤ 50000)`);
  const epsg = utmEpsg([lon, lat]);
  const [cx, cy] = toUtm([lon, lat], epsg);
  const ring: LonLat[] = [];
  for (let i = 0; i <= 64; i++) {
    const a = (2 * Math.PI * (i % 64)) / 64;
    ring.push(fromUtm([cx + radius * Math.cos(a), cy + radius * Math.sin(a)], epsg));
  }
  return { ring, center: [lon, lat], label: `${lat.toFixed(4)}${lat >= 0 ? "N" : "S"},${lon.toFixed(4)}${lon >= 0 ? "E" : "W"},r${Math.round(radius)}` };
}

/** Finds the first Polygon/MultiPolygon (or LineString, for `kind: "line"`) in any GeoJSON object. */
// biome-ignore lint/suspicious/noExplicitAny: GeoJSON from the user, any shape: read field by field and checked before use
function findGeometry(g: any, types: string[]): any {
  if (!g || typeof g !== "object") return null;
  if (types.includes(g.type)) return g;
  if (g.type === "Feature") return findGeometry(g.geometry, types);
  if (g.type === "FeatureCollection") for (const f of g.features ?? []) { const r = findGeometry(f, types); if (r) return r; }
  if (g.type === "GeometryCollection") for (const f of g.geometries ?? []) { const r = findGeometry(f, types); if (r) return r; }
  return null;
}

const validLonLat = (p: unknown): p is LonLat => Array.isArray(p) && p.length >= 2 && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;

export function polygonAoi(geojson: unknown, name = "polygon"): Aoi {
  const g = findGeometry(geojson, ["Polygon", "MultiPolygon"]);
  if (!g) throw new AoiError(`${name}: no Polygon or MultiPolygon in the GeoJSON`);
  const ring: LonLat[] = (g.type === "Polygon" ? g.coordinates?.[0] : g.coordinates?.[0]?.[0]) ?? [];
  if (ring.length < 4 || !ring.every(validLonLat)) throw new AoiError(`${name}: the polygon ring needs ≥ 4 [lon, lat] positions`);
  const pts = ring.map((p) => [p[0], p[1]] as LonLat);
  const epsg = utmEpsg(pts[0]);
  // vertex mean without the closing repeat (enough for choosing the zone and labelling)
  const open = pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1] ? pts.slice(0, -1) : pts;
  const u = open.map((p) => toUtm(p, epsg));
  const cx = u.reduce((s, p) => s + p[0], 0) / u.length;
  const cy = u.reduce((s, p) => s + p[1], 0) / u.length;
  const center = fromUtm([cx, cy], epsg);
  return { ring: pts, center, label: `${name}@${center[1].toFixed(4)},${center[0].toFixed(4)}` };
}

/** A LineString (the crossing axis) from GeoJSON, as lon/lat positions. */
export function axisLine(geojson: unknown, name = "axis"): LonLat[] {
  const g = findGeometry(geojson, ["LineString", "MultiLineString"]);
  if (!g) throw new AoiError(`${name}: no LineString in the GeoJSON`);
  const line: LonLat[] = (g.type === "LineString" ? g.coordinates : g.coordinates?.[0]) ?? [];
  if (line.length < 2 || !line.every(validLonLat)) throw new AoiError(`${name}: the line needs ≥ 2 [lon, lat] positions`);
  return line.map((p) => [p[0], p[1]]);
}

/**
 * Parses `--aoi`: `lat,lon,radius_m` or GeoJSON text (the caller reads the file).
 * Returns null when the text is neither, so the caller can try it as a path.
 */
export function parseAoiSpec(spec: string): Aoi | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(spec);
  if (m) return circleAoi(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** The output grid: AOI bbox + ring margin in the centroid's UTM zone, snapped to 20 m. */
export function makeGrid(aoi: Aoi, opts: { res?: number; margin?: number; axis?: LonLat[] } = {}): Grid {
  const res = opts.res ?? 10;
  const margin = opts.margin ?? 300;
  const epsg = utmEpsg(aoi.center);
  const pts = [...aoi.ring, ...(opts.axis ?? [])].map((p) => toUtm(p, epsg));
  const snap = 20;
  // a loop, not Math.min(...xs): a ring of a few hundred thousand vertices must not overflow the stack
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const [x, y] of pts) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const x0 = Math.floor((minX - margin) / snap) * snap;
  const x1 = Math.ceil((maxX + margin) / snap) * snap;
  const y0 = Math.ceil((maxY + margin) / snap) * snap;
  const y1 = Math.floor((minY - margin) / snap) * snap;
  const width = Math.round((x1 - x0) / res);
  const height = Math.round((y0 - y1) / res);
  if (width * height > 4_000_000) throw new AoiError(`AOI too large: ${width}×${height} px at ${res} m (max 4 Mpx)`);
  return { epsg, x0, y0, res, width, height };
}

/** Point-in-polygon (even-odd) per pixel centre → 1 inside. */
export function polygonMask(grid: Grid, ring: LonLat[]): Uint8Array {
  const u = ring.map((p) => toUtm(p, grid.epsg));
  const m = new Uint8Array(grid.width * grid.height);
  for (let r = 0; r < grid.height; r++) {
    const y = grid.y0 - (r + 0.5) * grid.res;
    // crossings of this row with the ring edges
    const xs: number[] = [];
    for (let i = 0; i < u.length - 1; i++) {
      const [ax, ay] = u[i];
      const [bx, by] = u[i + 1];
      if ((ay > y) !== (by > y)) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k] - grid.x0) / grid.res - 0.5));
      const c1 = Math.min(grid.width - 1, Math.floor((xs[k + 1] - grid.x0) / grid.res - 0.5));
      for (let c = c0; c <= c1; c++) m[r * grid.width + c] = 1;
    }
  }
  return m;
}

/** Pixels outside the AOI but within `width` metres of it (the ring used to judge clouds around the site). */
export function ringMask(grid: Grid, aoiMask: Uint8Array, width: number): Uint8Array {
  const k = Math.max(1, Math.round(width / grid.res));
  const out = new Uint8Array(aoiMask.length);
  // separable dilation with a square structuring element: cheap and good enough for a ring
  const tmp = new Uint8Array(aoiMask.length);
  const W = grid.width, H = grid.height;
  for (let r = 0; r < H; r++) {
    let last = -Infinity;
    for (let c = 0; c < W; c++) { if (aoiMask[r * W + c]) last = c; if (c - last <= k) tmp[r * W + c] = 1; }
    last = Infinity;
    for (let c = W - 1; c >= 0; c--) { if (aoiMask[r * W + c]) last = c; if (last - c <= k) tmp[r * W + c] = 1; }
  }
  for (let c = 0; c < W; c++) {
    let last = -Infinity;
    for (let r = 0; r < H; r++) { if (tmp[r * W + c]) last = r; if (r - last <= k) out[r * W + c] = 1; }
    last = Infinity;
    for (let r = H - 1; r >= 0; r--) { if (tmp[r * W + c]) last = r; if (last - r <= k) out[r * W + c] = 1; }
  }
  for (let i = 0; i < out.length; i++) if (aoiMask[i]) out[i] = 0;
  return out;
}
