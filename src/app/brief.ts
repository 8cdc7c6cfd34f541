/**
 * Briefing a dossier: of files and folders read in memory (copies found here, once), or of
 * everything in the store (copies were found when the reports were added). Either way the same
 * composition: reconcile → timeline with the imagery milestones → the Briefing.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildBriefing, entryMarkdown, markdownBriefing, sourcesOf, type MarkdownBriefing } from "../publish/index.js";
import { reconcile } from "../reconcile/index.js";
import type { Briefing, ClaimCheck, Decision, Fact, Mention, Observation, Report, TimelineEntry } from "../types.js";
import { withCopies } from "./copies.js";
import { AppError } from "./errors.js";
import { markdownOfStore } from "./markdown-facts.js";
import { factsOfStore, type Reconciled } from "./reconciled.js";
import { extractAll, memoryReports, readAll, type ReadOptions } from "./reports.js";
import type { Store } from "./store.js";

type Figures = NonNullable<Briefing["figures"]>;

export interface ComposeInput {
  /** reports whose `copyOf` is set where they are copies */
  reports: Report[];
  mentions: Mention[];
  /** the analyst's decisions (merge, split, verdict, hide), re-applied on every reconciliation */
  decisions?: Decision[];
  observations?: Observation[];
  /** imagery milestones for the timeline (see `milestonesOf`) */
  milestones?: TimelineEntry[];
  /** sets the reconciled facts' testable claims against the imagery (see `claimCheckerOf`) */
  claimsOf?: (facts: Fact[]) => ClaimCheck[];
  figures?: Figures;
  title?: string;
  /** ISO timestamp (default now) */
  generated?: string;
  /** facts and timeline reconciled before (kept in the store): not reconciled again */
  reconciled?: Reconciled;
}

/** Reports, their mentions and imagery → the Briefing: the one place the stages are chained. */
export function composeBriefing(input: ComposeInput): Briefing {
  const { reports, mentions } = input;
  const { facts, timeline } = input.reconciled ?? reconcile({ reports, mentions, decisions: input.decisions });
  // imagery milestones sit on the timeline beside the reports' dated events (buildBriefing orders by date)
  return buildBriefing({ reports, mentions, facts, timeline: [...timeline, ...(input.milestones ?? [])], observations: input.observations, claims: input.claimsOf?.(facts), figures: input.figures, title: input.title, generated: input.generated });
}

/**
 * The check of the reports' claims (works began, a share built, completion) against the observed
 * sites, each with the snapshot of its nearest clear date when the watch's output folder is at hand.
 * Undefined without a measured crossing (the imagery stage is then not even loaded).
 */
export async function claimCheckerOf(observations: Observation[]): Promise<ComposeInput["claimsOf"]> {
  if (!observations.some((o) => o.progress != null)) return undefined;
  const imagery = await import("../imagery/index.js");
  const byId = new Map(observations.map((o) => [o.id, o]));
  return (facts) =>
    imagery.siteClaims(facts, observations).map((c) => {
      const dir = c.nearest ? str(byId.get(`${c.site}@${c.nearest.date}`)?.provenance?.outDir) : null;
      const png = dir && c.nearest ? join(dir, "snapshots", `${c.nearest.date}.png`) : null;
      return png && existsSync(png) ? { ...c, snapshot: `data:image/png;base64,${readFileSync(png).toString("base64")}` } : c;
    });
}

/**
 * The imagery milestones of a timeline: from stored observations, else from the table.json that
 * `dossier watch` wrote in the --imagery folder, else none.
 */
export async function milestonesOf(observations: Observation[], imageryDir?: string): Promise<TimelineEntry[]> {
  if (!observations.length) return imageryDir ? await tableTimeline(imageryDir) : [];
  // loaded only when there are observations: the imagery stage pulls in GeoTIFF and image libraries
  const imagery = await import("../imagery/index.js");
  return imagery.observationTimeline(observations);
}

