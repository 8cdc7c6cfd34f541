/**
 * Debug (not run by `npm run eval`): for each gold conflict the shipped model misses on eval/read
 * (or the given story names), the groups its members fall into before the join pass, and for each
 * pair of those groups the first thing that kept the join pass (join.ts joinRivals, model.join)
 * from joining them: kind, block, a rule, the score, the value gap, values that meet, a clash,
 * the margin, neither agreeing. From dossier's own figures (`--gold`: the gold ones).
 *
 *   node --import tsx eval/_join_why.ts [--gold] [NAME...]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractedMentions, goldMentions, loadReports, readDirs } from "./facts.js";
import { withCopies } from "../src/app/copies.js";
import { prepare } from "../src/reconcile/prepare.js";
import { judgedOf } from "../src/reconcile/judge.js";
import { mainThings, propertiesOf } from "../src/reconcile/property.js";
import { sidesOf } from "../src/reconcile/pairs.js";
import { link } from "../src/reconcile/link.js";
import { groupWords, wordsScorer } from "../src/reconcile/words-only.js";
import { apartIn, trustedIn } from "../src/reconcile/trust.js";
import { verdictOf } from "../src/reconcile/verdict.js";
import { joinEvidence, joinRivals } from "../src/reconcile/join.js";
import { blockOf } from "../src/reconcile/values.js";
import { clash } from "../src/reconcile/clash.js";
import { speakerKey } from "../src/reconcile/origins.js";
import { MODEL } from "../src/reconcile/weights.js";
import { reconcile } from "../src/reconcile/index.js";
import type { Mention } from "../src/types.js";

const args = process.argv.slice(2);
const gold = args.includes("--gold");
const names = args.filter((a) => !a.startsWith("--"));
const model = MODEL, rule = model.join!;
type GoldFact = { id: string; verdict: string; members: Array<{ source: string; start: number }> };
for (const dir of readDirs()) {
  if (names.length && !names.some((n) => basename(dir).includes(n))) continue;
  const reports = withCopies(loadReports(dir));
  const gms = goldMentions(dir, reports);
  const gfacts = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as GoldFact[];
  const goldOf = new Map<Mention, string>();
  for (const f of gfacts) for (const g of f.members) {
    const m = gms.find((x) => x.source === g.source && x.start === g.start);
    if (m) goldOf.set(m, f.id);
  }
  const mentions = gold ? gms : extractedMentions(reports);
  const factOfM = (m: Mention) => {
    for (const [g, id] of goldOf) if (g.source === m.source && g.start < m.end && m.start < g.end) return id;
    return null;
  };
  const copies = new Map<string, string>();
  for (const r of reports) if (r.copyOf) copies.set(r.id, r.copyOf);
  const { items, all, texts, times, byReport } = prepare(reports, mentions, {});
  const judged = judgedOf(items, all, copies, times, byReport);
  const sides = sidesOf(items, propertiesOf(items, mainThings(items)));
  const groups = link(items, [], model, texts, sides);
  const words = wordsScorer(items, [], model, sides);
  const agrees = (g: number[]) => {
    const two = apartIn(g, sides);
    const tie = trustedIn(g, sides, words, model.trust ?? 0, two);
    return verdictOf(g.map((i) => judged[i]), (x, y) => tie(g[x], g[y]), (x, y) => two(g[x], g[y])).verdict !== "conflict";
  };
  const gw = groupWords(items, sides, model.attach!);
  const fid = items.map((it) => factOfM(it.m));
  const after = joinRivals(groups, items, sides, gw, model, agrees, rule);
  const final = reconcile({ reports, mentions, model }).facts;
  // each group's best two scores in its block, as joinRivals reads them
  const top = new Map<number, number[]>();
  const score = new Map<string, ReturnType<typeof joinEvidence>>();
  const byBlock = new Map<string, number[]>();
  groups.forEach((g, k) => {
    if (items[g[0]].m.kind === "date") return;
    const b = blockOf(items[g[0]].m);
    (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(k);
  });
  for (const ks of byBlock.values())
    for (let a = 0; a < ks.length; a++)
      for (let b = a + 1; b < ks.length; b++) {
        const e = joinEvidence(groups[ks[a]], groups[ks[b]], items, sides, gw, model)!;
        score.set(`${ks[a]},${ks[b]}`, e);
        if (e.ruleApart > 0) continue;
        const s = e.groupScore - (rule.gapWeight ?? 0) * (e.gap ?? 0);
        for (const k of [ks[a], ks[b]]) (top.get(k) ?? top.set(k, []).get(k)!).push(s);
      }
  for (const t of top.values()) t.sort((x, y) => y - x);
  const desc = (k: number) => {
    const g = groups[k];
    const ids = g.map((i) => fid[i] ?? "-");
    const vals = [...new Set(g.map((i) => items[i].m.text))].slice(0, 4).join("; ");
    return `#${k}[${g.length} ${[...new Set(ids)].join(",")}] {${vals}} ${agrees(g) ? "agree" : "CONFLICT"}`;
  };
  for (const f of gfacts.filter((x) => x.verdict === "conflict")) {
    const mine = final.filter((p) => p.members.some((m) => factOfM(m as unknown as Mention) === f.id));
    const n = (p: (typeof mine)[number]) => p.members.filter((m) => factOfM(m as unknown as Mention) === f.id).length;
    const best = mine.reduce<(typeof mine)[number] | null>((b, p) => (!b || n(p) > n(b) ? p : b), null);
    const hit = best?.verdict === "conflict";
    if (hit) continue;
    const gs = groups.map((g, k) => [k, g.filter((i) => fid[i] === f.id).length] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    console.log(`\n== ${basename(dir).slice(0, 14)} ${f.id}: ${gs.length} groups before join, ${after.filter((g) => g.some((i) => fid[i] === f.id)).length} after; final verdicts ${mine.map((p) => p.verdict).join(",")}`);
    for (const [k] of gs) console.log("   ", desc(k));
    for (let x = 0; x < gs.length; x++)
      for (let y = x + 1; y < gs.length; y++) {
        const ka = Math.min(gs[x][0], gs[y][0]), kb = Math.max(gs[x][0], gs[y][0]);
        const A = groups[ka], B = groups[kb];
        let why = "";
        const e = score.get(`${ka},${kb}`);
        if (items[A[0]].m.kind === "date") why = "date";
        else if (blockOf(items[A[0]].m) !== blockOf(items[B[0]].m)) why = `block ${blockOf(items[A[0]].m)}/${blockOf(items[B[0]].m)}`;
        else if (!e) why = "?";
        else {
          const s = e.groupScore - (rule.gapWeight ?? 0) * (e.gap ?? 0);
          const next = (k: number) => { const t = top.get(k) ?? []; return t[0] === s ? t[1] ?? -Infinity : t[0]; };
          const info = `s=${s.toFixed(2)} (group ${e.groupScore.toFixed(2)} gap ${e.gap?.toFixed(2)}) words ${e.meanWords.toFixed(2)} fields +${e.fieldsAgree}/-${e.fieldsApart} [${e.field.join(",")}] margins ${(s - next(ka)).toFixed(2)}/${(s - next(kb)).toFixed(2)}`;
          const reasons: string[] = [];
          if (e.ruleApart > 0) reasons.push(`ruleApart ${e.ruleApart.toFixed(2)}`);
          if (s < rule.threshold) reasons.push("score");
          if (e.gap === null || e.gap > rule.gap) reasons.push("gap");
          if (e.meets) reasons.push("meets");
          if (e.clash && !(rule.excuse && (e.contrasted || e.credited))) reasons.push("clash");
          if (s - next(ka) < (rule.margin ?? 0) || s - next(kb) < (rule.margin ?? 0)) reasons.push("margin");
          if (!agrees(A) && !agrees(B)) reasons.push("neither-agrees");
          why = `${reasons.join("+") || "JOINABLE"} ${info}`;
        }
        console.log(`    #${ka}~#${kb}: ${why}`);
        if (why.includes("clash"))
          for (const i of A) for (const j of B)
            if (clash(items[i], items[j]) && clash(items[i], items[j], "contrast")) {
              const t = items[i].text ?? "";
              const [p, q] = items[i].m.start < items[j].m.start ? [items[i].m, items[j].m] : [items[j].m, items[i].m];
              console.log(`      clash ${p.source}: ${p.text}=${speakerKey(p.speaker)} | ${q.text}=${speakerKey(q.speaker)} «${t.slice(Math.max(0, p.start - 60), q.end + 30).replace(/\s+/g, " ").slice(0, 240)}»`);
            }
      }
  }
}
