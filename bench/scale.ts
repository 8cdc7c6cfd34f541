/**
 * Store-backed scale run: synthetic reports (bench/lib/synthetic.ts, our own words) written as
 * Markdown files, then the real CLI (dist/, run `npm run build` first) in a fresh PGlite folder per
 * size: add (a bulk add reconciles at its end and keeps the facts), no-op re-add, brief (reads
 * them), brief again (nothing changed), add one new report, brief after it (which updates the facts
 * incrementally), remove. Each step
 * is its own process (each pays PGlite's start, ~1.2 s), timed with /usr/bin/time: wall and CPU
 * seconds and peak memory (max RSS).
 *
 *   node --import tsx bench/scale.ts            500 / 1,000 / 2,000 reports, the bars, deep HTML, 4 writers
 *   node --import tsx bench/scale.ts --big      also 10,000 and 100,000 reports and the 5 MB report
 *   node --import tsx bench/scale.ts --sizes=300,600
 *
 * Bars (issue 14, 2,000 reports in PGlite): add < 15 s at < 500 MB; no-op re-add < 3 s; brief < 4 s;
 * one new report then brief < 2.5 s; brief time and facts at most linear from 500 to 2,000;
 * a 5 MB report with 150,000 figures adds and briefs in < 60 s; a 300,000-deep page < 10 s;
 * four concurrent adds on Postgres (TEST_DATABASE_URL): no error, each report once.
 * On a shared, loaded machine wall time overstates; CPU time (user + sys) is printed beside it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthetic } from "./lib/synthetic.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "dist/cli/bin.js");
const args = process.argv.slice(2);
const big = args.includes("--big");
const sizesArg = args.find((a) => a.startsWith("--sizes="));
const SIZES = sizesArg ? sizesArg.slice(8).split(",").map(Number) : big ? [500, 1000, 2000, 10_000, 100_000] : [500, 1000, 2000];
if (!existsSync(BIN)) {
  console.error(`${BIN} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), "dossier-scale-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

interface Step {
  wall: number;
  cpu: number;
  mb: number;
  code: number;
  err: string;
}

/** One CLI run under /usr/bin/time: wall and CPU seconds, peak RSS in MB. */
function step(cliArgs: string[]): Step {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, BIN, ...cliArgs], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, DATABASE_URL: "", DOSSIER_DB: "" } });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? "");
  if (!m) throw new Error(`no timing for ${cliArgs.join(" ")}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), mb: Number(m[4]) / 1024, code: r.status ?? 1, err: r.stderr.slice(0, m.index) };
}

const fmt = (s: Step) => `${s.wall.toFixed(1)} s wall, ${s.cpu.toFixed(1)} s cpu, ${Math.round(s.mb)} MB${s.code ? `  (exit ${s.code}: ${s.err.trim().split("\n").pop()})` : ""}`;
const checks: Array<{ what: string; ok: boolean; detail: string }> = [];
const check = (what: string, ok: boolean, detail: string) => checks.push({ what, ok, detail });

function writeReports(dir: string, reports: ReturnType<typeof synthetic>): void {
  mkdirSync(dir, { recursive: true });
  for (const r of reports)
    writeFileSync(join(dir, `${r.id}.md`), `---\nid: ${r.id}\npublisher: ${r.publisher}\npublished: ${r.published}\ntitle: ${r.title}\nurl: ${r.url}\n---\n${r.text}\n`);
}

// one stream for the largest size (+1: the report added later); smaller sizes are its prefixes
const all = synthetic(SIZES.reduce((x, y) => Math.max(x, y), 200) + 1);
const extra = all[all.length - 1];
/** per size: the CPU of add and the first brief together (the whole reconcile is in one of them), and the facts */
const perSize = new Map<number, { cpu: number; facts: number }>();

for (const n of SIZES) {
  const dir = join(work, `r${n}`);
  const db = join(work, `db${n}`);
  writeReports(dir, all.slice(0, n));
  // a new PGlite store runs initdb (seconds, whatever the size): timed on its own
  const create = step(["reports", "--db", db]);
  const add = step(["add", "--db", db, dir]);
  const again = step(["add", "--db", db, dir]);
  const out = join(work, `b${n}.md`);
  const brief = step(["brief", "--db", db, "--out", out]);
  const facts = Number(/(\d+) facts/.exec(brief.err)?.[1] ?? NaN);
  // nothing changed since: the facts kept by the add are read back again
  const briefKept = step(["brief", "--db", db, "--out", out]);
  const one = join(work, `new${n}`);
  writeReports(one, [{ ...extra, id: `new${n}` }]);
  const addOne = step(["add", "--db", db, one]);
  const briefAgain = step(["brief", "--db", db, "--out", out]);
  const remove = step(["remove", "--db", db, `new${n}`]);
  console.log(`${n} reports (${facts} facts):`);
  console.log(`  new store    ${fmt(create)}`);
  console.log(`  add          ${fmt(add)}`);
  console.log(`  re-add       ${fmt(again)}`);
  console.log(`  brief        ${fmt(brief)}`);
  console.log(`  add + brief  ${(add.wall + brief.wall).toFixed(1)} s wall, ${(add.cpu + brief.cpu).toFixed(1)} s cpu  (the whole reconcile is in one of them)`);
  console.log(`  brief again, unchanged  ${fmt(briefKept)}`);
  console.log(`  add one      ${fmt(addOne)}`);
  console.log(`  brief after it  ${fmt(briefAgain)}`);
  console.log(`  add one + brief after it  ${(addOne.wall + briefAgain.wall).toFixed(1)} s wall, ${(addOne.cpu + briefAgain.cpu).toFixed(1)} s cpu`);
  console.log(`  remove one   ${fmt(remove)}`);
  perSize.set(n, { cpu: add.cpu + brief.cpu, facts });
  if (n === 2000) {
    check("add 2,000 < 15 s at < 500 MB", add.wall < 15 && add.mb < 500, fmt(add));
    check("no-op re-add < 3 s", again.wall < 3, fmt(again));
    check("brief < 4 s", brief.wall < 4, fmt(brief));
    check("brief of an unchanged store < 4 s", briefKept.wall < 4, fmt(briefKept));
    check("one new report then brief < 2.5 s", addOne.wall + briefAgain.wall < 2.5, `${(addOne.wall + briefAgain.wall).toFixed(1)} s wall, ${(addOne.cpu + briefAgain.cpu).toFixed(1)} s cpu`);
    check("remove works", remove.code === 0, fmt(remove));
  }
  rmSync(db, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
const [a, b] = [perSize.get(500), perSize.get(2000)];
if (a && b) {
  check("add + brief time at most linear 500 → 2,000 (cpu ≤ 4×)", b.cpu <= 4 * a.cpu, `${a.cpu.toFixed(1)} → ${b.cpu.toFixed(1)} s cpu`);
  check("facts at most linear 500 → 2,000 (≤ 4×)", b.facts <= 4 * a.facts, `${a.facts} → ${b.facts} facts`);
}

// a hostile page: 300,000 levels of <div>
{
  const dir = join(work, "deep");
  mkdirSync(dir);
  const depth = 300_000;
  writeFileSync(join(dir, "deep.html"), `<!doctype html><html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}<p>The depot holds 40 trucks.</p>${"</div>".repeat(depth)}</body></html>`);
  step(["reports", "--db", join(work, "dbdeep")]);
  const s = step(["add", "--db", join(work, "dbdeep"), dir]);
  console.log(`300,000-deep HTML page: add ${fmt(s)}`);
  check("300,000-deep page < 10 s", s.code === 0 && s.wall < 10, fmt(s));
}

// one 5 MB report with 150,000 figures
if (big) {
  const dir = join(work, "bigreport");
  mkdirSync(dir);
  const words = ["crates", "trucks", "barrels", "workers"];
  const parts: string[] = [];
  for (let i = 0; i < 75_000; i++) parts.push(`Depot ${i % 97} of the eastern yard took ${(i % 900) + 5} ${words[i % 4]} and ${(i % 60) + 2}% more.${i % 30 === 29 ? "\n\n" : " "}`);
  writeFileSync(join(dir, "big.md"), `---\nid: big\npublished: 2025-03-01\n---\n${parts.join("")}`);
  const db = join(work, "dbbig");
  step(["reports", "--db", db]);
  const add = step(["add", "--db", db, dir]);
  const brief = step(["brief", "--db", db, "--out", join(work, "big.md")]);
  console.log(`5 MB report, 150,000 figures: add ${fmt(add)}; brief ${fmt(brief)}`);
  check("5 MB report adds and briefs < 60 s", add.code === 0 && brief.code === 0 && add.wall + brief.wall < 60, `${(add.wall + brief.wall).toFixed(1)} s wall, ${(add.cpu + brief.cpu).toFixed(1)} s cpu`);
}

// four writers on one Postgres server
const server = process.env.TEST_DATABASE_URL;
if (server) {
  const { default: pg } = await import("pg");
  const schema = `dossier_bench_${process.pid}`;
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  const url = `${server}${server.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  try {
    const dir = join(work, "pg");
    writeReports(dir, all.slice(0, 200));
    step(["reports", "--db", url]); // the schema, once
    const t0 = Date.now();
    const runs = await Promise.all(
      [0, 1, 2, 3].map(
        () =>
          new Promise<{ code: number; err: string }>((resolve) => {
            const p = spawn(process.execPath, [BIN, "add", "--db", url, dir], { env: { ...process.env, DATABASE_URL: "", DOSSIER_DB: "" } });
            let err = "";
            p.stderr.on("data", (d) => (err += d));
            p.on("close", (code) => resolve({ code: code ?? 1, err }));
          }),
      ),
    );
    const errors = runs.reduce((s, r) => s + (r.err.match(/^error:/gm)?.length ?? 0), 0);
    const [{ n, distinct }] = (await c.query(`SELECT count(*)::int AS n, count(DISTINCT hash)::int AS distinct FROM ${schema}.reports`)).rows;
    console.log(`4 concurrent adds of 200 reports on Postgres: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${errors} errors, ${n} reports stored (${distinct} distinct)`);
    check("four concurrent adds: no error, each report once", errors === 0 && runs.every((r) => r.code === 0) && n === 200 && distinct === 200, `${errors} errors, ${n} stored`);
  } finally {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
} else console.log("four concurrent adds: skipped (set TEST_DATABASE_URL)");

console.log("\nbars:");
for (const x of checks) console.log(`  ${x.ok ? "PASS" : "FAIL"}  ${x.what}: ${x.detail}`);
process.exitCode = checks.every((x) => x.ok) ? 0 : 1;
