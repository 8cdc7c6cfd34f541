/**
 * Debug (not run by `npm run eval`): what dossier's own figures lose against the gold figures, LOCO,
 * in B-cubed as score.mjs counts it. Each extracted figure is aligned to the gold mentions it
 * overlaps: "ok" (same span and value), "span" (value matches as score.mjs judges, span differs),
 * "value" (kind, unit, value or date differs), "merged" (overlaps two gold figures or more),
 * "ignored" (overlaps only an `ignore` gold mention), "extra" (overlaps none); a gold figure no
 * extracted one overlaps is "missing". Then each class is repaired alone, from dossier's own
 * figures (the gold figure put in place of the extracted one, extras and ignored dropped, missing
 * ones added), every mix annotated as extraction annotates (its locale's words), and the B-cubed
 * and conflict F1 of each printed: the class's share of the loss between the modes. "all" repairs
 * every class (gold values with extraction's annotation); "gold" is gold mode as eval/_model.ts
 * runs it (annotated with English words). With --facts, every gold fact whose members' B-cubed
 * differs between the modes, with each member's class and group in both.
 *
 *   node --import tsx eval/_own.ts [CLUSTER_NAME_SUBSTRING...] [--facts]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { annotateContext } from "../src/extract/context.js";
import { chooseLanguage } from "../src/extract/language.js";
import { wordsFor } from "../src/extract/words.js";
import { withCopies } from "../src/app/copies.js";
import { fitModel, reconcile, trainingSet, type Model } from "../src/reconcile/index.js";
import type { Fact, Mention, Report } from "../src/types.js";
import { clusterDirs, extractedMentions, trainingCluster } from "./facts.js";

type Gold = Mention & { ignore?: boolean };
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const showFacts = args.includes("--facts");
const labelled = clusterDirs([]);
const clusters = labelled.map(trainingCluster);
const sets = trainingSet(clusters);
const f3 = (x: number) => x.toFixed(3);
const DAY = 86400000;

// score.mjs's valueMatches, on Mention fields
const close = (a: number | null, b: number | null) => a === b || (a != null && b != null && Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9);
function valueMatches(g: Gold, p: Mention): boolean {
  if (g.kind !== p.kind) return false;
  if (g.kind === "date") {
    if (!p.date?.start || !g.date?.start) return false;
    const [gs, ge, ps, pe] = [g.date.start, g.date.end, p.date.start, p.date.end].map((s) => Date.parse(`${s}T00:00:00Z`));
    const tol = Math.max(31 * DAY, 0.5 * (ge - gs));
    return ps <= ge && gs <= pe && Math.abs(ps - gs) <= tol && Math.abs(pe - ge) <= tol;
  }
  if ((g.kind === "money" || g.kind === "quantity") && String(p.unit ?? "").toUpperCase() !== String(g.unit).toUpperCase()) return false;
  return close(g.low, p.low ?? p.high) && close(g.high, p.high ?? p.low);
}
const over = (a: { source: string; start: number; end: number }, b: { source: string; start: number; end: number }) => a.source === b.source && a.start < b.end && b.start < a.end;
const bare = (m: Mention): Mention => ({ ...m, sentence: undefined, subject: undefined, speaker: undefined });

/** score.mjs facts, in process: per gold member, its landed predicted fact, B-cubed P and R. */
function score(goldFacts: Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>, gm: Gold[], facts: Fact[]) {
  const U = goldFacts.flatMap((f) => f.members.map((r) => ({ fact: f.id, m: gm.find((g) => g.source === r.source && g.start === r.start)! })));
  const landed = U.map(({ m }) => facts.findIndex((pf) => pf.members.some((pm) => over(m, pm))));
  const per = U.map((u, i) => {
    const sameGold = U.filter((v) => v.fact === u.fact).length;
    const samePred = landed[i] >= 0 ? landed.filter((x) => x === landed[i]).length : 1;
    const both = U.filter((v, j) => v.fact === u.fact && (landed[i] >= 0 ? landed[j] === landed[i] : j === i)).length;
    return { ...u, pred: landed[i], P: both / samePred, R: both / sameGold };
  });
  const P = per.reduce((a, x) => a + x.P, 0) / U.length,
    R = per.reduce((a, x) => a + x.R, 0) / U.length;
  let tp = 0,
    fp = 0,
    fn = 0;
  const flags = new Map<string, boolean>();
  for (const f of goldFacts) {
    const counts = new Map<number, number>();
    per.filter((x) => x.fact === f.id && x.pred >= 0).forEach((x) => counts.set(x.pred, (counts.get(x.pred) ?? 0) + 1));
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
    const flagged = n >= 2 && /^conflict/.test(facts[best].verdict);
    flags.set(f.id, flagged);
    if (f.verdict === "conflict") flagged ? tp++ : fn++;
    else if (flagged) fp++;
  }
  const cP = tp + fp ? tp / (tp + fp) : 0,
    cR = tp + fn ? tp / (tp + fn) : 0;
  return { flags, per, F1: (2 * P * R) / (P + R), cF1: cP + cR ? (2 * cP * cR) / (cP + cR) : 0, ctab: `${tp}/${fp}/${fn}` };
}