export interface BriefOptions extends ReadOptions {
  /** a `dossier watch` output folder: its chart and latest snapshot are embedded, its milestones timed */
  imagery?: string;
  title?: string;
  generated?: string;
  /** one input could not be read */
  onError?: (message: string) => void;
  /** something the reader should know that is not a failure (figures that could not be found) */
  onNote?: (message: string) => void;
  /** a file or page gives a publication date that names no day (`value`, as written): it is read with its date unknown */
  onUnreadDate?: (origin: string, value: string) => void;
  /** figures are about to be found in `total` reports (for a progress bar) */
  onExtracting?: (total: number) => void;
  /** one report's figures were found (or read from the store) */
  onExtracted?: () => void;
  /**
   * The briefing is rendered in Markdown: a brief of the store may give it as the kept pieces of
   * its facts (`Brief.markdown`), which do not need the facts read.
   */
  markdown?: boolean;
}

export interface Brief {
  /** null when there was nothing to brief, or when it came as `markdown` */
  briefing: Briefing | null;
  /** with `markdown`: the briefing as its Markdown pieces (`renderMarkdownOf`), when it could be had so */
  markdown?: MarkdownBriefing;
  /** inputs that could not be read */
  failed: number;
}

/** The briefing of files, folders and URLs, read in memory (nothing is stored). */
export async function briefPaths(args: string[], opts: BriefOptions = {}): Promise<Brief> {
  // a wrong --imagery folder fails before any reading
  const figures = await figuresFrom(opts.imagery);
  const { inputs, failed } = await readAll(args, opts);
  for (const i of inputs) if (i.unreadDate && !i.published) opts.onUnreadDate?.(i.origin ?? i.id ?? "", i.unreadDate);
  const reports = withCopies(memoryReports(inputs));
  if (!reports.length) return { briefing: null, failed };
  opts.onExtracting?.(reports.length);
  const mentions = await extractAll(reports, opts.onExtracted);
  const milestones = await milestonesOf([], opts.imagery);
  const claimsOf = opts.imagery ? await claimCheckerOf(tableObservations(opts.imagery)) : undefined;
  return { briefing: composeBriefing({ reports, mentions, milestones, claimsOf, figures, title: opts.title ?? titleFor(args), generated: opts.generated }), failed };
}

/** The briefing of everything in the store, with what `dossier watch --db` stored under "From orbit". */
export async function briefStore(store: Store, opts: BriefOptions = {}): Promise<Brief> {
  let figures = await figuresFrom(opts.imagery);
  if (opts.markdown) {
    const observations = await store.listObservations();
    // the claims set against the imagery read the facts themselves
    if (!(await claimCheckerOf(observations))) {
      const { reports, facts, timeline } = await markdownOfStore(store, opts);
      if (!reports.length) return { briefing: null, failed: 0 };
      const milestones = await milestonesOf(observations, opts.imagery);
      if (!figures.length && observations.length) figures = await storedFigures(observations, opts.onNote);
      const sources = new Map(sourcesOf(reports).map((s) => [s.id, s]));
      // imagery milestones after the reports' entries, as `composeBriefing` puts them
      const entries = [...timeline, ...milestones.map((t) => entryMarkdown(t, sources))];
      return { briefing: null, failed: 0, markdown: markdownBriefing({ reports, facts, timeline: entries, observations, figures, title: opts.title, generated: opts.generated }) };
    }
  }
  const { reports, reconciled } = await storeFacts(store, opts);
  if (!reports.length) return { briefing: null, failed: 0 };
  const observations = await store.listObservations();
  const milestones = await milestonesOf(observations, opts.imagery);
  if (!figures.length && observations.length) figures = await storedFigures(observations, opts.onNote);
  const claimsOf = await claimCheckerOf(observations);
  return { briefing: composeBriefing({ reports, mentions: [], reconciled, observations, milestones, claimsOf, figures, title: opts.title, generated: opts.generated }), failed: 0 };
}

/**
 * The stored reports and their reconciled facts: kept ones when the store has not changed since
 * they were made (the reports are then read without their texts), else brought up to date and kept.
 */
