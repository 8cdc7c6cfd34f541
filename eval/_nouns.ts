/**
 * The words a briefing names its things with (not run by `npm run eval`): every fact label of the
 * read and held-out stories (dossier's own figures, shipped model, as `dossier brief` reconciles
 * them), and with `--counts` every count's counted noun (`unit`) as extraction gives it, with the
 * words after the figure, by language. For reading labels and nouns before and after a change.
 *
 *   node --import tsx eval/_nouns.ts [story…] [--counts] [--all]
 *
 * --all: the dev corpus and eval/clusters too (counts only).
 * @module
 */
import { basename } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { extract } from "../src/extract/index.js";
import { reconcile } from "../src/reconcile/index.js";
import { clusterDirs, heldoutDirs, loadReports, readDirs } from "./facts.js";

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const counts = args.includes("--counts");
const dirs = [...(args.includes("--all") ? clusterDirs([]) : []), ...heldoutDirs(), ...readDirs()].filter((d) => !only.length || only.some((o) => basename(d).includes(o)));
for (const dir of dirs) {
  const reports = loadReports(dir);
  const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));
  console.log(`== ${basename(dir)}`);
  if (counts) {
    const text = new Map(reports.map((r) => [r.id, r.text]));
    const lang = new Map(reports.map((r) => [r.id, r.language ?? "?"]));
    for (const m of mentions) {
      if (m.kind !== "count") continue;
      const after = (text.get(m.source) ?? "").slice(m.end, m.end + 30).replace(/\s+/g, " ");
      console.log(`  ${lang.get(m.source)} ${JSON.stringify(m.unit)} | ${m.text} | ${after}`);
    }
    continue;
  }
  const { facts } = reconcile({ reports: withCopies(reports), mentions });
  for (const f of facts) console.log(`  ${f.about}`);
}
