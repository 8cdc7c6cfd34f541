/**
 * Incremental reconciliation: facts reconciled before (`reconcile({ keep: true })`) brought up to
 * date with a few new reports, or a few removed, without reconciling the world again. Pure, like
 * `reconcile`.
 *
 * New figures are linked by the same model and passes as a full run (link.ts), against the kept
 * facts they may belong to: those of their block with members of about their value, each stood in
 * for by a sample of its members (a spread, and the members nearest each new value). Words are
 * weighed by the whole dossier's document frequencies, kept with the facts, so a sample is
 * vectorised as the full run would vectorise it. Only the facts a new figure joins (or a removed
 * report leaves) are judged again, from what was kept of their members. A caller falls back to a
 * full `reconcile` when `update` returns null: too large a change, or one the analyst's merge or
 * split decisions would have to be replayed for.
 *
 * A block read whole (at most SMALL_BLOCK figures: every fact of it a candidate, all its members)
 * is linked again from its figures, kept and new, as a full run links it. Not the same as a full
 * run elsewhere: a kept fact of a larger block is never split or re-linked (a full run might, as
 * figures come in an other order), and a sample stands for it. eval/incremental.ts measures how
 * close the two stay.
 * @module
 */
import type { Decision, Fact, FactMember, FigureKey, Mention, Report } from "../types.js";
import { prepare, type Freqs } from "./prepare.js";
import { judgedOf, outletOf } from "./judge.js";
import { link } from "./link.js";
import { wordsScorer } from "./words-only.js";
import { mainThings, propertiesOf } from "./property.js";
import { sidesOf, trustedIn, type Side } from "./pairs.js";
import { MODEL } from "./weights.js";
import type { Model } from "./model.js";
import type { Judged } from "./verdict.js";
import type { Change } from "./features.js";
import { speakerKey } from "./origins.js";
import { spanOf } from "./interval.js";
import { buildTimeline } from "./timeline.js";
import { aboutOf } from "./about.js";
import { blockOf, readingOf, type Reading } from "./values.js";
import type { DocFreq } from "./similarity.js";
import { factFrom, factMember, pairKey, sortFacts } from "./fact.js";
import type { Reconciled } from "./index.js";

/** Where a reading sits among others of its scale: all that choosing candidates reads of it. */
type ReadingPoint = Pick<Reading, "scale" | "mid">;

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

