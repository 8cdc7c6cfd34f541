/**
 * Debug (not run by `npm run eval`): the two ways a fact's figures stay apart that no single fix
 * named. `--groups` (default): under each cluster's leave-one-out model, from gold mentions, every
 * pair of final groups of one block, one gold fact (both groups' most-held gold fact is one) or
 * two, counted by which property fields the groups' majorities agree on (attribute, thing, event,
 * scope, rate, counted noun, clause measure) and whether their values lie within a factor of two
 * (pairs.ts farApart): how many split facts a second pass joining "groups of one property" would
 * reach, against how many sibling facts it would join. `--across`: the training pairs whose two
 * figures are of two languages, per cluster, with how many are one fact and how well each
 * language-free comparison tells those from the rest (area under the ROC curve), and how many of
 * those one-fact pairs name one attribute and one event. `--coverage`: per language, over the gold
 * figures of every labelled cluster, the share whose property each locale's words read (attribute
 * of a non-date figure, event of a date, scope, clause measure, contrast, moving, whole area), and
 * the same over the sentences of extraction's locale tests (test/extract/locales, written for
 * extraction, not for this: every language, one figure each, read from dossier's own extraction).
 * `--ranked`: two comparisons that need no word two languages share, over the training pairs of
 * two reports in one block, split by one language or two and by values that meet or not: how
 * many pairs of one fact and of two are each other's most alike figure of the block in their
 * reports (by the words' cosine: a ranking, not a level), and how many have a figure of another
 * block of the same value in both their sentences (a date or a sum both sentences state).
 *
 *   node --import tsx eval/_apart.ts [--groups] [--across] [--coverage [--sentences]] [--ranked]
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extract } from "../src/extract/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { propertiesOf } from "../src/reconcile/property.js";
import type { Report } from "../src/types.js";
import { fitModel, trainingSet } from "../src/reconcile/index.js";
import { link } from "../src/reconcile/link.js";
import { blockOf, valueGap } from "../src/reconcile/values.js";
import { FEATURES, farApart, pairFeatures } from "../src/reconcile/pairs.js";
import { most, pooledOf } from "../src/reconcile/groups.js";
import { wholeArea } from "../src/reconcile/own-clause.js";
import { localeFor } from "../src/reconcile/locale.js";
import type { Item } from "../src/reconcile/similarity.js";
import type { Prop } from "../src/reconcile/property.js";
import { cosine } from "../src/reconcile/similarity.js";
import { clusterDirs, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const labelled = clusterDirs([]);
const sets = trainingSet(labelled.map(trainingCluster));
const short = (k: number) => basename(labelled[k]).slice(0, 10);

/** Area under the ROC curve of one score over positives and negatives (ties count half). */
function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0;
  return s / (pos.length * neg.length || 1);
}

if (args.includes("--across")) {
  const at = (f: string) => FEATURES.indexOf(f as never);
  const L = at("langDiff"), shown = ["valueMeet", "words", "cueOverlap", "attrSame", "eventSame", "countedSame", "sameValueAcross"];
  sets.forEach((s, k) => {
    const pos: Float64Array[] = [], neg: Float64Array[] = [];
    s.X.forEach((x, i) => x[L] && (s.y[i] ? pos : neg).push(x));
    if (!pos.length && !neg.length) return;
    const aucs = shown.map((f) => `${f} ${auc(pos.map((x) => x[at(f)]), neg.map((x) => x[at(f)])).toFixed(2)}`);
    const named = (f: string) => pos.filter((x) => x[at(f)]).length;
    console.log(`${short(k)} pairs ${s.X.length}, across languages ${pos.length + neg.length} (one fact ${pos.length}: attrSame ${named("attrSame")}, eventSame ${named("eventSame")}); AUC ${aucs.join(", ")}`);
  });
}

