/**
 * Embedded Postgres never vacuums by itself: the kept facts, rewritten whole after each decision or
 * upgrade and in part after each new report, must not leave their old rows on disk forever.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { openStore } from "../../src/store/index.js";

test("kept parts: rewritten again and again, the table stays near the size of what it holds", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const size = async () => Number((await store.db.query<{ b: string }>(`SELECT pg_total_relation_size('derived_parts') AS b`))[0].b);
    // 60 parts of ~100 KB (incompressible, as packed facts are): ~6 MB of live data
    const parts: Array<[string, string]> = Array.from({ length: 60 }, (_, i) => [`fact-${i}`, randomBytes(75_000).toString("base64")]);
    const live = parts.reduce((n, [, p]) => n + p.length, 0);
    await store.derived.setDerivedParts("reconciled", "s0", "head", { put: parts, drop: "rest" });
    const first = await size();
    for (let i = 1; i <= 6; i++) await store.derived.setDerivedParts("reconciled", `s${i}`, "head", { put: parts, drop: "rest" });
    assert.ok((await size()) <= first * 1.1, `whole rewrites: ${await size()} bytes, first ${first}`);
    // updates that replace a third of the parts, from the stamp before each
    for (let i = 0; i < 12; i++) await store.derived.setDerivedParts("reconciled", `u${i + 1}`, "head", { put: parts.slice(0, 20), drop: [], from: i ? `u${i}` : "s6" });
    const after = await size();
    // without vacuuming: ~6 MB + 12 × 2 MB; vacuumed past twice the live data and some slack
    assert.ok(after <= 2 * live + (4 << 20) + (1 << 20), `updates: ${after} bytes for ${live} live`);
    const back = await store.derived.getDerivedParts("reconciled");
    assert.equal(back?.stamp, "u12");
    assert.deepEqual(new Map(back!.parts), new Map(parts));
  } finally {
    await store.close();
  }
});

test("removed reports: an embedded store reuses their space", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const size = async () => Number((await store.db.query<{ b: string }>(`SELECT pg_table_size('reports') AS b`))[0].b);
    // 40 reports of ~250 KB of text that does not compress: ~10 MB
    const add = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++)
        await store.addReport({ id: `r${i}`, hash: `h${i}`.padEnd(64, "0"), url: null, publisher: null, published: "2025-01-01", language: "en", title: null, text: randomBytes(190_000).toString("base64") });
    };
    await add(0, 40);
    const full = await size();
    await store.removeReports(Array.from({ length: 36 }, (_, i) => `r${i}`));
    // as many new ones: written where the removed ones were (unvacuumed, the table doubles)
    await add(100, 36);
    assert.ok((await size()) < full * 1.3, `${await size()} bytes, ${full} before the removal`);
    assert.equal((await store.listReports({ text: false })).length, 40);
  } finally {
    await store.close();
  }
});
