/**
 * Incremental reconciliation: facts reconciled before (`reconcile({ keep: true })`) brought up to
 * date with a few new reports, or a few removed, without reconciling the world again. Pure, like
 * `reconcile`.
 *
 * New figures are linked by the same model and passes as a full run (link.ts), against the kept
 * facts they may belong to: those of their block with members of about their value, each stood in
 * for by a sample of its members (a spread, the members nearest each new value, and its members of
 * the reports read for those: a report's two values that do not meet keep two facts apart). Words
 * are weighed by the whole dossier's document frequencies, kept with the facts, so a sample is
 * vectorised as the full run would vectorise it. Only the facts a new figure joins (or a removed
 * report leaves) are judged again, from what was kept of their members. A caller falls back to a
 * full `reconcile` when `update` returns null: too large a change, or one the analyst's merge or
 * split decisions would have to be replayed for.
 *
 * A block read whole (not cluster.ts `largeBlock`: every fact of it a candidate,
 * all its members) is linked again from its figures, kept and new, as a full run links it. Not the
 * same as a full run elsewhere: a kept fact of a larger block is never split or re-linked (a full
 * run might, as figures come in an other order), and a sample stands for it; the candidate pairs
 * among the figures read are chosen as in a large block (link.ts Seeded `large`). eval/incremental.ts measures how
 * close the two stay. The facts and members an update reads are chosen in neighbourhood.ts; what a
 * full run keeps for it is upkeep.ts's.
 * @module
 */
import type { Decision, Fact, FactMember, Mention, Report } from "../types.js";
import type { Item } from "./similarity.js";
import { prepare, type Freqs, type Prepared } from "./prepare.js";
import { judgedOf } from "./judge.js";
import { link } from "./link.js";
import { glosses } from "./cluster.js";
import { groupWords, wordsScorer } from "./words-only.js";
import { joinRivals } from "./join.js";
import { mainThings, propertiesOf } from "./property.js";
import { sidesOf, type Side } from "./pairs.js";
import { APART, apartIn, trustedIn } from "./trust.js";
import { MODEL } from "./weights.js";
import type { Model } from "./model.js";
import { verdictOf, type Judged } from "./verdict.js";
import { buildTimeline } from "./timeline.js";
import { aboutOf } from "./about.js";
import { factFrom, factMember, pairKey, sortFacts } from "./fact.js";
import type { Reconciled } from "./index.js";
import { keptAt, keptJudged, keptOf, perFact, plain, sum, type KeptMember, type KeptReadings, type UpkeepState } from "./upkeep.js";
import { neighbourhood, sampledAt, type Neighbourhood } from "./neighbourhood.js";

/** At most this share of the figures may change for an update; more, and a full run is as cheap. */
export const UPDATE_SHARE = 0.05;

const figureKey = (m: Pick<Mention, "source" | "start" | "end">) => `${m.source}@${m.start}@${m.end}`;

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
  /** what the state keeps of it */
  kept: KeptMember;
}

/**
 * What the verdict reads of the new figures (those of the reports `fresh` names), by item: the
 * only figures an update judges as read (a kept member is judged as kept). judgedOf reads a
 * figure with its own report's figures only, so those reports' items alone are read, not every
 * figure prepared (the samples of ~200 reports, for a handful of new figures).
 */
function judgedNew(p: Prepared, fresh: ReadonlySet<string>, copies: Map<string, string>): Map<number, Judged> {
  const its: Item[] = [], at: number[] = [];
  const byReport = new Map<number, number[]>();
  for (const [r, idx] of p.byReport) {
    if (!fresh.has(p.all[r].id)) continue;
    const mine: number[] = [];
    for (const i of idx) at.push(i), mine.push(its.push(p.items[i]) - 1);
    byReport.set(r, mine);
  }
  const js = judgedOf(its, p.all, copies, p.times, byReport);
  const out = new Map<number, Judged>();
  for (let k = 0; k < at.length; k++) out.set(at[k], js[k]);
  return out;
}