/** At most this share of the figures may change for an update; more, and a full run is as cheap. */
export const UPDATE_SHARE = 0.05;
/** Kept facts of a new figure's block tried against it, at most (those with most members of about its value). */
const FACTS_PER_FIGURE = 6;
/** Members standing in for a kept fact: a spread of this many… */
const SPREAD = 3;
/** …and this many nearest in value to each new figure. */
const NEAREST = 2;
/** In a block this small every pair is tried by a full run (cluster.ts): every fact of it is a candidate. */
const SMALL_BLOCK = 150;

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
const flagOf = (j: Judged) => digitOf((j.conversion ? 1 : 0) + (j.stamped ? 2 : 0) + (j.status ? 4 : 0) + (j.said ? 8 : 0) + (j.maybe ? 16 : 0) + (j.pastPeriod ? 32 : 0) + (j.revises ? 64 : 0) + CHANGES.indexOf(j.change ?? null) * 128);
/** A figure's kind of change (own-clause.ts changeOf) as two bits of its flag. */
const CHANGES: readonly Change[] = [null, "change", "points", "offset"];
/** Flags past base 32's last digit ("v") take one character each above U+0100: still one per member. */
const digitOf = (v: number) => (v < 32 ? v.toString(32) : String.fromCharCode(0x100 + v));
const bitsOf = (c: string) => (c.charCodeAt(0) >= 0x100 ? c.charCodeAt(0) - 0x100 : Number.parseInt(c, 32) || 0);
const plain = (d: DocFreq) => ({ n: d.n, df: Object.fromEntries(d.df) });
const figureKey = (m: Pick<Mention, "source" | "start" | "end">) => `${m.source}@${m.start}@${m.end}`;

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
const sampledAt = (near: Neighbourhood, facts: Fact[], c: number) => near.sample[c].length < facts[near.facts[c]].members.length;

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
    const small = (blockSize.get(block) ?? 0) + (addedPerBlock.get(block) ?? 0) <= SMALL_BLOCK;
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
  for (const { m, cands, small } of candidatesOf(view, added)) {
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
  const out: Neighbourhood = { facts: [], sample: [], reports: [], keys: [], whole: [] };
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

export interface UpdateInput {
  /** every report of the dossier now, in the order a full run would get them; texts are needed of the new ones and of the neighbourhood's */
  reports: Report[];
  /** the facts as kept, and the state kept with them (`reconcile({ keep: true })` or an earlier `update`) */
  previous: { facts: Fact[]; state: UpkeepState };
  /** the figures of the reports new since */
  added?: Mention[];
  /** every figure of the reports the neighbourhood names (their words are read around each figure) */
  context?: Mention[];
  /** ids of reports gone since */
  removed?: string[];
  /** the analyst's decisions (as for `reconcile`) */
  decisions?: Decision[];
  model?: Model;
  /** per report id, what prepare works out of the report alone, as stored when it was added (`reportPrep`) */
  stored?: ReadonlyMap<string, Uint8Array>;
  /** `neighbourhood(previous.facts, added)`, when the caller worked it out to load the context */
  near?: Neighbourhood;
  /**
   * A kept fact read whole, when `previous.facts` holds stand-ins (see `neighbourhood`'s skeletons):
   * asked for only of the facts `updating` yielded before (those new figures join, and those of
   * a block read whole). The same object each time.
   */
  whole?: (i: number) => Fact;
  /** the largest share of the figures that may change (default UPDATE_SHARE); the eval sets 1 to measure small dossiers */
  share?: number;
  /**
   * false: no timeline is made (it reads every date fact's members). A caller whose kept facts are
   * stand-ins (see `neighbourhood`'s meta) makes it from what it kept of each fact.
   */
  timeline?: boolean;
}

export interface Updated extends Reconciled {
  state: UpkeepState;
}

/** One member of a fact being judged again. */
interface Entry {
  member: FactMember;
  judged: Judged;
  /** its report's place in the reports */
  order: number;
  /** its index among the prepared items, when its report was read */
  item: number | null;
  flag: string;
}

/**
 * The kept facts brought up to date with `added` figures (or without the `removed` reports'), or
 * null when a full `reconcile` must be run: a change of more than UPDATE_SHARE of the figures,
 * both at once, kept data that does not fit, or merge/split decisions on a fact that changes.
 */
export function update(input: UpdateInput): Updated | null {
  const steps = updating(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `update`, step by step: before it reads kept facts whole (`input.whole`), it yields their
 * indices, so that a caller whose kept facts are stand-ins reads those (and only those) from
 * where they are kept before it goes on: the candidate facts new figures join, of the many it
 * samples, and those of a block read whole.
 */
export function* updating(input: UpdateInput): Generator<number[], Updated | null, void> {
  const { facts, state } = input.previous;
  const added = input.added ?? [];
  const removed = new Set(input.removed ?? []);
  if (state.flags.length !== facts.length || state.untrusted.length !== facts.length) return null;
  const total = state.words.n;
  const share = input.share ?? UPDATE_SHARE;
  if (added.length && removed.size) return null;
  const model = input.model ?? MODEL;
  const order = new Map<string, number>();
  input.reports.forEach((r, i) => order.has(r.id) || order.set(r.id, i));
  const byId = new Map(input.reports.map((r) => [r.id, r]));
  const copies = new Map<string, string>();
  for (const r of input.reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const decisions = input.decisions ?? [];
  const reshaping = (f: Fact) => f.decisions?.some((d) => d.action === "merge" || d.action === "split") ?? false;

  /** What the verdict needs of a kept member, from what was kept of it. */
  const keptJudged = (m: FactMember, flag: string): Judged => {
    const canonical = copies.get(m.source) ?? m.source;
    const f = bitsOf(flag);
    // the kept interval, not one read again from the figure alone: a total stated with its parts
    // was narrowed to their sum (interval.ts withParts), which its own words cannot say
    const own = spanOf(m);
    const span = own && m.interval ? { ...own, low: m.interval.low, high: m.interval.high } : own;
    return { m, outlet: outletOf(byId.get(canonical) ?? byId.get(m.source), canonical), report: canonical, speaker: speakerKey(m.speaker), time: m.time?.date ?? null, earlier: m.time?.earlier ?? false, span, conversion: (f & 1) !== 0, stamped: (f & 2) !== 0, status: (f & 4) !== 0, said: (f & 8) !== 0, maybe: (f & 16) !== 0, pastPeriod: (f & 32) !== 0, revises: (f & 64) !== 0, change: CHANGES[(f >> 7) & 3] };
  };
  const wholeFact = (i: number) => input.whole?.(i) ?? facts[i];
  const keptEntries = (i: number, keep: (m: FactMember, k: number) => boolean = () => true): Entry[] =>
    wholeFact(i).members.flatMap((m, k) => (keep(m, k) ? [{ member: m, judged: keptJudged(m, state.flags[i][k] ?? "0"), order: order.get(m.source) ?? Number.MAX_SAFE_INTEGER, item: null, flag: state.flags[i][k] ?? "0" }] : []));

  // the facts judged again: [kept facts they replace, their entries, their about]
  // `read`: the words scorer and sides of the figures read (null for a fact that only lost a removed report's figures: none was read)
  const rebuilt: Array<{ from: number[]; entries: Entry[]; about: string; read: { words: (i: number, j: number) => number; sides: Side[] } | null }> = [];
  let freqs = { words: state.words, grams: state.grams };
  const main = state.main ? { ...state.main } : undefined;
  for (const id of removed) if (main) delete main[id];

  if (removed.size) {
    let gone = 0;
    facts.forEach((f, i) => {
      const left = f.members.filter((m) => !removed.has(m.source)).length;
      if (left === f.members.length) return;
      gone += f.members.length - left;
      rebuilt.push({ from: [i], entries: keptEntries(i, (m) => !removed.has(m.source)), about: f.about, read: null });
    });
    if (gone > share * total) return null;
  } else if (added.length) {
    if (added.length > share * total) return null;
    const fresh = new Set(added.map((m) => m.source));
    // a decision about a figure of a new report reshapes what is linked: a full run replays it
    if (decisions.some((d) => d.figures.some((f) => fresh.has(f.source)))) return null;
    const near = input.near ?? neighbourhood(facts, added);
    const newReports = input.reports.filter((r) => fresh.has(r.id));
    const loaded = new Set(near.reports);
    // the originals of new copies too (their publisher is the copies' outlet; no text needed)
    const originals = new Set(newReports.map((r) => r.copyOf).filter((id): id is string => !!id));
    const oldReports = input.reports.filter((r) => (loaded.has(r.id) || originals.has(r.id)) && !fresh.has(r.id));
    // the whole dossier's frequencies, the new figures' counted in
    const own = prepare(newReports, added, { count: true, stored: input.stored }).freq!();
    const global: Freqs = { words: sum(state.words, own.words), grams: sum(state.grams, own.grams) };
    freqs = { words: plain(global.words), grams: plain(global.grams) };
    const context = (input.context ?? []).filter((m) => loaded.has(m.source) && !fresh.has(m.source));
    const read = [...oldReports, ...newReports];
    const figures = [...context, ...added];
    // each report's main thing, when kept, by its place in `read`: then only the figures read of
    // a report are prepared (the samples, and the members of the facts they join), not all of it
    const known = new Map<number, string | null>();
    const seen = new Set<string>();
    read.forEach((r, i) => {
      if (seen.has(r.id)) return;
      seen.add(r.id);
      if (main && !fresh.has(r.id) && Object.hasOwn(main, r.id)) known.set(i, main[r.id]);
    });
    const partly = new Set([...known.keys()].map((i) => read[i].id));
    const prepared = (want: Set<string>) => {
      const p = prepare(read, figures, { global, only: partly.size ? figures.map((m) => !partly.has(m.source) || want.has(figureKey(m))) : undefined, stored: input.stored });
      const mains = mainThings(p.items, known);
      const at = new Map<string, number>();
      p.items.forEach((it, i) => at.set(figureKey(it.m), i));
      return { p, at, mains, props: propertiesOf(p.items, mains) };
    };
    const want = new Set(near.keys.flatMap((keys) => keys.map(figureKey)));
    const first = prepared(want);
    const { p, at, props } = first;
    // the sub-problem: the candidate facts, then the new figures. A fact of a block read whole
    // comes in as loose figures, linked again with the new ones by every pass as a full run links
    // that block (a join the new figures undo is undone); any other (a sample of it, or a fact the
    // analyst decided on) is one seed group, and only pairs with a new figure are tried
    const sub: number[] = [];
    const factOfSub: number[] = [];
    const memberOfSub: number[] = [];
    const seeds: number[][] = [];
    const sampled: boolean[] = [];
    const loose: number[] = [];
    // a block read whole: its facts come in as loose figures unless the analyst decided on them
    const blocks = near.facts.filter((_, c) => near.whole[c]);
    if (blocks.length) yield blocks;
    for (let c = 0; c < near.facts.length; c++) {
      const f = near.facts[c];
      const free = near.whole[c] && !wholeFact(f).decisions?.length;
      const seed: number[] = [];
      for (let q = 0; q < near.keys[c].length; q++) {
        const i = at.get(figureKey(near.keys[c][q]));
        // the kept facts name a figure the store no longer has: they do not fit
        if (i === undefined) return null;
        (free ? loose : seed).push(sub.length);
        sub.push(i);
        factOfSub.push(f);
        memberOfSub.push(near.sample[c][q]);
      }
      if (seed.length) (seeds.push(seed), sampled.push(sampledAt(near, facts, c)));
    }
    const firstFresh = sub.length;
    for (const m of added) {
      const i = at.get(figureKey(m));
      if (i === undefined) continue;
      sub.push(i);
      factOfSub.push(-1);
      memberOfSub.push(-1);
    }
    const fresh01 = new Uint8Array(sub.length);
    fresh01.fill(1, firstFresh);
    for (const s of loose) fresh01[s] = 1;
    const groups = link(sub.map((i) => p.items[i]), sub.map((i) => props[i]), model, p.texts, undefined, { seeds, sampled, fresh: fresh01 });
    // how many members of each kept fact were read: a fact whose read members end in one group
    // with nothing else stays as it was
    const readOf = new Map<number, number>();
    for (let s = 0; s < firstFresh; s++) readOf.set(factOfSub[s], (readOf.get(factOfSub[s]) ?? 0) + 1);
    // the groups that change kept facts (new figures joined, kept facts joined, or one split): per
    // kept fact, its members there (by index among its members)
    const changing: Array<{ newOnes: number[]; kept: Map<number, Set<number>>; split: boolean }> = [];
    for (const g of groups) {
      const newOnes = g.filter((s) => s >= firstFresh);
      const kept = new Map<number, Set<number>>();
      for (const s of g) if (s < firstFresh) (kept.get(factOfSub[s]) ?? kept.set(factOfSub[s], new Set()).get(factOfSub[s])!).add(memberOfSub[s]);
      const split = [...kept].some(([f, ms]) => ms.size < readOf.get(f)!);
      if (newOnes.length || kept.size > 1 || split) changing.push({ newOnes, kept, split });
    }
    // the kept facts those change are read whole from here on
    const touched = [...new Set(changing.flatMap((c) => [...c.kept.keys()]))].sort((a, b) => a - b);
    if (touched.length) yield touched;
    const joins: Array<{ from: number[]; fresh: string[]; kept: Map<number, Set<number>>; split: boolean }> = [];
    for (const { newOnes, kept, split } of changing) {
      const from = [...kept.keys()].sort((a, b) => a - b);
      const decided = from.filter((i) => wholeFact(i).decisions?.length);
      if (decided.some((i) => reshaping(wholeFact(i))) || decided.length > 1) return null;
      joins.push({ from, fresh: newOnes.map((s) => figureKey(p.items[sub[s]].m)), kept, split });
    }
    // a kept member whose report was read is scored by its words like a new one: prepared too
    const more = new Set(want);
    for (const { from } of joins) for (const i of from) for (const m of wholeFact(i).members) if (loaded.has(m.source) && !at.has(figureKey(m))) more.add(figureKey(m));
    const last = more.size > want.size ? prepared(more) : first;
    const judged = judgedOf(last.p.items, last.p.all, copies, last.p.times, last.p.byReport);
    const sides = sidesOf(last.p.items, last.props);
    const words = wordsScorer(last.p.items, last.props, model, sides);
    for (const { from, fresh: keys, kept, split } of joins) {
      const newOnes = keys.map((k) => last.at.get(k)!);
      // a sampled fact goes whole; one read whole, by the members this group holds
      const entries = from.flatMap((i) => (readOf.get(i)! < wholeFact(i).members.length ? keptEntries(i) : keptEntries(i, (_, k) => kept.get(i)!.has(k))));
      for (const i of newOnes) {
        const it = last.p.items[i];
        entries.push({ member: factMember(it, judged[i], last.p.all[it.report], copies), judged: judged[i], order: order.get(it.m.source) ?? Number.MAX_SAFE_INTEGER, item: i, flag: flagOf(judged[i]) });
      }
      for (const e of entries) if (e.item === null) e.item = last.at.get(figureKey(e.member)) ?? null;
      const largest = from.reduce((best, i) => (best < 0 || wholeFact(i).members.length > wholeFact(best).members.length ? i : best), -1);
      // a piece of a fact split is named from its own members (all read: its block was read whole), as a full run names it
      const about = split ? aboutOf(entries.map((e) => e.item!).sort((a, b) => a - b).map((i) => last.p.items[i])) : largest >= 0 ? wholeFact(largest).about : aboutOf(newOnes.sort((a, b) => a - b).map((i) => last.p.items[i]));
      rebuilt.push({ from, entries, about, read: { words, sides } });
    }
    // the new reports' main things, for the updates after this one
    if (main) read.forEach((r, i) => fresh.has(r.id) && (main[r.id] = first.mains.get(i) ?? null));
  }

  // the facts not touched stay as they were, with their state
  const replaced = new Set(rebuilt.flatMap((r) => r.from));
  const out: Array<{ fact: Fact; flags: string; untrusted: string[] }> = [];
  facts.forEach((f, i) => replaced.has(i) || out.push({ fact: f, flags: state.flags[i], untrusted: state.untrusted[i] }));
  for (const r of rebuilt) {
    if (!r.entries.length) continue;
    r.entries.sort((a, b) => a.order - b.order || a.member.start - b.member.start);
    const decided = r.from.map(wholeFact).find((f) => f.decisions?.length);
    const memo = new Set(r.from.flatMap((i) => state.untrusted[i]));
    const untrusted: string[] = [];
    const trust = model.trust ?? 0;
    // the measure most members name is of those read (index.ts reads every member's)
    const tie = r.read ? trustedIn(r.entries.flatMap((e) => (e.item === null ? [] : [e.item])), r.read.sides, r.read.words, trust) : null;
    const trusted = decided ? undefined : (x: number, y: number) => {
      const a = r.entries[x], b = r.entries[y];
      const key = pairKey(a.member, b.member);
      // two figures whose words were read are scored; two kept ones keep what the last full run found
      const ok = tie && a.item !== null && b.item !== null ? tie(a.item, b.item) : !memo.has(key) && !memo.has(pairKey(b.member, a.member));
      if (!ok) untrusted.push(key);
      return ok;
    };
    const fact = factFrom(r.entries.map((e) => e.member), r.entries.map((e) => e.judged), r.about, trusted);
    if (decided) {
      fact.decisions = decided.decisions;
      if (decided.decidedVerdict) (fact.verdict = decided.verdict), (fact.decidedVerdict = true);
      if (decided.hidden) fact.hidden = true;
    }
    out.push({ fact, flags: r.entries.map((e) => e.flag).join(""), untrusted });
  }
  const sorted = sortFacts(out.map((o) => o.fact));
  const byFact = new Map(out.map((o) => [o.fact, o]));
  const removedFigures = removed.size ? facts.reduce((n, f) => n + f.members.filter((m) => removed.has(m.source)).length, 0) : 0;
  return {
    facts: sorted,
    timeline: input.timeline === false ? [] : buildTimeline(sorted.filter((f) => !f.hidden)),
    state: {
      // a removed report's words are not known any more: its figures leave the count, their words stay (slightly rarer-looking words)
      words: { ...freqs.words, n: freqs.words.n - removedFigures },
      grams: { ...freqs.grams, n: freqs.grams.n - removedFigures },
      ...(main ? { main } : {}),
      flags: sorted.map((f) => byFact.get(f)!.flags),
      untrusted: sorted.map((f) => byFact.get(f)!.untrusted),
    },
  };
}

/** Kept frequencies plus a run's own. */
function sum(kept: UpkeepState["words"], own: DocFreq): DocFreq {
  const df = new Map(Object.entries(kept.df));
  for (const [k, n] of own.df) df.set(k, (df.get(k) ?? 0) + n);
  return { n: kept.n + own.n, df };
}
