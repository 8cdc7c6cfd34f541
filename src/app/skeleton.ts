/**
 * A kept fact's skeleton (reconcile/neighbourhood.ts `Skeleton`: each member's place and reading) as the
 * store keeps it. An update after one new report reads the skeletons of the ~50–90 facts the new
 * figures may join, ~0.8–1.1 M characters at 2,000 reports as JSON, whose parse alone took
 * longer than reading them: they are kept as bytes instead, columns of numbers and one JSON list
 * of the strings, gzipped, in base64 (~5 times fewer characters). Skeletons kept as JSON by
 * earlier code are still read.
 * @module
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { Skeleton } from "../reconcile/index.js";

/** First character of a skeleton kept as bytes (never one of base64's, nor JSON's '{'). */
const BYTES = "~";
/** The layout's version, first of the bytes. */
const LAYOUT = 1;

/**
 * The skeleton as kept. Layout: u32 LAYOUT, u32 members, u32 bytes of the strings' JSON, u32 0;
 * then per member (columns) its reading's mid (f64), its source, start, end and scale (i32: an
 * index into the strings; scale -1 for no reading); then the strings' JSON. JSON when a member
 * does not fit the layout (an offset that is no 32-bit integer).
 */
export function packSkeleton(sk: Skeleton): string {
  const n = sk.n;
  const strings: string[] = [];
  const at = new Map<string, number>();
  const str = (s: string) => {
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const mids = new Float64Array(n);
  const ints = new Int32Array(4 * n);
  for (let k = 0; k < n; k++) {
    const key = sk.key(k), scale = sk.scale(k);
    if (!(key.start === (key.start | 0) && key.end === (key.end | 0))) return asJson(sk);
    ints[k] = str(key.source);
    ints[n + k] = key.start;
    ints[2 * n + k] = key.end;
    ints[3 * n + k] = scale === null ? -1 : str(scale);
    mids[k] = scale === null ? 0 : sk.mid(k);
  }
  const text = Buffer.from(JSON.stringify(strings), "utf8");
  const bytes = Buffer.alloc(16 + 24 * n + text.length);
  bytes.writeUInt32LE(LAYOUT, 0);
  bytes.writeUInt32LE(n, 4);
  bytes.writeUInt32LE(text.length, 8);
  Buffer.from(mids.buffer).copy(bytes, 16);
  Buffer.from(ints.buffer).copy(bytes, 16 + 8 * n);
  text.copy(bytes, 16 + 24 * n);
  return BYTES + gzipSync(bytes, { level: 1 }).toString("base64");
}

/** The JSON an earlier layout kept (its keys, and each member's reading: scale and mid, or null). */
interface JsonSkeleton {
  keys: Array<{ source: string; start: number; end: number }>;
  readings: Array<{ scale: string; mid: number | null } | null>;
}

/** A skeleton as JSON: kept where a member does not fit the bytes' layout. */
function asJson(sk: Skeleton): string {
  const json: JsonSkeleton = { keys: [], readings: [] };
  for (let k = 0; k < sk.n; k++) {
    const { source, start, end } = sk.key(k), scale = sk.scale(k);
    json.keys.push({ source, start, end });
    json.readings.push(scale === null ? null : { scale, mid: sk.mid(k) });
  }
  return JSON.stringify(json);
}

/**
 * A kept skeleton read back, each member as JSON would give it back (a mid that is no finite
 * number read as JSON's null is: 0 in the distances taken of it); null when it cannot be read.
 */
export function unpackSkeleton(data: string): Skeleton | null {
  try {
    if (!data.startsWith(BYTES)) {
      const { keys, readings } = JSON.parse(data) as JsonSkeleton;
      if (keys.length !== readings.length) return null;
      return { n: keys.length, key: (k) => keys[k], scale: (k) => readings[k]?.scale ?? null, mid: (k) => readings[k]?.mid ?? 0 };
    }
    const bytes = gunzipSync(Buffer.from(data.slice(1), "base64"));
    if (bytes.length < 16 || bytes.readUInt32LE(0) !== LAYOUT) return null;
    const n = bytes.readUInt32LE(4), len = bytes.readUInt32LE(8);
    if (bytes.length !== 16 + 24 * n + len) return null;
    // typed views need aligned offsets: gunzip's buffer may start anywhere in a larger one
    const b = bytes.byteOffset % 8 ? new Uint8Array(bytes) : bytes;
    const mids = new Float64Array(b.buffer, b.byteOffset + 16, n);
    const ints = new Int32Array(b.buffer, b.byteOffset + 16 + 8 * n, 4 * n);
    const strings = JSON.parse(Buffer.from(b.buffer, b.byteOffset + 16 + 24 * n, len).toString("utf8")) as string[];
    for (let k = 0; k < n; k++) if (ints[k] < 0 || ints[k] >= strings.length || ints[3 * n + k] >= strings.length) return null;
    return {
      n,
      key: (k) => ({ source: strings[ints[k]], start: ints[n + k], end: ints[2 * n + k] }),
      scale: (k) => (ints[3 * n + k] < 0 ? null : strings[ints[3 * n + k]]),
      // as JSON kept it: no -0, and null (0 in a distance) for what is not finite
      mid: (k) => (Number.isFinite(mids[k]) ? mids[k] + 0 : 0),
    };
  } catch {
    return null;
  }
}
