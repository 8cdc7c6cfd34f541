/**
 * What a full run keeps beside its facts for incremental updates (update.ts): the document
 * frequencies of the words, what the verdict reads of each member beyond its own fields (a flag,
 * a second digit, and the values a few members have), the pairs of each fact its words do not
 * tie, and each report's main thing.
 * @module
 */
import { AMOUNT_KINDS, type Judged, type Role } from "./verdict.js";
import type { Change } from "./features.js";
import type { Freqs } from "./prepare.js";
import type { DocFreq } from "./similarity.js";
import type { FactMember, Report } from "../types.js";
import { spanFrom, spanOf } from "./interval.js";
import { speakerKey } from "./origins.js";
import { outletOf } from "./judge.js";

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
   * per fact: a second digit per member, the yes/no readings past the flag's (MORE_BITS: an amount
   * per unit, a quantity that moves, progress, a total to date, a level) and its role (a goal, a
   * capacity, a population). Absent in states kept
   * before it, which an update does not read (it returns null: a full run keeps a new state).
   */
  more?: string[];
  /**
   * per fact: the values the verdict reads of a member beyond its own fields (the period its
   * sentence gives it, its value at its report's rate, the moment a stretch of time is measured
   * from), by member index; 0 when no member has any.
   * Absent in states kept before it, as `more`.
   */
  readings?: Array<Record<string, KeptReadings> | 0>;
  /**
   * per report reconciled: its main thing (property.ts `mainThings`), which reads every figure of
   * it: with it, an update prepares only the figures it reads of a report. Absent in states kept
   * before it: an update then prepares every figure of the reports it reads.
   */
  main?: Record<string, string | null>;
  /**
   * the stories the full run found its reports tell (stories.ts): an update marks none, so with two
   * or more it returns null and a full run keeps its figures apart. Absent in states kept before
   * it, which an update does not read either.
   */
  stories?: number;
}

/** The state a full run keeps (index.ts): flags and untrusted pairs per fact, the frequencies, and each report's main thing. */
export function keptState(facts: Array<{ sorted: number[]; untrusted: string[] }>, judged: Judged[], freq: Freqs, main?: Record<string, string | null>, stories = 1): UpkeepState {
  const members = facts.map((f) => f.sorted.map((i) => keptOf(judged[i])));
  return {
    words: plain(freq.words),
    grams: plain(freq.grams),
    untrusted: facts.map((f) => f.untrusted),
    ...(main ? { main } : {}),
    stories,
    ...perFact(members),
  };
}

/** What is kept of one member: its flag, its second digit, and its other readings when it has any. */
export interface KeptMember {
  flag: string;
  more: string;
  readings?: KeptReadings;
}

/**
 * The readings the verdict reads of a member beyond its own fields: `p` the period its sentence
 * gives its amount (Judged.period), `a` its value at its report's rate (Judged.alt: low, high,
 * scale, whole), `w` the moment a stretch of time is measured from (Judged.anchor), `t` a count
 * of the missing added to its sentence's dead (Judged.accounted). A number that
 * is not finite is kept as its string ("Infinity"): JSON has none.
 */
export interface KeptReadings {
  p?: [number | string, number | string];
  a?: [number | string, number | string, string, 0 | 1];
  w?: string;
  t?: number;
}

const num = (x: number): number | string => (Number.isFinite(x) ? x : String(x));

/** What is kept of a member, from what the verdict reads of it. */
export function keptOf(j: Judged): KeptMember {
  let readings: KeptReadings | undefined;
  if (j.period) readings = { p: [num(j.period[0]), num(j.period[1])] };
  if (j.alt) readings = { ...readings, a: [num(j.alt.low), num(j.alt.high), j.alt.scale, j.alt.whole ? 1 : 0] };
  if (j.anchor) readings = { ...readings, w: j.anchor };
  if (j.accounted !== undefined) readings = { ...readings, t: j.accounted };
  return { flag: flagOf(j), more: moreOf(j), ...(readings ? { readings } : {}) };
}

