/**
 * Which kept facts new figures are tried against in an incremental update (update.ts), and which
 * of their members stand in for each: those of their block with members of about their value,
 * each stood in for by a spread of its members, those nearest each new value and those of the
 * reports read for any of these; every fact of a small block, whole. Read from the facts, or from what is kept beside them (FactMeta, Skeleton).
 * @module
 */
import type { Fact, FigureKey, Mention } from "../types.js";
import { blockOf, readingOf, type Reading } from "./values.js";
import { largeBlock } from "./cluster.js";

/** Where a reading sits among others of its scale: all that choosing candidates reads of it. */
type ReadingPoint = Pick<Reading, "scale" | "mid">;

/** Kept facts of a new figure's block tried against it, at most (those with most members of about its value). */
const FACTS_PER_FIGURE = 6;
/** Members standing in for a kept fact: a spread of this many… */
const SPREAD = 3;
/** …and this many nearest in value to each new figure. */
const NEAREST = 2;

/** The kept facts new figures may join, the members that stand in for each, and the reports those are in. */
export interface Neighbourhood {
  /** indices into the kept facts */
  facts: number[];
  /** per candidate fact (parallel to `facts`): indices of its members that stand in for it */
  sample: number[][];
  /** ids of the reports of those members: their texts and figures are `update`'s `context` */
  reports: string[];
  /** per candidate fact (parallel to `sample`): the place of each member that stands in for it */
  keys: FigureKey[][];
  /** per candidate fact (parallel to `facts`): its block is read whole (every fact of it a candidate, each all its members) */
  whole: boolean[];
  /** the blocks of new figures too large to be read whole: a full run chooses their candidate pairs by words and value (link.ts Seeded) */
  large: string[];
}

/** Members' readings as `neighbourhood` reads them: each one's scale (null: no reading) and mid. */
interface Points {
  n: number;
  scale(k: number): string | null;
  mid(k: number): number;
}

/**
 * A kept fact's members as `neighbourhood` reads them: each one's place and reading, kept beside
 * the fact, so that a fact it only samples need not be read whole. Read by member, so that a
 * kept skeleton can be read from its columns without an object per member.
 */
export interface Skeleton extends Points {
  key(k: number): FigureKey;
}

/** Readings as points. */
const pointsOf = (rs: Array<ReadingPoint | null>): Points => ({ n: rs.length, scale: (k) => rs[k]?.scale ?? null, mid: (k) => rs[k]!.mid });

/** The skeleton of a fact. */
export function skeletonOf(f: Fact): Skeleton {
  const rs = f.members.map(readingOf);
  return { ...pointsOf(rs), key: (k) => f.members[k] };
}

/** Whether candidate fact `c` of a neighbourhood stands for itself (all its members) or by a sample. */
export const sampledAt = (near: Neighbourhood, facts: Fact[], c: number) => near.sample[c].length < facts[near.facts[c]].members.length;

/** A reading's bucket, as cluster.ts candidatePairs puts figures of about one size together. */
function bucketOfReading(r: ReadingPoint | null): number | null {
  if (!r) return null;
  return r.scale === "date" ? Math.floor(r.mid / 365.25) : Math.round(Math.log(Math.abs(r.mid) + 1e-9) / Math.log(1.5));
}

/** The `k` points nearest `r` in value (of its scale; ties: first), by index, in one pass. */
function nearest(ps: Points, r: Reading, k: number): number[] {
  const best: Array<[number, number]> = [];
  for (let i = 0; i < ps.n; i++) {
    if (ps.scale(i) !== r.scale) continue;
    const d = Math.abs(ps.mid(i) - r.mid);
    if (best.length === k && d >= best[k - 1][0]) continue;
    let p = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push([d, i]);
    for (; p > 0 && best[p - 1][0] > d; p--) best[p] = best[p - 1];
    best[p] = [d, i];
  }
  return best.map(([, i]) => i);
}

