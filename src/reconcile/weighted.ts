/**
 * A figure's words with their weights (its candidate nouns, its participles, its cue classes),
 * read as a Map<string, number> is read (in the order each key was first set, with its last
 * weight), kept end to end with those of the other figures of its report. Each figure had three
 * Maps: at 1,000 reports the largest part of what a cold reconcile keeps alive (7.8 MB of 36),
 * which the young generation's collector copies twice before it settles.
 * @module
 */

/** What reconcile reads of a map of words to weights: a Map is one too. */
export interface WordWeights extends Iterable<[string, number]> {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
  keys(): Iterable<string>;
  forEach(f: (w: number, key: string) => void): void;
}

/** The words and weights of one report's figures, end to end (each figure's Weighted reads its stretch). */
export class Pool {
  ks: string[] = [];
  ws: number[] = [];
  /** Cuts the arrays to what they hold (they grew by half again as they filled), once the report's figures are made. */
  trim(): void {
    this.ks = this.ks.slice();
    this.ws = this.ws.slice();
  }
}

/** Words and weights [from, to) of a pool, in the order first set, as a Map iterates them; never changed once made. */
export class Weighted implements WordWeights {
  constructor(
    private readonly pool: Pool,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get size(): number {
    return this.to - this.from;
  }
  get(key: string): number | undefined {
    const { ks, ws } = this.pool;
    for (let i = this.from; i < this.to; i++) if (ks[i] === key) return ws[i];
    return undefined;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  keys(): Iterable<string> {
    return this.pool.ks.slice(this.from, this.to);
  }
  forEach(f: (w: number, key: string) => void): void {
    const { ks, ws } = this.pool;
    for (let i = this.from; i < this.to; i++) f(ws[i], ks[i]);
  }
  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let i = this.from; i < this.to; i++) yield [this.pool.ks[i], this.pool.ws[i]];
  }
  /** Key, weight, key, weight, …: as stored (stored.ts). */
  flat(): Array<string | number> {
    const out: Array<string | number> = [];
    for (let i = this.from; i < this.to; i++) out.push(this.pool.ks[i], this.pool.ws[i]);
    return out;
  }
}

/** No words: one for every figure that has none. */
const NO_WEIGHTS = new Weighted(new Pool(), 0, 0);

/**
 * A Weighted being made, in arrays reused from figure to figure (a few words each: a look
 * along them is cheaper than a Map's hashing), then laid into its report's pool by `done`.
 */
export class Draft {
  private keys: string[] = [];
  private ws: number[] = [];
  private n = 0;
  /** Starts a new one. */
  clear(): void {
    this.n = 0;
  }
  get(key: string): number | undefined {
    for (let i = 0; i < this.n; i++) if (this.keys[i] === key) return this.ws[i];
    return undefined;
  }
  /** Sets the weight of `key`: a new key goes after the others, a known one keeps its place. */
  set(key: string, w: number): void {
    for (let i = 0; i < this.n; i++)
      if (this.keys[i] === key) {
        this.ws[i] = w;
        return;
      }
    this.keys[this.n] = key;
    this.ws[this.n++] = w;
  }
  /** The words set since `clear`, laid at the end of `pool`. */
  done(pool: Pool): Weighted {
    if (!this.n) return NO_WEIGHTS;
    const from = pool.ks.length;
    for (let i = 0; i < this.n; i++) pool.ks.push(this.keys[i]), pool.ws.push(this.ws[i]);
    return new Weighted(pool, from, from + this.n);
  }
}

/** A Weighted from stored pairs (key, weight, key, weight, …: `Weighted.flat`), laid at the end of `pool`. */
export function weightedOf(flat: ReadonlyArray<string | number>, pool: Pool): Weighted {
  if (!flat.length) return NO_WEIGHTS;
  const from = pool.ks.length;
  for (let i = 0; i < flat.length; i += 2) pool.ks.push(flat[i] as string), pool.ws.push(flat[i + 1] as number);
  return new Weighted(pool, from, pool.ks.length);
}