/** A member's kept readings (`keptOf`) as an update reads them back: the `k`th member of the `i`th fact. */
export function keptAt(state: UpkeepState, i: number, k: number): KeptMember {
  const readings = state.readings?.[i] || undefined;
  const n = readings?.[k];
  return { flag: state.flags[i][k] ?? "0", more: state.more?.[i]?.[k] ?? "0", ...(n ? { readings: n } : {}) };
}

/** The state's per-fact fields of facts whose members are kept so (in the facts' order). */
export function perFact(members: KeptMember[][]): Pick<UpkeepState, "flags" | "more" | "readings"> {
  return {
    flags: members.map((ms) => ms.map((m) => m.flag).join("")),
    more: members.map((ms) => ms.map((m) => m.more).join("")),
    readings: members.map((ms) => {
      let out: Record<string, KeptReadings> | 0 = 0;
      ms.forEach((m, k) => {
        if (m.readings) (out ||= {})[k] = m.readings;
      });
      return out;
    }),
  };
}

/**
 * What the verdict needs of a kept member (verdict.ts Judged), from the member and what was kept
 * of it: what a full run judged of it, without reading its text again.
 */
export function keptJudged(m: FactMember, kept: KeptMember, byId: ReadonlyMap<string, Report>, copies: ReadonlyMap<string, string>): Judged {
  const canonical = copies.get(m.source) ?? m.source;
  // the kept interval, not one read again from the figure alone: a total stated with its parts
  // was narrowed to their sum (interval.ts withParts), which its own words cannot say
  const own = spanOf(m);
  const span = own && m.interval ? spanFrom(m.interval.low, m.interval.high, own.whole, own.scale) : own;
  const out: Judged = { m, outlet: outletOf(byId.get(canonical) ?? byId.get(m.source), canonical), report: canonical, speaker: speakerKey(m.speaker), time: m.time?.date ?? null, earlier: m.time?.earlier ?? false, span, ...flagged(kept.flag), ...more(kept.more) };
  const n = kept.readings;
  if (n?.p) out.period = [Number(n.p[0]), Number(n.p[1])];
  if (n?.a) out.alt = spanFrom(Number(n.a[0]), Number(n.a[1]), n.a[3] === 1, n.a[2]);
  if (n?.w) out.anchor = n.w;
  if (n?.t !== undefined) out.accounted = n.t;
  return out;
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

/**
 * The yes/no readings a member's second digit keeps, each its own bit (states kept before them
 * read them as unset, and are not read by an update: UpkeepState.more).
 */
const MORE_BITS = ["perUnit", "moves", "progress", "toDate", "level"] as const;

/**
 * A figure's role (Judged.role, judge.ts roleOf), 0 for none: two bits above MORE_BITS (states kept
 * before them read no role).
 */
const ROLES: ReadonlyArray<Role | null> = [null, "aim", "capacity", "population"];
const ROLE_SHIFT = MORE_BITS.length;

/** A member's second digit: MORE_BITS of what the verdict reads of it, and its role above them. */
export function moreOf(j: Judged): string {
  let v = 0;
  MORE_BITS.forEach((field, bit) => {
    if (j[field]) v |= 1 << bit;
  });
  v |= Math.max(0, ROLES.indexOf(j.role ?? null)) << ROLE_SHIFT;
  return digitOf(v);
}

/** The readings a second digit keeps (moreOf's inverse), only those set. */
export function more(c: string): Partial<Pick<Judged, (typeof MORE_BITS)[number] | "role">> {
  const v = bitsOf(c);
  const out: Partial<Pick<Judged, (typeof MORE_BITS)[number] | "role">> = {};
  MORE_BITS.forEach((field, bit) => {
    if (v & (1 << bit)) out[field] = true;
  });
  const role = ROLES[(v >> ROLE_SHIFT) & 3];
  if (role) out.role = role;
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
