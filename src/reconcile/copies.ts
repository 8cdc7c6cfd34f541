/**
 * Near-duplicate reports (wire copies, reposts): word 5-gram shingles, MinHash signatures with
 * LSH banding to find candidate pairs, then the exact shingle Jaccard to confirm them.
 * Linear in the total text plus the candidate pairs; no all-pairs comparison.
 * @module
 */
import type { Report } from "../types.js";

const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16; // 16 bands x 4 rows: pairs near 0.5 similarity already become candidates
const ROWS = HASHES / BANDS;
/** Jaccard over shingle sets at or above this: a copy. */
export const COPY_JACCARD = 0.8;
/** Or the smaller text's shingles almost all inside the larger one (a truncated or padded repost). */
export const COPY_CONTAINMENT = 0.9;
const MIN_SHINGLES_FOR_CONTAINMENT = 40;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Sorted, distinct 32-bit hashes of the text's word 5-grams (case and punctuation ignored). */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  if (words.length && words.length < SHINGLE) set.add(fnv1a(words.join(" ")));
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(" ")));
  return Uint32Array.from(set).sort();
}

function signature(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of sh)
    for (let k = 0; k < HASHES; k++) {
      const v = mix(x, SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  return sig;
}

function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (n++, i++, j++);
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Similarity of two shingle sets as used for copies: Jaccard, or containment for long enough texts. */
export function isCopyPair(a: Uint32Array, b: Uint32Array): boolean {
  if (!a.length || !b.length) return false;
  const inter = intersection(a, b);
  if (inter / (a.length + b.length - inter) >= COPY_JACCARD) return true;
  const small = Math.min(a.length, b.length);
  return small >= MIN_SHINGLES_FOR_CONTAINMENT && inter / small >= COPY_CONTAINMENT;
}

/**
 * Groups near-identical reports. Returns report id → id of the canonical report of its group
 * (the earliest published; undated reports come after dated ones; ties keep input order).
 * Only copies are keys: a canonical report and a report without copies are absent.
 * @example findCopies([wire, repost]).get(repost.id) // → wire.id
 */
export function findCopies(reports: Report[]): Map<string, string> {
  const n = reports.length;
  const sh = reports.map((r) => shingles(r.text ?? ""));
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const buckets = new Map<string, number[]>();
  const tried = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!sh[i].length) continue;
    const sig = signature(sh[i]);
    for (let b = 0; b < BANDS; b++) {
      let key = `${b}`;
      for (let r = 0; r < ROWS; r++) key += ":" + sig[b * ROWS + r];
      const list = buckets.get(key);
      if (!list) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of list) {
        const pair = j * n + i;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (find(i) !== find(j) && isCopyPair(sh[i], sh[j])) parent[find(i)] = find(j);
      }
      list.push(i);
    }
  }
  const rank = (i: number) => reports[i].published ?? "9999-99-99";
  const canon = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const c = canon.get(root);
    if (c === undefined || rank(i) < rank(c)) canon.set(root, i);
  }
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const c = canon.get(find(i))!;
    if (c !== i && reports[c].id !== reports[i].id) out.set(reports[i].id, reports[c].id);
  }
  return out;
}
