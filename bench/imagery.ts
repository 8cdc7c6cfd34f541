/**
 * Benchmark: the whole watch over 12 generated Sentinel-2 dates (tiled COGs with known truth, served
 * from loopback with a mock STAC API): accuracy of the crossing progress against the truth, cloudy
 * dates flagged, share of the fixture bytes read, wall time of the watch and of rendering.
 * Bars: |progress − truth| ≤ 0.10 at every clear date; < 10 % of the bytes; watch < 5 s.
 *
 *   node --import tsx bench/imagery.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildFixtures, serveFixtures, fixtureWorld, DATES, MIXED_DATES, CX, CY, world, shiftOf } from "../test/imagery/fixtures.js";
import { polygonMask } from "../src/imagery/aoi.js";
import { watch } from "../src/imagery/watch.js";
import { writeOutputs } from "../src/imagery/output.js";

const fx = buildFixtures("BASE");
const { server, stac } = await serveFixtures(fx);
const out = mkdtempSync(join(tmpdir(), "dossier-bench-imagery-"));
try {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await watch({ aoi: fx.aoi, axis: fx.axis, from: "2025-01-01", to: "2026-12-31", stac });
  const watchS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU of this process (pipeline + the in-process fixture server): wall time on a shared machine can be far higher
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const t1 = performance.now();
  await writeOutputs(r, out);
  const renderS = (performance.now() - t1) / 1000;

  console.log(`imagery bench: ${DATES.length} dates, ${fx.items.length} items, ${fx.files.size} COGs (${(fx.totalBytes / 1e6).toFixed(1)} MB) generated in ${fx.seconds.toFixed(2)} s`);
  // area truth: the generated world at each AOI pixel centre (with the date's shift)
  const mask = polygonMask(r.grid, fx.aoi.ring);
  const truthAreas = (d: (typeof DATES)[number]) => {
    let water = 0, built = 0;
    const [dx, dy] = shiftOf(d);
    for (let i = 0; i < mask.length; i++) {
      if (!mask[i]) continue;
      const s = world(r.grid.x0 + ((i % r.grid.width) + 0.5) * 10 - CX - dx, r.grid.y0 - (Math.floor(i / r.grid.width) + 0.5) * 10 - CY - dy, d);
      if (s === 0 || s === 7) water++;
      if (s === 2 || s === 3) built++;
    }
    return { water: water / 100, built: built / 100 };
  };
  let worstWater = 0, worstBuilt = 0;
  console.log("date        truth  measured  error   clear  water ha (truth)  bare/built ha (truth)  flags");
  let worst = 0, clearDates = 0, flaggedCloudy = 0, guessed = 0;
  for (const d of DATES) {
    const row = r.rows.find((x) => x.date === d.date);
    const p = row?.progress ?? null;
    const cloudy = d.kind === "cloud";
    if (cloudy) {
      if (row?.flags.includes("cloudy")) flaggedCloudy++;
      if (p != null) guessed++;
    } else {
      clearDates++;
      worst = Math.max(worst, p == null ? 1 : Math.abs(p - d.truth));
    }
    const err = p == null ? "    –" : (p - d.truth >= 0 ? "+" : "") + (p - d.truth).toFixed(3);
    const t = truthAreas(d);
    const a = row?.areas ?? {};
    if (!cloudy && d.kind !== "frozen") worstWater = Math.max(worstWater, Math.abs((a.water ?? 0) - t.water) / t.water);
    if (!cloudy) worstBuilt = Math.max(worstBuilt, Math.abs((a.bare_built ?? 0) + (d.kind === "scl-concrete" ? a.masked ?? 0 : 0) - t.built));
    const areas = `${String(a.water ?? "–").padStart(6)} (${t.water.toFixed(2).padStart(5)})   ${String(a.bare_built ?? "–").padStart(5)} (${t.built.toFixed(2).padStart(5)})`;
    console.log(`${d.date}  ${d.truth.toFixed(2)}   ${p == null ? "  –  " : p.toFixed(3)}    ${err.padStart(6)}  ${row?.clearAoi == null ? " –  " : (row.clearAoi * 100).toFixed(0).padStart(3) + "%"}  ${areas}         ${row?.flags.join(" ") ?? "missing"}`);
  }
  // the same corridor with a fixed NDWI threshold and no same-date river references
  const naive = await watch({ aoi: fx.aoi, axis: fx.axis, from: "2025-01-01", to: "2026-12-31", stac, corridor: { references: false } });
  const naiveErr = DATES.filter((d) => d.kind !== "cloud").map((d) => ({ d, p: naive.rows.find((x) => x.date === d.date)?.progress ?? null }));
  const naiveWorst = naiveErr.reduce((w, { d, p }) => (p == null || Math.abs(p - d.truth) > w.e ? { e: p == null ? 1 : Math.abs(p - d.truth), date: d.date } : w), { e: 0, date: "" });
  console.log(`baseline (fixed NDWI threshold, no references): worst |error| ${naiveWorst.e.toFixed(3)} on ${naiveWorst.date}`);
  const frac = r.bytes / fx.totalBytes;
  console.log(`areas: water worst relative error ${(worstWater * 100).toFixed(1)} % (clear, unfrozen dates); bare/built worst absolute error ${worstBuilt.toFixed(2)} ha (a 14 m road is sub-2-pixel)`);
  console.log(`progress: worst |error| over ${clearDates} clear dates = ${worst.toFixed(3)} (bar 0.10) ${worst <= 0.1 ? "PASS" : "FAIL"}`);
  console.log(`cloudy dates: ${flaggedCloudy} flagged, ${guessed} guessed ${guessed === 0 && flaggedCloudy > 0 ? "PASS" : "FAIL"}`);
  console.log(`bytes read: ${(r.bytes / 1e6).toFixed(2)} MB of ${(fx.totalBytes / 1e6).toFixed(1)} MB = ${(frac * 100).toFixed(2)} % (bar 10 %) in ${r.requests} requests ${frac < 0.1 ? "PASS" : "FAIL"}`);
  console.log(`watch wall time: ${watchS.toFixed(2)} s for ${r.rows.length} dates (bar 5 s) ${watchS < 5 ? "PASS" : "FAIL"} (CPU ${cpuS.toFixed(2)} s incl. the loopback server; load average ${(await import("node:os")).loadavg()[0].toFixed(1)}); rendering (GIF, WebP, chart, ${r.frames.length} snapshots): ${renderS.toFixed(2)} s`);
  const applied = r.rows.filter((x) => x.coregistration?.applied).length;
  console.log(`co-registration: reference ${r.reference}, ${applied} date(s) resampled, ${r.rows.filter((x) => x.flags.includes("not-aligned")).length} not aligned, ${r.rows.filter((x) => x.flags.includes("partly-aligned")).length} on one axis only`);

  // the series split between the two collections (duplicates, offsets either way, a date moved by 2 px)
  const mixed = await fixtureWorld({ dates: MIXED_DATES });
  try {
    const m = await watch({ aoi: mixed.fx.aoi, axis: mixed.fx.axis, from: "2025-01-01", to: "2026-12-31", stac: mixed.stac });
    const errs = MIXED_DATES.map((d) => ({ d, p: m.rows.find((x) => x.date === d.date)?.progress ?? null }));
    const mWorst = Math.max(...errs.map(({ d, p }) => (p == null ? 1 : Math.abs(p - d.truth))));
    const mFrac = m.bytes / mixed.fx.totalBytes;
    const shifted = m.rows.find((x) => x.date === "2025-10-02")?.coregistration;
    const offsetsRight = m.rows.every((x, i) => x.boaOffset?.inData === (MIXED_DATES[i].old?.valuesOffset ?? true));
    console.log(`two collections: ${m.rows.length} of ${MIXED_DATES.length} dates (${Object.entries(m.collections).map(([c, v]) => `${v.kept} from ${c}`).join(", ")}), ${m.rows.reduce((s, x) => s + x.duplicates.length, 0)} duplicates collapsed, offsets ${offsetsRight ? "right" : "WRONG"}; date moved by (-20, +10) m measured at (${shifted?.dx}, ${shifted?.dy}); progress worst |error| ${mWorst.toFixed(3)}; bytes ${(mFrac * 100).toFixed(2)} % ${mWorst <= 0.1 && mFrac < 0.1 && offsetsRight && m.rows.length === MIXED_DATES.length ? "PASS" : "FAIL"}`);
    if (!(mWorst <= 0.1 && mFrac < 0.1 && offsetsRight)) process.exitCode = 1;
  } finally {
    await mixed.server.close();
  }
  if (!(worst <= 0.1 && guessed === 0 && frac < 0.1 && watchS < 5)) process.exitCode = 1;
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
