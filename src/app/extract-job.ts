/**
 * One report's extraction as `add` needs it, in whatever process runs it: its figures packed for the
 * store, and for an undated report the relative dates that could not be placed (for the warning),
 * from the same single pass.
 * @module
 */
import { extract } from "../extract/index.js";
import { packFigures, type PackedFigures } from "../store/index.js";
import type { Mention } from "../types.js";

/** What a process needs to extract one report (plain data: it crosses to a child process). */
export interface ExtractJob {
  text: string;
  published: string | null;
  language: string | null;
  /** the report id written into each figure's `source` */
  source: string;
  /** the code's key (code.ts): given, what reconcile works out of the report alone is made and stored with its figures */
  prepCode?: string;
}

export interface Extracted {
  /** null when extraction failed: the report is stored without figures and the next `add` extracts it again */
  figures: PackedFigures | null;
  /** an undated report's relative dates that could not be placed, as quoted (at most 8; empty when dated) */
  unresolved: string[];
}

const unplaced = (m: Mention) => m.kind === "date" && !m.date;

/** Reconcile's `reportPrep`, once loaded (`withPrep`). */
let prepOf: ((text: string, figures: Mention[], language: string | null) => Uint8Array | null) | null = null;

/**
 * Loads what makes each report's prep when `jobs` ask for it (a bulk add's): only then, so that
 * an `add` of a few reports never loads reconcile's modules (~0.3 s of CPU).
 */
export async function withPrep(jobs: ExtractJob[]): Promise<void> {
  if (prepOf || !jobs.some((j) => j.prepCode)) return;
  try {
    prepOf = (await import("../reconcile/index.js")).reportPrep;
  } catch {
    // no prep: the brief prepares these reports itself
  }
}

/** The relative dates an extraction with `keepUnresolved` could not place, as quoted in the text (at most 8). */
export function unplacedQuotes(found: Mention[]): string[] {
  const quotes = found.filter((m) => unplaced(m) && m.flags?.includes("relative-date-unresolved")).map((m) => m.text);
  return [...new Set(quotes)].slice(0, 8);
}

export function extractJob(job: ExtractJob): Extracted {
  try {
    const undated = !job.published;
    // an undated report keeps its unplaceable dates in this one pass, for the warning; they are
    // dropped before storing, which leaves exactly what a plain extraction gives (context is
    // annotated figure by figure, so the others are untouched by them)
    const found = extract(job.text, { published: job.published, language: job.language, source: job.source, keepUnresolved: undated });
    // a first brief reads it instead of working it out for every report (src/reconcile/stored.ts)
    const made = prepOf;
    const prep = job.prepCode && made ? { of: (ms: Mention[]) => made(job.text, ms, job.language ?? null), code: job.prepCode } : undefined;
    if (!undated) return { figures: packFigures(job.source, found, prep), unresolved: [] };
    const unresolved = unplacedQuotes(found);
    // kept with the figures: a re-add of the file warns of them without extracting again
    return { figures: { ...packFigures(job.source, found.filter((m) => !unplaced(m)), prep), unplaced: unresolved }, unresolved };
  } catch {
    // extraction never throws by contract; if it did, the report is stored without figures
    return { figures: null, unresolved: [] };
  }
}

/** Reports per batch of extraction and writing: few commits (each costs a WAL flush), small enough to hold in memory. */
export const BATCH = 100;
/** …and at most this many characters of text per batch (a few huge reports commit on their own). */
export const BATCH_CHARS = 4_000_000;

/**
 * The results of `jobs`, in their order: in the pool's processes when there is one, else here. A
 * process that fails leaves its batch to this one (the same function, the same result).
 */
export async function extractJobs(jobs: ExtractJob[], pool: { run(jobs: ExtractJob[]): Promise<Extracted[]> } | null): Promise<Extracted[]> {
  if (pool)
    try {
      return await pool.run(jobs);
    } catch {
      // extracted below
    }
  await withPrep(jobs);
  return jobs.map(extractJob);
}
