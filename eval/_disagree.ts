/**
 * Every disagreeing pair of every conflict the checked-in model makes (not run by `npm run eval`):
 * per pair, whether its two members are of one gold fact, their words-only score (what the verdict
 * trusts by), their full pair score, and the best path through a third member of the fact (the
 * weaker of its two links), so the evidence a true disagreement has and a false one lacks can be
 * read. In-sample on the training stories; never run it on eval/heldout.
 *
 *   node --import tsx eval/_disagree.ts [--extracted] CLUSTER_DIR...
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { mainThings, propertiesOf } from "../src/reconcile/property.js";
import { pairFeatures, sidesOf } from "../src/reconcile/pairs.js";
import { wordsScorer } from "../src/reconcile/words-only.js";
import { logit } from "../src/reconcile/model.js";
import { MODEL } from "../src/reconcile/weights.js";
import { extractedMentions, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const extracted = args.includes("--extracted");
const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n) + "…" : s).replace(/\s+/g, " ");
for (const dir of args.filter((a) => !a.startsWith("--"))) {
  const c = trainingCluster(dir);
  const reports = withCopies(c.reports);
  const mentions = extracted ? extractedMentions(c.reports) : c.mentions;
  const { facts } = reconcile({ reports, mentions });
  const { items } = prepare(reports, mentions, {});
  const props = propertiesOf(items, mainThings(items));
  const sides = sidesOf(items, props);
  const prop = (i: number) => {
    const p = props[i];
    return `thing=${p.thing} attr=${p.attribute} ev=${p.event} scope=${p.scope} per=${p.per} name=${p.name} meas=${p.measure ?? "-"} places=${p.places.join(",")} counted=${items[i].f.counted ?? ""}`;
  };
  const words = wordsScorer(items, [], MODEL, sides);
  const full = (i: number, j: number) => logit(MODEL, pairFeatures(sides[i], sides[j]));
  const at = new Map(items.map((it, i) => [`${it.m.source}@${it.m.start}@${it.m.end}`, i]));
  // gold fact of a figure: the gold mention overlapping it
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const end = new Map<string, number>(gm.map((g) => [`${g.source}@${g.start}`, g.end]));
  const spans: Array<{ source: string; start: number; end: number; fact: string; conflict: boolean }> = [];
  for (const f of gold) for (const m of f.members) spans.push({ source: m.source, start: m.start, end: end.get(`${m.source}@${m.start}`)!, fact: f.id, conflict: f.verdict === "conflict" });
  const goldOf = (m: { source: string; start: number; end: number }) => spans.find((s) => s.source === m.source && s.start < m.end && m.start < s.end);
  const text = new Map(reports.map((r) => [r.id, r.text]));
  for (const f of facts) {
    if (f.verdict !== "conflict" || f.reason?.verdict !== "conflict") continue;
    const idx = f.members.map((m) => at.get(`${m.source}@${m.start}@${m.end}`)!);
    console.log(`\n== ${basename(dir)} ${f.id} "${f.about}" ${f.members.length} members`);
    for (const d of f.reason.disagreements) {
      const [i, j] = [idx[d.a], idx[d.b]];
      const [ga, gb] = [goldOf(f.members[d.a]), goldOf(f.members[d.b])];
      const same = !!ga && ga.fact === gb?.fact;
      let path = -Infinity, via = -1;
      for (const k of idx) if (k !== i && k !== j) {
        const s = Math.min(full(i, k), full(k, j));
        if (s > path) (path = s), (via = k);
      }
      const ctx = (m: (typeof f.members)[number]) => {
        const t = text.get(m.source) ?? "";
        return short(t.slice(Math.max(0, m.start - 50), m.start) + "[[" + m.text + "]]" + t.slice(m.end, m.end + 30));
      };
      console.log(`  ${same ? (ga!.conflict ? "TRUE " : "same ") : "FALSE"} words ${words(i, j).toFixed(2)} full ${full(i, j).toFixed(2)} path ${path.toFixed(2)} via ${via >= 0 ? items[via].m.text : "-"} | ${ga?.fact ?? "-"} / ${gb?.fact ?? "-"}`);
      console.log(`     a ${f.members[d.a].source} ${ctx(f.members[d.a])}`);
      console.log(`       ${prop(i)}`);
      console.log(`     b ${f.members[d.b].source} ${ctx(f.members[d.b])}`);
      console.log(`       ${prop(j)}`);
    }
  }
}