/**
 * What `neighbourhood` reads of a kept fact to choose the facts new figures are tried against: kept
 * beside the facts, so that a caller reads only the facts a change may touch (`candidateFacts`).
 */
export interface FactMeta {
  /** the block of its first member */
  block: string;
  /** its number of members */
  n: number;
  /** how many of its members' readings fall in each bucket, as [bucket, count] */
  buckets: Array<[number, number]>;
}

/** How many of the readings fall in each bucket. */
function bucketCounts(rs: Array<ReadingPoint | null>): Map<number, number> {
  const h = new Map<number, number>();
  for (const r of rs) {
    const b = bucketOfReading(r);
    if (b !== null) h.set(b, (h.get(b) ?? 0) + 1);
  }
  return h;
}

/** The meta of a fact. */
export function factMeta(f: Fact): FactMeta {
  return { block: blockOf(f.members[0]), n: f.members.length, buckets: [...bucketCounts(f.members.map(readingOf))] };
}

/** Kept facts as the choice of candidates reads them: from their members, or from their meta. */
interface FactsView {
  count: number;
  block(i: number): string;
  size(i: number): number;
  buckets(i: number): Map<number, number>;
}

function viewOfFacts(facts: Fact[], readingsOf: (i: number) => Array<ReadingPoint | null>): FactsView {
  const buckets = new Map<number, Map<number, number>>();
  return {
    count: facts.length,
    block: (i) => blockOf(facts[i].members[0]),
    size: (i) => facts[i].members.length,
    buckets: (i) => buckets.get(i) ?? buckets.set(i, bucketCounts(readingsOf(i))).get(i)!,
  };
}

function viewOfMeta(meta: FactMeta[]): FactsView {
  const buckets = new Map<number, Map<number, number>>();
  return {
    count: meta.length,
    block: (i) => meta[i].block,
    size: (i) => meta[i].n,
    buckets: (i) => buckets.get(i) ?? buckets.set(i, new Map(meta[i].buckets)).get(i)!,
  };
}

