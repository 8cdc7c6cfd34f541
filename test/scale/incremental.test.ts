/**
 * Bounded and incremental work in the store: `add` writes reports in batches (one bad report fails
 * alone), a no-op re-add writes nothing, a brief keeps the facts so that the next one reads them
 * instead of reading every figure and reconciling again, and figures of an older extractor are made
 * again in batches.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addReports, briefStore, decide, storedMentions } from "../../src/app/index.js";
import { openStore, packFigures, type Store } from "../../src/store/index.js";
import { extract, EXTRACTOR_VERSION } from "../../src/extract/index.js";
import { tempDir } from "../cli/helpers.js";

/** `n` short reports in our own words, one file each, a few figures apiece. */
function reports(n: number, from = 0): string {
  const dir = join(tempDir("dossier-incremental-"), "in");
  mkdirSync(dir);
  for (let i = from; i < from + n; i++)
    writeFileSync(
      join(dir, `r${i}.md`),
      `---\nid: r${i}\npublisher: Outlet ${i % 7}\npublished: 2025-0${1 + (i % 9)}-1${i % 10}\n---\nThe ferry terminal at Tarn Crossing ${i} will have ${3 + (i % 4)} berths and cost $${120 + (i % 5) * 10} million, the port board said. Work started on 2 May 2024.\n`,
    );
  return dir;
}

/** Counts the store calls a use case makes, by method name. */
function spy(store: Store, names: Array<keyof Store>): Map<string, number> {
  const calls = new Map<string, number>();
  for (const name of names) {
    const fn = (store[name] as (...a: unknown[]) => unknown).bind(store);
    (store as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return fn(...a);
    };
  }
  return calls;
}

