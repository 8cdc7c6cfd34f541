/**
 * The real executable in a child process, with pipes (not a terminal): exit codes,
 * data on stdout, one-line errors on stderr, no progress bar.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, tempDir } from "./helpers.js";

const dir = tempDir("dossier-bin-");
const db = join(dir, "db");

function dossier(...args: string[]) {
  const env = { ...process.env };
  delete env.DOSSIER_DB;
  delete env.DATABASE_URL;
  // tsx compiles the CLI on each run: under a heavy load (five suites on two cores) one `add` took over a minute
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/bin.ts"), ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("bin: --help exits 0 on stdout; an unknown command exits 2 on stderr", () => {
  const help = dossier("--help");
  assert.equal(help.code, 0);
  assert.match(help.out, /usage: dossier <command>/);
  assert.equal(help.err, "");
  const bad = dossier("nonsense");
  assert.equal(bad.code, 2);
  assert.equal(bad.out, "");
  assert.match(bad.err, /^dossier: unknown command "nonsense"/);
});

test("bin: add with a bad file exits 1, names it on one line, adds the rest; no progress bar when piped", () => {
  const good = join(dir, "good.txt");
  const bad = join(dir, "bad.txt");
  writeFileSync(good, "A dredger moved 3,000 cubic metres of silt on Tuesday.\n");
  writeFileSync(bad, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]));
  const r = dossier("add", "--db", db, good, bad, join(dir, "missing.md"));
  assert.equal(r.code, 1);
  assert.equal(r.out, "");
  const lines = r.err.trimEnd().split("\n");
  assert.deepEqual(
    lines.filter((l) => l.startsWith("error: ")),
    [`error: ${bad}: binary file (NUL bytes), not text`, `error: ${join(dir, "missing.md")}: no such file or directory`],
  );
  assert.doesNotMatch(r.err, /\r|\x1b\[/, "no progress bar or escape codes on a pipe");
  assert.match(lines.at(-1)!, /^1 added, 0 already there, 2 failed$/);

  const listed = dossier("reports", "--db", db, "--json");
  assert.equal(listed.code, 0);
  const rows = listed.out.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((x) => x.origin), [good]);
  assert.equal(listed.err, "");
});

test("the built bin is executable, so `npx dossier` in the package folder runs it", { skip: existsSync(join(ROOT, "dist/cli/bin.js")) ? false : "dist/ not built (npm run build)" }, () => {
  const bin = join(ROOT, "dist/cli/bin.js");
  assert.ok(statSync(bin).mode & 0o100, `${bin} has no execute bit: npx would fail with "Permission denied"`);
  const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
});

test("the build keeps the hash of the stages' code, the one hashing their files gives", { skip: existsSync(join(ROOT, "dist/stages.hash")) ? false : "dist/ not built (npm run build)" }, async () => {
  const code = (await import(pathToFileURL(join(ROOT, "dist/app/code.js")).href)) as typeof import("../../src/app/code.js");
  const kept = readFileSync(join(ROOT, "dist", code.STAGES_HASH), "utf8").trim();
  assert.equal(kept, code.hashStages());
  assert.match(await code.codeKey(), new RegExp(`\\|${kept}$`));
});
