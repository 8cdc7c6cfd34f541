/**
 * What prepare works out of one report alone, made once when the report is added and stored with
 * its figures: each figure's word bag (its keys and weights before the dossier's weighing), its
 * other features, and the words of its label. A first brief reads it instead of reading every
 * report's words again; the dossier-wide part (the words' weights, grouping, verdicts) is still
 * made at the brief. Stored under the code that made it (the store's `prep_code`), so other code
 * never reads it; a report whose prep does not fit (another text or language, another number of
 * figures) is prepared as before.
 *
 * Bytes, not JSON: a report's strings once (a JSON array), then its numbers as typed arrays: JSON
 * of every weight (a double, ~18 characters) took longer to parse than the words took to read.
 * @module
 */
import type { Mention } from "../types.js";
import { Bags, featuresOf, reportFeatures, storedFeat, type Features, type StoredFeat } from "./features.js";
import { Grams, labelAgain, labelBags } from "./labels.js";
import { Pool } from "./weighted.js";

/** The layout's version, first of the bytes: prep of another layout is not read. */
const LAYOUT = 1;

/**
 * The prep of one report's figures (`mentions`, all of it, in the order they are stored and read
 * back), as bytes; null when a figure's features are not of the kind that can be stored.
 * Layout: u32 LAYOUT, u32 text length, u32 figures, u32 doubles, u32 ints, u32 bytes of the
 * strings' JSON (the language first), then the doubles, the ints and the JSON.
 */
