/**
 * mulberry32: a small seeded random generator, so generated text (benchmarks, fuzz tests) is the
 * same on every run and a failure can be replayed from its seed.
 * @module
 */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
