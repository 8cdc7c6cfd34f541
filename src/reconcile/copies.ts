/**
 * Near-duplicate reports (wire copies, reposts): word 5-gram shingles, MinHash signatures with
 * LSH banding to find candidate pairs, then the exact shingle Jaccard to confirm them.
 * Linear in the total text plus the candidate pairs; no all-pairs comparison.
 * @module
 */
import type { Report } from "../types.js";
import { Roots } from "./roots.js";

const SHINGLE = 5;
const HASHES = 16;
const BANDS = 8; // 8 bands x 2 rows: a pair at 0.8 similarity becomes a candidate with p > 0.999
const ROWS = HASHES / BANDS;
/** Jaccard over shingle sets at or above this: a copy. */
export const COPY_JACCARD = 0.8;
/** Or the smaller text's shingles almost all inside the larger one (a truncated or padded repost). */
export const COPY_CONTAINMENT = 0.6;
const MIN_SHINGLES_FOR_CONTAINMENT = 40;
/** Members of one group an LSH bucket keeps. */
const PER_GROUP = 8;
/** Reports an LSH bucket holds at most. */
const BUCKET = 64;

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** A letter or digit, by char code: ASCII alphanumerics, and any non-ASCII code that is not punctuation or space. */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0xa0 && c !== 0x3000 && !(c >= 0xfe30 && c <= 0xfe4f);
}

/** Sorted, distinct 32-bit hashes of the text's word 5-grams (case and punctuation ignored). */
export function shingles(text: string): Uint32Array {
  // hash each word straight from its char codes (lower-cased), no strings
  const wh: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!wordChar(c)) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    while (i < n && wordChar((c = text.charCodeAt(i)))) {
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= 128) c = text[i].toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
      i++;
    }
    wh.push(h & 0x3fffffff);
  }
  // 30-bit hashes (small integers for the engine); sort then drop repeats: no Set, no iterator
  const count = wh.length >= SHINGLE ? wh.length - SHINGLE + 1 : wh.length ? 1 : 0;
  const hs = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    const end = Math.min(wh.length, i + SHINGLE);
    for (let k = i; k < end; k++) h = Math.imul(h ^ wh[k], 0x5bd1e995) ^ (h >>> 15);
    hs[i] = h & 0x3fffffff;
  }
  hs.sort();
  let u = 0;
  for (let i = 0; i < hs.length; i++) if (i === 0 || hs[i] !== hs[u - 1]) hs[u++] = hs[i];
  return hs.slice(0, u);
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

/**
 * Whether two signatures agree on enough hashes for their texts to be copies. Two reports met in a
 * bucket agree on its band's ROWS hashes already; each other hash agrees with probability equal to
 * the Jaccard, so MIN_AGREE = 5 asks three more of the other 14: a pair at 0.8 fails that with
 * p < 1e-6, a truncated repost (containment 0.9 of a text twice its length, Jaccard ~0.43) with
 * p ~0.03, and two reports of one story that share a stock sentence (Jaccard ~0.05) pass with
 * p ~0.03 — they were nine in twenty of the exact checks, the bulk of the time, before.
 */
function mayCopy(a: Uint32Array, b: Uint32Array): boolean {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k] && ++same >= MIN_AGREE) return true;
  return false;
}
const MIN_AGREE = ROWS + 3;

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

/** The LSH bucket of band `b` of a signature: "b:h1:h2". */
function bandKey(sig: Uint32Array, b: number): string {
  let key = `${b}`;
  for (let r = 0; r < ROWS; r++) key += ":" + sig[b * ROWS + r];
  return key;
}

/** What a store keeps of a report to find its copies later without reading every text again. */
export interface CopyKeys {
  /** the MinHash signature (HASHES values) */
  sig: Uint32Array;
  /** its LSH buckets (BANDS keys): a copy shares at least one with its original */
  bands: string[];
}

/** A text's signature and buckets; null for a text without words (it is nobody's copy). */
export function copyKeys(text: string): CopyKeys | null {
  const sh = shingles(text);
  if (!sh.length) return null;
  const sig = signature(sh);
  return { sig, bands: Array.from({ length: BANDS }, (_, b) => bandKey(sig, b)) };
}

/** Whether a report met through a shared bucket may be a copy (see mayCopy): the few worth reading. */
export function mayBeCopies(a: CopyKeys, b: Uint32Array): boolean {
  return b.length === HASHES && mayCopy(a.sig, b);
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
  const roots = new Roots(n);
  const find = (i: number): number => roots.find(i);
  const buckets = new Map<string, number[]>();
  const tried = new Set<number>();
  const sigs: Array<Uint32Array | null> = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (!sh[i].length) continue;
    const sig = (sigs[i] = signature(sh[i]));
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = buckets.get(key);
      if (!list) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of list) {
        // already grouped: nothing to compare, nothing to remember (a story copied 4,000 times
        // would otherwise remember and compare millions of pairs)
        if (find(i) === find(j)) continue;
        // a shared band is often one boilerplate sentence ("declined to comment"): the signatures'
        // agreement, a rough Jaccard, rules out most such pairs before the exact shingle check
        if (!mayCopy(sig, sigs[j]!)) continue;
        const pair = j * n + i;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (isCopyPair(sh[i], sh[j])) roots.union(i, j);
      }
      // a bucket keeps a few members of each group, not all: a story copied thousands of times
      // would make every new copy walk them all (quadratic); a later report is still compared with
      // several members of each group, so a copy of a copy is found
      // and a bucket holds at most BUCKET reports: one filled by a boilerplate sentence's hash would
      // make every later report walk it (quadratic); a copy shares several bands with its original
      // (at Jaccard 0.8 each band with p = 0.64), so it is still found through the others
      if (list.length >= BUCKET) continue;
      let same = 0;
      for (const j of list) if (find(j) === find(i) && ++same >= PER_GROUP) break;
      if (same < PER_GROUP) list.push(i);
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
