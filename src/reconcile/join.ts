/**
 * Finished groups compared as wholes, for joining rival values of one property: two groups each of
 * one value (an operator's "94 seconds", an agency's "88 seconds") that the pairwise passes kept
 * apart because their values differ. What is read of a pair of groups (`joinEvidence`): their
 * words by the words-only model (no value compared), the fields most members of each name (thing,
 * attribute, event, counted noun, measure, scope, holder), whether their values meet, and whether a
 * report states a value of each as two different things (a clash, clash.ts).
 * @module
 */
import type { Item } from "./similarity.js";
import type { Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { meet } from "./interval.js";
import { valueGap } from "./values.js";
import { storyBlockOf } from "./stories.js";
import { clash } from "./clash.js";
import { speakerKey } from "./origins.js";
import { twoVoices } from "./verdict.js";
import { spread } from "./cluster.js";
import { GROUP_FEATURES, groupFeatures, most, pooledOf, type Pooled } from "./groups.js";
import { apartOf } from "./words-only.js";
import { Roots } from "./roots.js";

/** Where the group comparison holds the words-only mean log-odds (then the most, the least, the share set apart by a rule). */
const MEAN = GROUP_FEATURES.indexOf("meanWords");

export interface JoinEvidence {
  sizeA: number;
  sizeB: number;
  /** mean, least and most words-only log-odds over a spread of cross pairs */
  meanWords: number;
  minWords: number;
  maxWords: number;
  /** share of cross pairs a rule sets apart whatever their words */
  ruleApart: number;
  /** every cross pair's values meet */
  meets: boolean;
  /** a report gives a value of each as two things (clash.ts, a contrast excepted) */
  clash: boolean;
  /** of the fields most members of each group name (thing, attribute, event, counted, measure, scope, holder): how many agree, how many differ */
  fieldsAgree: number;
  fieldsApart: number;
  /** the group pass's log-odds (groups.ts) */
  groupScore: number;
  /** per field (thing, attribute, event, counted, measure, scope, holder): 1 both name the same, -1 two different, 0 otherwise */
  field: number[];
  /** a report gives a value of each as two things even in two voices (clash.ts with voices) */
  clashVoiced: boolean;
  /** a report sets a value of one against a value of the other (a contrast cue: clash.ts setAgainst) */
  contrasted: boolean;
  /** a report gives a value of each in two voices (verdict.ts twoVoices: two speakers, or one credited and the report's own) */
  credited: boolean;
  /** the median over a spread of cross pairs of how far apart their values are (values.ts valueGap; null: none compared) */
  gap: number | null;
  kind: string;
}


const agree = (a: number | string, b: number | string): number => (a && a === b ? 1 : a && b ? -1 : 0);

/** What a spread of each group's members says (words-only log-odds, rules, the group model's score): read of every pair of groups. */
type Scores = Pick<JoinEvidence, "sizeA" | "sizeB" | "meanWords" | "minWords" | "maxWords" | "ruleApart" | "groupScore">;

function joinScores(A: number[], B: number[], items: Item[], words: (i: number, j: number) => number, model: Model, pa: Pooled, pb: Pooled): Scores {
  // the group pass's comparison (groups.ts) holds the words-only mean, most, least and the share a rule sets apart
  const x = groupFeatures(pa, pb, spread(A), spread(B), A.length, B.length, items[A[0]].m.kind, words, items);
  return { sizeA: A.length, sizeB: B.length, meanWords: x[MEAN], maxWords: x[MEAN + 1], minWords: x[MEAN + 2], ruleApart: x[MEAN + 3], groupScore: model.groups ? logit(model.groups, x) : 0 };
}

/** The part of JoinEvidence read of every cross pair of members. */
type Clashes = Pick<JoinEvidence, "meets" | "clash" | "clashVoiced" | "contrasted" | "credited">;

/** What every cross pair of members says (values, clashes within a report): what the join pass reads of the pairs a score lets through. */
function joinClashes(A: number[], B: number[], items: Item[]): Clashes {
  let meets = true;
  for (const i of A) {
    for (const j of B)
      if (meet(items[i].span ?? null, items[j].span ?? null) === false) {
        meets = false;
        break;
      }
    if (!meets) break;
  }
  // pairs of one report only: B's members by report
  const byReport = new Map<number, number[]>();
  for (const j of B) (byReport.get(items[j].report) ?? byReport.set(items[j].report, []).get(items[j].report)!).push(j);
  let clashes = false, voiced = false, contrasted = false, credited = false;
  for (const i of A)
    for (const j of byReport.get(items[i].report) ?? []) {
      if (!clash(items[i], items[j])) continue;
      if (clash(items[i], items[j], "contrast")) clashes = true;
      else contrasted = true;
      if (!voiced && clash(items[i], items[j], true)) voiced = true;
      if (twoVoices(speakerKey(items[i].m.speaker), speakerKey(items[j].m.speaker))) credited = true;
    }
  return { meets, clash: clashes, clashVoiced: voiced, contrasted, credited };
}

/** The clashes, the value gap and the fields most members of each group name: what eval/_join.ts counts besides the scores. */
function joinValues(A: number[], B: number[], items: Item[], sides: Side[]): Omit<JoinEvidence, keyof Scores> {
  const fields: Array<(i: number) => number | string> = [
    (i) => sides[i].thing, (i) => sides[i].attribute, (i) => sides[i].event, (i) => sides[i].counted, (i) => sides[i].measure, (i) => sides[i].scope,
    (i) => sides[i].holder.join(","),
  ];
  let fa = 0, fx = 0;
  const field: number[] = [];
  for (const f of fields) {
    const v = agree(most(A, f) ?? 0, most(B, f) ?? 0);
    field.push(v);
    if (v > 0) fa++;
    if (v < 0) fx++;
  }
  return { ...joinClashes(A, B, items), fieldsAgree: fa, fieldsApart: fx, field, gap: medianGap(A, B, items), kind: items[A[0]].m.kind };
}

/** The median gap between the values of a spread of each group's members (a group of a hundred figures against another is ten thousand pairs); null: none compared. */
function medianGap(A: number[], B: number[], items: Item[]): number | null {
  const gaps: number[] = [];
  for (const i of spread(A))
    for (const j of spread(B)) {
      const g = valueGap(items[i].m.kind, items[i].reading, items[j].reading);
      if (g !== null) gaps.push(g);
    }
  return gaps.length ? gaps.sort((a, b) => a - b)[gaps.length >> 1] : null;
}

/** Everything read of a pair of groups (eval/_join.ts counts it). */
export function joinEvidence(A: number[], B: number[], items: Item[], sides: Side[], words: (i: number, j: number) => number, model: Model): JoinEvidence | null {
  return { ...joinScores(A, B, items, words, model, pooledOf(A, sides), pooledOf(B, sides)), ...joinValues(A, B, items, sides) };
}

/** A join pass's settings: which evidence scores a pair, its threshold, the widest value gap, whether a clash refuses. */
export interface JoinRule {
  score: "words" | "groups";
  threshold: number;
  /** widest median value gap (values.ts valueGap) of two amounts' groups; dates are not joined */
  gap: number;
  /** a report giving a value of each as two things refuses the join unless it sets them against each other or credits them to two voices */
  excuse: boolean;
  /** the score less this much per unit of the median value gap (values.ts valueGap): of two groups whose words match alike, the closer values are more often rivals than two facts' */
  gapWeight?: number;
  /** the least words-only mean log-odds as well (with score "groups") */
  words?: number;
  /** "one": a group that is a conflict already may take an agreeing one (default: both agree) */
  agree?: "one" | "both";
  /** the pair's score must pass each group's next best score with any other group of its block by this much */
  margin?: number;
  /**
   * Three or more groups each pair of which would join (a clique of candidate pairs, nothing else
   * of the block joining any of them) join as one when their weakest pair's score passes each one's
   * best score with a group outside them by `margin`: rivals of one property that match each other
   * alike, where no one pair is the others' clear best
   */
  clique?: boolean;
}

/**
 * The rule shipped: two groups whose group-model score (groups.ts, as the group pass reads it),
 * less 3 per unit of the median value gap, reaches 1.5, whose values lie within a factor of 3
 * (gap 1.1) and do not meet, join when one of them agrees and the pair's score passes each
 * group's next best by 2. The margin was first chosen on the dev clusters' LOCO scores (1, 2, 3
 * tried: conflict F1 0.855, 0.860, 0.868, with no gap weight); without it, the many sibling counts
 * of one story (one nationality's dead against another's) joined each other. The gap weight: of
 * two groups whose words match alike, the nearer values are more often one property's (AUC of the
 * gap, one gold fact against two: 0.78 dev, 0.73 read; eval/_join_more.ts); weights 2, 3, 4 and
 * thresholds 1, 1.5, 2 were tried (docs/measurements.md, "Join: the value gap as evidence").
 * Three or more groups that each would join the others join as a clique, their weakest pair
 * passing what any of them scores outside by the same margin (eval/read: three injured counts of
 * one story, each near the other two; with margin 1 instead of 2 the cliques and pairs joined
 * two facts' groups as well).
 */
export const JOIN: JoinRule = { score: "groups", threshold: 1.5, gap: 1.1, excuse: true, agree: "one", margin: 2, gapWeight: 3, clique: true };

/** Whether a rule sets apart any pair of a member of `A` and one of `B`. */
function anyApart(A: number[], B: number[], apart: (i: number, j: number) => boolean): boolean {
  for (const i of A) for (const j of B) if (apart(i, j)) return true;
  return false;
}

/**
 * The join pass over finished groups: two groups whose values do not meet and lie within
 * `rule.gap`, that no rule sets apart and no report gives as two things, join when their score
 * reaches `rule.threshold`, each is the other's best match by `rule.margin` over its next best,
 * and one of them (or both: `rule.agree`) agrees (`agrees`). Returns the new groups. `words` is
 * words-only.ts groupWords of these sides: -Infinity wherever its rules (apartOf) set a pair apart.
 */
export function joinRivals(groups: number[][], items: Item[], sides: Side[], words: (i: number, j: number) => number, model: Model, agrees: (g: number[]) => boolean, rule: JoinRule, joined?: (A: number[], B: number[], s: number) => void): number[][] {
  const byBlock = new Map<string, number[]>();
  groups.forEach((g, k) => {
    if (items[g[0]].m.kind === "date") return;
    const b = storyBlockOf(items[g[0]]);
    (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(k);
  });
  const ok = new Map<number, boolean>();
  const pooled = new Map<number, Pooled>();
  const pooledAt = (k: number) => pooled.get(k) ?? pooled.set(k, pooledOf(groups[k], sides)).get(k)!;
  const agreeAt = (k: number) => ok.get(k) ?? ok.set(k, agrees(groups[k])).get(k)!;
  const best = new Map<number, { s: number; other: number }>();
  // each group's two best scores with any group of its block (a rule's refusal aside), for the margin
  const top = new Map<number, [number, number]>();
  const seen = (k: number, s: number) => {
    const t = top.get(k) ?? [-Infinity, -Infinity];
    if (s > t[0]) top.set(k, [s, t[0]]);
    else if (s > t[1]) top.set(k, [t[0], s]);
    else top.set(k, t);
  };
  const cands: Array<[number, number, number]> = [];
  // every pair scored (a rule's refusal aside): what a clique's members score with groups outside it
  const scored: Array<[number, number, number]> = [];
  // a pair of groups two of whose members a rule sets apart is never scored: found by the rules
  // alone, before their words are (in the bench's 1,000 reports, 2,304 of the 5,471 pairs)
  const ruled = apartOf(sides);
  for (const ks of byBlock.values())
    for (let a = 0; a < ks.length; a++)
      for (let b = a + 1; b < ks.length; b++) {
        const ka = ks[a], kb = ks[b];
        if (anyApart(spread(groups[ka]), spread(groups[kb]), ruled)) continue;
        const sc = joinScores(groups[ka], groups[kb], items, words, model, pooledAt(ka), pooledAt(kb));
        if (sc.ruleApart > 0) continue;
        // with a gap weight every pair's gap is read, as the margin compares each group's best scores
        const gw = rule.gapWeight ?? 0;
        const gap = gw ? medianGap(groups[ka], groups[kb], items) : undefined;
        const s = (rule.score === "words" ? sc.meanWords : sc.groupScore) - gw * (gap ?? 0);
        seen(ka, s), seen(kb, s);
        scored.push([ka, kb, s]);
        if (s < rule.threshold || (rule.words !== undefined && sc.meanWords < rule.words)) continue;
        const g = gap === undefined ? medianGap(groups[ka], groups[kb], items) : gap;
        if (g === null || g > rule.gap) continue;
        const e = joinClashes(groups[ka], groups[kb], items);
        if (e.meets || (e.clash && !(rule.excuse && (e.contrasted || e.credited)))) continue;
        cands.push([ka, kb, s]);
        for (const [k, o] of [[ka, kb], [kb, ka]]) {
          const c = best.get(k);
          if (!c || s > c.s) best.set(k, { s, other: o });
        }
      }
  const margin = rule.margin ?? -Infinity;
  const clear = (k: number, s: number) => s - (top.get(k)![0] === s ? top.get(k)![1] : top.get(k)![0]) >= margin;
  const into = groups.map((_, k) => k);
  if (rule.clique) for (const [ka, kb, s] of cliques(cands, scored, margin, agreeAt)) {
    into[kb] = ka;
    joined?.(groups[ka], groups[kb], s);
  }
  for (const [ka, kb, s] of cands)
    // whether each agrees is asked last, of the few pairs left (a verdict over every member)
    if (into[ka] === ka && into[kb] === kb && best.get(ka)!.other === kb && best.get(kb)!.other === ka && clear(ka, s) && clear(kb, s) && (rule.agree === "one" ? agreeAt(ka) || agreeAt(kb) : agreeAt(ka) && agreeAt(kb))) {
      into[kb] = ka;
      joined?.(groups[ka], groups[kb], s);
    }
  const out: number[][] = [];
  const at = new Map<number, number[]>();
  groups.forEach((g, k) => {
    const r = into[k];
    const list = at.get(r);
    if (list) for (const i of g) list.push(i);
    else {
      const l = g.slice();
      at.set(r, l);
      if (r === k) out.push(l);
    }
  });
  return out;
}

/**
 * The joins of JoinRule.clique: each connected set of three or more candidate pairs (`cands`) in
 * which every two groups are a candidate pair, whose weakest pair passes every member's best
 * score with a group outside the set (`scored`) by `margin`, and one of which agrees; each member
 * joins the first. Returns [into, member, weakest score].
 */
function cliques(cands: Array<[number, number, number]>, scored: Array<[number, number, number]>, margin: number, agrees: (k: number) => boolean): Array<[number, number, number]> {
  let n = 0;
  for (const [a, b] of cands) n = Math.max(n, a + 1, b + 1);
  const roots = new Roots(n);
  const find = (k: number): number => roots.find(k);
  for (const [a, b] of cands) roots.union(a, b);
  const sets = new Map<number, number[]>();
  const members = new Set<number>();
  for (const [a, b] of cands) members.add(a).add(b);
  for (const k of members) (sets.get(find(k)) ?? sets.set(find(k), []).get(find(k))!).push(k);
  const out: Array<[number, number, number]> = [];
  for (const set of sets.values()) {
    if (set.length < 3) continue;
    const inside = new Set(set);
    const pairs = cands.filter(([a]) => inside.has(a));
    if (pairs.length !== (set.length * (set.length - 1)) / 2) continue;
    const weakest = pairs.reduce((m, [, , s]) => Math.min(m, s), Infinity);
    let rival = -Infinity;
    for (const [a, b, s] of scored) if (inside.has(a) !== inside.has(b)) rival = Math.max(rival, s);
    if (weakest - rival < margin || !set.some(agrees)) continue;
    const [first, ...rest] = set.sort((x, y) => x - y);
    for (const k of rest) out.push([first, k, weakest]);
  }
  return out;
}
