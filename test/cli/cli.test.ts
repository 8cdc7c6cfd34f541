/**
 * The CLI in-process (`main(argv, io)`), against a temporary PGlite folder: usage and exit codes,
 * --help and --json everywhere, bad inputs named one per line while the others are added,
 * idempotent re-adding, and the progress bar only on a terminal.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/cli.js";
import { run, tempDir, SHARED_CORPUS, needsShared } from "./helpers.js";

const dir = tempDir("dossier-cli-");
const db = join(dir, "db");
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const parseLines = (lines: string[]) => lines.map((l) => JSON.parse(l));

test("every command answers --help and -h on stdout with exit 0, without touching a store", async () => {
  for (const c of COMMANDS) {
    for (const flag of ["--help", "-h"]) {
      const r = await run([c.name, flag]);
      assert.equal(r.code, 0, `${c.name} ${flag}`);
      assert.match(r.out.join("\n"), new RegExp(`usage: dossier ${c.name}`), `${c.name} ${flag} prints its usage`);
      assert.deepEqual(r.err, [], `${c.name} ${flag}: nothing on stderr`);
    }
  }
  for (const argv of [["--help"], ["-h"], [], ["help"], ["help", "add"]]) {
    const r = await run(argv);
    assert.equal(r.code, 0, argv.join(" "));
    assert.match(r.out.join("\n"), /usage: dossier/);
  }
  const v = await run(["--version"]);
  assert.equal(v.code, 0);
  assert.match(v.out[0], /^\d+\.\d+\.\d+/);
});

test("wrong usage exits 2 with a message on stderr and nothing on stdout", async () => {
  const cases: Array<[string[], RegExp]> = [
    [["frobnicate"], /unknown command "frobnicate"/],
    [["add", "--db", db, "--no-such-flag", "x.txt"], /add: Unknown option '--no-such-flag'/],
    [["reports", "--db", db, "--bogus"], /reports: Unknown option/],
    [["add", "--db", db], /add: missing argument/],
    [["show", "--db", db], /show: missing argument/],
    [["add", "--db"], /add: .*argument missing|add: Option '--db/],
  ];
  for (const c of COMMANDS) if (c.minArgs) cases.push([[c.name], new RegExp(`${c.name}: missing argument`)]);
  for (const c of COMMANDS) if (c.maxArgs === 0) cases.push([[c.name, "--db", db, "stray"], new RegExp(`${c.name}: unexpected argument "stray"`)]);
  for (const [argv, message] of cases) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(" "));
    assert.deepEqual(r.out, [], `${argv.join(" ")}: nothing on stdout`);
    assert.match(r.err[0], message);
    assert.match(r.err.join("\n"), /--help/);
    // pointed at the command's own help, where its options are
    const named = COMMANDS.find((c) => c.name === argv[0]);
    assert.equal(r.err.at(-1), `Run \`dossier ${named ? `${named.name} ` : ""}--help\` for usage.`, argv.join(" "));
  }
});

// One store for the whole file, tests in order (a fresh embedded database costs seconds).
test("an empty store: reports prints nothing on stdout and a hint on stderr; --json prints nothing", async () => {
  const j = await run(["reports", "--db", db, "--json"]);
  assert.equal(j.code, 0);
  assert.deepEqual(j.out, []);
  const t = await run(["reports", "--db", db]);
  assert.equal(t.code, 0);
  assert.deepEqual(t.out, []);
  assert.match(t.err[0], /no reports yet/);
});

test("add: each bad input is one error line naming it; the good ones are added; exit 1", async () => {
  const good1 = file("in/good1.md", "---\ntitle: Quay opens\npublisher: Harbour Weekly\npublished: 2025-06-01\n---\nThe new quay is 420 metres long.\n");
  const good2 = file("in/good2.txt", "Officials said the terminal will handle 2 million containers a year.\n");
  const bad: Array<[string, RegExp]> = [
    [file("in/binary.txt", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0])), /binary file/],
    [file("in/latin1.txt", Buffer.from("Caf\xe9 de la gare", "latin1")), /not valid UTF-8/],
    [file("in/empty.md", ""), /empty file/],
    [file("in/yaml.md", "---\ntitle: \"unterminated\n---\nText.\n"), /front matter is not valid YAML/],
    [join(dir, "in", "absent.txt"), /no such file or directory/],
  ];
  const huge = join(dir, "in", "huge.txt");
  const fd = openSync(huge, "w");
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  bad.push([huge, /too big/]);
  const corpusDir = join(dir, "in", "corpus");
  mkdirSync(join(corpusDir, "text"), { recursive: true });
  writeFileSync(join(corpusDir, "sources.json"), JSON.stringify([{ id: "k1", title: "Kept" }, { id: "k2", title: "Lost" }]));
  writeFileSync(join(corpusDir, "text", "k1.txt"), "A corpus report: 15 berths.");
  bad.push([join(corpusDir, "text", "k2.txt"), /missing \(named by/]);
  const brokenCorpus = join(dir, "in", "broken");
  mkdirSync(join(brokenCorpus, "text"), { recursive: true });
  writeFileSync(join(brokenCorpus, "sources.json"), "{not json");
  bad.push([join(brokenCorpus, "sources.json"), /not valid JSON/]);

  // addresses dossier does not fetch: said so, not "no such file"
  const addresses: Array<[string, RegExp]> = [
    ["ftp://example.org/report.txt", /only http:\/\/ and https:\/\/ addresses are fetched \(not ftp:\/\/\)$/],
    ["www.example.org/news/a", /no such file or directory \(for a web page, give its address with https:\/\/\)$/],
  ];
  bad.push(...addresses);
  const paths = [good1, ...bad.slice(0, 6).map(([p]) => p), corpusDir, brokenCorpus, ...addresses.map(([p]) => p), good2];
  const r = await run(["add", "--db", db, ...paths]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out, [], "add prints nothing on stdout without --json");
  const errorLines = r.err.filter((l) => l.startsWith("error: "));
  assert.equal(errorLines.length, bad.length, errorLines.join("\n"));
  for (const [p, reason] of bad) {
    const lines = errorLines.filter((l) => l.startsWith(`error: ${p}: `));
    assert.equal(lines.length, 1, `one error line for ${p}`);
    assert.match(lines[0], reason);
  }
  assert.match(r.err.at(-1)!, /^3 added, 0 already there, 10 failed$/);
  assert.equal(r.raw.length, 0, "no progress bar when stderr is not a terminal");

  const listed = await run(["reports", "--db", db, "--json"]);
  assert.equal(listed.code, 0);
  const rows = parseLines(listed.out);
  assert.deepEqual(rows.map((x) => x.origin).sort(), [good1, good2, join(corpusDir, "text", "k1.txt")].sort());
  const quay = rows.find((x) => x.origin === good1);
  assert.equal(quay.title, "Quay opens");
  assert.equal(quay.publisher, "Harbour Weekly");
  assert.equal(quay.published, "2025-06-01");
  assert.equal(quay.chars, "The new quay is 420 metres long.\n".length);
  assert.equal(quay.text, undefined, "reports --json leaves the text out");
  assert.ok(rows.some((x) => x.id === "k1"), "the manifest id is the report id");
});

test("add again: the same content adds nothing and exits 0; --json says created false", async () => {
  // k2 of the corpus is still missing: that one fails again
  const again = await run(["add", "--db", db, "--json", join(dir, "in", "good1.md"), join(dir, "in", "good2.txt"), join(dir, "in", "corpus")]);
  assert.equal(again.code, 1);
  const added = parseLines(again.out);
  assert.equal(added.length, 3);
  assert.ok(added.every((x) => x.created === false));
  assert.match(again.err.at(-1)!, /^0 added, 3 already there, 1 failed$/);
  const one = await run(["add", "--db", db, join(dir, "in", "good2.txt")]);
  assert.equal(one.code, 0);
  assert.match(one.err.join("\n"), /already in the store/);
  const listed = await run(["reports", "--db", db, "--json"]);
  assert.equal(listed.out.length, 3);
});

test("show: metadata and text, --json with mentions; an unknown id exits 1", async () => {
  const r = await run(["show", "--db", db, "k1"]);
  assert.equal(r.code, 0);
  assert.match(r.out[0], /^id\s+k1$/);
  assert.ok(r.out.includes("A corpus report: 15 berths."));
  const j = await run(["show", "--db", db, "--json", "k1"]);
  assert.equal(j.code, 0);
  const [obj] = parseLines(j.out);
  assert.equal(obj.id, "k1");
  assert.equal(obj.text, "A corpus report: 15 berths.");
  assert.ok(Array.isArray(obj.mentions));
  for (const m of obj.mentions) assert.equal(obj.text.slice(m.start, m.end), m.text);
  const missing = await run(["show", "--db", db, "zz-none"]);
  assert.equal(missing.code, 1);
  assert.deepEqual(missing.out, []);
  assert.match(missing.err[0], /no report "zz-none"/);
});

test("reports: a table for people, one JSON object per line with --json", async () => {
  const t = await run(["reports", "--db", db]);
  assert.equal(t.code, 0);
  assert.match(t.out[0], /^id\s+published\s+publisher\s+title$/);
  assert.equal(t.out.length, 4);
});

test("the store comes from --db, else DOSSIER_DB", async () => {
  const before = process.env.DOSSIER_DB;
  process.env.DOSSIER_DB = db;
  try {
    const r = await run(["reports", "--json"]);
    assert.equal(r.code, 0);
    assert.equal(r.out.length, 3);
  } finally {
    if (before === undefined) delete process.env.DOSSIER_DB;
    else process.env.DOSSIER_DB = before;
  }
});

test("progress bar: drawn on a terminal (stderr), never on stdout; messages stay on their own lines", async () => {
  const a = file("tty/a.txt", "Terminal report one: 8 cranes.");
  const b = file("tty/b.txt", "Terminal report two: 9 cranes.");
  const r = await run(["add", "--db", db, a, b], { tty: true });
  assert.equal(r.code, 0);
  const raw = r.raw.join("");
  // a folder's size is not known before it is walked: a running count
  assert.match(raw, /\r\x1b\[Kadding \[[#-]+\] [12]\/2/, "the total is known before the first file is read");
  // the rate shows once a second has passed (a loaded machine takes that long)
  assert.match(raw, /\r\x1b\[Kadding \[#+\] 2\/2( {2}[\d.]+\/s)? {2}\d+:\d\d\n$/, "ends on the full count, the time taken and a newline");
  assert.match(raw, /\r\x1b\[K/, "the bar's line is cleared before a message is printed");
  assert.ok(r.out.every((l) => !l.includes("\r")));
  assert.match(r.err.at(-1)!, /^2 added/);
});

test("an unreachable Postgres URL is a clear one-line failure, exit 1", async () => {
  const r = await run(["reports", "--db", "postgres://nobody@127.0.0.1:1/none"]);
  assert.equal(r.code, 1);
  assert.match(r.err[0], /^dossier: cannot open the store: cannot connect to postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  assert.equal(r.err.length, 1);
});

test("the dev corpus: 8 reports with their manifest metadata; adding again adds nothing", needsShared(join(SHARED_CORPUS, "tumen-bridge-dev")), async () => {
  const cluster = join(SHARED_CORPUS, "tumen-bridge-dev");
  const cdb = db; // the file's store: its other reports are left out by id below
  const before = (await run(["reports", "--db", cdb, "--json"])).out.length;
  const first = await run(["add", "--db", cdb, cluster]);
  assert.equal(first.code, 0, first.err.join("\n"));
  assert.match(first.err.at(-1)!, /^8 added, 0 already there, 0 failed$/);
  const manifest = JSON.parse(readFileSync(join(cluster, "sources.json"), "utf8")) as Array<Record<string, string | null>>;
  const manifestIds = new Set(manifest.map((m) => m.id));
  const listed = parseLines((await run(["reports", "--db", cdb, "--json"])).out).filter((x) => manifestIds.has(x.id));
  assert.equal(listed.length, 8);
  for (const src of manifest) {
    const r = listed.find((x) => x.id === src.id);
    assert.ok(r, `report ${src.id}`);
    for (const k of ["url", "publisher", "published", "language"]) assert.equal(r[k], src[k] ?? null, `${src.id}.${k}`);
    // a manifest title, else the text's first line (never none, never the file's name)
    if (src.title) assert.equal(r.title, src.title, `${src.id}.title`);
    else assert.ok(typeof r.title === "string" && r.title.length > 0 && !r.title.endsWith(".txt"), `${src.id}.title: ${r.title}`);
    assert.ok(r.chars > 0);
  }
  const second = await run(["add", "--db", cdb, "--json", cluster]);
  assert.equal(second.code, 0);
  assert.ok(parseLines(second.out).every((x) => x.created === false));
  assert.match(second.err.at(-1)!, /^0 added, 8 already there, 0 failed$/);
  assert.equal((await run(["reports", "--db", cdb, "--json"])).out.length, before + 8);
});

test("untrusted text cannot drive the terminal: control characters are dropped from human output, kept in --json", async () => {
  const evil = file("in/evil.md", "---\ntitle: \"Quay \\e]0;owned\\a\\e[2J news\"\npublisher: \"Wire\\e[31m\"\n---\nText with \x1b[1;1Ha cursor move and \u202ereversed\u202c words: 6 cranes.\n");
  const added = await run(["add", "--db", db, "--json", evil]);
  assert.equal(added.code, 0, added.err.join("\n"));
  const { id } = JSON.parse(added.out[0]);
  const human = [...(await run(["show", "--db", db, id])).out, ...(await run(["reports", "--db", db])).out].join("\n");
  assert.doesNotMatch(human, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  assert.match(human, /Quay \]0;owned\[2J news/);
  const [obj] = parseLines((await run(["show", "--db", db, "--json", id])).out);
  assert.match(obj.title, /\x1b\]0;owned\x07/, "--json keeps the stored text exactly");
  assert.match(obj.text, /\x1b\[1;1H/);
});

test("progress with a known total draws a bar", async () => {
  const { progress } = await import("../../src/cli/io.js");
  const raw: string[] = [];
  const bar = progress({ out: () => {}, err: () => {}, tty: true, write: (c) => void raw.push(c) }, "fetching", 4);
  for (let i = 0; i < 4; i++) bar.tick();
  bar.done();
  assert.match(raw.join(""), /\r\x1b\[Kfetching \[#{24}\] 4\/4 {2}0:00\n$/);
  const quiet: string[] = [];
  const off = progress({ out: () => {}, err: () => {}, tty: false, write: (c) => void quiet.push(c) }, "fetching", 4);
  off.tick();
  off.done();
  assert.deepEqual(quiet, []);
});

test("show --json gives current mentions: ones made by an older extractor are made again", async () => {
  const { openStore } = await import("../../src/store/index.js");
  const { EXTRACTOR_VERSION } = await import("../../src/extract/index.js");
  const store = await openStore({ db });
  try {
    await store.setMentions("k1", "an-old-extractor", []);
  } finally {
    await store.close();
  }
  const [obj] = parseLines((await run(["show", "--db", db, "--json", "k1"])).out);
  assert.ok(obj.mentions.length > 0, "the figure in k1 is found again");
  const again = await openStore({ db });
  try {
    assert.equal(await again.extractedWith("k1"), EXTRACTOR_VERSION);
  } finally {
    await again.close();
  }
});
