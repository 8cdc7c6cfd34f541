/**
 * Debug (not run by `npm run eval`): where the members of each gold fact the scorer gets wrong
 * land, LOCO as score.mjs reads it (the predicted fact holding most of a gold fact's members;
 * flagged when its verdict starts with "conflict"): for each missed conflict and each false one,
 * every gold member with its value and the predicted fact it lies in (size, verdict, label), then
 * the members of the fact the scorer read. From gold figures, or with --extracted from dossier's
 * own (a gold member lands where a predicted figure overlaps it). With --held, the checked-in
 * weights score the held-out stories' aggregate only (no member printed: they are a gate only),
 * which tells a feature's own effect there from the refit's. With --read, the eval/read stories
 * (out of every fit, but read to find classes of error) under the checked-in weights, member by member.
 *
 *   node --import tsx eval/_landed.ts [CLUSTER_NAME_SUBSTRING...] [--extracted]
 *   node --import tsx eval/_landed.ts --read [--extracted]
 *   node --import tsx eval/_landed.ts --held
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractedMentions, goldMentions, heldoutDirs, leftOut, loadReports, readDirs, scoreFacts } from "./facts.js";

const args = process.argv.slice(2);
if (args.includes("--held")) {
  for (const mode of ["extracted", "gold"]) {
    const out = heldoutDirs().map((d) => {
      const r = loadReports(d);
      const s = JSON.parse(scoreFacts(d, r, mode === "extracted" ? extractedMentions(r) : goldMentions(d, r)).out);
      return `${basename(d).slice(0, 8)} ${s.bcubed.F1.toFixed(2)}/${s.conflicts.F1.toFixed(2)} (${s.conflicts.tp}/${s.conflicts.fp}/${s.conflicts.fn})`;
    });
    console.log(`held ${mode} (checked-in weights): ${out.join("  ")}`);
  }
  process.exit(0);
}
const extracted = args.includes("--extracted");
const names = args.filter((a) => !a.startsWith("--"));
type Gold = { source: string; start: number; end: number; text: string; low?: number | null; date?: unknown; qualifier?: string | null };
// --read: the eval/read stories (out of every fit, read to find classes of error) with the checked-in weights, not LOCO
const stories = args.includes("--read")
  ? readDirs().map((dir) => {
      const r = loadReports(dir);
      return { dir, facts: scoreFacts(dir, r, extracted ? extractedMentions(r) : goldMentions(dir, r)).facts };
    })
  : leftOut(names, extracted);
for (const { dir, facts } of stories) {
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const at = new Map<string, Gold>();
  for (const l of readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n")) if (l.trim()) {
    const g = JSON.parse(l) as Gold;
    at.set(`${g.source}@${g.start}`, g);
  }
  for (const f of gold) {
    const ms = f.members.map((m) => at.get(`${m.source}@${m.start}`)!);
    const landed = ms.map((g) => facts.findIndex((pf) => pf.members.some((pm) => pm.source === g.source && pm.start < g.end && g.start < pm.end)));
    const counts = new Map<number, number>();
    for (const x of landed) if (x >= 0) counts.set(x, (counts.get(x) ?? 0) + 1);
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
    const flagged = n >= 2 && facts[best].verdict.startsWith("conflict");
    if ((f.verdict === "conflict") === flagged) continue;
    console.log(`\n${basename(dir)} ${f.id}: ${flagged ? "FALSE" : "MISSED"}, read in #${best} (${n} of ${ms.length} members)`);
    ms.forEach((g, k) => {
      const pf = facts[landed[k]];
      const value = g.low ?? JSON.stringify(g.date);
      console.log(`  ${g.source} ${JSON.stringify(g.text)} ${value}${g.qualifier ? ` ${g.qualifier}` : ""} -> ${pf ? `#${landed[k]} [${pf.members.length}] ${pf.verdict} "${pf.about}"` : "not extracted"}`);
    });
    if (best >= 0) console.log(`  #${best} holds ${facts[best].members.map((m) => `${m.source}:${JSON.stringify(m.text)}`).join(" ")}`);
  }
}
