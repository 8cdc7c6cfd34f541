#!/usr/bin/env node
// Runs the test suite with Node's own runner: every *.test.ts under src/ and test/
// (or only the files/folders given as arguments). Node 20 does not glob .ts itself.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const find = (p) => {
  if (statSync(p).isFile()) return p.endsWith(".test.ts") ? [p] : [];
  return readdirSync(p).flatMap((n) => (n === "node_modules" || n.startsWith(".") ? [] : find(join(p, n))));
};
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const roots = args.filter((a) => !a.startsWith("--"));
const files = (roots.length ? roots : ["src", "test"]).flatMap(find).sort();
if (!files.length) {
  console.error("no test files found");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...flags, ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);
