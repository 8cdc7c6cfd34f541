/**
 * What a full run keeps beside its facts for incremental updates (update.ts): the document
 * frequencies of the words, a flag per member (what the verdict reads of it beyond its own
 * fields), the pairs of each fact its words do not tie, and each report's main thing.
 * @module
 */
import { AMOUNT_KINDS, type Judged } from "./verdict.js";
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

/** The yes/no readings a member's flag keeps, each its own bit, in the order of the bits. */
const FLAG_BITS = ["conversion", "stamped", "status", "said", "maybe", "pastPeriod", "revises"] as const;
/** A figure's kind of change (own-clause.ts changeOf): two bits after the yes/no ones. */
const CHANGES: readonly Change[] = [null, "change", "points", "offset"];
const CHANGE_SHIFT = FLAG_BITS.length;
/**
 * The kind of amount a date says when it held (Judged.timeOf, 1 + its index in AMOUNT_KINDS, 0 for
 * none) and, 8 above it, whether that amount is dated earlier: four bits after the change.
 */
const TIME_OF_SHIFT = CHANGE_SHIFT + 2;
const TIME_OF_EARLIER = 8;
/** Whether its words say its report's own figure replaced it (Judged.replaced): the bit above those; older stores' flags lack it. */
const REPLACED = 1 << (TIME_OF_SHIFT + 4);
/** Whether its sentence calls it provisional (Judged.provisional): the bit above that. */
const PROVISIONAL = REPLACED << 1;

/** What a member's flag keeps of its verdict reading: the fields of `Judged` its own fields do not give back. */
export type Flagged = Required<Pick<Judged, (typeof FLAG_BITS)[number] | "change" | "timeOf" | "timeOfEarlier" | "replaced" | "provisional">>;

/**
 * One character per member: what the verdict reads of it beyond its own fields, as bits (older
 * stores hold hex digits, which read the same in base 32).
 */
export function flagOf(j: Judged): string {
  let v = 0;
  FLAG_BITS.forEach((field, bit) => {
    if (j[field]) v |= 1 << bit;
  });
  v += CHANGES.indexOf(j.change ?? null) << CHANGE_SHIFT;
  if (j.timeOf) v += (1 + AMOUNT_KINDS.indexOf(j.timeOf) + (j.timeOfEarlier ? TIME_OF_EARLIER : 0)) << TIME_OF_SHIFT;
  if (j.replaced) v |= REPLACED;
  if (j.provisional) v |= PROVISIONAL;
  return digitOf(v);
}

/** The readings a flag keeps (flagOf's inverse); an unknown character reads as no flag at all. */
export function flagged(c: string): Flagged {
  const v = bitsOf(c);
  const out = {} as Flagged;
  FLAG_BITS.forEach((field, bit) => {
    out[field] = (v & (1 << bit)) !== 0;
  });
  out.change = CHANGES[(v >> CHANGE_SHIFT) & 3];
  const t = (v >> TIME_OF_SHIFT) & 15;
  out.timeOf = AMOUNT_KINDS[(t % TIME_OF_EARLIER) - 1] ?? null;
  out.timeOfEarlier = out.timeOf !== null && t >= TIME_OF_EARLIER;
  out.replaced = (v & REPLACED) !== 0;
  out.provisional = (v & PROVISIONAL) !== 0;
  return out;
}

/** Flags past base 32's last digit ("v") take one character each above U+0100: still one per member. */
const digitOf = (v: number) => (v < 32 ? v.toString(32) : String.fromCharCode(0x100 + v));
const bitsOf = (c: string) => (c.charCodeAt(0) >= 0x100 ? c.charCodeAt(0) - 0x100 : Number.parseInt(c, 32) || 0);
export const plain = (d: DocFreq) => ({ n: d.n, df: Object.fromEntries(d.df) });

/** Kept frequencies plus a run's own. */
export function sum(kept: UpkeepState["words"], own: DocFreq): DocFreq {
  const df = new Map(Object.entries(kept.df));
  for (const [k, n] of own.df) df.set(k, (df.get(k) ?? 0) + n);
  return { n: kept.n + own.n, df };
}
