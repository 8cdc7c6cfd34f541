/**
 * Debug (not run by `npm run eval`): the credits the context readers find (each figure's
 * `speaker`), counted by language over the dev clusters and eval/read (never eval/heldout), from
 * gold mentions and from extracted ones; `--dump FILE` writes one line per credited figure
 * (story, report, offset, figure, speaker) to diff a reader's change before → after.
 *
 *   node --import tsx eval/_credits.ts [--dump FILE] [--only dev|read]
 * @module
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { chooseLanguage } from "../src/extract/language.js";
import { clusterDirs, extractedMentions, goldMentions, loadReports, readDirs } from "./facts.js";

const args = process.argv.slice(2);
const dump = args.includes("--dump") ? args[args.indexOf("--dump") + 1] : null;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const lines: string[] = [];
for (const [root, dirs] of [["dev", clusterDirs([])], ["read", readDirs()]] as const) {
  if (only && only !== root) continue;
  // language → [figures, credited] for gold and extracted mentions
  const count = new Map<string, { gold: [number, number]; ext: [number, number] }>();
  for (const dir of dirs) {
    const reports = loadReports(dir);
    const lang = new Map(reports.map((r) => [r.id, chooseLanguage(r.language ?? undefined, r.text)]));
    const text = new Map(reports.map((r) => [r.id, r.text]));
    for (const [how, ms] of [["gold", goldMentions(dir, reports)], ["ext", extractedMentions(reports)]] as const) {
      for (const m of ms) {
        const l = lang.get(m.source) ?? "?";
        const c = count.get(l) ?? count.set(l, { gold: [0, 0], ext: [0, 0] }).get(l)!;
        c[how][0]++;
        if (m.speaker) {
          c[how][1]++;
          const t = text.get(m.source)!;
          lines.push(`${how}\t${basename(dir)}\t${m.source.slice(0, 12)}\t${m.start}\t${t.slice(m.start, m.end).replace(/\s+/g, " ")}\t${m.speaker}`);
        }
      }
    }
  }
  let tg = 0, cg = 0, te = 0, ce = 0;
  for (const [l, c] of [...count].sort()) {
    console.log(`${root} ${l.padEnd(3)} gold ${c.gold[1]}/${c.gold[0]}  ext ${c.ext[1]}/${c.ext[0]}`);
    tg += c.gold[0], cg += c.gold[1], te += c.ext[0], ce += c.ext[1];
  }
  console.log(`${root} all gold ${cg}/${tg}  ext ${ce}/${te}`);
}
if (dump) writeFileSync(dump, lines.join("\n") + "\n");
