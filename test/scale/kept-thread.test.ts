/**
 * The parts a whole reconcile keeps, made on a thread of their own (kept-thread.ts), are those
 * made in this thread (kept-parts.ts partsOf), in the same order, pieces included.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { withCopies } from "../../src/app/copies.js";
import { partsOf, sourceMap, type Pieces } from "../../src/app/kept-parts.js";
import { KeptThread } from "../../src/app/kept-thread.js";
import { extract } from "../../src/extract/index.js";
import { addExcerpts } from "../../src/publish/index.js";
import { reconcile } from "../../src/reconcile/index.js";
import { synthetic } from "../../bench/lib/synthetic.js";

test("the kept parts made on a thread are those made here", async () => {
  const reports = withCopies(synthetic(50, 7));
  const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id }));
  const facts = addExcerpts(reconcile({ reports, mentions }).facts, reports);
  assert.ok(facts.length > 40, "more facts than a share of the thread's");
  let here: Pieces[] = [];
  const expected = [...partsOf(facts, sourceMap(reports), (p) => (here = p))];
  const thread = new KeptThread(reports);
  try {
    let there: Pieces[] = [];
    const got: Array<[string, string]> = [];
    for await (const part of thread.parts(facts, (p) => (there = p))) got.push(part);
    assert.deepEqual(got, expected);
    assert.deepEqual(there, here);
  } finally {
    await thread.close();
  }
});

test("a thread that fails on a share fails the parts, and does not hang", async () => {
  const reports = synthetic(3, 7);
  const thread = new KeptThread(reports);
  try {
    // a fact without members: its pieces cannot be made
    const broken = [{ id: "x" }] as unknown as Parameters<KeptThread["parts"]>[0];
    await assert.rejects(async () => {
      for await (const _ of thread.parts(broken, () => {}));
    });
  } finally {
    await thread.close();
  }
});
