/**
 * Golden briefings: the Markdown and JSON briefing (with a fixed `generated`) of the bundled example
 * and of every dev cluster in ../shared/corpus must equal the snapshots stored here. A refactor must
 * leave them alone; an intended change of behaviour regenerates them with `UPDATE_GOLDEN=1 npm test
 * -- test/golden` and the diff goes in the same commit, where a reviewer sees what moved.
 *
 * The corpus is third-party text, so its snapshots keep no sentences: a digest of the facts (ids,
 * verdicts, offsets, values, origins), the timeline's dates and the sources' copy links, plus the
 * sha256 of the full Markdown and JSON. The example is ours: its snapshots are the full files.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SHARED_CORPUS, needsShared } from "../cli/helpers.js";
import { briefOfPaths } from "./brief.js";

const HERE = join(ROOT, "test/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function check(file: string, actual: string) {
  const path = join(HERE, file);
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) assert.fail(`${file} did not exist: written now; check it in`);
    return;
  }
  assert.ok(readFileSync(path, "utf8") === actual, `${file} differs from the briefing made now: if the change is intended, run UPDATE_GOLDEN=1 node scripts/test.mjs test/golden and commit the diff`);
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

interface J {
  facts: Array<{ id: string; kind: string; unit: string | null; verdict: string; origins: number; members: Array<{ source: string; start: number; end: number; origin: unknown }>; values: Array<{ low: number | null; high: number | null; date?: { start: string; end: string } | null; origins: unknown[]; members: number[] }> }>;
  timeline: Array<{ date: { start: string; end: string }; conflicting: boolean; sources: Array<{ source: string; start: number; end: number }> }>;
  sources: Array<{ id: string; published: string | null; copyOf?: string | null }>;
}

/** What the briefing says, without the corpus's words: one line per fact, timeline entry and source. */
function digest(md: string, json: string): string {
  const j = JSON.parse(json) as J;
  const lines = [`md sha256 ${sha(md)}`, `json sha256 ${sha(json)}`, "", "facts:"];
  for (const f of j.facts) {
    lines.push(`${f.id} ${f.kind} ${f.unit ?? "-"} ${f.verdict} origins=${f.origins}`);
    lines.push(`  members ${f.members.map((m) => `${m.source}:${m.start}-${m.end}@${JSON.stringify(m.origin)}`).join(" ")}`);
    lines.push(`  values ${f.values.map((v) => `${v.low}..${v.high}${v.date ? `[${v.date.start}/${v.date.end}]` : ""}#${v.members.join(",")}`).join(" ")}`);
  }
  lines.push("", "timeline:");
  for (const t of j.timeline) lines.push(`${t.date.start}/${t.date.end}${t.conflicting ? " conflicting" : ""} ${t.sources.map((s) => `${s.source}:${s.start}-${s.end}`).join(" ")}`);
  lines.push("", "sources:");
  for (const s of j.sources) lines.push(`${s.id} ${s.published ?? "-"}${s.copyOf ? ` copy-of ${s.copyOf}` : ""}`);
  return lines.join("\n") + "\n";
}

test("golden: the example's briefing (Markdown and JSON) is unchanged", async () => {
  const { md, json } = await briefOfPaths([join(ROOT, "examples/tumen-bridge")]);
  check("tumen-bridge-example.md", md);
  check("tumen-bridge-example.json", json);
});

const clusters = existsSync(SHARED_CORPUS) ? readdirSync(SHARED_CORPUS).filter((n) => n.endsWith("-dev") && existsSync(join(SHARED_CORPUS, n, "sources.json"))).sort() : [];

test("golden: every dev cluster's briefing is unchanged", needsShared(SHARED_CORPUS), async (t) => {
  assert.ok(clusters.length, `no dev clusters in ${SHARED_CORPUS}`);
  for (const name of clusters)
    await t.test(name, async () => {
      const { md, json } = await briefOfPaths([join(SHARED_CORPUS, name)]);
      check(`${name}.digest.txt`, digest(md, json));
    });
});
