/**
 * A corpus folder briefed directly and the same folder added to a store then briefed give one set
 * of facts: the reports in one order, and an undated report dated by its manifest note in both.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "./helpers.js";

test("brief DIR and add DIR then brief --db give the same facts (order, an undated report's note)", async () => {
  const dir = tempDir("dossier-folder-store-");
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "text"), { recursive: true });
  // the manifest is not in id order, and z1 has no date but a note that places it
  const sources = [
    { id: "z1", publisher: "Valley Explainer", published: null, language: "en", note: "undated explainer; its figures place it around 2025-09-01" },
    { id: "a1", publisher: "Canal Wire", published: "2025-03-02", language: "en" },
    { id: "m1", publisher: "Port Gazette", published: "2025-03-05", language: "en" },
  ];
  writeFileSync(join(corpus, "sources.json"), JSON.stringify(sources));
  writeFileSync(join(corpus, "text", "a1.txt"), "The new lock on the Orsk canal will cost $1.2 billion, the authority said. Work began in January 2025.");
  writeFileSync(join(corpus, "text", "m1.txt"), "The Orsk canal lock is budgeted at $1.2 billion. About 400 workers are on site.");
  writeFileSync(join(corpus, "text", "z1.txt"), "The cost of the Orsk canal lock has risen to $1.6 billion, the authority now says. Some 650 workers are on site.");
  const direct = await run(["brief", "--format", "json", corpus]);
  assert.equal(direct.code, 0, direct.err.join("\n"));
  const db = join(dir, "db");
  const added = await run(["add", "--db", db, corpus]);
  assert.equal(added.code, 0, added.err.join("\n"));
  const stored = await run(["brief", "--db", db, "--format", "json"]);
  assert.equal(stored.code, 0, stored.err.join("\n"));
  const facts = (out: string[]) =>
    (JSON.parse(out.join("\n")).facts as Array<{ about: string; verdict: string; members: Array<{ source: string; start: number; time?: unknown }> }>)
      .map((f) => ({ about: f.about, verdict: f.verdict, members: f.members.map((m) => `${m.source}@${m.start}`).sort(), times: f.members.map((m) => JSON.stringify(m.time ?? null)).sort() }))
      .sort((x, y) => (x.members[0] < y.members[0] ? -1 : 1));
  const a = facts(direct.out), b = facts(stored.out);
  assert.ok(a.length > 0);
  assert.deepEqual(b, a);
});
