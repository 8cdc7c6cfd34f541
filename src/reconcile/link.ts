/**
 * Grouping figures into facts with the learned model: conversion pairs first ("850 m (2,789
 * ft)"), then candidate pairs within each block (one dimension: never across), kept when their
 * log-odds reach `model.link`, strongest first; two groups merge when the mean log-odds over a
 * spread of their cross pairs reaches `model.merge` (average linkage). Blocks and candidate
 * lists keep the work near-linear (cluster.ts candidatePairs). Here the passes are run, block by
 * block; each lives in a file of its own: the first, strongest links first (strongest.ts), the
 * attaching pass (attach.ts) and the group pass (group-pass.ts), with their words-only scorer
 * (words-only.ts) and the refusal of two figures one report gives apart (clash.ts), which the
 * group pass waives for two groups a report sets against each other as rival claims.
 * @module
 */
import { storyBlockOf } from "./stories.js";
import { candidatePairs, conversions, glosses, languagePairs, largeBlock, lonePairs, PairList } from "./cluster.js";
import { idSpan, Pinned, type Item } from "./similarity.js";
import type { Prop } from "./property.js";
import { comparison, FEATURES, neverOneFact, sidesOf, type Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { deadlineOf, partOf, stateOf } from "./roles.js";
import { byFirst, linkStrongest, NEVER, scoreCandidates, strongestFirst, type BlockPairs } from "./strongest.js";
import { groupWords, wordsOnly } from "./words-only.js";
import { clash, rivalsExcuse, type Voices } from "./clash.js";
import { mergeGroups } from "./group-pass.js";
import { attach } from "./attach.js";

/** What an incremental update (update.ts) links: facts kept from before, and the figures new since. */
export interface Seeded {
  /** groups joined before anything is linked: the kept facts (or a sample of each) */
  seeds: number[][];
  /** per seed: true when it is only a sample of its fact (two such never merge: their spread is not the fact's) */
  sampled: boolean[];
  /** the new figures: only pairs with one of them are tried (the kept facts were linked before) */
  fresh: Uint8Array;
  /**
   * the blocks (values.ts blockOf) large in the whole dossier (cluster.ts largeBlock): an
   * update reads a few of their figures only, and chooses its candidate pairs among those as a
   * full run does in a large block (shared words and value, lone figures, other languages), not
   * every pair of the few it reads
   */
  large?: ReadonlySet<string>;
  /**
   * per figure: it glosses the figure before it in its report (cluster.ts glosses), read among
   * all its report's figures: that figure may be of a block the update does not link
   */
  glossed?: Uint8Array;
}

/**
 * Whether a group holds a sampled seed: two such never merge (a new figure joins at most one
 * kept fact known by a sample), as a merge judged on samples is not judged on the facts. Null
 * without seeds.
 */
function seedMarks(n: number, seeded?: Seeded): Uint8Array | null {
  if (!seeded) return null;
  const marks = new Uint8Array(n);
  seeded.seeds.forEach((g, k) => {
    if (seeded.sampled[k]) for (const i of g) marks[i] = 1;
  });
  return marks;
}

/** Keeps the candidate pairs with a new figure in them. */
function onlyFresh(cps: PairList, fresh: Uint8Array): void {
  cps.filter((a, b) => !!(fresh[a] || fresh[b]));
}

/** Receives each pair of groups the group pass compares (members of each, and their comparison): how train.ts gathers its examples. */
export type GroupPairs = (A: number[], B: number[], x: Float64Array) => void;

/**
 * `sides`: the figures' sides (pairs.ts sidesOf), when the caller has them already; `seeded`: an
 * update's kept facts and new figures; `collect`: receives the group pass's comparisons.
 */
export function link(items: Item[], props: Prop[], model: Model, texts: string[], sides: Side[] = sidesOf(items, props), seeded?: Seeded, collect?: GroupPairs): number[][] {
  const n = items.length;
  // loops, not Array.from with a callback or forEach: link runs once, so its own loops run in
  // the interpreter, and a callback per figure made them slower still
  const parent: number[] = [];
  const members: Array<number[] | null> = [];
  for (let i = 0; i < n; i++) parent.push(i), members.push([i]);
  // (not roots.ts: this `find` is the hottest, ~965,000 calls a cold reconcile of the bench's 1,000
  // reports, most before it is optimized, where a method call under it costs each call again)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // per group of two or more: its members by report, for the one-report check (clash) on merging
  // (a lone figure has none: its report is its item's)
  const byReport: Array<Map<number, number[]> | null> = new Array(n).fill(null);
  const reportsOf = (r: number) => byReport[r] ?? new Map([[items[r].report, [r]]]);
  const seeds = seedMarks(n, seeded);
  // set once the seeds are joined: from then on two sampled seeds never merge
  let sealed = false;
  const join = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    if (seeds) {
      if (sealed && seeds[ra] && seeds[rb]) return;
      seeds[ra] = seeds[rb] = seeds[ra] | seeds[rb];
    }
    // the larger group absorbs the smaller, so merging stays near-linear
    const first = members[ra]!.length >= members[rb]!.length;
    const keep = first ? ra : rb, drop = first ? rb : ra;
    parent[drop] = keep;
    const km = members[keep]!;
    const dm = members[drop]!;
    for (let q = 0; q < dm.length; q++) km.push(dm[q]);
    members[drop] = null;
    const kr = (byReport[keep] ??= reportsOf(keep));
    const dr = byReport[drop];
    // a lone figure goes in as it is (no map made for it); forEach, not for…of: no entry array per report on every merge
    if (!dr) {
      const into = kr.get(items[drop].report);
      if (into) into.push(drop);
      else kr.set(items[drop].report, [drop]);
    } else
      dr.forEach((list, r) => {
        const into = kr.get(r);
        if (into) for (const x of list) into.push(x);
        else kr.set(r, list);
      });
    byReport[drop] = null;
  };
  /** Groups `ra` and `rb` hold two figures of one report that disagree: they state two facts (or two sampled kept facts). */
  const clashes = (ra: number, rb: number, voices: Voices = false): boolean => {
    if (seeds && sealed && seeds[ra] && seeds[rb]) return true;
    const A = byReport[ra], B = byReport[rb];
    // lone figures (most checks): look their one report up in the other group
    if (!A || !B) {
      const lone = A ? rb : ra, other = A ? ra : rb, ys = A ?? B;
      if (!ys) return clash(items[lone], items[other], voices);
      for (const y of ys.get(items[lone].report) ?? []) if (clash(items[lone], items[y], voices)) return true;
      return false;
    }
    const small = A.size <= B.size ? A : B, large = A.size <= B.size ? B : A;
    let hit = false;
    small.forEach((xs, r) => {
      const ys = hit ? undefined : large.get(r);
      if (!ys) return;
      for (const x of xs)
        for (const y of ys)
          if (clash(items[x], items[y], voices)) {
            hit = true;
            return;
          }
    });
    return hit;
  };
  /**
   * The group pass's refusal: groups that clash, unless a report credits their values to two
   * rival sources (clash.ts rivalsExcuse), as the pairwise passes do not (one figure's words are
   * too little to tell a rival from a sibling figure of another property). Not while the group
   * model's examples are gathered (`collect`): it is fitted on groups as the one-report rule
   * leaves them, and one rival join in a training story moved its weights and so stories with no
   * rival in them (docs/measurements.md, "Rival figures within one report").
   */
  const groupsClash = (ra: number, rb: number, voices: Voices = false): boolean => {
    if (!clashes(ra, rb, voices)) return false;
    if ((seeds && sealed && seeds[ra] && seeds[rb]) || collect) return true;
    return !rivalsExcuse(members[ra]!, members[rb]!, items, gw, model.attach?.threshold ?? 0, voices);
  };
  if (seeded) for (const g of seeded.seeds) for (let k = 1; k < g.length; k++) join(g[0], g[k]);
  sealed = true;
  conversions(items, texts, join);
  const gloss = seeded?.glossed ?? glosses(items, texts);
  const x = new Float64Array(FEATURES.length);

  const blocks = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    // figures of two stories (stories.ts: two unrelated clusters in one store) are never one fact
    const k = storyBlockOf(items[i]);
    const list = blocks.get(k);
    if (list) list.push(i);
    else blocks.set(k, [i]);
  }
  const list = new PairList();
  const at = new Int32Array(n);
  const pinned = { vec: new Pinned(idSpan(sides.map((s) => s.vec))), lab: new Pinned(idSpan(sides.map((s) => s.lab))) };
  // a merge check scores each of a few members of one group against a few of the other: the first is pinned
  const score = (i: number, j: number) => {
    const a = sides[i], b = sides[j];
    // amounts of two periods are never one fact (period.ts)
    if (neverOneFact(a, b)) return NEVER;
    pinned.vec.pin(a.vec);
    if (a.lab) pinned.lab.pin(a.lab);
    return logit(model, comparison(a, b, pinned.vec.dot(b.vec), a.lab && b.lab ? pinned.lab.dot(b.lab) : 0, x));
  };
  const refused = new Map<number, number>();
  // the attaching pass's scorer, made once for every block (a closure made per block threw the
  // pass's optimized code away at each new block)
  const words = model.attach ? wordsOnly(model.attach, sides) : null;
  const gw = model.attach && (model.groups || collect) ? groupWords(items, sides, model.attach) : null;
  // whether each figure is a part of a whole, each count of people in hospital, each date a deadline (roles.ts), read when the group pass first asks
  const part = askedOnce(items, texts, partOf), deadline = askedOnce(items, texts, deadlineOf), state = askedOnce(items, texts, stateOf);
  // a group's size, for the attaching pass: one function for every block (one made per block was
  // another call target at each, and threw the pass's optimized code away)
  const sizeOf = (i: number) => members[find(i)]!.length;
  // blocks share no group, link or candidate: each is grouped on its own, first to last
  for (const key of [...blocks.keys()].sort()) {
    const block = blocks.get(key)!;
    const large = largeBlock(block.length) || !!seeded?.large?.has(key);
    list.n = 0;
    candidatePairs(block, items, list, large);
    if (seeded) onlyFresh(list, seeded.fresh);
    list.filter((a, b) => !gloss[a] && !gloss[b]);
    const cps = list.view();
    for (let k = 0; k < block.length; k++) at[block[k]] = k;
    const from = new Int32Array(block.length + 1);
    const byA = byFirst(cps, block.length, at, from);
    const es = scoreCandidates(cps, block.length, from, byA, sides, model, x, pinned, at);
    const order = strongestFirst(cps, es, model.link, block.length, at);
    const pairs: BlockPairs = { cps, es, from, byA, at, block, sides };
    linkStrongest(order, pairs, model.merge, members, refused, find, join, clashes, score);
    if (model.attach) {
      // a large block's lone figures are tried against the largest groups of their words too,
      // whatever their values (cluster.ts lonePairs), and against the figures of their measure
      // and near value in the block's other languages (languagePairs); appended to the candidates
      // for this pass only (the candidates found first keep their place: each appended pair
      // passes these filters or is dropped, and the group pass reads `cps` as it was)
      const mark = list.n;
      lonePairs(block, items, sizeOf, find, list, large);
      languagePairs(block, items, list, large);
      if (seeded) onlyFresh(list, seeded.fresh);
      list.filter((a, b) => !gloss[a] && !gloss[b]);
      attach(model.attach, list.view(), words!, members, find, join, clashes);
      list.n = mark;
    }
    if (gw) mergeGroups(cps, sides, items, members, find, join, groupsClash, gw, model.groups ?? null, collect, part, deadline, state);
  }
  // the groups, each in ascending order and ordered by its first member, made by one pass over
  // the figures in order (each joins its group's list, the group's list is made at its first):
  // no copy and sort with a callback per group, nor of the groups
  const groups: number[][] = [];
  const slot = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = find(i), k = slot[r];
    if (k >= 0) groups[k].push(i);
    else (slot[r] = groups.length), groups.push([i]);
  }
  return groups;
}

/** A test of a figure in its report's text and language, asked of each figure once, when first asked (-1: not asked yet). */
function askedOnce(items: Item[], texts: string[], test: (text: string, m: Item["m"], language: string | null | undefined) => boolean): (i: number) => boolean {
  const flags = new Int8Array(items.length).fill(-1);
  return (i) => (flags[i] >= 0 ? flags[i] : (flags[i] = test(texts[items[i].report] ?? "", items[i].m, items[i].lang) ? 1 : 0)) === 1;
}
