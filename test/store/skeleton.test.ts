/**
 * A kept fact's skeleton (each member's place and reading) is kept as bytes: read back, each
 * member must be what the JSON kept by earlier code gave (a mid that is no finite number reads
 * as JSON's null, 0 in a distance), and JSON kept before must still be read.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { packSkeleton, unpackSkeleton } from "../../src/app/skeleton.js";
import type { Skeleton } from "../../src/reconcile/index.js";

type Member = { source: string; start: number; end: number; reading: { scale: string; mid: number } | null };

const skeletonOfMembers = (ms: Member[]): Skeleton => ({ n: ms.length, key: (k) => ms[k], scale: (k) => ms[k].reading?.scale ?? null, mid: (k) => ms[k].reading!.mid });

/** What each member reads as, member by member. */
const read = (sk: Skeleton) =>
  Array.from({ length: sk.n }, (_, k) => {
    const { source, start, end } = sk.key(k);
    return [source, start, end, sk.scale(k), sk.scale(k) === null ? null : sk.mid(k)];
  });

/** The skeleton as the JSON of earlier code kept it, read as arithmetic reads JSON's null. */
const viaJson = (ms: Member[]) =>
  ms.map((m) => {
    const mid = JSON.parse(JSON.stringify(m.reading?.mid ?? null)) as number | null;
    return [m.source, m.start, m.end, m.reading?.scale ?? null, m.reading ? Number(mid) : null];
  });

const members: Member[] = [
  { source: "r1", start: 10, end: 14, reading: { scale: "n", mid: 1500 } },
  { source: "r2", start: 0, end: 3, reading: { scale: "n", mid: 0.1 + 0.2 } },
  { source: "r1", start: 200, end: 209, reading: null },
  { source: "relatório ü", start: 7, end: 9, reading: { scale: "date", mid: 20123.5 } },
  { source: "r3", start: 1, end: 2, reading: { scale: "USD", mid: Number.POSITIVE_INFINITY } },
  { source: "r4", start: 3, end: 4, reading: { scale: "n", mid: -0 } },
  { source: "r5", start: 5, end: 6, reading: { scale: "n", mid: Number.NaN } },
];

test("a skeleton kept as bytes reads back as its JSON did, in far fewer characters", () => {
  const kept = packSkeleton(skeletonOfMembers(members));
  assert.ok(kept.startsWith("~"));
  const back = unpackSkeleton(kept);
  assert.ok(back);
  assert.deepEqual(read(back), viaJson(members));
  assert.ok(Object.is(back.mid(5), 0), "no -0, as JSON has none");
  const many = Array.from({ length: 2000 }, (_, k): Member => ({ source: `b${k % 300}`, start: k * 37, end: k * 37 + 5, reading: { scale: "n", mid: 1000 + (k % 17) * 250 } }));
  const json = JSON.stringify({ keys: many.map(({ source, start, end }) => ({ source, start, end })), readings: many.map((m) => m.reading) });
  const bytes = packSkeleton(skeletonOfMembers(many));
  assert.deepEqual(read(unpackSkeleton(bytes)!), viaJson(many));
  assert.ok(bytes.length * 3 < json.length, `${bytes.length} characters against ${json.length}`);
  assert.deepEqual(read(unpackSkeleton(packSkeleton(skeletonOfMembers([])))!), []);
});

test("a skeleton kept as JSON by earlier code is read; one cut short or damaged is not", () => {
  const json = JSON.stringify({ keys: members.map(({ source, start, end }) => ({ source, start, end })), readings: members.map((m) => m.reading) });
  assert.deepEqual(read(unpackSkeleton(json)!), viaJson(members));
  const kept = packSkeleton(skeletonOfMembers(members));
  assert.equal(unpackSkeleton(kept.slice(0, kept.length - 8)), null);
  assert.equal(unpackSkeleton("~not base64 of gzip"), null);
  assert.equal(unpackSkeleton("{"), null);
});

test("a member whose place is no 32-bit integer is kept as JSON, and read back", () => {
  const odd: Member[] = [{ source: "r1", start: 2 ** 40, end: 2 ** 40 + 3, reading: { scale: "n", mid: 4 } }];
  const kept = packSkeleton(skeletonOfMembers(odd));
  assert.ok(kept.startsWith("{"));
  assert.deepEqual(read(unpackSkeleton(kept)!), viaJson(odd));
});
