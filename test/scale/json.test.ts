/**
 * The JSON briefing carries each quoted sentence once: a sentence of many figures (a table read as
 * text) is not copied into every member that quotes it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { briefPaths } from "../../src/app/index.js";
import { renderJson } from "../../src/publish/index.js";
import { tempDir } from "../cli/helpers.js";

test("JSON: a sentence quoted by 300 figures is written once; every member finds its quote in it", async () => {
  const dir = join(tempDir("dossier-json-"), "in");
  mkdirSync(dir);
  const depots = Array.from({ length: 300 }, (_, i) => `depot ${i + 1} took ${100 + i} crates`).join(", ");
  const sentence = `On 3 May 2025 the yard reported that ${depots}.`;
  writeFileSync(join(dir, "yard.md"), `---\nid: yard\npublished: 2025-05-04\n---\n${sentence}\n`);
  writeFileSync(join(dir, "other.md"), `---\nid: other\npublished: 2025-05-05\n---\nA second note: depot 1 took 100 crates on 3 May 2025.\n`);
  const { briefing } = await briefPaths([dir], { generated: "2025-06-01T00:00:00Z" });
  const json = renderJson(briefing!);
  const data = JSON.parse(json);
  type M = { source: string; start: number; end: number; text: string; excerpt?: { passage: string; start: number; end: number } | null };
  const members: M[] = data.facts.flatMap((f: { members: M[] }) => f.members).filter((m: M) => m.source === "yard");
  assert.ok(members.length >= 300, `${members.length} members from the yard's sentence`);
  for (const m of members) {
    const p = data.passages[m.excerpt!.passage];
    const quote = p.text.slice(m.excerpt!.start - p.start, m.excerpt!.end - p.start);
    assert.ok(quote.includes(m.text), `${m.text} is in its quote`);
  }
  // the sentence is written once in the whole file, not once per member that quotes it
  assert.equal(json.split("depot 150 took 249 crates").length - 1, 1);
  assert.equal(Object.values(data.passages).filter((p) => (p as { source: string }).source === "yard").length, 1);
});
