/**
 * Debug (not run by `npm run eval`): gold facts in which one report holds two different values
 * (rival figures of one property in one report, or a revision within it), the ceiling of joining
 * them; and, with `--fate`, where each such pair of figures lands: in one predicted fact (and its
 * verdict) or apart, LOCO for the training clusters, the shipped fit for held-out and read stories,
 * from gold mentions (or `--extracted`). Conversions ("850 m (2,789 ft)") are left out.
 *
 *   node --import tsx eval/_rival.ts [--fate] [--extracted] [-v] [--only read|held|dev]
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { clusterDirs, extractedMentions, goldMentions, heldoutDirs, loadReports, readDirs, trainingCluster } from "./facts.js";
import { speakerKey } from "../src/reconcile/origins.js";
import { fitModel, fitShipped, reconcile, trainingSet } from "../src/reconcile/index.js";
import { withCopies } from "../src/app/copies.js";
import { conversionGap } from "../src/reconcile/cluster.js";
import type { Fact, Mention } from "../src/types.js";

const args = process.argv.slice(2);
const verbose = args.includes("-v"), fate = args.includes("--fate"), extracted = args.includes("--extracted");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const val = (m: Mention) => (m.date ? `${m.date.start}/${m.date.end}` : `${m.low}/${m.high}`);
const dev = clusterDirs([]);
const sets = fate ? trainingSet(dev.map(trainingCluster)) : [];
const shipped = fate ? fitShipped(sets) : undefined;
const short = (s: string) => s.replace(/\s+/g, " ");
for (const [root, dirs] of [["dev", dev], ["held", heldoutDirs()], ["read", readDirs()]] as const) {
  if (only && only !== root) continue;
  let facts = 0, withTwo = 0, conflicts = 0, conflictsTwo = 0, pairs = 0, voiced = 0, together = 0, togetherConflict = 0;
  for (const dir of dirs) {
    const reports = loadReports(dir);
    const ms = goldMentions(dir, reports);
    const at = new Map(ms.map((m) => [`${m.source}@${m.start}`, m]));
    const gold = JSON.parse(readFileSync(join(dir, "gold/facts.json"), "utf8")) as Array<{ id: string; verdict: string; members: Array<{ source: string; start: number }> }>;
    let pred: Fact[] = [];
    if (fate) {
      const k = dev.indexOf(dir);
      const model = k >= 0 ? fitModel(sets.filter((_, j) => j !== k)) : shipped;
      pred = reconcile({ reports: withCopies(reports), mentions: extracted ? extractedMentions(reports) : ms, model }).facts;
    }
    const factOf = (m: Mention) => pred.find((f) => f.members.some((x) => x.source === m.source && x.start < m.end && m.start < x.end));
    for (const f of gold) {
      facts++;
      if (f.verdict === "conflict") conflicts++;
      const bySrc = new Map<string, Mention[]>();
      for (const g of f.members) {
        const m = at.get(`${g.source}@${g.start}`);
        if (m) (bySrc.get(m.source) ?? bySrc.set(m.source, []).get(m.source)!).push(m);
      }
      let two = false;
      for (const [src, list] of bySrc) {
        const text = reports.find((r) => r.id === src)!.text;
        list.sort((a, b) => a.start - b.start);
        for (let x = 0; x < list.length; x++)
          for (let y = x + 1; y < list.length; y++) {
            const a = list[x], b = list[y];
            if (val(a) === val(b) || (b.start >= a.end && conversionGap(text, a.end, b.start)) || a.kind !== b.kind) continue;
            two = true;
            pairs++;
            const sa = speakerKey(a.speaker), sb = speakerKey(b.speaker);
            if (sa !== sb) voiced++;
            let where = "";
            if (fate) {
              const fa = factOf(a), fb = factOf(b);
              const one = !!fa && fa === fb;
              if (one) together++;
              if (one && fa.verdict === "conflict") togetherConflict++;
              where = one ? `ONE(${fa.verdict})` : `APART(${fa ? fa.members.length : 0}/${fb ? fb.members.length : 0})`;
            }
            if (verbose) console.log(`${root} ${basename(dir).slice(0, 12)} ${f.id} [${f.verdict}] ${src} ${where} ${a.text}=${sa} | ${b.text}=${sb} «${short(text.slice(Math.max(0, a.start - 50), b.end + 20)).slice(0, 260)}»`);
          }
      }
      if (two) {
        withTwo++;
        if (f.verdict === "conflict") conflictsTwo++;
      }
    }
  }
  console.log(`${root}: ${facts} facts, ${conflicts} conflicts; ${withTwo} facts with a report holding two values, not conversions (${conflictsTwo} conflicts); ${pairs} such pairs, ${voiced} in two voices${fate ? `; ${together} in one predicted fact (${togetherConflict} of those a conflict)` : ""}`);
}
