/**
 * Reconciliation eval: for each cluster with gold/facts.json under ../shared/corpus and
 * eval/clusters (or the dirs given as arguments), reconcile twice, from the gold mentions (context annotated
 * here) and from extracted mentions, and score each with ../shared/eval/score.mjs facts.
 *
 * With no dirs it also scores the stories in eval/heldout/, which no fit and no leave-one-out loop
 * reads, with the model fitted on every labelled cluster (the one `dossier brief` ships).
 *
 *   node --import tsx eval/facts.ts [CLUSTER_DIR...] [--json] [--verbose]
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readCorpus, IngestError } from "../src/ingest/index.js";
import { extract } from "../src/extract/index.js";
import { annotateContext } from "../src/extract/context.js";
import { chooseLanguage } from "../src/extract/language.js";
import { wordsFor } from "../src/extract/words.js";
import { withCopies } from "../src/app/copies.js";
import { fitModel, reconcile, trainingSet, type Model, type TrainingCluster } from "../src/reconcile/index.js";
import type { Fact, Mention, Report } from "../src/types.js";
import { labelledUnder, ROOTS, SHARED } from "./lib/clusters.js";

const SCORER = join(SHARED, "eval/score.mjs");

/** Clusters with gold facts: the shared dev corpus, and (unless `sharedOnly`) our own eval/clusters. */
export function clusterDirs(args: string[], sharedOnly = false): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const roots = [ROOTS.corpus, ...(sharedOnly ? [] : [ROOTS.clusters])];
  return roots.flatMap((root) => labelledUnder(root, "gold/facts.json")).filter((d) => existsSync(join(d, "sources.json")));
}

/** Labelled stories kept out of every fit: the score of the shipped model on a story of a new kind. */
export function heldoutDirs(): string[] {
  return labelledUnder(ROOTS.heldout, "gold/facts.json");
}

/** Stories out of every fit whose misses were read (eval/read): scored apart from the held-out ones. */
export function readDirs(): string[] {
  return labelledUnder(ROOTS.read, "gold/facts.json");
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
  // each report's credits read in its language, as extraction reads them; its sentences English's
  // as ever (each language's own, extraction's, move the fit: LOCO gold 0.8724 → 0.8654 on
  // 2026-12-07, a change to make and measure on its own)
  const en = wordsFor("en");
  for (const r of reports) {
    const own = wordsFor(chooseLanguage(r.language ?? undefined, r.text));
    out.push(...annotateContext(r.text, bySource.get(r.id) ?? [], { ...en, context: own.context ?? en.context }));
  }
  return out;
}

/** A labelled cluster for fitting: its reports, gold mentions, and each mention's gold fact id. */
export function trainingCluster(dir: string): TrainingCluster {
  const reports = loadReports(dir);
  const mentions = goldMentions(dir, reports);
  const factOf = new Map<string, string>();
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  for (const f of gold) for (const m of f.members) factOf.set(`${m.source}@${m.start}`, f.id);
  const conflicts = gold.filter((f) => f.verdict === "conflict").map((f) => f.id);
  return { name: basename(dir), reports, mentions, fact: mentions.map((m) => factOf.get(`${m.source}@${m.start}`) ?? null), conflicts };
}

type GoldFact = { id: string; verdict: string; members: Array<{ source: string; start: number }> };

/**
 * A story's GOLD facts judged as given (no grouping), so verdict-rule errors show apart from
 * grouping errors: its training cluster, each gold fact, and our fact holding that gold fact's
 * first member (eval/_verdicts.ts, eval/_verd.ts).
 */
export function judgedOnGold(dir: string): { c: TrainingCluster; judged: Array<{ g: GoldFact; f: Fact }> } {
  const c = trainingCluster(dir);
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as GoldFact[];
  const { facts } = reconcile({ reports: withCopies(c.reports), mentions: c.mentions, groups: gold.map((f) => f.members.map((m) => `${m.source}@${m.start}`)) });
  const judged: Array<{ g: GoldFact; f: Fact }> = [];
  for (const g of gold) {
    const f = facts.find((p) => p.members.some((m) => m.source === g.members[0].source && m.start === g.members[0].start));
    if (f) judged.push({ g, f });
  }
  return { c, judged };
}

