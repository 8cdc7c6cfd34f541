/**
 * Debug (not run by `npm run eval`): the predicted conflicts of training clusters reconciled
 * leave-one-cluster-out (gold mentions, or `--extracted`), each with its members, their credits
 * and whether its members are of one gold fact.
 *
 *   node --import tsx eval/_loco_conf.ts NAME [--extracted]
 * @module
 */
import { speakerKey } from "../src/reconcile/origins.js";
import { leftOut } from "./facts.js";

const extracted = process.argv.includes("--extracted"), all = process.argv.includes("--all");
const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const { c, facts } of leftOut(names, extracted)) {
  const gold = new Map(c.mentions.map((m, k) => [`${m.source}@${m.start}`, c.fact[k]]));
  const goldOf = (m: { source: string; start: number; end: number }) => {
    for (const x of c.mentions) if (x.source === m.source && x.start < m.end && m.start < x.end) return gold.get(`${x.source}@${x.start}`) ?? "-";
    return "?";
  };
  for (const f of facts.filter((f) => all || f.verdict === "conflict"))
    console.log(`${c.name} ${f.verdict} ${f.about ?? ""} :: ${f.members.map((m) => `${m.source}:${m.text}[${goldOf(m)}|${speakerKey(m.speaker) ?? ""}]`).join(", ")}`);
}