export function reportPrep(text: string, mentions: Mention[], language: string | null): Uint8Array | null {
  const bags = new Bags(mentions.length * 8), gr = new Grams(mentions.length * 24);
  const feats = reportFeatures(text, mentions, language, bags);
  const labels: Array<Array<string | number>> = [];
  labelBags(text, mentions, gr, undefined, labels);
  const names = bags.names();
  const strings: Array<string | null> = [language];
  const at = new Map<string, number>();
  const str = (s: string | null) => {
    if (s === null) return -1;
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const ints: number[] = [], doubles: number[] = [];
  const pairs = (flat: Array<string | number> | null) => {
    if (!flat) return void ints.push(-1);
    ints.push(flat.length / 2);
    for (let i = 0; i < flat.length; i += 2) ints.push(str(flat[i] as string)), doubles.push(flat[i + 1] as number);
  };
  const list = (xs: readonly string[]) => {
    ints.push(xs.length);
    for (const x of xs) ints.push(str(x));
  };
  for (let i = 0; i < mentions.length; i++) {
    const f = feats[i], b = f.bag;
    const d = storedFeat(f);
    if (!d) return null;
    ints.push(bags.to[b] - bags.from[b]);
    for (let j = bags.from[b]; j < bags.to[b]; j++) ints.push(str(names[bags.keys[j]])), doubles.push(bags.w[j]);
    const [scope, share, contrast, moving, words, participles, event, maybe, counted, places, change, reference, measure, w0, w1] = d;
    ints.push(str(scope), (share ? 1 : 0) | (contrast ? 2 : 0) | (moving ? 4 : 0) | (maybe ? 8 : 0), str(event), str(counted), str(change), str(measure), w0, w1);
    pairs(words);
    pairs(participles);
    list(places);
    list(reference);
    pairs(labels[i] ?? []);
  }
  const json = Buffer.from(JSON.stringify(strings), "utf8");
  const out = new Uint8Array(24 + doubles.length * 8 + ints.length * 4 + json.length);
  const head = new Uint32Array(out.buffer, 0, 6);
  head.set([LAYOUT, text.length, mentions.length, doubles.length, ints.length, json.length]);
  new Float64Array(out.buffer, 24, doubles.length).set(doubles);
  new Int32Array(out.buffer, 24 + doubles.length * 8, ints.length).set(ints);
  out.set(json, 24 + doubles.length * 8 + ints.length * 4);
  return out;
}

/**
 * A report's figures' features and label bags made again from its stored prep (as `reportPrep`
 * gives it) into `bags` and `gr`, or null when it does not fit the report: another layout, text
 * length or language, or another number of figures. With `pick`, only the figures it marks are
 * made (the others' places hold nothing): an update reads a few figures of each of ~200 reports,
 * and making every figure of them took most of its prepare.
 */
export function fromPrep(bytes: Uint8Array, text: string, language: string | null, count: number, bags: Bags, gr: Grams, pick?: readonly boolean[]): { feats: Features[]; labels: number[] } | null {
  try {
    return readPrep(bytes, text, language, count, bags, gr, pick);
  } catch {
    // not readable (cut short, written by other code): prepared as before; the bags it opened
    // are never read (an item reads its own bag, and vectors number keys as they meet them)
    return null;
  }
}

function readPrep(bytes: Uint8Array, text: string, language: string | null, count: number, bags: Bags, gr: Grams, pick?: readonly boolean[]): { feats: Features[]; labels: number[] } | null {
  if (bytes.length < 24) return null;
  // typed views need their offsets aligned: a part of a larger buffer is copied first (a
  // Buffer's `slice` is a view: a new array is a copy)
  const b = bytes.byteOffset % 8 ? new Uint8Array(bytes) : bytes;
  const [layout, len, n, nd, ni, nj] = new Uint32Array(b.buffer, b.byteOffset, 6);
  if (layout !== LAYOUT || len !== text.length || n !== count || 24 + nd * 8 + ni * 4 + nj !== b.length) return null;
  const doubles = new Float64Array(b.buffer, b.byteOffset + 24, nd);
  const ints = new Int32Array(b.buffer, b.byteOffset + 24 + nd * 8, ni);
  const strings = JSON.parse(Buffer.from(b.buffer, b.byteOffset + 24 + nd * 8 + ni * 4, nj).toString("utf8")) as Array<string | null>;
  if (strings[0] !== language) return null;
  let i = 0, d = 0;
  const str = (k: number) => (k < 0 ? null : (strings[k] as string));
  const pairs = (): Array<string | number> | null => {
    const k = ints[i++];
    if (k < 0) return null;
    const out: Array<string | number> = [];
    for (let j = 0; j < k; j++) out.push(strings[ints[i++]] as string, doubles[d++]);
    return out;
  };
  const list = (): readonly string[] => {
    const k = ints[i++];
    const out: string[] = [];
    for (let j = 0; j < k; j++) out.push(strings[ints[i++]] as string);
    return out;
  };
  /** past a list of `k` entries (k < 0: none), each an int and, `withDoubles`, a double */
  const skip = (withDoubles: boolean) => {
    const k = ints[i++];
    if (k > 0) (i += k), (d += withDoubles ? k : 0);
  };
  const feats: Features[] = new Array(n), labels: number[] = new Array(n).fill(-1);
  // the report's figures' words, end to end (weighted.ts)
  const pool = new Pool();
  for (let f = 0; f < n; f++) {
    if (pick && !pick[f]) {
      // the layout of one figure, read past: its bag, 8 fields, words, participles, places, reference, label
      skip(true);
      i += 8;
      skip(true), skip(true), skip(false), skip(false), skip(true);
      continue;
    }
    const bag = bags.open();
    // each key once per bag, its weight as summed: added to 0 it is the same double
    for (let k = ints[i++]; k > 0; k--) bags.add(bags.id(strings[ints[i++]] as string), doubles[d++]);
    const scope = str(ints[i++]) as StoredFeat[0], flags = ints[i++];
    const event = str(ints[i++]), counted = str(ints[i++]), change = str(ints[i++]) as StoredFeat[10], measure = str(ints[i++]);
    const w0 = ints[i++], w1 = ints[i++];
    const words = pairs()!, participles = pairs(), places = list(), reference = list();
    const stored: StoredFeat = [scope, (flags & 1) !== 0, (flags & 2) !== 0, (flags & 4) !== 0, words, participles, event, (flags & 8) !== 0, counted, places, change, reference, measure, w0, w1];
    feats[f] = featuresOf(stored, bag, bags, text, pool);
    labels[f] = labelAgain(pairs()!, gr);
  }
  pool.trim();
  return i === ni && d === nd ? { feats, labels } : null;
}
