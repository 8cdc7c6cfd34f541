/** Paths on the terminal are relative to where the command runs, never the machine's full path (`--json` keeps them exact). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { run, tempDir } from "./helpers.js";
import { oneLine, shownPath } from "../../src/app/text.js";
import { columns, table, untitled } from "../../src/cli/io.js";

test("shownPath: inside the folder relative, outside by name or a relative path, URLs as they are", () => {
  assert.equal(shownPath("/home/ana/dossier/inbox/a.txt", { cwd: "/home/ana/dossier" }), "inbox/a.txt");
  assert.equal(shownPath("/home/ana/other/a.txt", { cwd: "/home/ana/dossier", outside: "name" }), "a.txt");
  assert.equal(shownPath("/home/ana/other/a.txt", { cwd: "/home/ana/dossier", outside: "relative" }), "../other/a.txt");
  assert.equal(shownPath("C:\\Users\\ana\\notes\\a.txt", { cwd: "/home/ana" }), "a.txt");
  assert.equal(shownPath("https://news.example/a", { cwd: "/" }), "https://news.example/a");
  assert.equal(shownPath("inbox/a.txt", { cwd: "/x" }), "inbox/a.txt");
  // where a report stored without a title is named: by its file's name, not its path
  assert.equal(untitled("inbox/2025/a.txt"), "a.txt");
  assert.equal(untitled("https://news.example/a"), "https://news.example/a");
  assert.equal(untitled(null), "");
});

test("add, reports and show: an untitled file is called by its first line, its path shown relative to here", async () => {
  const dir = tempDir("dossier-paths-");
  const file = join(dir, "undated.txt");
  writeFileSync(file, "The wall was finished in late April and is 5 m tall.\n");
  const db = join(dir, "db");
  const shown = relative(process.cwd(), file);
  const add = await run(["add", file, "--db", db]);
  assert.equal(add.code, 0, add.err.join("\n"));
  const all = [...add.out, ...add.err].join("\n");
  assert.ok(all.includes(shown), all);
  assert.ok(!all.replaceAll(shown, "").includes(file), `a full path is printed: ${all}`);
  const listed = (await run(["reports", "--db", db])).out.join("\n");
  assert.match(listed, /The wall was finished in late April and is 5 m tall/);
  assert.ok(!listed.includes(shown) && !listed.includes(file), `a path is no title: ${listed}`);
  // the id comes from the file's name
  const show = (await run(["show", "undated", "--db", db])).out.join("\n");
  assert.match(show, new RegExp(`origin +${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
});

test("table: columns line up after Korean, Chinese or accented text (a wide character takes two columns)", () => {
  assert.equal(columns("서울경제"), 8);
  assert.equal(columns("克里米亚大桥"), 12);
  assert.equal(columns("Kyïv"), 4);
  assert.equal(columns("Kyi\u0308v"), 4, "a combining mark takes none");
  const lines = table([["r04", "Seoul Economic Daily (서울경제)", "title"], ["r05", "Maeil Shinmun", "title"]], ["id", "publisher", "title"]);
  const at = lines.map((l) => columns(l.slice(0, l.lastIndexOf("title"))));
  assert.deepEqual(new Set(at).size, 1, lines.join("\n"));
});

test("oneLine: a long line is cut at a word when one ends near the limit, else at the limit", () => {
  const title = "Tripoli says Libyan court jails 12 officials for negligence and murder over dam collapse";
  assert.equal(oneLine(title, 70), "Tripoli says Libyan court jails 12 officials for negligence and…");
  assert.equal(oneLine("11,300 people (6) / 5,500 people (2) / 3,958 people (2) / more than 2,300", 60), "11,300 people (6) / 5,500 people (2) / 3,958 people (2)…");
  // one long word: cut where the limit falls
  assert.equal(oneLine("x".repeat(30), 10), `${"x".repeat(9)}…`);
  assert.equal(oneLine("short enough", 20), "short enough");
  assert.equal([...oneLine("🚢".repeat(20), 10)].length, 10, "code points, an emoji never halved");
});

test("oneLine and the feed's summaries cut whole characters: no flag, emoji or accent split", () => {
  // a flag is two code points, a family emoji five, "é" written as e + a combining accent two
  assert.equal(oneLine("🇺🇦🇺🇦🇺🇦", 2), "🇺🇦…", "a flag counts as one character");
  assert.equal(oneLine("e\u0301e\u0301e\u0301", 2), "e\u0301…");
  assert.equal(oneLine("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", 2), "👨‍👩‍👧…");
});
