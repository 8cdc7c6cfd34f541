import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "./corpus.js";
import { IngestError } from "./errors.js";
import { readTextReport } from "./text.js";

const md = (s: string) => new TextEncoder().encode(s);

test("front matter: numbers are written out as text; a list where text belongs is an error naming the key", () => {
  const r = readTextReport(md("---\ntitle: 1984\npublished: 2025-04-30\nlang: en\n---\nA pier 300 m long.\n"), "a.md");
  assert.equal(r.title, "1984");
  assert.equal(r.published, "2025-04-30");
  assert.equal(r.language, "en");
  assert.throws(() => readTextReport(md("---\ntitle: [a, b]\n---\nText.\n"), "b.md"), (e: Error) => e instanceof IngestError && /front matter "title" must be text/.test(e.message));
});

test("sources.json: an entry with an object where text belongs is refused with its place; the others are read", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-schema-"));
  mkdirSync(join(dir, "text"));
  writeFileSync(join(dir, "text", "a.txt"), "The quay is 40 m long.\n");
  writeFileSync(join(dir, "text", "b.txt"), "The quay is 41 m long.\n");
  writeFileSync(join(dir, "sources.json"), JSON.stringify([{ id: "a", publisher: { name: "x" } }, { id: "b", title: 7 }, { url: "x" }]));
  const [a, b, c] = readCorpus(dir);
  assert.ok(a instanceof IngestError && /\[0\]: "publisher" must be text/.test(a.message), String(a));
  assert.ok(!(b instanceof IngestError) && b.title === "7");
  assert.ok(c instanceof IngestError && /each source needs an "id"/.test(c.message));
});