export async function storeFacts(store: Store, opts: Pick<BriefOptions, "onExtracting" | "onExtracted" | "onNote"> = {}): Promise<{ reports: Report[]; reconciled: Reconciled }> {
  const { reports, reconciled } = await factsOfStore(store, opts);
  return { reports, reconciled };
}

/** The figures of a `dossier watch` output folder (chart SVG, latest clear snapshot PNG). */
async function figuresFrom(dir: string | undefined): Promise<Figures> {
  if (!dir) return [];
  const { latestFigures } = await import("../imagery/index.js");
  let figures;
  try {
    figures = latestFigures(dir);
  } catch (e) {
    throw new AppError(`cannot read imagery from ${dir}: ${(e as Error).message}`);
  }
  if (!figures.length) throw new AppError(`${dir}: no \`dossier watch\` output there (table.json with chart.svg or snapshots/)`);
  return figures;
}

/**
 * Without --imagery, the figures of the most recent watch stored: its output folder is in the
 * observations' provenance. A folder since moved or deleted is skipped with a note, not an error.
 */
async function storedFigures(observations: Observation[], onNote: (message: string) => void = () => {}): Promise<Figures> {
  const last = latestWatch(observations);
  if (!last?.outDir) return [];
  const note = `note: no figures for site ${last.site}: the \`dossier watch\` output folder ${last.outDir}`;
  if (!existsSync(last.outDir)) {
    onNote(`${note} is gone (give --imagery DIR)`);
    return [];
  }
  const { latestFigures } = await import("../imagery/index.js");
  try {
    const figures = latestFigures(last.outDir);
    if (!figures.length) onNote(`${note} holds no chart or snapshot`);
    return figures;
  } catch (e) {
    onNote(`${note} cannot be read: ${(e as Error).message}`);
    return [];
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The site watched last and the output folder its watch recorded (provenance.outDir; null for
 * observations stored before watch recorded it). "Last" is the latest provenance.watchedAt, then the
 * latest observation date.
 */
export function latestWatch(observations: Observation[]): { site: string; outDir: string | null } | null {
  let best: Observation | null = null;
  const key = (o: Observation) => [str(o.provenance?.watchedAt) ?? "", o.date] as const;
  for (const o of observations) {
    if (!best) {
      best = o;
      continue;
    }
    const [a, b] = [key(o), key(best)];
    if (cmp(a[0], b[0]) > 0 || (a[0] === b[0] && cmp(a[1], b[1]) > 0)) best = o;
  }
  return best ? { site: best.site, outDir: str(best.provenance?.outDir) } : null;
}

/** The imagery milestones a watch output folder's table.json lists (none when it has no axis). */
async function tableTimeline(dir: string): Promise<TimelineEntry[]> {
  try {
    const t = JSON.parse(readFileSync(join(dir, "table.json"), "utf8")) as { timeline?: unknown };
    if (!Array.isArray(t.timeline)) return [];
    // entries that fit the timeline's schema (a hand-edited or older table.json may hold others);
    // zod is loaded only here, where imagery is briefed
    const { TimelineEntrySchema } = await import("../schema.js");
    return (t.timeline as TimelineEntry[]).filter((e) => TimelineEntrySchema.safeParse(e).success);
  } catch {
    return [];
  }
}

/** The rows of a watch output folder's table.json as observations (for checking claims against them). */
function tableObservations(dir: string): Observation[] {
  try {
    const t = JSON.parse(readFileSync(join(dir, "table.json"), "utf8")) as { site?: unknown; rows?: unknown };
    const site = str(t.site) ?? basename(resolve(dir));
    if (!Array.isArray(t.rows)) return [];
    return t.rows
      .filter((r) => typeof r?.date === "string")
      .map((r) => ({ id: `${site}@${r.date}`, site, date: r.date, items: Array.isArray(r.items) ? r.items : [], clearAoi: r.clearAoi ?? null, clearRing: r.clearRing ?? null, areas: r.areas ?? {}, progress: typeof r.progress === "number" ? r.progress : null, flags: Array.isArray(r.flags) ? r.flags : [], provenance: { progressSmoothed: r.progressSmoothed ?? null, outDir: resolve(dir) } }));
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