const CLASSES = ["missing", "value", "merged", "span", "extra", "ignored"] as const;
// fields of a figure aligned one to one, repaired alone: the counted noun, qualifier, period; "meta" drops statement, flags, tags
const FIELDS = ["unit", "qualifier", "per"] as const;
type Cls = (typeof CLASSES)[number] | "ok";
const totals = new Map<string, number>();

for (let at = 0; at < labelled.length; at++) {
  const dir = labelled[at];
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const c = clusters[at];
  const model: Model = fitModel(sets.filter((_, k) => k !== at));
  const reports: Report[] = withCopies(c.reports);
  const goldFacts = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8"));
  const gm: Gold[] = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const scored = gm.filter((g) => !g.ignore);
  const own = extractedMentions(c.reports);
  // each extracted figure's class, and the gold figures it stands for
  const clsOf: Cls[] = own.map((p) => {
    const gs = scored.filter((g) => over(g, p));
    if (!gs.length) return gm.some((g) => g.ignore && over(g, p)) ? "ignored" : "extra";
    if (gs.length > 1) return "merged";
    if (!valueMatches(gs[0], p)) return "value";
    return gs[0].start === p.start && gs[0].end === p.end ? "ok" : "span";
  });
  const missing = scored.filter((g) => !own.some((p) => over(g, p)));
  const goldOf = (p: Mention) => scored.filter((g) => over(g, p));
  // a mix: the figures of `fix` classes repaired, annotated per report as extraction would
  const mix = (fix: Set<string>): Mention[] => {
    const ms: Mention[] = [];
    own.forEach((p, i) => {
      const k = clsOf[i];
      const g = goldOf(p)[0];
      if (!fix.has(k) && g && (k === "ok" || k === "span")) {
        // a field of the gold figure in place of the extracted one's
        const q = bare(p);
        for (const f of FIELDS) if (fix.has(f)) (q as unknown as Record<string, unknown>)[f] = (g as unknown as Record<string, unknown>)[f] ?? null;
        if (fix.has("meta")) (q.statement = null), (q.flags = []), (q.tags = []);
        ms.push(q);
      } else if (!fix.has(k)) ms.push(bare(p));
      else if (k === "value" || k === "merged" || k === "span") for (const g of goldOf(p)) ms.push(bare({ ...g, language: p.language } as Mention));
    });
    if (fix.has("missing")) for (const g of missing) ms.push(bare(g));
    const seen = new Set<string>();
    const out: Mention[] = [];
    for (const r of c.reports) {
      const mine = ms.filter((m) => m.source === r.id && !seen.has(`${m.source}@${m.start}:${m.end}`) && seen.add(`${m.source}@${m.start}:${m.end}`)).sort((a, b) => a.start - b.start);
      out.push(...annotateContext(r.text, mine, wordsFor(chooseLanguage(undefined, r.text))));
    }
    return out;
  };
  const run = (ms: Mention[]) => score(goldFacts, gm, reconcile({ reports, mentions: ms, model }).facts);
  const G = run(c.mentions),
    E = run(own),
    E0 = run(mix(new Set()));
  const counts = Object.fromEntries([...CLASSES, "ok"].map((k) => [k, k === "missing" ? missing.length : clsOf.filter((x) => x === k).length]));
  console.log(`\n== ${basename(dir)}: gold ${f3(G.F1)}/${f3(G.cF1)} (${G.ctab})  extracted ${f3(E.F1)}/${f3(E.cF1)} (${E.ctab})${E0.F1 !== E.F1 ? `  re-annotated ${f3(E0.F1)}` : ""}`);
  console.log(
    `   figures: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  const rows: string[] = [];
  for (const k of CLASSES) {
    if (!counts[k]) continue;
    const r = run(mix(new Set([k])));
    totals.set(k, (totals.get(k) ?? 0) + r.F1 - E0.F1);
    rows.push(`${k} ${r.F1 - E0.F1 >= 0 ? "+" : ""}${f3(r.F1 - E0.F1)}${r.ctab !== E0.ctab ? ` (${r.ctab})` : ""}`);
  }
  for (const k of [...FIELDS, "meta"]) {
    const r = run(mix(new Set([k])));
    totals.set(k, (totals.get(k) ?? 0) + r.F1 - E0.F1);
    rows.push(`${k} ${r.F1 - E0.F1 >= 0 ? "+" : ""}${f3(r.F1 - E0.F1)}${r.ctab !== E0.ctab ? ` (${r.ctab})` : ""}`);
  }
  const A = run(mix(new Set([...CLASSES, ...FIELDS, "meta"])));
  totals.set("annotation", (totals.get("annotation") ?? 0) + G.F1 - A.F1);
  console.log(`   repaired alone (B3 Δ): ${rows.join(", ")};  all ${f3(A.F1)}/${f3(A.cF1)} (${A.ctab}), gold's English annotation ${G.F1 - A.F1 >= 0 ? "+" : ""}${f3(G.F1 - A.F1)}`);
  if (!showFacts) continue;
  const N = G.per.length;
  const status = (m: Gold) => {
    if (missing.includes(m)) return "missing";
    const i = own.findIndex((p) => over(m, p));
    return `${clsOf[i]}${clsOf[i] === "ok" ? "" : `:${JSON.stringify(own[i].text)} ${own[i].kind} ${own[i].low ?? JSON.stringify(own[i].date)}`}`;
  };
  for (const f of goldFacts) {
    const idx = G.per.map((x, i) => (x.fact === f.id ? i : -1)).filter((i) => i >= 0);
    const d = idx.reduce((a, i) => a + (E.per[i].P + E.per[i].R - G.per[i].P - G.per[i].R) / 2, 0) / N;
    const fl = G.flags.get(f.id) !== E.flags.get(f.id) ? `, flagged ${G.flags.get(f.id)} → ${E.flags.get(f.id)}` : "";
    if (Math.abs(d) < 1e-6 && !fl) continue;
    console.log(`   ${f.id} (${f.verdict}) Δ≈${f3(d)}${fl}`);
    for (const i of idx) console.log(`      ${G.per[i].m.source}@${G.per[i].m.start} ${JSON.stringify(G.per[i].m.text)}  group gold ${G.per[i].pred} own ${E.per[i].pred}  ${status(G.per[i].m)}`);
  }
}
console.log(`\nsum over clusters, B3 gained by repairing each class alone: ${[...totals].map(([k, v]) => `${k} ${f3(v)}`).join(", ")}`);
