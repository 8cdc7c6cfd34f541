/**
 * The architecture, enforced: cli/ and web/ stand on the application layer only; a stage reaches
 * another stage through its index.ts (or the extractor's vocabulary.ts); SQL lives in src/store. Read from the import statements.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "./cli/helpers.js";

const SRC = join(ROOT, "src");
const STAGES = ["ingest", "extract", "normalize", "reconcile", "publish", "imagery", "store"];
/**
 * Known exceptions, to be emptied: extraction's parsers still import normalize's modules directly
 * (normalize has no index.ts yet; rewriting those imports waits until the parser work in flight lands).
 */
const ALLOWED = (here: string, dep: string) => top(here) === "extract" && top(dep) === "normalize";
/** Public surfaces beside a stage's index.ts: the extractor's vocabulary, read without loading its parsers. */
const PUBLIC = ["extract/vocabulary.ts"];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : [];
  });
const files = walk(SRC).filter((f) => !f.endsWith(".test.ts"));

/** src-relative paths ("app/brief.ts") of the modules a file imports (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith(".")).map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, ".ts"));
}
const top = (p: string) => p.split("/")[0];
/** The data's contracts, beside the stages: types, their zod schemas, the origin key. */
const SHARED = ["types.ts", "schema.ts", "origin.ts"];

test("cli/ and web/ import only the application layer, publish's index and the shared contracts (and cli the web server)", () => {
  const bad: string[] = [];
  for (const f of files) {
    const here = relative(SRC, f);
    if (!["cli", "web"].includes(top(here))) continue;
    for (const dep of importsOf(f)) if (!(top(dep) === top(here) || top(dep) === "app" || dep === "publish/index.ts" || SHARED.includes(dep) || (top(here) === "cli" && dep === "web/index.ts"))) bad.push(`${here} → ${dep}`);
  }
  assert.deepEqual(bad, [], "go through src/app (a use case) or src/publish/index.ts");
});

test("a stage reaches another stage only through its index.ts", () => {
  const bad: string[] = [];
  for (const f of files) {
    const here = relative(SRC, f);
    if (!STAGES.includes(top(here))) continue;
    for (const dep of importsOf(f)) if (STAGES.includes(top(dep)) && top(dep) !== top(here) && !PUBLIC.includes(dep) && dep !== `${top(dep)}/index.ts` && !ALLOWED(here, dep)) bad.push(`${here} → ${dep}`);
  }
  assert.deepEqual(bad, [], "export what is needed from the stage's index.ts (or make it part of the stage's output)");
});

test("no SQL outside src/store", () => {
  const SQL = /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|ALTER\s+TABLE)\b/;
  const bad = files.filter((f) => top(relative(SRC, f)) !== "store" && SQL.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
  assert.deepEqual(bad, [], "new SQL goes in src/store, behind a Store method");
});
