/**
 * The group pass over a block (link.ts): groups that a candidate pair reaches compared as wholes
 * (groups.ts), joined when each is the other's best match and no rule of roles.ts refuses them.
 * @module
 */
import { spread } from "./cluster.js";
import type { Item } from "./similarity.js";
import type { Side } from "./pairs.js";
import { logit, type Model } from "./model.js";
import { SAID_EVENT } from "./own-clause.js";
import { attributesApart, groupFeatures, pooledOf, type Pooled } from "./groups.js";
import { deadlineAgainstSettled, eventAgainstNone, partsApart, stateAgainstToll, tollAgainstPlaces } from "./roles.js";
import { localeFor } from "./locale.js";
import type { GroupPairs } from "./link.js";
import type { Voices } from "./clash.js";

/**
 * The pairs of groups (roots, smaller first) the candidate pairs `cps` reach, by key, in the
 * order first reached. A function of its own: its loop, long in a large block, was optimized on
 * the stack while it ran, and that code, reaching the group pass after it untried, was thrown
 * away at every block, the pass left to run unoptimized.
 */
function groupPairs(cps: Int32Array, find: (i: number) => number, n: number): Map<number, [number, number]> {
  const pairs = new Map<number, [number, number]>();
  for (let e = 0; e < cps.length; e += 2) {
    const fa = find(cps[e]), fb = find(cps[e + 1]);
    if (fa === fb) continue;
    const ra = Math.min(fa, fb), rb = Math.max(fa, fb);
    if (!pairs.has(ra * n + rb)) pairs.set(ra * n + rb, [ra, rb]);
  }
  return pairs;
}

/**
 * The group pass (groups.ts): pairs of groups a candidate pair of the block reaches, compared as
 * wholes; a pair joins when its log-odds reach the threshold and each group is the other's best
 * match (one group taken by two others at once would make one fact of three on the strength of two
 * comparisons). Groups of one report that clash never join, nor a group of parts of a whole ("8,000
 * of whom") a group of figures that are not, nor a toll of people a count of places or of people
 * in hospital, nor the date of a named happening dates that name none, nor a deadline a stretch
 * counted over or a statement's day (roles.ts); such a refused pair still holds each group's
 * best match.
 */
export function mergeGroups(
  cps: Int32Array, sides: Side[], items: Item[], members: Array<number[] | null>, find: (i: number) => number, join: (x: number, y: number) => void,
  clashes: (x: number, y: number, voices?: Voices) => boolean, words: (i: number, j: number) => number, gm: Model["groups"] | null, collect: GroupPairs | undefined,
  part: (i: number) => boolean, deadline: (i: number) => boolean, state: (i: number) => boolean,
): void {
  const pairs = groupPairs(cps, find, items.length);
  if (!pairs.size) return;
  const pooled = new Map<number, Pooled>();
  const pooledAt = (r: number) => pooled.get(r) ?? pooled.set(r, pooledOf(members[r]!, sides)).get(r)!;
  const measureAt = (i: number) => items[i].f.measure, countedAt = (i: number) => items[i].m.unit, eventAt = (i: number) => items[i].f.event, settledAt = (i: number) => !!items[i].stretch || items[i].f.event === SAID_EVENT;
  // a counted noun that names a kind of place in its figure's language ("settlements", "villages")
  const placeNoun = (i: number, noun: string) => !!localeFor(items[i].lang).place?.noun.test(noun.toLowerCase());
  const best = new Map<number, { s: number; key: number }>();
  const scored: Array<[number, number]> = [];
  const apart = new Set<number>();
  for (const [key, [ra, rb]] of pairs) {
    const A = members[ra]!, B = members[rb]!;
    if (clashes(ra, rb)) continue;
    const x = groupFeatures(pooledAt(ra), pooledAt(rb), spread(A), spread(B), A.length, B.length, items[ra].m.kind, words, items);
    if (collect) collect(A.slice(), B.slice(), x);
    if (!gm) continue;
    const s = logit(gm, x);
    if (s < gm.threshold) continue;
    // the fit sees every comparison; a pair whose attributes differ, parts against wholes, a toll
    // of people against a count of places or of people in hospital, dates of two roles, is only
    // refused the join (asked after the score: each walks both groups' members, and most pairs
    // fall short of the threshold anyway). A refused pair still counts as each group's best
    // match: a group whose nearest is another property is near no fact, and its next best ("since
    // mid-September" refused the entry into force, then taking October's arrival) is a worse guess.
    if (
      attributesApart(pooledAt(ra), pooledAt(rb)) || partsApart(A, B, part) ||
      (items[ra].m.kind === "count" && (tollAgainstPlaces(A, B, measureAt, countedAt, placeNoun) || stateAgainstToll(A, B, state, measureAt))) ||
      (items[ra].m.kind === "date" && (eventAgainstNone(A, B, eventAt) || deadlineAgainstSettled(A, B, deadline, settledAt)))
    )
      apart.add(key);
    scored.push([key, s]);
    for (const r of [ra, rb]) {
      const b = best.get(r);
      if (!b || s > b.s) best.set(r, { s, key });
    }
  }
  for (const [key] of scored) {
    const [ra, rb] = pairs.get(key)!;
    if (best.get(ra)!.key !== key || best.get(rb)!.key !== key || apart.has(key)) continue;
    if (!clashes(find(ra), find(rb), "contrast")) join(ra, rb);
  }
}
