/**
 * A small tiled-GeoTIFF (COG-style) writer for fixtures and benchmarks: one band, uint8 or uint16,
 * DEFLATE (node:zlib), optional horizontal predictor, square tiles, UTM GeoKeys, GDAL_NODATA.
 * Layout: header, IFD and tag arrays first, then tile data — what a COG reader expects.
 * Tiles can be given pre-compressed (a repeated background tile is compressed once).
 * @module
 */
import { deflateSync } from "node:zlib";

export interface CogSpec {
  width: number;
  height: number;
  bits: 8 | 16;
  tile?: number;
  /** upper-left corner in the CRS, metres */
  x0: number;
  y0: number;
  res: number;
  epsg: number;
  predictor?: boolean;
  nodata?: number | null;
  /** zlib level (GDAL's default is 6) */
  level?: number;
}

/** Compresses one tile of raw samples (row-major tile×tile). */
export function encodeTile(samples: Uint8Array | Uint16Array, tile: number, predictor = false, level = 6): Buffer {
  let s = samples;
  if (predictor) {
    // typed arrays wrap on store, so the difference needs no mask
    s = samples.slice();
    for (let y = 0; y < tile; y++) {
      const row = y * tile;
      for (let x = tile - 1; x > 0; x--) s[row + x] = s[row + x] - s[row + x - 1];
    }
  }
  return deflateSync(Buffer.from(s.buffer, s.byteOffset, s.byteLength), { level });
}

/**
 * Writes the file. `tileAt(tx, ty)` returns either raw samples (tile×tile, row-major, little endian host)
 * or an already compressed Buffer.
 */
export function writeCog(spec: CogSpec, tileAt: (tx: number, ty: number) => Uint8Array | Uint16Array | Buffer): Buffer {
  const tile = spec.tile ?? 256;
  const tx = Math.ceil(spec.width / tile);
  const ty = Math.ceil(spec.height / tile);
  const n = tx * ty;
  const tiles: Buffer[] = [];
  for (let j = 0; j < ty; j++)
    for (let i = 0; i < tx; i++) {
      const t = tileAt(i, j);
      tiles.push(Buffer.isBuffer(t) ? t : encodeTile(t as Uint8Array | Uint16Array, tile, spec.predictor, spec.level));
    }
  // GeoKeyDirectory: version 1.1.0, 3 keys: model type projected, raster type PixelIsArea, projected CRS
  const geoKeys = [1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, spec.epsg];
  const nodata = spec.nodata === null ? null : String(spec.nodata ?? 0) + "\0";
  type Entry = { tag: number; type: number; values: number[] | string };
  const SHORT = 3, LONG = 4, DOUBLE = 12, ASCII = 2;
  const entries: Entry[] = [
    { tag: 256, type: LONG, values: [spec.width] },
    { tag: 257, type: LONG, values: [spec.height] },
    { tag: 258, type: SHORT, values: [spec.bits] },
    { tag: 259, type: SHORT, values: [8] },
    { tag: 262, type: SHORT, values: [1] },
    { tag: 277, type: SHORT, values: [1] },
    { tag: 284, type: SHORT, values: [1] },
    { tag: 317, type: SHORT, values: [spec.predictor ? 2 : 1] },
    { tag: 322, type: SHORT, values: [tile] },
    { tag: 323, type: SHORT, values: [tile] },
    { tag: 324, type: LONG, values: new Array(n).fill(0) },
    { tag: 325, type: LONG, values: tiles.map((t) => t.length) },
    { tag: 339, type: SHORT, values: [1] },
    { tag: 33550, type: DOUBLE, values: [spec.res, spec.res, 0] },
    { tag: 33922, type: DOUBLE, values: [0, 0, 0, spec.x0, spec.y0, 0] },
    { tag: 34735, type: SHORT, values: geoKeys },
  ];
  if (nodata) entries.push({ tag: 42113, type: ASCII, values: nodata });
  const size = (e: Entry) => (e.type === ASCII ? (e.values as string).length : (e.values as number[]).length * (e.type === SHORT ? 2 : e.type === LONG ? 4 : 8));
  const ifdSize = 2 + entries.length * 12 + 4;
  let extra = 8 + ifdSize;
  const extOffset = new Map<Entry, number>();
  for (const e of entries)
    if (size(e) > 4) {
      extOffset.set(e, extra);
      extra += size(e) + (size(e) % 2);
    }
  let dataOff = extra;
  const offsets = entries.find((e) => e.tag === 324)!.values as number[];
  for (let i = 0; i < n; i++) {
    offsets[i] = dataOff;
    dataOff += tiles[i].length;
  }
  const buf = Buffer.alloc(dataOff);
  buf.write("II", 0, "latin1");
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(8, 4);
  buf.writeUInt16LE(entries.length, 8);
  const writeVals = (e: Entry, at: number) => {
    if (e.type === ASCII) return void buf.write(e.values as string, at, "latin1");
    (e.values as number[]).forEach((v, k) => {
      if (e.type === SHORT) buf.writeUInt16LE(v, at + k * 2);
      else if (e.type === LONG) buf.writeUInt32LE(v, at + k * 4);
      else buf.writeDoubleLE(v, at + k * 8);
    });
  };
  entries.forEach((e, k) => {
    const at = 10 + k * 12;
    buf.writeUInt16LE(e.tag, at);
    buf.writeUInt16LE(e.type, at + 2);
    buf.writeUInt32LE(e.type === ASCII ? (e.values as string).length : (e.values as number[]).length, at + 4);
    const ext = extOffset.get(e);
    if (ext !== undefined) {
      buf.writeUInt32LE(ext, at + 8);
      writeVals(e, ext);
    } else writeVals(e, at + 8);
  });
  buf.writeUInt32LE(0, 10 + entries.length * 12);
  for (let i = 0; i < n; i++) tiles[i].copy(buf, offsets[i]);
  return buf;
}
