/**
 * Extraction accuracy: for every corpus cluster with gold mentions, dossier's `extract` and its
 * peers (Microsoft Recognizers-Text; chrono-node + compromise) predict mentions, and the shared
 * scorer (../shared/eval/score.mjs) judges each the same way. Prints the scorer's table per
 * system and cluster, then a summary: system × cluster → P / R / F1, and mention F1 per language
 * (gold grouped by the language of its report).
 *
 *   node --import tsx eval/extract.ts [cluster-name…] [--verbose] [--json] [--no-peers]
 *
 * --no-peers: dossier alone (the peers take minutes; use it while developing, not for reported figures).
 * --json: the summary is also printed as one JSON line at the end (for scripts and the README).
 * Exits 1 when a cluster cannot be read or the scorer fails; low scores are not failures.
 * @module
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { spawnSync } from "node:child_process";
import { readCorpus, IngestError } from "../src/ingest/index.js";
import { extract } from "../src/extract/index.js";
import type { ReportInput } from "../src/types.js";
import { PEERS, type Peer } from "./lib/peers.js";
import { scoreByLanguage, type LanguageRun } from "./lib/by-language.js";
import { labelledUnder, ROOTS, SHARED } from "./lib/clusters.js";

const CORPUS = ROOTS.corpus;
const SCORER = join(SHARED, "eval/score.mjs");

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
const only = args.filter((a) => !a.startsWith("--"));

if (!existsSync(CORPUS) || !existsSync(SCORER)) {
  console.error(`eval/extract: ${CORPUS} or ${SCORER} is missing; the evaluation needs ../shared`);
  process.exit(1);
}

const dossier: Peer = {
  name: "dossier",
  run: (text, opts) => extract(text, opts),
};
const SYSTEMS: Peer[] = args.includes("--no-peers") ? [dossier] : [dossier, ...PEERS];

// every story with gold figures: the shared dev corpus, then our own clusters, held-out and read stories
const clusterDirs = new Map<string, string>();
for (const root of [ROOTS.corpus, ROOTS.clusters, ROOTS.heldout, ROOTS.read])
  for (const dir of labelledUnder(root, "gold/mentions.jsonl")) if (!only.length || only.includes(basename(dir))) clusterDirs.set(basename(dir), dir);
const clusters = [...clusterDirs.keys()];
if (!clusters.length) {
  console.error(`eval/extract: no cluster with gold/mentions.jsonl under ${CORPUS}${only.length ? ` named ${only.join(", ")}` : ""}`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), "dossier-eval-extract-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));

type Score = { P: number; R: number; F1: number; span: { F1: number }; gold: number; pred: number; tp: number };
const summary: Array<{ system: string; cluster: string; score: Score | null; ms: number; bad: number }> = [];
let failed = false;
const languageRuns: LanguageRun[] = [];

for (const cluster of clusters) {
  const dir = clusterDirs.get(cluster)!;
  const items = readCorpus(dir);
  const reports = items.filter((i): i is ReportInput & { id: string } => !(i instanceof IngestError));
  for (const e of items) if (e instanceof IngestError) (console.error(`eval/extract: ${e.message}`), (failed = true));
  console.log(`\n=== ${cluster}: ${reports.length} reports, ${reports.reduce((n, r) => n + r.text.length, 0).toLocaleString("en-US")} chars`);
  for (const system of SYSTEMS) {
    const t0 = performance.now();
    let bad = 0;
    const preds = reports.flatMap((r) => {
      try {
        return system.run(r.text, { published: r.published, source: r.id, language: r.language }).filter((m) => {
          // an offset outside the text, or a text that is not its slice, is a bug: count it, do not score it
          const ok = Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start < m.end && m.end <= r.text.length && r.text.slice(m.start, m.end) === m.text;
          if (!ok) bad++;
          return ok;
        });
      } catch (e) {
        console.error(`eval/extract: ${system.name} threw on ${cluster}/${r.id}: ${(e as Error).message}`);
        failed = true;
        return [];
      }
    });
    const ms = performance.now() - t0;
    const predPath = join(tmp, `${cluster}.${system.name.replace(/\W+/g, "_")}.jsonl`);
    writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join("\n") + "\n");
    const languages = new Map(reports.map((r) => [r.id, (r.language ?? "?").toLowerCase().split(/[-_]/)[0]]));
    languageRuns.push({ system: system.name, cluster, dir, languages, preds });
    console.log(`\n--- ${system.name} on ${cluster}: ${preds.length} mentions in ${ms.toFixed(0)} ms${bad ? `, ${bad} with bad offsets dropped` : ""}`);
    const table = spawnSync(process.execPath, [SCORER, "mentions", dir, predPath, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
    process.stdout.write(table.stdout);
    const json = spawnSync(process.execPath, [SCORER, "mentions", dir, predPath, "--json"], { encoding: "utf8" });
    let score: Score | null = null;
    if (table.status !== 0 || json.status !== 0) {
      console.error(`eval/extract: the scorer failed on ${system.name}/${cluster}: ${(table.stderr || json.stderr).trim()}`);
      failed = true;
    } else score = JSON.parse(json.stdout.trim().split("\n").pop()!);
    if (system === dossier && bad) failed = true;
    summary.push({ system: system.name, cluster, score, ms, bad });
  }
}

const f = (x: number | undefined) => (x == null ? "  -  " : x.toFixed(3));
console.log(`\n=== summary: mention P / R / F1 (value must match), and span-only F1`);
const rows = [["system", "cluster", "gold", "pred", "P", "R", "F1", "span F1", "ms"]];
for (const s of summary)
  rows.push([s.system, s.cluster, String(s.score?.gold ?? "-"), String(s.score?.pred ?? "-"), f(s.score?.P), f(s.score?.R), f(s.score?.F1), f(s.score?.span.F1), s.ms.toFixed(0)]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
const byLanguage = scoreByLanguage(languageRuns, SCORER, tmp);
console.log(`\n=== mention F1 per language (gold grouped by the report's language in sources.json)`);
const langRows = [["system", "language", "gold", "pred", "P", "R", "F1"]];
for (const s of byLanguage) langRows.push([s.system, s.language, String(s.gold), String(s.pred), f(s.P), f(s.R), f(s.F1)]);
const langWidths = langRows[0].map((_, i) => Math.max(...langRows.map((r) => r[i].length)));
for (const r of langRows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(langWidths[i]) : c.padStart(langWidths[i]))).join("  "));
if (clusters.some((c) => /-dev$/.test(c)))
  console.log(`note: clusters named *-dev are development data, seen while the extractor was written; the others (eval/clusters) were written apart from it, and only unseen clusters truly measure how it generalizes`);
if (asJson) console.log(JSON.stringify(summary.map((s) => ({ system: s.system, cluster: s.cluster, ...s.score, ms: Math.round(s.ms) }))));
if (asJson) console.log(JSON.stringify(byLanguage));
if (failed) {
  console.error("eval/extract: FAILED (see the errors above)");
  process.exit(1);
}
