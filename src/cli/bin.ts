#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

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
