/**
 * Time-lapse encoders: animated GIF with gifenc (pure JS, one palette per frame) and animated WebP with sharp.
 * @module
 */
import sharp from "sharp";
import gifenc from "gifenc";

export interface RgbaFrame {
  data: Uint8Array;
  width: number;
  height: number;
}

export function encodeGif(frames: RgbaFrame[], delayMs = 700): Buffer {
  const enc = gifenc.GIFEncoder();
  for (const f of frames) {
    const palette = gifenc.quantize(f.data, 256);
    const index = gifenc.applyPalette(f.data, palette);
    enc.writeFrame(index, f.width, f.height, { palette, delay: delayMs, repeat: 0 });
  }
  enc.finish();
  return Buffer.from(enc.bytes());
}

export async function encodeWebp(pngs: Buffer[], delayMs = 700): Promise<Buffer> {
  // sharp's join needs two images or more
  if (pngs.length === 1) return sharp(pngs[0]).webp({ quality: 80 }).toBuffer();
  return sharp(pngs, { join: { animated: true } }).webp({ loop: 0, delay: pngs.map(() => delayMs), quality: 80 }).toBuffer();
}