if (args.includes("--coverage")) {
  // per language: [figures, of them read] for each field; a field counts only figures it can name
  const FIELDS = ["attribute", "event", "scope", "measure", "contrast", "moving", "whole"] as const;
  const tally = new Map<string, Map<string, [number, number]>>();
  const add = (lang: string, f: string, yes: boolean) => {
    const t = tally.get(lang) ?? tally.set(lang, new Map()).get(lang)!;
    const c = t.get(f) ?? t.set(f, [0, 0]).get(f)!;
    c[0]++;
    if (yes) c[1]++;
  };
  const tests = "test/extract/locales";
  const CALL = /expectFigure\("(\w+)", "((?:[^"\\]|\\.)*)", \{ text: "((?:[^"\\]|\\.)*)"/g;
  const sentences: Array<{ X: unknown; items: Item[]; props: Prop[] }> = [];
  for (const f of readdirSync(tests).filter((f) => f.endsWith(".test.ts")))
    for (const [, lang, text, figure] of readFileSync(join(tests, f), "utf8").matchAll(CALL)) {
      const t = JSON.parse(`"${text}"`) as string, fig = JSON.parse(`"${figure}"`) as string;
      const r: Report = { id: "t", text: t, published: "2024-03-15", publisher: null, url: null, language: lang, title: null, hash: "t" };
      const ms = extract(t, { language: lang, published: r.published, source: "t" }).filter((m) => m.text === fig);
      if (!ms.length) continue;
      const { items } = prepare([r], ms);
      sentences.push({ X: null, items, props: propertiesOf(items) });
    }
  const all = args.includes("--sentences") ? sentences : sets;
  for (const s of all)
    s.items.forEach((it, i) => {
      const lang = it.lang ?? "?", p = s.props[i], date = it.m.kind === "date";
      if (date) add(lang, "event", !!p.event);
      else add(lang, "attribute", !!p.attribute);
      add(lang, "scope", !!p.scope);
      add(lang, "measure", !!p.measure);
      add(lang, "contrast", it.f.contrast);
      add(lang, "moving", it.f.moving);
      if (!date && it.m.kind !== "duration") add(lang, "whole", wholeArea(it.text ?? "", it.m, localeFor(it.lang)));
    });
  console.log(`| language | figures | ${FIELDS.join(" | ")} |`);
  console.log(`|---|---|${FIELDS.map(() => "---").join("|")}|`);
  for (const [lang, t] of [...tally].sort((a, b) => b[1].get("scope")![0] - a[1].get("scope")![0])) {
    const cell = (f: string) => {
      const [n, y] = t.get(f) ?? [0, 0];
      return n ? `${((100 * y) / n).toFixed(0)} % (${y}/${n})` : "-";
    };
    console.log(`| ${lang} | ${t.get("scope")![0]} | ${FIELDS.map(cell).join(" | ")} |`);
  }
}

if (args.includes("--ranked")) {
  const MEET = FEATURES.indexOf("valueMeet");
  const key = (i: Item) => `${i.m.kind}|${i.m.low}|${i.m.high}|${i.m.date?.start}|${i.m.date?.end}`;
  // per row: one fact [pairs, mutual best, a shared value beside], two facts the same
  const rows = new Map<string, number[]>();
  sets.forEach((s, k) => {
    const blocks = new Map<string, number[]>();
    s.items.forEach((it, i) => (blocks.get(blockOf(it.m)) ?? blocks.set(blockOf(it.m), []).get(blockOf(it.m))!).push(i));
    // the values of each figure's sentence that lie in other blocks
    const beside = s.items.map(() => new Set<string>());
    const bySentence = new Map<string, number[]>();
    s.items.forEach((it, i) => it.m.sentence && (bySentence.get(`${it.report}|${it.m.sentence[0]}`) ?? bySentence.set(`${it.report}|${it.m.sentence[0]}`, []).get(`${it.report}|${it.m.sentence[0]}`)!).push(i));
    for (const idx of bySentence.values()) for (const i of idx) for (const j of idx) if (blockOf(s.items[j].m) !== blockOf(s.items[i].m)) beside[i].add(key(s.items[j]));
    for (const idx of blocks.values()) {
      // each figure's most alike figure of the block in every other report
      const best = idx.map((i) => {
        const top = new Map<number, [number, number]>();
        for (const j of idx) {
          const r = s.items[j].report, c = cosine(s.items[i].vec, s.items[j].vec);
          if (r !== s.items[i].report && !(c <= (top.get(r)?.[1] ?? -1))) top.set(r, [j, c]);
        }
        return top;
      });
      for (let a = 0; a < idx.length; a++)
        for (let b = a + 1; b < idx.length; b++) {
          const i = idx[a], j = idx[b];
          if (s.items[i].report === s.items[j].report) continue;
          const mutual = best[a].get(s.items[j].report)?.[0] === j && best[b].get(s.items[i].report)?.[0] === i;
          let shared = false;
          for (const v of beside[i]) if (beside[j].has(v)) shared = true;
          const one = s.fact[i] !== null && s.fact[i] === s.fact[j];
          const row = `${short(k)} ${s.items[i].lang === s.items[j].lang ? "one language" : "two languages"}, values ${pairFeatures(s.sides[i], s.sides[j])[MEET] ? "meet" : "apart"}`;
          const t = rows.get(row) ?? rows.set(row, [0, 0, 0, 0, 0, 0]).get(row)!;
          const o = one ? 0 : 3;
          t[o]++;
          if (mutual) t[o + 1]++;
          if (shared) t[o + 2]++;
        }
    }
  });
  const pc = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(0)} %` : "-");
  console.log("| cluster, pairs | one fact: pairs, mutual best, value beside | two facts: pairs, mutual best, value beside |");
  for (const [row, t] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`| ${row} | ${t[0]}, ${pc(t[1], t[0])}, ${pc(t[2], t[0])} | ${t[3]}, ${pc(t[4], t[3])}, ${pc(t[5], t[3])} |`);
}

if (!(args.includes("--across") || args.includes("--coverage") || args.includes("--ranked")) || args.includes("--groups")) {
  const FIELDS = ["attribute", "thing", "event", "scope", "per", "counted", "measure"] as const;
  const tally = new Map<string, [number, number]>();
  const count = (key: string, one: boolean) => {
    const t = tally.get(key) ?? tally.set(key, [0, 0]).get(key)!;
    t[one ? 0 : 1]++;
  };
  sets.forEach((s, k) => {
    const model = fitModel(sets.filter((_, j) => j !== k));
    const byBlock = new Map<string, number[][]>();
    for (const g of link(s.items, s.props, model, s.texts, s.sides)) {
      const key = blockOf(s.items[g[0]].m);
      (byBlock.get(key) ?? byBlock.set(key, []).get(key)!).push(g);
    }
    const major = (g: number[], f: (typeof FIELDS)[number]) => most(g, (i) => s.sides[i][f]) ?? 0;
    for (const gs of byBlock.values())
      for (let a = 0; a < gs.length; a++)
        for (let b = a + 1; b < gs.length; b++) {
          const A = gs[a], B = gs[b], fa = most(A, (i) => s.fact[i]), fb = most(B, (i) => s.fact[i]);
          if (!fa && !fb) continue;
          const one = !!fa && fa === fb, kind = s.items[A[0]].m.kind;
          let near = true;
          for (const i of A) for (const j of B) if (farApart(kind, valueGap(kind, s.items[i].reading, s.items[j].reading))) near = false;
          const same = FIELDS.filter((f) => major(A, f) === major(B, f));
          const named = pooledOf(A, s.sides).attribute !== 0;
          count("every pair", one);
          const all = same.length === FIELDS.length && named;
          const allButThing = FIELDS.every((f) => f === "thing" || same.includes(f)) && named;
          if (all) count("one property (all seven, attribute named)", one);
          if (all && near) count("  and values within a factor of two", one);
          if (allButThing) count("one property but the thing", one);
          if (allButThing && near) count("  and values within a factor of two", one);
          if (one) {
            const differ = FIELDS.filter((f) => !same.includes(f));
            console.log(`${short(k)} ${fa}${s.conflicts.has(fa!) ? " (conflict)" : ""}: groups of ${A.length} and ${B.length}, ${near ? "values near" : "values far"}, differ in ${differ.join(" ") || "nothing"}${named ? "" : ", no attribute"}`);
          }
        }
  });
  for (const [key, [one, two]] of tally) console.log(`${key}: one fact ${one}, two facts ${two}`);
}
