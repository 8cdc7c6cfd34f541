/**
 * Diagnosis of the facts eval (not run by `npm run eval`): per cluster, LOCO, from gold mentions,
 * each gold fact's fate (grouped how, verdict) and, for a false or missed conflict, the members of
 * our fact with the gold fact each belongs to, so grouping errors can be sorted by class.
 *
 *   node --import tsx eval/_diag.ts [CLUSTER_NAME_SUBSTRING...] [--extracted] [--all]
 *   node --import tsx eval/_diag.ts --shipped CLUSTER_DIR... [--extracted] [--all]
 *
 * `--shipped` reconciles the given dirs (e.g. eval/read/*, never eval/heldout) with the checked-in
 * model instead, as `dossier brief` does; each member line then carries its value too.
 * `--dates` keeps the gold facts of dates and stretches of time only, each member line with the
 * happening its clause names (property.ts happeningOf; "-": none): the date conflicts of issue #11.
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import type { Fact, FactMember } from "../src/types.js";
import { prepare } from "../src/reconcile/prepare.js";
import { happeningOf } from "../src/reconcile/property.js";
import { extractedMentions, leftOut, trainingCluster } from "./facts.js";

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const short = (s: string, n = 70) => (s.length > n ? s.slice(0, n) + "…" : s).replace(/\s+/g, " ");
const value = (m: FactMember) => m.kind === "date" ? m.date ? `${m.date.start}..${m.date.end}` : "?" : `${m.low ?? ""}${m.high !== m.low ? `-${m.high ?? ""}` : ""}${m.unit ? ` ${m.unit}` : ""}`;

function* shipped(dirs: string[], extracted: boolean) {
  for (const dir of dirs) {
    const c = trainingCluster(dir);
    const mentions = extracted ? extractedMentions(c.reports) : c.mentions;
    yield { dir, c, facts: reconcile({ reports: withCopies(c.reports), mentions }).facts };
  }
}

const runs = args.includes("--shipped") ? shipped(names, args.includes("--extracted")) : leftOut(names, args.includes("--extracted"));
const dates = args.includes("--dates");
for (const { dir, c, facts } of runs) {
  // each figure's happening, for --dates (read off the mentions the run reconciled)
  const happening = new Map<string, string>();
  if (dates) for (const it of prepare(c.reports, args.includes("--extracted") ? extractedMentions(c.reports) : c.mentions).items) happening.set(`${it.m.source}@${it.m.start}`, happeningOf(it) ?? "-");
  const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; about: string; verdict: string; members: Array<{ source: string; start: number }> }>;
  const goldAt = new Map<string, { fact: string; end: number }>();
  const gm = readFileSync(join(dir, "gold/mentions.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const spans = new Map<string, number>(gm.map((g) => [`${g.source}@${g.start}`, g.end]));
  for (const f of gold) for (const m of f.members) goldAt.set(`${m.source}@${m.start}`, { fact: f.id, end: spans.get(`${m.source}@${m.start}`)! });
  const goldOf = (pm: { source: string; start: number; end: number }) => {
    for (const [k, v] of goldAt) {
      const [s, st] = [k.slice(0, k.lastIndexOf("@")), +k.slice(k.lastIndexOf("@") + 1)];
      if (s === pm.source && st < pm.end && pm.start < v.end) return v.fact;
    }
    return "-";
  };
  const text = new Map(c.reports.map((r) => [r.id, r.text]));
  console.log(`\n======== ${basename(dir)} (${facts.length} facts)`);
  const kindAt = new Map<string, string>(gm.map((g) => [`${g.source}@${g.start}`, g.kind]));
  for (const f of gold) {
    if (dates && !f.members.some((m) => ["date", "duration"].includes(kindAt.get(`${m.source}@${m.start}`) ?? ""))) continue;
    const counts = new Map<Fact, number>();
    for (const m of f.members) {
      const e = spans.get(`${m.source}@${m.start}`)!;
      const p = facts.find((pf) => pf.members.some((pm) => pm.source === m.source && pm.start < e && m.start < pm.end));
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const flagged = !!best && n >= 2 && best.verdict === "conflict";
    const isC = f.verdict === "conflict";
    const tag = isC && flagged ? "TP" : isC ? "FN" : flagged ? "FP" : "tn";
    if (tag === "tn" && !args.includes("--all")) continue;
    console.log(`\n[${tag}] ${f.id} (${f.about}) gold ${f.verdict} ${f.members.length} members; best group ${n} of ${best?.members.length ?? 0}, verdict ${best?.verdict}, spread over ${counts.size} groups`);
    if (!best) continue;
    best.members.forEach((pm, k) => {
      const g = goldOf(pm);
      const t = text.get(pm.source) ?? "";
      const ctx = short(t.slice(Math.max(0, pm.start - 60), pm.start) + "[[" + pm.text + "]]" + t.slice(pm.end, pm.end + 40), 140);
      console.log(`  ${k} ${g === f.id ? "  " : "!!"} ${g.padEnd(24)} ${pm.source}${dates ? ` ev=${(happening.get(`${pm.source}@${pm.start}`) ?? "?").slice(0, 10).padEnd(10)}` : ""} ${pm.time?.date ?? "-"}${pm.time?.earlier ? "E" : ""} =${value(pm)} ${ctx}`);
    });
    const why = best.reason;
    if (why?.verdict === "conflict") console.log(`  disagree: ${why.disagreements.map((d) => `${d.a}-${d.b}`).join(" ")}`);
    if (tag === "FN") {
      // where the other members went
      for (const [p, k] of counts) if (p !== best) console.log(`  also ${k} in group of ${p.members.length} (${p.verdict}): ${p.members.slice(0, 4).map((m) => `${goldOf(m)}:${m.text}`).join(", ")}`);
    }
  }
}
