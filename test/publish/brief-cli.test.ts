/** `dossier brief` on the bundled example, in-process: Markdown, JSON, HTML, errors and the store path. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir, ROOT } from "../cli/helpers.js";
import { openStore } from "../../src/store/index.js";

const EXAMPLE = join(ROOT, "examples/tumen-bridge");

test("brief (Markdown, the default) of the example: title, sections, the six sources, the wire copy counted once", async () => {
  const r = await run(["brief", EXAMPLE]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const md = r.out.join("\n");
  assert.match(md, /^# Briefing: Tumen bridge$/m);
  for (const h of ["## Key facts", "## Sources", "## Method"]) assert.ok(md.includes(h), h);
  for (const p of ["Meridian Wire", "The Harbour Ledger", "Eastern Policy Monitor", "The Northern Dispatch", "Orbit Watch", "Pacific Courier"]) assert.ok(md.includes(`**${p}`), p);
  assert.equal((md.match(/counted once/g) ?? []).length, 1, "the syndicated copy is marked as one");
  assert.match(md, /from 6 reports \(5 independent origins\)/);
  assert.ok(md.includes("Pacific Courier** · 5 September 2025"), "the HTML page's metadata is read");
  assert.ok(!/cookie|Sign up|Most read/i.test(md), "page boilerplate is not quoted");
});

test("brief --format json: facts with members and verdicts, sources with copyOf", async () => {
  const r = await run(["brief", "--format", "json", EXAMPLE]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const j = JSON.parse(r.out.join("\n"));
  assert.equal(j.sources.length, 6);
  assert.equal(j.sources.filter((s: { copyOf: string | null }) => s.copyOf).length, 1);
  const ids = new Set(j.sources.map((s: { id: string }) => s.id));
  for (const f of j.facts) {
    assert.ok(["agree", "conflict", "revised", "single"].includes(f.verdict));
    for (const m of f.members) assert.ok(ids.has(m.source) && m.end > m.start && typeof m.text === "string");
  }
  // the example is written to disagree: "1.2 km" (1.15-1.3 km) against "850 metres" is a conflict by the corpus
  // rules ("roughly 1 km" fits both); the opening date and the troop count are revised
  const length = j.facts.find((f: { members: Array<{ text: string }> }) => f.members.some((m) => m.text === "1.2 km"));
  assert.equal(length?.verdict, "conflict");
  assert.ok(length.members.some((m: { text: string }) => /^850/.test(m.text)));
  assert.ok(j.facts.some((f: { verdict: string }) => f.verdict === "revised"));
});

test("brief --format html --out: one self-contained page on disk, a note on stderr, nothing on stdout", async () => {
  const out = join(tempDir("dossier-brief-"), "briefing.html");
  const r = await run(["brief", "-f", "html", "-o", out, EXAMPLE]);
  assert.equal(r.code, 0, r.err.join("\n"));
  assert.deepEqual(r.out, []);
  assert.match(r.err.join("\n"), /wrote .*briefing\.html \(html, 6 reports/);
  const html = readFileSync(out, "utf8");
  assert.match(html, /^<!doctype html>/);
  assert.ok(!/<script|<link\b/i.test(html));
  assert.match(html, /<title>Briefing: Tumen bridge<\/title>/);
});

test("brief: wrong format is a usage error (2); a bad path is reported and the rest still briefed (1); nothing readable is an error", async () => {
  const bad = await run(["brief", "--format", "pdf", EXAMPLE]);
  assert.equal(bad.code, 2);
  assert.match(bad.err.join("\n"), /unknown format "pdf"/);

  const mixed = await run(["brief", "--format", "json", EXAMPLE, join(ROOT, "no-such-file.md")]);
  assert.equal(mixed.code, 1);
  assert.match(mixed.err.join("\n"), /no-such-file\.md.*no such file/);
  assert.equal(JSON.parse(mixed.out.join("\n")).sources.length, 6);

  const none = await run(["brief", join(ROOT, "no-such-dir")]);
  assert.equal(none.code, 1);
  assert.deepEqual(none.out, []);

  const unwritable = await run(["brief", "--out", join(ROOT, "no-such-dir/x.md"), EXAMPLE]);
  assert.equal(unwritable.code, 1);
  assert.match(unwritable.err.join("\n"), /cannot write .*x\.md/);
});

test("brief with a hostile report: its markup is escaped in every format", async () => {
  const dir = tempDir("dossier-brief-hostile-");
  cpSync(EXAMPLE, join(dir, "example"), { recursive: true });
  mkdirSync(join(dir, "example/x"));
  writeFileSync(
    join(dir, "example/x/hostile.md"),
    `---\ntitle: "<script>window.pwned=1</script>"\npublisher: "<img src=x onerror=alert(1)>"\npublished: 2025-10-01\n---\n\nThe bridge is 900 m long <script>window.pwned=2</script> and cost [$5](javascript:alert(1)).\n`,
  );
  const html = await run(["brief", "--format", "html", join(dir, "example")]);
  assert.equal(html.code, 0, html.err.join("\n"));
  const page = html.out.join("\n");
  assert.ok(!page.includes("<script") && !/<img[^>]*onerror/.test(page));
  assert.match(page, /&lt;script&gt;window\.pwned=1&lt;\/script&gt;/);
  const md = await run(["brief", join(dir, "example")]);
  assert.ok(!/(^|[^\\])<(script|img)/m.test(md.out.join("\n")));
});

test("brief with no paths: the store's dossier", async () => {
  const db = join(tempDir("dossier-brief-db-"), "db");
  const empty = await run(["brief", "--db", db]);
  assert.equal(empty.code, 1);
  assert.match(empty.err.join("\n"), /no reports/);
  assert.equal((await run(["add", "--db", db, EXAMPLE])).code, 0);
  const store = await openStore({ db });
  await store.addObservations("tumen", [{ id: "tumen@2025-08-05", site: "tumen", date: "2025-08-05", items: ["S2B_TEST"], clearAoi: 0.81, clearRing: 0.8, areas: { water: 3.2 }, progress: 0.45, flags: ["haze"], provenance: {} }]);
  await store.close();
  const r = await run(["brief", "--db", db, "--format", "json"]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const j = JSON.parse(r.out.join("\n"));
  assert.equal(j.sources.length, 6);
  assert.equal(j.sources.filter((s: { copyOf: string | null }) => s.copyOf).length, 1, "add marked the wire copy");
  assert.equal(j.observations[0].progress, 0.45);
  const md = await run(["brief", "--db", db]);
  assert.match(md.out.join("\n"), /## From orbit[\s\S]*\| 5 August 2025 \| 45% \| 81% \| haze \|/);
});

test("brief --imagery: the chart and latest clear snapshot of a watch folder are embedded as data: URLs", async () => {
  const dir = tempDir("dossier-brief-watch-");
  mkdirSync(join(dir, "snapshots"));
  writeFileSync(join(dir, "table.json"), JSON.stringify({ site: "test-site", rows: [{ date: "2025-08-01", items: ["S2A_TEST"], flags: [], clearAoi: 0.9, progress: 0.4 }] }));
  writeFileSync(join(dir, "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`);
  // a 1×1 PNG
  writeFileSync(join(dir, "snapshots/2025-08-01.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
  const r = await run(["brief", "--format", "html", "--imagery", dir, EXAMPLE]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const html = r.out.join("\n");
  assert.match(html, /<section id="orbit"><h2>From orbit<\/h2>/);
  assert.equal((html.match(/<img src="data:image\/(svg\+xml|png);base64,/g) ?? []).length, 2);
  assert.match(html, /Contains modified Copernicus Sentinel data 2025/);
  const none = await run(["brief", "--imagery", join(dir, "snapshots"), EXAMPLE]);
  assert.equal(none.code, 1);
  assert.match(none.err.join("\n"), /no `dossier watch` output/);
});
