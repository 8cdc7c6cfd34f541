/**
 * The attaching pass over a block (link.ts): each figure still alone after the first pass joins
 * the group its words match best, if well enough.
 * @module
 */
import { spread } from "./cluster.js";
import type { Model } from "./model.js";
import type { Voices } from "./clash.js";

/**
 * Per lone figure: the groups its candidate pairs reach (groups as they stand after the first
 * pass). A function of its own: the pass is called once per block, and a pass whose first loop
 * was optimized before its second ever ran was thrown away on reaching it, at every block.
 */
function targetsOf(cps: Int32Array, members: Array<number[] | null>, find: (i: number) => number): Map<number, Set<number>> {
  const targets = new Map<number, Set<number>>();
  for (let e = 0; e < cps.length; e += 2) {
    const ca = cps[e], cb = cps[e + 1];
    const ri = find(ca), rj = find(cb);
    if (ri === rj) continue;
    const li = members[ri]!.length === 1, lj = members[rj]!.length === 1;
    if (li) (targets.get(ca) ?? targets.set(ca, new Set()).get(ca)!).add(rj);
    if (lj) (targets.get(cb) ?? targets.set(cb, new Set()).get(cb)!).add(ri);
  }
  return targets;
}


/** The attaching pass: each figure still alone joins the group its words match best, if well enough. */
export function attach(
  a: NonNullable<Model["attach"]>, cps: Int32Array, score: (i: number, j: number) => number,
  members: Array<number[] | null>, find: (i: number) => number, join: (x: number, y: number) => void,
  clashes: (x: number, y: number, voices?: Voices) => boolean,
): void {
  const targets = targetsOf(cps, members, find);
  const moves: Array<[number, number]> = [];
  for (const [i, roots] of targets) {
    let best = -1, bestS = a.threshold;
    for (const r of [...roots].sort((p, q) => p - q)) {
      // a lone figure may join a fact its report gives in another voice ("up to 40, the governor said")
      if (clashes(find(i), r, true)) continue;
      const g = spread(members[r]!);
      let s = 0;
      for (let q = 0; q < g.length; q++) s += score(i, g[q]);
      s /= g.length;
      if (s >= bestS) (best = r), (bestS = s);
    }
    if (best >= 0) moves.push([i, best]);
  }
  // two figures joining one group may clash with each other
  for (const [i, r] of moves) if (!clashes(find(i), find(r), true)) join(r, i);
}
