/**
 * Debug (not run by `npm run eval`): every disagreeing pair that makes a predicted conflict, LOCO,
 * each marked by whether its two members belong to one gold fact ("same") or not ("CROSS"), with
 * both contexts: to sort the false conflicts' pairs by class across all clusters at once.
 *
 *   node --import tsx eval/_pairs_conf.ts [CLUSTER_NAME_SUBSTRING...] [--extracted]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { leftOut } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const flat = (s: string) => s.replace(/\s+/g, " ");
for (const { dir, c, facts } of leftOut(names, args.includes("--extracted"))) {
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; members: Array<{ source: string; start: number }> }>;
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const spans = new Map<string, number>(gm.map((g) => [`${g.source}@${g.start}`, g.end]));
  const goldOf = (pm: { source: string; start: number; end: number }) => {
    for (const f of gold) for (const m of f.members) if (m.source === pm.source && m.start < pm.end && pm.start < spans.get(`${m.source}@${m.start}`)!) return f.id;
    return "-";
  };
  const text = new Map(c.reports.map((r) => [r.id, r.text ?? ""]));
  const ctx = (pm: { source: string; start: number; end: number; text: string }) => {
    const t = text.get(pm.source)!;
    return flat(t.slice(Math.max(0, pm.start - 70), pm.start) + "[[" + pm.text + "]]" + t.slice(pm.end, pm.end + 50));
  };
  console.log(`\n======== ${basename(dir)}`);
  for (const f of facts) {
    if (f.verdict !== "conflict" || f.reason?.verdict !== "conflict") continue;
    console.log(`-- fact ${f.id} (${f.members.length} members)`);
    for (const d of f.reason.disagreements) {
      const a = f.members[d.a], b = f.members[d.b];
      const ga = goldOf(a), gb = goldOf(b);
      console.log(`  ${ga === gb && ga !== "-" ? "same " : "CROSS"} ${ga} / ${gb}`);
      console.log(`     ${a.source} ${ctx(a)}`);
      console.log(`     ${b.source} ${ctx(b)}`);
    }
  }
}