/**
 * Each labelled cluster whose name holds one of `names` (every one when none), reconciled
 * leave-one-cluster-out as the debug scripts read it: its folder, its training cluster, and its
 * facts from a model fitted without it, from gold mentions or (`extracted`) dossier's own.
 */
export function* leftOut(names: string[], extracted: boolean): Generator<{ dir: string; c: TrainingCluster; facts: Fact[] }> {
  const labelled = clusterDirs([]);
  const clusters = labelled.map(trainingCluster);
  const sets = trainingSet(clusters);
  for (let at = 0; at < labelled.length; at++) {
    const dir = labelled[at];
    if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
    const c = clusters[at];
    const model = fitModel(sets.filter((_, k) => k !== at));
    const mentions = extracted ? extractedMentions(c.reports) : c.mentions;
    yield { dir, c, facts: reconcile({ reports: withCopies(c.reports), mentions, model }).facts };
  }
}

export function extractedMentions(reports: Report[]): Mention[] {
  return reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));
}

export function scoreFacts(dir: string, reports: Report[], mentions: Mention[], flags: string[] = ["--json"], model?: Model) {
  // copies are found before reconciling, as `dossier brief` does
  const { facts } = reconcile({ reports: withCopies(reports), mentions, model });
  const tmp = mkdtempSync(join(tmpdir(), "dossier-facts-"));
  const pred = join(tmp, "pred.json");
  writeFileSync(pred, JSON.stringify({ facts: facts.map((f) => ({ id: f.id, about: f.about, verdict: f.verdict, members: f.members.map((m) => ({ source: m.source, start: m.start, end: m.end, text: m.text })) })) }, null, 1));
  const r = spawnSync(process.execPath, [SCORER, "facts", dir, pred, ...flags], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`score.mjs failed on ${dir}: ${r.stderr}`);
  return { out: r.stdout, pred, facts };
}

/** Ids of the facts a cluster's NOTES.md names `revised` ("- `id` (**revised**", "`id` is `revised`"). */
export function revisedIds(dir: string): string[] {
  const p = join(dir, "NOTES.md");
  if (!existsSync(p)) return [];
  return [...new Set([...readFileSync(p, "utf8").matchAll(/`([\w-]+)`\s*(?:\(\*{0,2}revised|is `revised`)/g)].map((m) => m[1]))];
}

/** How many of the named revised facts come out `revised` (the predicted fact holding most of each one's members). */
function revisedHits(dir: string, facts: Fact[], ids: string[]): number {
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; members: Array<{ source: string; start: number }> }>;
  const spans = new Map<string, [number, number]>();
  for (const l of readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n")) if (l.trim()) {
    const g = JSON.parse(l);
    spans.set(`${g.source}@${g.start}`, [g.start, g.end]);
  }
  let hits = 0;
  for (const id of ids) {
    const f = gold.find((g) => g.id === id);
    if (!f) continue;
    const counts = new Map<Fact, number>();
    for (const m of f.members) {
      const [s, e] = spans.get(`${m.source}@${m.start}`) ?? [m.start, m.start + 1];
      const p = facts.find((pf) => pf.members.some((pm) => pm.source === m.source && pm.start < e && s < pm.end));
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 2 && best[0].verdict === "revised") hits++;
  }
  return hits;
}

interface Row {
  cluster: string;
  mode: "gold-mentions" | "extracted";
  mentions: number;
  bcubed: { P: number; R: number; F1: number };
  conflicts: { tp: number; fp: number; fn: number; tn: number; P: number; R: number; F1: number };
  revised: { named: number; found: number };
}

