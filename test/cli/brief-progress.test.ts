/** `dossier brief` on a terminal: a bar over the reports whose figures it reads; nothing when piped. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { run, tempDir } from "./helpers.js";

const folder = join(tempDir("dossier-brief-bar-"), "notes");
mkdirSync(folder, { recursive: true });
for (let i = 0; i < 3; i++) writeFileSync(join(folder, `n${i}.md`), `---\npublished: 2025-06-0${i + 1}\n---\nNote ${i}: the crossing is ${400 + i * 50} m long.\n`);

test("brief: a bar over the reports on a TTY, with its total; silent when piped", async () => {
  const tty = await run(["brief", folder], { tty: true });
  assert.equal(tty.code, 0, tty.err.join("\n"));
  assert.match(tty.raw.join(""), /reading figures \[#+\] 3\/3/);
  const db = join(folder, "..", "store");
  assert.equal((await run(["add", folder, "--db", db])).code, 0);
  // the first brief of the store reads its figures (with the bar) and keeps the facts
  const first = await run(["brief", "--db", db], { tty: true });
  assert.match(first.raw.join(""), /reading figures \[#+\] 3\/3/, "from the store too");
  // the facts are kept: the next brief reads them, nothing to show a bar over
  const kept = await run(["brief", "--db", db], { tty: true });
  assert.equal(kept.code, 0);
  assert.doesNotMatch(kept.raw.join(""), /reading figures/);
  // facts kept under another key (an older version made them): read from the store again, with the bar
  const store = await openStore({ db });
  await store.derived.setDerived("reconciled", "older", "");
  await store.close();
  const stored = await run(["brief", "--db", db], { tty: true });
  assert.match(stored.raw.join(""), /reading figures \[#+\] 3\/3/, "from the store too");
  const piped = await run(["brief", folder]);
  assert.equal(piped.code, 0);
  assert.deepEqual(piped.raw, []);
});
