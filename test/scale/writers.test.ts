/**
 * Many writers: four `dossier add` processes on one Postgres server at once store each report
 * once, without a single error; a PGlite folder in use says whom it waits for.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, openStore, type LockHolder } from "../../src/store/index.js";
import { serverSchema } from "../store/server-schema.js";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "dist/cli/bin.js");
const dir = mkdtempSync(join(tmpdir(), "dossier-writers-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** Short reports in our own words, each with a few figures, one file each. */
function writeReports(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(folder, `r${String(i).padStart(3, "0")}.md`),
      `# Depot ${i} update\n\nThe depot at Vell Bay ${i} took in ${40 + i} trucks on 3 May 2025, up ${i % 9 + 2}% on April.\n\nIts new shed is ${120 + i} m long and cost $${3 + (i % 7)} million, the operator said.\n`,
    );
}

const run = (args: string[]) =>
  new Promise<{ code: number; out: string; err: string }>((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: "", DOSSIER_DB: "" } });
    let out = "", err = "";
    p.stdout.on("data", (c) => (out += c));
    p.stderr.on("data", (c) => (err += c));
    p.on("close", (code) => resolve({ code: code ?? 1, out, err }));
  });

const serverUrl = process.env.TEST_DATABASE_URL;
const { url } = serverSchema("dossier_writers", serverUrl);

test("four `dossier add` processes on one Postgres server: no error, each report once", { skip: serverUrl ? false : "set TEST_DATABASE_URL=postgres://… to run against a server" }, async () => {
  const folder = join(dir, "reports");
  writeReports(folder, 30);
  // the schema first (migrations take an advisory lock too, but this keeps the race on the reports)
  await (await openStore({ db: url })).close();
  const runs = await Promise.all([0, 1, 2, 3].map(() => run(["add", "--db", url, folder])));
  for (const r of runs) {
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /error|duplicate key/i);
  }
  const store = await openStore({ db: url });
  try {
    const [{ n, hashes }] = await store.db.query<{ n: number; hashes: number }>(`SELECT count(*)::int AS n, count(DISTINCT hash)::int AS hashes FROM reports`);
    assert.equal(n, 30);
    assert.equal(hashes, 30);
    // every report's figures stored once (one row each), none twice within it
    for (const r of await store.listReports({ text: false })) {
      const ms = await store.getMentions([r.id]);
      assert.ok(ms.length > 0, r.id);
      assert.equal(new Set(ms.map((m) => `${m.start}:${m.end}:${m.kind}`)).size, ms.length, r.id);
    }
    const [{ extracted }] = await store.db.query<{ extracted: number }>(`SELECT count(*)::int AS extracted FROM extractions`);
    assert.equal(extracted, 30);
  } finally {
    await store.close();
  }
});

test("mentions of one report written by two connections at once: no collision, one set stands", { skip: serverUrl ? false : "needs TEST_DATABASE_URL" }, async () => {
  const [a, b] = [await openStore({ db: url }), await openStore({ db: url })];
  try {
    const { report } = await a.addReport({ url: null, publisher: null, published: null, language: "en", title: null, hash: `race-${Date.now()}`.padEnd(64, "0"), text: "It holds 40 trucks and 12 cranes.", origin: null });
    const ms = (n: number) => [
      { source: report.id, start: 9, end: 18, text: "40 trucks", kind: "count" as const, low: n, high: n, unit: "truck", qualifier: null },
      { source: report.id, start: 23, end: 32, text: "12 cranes", kind: "count" as const, low: 12, high: 12, unit: "crane", qualifier: null },
    ];
    for (let round = 0; round < 10; round++) await Promise.all([a.setMentions(report.id, "x1", ms(40)), b.setMentions(report.id, "x2", ms(41))]);
    const got = await a.getMentions([report.id]);
    assert.equal(got.length, 2);
  } finally {
    await a.close();
    await b.close();
  }
});

test("a PGlite folder in use says who holds it (pid, command, since when) while waiting", async () => {
  const folder = join(dir, "pglite");
  mkdirSync(folder, { recursive: true });
  // this very process holds it (alive), as `dossier add feeds/` would
  const holder: LockHolder = { pid: process.pid, command: "dossier add feeds/", since: "2025-05-03T14:02:11.000Z" };
  writeFileSync(join(folder, "dossier.lock"), JSON.stringify(holder));
  const waited: LockHolder[] = [];
  await assert.rejects(openDb({ db: folder, waitMs: 300, onWait: (h) => void waited.push(h) }), /in use by process \d+ \(dossier add feeds\/, since 2025-05-03T14:02:11\.000Z\)/);
  assert.deepEqual(waited, [holder]);
  // a lock file of an earlier version (a bare pid) still names the process
  writeFileSync(join(folder, "dossier.lock"), String(process.pid));
  await assert.rejects(openDb({ db: folder, waitMs: 150, onWait: () => {} }), new RegExp(`in use by process ${process.pid}; try again`));
  rmSync(join(folder, "dossier.lock"));
});
