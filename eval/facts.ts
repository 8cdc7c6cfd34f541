/**
 * Reconciliation eval: for each cluster with gold/facts.json under ../shared/corpus and
 * eval/clusters (or the dirs given as arguments), reconcile twice, from the gold mentions (context annotated
 * here) and from extracted mentions, and score each with ../shared/eval/score.mjs facts.
 *
 *   node --import tsx eval/facts.ts [CLUSTER_DIR...] [--json] [--verbose]
 * @module
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readCorpus, IngestError } from "../src/ingest/index.js";
import { extract } from "../src/extract/index.js";
import { annotateContext } from "../src/extract/context.js";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import type { Mention, Report } from "../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, "../../shared");
const SCORER = join(SHARED, "eval/score.mjs");

/** Clusters with gold facts: the shared dev corpus, and (unless `sharedOnly`) our own held-out eval/clusters. */
export function clusterDirs(args: string[], sharedOnly = false): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const roots = [join(SHARED, "corpus"), ...(sharedOnly ? [] : [join(here, "clusters")])];
  return roots
    .filter((root) => existsSync(root))
    .flatMap((root) => readdirSync(root).sort().map((d) => join(root, d)))
    .filter((d) => existsSync(join(d, "gold/facts.json")) && existsSync(join(d, "sources.json")));
}

export function loadReports(dir: string): Report[] {
  const out: Report[] = [];
  for (const r of readCorpus(dir)) {
    if (r instanceof IngestError) {
      console.error(r.message);
      continue;
    }
    out.push({ ...r, id: r.id ?? r.hash });
  }
  return out;
}

/** Gold mentions (minus `ignore`) as Mention objects, with context annotated as extraction would. */
export function goldMentions(dir: string, reports: Report[]): Mention[] {
  const lines = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  const bySource = new Map<string, Mention[]>();
  for (const l of lines) {
    const g = JSON.parse(l);
    if (g.ignore) continue;
    const m: Mention = {
      source: g.source, start: g.start, end: g.end, text: g.text, kind: g.kind,
      low: g.low ?? null, high: g.high ?? null, unit: g.unit ?? null, date: g.date ?? null,
      qualifier: g.qualifier ?? null, per: g.per ?? null,
    };
    (bySource.get(m.source) ?? bySource.set(m.source, []).get(m.source)!).push(m);
  }
  const out: Mention[] = [];
  for (const r of reports) out.push(...annotateContext(r.text, bySource.get(r.id) ?? []));
  return out;
}

export function extractedMentions(reports: Report[]): Mention[] {
  return reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id }));
}

export function scoreFacts(dir: string, reports: Report[], mentions: Mention[], flags: string[] = ["--json"]) {
  // copies are found before reconciling, as `dossier brief` does
  const { facts } = reconcile({ reports: withCopies(reports), mentions });
  const tmp = mkdtempSync(join(tmpdir(), "dossier-facts-"));
  const pred = join(tmp, "pred.json");
  writeFileSync(pred, JSON.stringify({ facts: facts.map((f) => ({ id: f.id, about: f.about, verdict: f.verdict, members: f.members.map((m) => ({ source: m.source, start: m.start, end: m.end, text: m.text })) })) }, null, 1));
  const r = spawnSync(process.execPath, [SCORER, "facts", dir, pred, ...flags], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`score.mjs failed on ${dir}: ${r.stderr}`);
  return { out: r.stdout, pred, facts };
}

async function main() {
  const args = process.argv.slice(2);
  const flags = args.filter((a) => a.startsWith("--"));
  const dirs = clusterDirs(args.filter((a) => !a.startsWith("--")));
  if (!existsSync(SCORER) || !dirs.length) {
    console.error(`no clusters with gold/facts.json (or no scorer at ${SCORER})`);
    process.exit(1);
  }
  const rows: unknown[] = [];
  for (const dir of dirs) {
    const reports = loadReports(dir);
    for (const [mode, mentions] of [["gold-mentions", goldMentions(dir, reports)], ["extracted", extractedMentions(reports)]] as const) {
      const t0 = performance.now();
      const { out, pred } = scoreFacts(dir, reports, mentions, flags.includes("--json") ? ["--json"] : flags);
      const ms = performance.now() - t0;
      if (flags.includes("--json")) rows.push({ cluster: dir, mode, mentions: mentions.length, ...JSON.parse(out) });
      else {
        console.log(`\n== ${dir.split("/").pop()} (${mode}: ${mentions.length} mentions, ${ms.toFixed(0)} ms incl. scoring; prediction ${pred})`);
        process.stdout.write(out);
      }
    }
  }
  if (flags.includes("--json")) console.log(JSON.stringify(rows, null, 1));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
