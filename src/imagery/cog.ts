/**
 * Window reads from Cloud-Optimized GeoTIFFs: geotiff.js parses the file, our RangeClient moves the bytes.
 * The source prefetches the first 16 KiB (the header and tile index of an S2 COG), rounds small reads
 * up to 8 KiB, and serves repeated reads from what it already has.
 * @module
 */
import { inflate } from "node:zlib";
import { promisify } from "node:util";
import { GeoTIFF, addDecoder, BaseDecoder, type GeoTIFFImage } from "geotiff";
import type { RangeClient } from "./http.js";

// DEFLATE through node:zlib (native, on the libuv thread pool) instead of geotiff.js's pako: several
// times faster and decodes tiles in parallel
const inflateAsync = promisify(inflate);
class ZlibDecoder extends BaseDecoder {
  async decodeBlock(buffer: ArrayBufferLike): Promise<ArrayBufferLike> {
    const out = await inflateAsync(new Uint8Array(buffer));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }
}
// biome-ignore lint/suspicious/noExplicitAny: geotiff types its decoders as its own base class, which this decoder does not extend
addDecoder([8, 32946], async () => ZlibDecoder as any, undefined, false);

const HEADER = 16 * 1024;
const MIN_READ = 8 * 1024;

type Slice = { offset: number; length: number };

class RangeSource {
  private chunks: Array<{ start: number; data: Uint8Array }> = [];
  private pending = new Map<string, Promise<Uint8Array>>();
  constructor(private client: RangeClient, private url: string) {}

  get fileSize() {
    return this.client.size(this.url);
  }

  private have(offset: number, length: number): Uint8Array | null {
    for (const c of this.chunks) if (offset >= c.start && offset + length <= c.start + c.data.length) return c.data.subarray(offset - c.start, offset - c.start + length);
    return null;
  }

  private async read({ offset, length }: Slice): Promise<ArrayBuffer> {
    let got = this.have(offset, length);
    if (!got) {
      const start = offset < HEADER && offset + length <= HEADER ? 0 : offset;
      const end = Math.max(start + (start === 0 ? HEADER : MIN_READ), offset + length) - 1;
      const key = `${start}-${end}`;
      let p = this.pending.get(key);
      if (!p) {
        p = this.client.range(this.url, start, end);
        this.pending.set(key, p);
      }
      const data = await p;
      this.pending.delete(key);
      if (!this.chunks.some((c) => c.start === start && c.data.length === data.length)) this.chunks.push({ start, data });
      got = data.subarray(offset - start, Math.min(data.length, offset - start + length));
    }
    const out = new Uint8Array(length);
    out.set(got);
    return out.buffer;
  }

  fetch(slices: Slice[]): Promise<ArrayBuffer[]> {
    return Promise.all(slices.map((s) => this.read(s)));
  }

  async close() {
    this.chunks = [];
  }
}

export interface CogInfo {
  image: GeoTIFFImage;
  width: number;
  height: number;
  /** upper-left corner in the CRS */
  x0: number;
  y0: number;
  res: number;
  epsg: number | null;
  nodata: number | null;
}

export class CogError extends Error {}

/** Opens a COG through the range client and reads its georeferencing. */
export async function openCog(client: RangeClient, url: string): Promise<CogInfo> {
  let tiff: GeoTIFF;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: geotiff does not export the type of fromSource
    tiff = await (GeoTIFF as any).fromSource(new RangeSource(client, url));
  } catch (e) {
    throw new CogError(`${url}: cannot read as GeoTIFF: ${(e as Error).message}`);
  }
  const image = await tiff.getImage(0);
  const [x0, y0] = image.getOrigin();
  const [rx, ry] = image.getResolution();
  if (!(Math.abs(Math.abs(rx) - Math.abs(ry)) < 1e-6)) throw new CogError(`${url}: non-square pixels (${rx}, ${ry})`);
  const keys = image.getGeoKeys() as Record<string, number> | null;
  const nd = image.getGDALNoData();
  return { image, width: image.getWidth(), height: image.getHeight(), x0, y0, res: Math.abs(rx), epsg: keys?.ProjectedCSTypeGeoKey ?? null, nodata: nd ?? null };
}

/**
 * Reads a pixel window [c0, r0, c1, r1) of band 0; parts outside the image come back as 0 (nodata).
 */
export async function readWindow(cog: CogInfo, c0: number, r0: number, c1: number, r1: number): Promise<Uint16Array> {
  const w = c1 - c0, h = r1 - r0;
  const out = new Uint16Array(w * h);
  const cc0 = Math.max(0, c0), rr0 = Math.max(0, r0), cc1 = Math.min(cog.width, c1), rr1 = Math.min(cog.height, r1);
  if (cc1 <= cc0 || rr1 <= rr0) return out;
  const data = (await cog.image.readRasters({ window: [cc0, rr0, cc1, rr1], samples: [0], interleave: true })) as unknown as ArrayLike<number>;
  const ww = cc1 - cc0;
  for (let r = rr0; r < rr1; r++) {
    const src = (r - rr0) * ww;
    const dst = (r - r0) * w + (cc0 - c0);
    for (let c = 0; c < ww; c++) out[dst + c] = data[src + c];
  }
  return out;
}
