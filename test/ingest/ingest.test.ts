/**
 * Ingest on its own (no store): every kind of input, good and bad. Each bad input gives one
 * IngestError whose one-line message names the file; the inputs around it still come through.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { IngestError, readPaths, readCorpus, readTextReport, decodeText, sha256, type IngestItem } from "../../src/ingest/index.js";
import type { ReportInput } from "../../src/types.js";
import { tempDir } from "../cli/helpers.js";

const dir = tempDir("dossier-ingest-");
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const read = (...paths: string[]) => [...readPaths(paths)];
const reports = (items: IngestItem[]) => items.filter((i): i is ReportInput => !(i instanceof IngestError));
const errors = (items: IngestItem[]) => items.filter((i): i is IngestError => i instanceof IngestError);

function assertOneError(items: IngestItem[], path: string, reason: RegExp) {
  const errs = errors(items);
  assert.equal(errs.length, 1, `one error expected, got ${errs.map((e) => e.message).join(" | ") || "none"}`);
  assert.ok(errs[0].message.startsWith(`${path}: `), `the message names ${path}: ${errs[0].message}`);
  assert.match(errs[0].message, reason);
  assert.doesNotMatch(errs[0].message, /\n/, "one line");
}

test("a plain text file becomes a report: text as is, hash of the bytes, no metadata, its first line for a title", () => {
  const body = "Cranes for the port\n\nThe port authority said 40 cranes would be installed by March.\n";
  const p = file("plain.txt", body);
  const [r] = reports(read(p));
  assert.equal(r.text, body);
  assert.equal(r.hash, sha256(Buffer.from(body)));
  assert.equal(r.title, "Cranes for the port");
  assert.equal(r.publisher, null);
  assert.equal(r.published, null);
  assert.equal(r.origin, p);
  assert.equal(r.id, "plain", "a file's id is its name");
});

test("Markdown front matter gives the metadata; the text after it is the report", () => {
  const p = file(
    "fm.md",
    "---\ntitle: Harbour works begin\nurl: https://example.org/harbour\npublisher: Example Wire\npublished: 2025-05-02T09:30:00Z\nlanguage: en\n---\nWork began on a 1.2 km pier.\n",
  );
  const [r] = reports(read(p));
  assert.equal(r.title, "Harbour works begin");
  assert.equal(r.url, "https://example.org/harbour");
  assert.equal(r.publisher, "Example Wire");
  assert.equal(r.published, "2025-05-02");
  assert.equal(r.language, "en");
  assert.equal(r.text, "Work began on a 1.2 km pier.\n");
});

test("a byte-order mark and CRLF front matter are understood", () => {
  const r = readTextReport(Buffer.from("\ufeff---\r\ntitle: Dam\r\n---\r\nThe dam is 90 m tall.\r\n"), "crlf.md");
  assert.equal(r.title, "Dam");
  assert.equal(r.text, "The dam is 90 m tall.\r\n");
});

test("bad YAML front matter is one error naming the file", () => {
  const p = file("badyaml.md", "---\ntitle: [unclosed\n  : : :\n---\nSome text.\n");
  assertOneError(read(p), p, /front matter is not valid YAML/);
});

test("front matter that is not a mapping, or leaves no text, is refused", () => {
  const list = file("fmlist.md", "---\n- a\n- b\n---\nText.\n");
  assertOneError(read(list), list, /front matter/);
  const bare = file("fmonly.md", "---\ntitle: Nothing below\n---\n\n");
  assertOneError(read(bare), bare, /no text after the front matter/);
  const badId = file("fmid.md", "---\nid: ../../etc\n---\nText.\n");
  assertOneError(read(badId), badId, /"id"/);
});

test("binary, invalid UTF-8, empty and white-space-only files are refused by name", () => {
  const bin = file("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assertOneError(read(bin), bin, /binary file/);
  // a NUL far into an otherwise clean file: Postgres could not store it
  const lateNul = file("late-nul.txt", Buffer.concat([Buffer.alloc(20000, "a"), Buffer.from([0]), Buffer.from("tail")]));
  assertOneError(read(lateNul), lateNul, /binary file/);
  const latin1 = file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30, 0x20, 0x6b, 0x6d]));
  assertOneError(read(latin1), latin1, /not valid UTF-8/);
  const empty = file("empty.txt", "");
  assertOneError(read(empty), empty, /empty file/);
  const blank = file("blank.md", " \n\t\n");
  assertOneError(read(blank), blank, /no text/);
});

test("a 100 MB file is refused before it is read", () => {
  const p = join(dir, "huge.txt");
  // sparse: no 100 MB written to disk
  const fd = openSync(p, "w");
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  const t0 = Date.now();
  assertOneError(read(p), p, /too big \(100\.0 MB/);
  assert.ok(Date.now() - t0 < 5000, "refused without reading it");
});

test("a missing path, an unsupported type and a FIFO are refused by name", () => {
  const missing = join(dir, "nope", "gone.txt");
  assertOneError(read(missing), missing, /no such file or directory/);
  const pdf = file("paper.pdf", "%PDF-1.4");
  assertOneError(read(pdf), pdf, /unsupported file type "\.pdf"/);
  if (process.platform !== "win32" && spawnSync("mkfifo", [join(dir, "pipe.txt")]).status === 0) {
    const fifo = join(dir, "pipe.txt");
    assertOneError(read(fifo), fifo, /not a regular file/);
  }
});

test("one bad input does not stop the others, and order is kept", () => {
  const a = file("mix/a.txt", "First report: 12 trucks.");
  const b = file("mix/b.txt", Buffer.from([0xff, 0xfe, 0xfd]));
  const c = file("mix/c.md", "Third report: 3 ships.");
  const items = read(a, join(dir, "mix", "missing.txt"), b, c);
  assert.equal(items.length, 4);
  assert.deepEqual(
    items.map((i) => (i instanceof IngestError ? "error" : i.origin)),
    [a, "error", "error", c],
  );
});

test("a folder is read recursively, sorted, skipping hidden files and other types", () => {
  file("tree/b.md", "Report B with 2 cranes.");
  file("tree/a.txt", "Report A with 5 cranes.");
  file("tree/sub/c.html", "<html><body><article><p>Report C says the quay is 300 metres long and was finished in 2024.</p></article></body></html>");
  file("tree/.hidden.txt", "hidden");
  file("tree/notes.json", "{}");
  const rs = reports(read(join(dir, "tree")));
  assert.deepEqual(
    rs.map((r) => r.origin),
    [join(dir, "tree/a.txt"), join(dir, "tree/b.md"), join(dir, "tree/sub/c.html")],
  );
  assert.match(rs[2].text, /300 metres/);
  const none = join(dir, "nothing");
  mkdirSync(none);
  file("nothing/readme.json", "{}");
  assertOneError(read(none), none, /no \.txt, \.md or \.html files/);
});

test("a file that declares no title is called by its heading or first line, never its path", () => {
  const page = file("titles/page.html", "<html><body><nav>Home · About</nav><article><h1>Ferry crew  halved</h1><p>The operator cut the crew from eight sailors to four last week, it said.</p></article></body></html>");
  const titled = file("titles/titled.html", "<html><head><title>Crew cuts on the ferry</title></head><body><article><h1>Ferry crew halved</h1><p>The crew was cut from eight sailors to four.</p></article></body></html>");
  const plain = file("titles/bare.html", "<html><body><p>The dredgers will remove 40,000 cubic metres of silt by June, the harbour board said.</p></body></html>");
  const md = file("titles/notes.md", "---\npublisher: Field notes\n---\n\n## Pier survey, second visit\n\nThe pier is 300 m long.\n");
  const rs = reports(read(page, titled, plain, md));
  assert.deepEqual(
    rs.map((r) => r.title),
    ["Ferry crew halved", "Crew cuts on the ferry", "The dredgers will remove 40,000 cubic metres of silt by June, the harbour board said", "Pier survey, second visit"],
  );
});

test("a symlink loop in a folder is visited once", () => {
  file("loop/x.txt", "Loop report: 7 barges.");
  try {
    symlinkSync(join(dir, "loop"), join(dir, "loop", "again"));
  } catch {
    return; // no symlinks here (Windows without rights)
  }
  const rs = reports(read(join(dir, "loop")));
  assert.equal(rs.length, 1);
});

function corpus(name: string, sources: unknown, texts: Record<string, string | Uint8Array>) {
  const root = join(dir, name);
  mkdirSync(join(root, "text"), { recursive: true });
  writeFileSync(join(root, "sources.json"), typeof sources === "string" ? sources : JSON.stringify(sources));
  for (const [id, t] of Object.entries(texts)) writeFileSync(join(root, "text", `${id}.txt`), t);
  return root;
}

test("a corpus folder: manifest id → report id, metadata from sources.json", () => {
  const root = corpus(
    "corpus-ok",
    [
      { id: "a1", url: "https://example.org/a1", publisher: "Wire A", published: "2025-01-05", language: "en", title: "A one" },
      { id: "a2", url: null, publisher: null, published: null, language: "en", title: "A two" },
    ],
    { a1: "Alpha text: 10 km of rail.", a2: "Beta text: 4 tunnels." },
  );
  const rs = reports(read(root));
  assert.deepEqual(
    rs.map((r) => [r.id, r.title, r.published, r.publisher, r.url]),
    [
      ["a1", "A one", "2025-01-05", "Wire A", "https://example.org/a1"],
      ["a2", "A two", null, null, null],
    ],
  );
  assert.equal(rs[0].text, "Alpha text: 10 km of rail.");
});

test("a corpus whose manifest names a missing text: that one fails by name, the rest come through", () => {
  const root = corpus("corpus-missing", [{ id: "m1" }, { id: "m2" }, { id: "m3" }], { m1: "One.", m3: "Three." });
  const items = readCorpus(root);
  assert.equal(reports(items).length, 2);
  assertOneError(items, join(root, "text", "m2.txt"), /missing \(named by .*sources\.json\)/);
});

test("a malformed or wrongly shaped sources.json is one error naming it", () => {
  const bad = corpus("corpus-badjson", "[{\"id\": \"x1\",]", { x1: "Text." });
  assertOneError(read(bad), join(bad, "sources.json"), /not valid JSON/);
  const obj = corpus("corpus-object", { id: "x1" }, { x1: "Text." });
  assertOneError(read(obj), join(obj, "sources.json"), /JSON array/);
  const badId = corpus("corpus-badid", [{ id: "../x" }, { id: "ok" }], { ok: "Fine text." });
  const items = read(badId);
  assert.equal(reports(items).length, 1);
  assert.match(errors(items)[0].message, /sources\.json\[0\]: each source needs an "id"/);
});

test("corpus texts get the same checks as files (binary, empty, invalid UTF-8)", () => {
  const root = corpus("corpus-badtexts", [{ id: "b1" }, { id: "b2" }, { id: "b3" }, { id: "b4" }], {
    b1: Buffer.from([0, 1, 2, 3]),
    b2: "",
    b3: Buffer.from([0xc3, 0x28]),
    b4: "Good text with 3 figures.",
  });
  const items = read(root);
  assert.deepEqual(reports(items).map((r) => r.id), ["b4"]);
  assert.deepEqual(
    errors(items).map((e) => e.message.replace(root, "<root>").replace(/\\/g, "/")),
    ["<root>/text/b1.txt: binary file (NUL bytes), not text", "<root>/text/b2.txt: empty file", "<root>/text/b3.txt: not valid UTF-8 text"],
  );
});

test("corpus folders nested in a folder are each read through their manifest", () => {
  const parent = join(dir, "collections");
  mkdirSync(parent);
  const root = corpus("collections/one", [{ id: "n1" }], { n1: "Nested one." });
  void root;
  corpus("collections/two", [{ id: "n2" }], { n2: "Nested two." });
  file("collections/loose.txt", "A loose report.");
  const rs = reports(read(parent));
  assert.deepEqual(rs.map((r) => r.id), ["loose", "n1", "n2"]);
});

test("decodeText: UTF-16 with a declared encoding is text, not binary", () => {
  const utf16 = Buffer.from("\ufeffSix piers.", "utf16le");
  assert.equal(decodeText(utf16, "x.txt", "utf-16le"), "Six piers.");
});

test("the same bytes give the same hash; ingest is deterministic", () => {
  const p = file("det.txt", "Same text, 5 times.");
  const [a] = reports(read(p));
  const [b] = reports(read(p));
  assert.deepEqual(a, b);
});

test("a file name with control characters is shown escaped, on one line", () => {
  if (process.platform === "win32") return;
  const p = file("bad\nname\x1b[2J.txt", "");
  const [e] = errors(read(p));
  assert.equal(e.where, p);
  assert.doesNotMatch(e.message, /[\n\x1b]/);
  assert.match(e.message, /bad\\x0aname\\x1b\[2J\.txt: empty file$/);
});

test("published dates: ISO timestamps and written dates become YYYY-MM-DD; impossible days become null", async () => {
  const { toDay } = await import("../../src/ingest/index.js");
  assert.equal(toDay("2025-04-30T23:30:00-05:00"), "2025-04-30");
  assert.equal(toDay("2024-02-29"), "2024-02-29");
  assert.equal(toDay("2025-02-29"), null);
  assert.equal(toDay("2025-13-01"), null);
  assert.equal(toDay("30 April 2025"), "2025-04-30");
  assert.equal(toDay("not a date"), null);
  assert.equal(toDay(""), null);
  assert.equal(toDay(null), null);
});

test("a published date that names no day is kept as written for the warning; the report is read undated", () => {
  const md = file("baddate/pier.md", "---\npublisher: Field notes\npublished: 2025-04-31\n---\nThe pier is 300 m long.\n");
  const page = file("baddate/page.html", '<html><head><title>Pier</title><meta property="article:published_time" content="sometime in May"></head><body><p>The pier is 300 m long.</p></body></html>');
  const good = file("baddate/good.md", "---\npublished: 2025-04-30\n---\nThe pier is 300 m long.\n");
  const rs = reports(read(md, page, good));
  assert.deepEqual(
    rs.map((r) => [r.published, r.unreadDate]),
    [
      [null, "2025-04-31"],
      [null, "sometime in May"],
      ["2025-04-30", undefined],
    ],
  );
});

test("sources.json with a byte-order mark is read; an empty or non-UTF-8 one is one error naming it", () => {
  const bom = corpus("corpus-bom", "\ufeff" + JSON.stringify([{ id: "bom1", title: "With BOM" }]), { bom1: "Text, 4 locks." });
  assert.deepEqual(reports(read(bom)).map((r) => r.title), ["With BOM"]);
  // a manifest entry without a title is called by its text's first line, as a plain file is
  const untitled = corpus("corpus-untitled", [{ id: "u1", title: null }, { id: "u2" }], { u1: "Ferry service resumes\nThe ferry runs again.", u2: "\n\nLock gates replaced. Both gates are new." });
  assert.deepEqual(reports(read(untitled)).map((r) => r.title), ["Ferry service resumes", "Lock gates replaced. Both gates are new"]);
  const empty = corpus("corpus-empty-manifest", "", {});
  assertOneError(read(empty), join(empty, "sources.json"), /empty file/);
  const latin = join(dir, "corpus-latin1");
  mkdirSync(join(latin, "text"), { recursive: true });
  writeFileSync(join(latin, "sources.json"), Buffer.from('[{"id":"x","title":"Caf\xe9"}]', "latin1"));
  assertOneError(read(latin), join(latin, "sources.json"), /not valid UTF-8/);
});

test("a file's id is its name made safe; front matter can set another", async () => {
  const { fileId } = await import("../../src/ingest/index.js");
  assert.equal(fileId("/x/Meridian Wire 2025-04-30.md"), "meridian-wire-2025-04-30");
  assert.equal(fileId("/x/Café Ünïcode.txt"), "cafe-unicode");
  assert.equal(fileId("/x/---.txt"), undefined);
  const p = file("named.md", "---\nid: chosen\n---\nThe dam is 160 metres high.\n");
  assert.equal(reports(read(p))[0].id, "chosen");
});