/** Per new figure: the kept facts it is tried against, and whether its block is small (every fact of it read whole). */
function candidatesOf(view: FactsView, added: Mention[]): Array<{ m: Mention; cands: number[]; small: boolean }> {
  const byBlock = new Map<string, number[]>();
  const blockSize = new Map<string, number>();
  for (let i = 0; i < view.count; i++) {
    const b = view.block(i);
    (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(i);
    blockSize.set(b, (blockSize.get(b) ?? 0) + view.size(i));
  }
  const addedPerBlock = new Map<string, number>();
  for (const m of added) addedPerBlock.set(blockOf(m), (addedPerBlock.get(blockOf(m)) ?? 0) + 1);
  return added.map((m) => {
    const block = blockOf(m);
    const inBlock = byBlock.get(block) ?? [];
    const small = !largeBlock((blockSize.get(block) ?? 0) + (addedPerBlock.get(block) ?? 0));
    if (small) return { m, cands: inBlock, small };
    const b = bucketOfReading(readingOf(m));
    // a large block: a full run pairs figures of about one size (and shared words); most members near the value first
    const near = (i: number) => {
      if (b === null) return 0;
      const h = view.buckets(i);
      return (h.get(b - 1) ?? 0) + (h.get(b) ?? 0) + (h.get(b + 1) ?? 0);
    };
    const cands = inBlock
      .map((i) => ({ i, n: near(i) }))
      .filter((c) => c.n > 0)
      .sort((p, q) => q.n - p.n || view.size(q.i) - view.size(p.i) || p.i - q.i)
      .slice(0, FACTS_PER_FIGURE)
      .map((c) => c.i);
    return { m, cands, small };
  });
}

/** The kept facts (indices) `neighbourhood` may read the members of, from their meta alone. */
export function candidateFacts(meta: FactMeta[], added: Mention[]): number[] {
  return [...new Set(candidatesOf(viewOfMeta(meta), added).flatMap((c) => c.cands))].sort((a, b) => a - b);
}

/**
 * Which kept facts the `added` figures are tried against, and which of their members stand in for
 * them. With `meta` (parallel to `facts`) and the `skeleton` of each of `candidateFacts`, no
 * fact's members are read: the facts may be stand-ins.
 */
export function neighbourhood(facts: Fact[], added: Mention[], meta?: FactMeta[], skeleton?: (i: number) => Skeleton): Neighbourhood {
  // per fact, worked out once: its members' readings
  const readings = new Map<number, Array<ReadingPoint | null>>();
  const readingsOf = (i: number) => {
    let rs = readings.get(i);
    if (!rs) readings.set(i, (rs = facts[i].members.map(readingOf)));
    return rs;
  };
  const points = new Map<number, Points>();
  const pointsAt = (i: number) => {
    let ps = points.get(i);
    if (!ps) points.set(i, (ps = skeleton ? skeleton(i) : pointsOf(readingsOf(i))));
    return ps;
  };
  const keyOf = (f: number, k: number): FigureKey => (skeleton ? skeleton(f).key(k) : facts[f].members[k]);
  const view = meta ? viewOfMeta(meta) : viewOfFacts(facts, readingsOf);
  const chosen = new Map<number, Set<number>>();
  const wholeBlock = new Set<number>();
  const pick = (f: number, members: number[]) => {
    const s = chosen.get(f) ?? chosen.set(f, new Set()).get(f)!;
    for (const k of members) s.add(k);
  };
  const large = new Set<string>();
  for (const { m, cands, small } of candidatesOf(view, added)) {
    if (!small) large.add(blockOf(m));
    const r = readingOf(m);
    for (const f of cands) {
      const size = view.size(f);
      // a small block is all read: its facts stand for themselves
      if (small) {
        pick(f, Array.from({ length: size }, (_, k) => k));
        wholeBlock.add(f);
        continue;
      }
      const some: number[] = [];
      for (let k = 0; k < Math.min(SPREAD, size); k++) some.push(Math.floor((k * size) / Math.min(SPREAD, size)));
      if (r) for (const k of nearest(pointsAt(f), r, NEAREST)) some.push(k);
      pick(f, some);
    }
  }
  // a sampled fact's members of the reports a fully read candidate of its block is in come along:
  // where one report gives two values that do not meet, a full run, which sees every member, keeps
  // their facts apart (link.ts clashes), and a sample without that report's member would let the
  // fully read fact join it (two sampled facts never join: link.ts Seeded). No report more is
  // read; a fact these make fully read makes its own reports count in turn
  const full = new Set<number>();
  const readIn = new Set<string>();
  const at = (f: number, k: number) => `${view.block(f)}\n${keyOf(f, k).source}`;
  for (let grew = true; grew; ) {
    grew = false;
    for (const [f, s] of chosen) {
      if (full.has(f) || s.size < view.size(f)) continue;
      full.add(f);
      for (const k of s) readIn.add(at(f, k));
    }
    for (const [f, s] of chosen) {
      if (full.has(f)) continue;
      const size = view.size(f);
      for (let k = 0; k < size; k++) if (!s.has(k) && readIn.has(at(f, k))) s.add(k);
      if (s.size === size) grew = true;
    }
  }
  const out: Neighbourhood = { facts: [], sample: [], reports: [], keys: [], whole: [], large: [...large].sort() };
  const reports = new Set<string>();
  for (const [f, s] of [...chosen].sort((p, q) => p[0] - q[0])) {
    const sample = [...s].sort((p, q) => p - q);
    out.facts.push(f);
    out.sample.push(sample);
    out.whole.push(wholeBlock.has(f));
    const keys = sample.map((k) => keyOf(f, k));
    out.keys.push(keys);
    for (const key of keys) reports.add(key.source);
  }
  out.reports = [...reports].sort();
  return out;
}
