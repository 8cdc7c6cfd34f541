#!/usr/bin/env node
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics, setFlagsFromString } from "node:v8";

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

/**
 * Whether to load the CLI's modules from dist/bundle (scripts/bundle.mjs: ~60 files to load at
 * start instead of ~180, ~0.1 s of CPU less per command): when the build made it and it is not
 * older than tsc's output (a `tsc` run alone leaves a stale bundle). Run from src/ (tsx), never.
 */
function bundled(): boolean {
  try {
    const mtime = (p: string) => statSync(fileURLToPath(new URL(p, import.meta.url))).mtimeMs;
    return mtime("../bundle/cli.js") >= mtime("./index.js");
  } catch {
    return false;
  }
}
const BUNDLED = bundled();
const bundle = (name: string) => import(new URL(`../bundle/${name}.js`, import.meta.url).href);
const storeModule = (): Promise<typeof import("../app/store.js")> => (BUNDLED ? bundle("store") : import("../app/store.js"));
const cliModule = (): Promise<typeof import("./index.js")> => (BUNDLED ? bundle("cli") : import("./index.js"));

/** Commands of seconds that open the store; `brief` and `extract` only without paths. */
const OPENS_STORE = new Set(["add", "brief", "reports", "show", "remove", "fact", "update", "follow", "extract"]);

/**
 * Whether the command line opens the store (a guess, for a head start only): `brief` and
 * `extract` with a path (a word that is not an option's value) read files instead.
 */
function opensStore(args: string[]): boolean {
  const [command, ...rest] = args;
  if (!OPENS_STORE.has(command ?? "") || rest.some((a) => a === "--help" || a === "-h")) return false;
  if (command !== "brief" && command !== "extract") return true;
  return !rest.some((a, i) => !a.startsWith("-") && !(i > 0 && rest[i - 1].startsWith("--") && !rest[i - 1].includes("=")));
}

/** The store the command line names (`--db DIR`, `--db=DIR`), else undefined for the default. */
function dbArg(args: string[]): string | undefined {
  const at = args.findIndex((a) => a === "--db" || a.startsWith("--db="));
  return at < 0 ? undefined : args[at] === "--db" ? args[at + 1] : args[at].slice(5);
}

/** Whether to run again with a larger heap (the store's modules are loaded only when it may be). */
async function wantsHeap(args: string[]): Promise<boolean> {
  if (userSet || process.env.DOSSIER_HEAP || getHeapStatistics().heap_size_limit / 2 ** 20 >= heapMb * 0.9) return false;
  if (!args.length || args.some((a) => a === "--help" || a === "-h")) return false;
  const { isLargeStore } = await storeModule();
  return isLargeStore(dbArg(args), LARGE_MB);
}

if (await wantsHeap(process.argv.slice(2))) {
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
  // Its 13,000 functions are each compiled when first called (V8's lazy compilation), but all of
  // them were validated up front: validating each with its compile saves ~0.05 s of CPU per command.
  if (!["serve", "run"].includes(process.argv[2] ?? "")) {
    setFlagsFromString("--liftoff-only");
    setFlagsFromString("--wasm-lazy-validation");
  }
  // commands of seconds that open the store have its WebAssembly compiled while their modules load
  if (opensStore(process.argv.slice(2))) (await storeModule()).readyStore(dbArg(process.argv.slice(2)));
  const { main } = await cliModule();
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
