/**
 * Sets of 0…n-1 joined one pair at a time (union-find): copies of one text (copies.ts), pieces
 * of one fact (split.ts), reports of one story (stories.ts), groups of one clique (join.ts); the
 * grouping pass keeps its own inline (link.ts: its `find` is called most). A typed array of
 * parents, walked by path halving. Which root a union keeps is the caller's (`union` puts the
 * first under the second, `under` one root under another): some callers name a set by its root.
 * @module
 */
export class Roots {
  /** each element's parent; a root is its own */
  readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** The root of `i`'s set. */
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]];
    return i;
  }

  /** Joins `a`'s set to `b`'s, under `b`'s root. */
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }

  /** Puts root `a` under root `b`. */
  under(a: number, b: number): void {
    this.parent[a] = b;
  }
}
