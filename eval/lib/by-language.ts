/**
 * Mention scores per language: the gold of every cluster is grouped by its report's language
 * (sources.json), each system's predictions likewise, and the shared scorer judges each group as if
 * it were one cluster (report ids are prefixed with their cluster so they stay distinct).
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

export interface LanguageRun {
  system: string;
  cluster: string;
  /** cluster directory (with gold/mentions.jsonl) */
  dir: string;
  /** report id → its language */
  languages: Map<string, string>;
  preds: Array<{ source: string }>;
}

export type LanguageScore = { system: string; language: string; gold: number; pred: number; P: number; R: number; F1: number };

export function scoreByLanguage(runs: LanguageRun[], scorer: string, tmp: string): LanguageScore[] {
  const groups = new Map<string, { gold: string[]; preds: Map<string, string[]> }>();
  const group = (lang: string) => {
    let g = groups.get(lang);
    if (!g) groups.set(lang, (g = { gold: [], preds: new Map() }));
    return g;
  };
  const goldDone = new Set<string>();
  for (const run of runs) {
    const lang = (id: string) => run.languages.get(id) ?? "?";
    if (!goldDone.has(run.cluster)) {
      goldDone.add(run.cluster);
      for (const line of readFileSync(join(run.dir, "gold/mentions.jsonl"), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const g = JSON.parse(line) as { source: string };
        group(lang(g.source)).gold.push(JSON.stringify({ ...g, source: `${run.cluster}:${g.source}` }));
      }
    }
    for (const p of run.preds) {
      const g = group(lang(p.source));
      const list = g.preds.get(run.system) ?? [];
      list.push(JSON.stringify({ ...p, source: `${run.cluster}:${p.source}` }));
      g.preds.set(run.system, list);
    }
  }
  const systems = [...new Set(runs.map((r) => r.system))];
  const out: LanguageScore[] = [];
  for (const [language, g] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const dir = join(tmp, `lang-${language}`);
    mkdirSync(join(dir, "gold"), { recursive: true });
    writeFileSync(join(dir, "gold/mentions.jsonl"), g.gold.join("\n") + "\n");
    for (const system of systems) {
      const predPath = join(dir, `${system.replace(/\W+/g, "_")}.jsonl`);
      writeFileSync(predPath, (g.preds.get(system) ?? []).join("\n") + "\n");
      const res = spawnSync(process.execPath, [scorer, "mentions", dir, predPath, "--json"], { encoding: "utf8" });
      if (res.status !== 0) continue;
      const s = JSON.parse(res.stdout.trim().split("\n").pop()!) as { gold: number; pred: number; P: number; R: number; F1: number };
      out.push({ system, language, gold: s.gold, pred: s.pred, P: s.P, R: s.R, F1: s.F1 });
    }
  }
  return out;
}
