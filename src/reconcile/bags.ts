/**
 * Numbered keys, and bags of them laid end to end in typed arrays: bag b holds keys[from[b]..to[b])
 * with their weights in w, each key once per bag, in the order first put. One store serves a whole
 * reconcile, so tens of thousands of figures make no Map each (they were most of a first
 * reconcile's garbage). The figures' word bags (features.ts, weights summed) and label grams
 * (labels.ts, the highest weight kept) are both made here.
 * @module
 */
export class BagStore {
  private ids = new Map<string, number>();
  private keyNames: string[] = [];
  /** per key number: the last bag that holds it (its number + 1) and its place in that bag */
  private stamp = new Int32Array(1024);
  private slot = new Int32Array(1024);
  private bags = 0;
  private size = 0;
  keys: Int32Array;
  w: Float64Array;
  from = new Int32Array(256);
  to = new Int32Array(256);

  /** `entries`: about how many keys all the bags will hold (they grow past it when needed) */
  constructor(entries = 4096) {
    this.keys = new Int32Array(Math.max(16, entries));
    this.w = new Float64Array(Math.max(16, entries));
  }

  /** How many keys were numbered. */
  get count(): number {
    return this.keyNames.length;
  }

  /** Each key number's key, by number. */
  names(): string[] {
    return this.keyNames;
  }

  /** The number of a key. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.keyNames.length));
      this.keyNames.push(key);
      if (id >= this.stamp.length) (this.stamp = grown(this.stamp, this.stamp.length * 2)), (this.slot = grown(this.slot, this.slot.length * 2));
    }
    return id;
  }

  /** A new bag (its number); keys go into the one opened last. */
  open(): number {
    const b = this.bags++;
    if (b >= this.from.length) (this.from = grown(this.from, this.from.length * 2)), (this.to = grown(this.to, this.to.length * 2));
    this.from[b] = this.to[b] = this.size;
    return b;
  }

  /** Whether key `id` is in the bag opened last; if not, it is put there with weight 0. Its place. */
  protected place(id: number): number {
    if (this.stamp[id] !== this.bags) {
      this.stamp[id] = this.bags;
      if (this.size >= this.keys.length) (this.keys = grown(this.keys, this.keys.length * 2)), (this.w = grown(this.w, this.w.length * 2));
      this.slot[id] = this.size;
      this.keys[this.size] = id;
      this.w[this.size++] = 0;
      this.to[this.bags - 1] = this.size;
    }
    return this.slot[id];
  }

  /** Adds `weight` to key `id` of the bag opened last (weights summed). */
  add(id: number, weight: number): void {
    // one sum for a new key and a known one (as a Map's (get ?? 0) + weight), so both are
    // exercised from the first word on and the optimized code never meets an untried path. The
    // place first: it may grow `w`, and `this.w[…] +=` would read the array before the call
    const at = this.place(id);
    this.w[at] += weight;
  }

  /** Puts key `id` in the bag opened last with at least `weight` (the highest weight kept). */
  keepMax(id: number, weight: number): void {
    const fresh = this.stamp[id] !== this.bags;
    const at = this.place(id);
    if (fresh || this.w[at] < weight) this.w[at] = weight;
  }
}

/** A typed array of `size` with `a` copied in. */
export function grown<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
