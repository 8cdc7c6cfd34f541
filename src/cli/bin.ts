#!/usr/bin/env node
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { resolveLocation } from "../store/db.js";

/**
 * A whole reconcile holds every figure and fact of the dossier on V8's heap, whose default limit
 * (~4 GB on a 64-bit machine, whatever its memory) is reached near 100,000 reports: `brief` died
 * there. On a large store (a Postgres server, or a PGlite folder of more than LARGE_MB of tables:
 * some 30,000 reports), when half the machine's memory is more than that limit, the CLI runs itself
 * once more with that much heap. Not on every store: that costs ~0.1–0.2 s. A limit the user set
 * (`--max-old-space-size`, in NODE_OPTIONS or on the command line) is kept.
 */
const LARGE_MB = 150;
const heapMb = Math.floor(totalmem() / 2 ** 21);
const userSet = /--max-old-space-size/.test(`${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`);

/** Whether the store the command line names is a server or a folder of more than LARGE_MB of tables. */
function largeStore(args: string[]): boolean {
  const at = args.findIndex((a) => a === "--db" || a.startsWith("--db="));
  const db = at < 0 ? resolveLocation() : args[at] === "--db" ? args[at + 1] : args[at].slice(5);
  if (!db || db === "memory" || db === "memory://") return false;
  if (/^postgres(ql)?:\/\//i.test(db)) return true;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else bytes += statSync(join(dir, e.name)).size;
    }
  };
  try {
    walk(join(db, "pgdata", "base"));
  } catch {
    return false;
  }
  return bytes > LARGE_MB * 2 ** 20;
}

if (!userSet && !process.env.DOSSIER_HEAP && getHeapStatistics().heap_size_limit / 2 ** 20 < heapMb * 0.9 && largeStore(process.argv.slice(2))) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, DOSSIER_HEAP: String(heapMb) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const s of signals) process.on(s, forward);
  child.on("exit", (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  // A command that runs for seconds compiles Postgres' WebAssembly (PGlite, 9 MB) with the baseline
  // compiler only: the optimizing tier's background compiles cost more CPU than they ever win back
  // (2,000-report store: `brief` of kept facts 3.7 -> 2.7 s of CPU, `add` 10.5 -> 9 s, ~50 MB less
  // at peak). Long-running `serve` and `run` keep the optimizing tier. Set before anything compiles.
  if (!["serve", "run"].includes(process.argv[2] ?? "")) setFlagsFromString("--liftoff-only");
  const { main } = await import("./index.js");
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
