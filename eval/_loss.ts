/**
 * Debug (not run by `npm run eval`): where a cluster's B-cubed is lost, LOCO, as score.mjs counts
 * it (over gold fact members only). 1 − R is the sum over pairs of one gold fact left in two
 * predicted facts (each pair weighs 2 / (|gold fact| · N)), 1 − P the sum over pairs of two gold
 * facts in one predicted fact (2 / (|predicted fact's gold members| · N)). Each pair is put in one
 * class, the first that fits: for a pair left apart "not extracted", "one report" (a figure of the
 * other's report, or its copy, already sits in the other's group), "language" (the two reports'
 * languages differ), "change" (one is a change, the other a level), "scope", "attribute",
 * "thing" (their things differ, or one has none), else "score"; for a pair joined "same
 * property" (thing, attribute and scope alike) or "differ" (what differs). Prints each class's
 * share of the loss, and with --pairs every pair with its full-model log-odds.
 *
 *   node --import tsx eval/_loss.ts [CLUSTER_NAME_SUBSTRING...] [--extracted] [--pairs]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { prepare } from "../src/reconcile/prepare.js";
import { propertiesOf, type Prop } from "../src/reconcile/property.js";
import { pairFeatures, sidesOf } from "../src/reconcile/pairs.js";
import { logit } from "../src/reconcile/model.js";
import { fitModel, reconcile, trainingSet } from "../src/reconcile/index.js";
import type { Mention } from "../src/types.js";
import { clusterDirs, extractedMentions, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const extracted = args.includes("--extracted"), showPairs = args.includes("--pairs");
const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
const total = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const f3 = (x: number) => x.toFixed(3);

for (let at = 0; at < labelled.length; at++) {
  const dir = labelled[at];
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const c = clusters[at];
  const model = fitModel(sets.filter((_, k) => k !== at));
  const reports = withCopies(c.reports);
  const mentions: Mention[] = extracted ? extractedMentions(c.reports) : c.mentions;
  const { facts } = reconcile({ reports, mentions, model });
  const { items } = prepare(reports, mentions);
  const props = propertiesOf(items);
  const sides = sidesOf(items, props);
  const itemAt = new Map(items.map((it, k) => [`${it.m.source}@${it.m.start}`, k]));
  const copyOf = new Map(reports.map((r) => [r.id, r.copyOf ?? r.id]));
  const lang = new Map(reports.map((r) => [r.id, (r.language ?? "?").split("-")[0]]));
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; members: Array<{ source: string; start: number }> }>;
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const endOf = new Map<string, number>(gm.map((g) => [`${g.source}@${g.start}`, g.end]));
  // the universe: every gold member, its gold fact, the predicted fact it landed in and the predicted mention there
  const U: Array<{ fact: string; source: string; start: number; text: string; pred: number; item: number }> = [];
  for (const f of gold)
    for (const m of f.members) {
      const end = endOf.get(`${m.source}@${m.start}`)!;
      let pred = -1, item = -1;
      for (let k = 0; k < facts.length && pred < 0; k++) {
        const pm = facts[k].members.find((x) => x.source === m.source && x.start < end && m.start < x.end);
        if (pm) (pred = k), (item = itemAt.get(`${pm.source}@${pm.start}`) ?? -1);
      }
      const text = c.reports.find((r) => r.id === m.source)!.text.slice(m.start, end);
      U.push({ fact: f.id, source: m.source, start: m.start, text, pred, item });
    }
  const N = U.length;
  const predSize = new Map<number, number>(), goldSize = new Map<string, number>();
  for (const u of U) add(goldSize as Map<string, number>, u.fact, 1), u.pred >= 0 && predSize.set(u.pred, (predSize.get(u.pred) ?? 0) + 1);
  const rLoss = new Map<string, number>(), pLoss = new Map<string, number>();
  const lines: string[] = [];
  const sameValue = (x: number, y: number) => {
    const [m, n] = [items[x]?.m, items[y]?.m];
    return !!m && !!n && m.low === n.low && m.high === n.high && JSON.stringify(m.date) === JSON.stringify(n.date);
  };
  const prop = (k: number): Prop | null => (k >= 0 ? props[k] : null);
  for (let i = 0; i < N; i++)
    for (let j = i + 1; j < N; j++) {
      const a = U[i], b = U[j];
      const same = a.pred >= 0 && a.pred === b.pred;
      if (a.fact === b.fact && same) continue;
      if (a.fact !== b.fact && !same) continue;
      const pa = prop(a.item), pb = prop(b.item);
      const score = a.item >= 0 && b.item >= 0 ? logit(model, pairFeatures(sides[a.item], sides[b.item])) : NaN;
      let cls: string, w: number;
      if (a.fact === b.fact) {
        w = 2 / (goldSize.get(a.fact)! * N);
        const groupOf = (u: typeof a) => (u.pred >= 0 ? U.filter((v) => v.pred === u.pred) : [u]);
        // a figure of u's report (or its copy) with another value in group g: the one-report rule keeps u out
        const clash = (u: typeof a, g: typeof U) => g.find((v) => v !== u && copyOf.get(v.source) === copyOf.get(u.source) && !sameValue(u.item, v.item));
        const by = clash(a, groupOf(b)) ?? clash(b, groupOf(a));
        if (!pa || !pb) cls = "not extracted";
        else if (by) cls = by.fact === a.fact ? "one report, own fact" : "one report, other fact";
        else if (lang.get(a.source) !== lang.get(b.source)) cls = "language";
        else if ((pa.change ?? null) !== (pb.change ?? null)) cls = "change";
        else if (pa.scope !== pb.scope) cls = "scope";
        else if (pa.attribute !== pb.attribute) cls = "attribute";
        else if (!pa.thing || !pb.thing || pa.thing !== pb.thing) cls = "thing";
        else cls = "score";
        add(rLoss, cls, w);
      } else {
        w = 2 / (predSize.get(a.pred)! * N);
        const diff = [pa!.thing !== pb!.thing && "thing", pa!.attribute !== pb!.attribute && "attribute", pa!.scope !== pb!.scope && "scope", (pa!.change ?? null) !== (pb!.change ?? null) && "change"].filter(Boolean);
        cls = diff.length ? `differ: ${diff.join("+")}` : "same property";
        add(pLoss, cls, w);
      }
      if (showPairs) {
        const d = (p: Prop | null) => (p ? `${p.thing}/${p.attribute}/${p.scope ?? "-"}/${p.change ?? "-"}` : "-");
        lines.push(`  ${a.fact === b.fact ? "apart" : "joined"} ${cls.padEnd(18)} ${f3(w)} ${a.fact}:${a.source}:${JSON.stringify(a.text)}[${lang.get(a.source)} ${d(pa)}] ~ ${b.fact}:${b.source}:${JSON.stringify(b.text)}[${lang.get(b.source)} ${d(pb)}] full ${score.toFixed(2)}`);
      }
    }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  const rl = sum(rLoss), pl = sum(pLoss), P = 1 - pl, R = 1 - rl;
  console.log(`\n== ${basename(dir)}${extracted ? " (extracted)" : ""}: B3 P ${f3(P)} R ${f3(R)} F1 ${f3((2 * P * R) / (P + R))} (N ${N})`);
  const row = (m: Map<string, number>, tag: string) => [...m].sort((x, y) => y[1] - x[1]).map(([k, v]) => (add(total, `${tag} ${k}`, v), `${k} ${f3(v)}`)).join(", ");
  console.log(`  recall lost ${f3(rl)}: ${row(rLoss, "apart")}`);
  console.log(`  precision lost ${f3(pl)}: ${row(pLoss, "joined")}`);
  for (const l of lines.sort()) console.log(l);
}
console.log(`\nsum over clusters: ${[...total].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${f3(v)}`).join(", ")}`);
