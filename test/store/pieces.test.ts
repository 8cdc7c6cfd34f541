/**
 * A Markdown brief of the store reads the kept Markdown pieces of the facts, not the facts: it
 * must read as the briefing of the facts rendered whole, after a whole reconcile, when nothing
 * changed, after an update or a removal, and when a card it shows was not made yet.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addReports } from "../../src/app/add.js";
import { briefStore } from "../../src/app/brief.js";
import { markdownOfStore } from "../../src/app/markdown-facts.js";
import { removeReports } from "../../src/app/remove.js";
import { renderMarkdown, renderMarkdownOf } from "../../src/publish/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { synthetic } from "../../bench/lib/synthetic.js";
import { tempDir } from "../cli/helpers.js";

const dir = tempDir("dossier-pieces-");
const write = (folder: string, rs: ReturnType<typeof synthetic>) => {
  mkdirSync(folder, { recursive: true });
  for (const r of rs) writeFileSync(join(folder, `${r.id}.md`), `---\nid: ${r.id}\npublisher: ${r.publisher}\npublished: ${r.published}\n---\n${r.text}\n`);
};
const all = synthetic(81, 5);
write(join(dir, "first"), all.slice(0, 80));
write(join(dir, "one"), [all[80]]);

const generated = "2026-01-02T03:04:05.000Z";
const whole = async (store: Store) => renderMarkdown((await briefStore(store, { generated })).briefing!);
const lean = async (store: Store) => renderMarkdownOf((await briefStore(store, { generated, markdown: true })).markdown!);

test("Markdown from the kept pieces reads as the briefing rendered whole", async () => {
  const store = await openStore({ db: "memory" });
  try {
    await addReports(store, [join(dir, "first")], { workers: 0 });
    const first = await lean(store);
    assert.match(first, /## Conflicts/);
    assert.equal(first, await whole(store), "after a whole reconcile");
    assert.equal((await markdownOfStore(store)).how, "kept");
    assert.equal(await lean(store), first, "read back");

    await addReports(store, [join(dir, "one")], { workers: 0 });
    assert.equal((await markdownOfStore(store)).how, "updated");
    const after = await lean(store);
    assert.notEqual(after, first);
    assert.equal(after, await whole(store), "after an update");

    // cards not made yet (a fact that moved up among the first of its section): made from the fact, and kept
    const kept = (await store.derived.getDerivedParts("reconciled", { prefix: "md:" }))!;
    const bare = [...kept.parts].map(([k, v]): [string, string] => [k, JSON.stringify({ ...JSON.parse(v), fact: { ...JSON.parse(v).fact, shown: undefined } })]);
    await store.derived.setDerivedParts("reconciled", kept.stamp, kept.data, { put: bare, drop: [], from: kept.stamp });
    assert.equal(await lean(store), after);
    const made = (await store.derived.getDerivedParts("reconciled", { prefix: "md:" }))!;
    assert.ok([...made.parts.values()].some((v) => JSON.parse(v).fact.shown), "the cards made were kept");

    // a removal is brought in by the whole facts' update: their pieces follow
    await removeReports(store, { ids: [all[80].id] });
    const removed = await lean(store);
    assert.notEqual(removed, after);
    assert.equal(removed, await whole(store), "after a removal");
  } finally {
    await store.close();
  }
});
