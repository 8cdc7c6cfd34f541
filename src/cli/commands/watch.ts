/** `dossier watch`: parse options, run the imagery pipeline, write outputs, print, store. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CommandContext } from "../cli.js";
import { ExitError, UsageError } from "../errors.js";
import { progress, table } from "../io.js";
import { openStore } from "../../store/index.js";
import { AoiError, axisLine, parseAoiSpec, polygonAoi, type Aoi } from "../../imagery/aoi.js";
import { toObservations, watch } from "../../imagery/watch.js";
import { tableJson, writeOutputs } from "../../imagery/output.js";
import { summarize } from "../../imagery/change.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readGeoJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what}: ${path}: no such file (give a GeoJSON file${what === "--aoi" ? " or lat,lon,radius_m" : ""})`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ExitError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

export async function run(ctx: CommandContext): Promise<number> {
  const o = ctx.options;
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const aoiArg = str("aoi"), from = str("from"), to = str("to");
  if (!aoiArg) throw new UsageError("--aoi is required (a GeoJSON polygon file or lat,lon,radius_m)");
  if (!from || !DAY.test(from) || Number.isNaN(Date.parse(from))) throw new UsageError("--from YYYY-MM-DD is required");
  if (!to || !DAY.test(to) || Number.isNaN(Date.parse(to))) throw new UsageError("--to YYYY-MM-DD is required");
  if (to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
  const maxCloud = str("max-cloud") != null ? Number(str("max-cloud")) : 80;
  if (!(maxCloud >= 0 && maxCloud <= 100)) throw new UsageError(`--max-cloud must be 0–100, not ${str("max-cloud")}`);
  let aoi: Aoi;
  let axis = null;
  try {
    aoi = parseAoiSpec(aoiArg) ?? polygonAoi(readGeoJson(aoiArg, "--aoi"), aoiArg.replace(/^.*\//, "").replace(/\.(geo)?json$/i, ""));
    if (str("axis")) axis = axisLine(readGeoJson(str("axis")!, "--axis"), str("axis"));
  } catch (e) {
    if (e instanceof AoiError) throw new UsageError(e.message);
    throw e;
  }
  if (str("site")?.trim()) aoi = { ...aoi, label: str("site")!.trim() };
  const outDir = str("out") ?? "./watch-out";
  const cacheDir = str("cache") === "none" ? null : str("cache") ?? join(outDir, "cache");

  // the bar appears once the search has said how many dates there are to read
  let bar: ReturnType<typeof progress> | null = null;
  let found = 0;
  let result;
  try {
    result = await watch({
      aoi,
      axis,
      from,
      to,
      stac: str("stac"),
      maxCloud,
      cacheDir,
      onEvent: (e) => {
        if (e.type === "scenes") {
          found = e.found;
          if (!ctx.io.tty) ctx.io.err(`${e.found} scenes found, ${e.dates} dates to read`);
          bar = progress(ctx.io, `${e.found} scenes, 0.0 MB read; dates`, e.dates);
        } else {
          // a fresh bar per date redraws the same line with the bytes read so far in its label
          bar = progress(ctx.io, `${found} scenes, ${(e.bytes / 1e6).toFixed(1)} MB read; dates`, e.total);
          bar.tick(e.done);
        }
      },
    });
  } catch (e) {
    (bar as ReturnType<typeof progress> | null)?.done();
    throw new ExitError(`watch failed: ${(e as Error).message}`);
  }
  (bar as ReturnType<typeof progress> | null)?.done();
  for (const w of result.warnings) ctx.io.err(`warning: ${w}`);
  if (!result.rows.length) ctx.io.err(`no Sentinel-2 scenes over ${aoi.label} between ${from} and ${to} (max cloud ${maxCloud} %)`);
  const written = result.rows.length ? await writeOutputs(result, outDir) : { files: [] };
  if (str("db")) {
    // the store directly (not shared.ts): watch needs nothing from ingest or extraction
    const store = await openStore({ db: str("db") }).catch((e) => {
      throw new ExitError(`cannot open the store: ${(e as Error).message}`);
    });
    try {
      // provenance says where the outputs are (so `dossier brief` of the store can embed the chart and
      // snapshot) and what the imagery timeline needs besides the per-date fields (crossing size)
      const extra = { outDir: written.files.length ? resolve(outDir) : null, crossingPixels: result.crossingPixels, axis: Boolean(result.axis), watchedAt: new Date().toISOString() };
      await store.addObservations(result.site, toObservations(result).map((ob) => ({ ...ob, provenance: { ...ob.provenance, ...extra } })));
    } finally {
      await store.close();
    }
  }
  if (o.json) ctx.io.out(JSON.stringify(tableJson(result)));
  else {
    const pct = (v: number | null) => (v == null ? "–" : `${Math.round(v * 100)}%`);
    for (const line of table(
      result.rows.map((r) => [r.date, pct(r.clearAoi), pct(r.clearRing), String(r.areas.water ?? "–"), String(r.areas.bare_built ?? "–"), result.axis ? pct(r.progress) : "", r.flags.join(" ")]),
      ["date", "clear", "ring", "water ha", "bare/built ha", result.axis ? "crossing" : "", "flags"],
    ))
      ctx.io.out(line);
  }
  if (!o.json && result.rows.length) {
    const sm = summarize(result.rows, result.crossingPixels);
    const parts = [`bare/built ground first grows ${sm.bareBuiltRise ?? "– not seen"}`];
    if (result.axis)
      parts.unshift(
        `crossing: ${result.crossingPixels} axis pixels over the river (one pixel = ${sm.step == null ? "–" : Math.round(sm.step * 100) + " %"})`,
        `measured on ${sm.measured} of ${sm.dates} dates`,
        `first change ${sm.firstChange ?? "not seen"}`,
        `closed ${sm.closed ?? "not yet"}${sm.latest ? `; latest ${sm.latest.date}: ${Math.round(sm.latest.progress * 100)} %` : ""}`,
      );
    ctx.io.out(parts.join("; "));
  }
  ctx.io.err(`${result.rows.length} dates, ${(result.bytes / 1e6).toFixed(1)} MB read in ${result.requests} requests, ${result.seconds.toFixed(1)} s; outputs in ${outDir} (${written.files.length} files)`);
  return result.rows.some((r) => r.clearAoi != null) || !result.rows.length ? 0 : 1;
}
