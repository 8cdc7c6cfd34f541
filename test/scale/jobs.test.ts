/**
 * The work queue: jobs claimed with SKIP LOCKED go to exactly one worker, even with four workers
 * claiming at once on one Postgres server; failures are retried, then given up; a dead worker's
 * jobs are queued again.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.js";
import { serverSchema } from "../store/server-schema.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const { url } = serverSchema("dossier_jobs", serverUrl);

test("jobs in PGlite: claim, complete, retry, give up, requeue a dead worker's", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const ids = await store.jobs.enqueue("extract", [{ report: "a" }, { report: "b" }, { report: "c" }]);
    assert.equal(ids.length, 3);
    const [a] = await store.jobs.claim("extract", "w1");
    assert.deepEqual([a.id, a.payload, a.state, a.attempts, a.lockedBy], [ids[0], { report: "a" }, "running", 1, "w1"]);
    assert.deepEqual(await store.jobs.claim("fetch", "w1"), [], "another kind's queue is empty");
    await store.jobs.complete(a.id);

    const [b, c] = await store.jobs.claim("extract", "w2", 5);
    assert.deepEqual([b.id, c.id], [ids[1], ids[2]]);
    // b fails: queued again at once (retryMs 0), then fails for good on its second attempt
    await store.jobs.fail(b.id, "timeout", { retryMs: 0, maxAttempts: 2 });
    const [again] = await store.jobs.claim("extract", "w2");
    assert.deepEqual([again.id, again.attempts, again.lastError], [b.id, 2, "timeout"]);
    await store.jobs.fail(b.id, "timeout again", { retryMs: 0, maxAttempts: 2 });
    // c's worker died: its job goes back to the queue
    assert.equal(await store.jobs.requeueStale(0), 1);
    assert.deepEqual(await store.jobs.counts("extract"), { queued: 1, running: 0, done: 1, failed: 1 });
    // a failure waits for its retry time
    const [c2] = await store.jobs.claim("extract", "w3");
    await store.jobs.fail(c2.id, "busy", { retryMs: 60_000 });
    assert.deepEqual(await store.jobs.claim("extract", "w3"), []);
  } finally {
    await store.close();
  }
});

test("four workers claiming at once on a Postgres server: each job to exactly one", { skip: serverUrl ? false : "set TEST_DATABASE_URL=postgres://… to run against a server" }, async () => {
  const stores: Store[] = [];
  for (let i = 0; i < 4; i++) stores.push(await openStore({ db: url }));
  try {
    const n = 200;
    await stores[0].jobs.enqueue("extract", Array.from({ length: n }, (_, i) => ({ i })));
    const claimed = await Promise.all(
      stores.map(async (s, w) => {
        const mine: number[] = [];
        for (;;) {
          const jobs = await s.jobs.claim("extract", `w${w}`, 7);
          if (!jobs.length) return mine;
          for (const j of jobs) {
            mine.push((j.payload as { i: number }).i);
            await s.jobs.complete(j.id);
          }
        }
      }),
    );
    const all = claimed.flat().sort((a, b) => a - b);
    assert.deepEqual(all, Array.from({ length: n }, (_, i) => i), "every job once, none twice");
    assert.ok(claimed.filter((c) => c.length > 0).length >= 2, "the work was shared");
    assert.deepEqual(await stores[0].jobs.counts("extract"), { queued: 0, running: 0, done: n, failed: 0 });
  } finally {
    for (const s of stores) await s.close();
  }
});
