/**
 * Runs every standalone script of a folder (eval/ or bench/) in turn, each in its own
 * `node --import tsx` child with its output streamed, and fails at the end if any failed.
 * Skipped: run.ts itself, files starting with "_", and subfolders (shared helpers live in lib/).
 * Arguments pick scripts by name: `npm run eval -- extract` runs eval/extract.ts only.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { spawn } from "node:child_process";

export async function runAll(dir, argv = process.argv.slice(2)) {
  const wanted = argv.filter((a) => !a.startsWith("-")).map((a) => a.replace(/\.ts$/, ""));
  const scripts = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".ts") && d.name !== "run.ts" && !d.name.startsWith("_") && !d.name.endsWith(".d.ts"))
    .map((d) => d.name)
    .filter((n) => !wanted.length || wanted.includes(n.replace(/\.ts$/, "")))
    .sort();
  const name = relative(process.cwd(), dir) || dir;
  if (!scripts.length) {
    console.error(`${name}: no scripts to run${wanted.length ? ` named ${wanted.join(", ")}` : ""}`);
    return 1;
  }
  const results = [];
  for (const s of scripts) {
    console.log(`\n##### ${name}/${s}`);
    const t0 = Date.now();
    const code = await new Promise((resolve) => {
      // flags ("--big") go to every script; names pick the scripts
      const child = spawn(process.execPath, ["--import", "tsx", join(dir, s), ...argv.filter((a) => a.startsWith("-"))], { stdio: "inherit" });
      child.on("error", (e) => {
        console.error(`${name}/${s}: ${e.message}`);
        resolve(1);
      });
      child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
    results.push({ s, code, secs: (Date.now() - t0) / 1000 });
  }
  console.log(`\n##### ${name}: summary`);
  for (const r of results) console.log(`${r.code === 0 ? "ok    " : "FAILED"}  ${name}/${r.s}  (${r.secs.toFixed(1)} s${r.code ? `, exit ${r.code}` : ""})`);
  return results.some((r) => r.code !== 0) ? 1 : 0;
}
