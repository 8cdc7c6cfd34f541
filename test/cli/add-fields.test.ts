/**
 * Input that explains itself: an undated plain file gets a warning naming it and the relative
 * dates it loses; `add --published/--publisher/--title` gives them, also to a file added before;
 * a bad date is a usage error before anything is read; the progress bar on a TTY shows total,
 * rate and time left, and nothing when piped.
 * The notes below are written for this test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "./helpers.js";
import { clock, progressLine } from "../../src/cli/io.js";

const dir = tempDir("dossier-add-fields-");
const db = join(dir, "db");
const notes = join(dir, "notes.txt");
writeFileSync(notes, "Site notes. Piling for the river crossing started in late April, and the deck should be 640 metres long. Crews expect to finish next spring.\n");

test("add: an undated file is stored with a warning that names it and quotes the relative dates it cannot place", async () => {
  const r = await run(["add", notes, "--db", db]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const warning = r.err.find((l) => l.startsWith("warning:")) ?? "";
  assert.match(warning, /notes has no publication date/);
  assert.match(warning, /"late April"/);
  assert.match(warning, /--published YYYY-MM-DD/);
  const shown = JSON.parse((await run(["reports", "--json", "--db", db])).out[0]);
  assert.equal(shown.published, null);
});

test("add: a published date that names no day keeps the report, warns with its file and value, and shows the date unknown", async () => {
  const db2 = join(dir, "db-bad-date");
  const file = join(dir, "bad", "quay.md");
  mkdirSync(join(dir, "bad"), { recursive: true });
  writeFileSync(file, "---\npublisher: Quay Gazette\npublished: 2025-06-31\n---\nThe new quay is 420 metres long, the harbour master said.\n");
  const r = await run(["add", file, "--db", db2]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const warning = r.err.find((l) => l.startsWith("warning:")) ?? "";
  assert.match(warning, /"2025-06-31" in \S*bad\/quay\.md is not a date/, warning);
  assert.match(warning, /kept with its date unknown/);
  assert.match((await run(["reports", "--db", db2])).out.join("\n"), /quay +date unknown +Quay Gazette/);
  assert.match((await run(["show", "quay", "--db", db2])).out.join("\n"), /^published +date unknown$/m);
  const md = (await run(["brief", "--db", db2])).out.join("\n");
  assert.match(md, /Quay Gazette\*\* · date unknown/, "the briefing's sources say so where the date would be");
  // added again (its bytes stored): the same warning, with the file and the value
  const again = await run(["add", file, "--db", db2]);
  assert.match(again.err.find((l) => l.startsWith("warning:")) ?? "", /"2025-06-31" in \S*bad\/quay\.md is not a date/, again.err.join("\n"));
  // briefed without a store: warned of too
  const brief = await run(["brief", file]);
  assert.equal(brief.code, 0, brief.err.join("\n"));
  assert.match(brief.err.join("\n"), /^warning: "2025-06-31" in \S*bad\/quay\.md is not a date \(YYYY-MM-DD\), so it is read with its date unknown$/m);
});

test("add: re-adding more files than are looked up one by one (their bytes known, not parsed) still quotes a bad date", async () => {
  const db3 = join(dir, "db-many");
  const folder = join(dir, "many");
  mkdirSync(folder, { recursive: true });
  // more than add's FEW (64): the stored files are then known by their bytes alone
  for (let k = 0; k < 70; k++) writeFileSync(join(folder, `n${k}.md`), `---\npublisher: Quay Gazette\npublished: ${k ? "2025-06-01" : "2025-02-30"}\n---\nBerth ${k} is ${100 + k} metres long.\n`);
  assert.equal((await run(["add", folder, "--db", db3])).code, 0);
  const again = await run(["add", folder, "--db", db3]);
  const warnings = again.err.filter((l) => l.startsWith("warning:"));
  assert.equal(warnings.length, 1, again.err.join("\n"));
  assert.match(warnings[0], /n0 has no publication date: "2025-02-30" in \S*many\/n0\.md is not a date/);
});

test("add --published gives the date (also to a file already stored) and its relative dates are placed by it", async () => {
  const r = await run(["add", notes, "--published", "2025-05-02", "--publisher", "Field notes", "--title", "Crossing site visit", "--db", db]);
  assert.equal(r.code, 0, r.err.join("\n"));
  assert.ok(!r.err.some((l) => l.startsWith("warning:")), "dated now: no warning");
  assert.ok(r.err.some((l) => /^updated {2}notes/.test(l)), r.err.join("\n"));
  const shown = JSON.parse((await run(["reports", "--json", "--db", db])).out[0]);
  assert.equal(shown.published, "2025-05-02");
  assert.equal(shown.publisher, "Field notes");
  assert.equal(shown.title, "Crossing site visit");
  const figures = (await run(["show", shown.id, "--json", "--db", db])).out.join("\n");
  assert.match(figures, /2025-04/, "late April is read against the date given");
});

test("add --help and brief --help say what a title is when none is given", async () => {
  assert.match((await run(["add", "--help"])).out.join("\n"), /--title TEXT +the title of the report given \(default: its own, else its first heading or line\)/);
  assert.match((await run(["brief", "--help"])).out.join("\n"), /--title TEXT +the briefing's title \(default: from the one folder or file given, else "Briefing on N reports"/);
});

test("add --published with a date that is not one is a usage error, and nothing is added", async () => {
  const other = join(dir, "more", "other.txt");
  mkdirSync(join(dir, "more"), { recursive: true });
  writeFileSync(other, "A second note: the approach road is 3 km long.\n");
  for (const bad of ["2025-02-30", "May 2025", "2025-5-2"]) {
    const r = await run(["add", other, "--published", bad, "--db", db]);
    assert.equal(r.code, 2, `${bad}: ${r.err.join("\n")}`);
    assert.match(r.err.join("\n"), /--published takes a date as YYYY-MM-DD/);
  }
  assert.equal((await run(["reports", "--json", "--db", db])).out.length, 1);
});

test("progress: total, rate and time left on a TTY; nothing when piped", async () => {
  assert.equal(clock(7_400), "0:07");
  assert.equal(clock(751_000), "12:31");
  assert.equal(clock(7_509_000), "2:05:09");
  assert.equal(progressLine("adding", 0, 2000, 200, 10), "adding [----------] 0/2000");
  assert.equal(progressLine("adding", 500, 2000, 10_000, 10), "adding [###-------] 500/2000  50/s  0:30 left");
  assert.equal(progressLine("adding", 2000, 2000, 40_000, 10), "adding [##########] 2000/2000  50/s  0:40");
  assert.equal(progressLine("adding", 3, 0, 2_000, 10), "adding 3  1.5/s  0:02", "no total: count, rate and time taken");
  const folder = join(dir, "batch");
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < 3; i++) writeFileSync(join(folder, `n${i}.md`), `---\npublished: 2025-06-0${i + 1}\n---\nNote ${i}: the crossing has ${40 + i} workers.\n`);
  const tty = await run(["add", folder, "--db", db], { tty: true });
  assert.equal(tty.code, 0, tty.err.join("\n"));
  assert.match(tty.raw.join(""), /adding \[#+\] 3\/3/, "the total is known before the first file is read");
  const piped = await run(["add", folder, "--db", db]);
  assert.deepEqual(piped.raw, []);
});

test("extract: a bar over the reports on a TTY, with its total", async () => {
  const folder = join(dir, "batch");
  const tty = await run(["extract", folder], { tty: true });
  assert.equal(tty.code, 0, tty.err.join("\n"));
  assert.match(tty.raw.join(""), /extracting \[#+\] 3\/3/);
  const piped = await run(["extract", folder]);
  assert.deepEqual(piped.raw, []);
  // each report's heading counts its figures in words ("1 figure", never "1 figures")
  for (const l of piped.out.filter((x) => x.startsWith("== "))) assert.match(l, /\((1 figure|(?!1 )\d+ figures)\)$/, l);
});

test("extract: values read as the briefing writes them, not raw SI or ISO", async () => {
  const file = join(dir, "deck.md");
  writeFileSync(file, "---\npublished: 2025-06-02\n---\nThe deck will be 1,200 metres long and should open at the end of 2026, carrying about 300 vehicles a day.\n");
  const r = await run(["extract", file]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const text = r.out.join("\n");
  assert.match(text, /1\.2 km/);
  assert.match(text, /end of 2026 \(Oct–Dec 2026\)/);
  assert.match(text, /about 300 vehicles per day/);
  assert.doesNotMatch(text, /2026-10-01|1,200 m\b|vehicle\/day/);
});
