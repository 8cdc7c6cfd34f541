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
import { farApart } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { meet } from "./interval.js";
import { blockOf, valueGap } from "./values.js";
import { clash } from "./clash.js";
import { speakerKey } from "./origins.js";
import { spread } from "./cluster.js";
import { groupFeatures, most, pooledOf } from "./groups.js";

/** Words-only log-odds are read within these bounds (a rule's -Infinity is a strong "apart"). */
const CLAMP = 6;

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
  /** share of cross pairs whose values do not meet */
  valueApart: number;
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
  /** a report gives a value of each in two different voices (its speakers) */
  credited: boolean;
  /** the median over cross pairs of how far apart their values are (values.ts valueGap; null: none compared) */
  gap: number | null;
  kind: string;
}


const agree = (a: number | string, b: number | string): number => (a && a === b ? 1 : a && b ? -1 : 0);

export function joinEvidence(A: number[], B: number[], items: Item[], sides: Side[], words: (i: number, j: number) => number, model: Model): JoinEvidence | null {
  const sa = spread(A), sb = spread(B);
  let sum = 0, min = CLAMP, max = -CLAMP, rule = 0, n = 0;
  for (const i of sa)
    for (const j of sb) {
      const w = words(i, j);
      if (w === -Infinity) rule++;
      const c = Math.max(-CLAMP, Math.min(CLAMP, w));
      sum += c;
      if (c < min) min = c;
      if (c > max) max = c;
      n++;
    }
  if (!n) return null;
  const gaps: number[] = [];
  let apart = 0, pairs = 0, clashes = false, voiced = false, contrasted = false, credited = false;
  for (const i of A)
    for (const j of B) {
      pairs++;
      const g = valueGap(items[i].m.kind, items[i].reading, items[j].reading);
      if (g !== null) gaps.push(g);
      if (meet(items[i].span ?? null, items[j].span ?? null) === false) apart++;
      if (!clashes && items[i].report === items[j].report && clash(items[i], items[j], "contrast")) clashes = true;
      if (items[i].report !== items[j].report) continue;
      const plain = clash(items[i], items[j]);
      if (!voiced && clash(items[i], items[j], true)) voiced = true;
      if (plain && !clash(items[i], items[j], "contrast")) contrasted = true;
      const ka = speakerKey(items[i].m.speaker), kb = speakerKey(items[j].m.speaker);
      if (plain && ka && kb && ka !== kb) credited = true;
    }
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
  const far = (i: number, j: number) => farApart(items[i].m.kind, valueGap(items[i].m.kind, items[i].reading, items[j].reading));
  const x = groupFeatures(pooledOf(A, sides), pooledOf(B, sides), sa, sb, A.length, B.length, items[A[0]].m.kind, words, far);
  return {
    sizeA: A.length, sizeB: B.length, meanWords: sum / n, minWords: min, maxWords: max, ruleApart: rule / n,
    meets: apart === 0, valueApart: apart / pairs, clash: clashes, fieldsAgree: fa, fieldsApart: fx,
    groupScore: model.groups ? logit(model.groups, x) : 0, field, clashVoiced: voiced, contrasted, credited,
    gap: gaps.length ? gaps.sort((a, b) => a - b)[gaps.length >> 1] : null, kind: items[A[0]].m.kind,
  };
}

/** A join pass's settings: which evidence scores a pair, its threshold, the widest value gap, whether a clash refuses. */
export interface JoinRule {
  score: "words" | "groups";
  threshold: number;
  /** widest median value gap (values.ts valueGap) of two amounts' groups; dates are not joined */
  gap: number;
  /** a report giving a value of each as two things refuses the join unless it sets them against each other or credits them to two voices */
  excuse: boolean;
}

/**
 * The join pass over finished groups: two groups that each agree (`agrees`), whose values do not
 * meet, lie within `rule.gap`, that no rule sets apart and no report gives as two things, join
 * when their score reaches `rule.threshold` and each is the other's best match. Returns the new groups.
 */
export function joinRivals(groups: number[][], items: Item[], sides: Side[], words: (i: number, j: number) => number, model: Model, agrees: (g: number[]) => boolean, rule: JoinRule, joined?: (A: number[], B: number[], s: number) => void): number[][] {
  const byBlock = new Map<string, number[]>();
  groups.forEach((g, k) => {
    if (items[g[0]].m.kind === "date") return;
    const b = blockOf(items[g[0]].m);
    (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(k);
  });
  const ok = new Map<number, boolean>();
  const agreeAt = (k: number) => ok.get(k) ?? ok.set(k, agrees(groups[k])).get(k)!;
  const best = new Map<number, { s: number; other: number }>();
  const cands: Array<[number, number, number]> = [];
  for (const ks of byBlock.values())
    for (let a = 0; a < ks.length; a++)
      for (let b = a + 1; b < ks.length; b++) {
        const ka = ks[a], kb = ks[b];
        const e = joinEvidence(groups[ka], groups[kb], items, sides, words, model);
        if (!e || e.meets || e.ruleApart > 0 || e.gap === null || e.gap > rule.gap) continue;
        if (e.clash && !(rule.excuse && (e.contrasted || e.credited))) continue;
        const s = rule.score === "words" ? e.meanWords : e.groupScore;
        if (s < rule.threshold || !agreeAt(ka) || !agreeAt(kb)) continue;
        cands.push([ka, kb, s]);
        for (const [k, o] of [[ka, kb], [kb, ka]]) {
          const c = best.get(k);
          if (!c || s > c.s) best.set(k, { s, other: o });
        }
      }
  const into = groups.map((_, k) => k);
  for (const [ka, kb, s] of cands)
    if (best.get(ka)!.other === kb && best.get(kb)!.other === ka) {
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
