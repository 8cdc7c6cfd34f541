import { test } from "node:test";
import assert from "node:assert/strict";
import { fft2, makeChip, phaseCorrelate } from "./coreg.js";

// a landscape of discs on a field, with a river: rendered with 4×4 sub-samples per pixel at any shift
const W = 96, H = 96;
let seed = 7;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const discs = Array.from({ length: 20 }, () => [rnd() * 110 - 7, rnd() * 110 - 7, 3 + rnd() * 8, rnd() * 0.3 - 0.15]);
const at = (x: number, y: number) => discs.reduce((v, [cx, cy, r, a]) => (Math.hypot(x - cx, y - cy) < r ? v + a : v), Math.abs(y - 50) < 8 ? 0.02 : 0.35);
function image(dx: number, dy: number, invert = false) {
  const a = new Float32Array(W * H);
  for (let r = 0; r < H; r++)
    for (let c = 0; c < W; c++) {
      let v = 0;
      for (let s = 0; s < 16; s++) v += at(c - dx + (s % 4) / 4 - 0.375, r - dy + (s >> 2) / 4 - 0.375);
      a[r * W + c] = invert ? 0.6 - v / 16 : v / 16;
    }
  return a;
}
const all = new Uint8Array(W * H).fill(1);

test("fft2 round-trips", () => {
  const re = Float64Array.from({ length: 64 }, (_, i) => Math.sin(i * 0.7)), im = new Float64Array(64);
  const orig = Float64Array.from(re);
  fft2(re, im, 8);
  fft2(re, im, 8, true);
  for (let i = 0; i < 64; i++) assert.ok(Math.abs(re[i] - orig[i]) < 1e-12);
  assert.throws(() => fft2(new Float64Array(36), new Float64Array(36), 6), /power of two/);
});

test("phase correlation finds whole and sub-pixel shifts, also when the contrast is inverted (ice)", () => {
  const ref = makeChip([image(0, 0)], all, W, H, 64);
  for (const [dx, dy, inv] of [[0, 0, false], [2, -1, false], [0.5, 0.25, false], [-3.25, 1.75, true]] as const) {
    const s = phaseCorrelate(ref, makeChip([image(dx, dy, inv)], all, W, H, 64));
    assert.ok(Math.abs(s.dx - dx) < 0.2 && Math.abs(s.dy - dy) < 0.2, `${dx},${dy}: ${s.dx},${s.dy}`);
    assert.ok(s.ratioX > 1.3 && s.ratioY > 1.3);
  }
});

test("a landscape of east–west edges only pins the north–south shift, not the east–west one", () => {
  const stripes = (dy: number) => Float32Array.from({ length: W * H }, (_, i) => (Math.abs(Math.floor(i / W) - 50 - dy) < 8 ? 0.02 : 0.35));
  const s = phaseCorrelate(makeChip([stripes(0)], all, W, H, 64), makeChip([stripes(2)], all, W, H, 64));
  assert.ok(s.ratioY > 1.3 && Math.abs(s.dy - 2) < 0.3, `${s.dy} ${s.ratioY}`);
  assert.ok(s.ratioX < 1.3, `ratioX ${s.ratioX}`);
});
