/**
 * What a full run keeps beside its facts for incremental updates (update.ts): the document
 * frequencies of the words, a flag per member (what the verdict reads of it beyond its own
 * fields), the pairs of each fact its words do not tie, and each report's main thing.
 * @module
 */
import type { Judged } from "./verdict.js";
import type { Change } from "./features.js";
import type { Freqs } from "./prepare.js";
import type { DocFreq } from "./similarity.js";

/** What `update` needs of kept facts beyond the facts themselves (JSON: kept in the store beside them). */
export interface UpkeepState {
  /** document frequencies of the word bags and label grams of every figure reconciled */
  words: { n: number; df: Record<string, number> };
  grams: { n: number; df: Record<string, number> };
  /** per fact: a digit per member, +1 when it only converts its neighbour ("850 m (2,789 ft)"), +2 when the text stamps it with an hour */
  flags: string[];
  /** per fact: pairs of its members whose words do not tie them to one property (pairKey) */
  untrusted: string[][];
  /**
   * per report reconciled: its main thing (property.ts `mainThings`), which reads every figure of
   * it: with it, an update prepares only the figures it reads of a report. Absent in states kept
   * before it: an update then prepares every figure of the reports it reads.
   */
  main?: Record<string, string | null>;
}

/** The state a full run keeps (index.ts): flags and untrusted pairs per fact, the frequencies, and each report's main thing. */
export function keptState(facts: Array<{ sorted: number[]; untrusted: string[] }>, judged: Judged[], freq: Freqs, main?: Record<string, string | null>): UpkeepState {
  return {
    words: plain(freq.words),
    grams: plain(freq.grams),
    flags: facts.map((f) => f.sorted.map((i) => flagOf(judged[i])).join("")),
    untrusted: facts.map((f) => f.untrusted),
    ...(main ? { main } : {}),
  };
}

/**
 * One base-32 digit per member: what the verdict reads of it beyond its own fields (older stores
 * hold hex digits, which read the same in base 32).
 */
export const flagOf = (j: Judged) => digitOf((j.conversion ? 1 : 0) + (j.stamped ? 2 : 0) + (j.status ? 4 : 0) + (j.said ? 8 : 0) + (j.maybe ? 16 : 0) + (j.pastPeriod ? 32 : 0) + (j.revises ? 64 : 0) + CHANGES.indexOf(j.change ?? null) * 128 + (j.figureTime ?? 0) * 512);
/** A figure's kind of change (own-clause.ts changeOf) as two bits of its flag. */
export const CHANGES: readonly Change[] = [null, "change", "points", "offset"];
/** Flags past base 32's last digit ("v") take one character each above U+0100: still one per member. */
const digitOf = (v: number) => (v < 32 ? v.toString(32) : String.fromCharCode(0x100 + v));
export const bitsOf = (c: string) => (c.charCodeAt(0) >= 0x100 ? c.charCodeAt(0) - 0x100 : Number.parseInt(c, 32) || 0);
export const plain = (d: DocFreq) => ({ n: d.n, df: Object.fromEntries(d.df) });

/** Kept frequencies plus a run's own. */
export function sum(kept: UpkeepState["words"], own: DocFreq): DocFreq {
  const df = new Map(Object.entries(kept.df));
  for (const [k, n] of own.df) df.set(k, (df.get(k) ?? 0) + n);
  return { n: kept.n + own.n, df };
}