test("add: batches of reports, each with its figures; a re-add of the same files writes nothing", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const dir = reports(230);
    const first = await addReports(store, [dir]);
    // a bulk add reconciles the store once at its end and keeps the facts: the next brief reads them
    assert.deepEqual(first, { added: 230, existing: 0, failed: 0, copies: 0, facts: "reconciled" });
    const reads = spy(store, ["getMentions", "getMentionsWithPrep"]);
    assert.ok((await briefStore(store)).briefing);
    assert.equal(reads.size, 0, "the brief after a bulk add reads the kept facts, not the figures");
    const [{ n }] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions WHERE packed IS NOT NULL`);
    assert.equal(n, 230, "every report's figures are stored");
    const ms = await store.getMentions(["r7"]);
    assert.ok(ms.length >= 3 && ms.every((m) => m.source === "r7"), "mentions carry their report's id");

    const calls = spy(store, ["addReportsWithMentions", "addReport", "setMentions"]);
    const seen: string[] = [];
    const again = await addReports(store, [dir], { onReport: (r, created) => !created && seen.push(r.id) });
    assert.deepEqual(again, { added: 0, existing: 230, failed: 0, copies: 0 });
    assert.equal(seen.length, 230);
    assert.equal(calls.size, 0, "nothing is written when every file is already stored");

    // a few files are looked up by their hashes, not against every stored report
    const looked = spy(store, ["extractedReports"]);
    const one = await addReports(store, [join(dir, "r7.md"), join(dir, "r8.md")]);
    assert.deepEqual({ added: one.added, existing: one.existing }, { added: 0, existing: 2 });
    assert.equal(calls.size, 0);
    assert.equal(looked.get("extractedReports"), 2, "one lookup per file");
  } finally {
    await store.close();
  }
});

test("add: each report's prep is stored with its figures; a first brief reading it makes what one without it makes", async () => {
  // a batch's worth (a few reports are left to the brief's update)
  const dir = reports(100);
  const generated = "2025-06-01T00:00:00.000Z";
  const briefs: unknown[] = [];
  for (const drop of [false, true]) {
    const store = await openStore({ db: "memory" });
    try {
      // the facts left to the brief, which reconciles them whole from the stored prep (or without it)
      await addReports(store, [dir], { workers: 0, reconcile: false });
      const [{ n }] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions WHERE prep IS NOT NULL AND prep_code IS NOT NULL`);
      assert.equal(n, 100, "every report's prep is stored");
      if (drop) await store.db.query(`UPDATE extractions SET prep = NULL`);
      else assert.equal((await store.getMentionsWithPrep((await store.db.query<{ c: string }>(`SELECT min(prep_code) AS c FROM extractions`))[0].c)).prep.size, 100);
      briefs.push((await briefStore(store, { generated })).briefing);
    } finally {
      await store.close();
    }
  }
  assert.deepEqual(briefs[0], briefs[1]);
  // a few reports: left to the brief
  const store = await openStore({ db: "memory" });
  try {
    await addReports(store, [reports(3, 200)], { workers: 0 });
    const [{ n }] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions WHERE prep IS NOT NULL`);
    assert.equal(n, 0);
  } finally {
    await store.close();
  }
});

test("add: one report the store refuses fails alone; the rest of its batch is stored", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const dir = reports(5);
    // every id the report "r2" could take is held by other content: storing it must fail
    const hash = createHash("sha256").update(readFileSync(join(dir, "r2.md"))).digest("hex");
    for (const id of ["r2", `r2-${hash.slice(0, 6)}`, `r2-${hash.slice(0, 16)}`])
      await store.addReport({ id, hash: `other-${id}`, url: null, publisher: null, published: null, language: "en", title: null, text: "Another text." });
    const errors: string[] = [];
    const out = await addReports(store, [dir], { onError: (e) => errors.push(e) });
    assert.deepEqual({ added: out.added, failed: out.failed }, { added: 4, failed: 1 });
    assert.equal(errors.length, 1);
    assert.match(errors[0], /r2\.md: .*every candidate id is taken/);
    for (const id of ["r0", "r1", "r3", "r4"]) assert.ok((await store.getMentions([id])).length > 0, `${id} stored with its figures`);
  } finally {
    await store.close();
  }
});

test("brief of the store: kept facts are read back while nothing changed, made again when something did", async () => {
  const store = await openStore({ db: "memory" });
  try {
    // 40 reports: one more is under the share of figures an update takes (5 %)
    await addReports(store, [reports(40)]);
    const calls = spy(store, ["getMentions", "getMentionsWithPrep"]);
    // every read of figures, with each report's prep (a whole reconcile) or without (an update)
    const reads = () => (calls.get("getMentions") ?? 0) + (calls.get("getMentionsWithPrep") ?? 0);
    const generated = "2025-06-01T00:00:00.000Z";
    const first = (await briefStore(store, { generated })).briefing!;
    const once = reads();
    assert.ok(once, "the first brief after a first add reconciles, and keeps the facts");
    const second = (await briefStore(store, { generated })).briefing!;
    assert.equal(reads(), once, "kept facts: a brief reads them, not the figures");
    assert.deepEqual(second, first, "the same briefing either way");

    // a new report: the next brief works it in (an update reads only the figures it needs) and keeps that
    await addReports(store, [reports(1, 50)]);
    const third = (await briefStore(store, { generated })).briefing!;
    const read = reads();
    assert.ok(read > once!, "the brief read the figures the update needed");
    assert.deepEqual((await briefStore(store, { generated })).briefing, third, "the updated facts were kept");
    assert.equal(reads(), read, "the brief after only reads");
    assert.equal(third.sources.length, 41);
    assert.ok(third.facts.some((f) => f.members.some((m) => m.source === "r50")));

    // an analyst's decision: made again, and applied
    const fact = third.facts.find((f) => f.members.length > 1)!;
    await decide(store, { action: "hide", facts: [fact.id] });
    const fourth = (await briefStore(store, { generated })).briefing!;
    assert.equal(reads(), read + 1);
    assert.notDeepEqual(fourth.facts, third.facts);
  } finally {
    await store.close();
  }
});

test("figures: rows stored as text before compression read back as they were; 150,000 in one report stored whole", async () => {
  const store = await openStore({ db: "memory" });
  try {
    await addReports(store, [reports(2)]);
    const before = await store.getMentions(["r1"]);
    await store.db.query(`UPDATE extractions SET figures = $1, packed = NULL WHERE report_id = 'r1'`, [JSON.stringify(before)]);
    assert.deepEqual(await store.getMentions(["r1"]), before);
    assert.deepEqual((await store.getMentions()).filter((m) => m.source === "r1"), before);

    const text = "The yard took 40 crates. ".repeat(150_000);
    const [{ report }] = await store.addReportsWithMentions([{ input: { id: "big", hash: "big".padEnd(64, "0"), url: null, publisher: null, published: "2025-03-01", language: "en", title: null, text }, figures: null }], "x");
    const figures = Array.from({ length: 150_000 }, (_, i) => ({ source: report.id, start: 14 + i * 25, end: 23 + i * 25, text: "40 crates", kind: "count" as const, low: 40, high: 40, unit: "crate", qualifier: null }));
    await store.setMentions(report.id, "x", figures);
    const back = await store.getMentions([report.id]);
    assert.equal(back.length, 150_000);
    assert.deepEqual(back[149_999], figures[149_999]);
  } finally {
    await store.close();
  }
});

test("a re-add warns of an undated report's unplaceable dates from what its first add kept", async () => {
  const store = await openStore({ db: "memory" });
  try {
    const dir = join(tempDir("dossier-undated-"), "in");
    mkdirSync(dir);
    writeFileSync(join(dir, "u.md"), "---\nid: u\n---\nThe depot took 40 trucks last year and will take 60 more next spring.\n");
    const warned: string[][] = [];
    const onUndated = (_: unknown, quotes: string[]) => warned.push(quotes);
    await addReports(store, [dir], { onUndated });
    assert.ok(warned[0].length > 0, "the first add quotes them");
    const [kept] = (await store.extractedReports(EXTRACTOR_VERSION)).values();
    assert.deepEqual(kept.unplaced, warned[0], "kept with the figures");
    await addReports(store, [dir], { onUndated });
    assert.deepEqual(warned[1], warned[0], "the re-add quotes the same");
  } finally {
    await store.close();
  }
});

test("figures of an older extractor are made again for every stored report, on threads, as extracting each gives", async () => {
  const store = await openStore({ db: "memory" });
  try {
    await addReports(store, [reports(130)], { workers: 0 });
    const all = await store.listReports();
    // an upgrade: every report's figures were made by another version (and are wrong)
    for (const r of all) await store.setMentions(r.id, "an-old-extractor", []);
    // figures made from a date the report no longer has, or of a report removed meanwhile, are not written
    await store.setFigures(EXTRACTOR_VERSION, [packFigures("r0", []), packFigures("gone", [])], new Map([["r0", "1999-01-01"], ["gone", null]]));
    assert.equal(await store.extractedWith("r0"), "an-old-extractor");
    let ticks = 0;
    const ms = await storedMentions(all, store, () => ticks++);
    assert.equal(ticks, 130, "one tick per report");
    const expected = all.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));
    assert.deepEqual(ms, expected);
    assert.equal((await store.extractedReports(EXTRACTOR_VERSION)).size, 130, "each stored with this version");
    assert.deepEqual(await storedMentions(all, store), expected, "read back, not made again");
  } finally {
    await store.close();
  }
});
