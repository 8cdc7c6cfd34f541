/**
 * Annotated images: the stretched frame enlarged, with an SVG overlay drawn by sharp/librsvg:
 * date, clear share, flags, AOI outline, axis, scale bar, north arrow (grid north) and the
 * Copernicus attribution.
 * @module
 */
import sharp from "sharp";
import { toUtm, type Grid, type LonLat } from "../aoi.js";

export interface Overlay {
  grid: Grid;
  date: string;
  lines: string[];
  ring?: LonLat[] | null;
  axis?: LonLat[] | null;
  warn?: boolean;
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

/** Enlargement so the image is at least `min` pixels on its long side. */
export const zoomFor = (g: Grid, min = 480) => Math.max(1, Math.ceil(min / Math.max(g.width, g.height)));

export function overlaySvg(o: Overlay, zoom: number): string {
  const { grid } = o;
  const W = grid.width * zoom, H = grid.height * zoom;
  const px = (p: LonLat) => {
    const [x, y] = toUtm(p, grid.epsg);
    return `${(((x - grid.x0) / grid.res) * zoom).toFixed(1)},${(((grid.y0 - y) / grid.res) * zoom).toFixed(1)}`;
  };
  const font = `font-family="DejaVu Sans, Arial, sans-serif"`;
  const fs = Math.max(11, Math.round(W / 40));
  // scale bar: a round length near a quarter of the width
  const widthM = grid.width * grid.res;
  const nice = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000].filter((m) => m <= widthM / 4).pop() ?? 10;
  const barPx = (nice / grid.res) * zoom;
  const label = nice >= 1000 ? `${nice / 1000} km` : `${nice} m`;
  const year = o.date.slice(0, 4);
  const textBox = o.lines.length * (fs + 4) + 8;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">`,
    o.ring ? `<polygon points="${o.ring.map(px).join(" ")}" fill="none" stroke="#ffd400" stroke-width="2" stroke-dasharray="6 4"/>` : "",
    o.axis ? `<polyline points="${o.axis.map(px).join(" ")}" fill="none" stroke="#ff3b30" stroke-width="1.5" stroke-opacity="0.7"/>` : "",
    `<rect x="0" y="0" width="${Math.round(W * 0.62)}" height="${textBox}" fill="black" fill-opacity="0.55"/>`,
    ...o.lines.map((l, i) => `<text x="8" y="${8 + (i + 1) * (fs + 4) - 4}" ${font} font-size="${fs}" fill="${i > 0 && o.warn ? "#ff9f0a" : "white"}">${esc(l)}</text>`),
    // north arrow (UTM grid north)
    `<g transform="translate(${W - 28},${12})"><polygon points="10,0 20,28 10,22 0,28" fill="white" stroke="black" stroke-width="1"/><text x="10" y="44" text-anchor="middle" ${font} font-size="${fs}" fill="white" stroke="black" stroke-width="0.4">N</text></g>`,
    // scale bar
    `<g transform="translate(10,${H - 44})"><rect x="-4" y="-16" width="${barPx + 8 + fs * 4}" height="26" fill="black" fill-opacity="0.45"/><rect x="0" y="0" width="${barPx}" height="6" fill="white" stroke="black" stroke-width="1"/><text x="${barPx + 6}" y="7" ${font} font-size="${fs}" fill="white">${label}</text></g>`,
    `<rect x="0" y="${H - 16}" width="${W}" height="16" fill="black" fill-opacity="0.55"/>`,
    `<text x="6" y="${H - 4}" ${font} font-size="11" fill="white">Contains modified Copernicus Sentinel data ${year}</text>`,
    `</svg>`,
  ];
  return parts.join("");
}

/** The annotated image as raw RGB (for GIF) or PNG. */
export async function annotate(rgb: Uint8Array, o: Overlay, zoom: number) {
  const { grid } = o;
  return sharp(Buffer.from(rgb.buffer, rgb.byteOffset, rgb.byteLength), { raw: { width: grid.width, height: grid.height, channels: 3 } })
    .resize(grid.width * zoom, grid.height * zoom, { kernel: "nearest" })
    .composite([{ input: Buffer.from(overlaySvg(o, zoom)), top: 0, left: 0 }]);
}
