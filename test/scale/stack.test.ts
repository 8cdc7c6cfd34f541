/**
 * Nothing overflows the stack on a big input: no source spreads an array into a call, and every
 * stage (extract, reconcile, publish's builder and renderers, the explorer's pages) is fed
 * figures in a child Node whose stack is a tenth of the default, where 20,000 figures overflow a
 * spread as 150,000 do on the default stack (see stages.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });

test("no source spreads an array into push, Math.max/min, fromCharCode or apply", () => {
  const bad = /\.(?:push|unshift)\(\s*\.\.\.|Math\.(?:max|min)\(\s*\.\.\.|fromCharCode\(\s*\.\.\.|fromCodePoint\(\s*\.\.\.|\.apply\(/;
  // spreads bounded by construction, each with its reason
  const allowed: Record<string, string> = { "ingest/bytes.ts": "UTF-32 is decoded 8,192 code points at a time" };
  const found: string[] = [];
  const root = join(import.meta.dirname, "../../src");
  for (const f of sources(root).filter((f) => !(f.slice(root.length + 1) in allowed)))
    readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "");
        if (bad.test(code)) found.push(`${f}:${i + 1}: ${line.trim()}`);
      });
  assert.deepEqual(found, [], "write a loop instead: a spread of a big array overflows the stack");
});

test("every stage takes 20,000 figures on a tenth of the stack (150,000 on the default one)", () => {
  // the default stack overflows a spread between 120,000 and 150,000 arguments; 100 KB between 9,000 and 20,000
  const probe = spawnSync(process.execPath, ["--stack-size=100", "-e", "Math.max(...new Array(20000).fill(1))"], { encoding: "utf8" });
  assert.match(probe.stderr, /Maximum call stack size exceeded/, "the small stack must make a 20,000 spread overflow");
  const r = spawnSync(process.execPath, ["--stack-size=100", "--import", "tsx", join(import.meta.dirname, "stages.ts"), "20000"], { encoding: "utf8", cwd: join(import.meta.dirname, "../.."), timeout: 600_000 });
  assert.equal(r.status, 0, r.stderr.slice(-3000));
  assert.match(r.stdout, /stages ok: 20000 figures/);
});