async function main() {
  const args = process.argv.slice(2);
  const flags = args.filter((a) => a.startsWith("--"));
  const named = args.filter((a) => !a.startsWith("--"));
  const dirs = clusterDirs(named);
  const held = named.length ? [] : heldoutDirs();
  const read = named.length ? [] : readDirs();
  if (!existsSync(SCORER) || !dirs.length) {
    console.error(`no clusters with gold/facts.json (or no scorer at ${SCORER})`);
    process.exit(1);
  }
  // leave one cluster out: the model that groups a cluster's figures is fitted on every other labelled cluster
  const labelled = clusterDirs([]);
  const clusters = labelled.map(trainingCluster);
  const sets = trainingSet(clusters);
  const rows: Row[] = [];
  for (const dir of [...dirs, ...held, ...read]) {
    const at = labelled.indexOf(dir);
    const model = fitModel(sets.filter((_, k) => k !== at));
    const reports = at >= 0 ? clusters[at].reports : loadReports(dir);
    const ids = revisedIds(dir);
    for (const [mode, mentions] of [["gold-mentions", at >= 0 ? clusters[at].mentions : goldMentions(dir, reports)], ["extracted", extractedMentions(reports)]] as const) {
      const { out, facts } = scoreFacts(dir, reports, mentions, ["--json"], model);
      rows.push({ cluster: basename(dir), mode, mentions: mentions.length, ...JSON.parse(out), revised: { named: ids.length, found: revisedHits(dir, facts, ids) } });
    }
  }
  if (flags.includes("--json")) {
    console.log(JSON.stringify(rows, null, 1));
    return;
  }
  console.log("Facts, leave-one-cluster-out (each cluster grouped by a model fitted without it); scored by ../shared/eval/score.mjs facts\n");
  console.log("| cluster | gold B-cubed F1 | gold conflict F1 | gold revised | extracted B-cubed F1 | extracted conflict F1 | extracted revised |");
  console.log("|---|---|---|---|---|---|---|");
  table(dirs, rows);
  if (!held.length) return;
  console.log("\nHeld out (eval/heldout: no fit has read them), the shipped model fitted on all the clusters above\n");
  console.log("| cluster | gold B-cubed F1 | gold conflict F1 | gold revised | extracted B-cubed F1 | extracted conflict F1 | extracted revised |");
  console.log("|---|---|---|---|---|---|---|");
  table(held, rows);
  if (!read.length) return;
  console.log("\nRead (eval/read: out of every fit, but their misses were read to find classes of error, so no clean estimate), the same model\n");
  console.log("| cluster | gold B-cubed F1 | gold conflict F1 | gold revised | extracted B-cubed F1 | extracted conflict F1 | extracted revised |");
  console.log("|---|---|---|---|---|---|---|");
  table(read, rows);
}

function table(dirs: string[], rows: Row[]) {
  const f2 = (x: number) => x.toFixed(2);
  const mean = { g: [0, 0], e: [0, 0] };
  for (const dir of dirs) {
    const g = rows.find((r) => r.cluster === basename(dir) && r.mode === "gold-mentions")!, e = rows.find((r) => r.cluster === basename(dir) && r.mode === "extracted")!;
    console.log(`| ${g.cluster} | ${f2(g.bcubed.F1)} | ${f2(g.conflicts.F1)} | ${g.revised.found}/${g.revised.named} | ${f2(e.bcubed.F1)} | ${f2(e.conflicts.F1)} | ${e.revised.found}/${e.revised.named} |`);
    mean.g[0] += g.bcubed.F1 / dirs.length, mean.g[1] += g.conflicts.F1 / dirs.length;
    mean.e[0] += e.bcubed.F1 / dirs.length, mean.e[1] += e.conflicts.F1 / dirs.length;
  }
  console.log(`| **mean** | ${f2(mean.g[0])} | ${f2(mean.g[1])} | | ${f2(mean.e[0])} | ${f2(mean.e[1])} | |`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
