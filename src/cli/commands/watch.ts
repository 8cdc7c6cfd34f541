/** `dossier watch`: parse options, run the imagery use case, print the table and a summary. */
import { watchSite, watchSummary, watchTable, type Watched } from "../../app/watch.js";
import type { CommandContext } from "../cli.js";
import { UsageError } from "../errors.js";
import { progress, table } from "../io.js";

export async function run(ctx: CommandContext): Promise<number> {
  const o = ctx.options;
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const aoiArg = str("aoi"), from = str("from"), to = str("to");
  if (!aoiArg) throw new UsageError("--aoi is required (a GeoJSON polygon file or lat,lon,radius_m)");
  if (!from) throw new UsageError("--from YYYY-MM-DD is required");
  if (!to) throw new UsageError("--to YYYY-MM-DD is required");
  const maxCloud = str("max-cloud") != null ? Number(str("max-cloud")) : 80;
  if (!(maxCloud >= 0 && maxCloud <= 100)) throw new UsageError(`--max-cloud must be 0–100, not ${str("max-cloud")}`);
  const outDir = str("out") ?? "./watch-out";
  if (o.save && !str("db")) throw new UsageError("--save keeps the site in a store: give --db too");
  const { parseDuration } = await import("../../app/run.js");
  const everyMs = parseDuration(str("every") ?? "1d");
  if (everyMs == null || everyMs < 3600_000) throw new UsageError(`--every must be a duration of at least an hour, like 12h or 2d (not "${str("every")}")`);

  // the bar appears once the search has said how many dates there are to read
  let bar: ReturnType<typeof progress> | null = null;
  let found = 0;
  let watched: Watched;
  try {
    watched = await watchSite({
      aoi: aoiArg,
      axis: str("axis"),
      site: str("site"),
      aliases: (o.alias as string[] | undefined) ?? [],
      from,
      to,
      stac: str("stac"),
      maxCloud,
      out: outDir,
      cache: str("cache") === "none" ? null : str("cache"),
      db: str("db"),
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
  } finally {
    (bar as ReturnType<typeof progress> | null)?.done();
  }
  const { result, files } = watched;
  for (const w of result.warnings) ctx.io.err(`warning: ${w}`);
  if (!result.rows.length) ctx.io.err(`no Sentinel-2 scenes over ${result.site} between ${from} and ${to} (max cloud ${maxCloud} %)`);
  if (o.json) ctx.io.out(JSON.stringify(await watchTable(result)));
  else {
    const pct = (v: number | null) => (v == null ? "–" : `${Math.round(v * 100)}%`);
    for (const line of table(
      result.rows.map((r) => [r.date, pct(r.clearAoi), pct(r.clearRing), String(r.areas.water ?? "–"), String(r.areas.bare_built ?? "–"), result.axis ? pct(r.progress) : "", r.flags.join(" ")]),
      ["date", "clear", "ring", "water ha", "bare/built ha", result.axis ? "crossing" : "", "flags"],
    ))
      ctx.io.out(line);
  }
  if (!o.json && result.rows.length) {
    const sm = await watchSummary(result);
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
  if (o.save) {
    const { saveSite } = await import("../../app/sites.js");
    const name = await saveSite(str("db"), result.site, { aoi: aoiArg, axis: str("axis"), site: str("site"), aliases: (o.alias as string[] | undefined) ?? [], from, stac: str("stac"), maxCloud, out: outDir, cache: str("cache") === "none" ? null : str("cache") }, everyMs / 3600_000);
    ctx.io.err(`saved site ${name}: \`dossier run\` refreshes it every ${str("every") ?? "1d"}, from ${from} to the day it runs`);
  }
  ctx.io.err(`${result.rows.length} dates, ${(result.bytes / 1e6).toFixed(1)} MB read in ${result.requests} requests, ${result.seconds.toFixed(1)} s; outputs in ${outDir} (${files.length} files)`);
  return result.rows.some((r) => r.clearAoi != null) || !result.rows.length ? 0 : 1;
}
