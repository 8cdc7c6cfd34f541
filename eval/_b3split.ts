/**
 * Debug (not run by `npm run eval`): each eval/read story's B-cubed split into precision and
 * recall, from gold and from extracted mentions, with the checked-in model, as
 * ../shared/eval/score.mjs computes it (only gold facts' figures count; a gold figure dossier did
 * not extract is a group of its own), and how many gold figures extraction missed.
 *
 *   node --import tsx eval/_b3split.ts [NAME_SUBSTRING...]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { extractedMentions, goldMentions, loadReports, readDirs } from "./facts.js";

const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
type Ref = { source: string; start: number; end: number };
const f2 = (x: number) => x.toFixed(2);
for (const dir of readDirs()) {
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const reports = loadReports(dir);
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; members: Array<{ source: string; start: number }> }>;
  const universe = gold.flatMap((f) => f.members.map((r) => ({ m: gm.find((g) => g.source === r.source && g.start === r.start) as Ref, fact: f.id })));
  const row: string[] = [];
  for (const mode of ["gold", "ext"] as const) {
    const mentions = mode === "gold" ? goldMentions(dir, reports) : extractedMentions(reports);
    const { facts } = reconcile({ reports: withCopies(reports), mentions });
    const landed = universe.map(({ m }) => facts.findIndex((pf) => pf.members.some((pm) => pm.source === m.source && m.start < pm.end && pm.start < m.end)));
    let P = 0, R = 0, singles = 0;
    universe.forEach((u, i) => {
      const sameGold = universe.map((v) => v.fact === u.fact);
      const samePred = universe.map((_, j) => (landed[i] >= 0 ? landed[j] === landed[i] : j === i));
      const both = sameGold.filter((x, j) => x && samePred[j]).length;
      P += both / samePred.filter(Boolean).length;
      R += both / sameGold.filter(Boolean).length;
      // a gold figure dossier did not extract is a group of its own to the scorer
      if (landed[i] < 0) singles++;
    });
    const n = universe.length;
    P /= n; R /= n;
    const F = (2 * P * R) / (P + R);
    row.push(`${mode} F ${f2(F)} P ${f2(P)} R ${f2(R)} miss ${singles}/${n}`);
  }
  console.log(`${basename(dir).slice(0, 14).padEnd(14)} ${row.join("   ")}`);
}
