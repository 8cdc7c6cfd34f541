/**
 * The stored facts are kept current by their readers: after `add` or `remove` of a few reports the
 * next brief works them in by an incremental update, not a whole reconcile, and keeps the result
 * for the one after; a change made without upkeep (another process, an older version) is caught
 * by the key. The unattended `update` of feeds keeps them current itself (`keepFactsCurrent`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addReports } from "../../src/app/add.js";
import { factsOfStore, keepFactsCurrent } from "../../src/app/reconciled.js";
import { removeReports } from "../../src/app/remove.js";
import { openStore } from "../../src/store/index.js";
import { synthetic } from "../../bench/lib/synthetic.js";
import { tempDir } from "../cli/helpers.js";

const dir = tempDir("dossier-upkeep-");
const write = (folder: string, rs: ReturnType<typeof synthetic>) => {
  mkdirSync(folder, { recursive: true });
  for (const r of rs) writeFileSync(join(folder, `${r.id}.md`), `---\nid: ${r.id}\npublisher: ${r.publisher}\npublished: ${r.published}\n---\n${r.text}\n`);
};
const all = synthetic(62, 11);
write(join(dir, "first"), all.slice(0, 60));
write(join(dir, "one"), [all[60]]);
write(join(dir, "two"), [all[61]]);

test("add, add one, remove: the next reader brings the facts up to date, the one report by an update", async () => {
  const store = await openStore({ db: "memory" });
  try {
    // a first add leaves the whole reconcile to the first brief, which keeps what it made
    await addReports(store, [join(dir, "first")], { workers: 0 });
    const made = await factsOfStore(store);
    assert.equal(made.how, "reconciled");
    const kept = await factsOfStore(store);
    assert.equal(kept.how, "kept", "a second brief only reads");
    // what is read back is what was made (the timeline made again from the facts)
    assert.deepEqual(kept.reconciled, made.reconciled);
    const before = kept.reconciled.facts.reduce((n, f) => n + f.members.length, 0);

    await addReports(store, [join(dir, "one")], { workers: 0 });
    assert.equal((await factsOfStore(store)).how, "updated");
    const after = await factsOfStore(store);
    assert.equal(after.how, "kept", "what the update made was kept");
    // the update rewrote only the facts it changed: what is read back is every fact, whole
    const kept2 = await store.derived.getDerivedParts("reconciled", { without: ":" });
    assert.deepEqual([...kept2!.parts.keys()].sort(), after.reconciled.facts.map((f) => f.id).sort());
    // and beside each fact its Markdown pieces
    const pieces = await store.derived.getDerivedParts("reconciled", { prefix: "md:" });
    assert.deepEqual([...pieces!.parts.keys()].sort(), after.reconciled.facts.map((f) => `md:${f.id}`).sort());
    const members = after.reconciled.facts.flatMap((f) => f.members);
    const added = (await store.getMentions([all[60].id])).length;
    assert.ok(added > 0);
    assert.equal(members.length, before + added);
    // the new members are quoted like the kept ones
    assert.ok(members.filter((m) => m.source === all[60].id).every((m) => m.excerpt?.text));

    // what the unattended `update` of feeds calls after it adds: the facts updated and kept there
    await removeReports(store, { ids: [all[60].id] });
    assert.equal(await keepFactsCurrent(store), "updated");
    assert.equal(await keepFactsCurrent(store), "kept");
    const removed = await factsOfStore(store);
    assert.equal(removed.how, "kept");
    assert.equal(removed.reconciled.facts.reduce((n, f) => n + f.members.length, 0), before);

    // a writer that does not keep the facts (an older version): the next brief sees the change
    const r = all[61];
    await store.addReport({ ...r, id: r.id, origin: null });
    const stale = await factsOfStore(store);
    assert.notEqual(stale.how, "kept");
    assert.equal(stale.reports.length, 61);
  } finally {
    await store.close();
  }
});

test("kept parts: a writer that started from an older state writes nothing; a missing part is made again", async () => {
  const store = await openStore({ db: "memory" });
  try {
    assert.equal(await store.derived.getDerivedParts("x"), null);
    assert.equal(await store.derived.setDerivedParts("x", "s1", "head1", { put: [["a", "A"], ["b", "B"]], drop: "rest" }), true);
    // an update from s1: b rewritten, a dropped, c added
    assert.equal(await store.derived.setDerivedParts("x", "s2", "head2", { put: [["b", "B2"], ["c", "C"]], drop: ["a"], from: "s1" }), true);
    // a second writer that also started from s1 lost the race: nothing of it is written
    assert.equal(await store.derived.setDerivedParts("x", "s3", "head3", { put: [["d", "D"]], drop: ["b"], from: "s1" }), false);
    const got = await store.derived.getDerivedParts("x");
    assert.equal(got?.stamp, "s2");
    assert.equal(got?.data, "head2");
    assert.deepEqual([...got!.parts].sort(), [["b", "B2"], ["c", "C"]]);
    assert.equal(await store.derived.derivedStamp("x"), "s2");
    // a whole write replaces every part
    await store.derived.setDerivedParts("x", "s4", "head4", { put: [["e", "E"]], drop: "rest" });
    assert.deepEqual([...(await store.derived.getDerivedParts("x"))!.parts], [["e", "E"]]);
    // more parts than one page of reading
    const many = Array.from({ length: 250 }, (_, i): [string, string] => [`fact-${i}`, `data ${i}`]);
    await store.derived.setDerivedParts("x", "s5", "head5", { put: many, drop: "rest" });
    assert.deepEqual(new Map((await store.derived.getDerivedParts("x"))!.parts), new Map(many));

    // the facts: a part gone missing is never served as a smaller dossier
    await addReports(store, [join(dir, "first")], { workers: 0 });
    const made = await factsOfStore(store);
    assert.equal(made.how, "reconciled");
    const [victim] = made.reconciled.facts;
    const kept = (await store.derived.getDerivedParts("reconciled"))!;
    const rest = [...kept.parts].filter(([id]) => id !== victim.id);
    await store.derived.setDerivedParts("reconciled", kept.stamp, kept.data, { put: rest, drop: "rest" });
    const again = await factsOfStore(store);
    assert.equal(again.how, "reconciled");
    assert.equal(again.reconciled.facts.length, made.reconciled.facts.length);

    // a store that cannot keep the facts still briefs, and says why the next brief will be slow
    const notes: string[] = [];
    await store.derived.setDerived("reconciled", "stale", "{}");
    store.derived.setDerivedParts = async () => {
      throw new Error("no space left on device");
    };
    const unkept = await factsOfStore(store, { onNote: (n) => notes.push(n) });
    assert.equal(unkept.how, "reconciled");
    assert.match(notes.join("\n"), /could not be kept .*no space left on device/);
  } finally {
    await store.close();
  }
});