/** Members in a full run's order: by their report's place, then where they stand in it. */
const inOrder = (a: Entry, b: Entry) => a.order - b.order || a.member.start - b.member.start;

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
  // a state kept before the second digits and readings: its members' levels, totals to date and
  // rates are not known, so a full run keeps a new one
  if (state.more?.length !== facts.length || state.readings?.length !== facts.length) return null;
  // a store of two stories or more (two unrelated clusters in one data dir): the full run keeps
  // their figures apart (stories.ts), which needs every report's days and names; an update reads
  // a few reports, and would join one story's figure to the other's fact
  if (state.stories !== 1) return null;
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

  const wholeFact = (i: number) => input.whole?.(i) ?? facts[i];
  const keptEntries = (i: number, keep: (m: FactMember, k: number) => boolean = () => true): Entry[] =>
    wholeFact(i).members.flatMap((m, k) => {
      if (!keep(m, k)) return [];
      const kept = keptAt(state, i, k);
      return [{ member: m, judged: keptJudged(m, kept, byId, copies), order: order.get(m.source) ?? Number.MAX_SAFE_INTEGER, item: null, kept }];
    });

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
    // linked in the order a full run reads the figures (by report, then place): a pass that meets
    // pairs in order (ties, the first join) then goes as a full run's does
    const at_ = sub.map((_, s) => s).sort((x, y) => {
      const a = p.items[sub[x]].m, b = p.items[sub[y]].m;
      return (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.start - b.start || a.end - b.end;
    });
    const place = new Int32Array(sub.length);
    at_.forEach((s, x) => (place[s] = x));
    // which figures gloss the one before them, among every figure of their report (the one
    // glossed may be of a block not linked here), as a full run reads them
    const readAt = new Map<string, number>();
    read.forEach((r, i) => readAt.has(r.id) || readAt.set(r.id, i));
    const every = figures.flatMap((m) => (readAt.has(m.source) ? [{ m, report: readAt.get(m.source)! }] : []));
    const glossAt = glosses(every, p.texts);
    const glossKeys = new Set(every.filter((_, i) => glossAt[i]).map((e) => figureKey(e.m)));
    const glossed = Uint8Array.from(at_, (s) => (glossKeys.has(figureKey(p.items[sub[s]].m)) ? 1 : 0));
    const linked = link(at_.map((s) => p.items[sub[s]]), at_.map((s) => props[sub[s]]), model, p.texts, undefined, { seeds: seeds.map((g) => g.map((s) => place[s])), sampled, fresh: Uint8Array.from(at_, (s) => fresh01[s]), large: new Set(near.large), glossed });
    // the join pass a full run makes after linking (join.ts), where every fact of the blocks read
    // is read whole (no sample stands for one: its best matches would be a sample's)
    const groups = (model.join && model.attach && !sampled.some(Boolean) && !near.large.length ? joined(linked) : linked).map((g) => g.map((x) => at_[x]));
    function joined(gs: number[][]): number[][] {
      const its = at_.map((s) => p.items[sub[s]]);
      const sd = sidesOf(its, at_.map((s) => props[sub[s]]));
      const ws = wordsScorer(its, at_.map((s) => props[sub[s]]), model, sd);
      const readNew = judgedNew(p, fresh, copies);
      // what the verdict reads of each figure: a kept member's as kept, a new one's as read
      const js = at_.map((s) => (factOfSub[s] >= 0 ? keptJudged(wholeFact(factOfSub[s]).members[memberOfSub[s]], keptAt(state, factOfSub[s], memberOfSub[s]), byId, copies) : readNew.get(sub[s])!));
      const trust = model.trust ?? 0;
      const agrees = (g: number[]) => {
        const two = apartIn(g, sd);
        const tie = trustedIn(g, sd, ws, trust, two);
        return verdictOf(g.map((i) => js[i]), (x, y) => tie(g[x], g[y]), (x, y) => two(g[x], g[y])).verdict !== "conflict";
      };
      return joinRivals(gs, its, sd, groupWords(its, sd, model.attach!), model, agrees, model.join!);
    }
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
    const judged = judgedNew(last.p, fresh, copies);
    const sides = sidesOf(last.p.items, last.props);
    const words = wordsScorer(last.p.items, last.props, model, sides);
    for (const { from, fresh: keys, kept } of joins) {
      const newOnes = keys.map((k) => last.at.get(k)!);
      // a sampled fact goes whole; one read whole, by the members this group holds
      const entries = from.flatMap((i) => (readOf.get(i)! < wholeFact(i).members.length ? keptEntries(i) : keptEntries(i, (_, k) => kept.get(i)!.has(k))));
      for (const i of newOnes) {
        const it = last.p.items[i], j = judged.get(i)!;
        entries.push({ member: factMember(it, j, last.p.all[it.report], copies), judged: j, order: order.get(it.m.source) ?? Number.MAX_SAFE_INTEGER, item: i, kept: keptOf(j) });
      }
      for (const e of entries) if (e.item === null) e.item = last.at.get(figureKey(e.member)) ?? null;
      const largest = from.reduce((best, i) => (best < 0 || wholeFact(i).members.length > wholeFact(best).members.length ? i : best), -1);
      // a fact whose members were all read (its block read whole, or a new one) is named from them
      // in the order a full run has them, as a full run names it; else it keeps the name of the
      // largest kept fact in it
      const read = entries.every((e) => e.item !== null);
      const about = read ? aboutOf(entries.slice().sort(inOrder).map((e) => last.p.items[e.item!])) : largest >= 0 ? wholeFact(largest).about : aboutOf(newOnes.sort((a, b) => a - b).map((i) => last.p.items[i]));
      rebuilt.push({ from, entries, about, read: { words, sides } });
    }
    // the new reports' main things, for the updates after this one
    if (main) read.forEach((r, i) => fresh.has(r.id) && (main[r.id] = first.mains.get(i) ?? null));
  }

  // the facts not touched stay as they were, with their state
  const replaced = new Set(rebuilt.flatMap((r) => r.from));
  // (the state of an untouched fact as kept: its members may be stand-ins)
  type Of = { flags: string; more: string; readings: Record<string, KeptReadings> | 0 };
  const out: Array<{ fact: Fact; of: Of; untrusted: string[] }> = [];
  facts.forEach((f, i) => replaced.has(i) || out.push({ fact: f, of: { flags: state.flags[i], more: state.more![i], readings: state.readings![i] }, untrusted: state.untrusted[i] }));
  for (const r of rebuilt) {
    if (!r.entries.length) continue;
    r.entries.sort(inOrder);
    const decided = r.from.map(wholeFact).find((f) => f.decisions?.length);
    const memo = new Set(r.from.flatMap((i) => state.untrusted[i]));
    const untrusted: string[] = [];
    const trust = model.trust ?? 0;
    // the measure most members name is of those read (index.ts reads every member's)
    let two: ((i: number, j: number) => boolean) | null = null, tie: ((i: number, j: number) => boolean) | null = null;
    if (r.read) {
      const read = r.entries.flatMap((e) => (e.item === null ? [] : [e.item]));
      two = apartIn(read, r.read.sides);
      tie = trustedIn(read, r.read.sides, r.read.words, trust, two);
    }
    // a pair the last full run kept under `mark` ("" not trusted, APART apart), either way round
    const keptAs = (mark: string, a: Entry, b: Entry) => memo.has(mark + pairKey(a.member, b.member)) || memo.has(mark + pairKey(b.member, a.member));
    const trusted = decided ? undefined : (x: number, y: number) => {
      const a = r.entries[x], b = r.entries[y];
      // two figures whose words were read are scored; two kept ones keep what the last full run found
      const ok = tie && a.item !== null && b.item !== null ? tie(a.item, b.item) : !keptAs("", a, b);
      if (!ok) untrusted.push(pairKey(a.member, b.member));
      return ok;
    };
    const apart = decided ? undefined : (x: number, y: number) => {
      const a = r.entries[x], b = r.entries[y];
      const no = two && a.item !== null && b.item !== null ? two(a.item, b.item) : keptAs(APART, a, b);
      if (no) untrusted.push(APART + pairKey(a.member, b.member));
      return no;
    };
    const fact = factFrom(r.entries.map((e) => e.member), r.entries.map((e) => e.judged), r.about, trusted, apart, true);
    if (decided) {
      fact.decisions = decided.decisions;
      if (decided.decidedVerdict) (fact.verdict = decided.verdict), (fact.decidedVerdict = true);
      if (decided.hidden) fact.hidden = true;
    }
    const made = perFact([r.entries.map((e) => e.kept)]);
    out.push({ fact, of: { flags: made.flags[0], more: made.more![0], readings: made.readings![0] }, untrusted });
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
      stories: 1,
      flags: sorted.map((f) => byFact.get(f)!.of.flags),
      more: sorted.map((f) => byFact.get(f)!.of.more),
      readings: sorted.map((f) => byFact.get(f)!.of.readings),
      untrusted: sorted.map((f) => byFact.get(f)!.untrusted),
    },
  };
}
