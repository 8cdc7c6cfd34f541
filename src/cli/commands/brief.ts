/**
 * `dossier brief`: a cited briefing (Markdown, HTML or JSON) of the given files and folders
 * (read in memory, no store needed) or, with no paths, of everything in the store.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Briefing, Mention, Observation, Report, TimelineEntry } from "../../types.js";
import type { CommandContext } from "../cli.js";
import { ExitError, UsageError } from "../errors.js";
import { extract } from "../../extract/index.js";
import { findCopies } from "../../reconcile/copies.js";
import { reconcile } from "../../reconcile/index.js";
import { buildBriefing, FORMATS, render, type Format } from "../../publish/index.js";
import { latestWatch, observationTimeline } from "../../publish/orbit.js";
import { inputsFrom, memoryReport, mentionsOf, storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const given = String(ctx.options.format ?? "md").toLowerCase();
  const format = (given === "markdown" ? "md" : given) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`brief: unknown format "${given}" (use ${FORMATS.join(", ")})`);
  // a wrong --imagery folder fails before any reading
  let figures = await figuresFrom(ctx.options.imagery as string | undefined);
  let reports: Report[] = [];
  let mentions: Mention[] = [];
  let observations: Observation[] = [];
  let failed = 0;
  if (ctx.args.length) {
    const read = await inputsFrom(ctx, ctx.args);
    failed = read.failed;
    // the same file given twice (or a copy with identical bytes) is one report
    const seen = new Set<string>();
    reports = read.inputs.map(memoryReport).filter((r) => !seen.has(r.id) && seen.add(r.id));
    const copies = findCopies(reports);
    reports = reports.map((r) => (r.copyOf || !copies.has(r.id) ? r : { ...r, copyOf: copies.get(r.id)! }));
    mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));
  } else {
    const store = await storeFrom(ctx);
    try {
      reports = await store.listReports();
      for (const r of reports) mentions.push(...(await mentionsOf(r, store)));
      // what `dossier watch --db` stored: shown under "From orbit"
      observations = await store.listObservations();
    } finally {
      await store.close();
    }
  }
  if (!reports.length) {
    if (failed) return 1;
    throw new ExitError(ctx.args.length ? "no reports to brief" : "the store has no reports (add some with `dossier add`, or give files or folders)");
  }
  // files and folders had their copies found above; a store's copy marks may predate later adds, so it is checked again
  const { facts, timeline: told } = reconcile({ reports, mentions, copiesResolved: ctx.args.length > 0 });
  // imagery milestones sit on the timeline beside the reports' dated events (buildBriefing orders by date)
  // (files briefed with --imagery DIR: the milestones that watch wrote in DIR/table.json)
  const imageryDir = ctx.options.imagery as string | undefined;
  const timeline = [...told, ...(observations.length ? observationTimeline(observations) : imageryDir ? tableTimeline(imageryDir) : [])];
  if (!figures?.length && observations.length) figures = await storedFigures(ctx, observations);
  const briefing = buildBriefing({ reports, mentions, facts, timeline, observations, figures, title: (ctx.options.title as string | undefined) ?? titleFor(ctx.args) });
  const text = render(briefing, format);
  const out = ctx.options.out as string | undefined;
  if (out) {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new ExitError(`cannot write ${out}: ${(e as Error).message}`);
    }
    ctx.io.err(`wrote ${out} (${format}, ${briefing.sources.length} reports, ${briefing.facts.length} facts)`);
  } else ctx.io.out(text.replace(/\n$/, ""));
  return failed ? 1 : 0;
}

/** The figures of a `dossier watch` output folder (chart SVG, latest clear snapshot PNG). */
async function figuresFrom(dir: string | undefined): Promise<Briefing["figures"]> {
  if (!dir) return [];
  const { latestFigures } = await import("../../imagery/output.js");
  let figures;
  try {
    figures = latestFigures(dir);
  } catch (e) {
    throw new ExitError(`cannot read imagery from ${dir}: ${(e as Error).message}`);
  }
  if (!figures.length) throw new ExitError(`${dir}: no \`dossier watch\` output there (table.json with chart.svg or snapshots/)`);
  return figures;
}

/**
 * Without --imagery, the figures of the most recent watch stored: its output folder is in the
 * observations' provenance. A folder since moved or deleted is skipped with a note, not an error.
 */
async function storedFigures(ctx: CommandContext, observations: Observation[]): Promise<Briefing["figures"]> {
  const last = latestWatch(observations);
  if (!last?.outDir) return [];
  const note = `note: no figures for site ${last.site}: the \`dossier watch\` output folder ${last.outDir}`;
  if (!existsSync(last.outDir)) {
    ctx.io.err(`${note} is gone (give --imagery DIR)`);
    return [];
  }
  const { latestFigures } = await import("../../imagery/output.js");
  try {
    const figures = latestFigures(last.outDir);
    if (!figures.length) ctx.io.err(`${note} holds no chart or snapshot`);
    return figures;
  } catch (e) {
    ctx.io.err(`${note} cannot be read: ${(e as Error).message}`);
    return [];
  }
}

/** The imagery milestones a watch output folder's table.json lists (none when it has no axis). */
function tableTimeline(dir: string): TimelineEntry[] {
  try {
    const t = JSON.parse(readFileSync(join(dir, "table.json"), "utf8")) as { timeline?: unknown };
    return Array.isArray(t.timeline) ? (t.timeline as TimelineEntry[]).filter((e) => typeof e?.event === "string" && typeof e?.date?.start === "string" && typeof e.date.end === "string" && Array.isArray(e.sources)) : [];
  } catch {
    return [];
  }
}

/** A folder's name makes a better title than a count: "examples/tumen-bridge" → "Tumen bridge". */
function titleFor(args: string[]): string | undefined {
  if (args.length !== 1 || /^https?:/i.test(args[0])) return undefined;
  const name = basename(resolve(args[0])).replace(/\.[a-z]+$/i, "").replace(/[-_]+/g, " ").trim();
  return name ? `Briefing: ${name[0].toUpperCase()}${name.slice(1)}` : undefined;
}
