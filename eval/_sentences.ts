/**
 * Figures of sentences written for this, one set per language in eval/sentences/<lang>.ts (each
 * exporting `SENTENCES: Array<[string, string[]]>`: a sentence and the figures a reader finds in it,
 * judged by hand). Not run by `npm run eval`: no dev cluster has reports in most of these
 * languages. Each set is written before any fix, then fixed against, so no unseen measure after.
 * Prints every mention, the figures missed and the mentions that are none, then recall and
 * precision by overlap per language; whether each value is right is read off the printout by hand.
 *
 *   node --import tsx eval/_sentences.ts            every set
 *   node --import tsx eval/_sentences.ts fr pl      these sets
 *   node --import tsx eval/_sentences.ts --summary  only each set's recall and precision
 *   node --import tsx eval/_sentences.ts --peers    the summary, with the peers' recall and precision on the same sentences
 */
import { readdirSync } from "node:fs";
import { extract } from "../src/extract/index.js";
import { PEERS } from "./lib/peers.js";

const args = process.argv.slice(2);
const peers = args.includes("--peers");
const summary = peers || args.includes("--summary");
const dir = new URL("./sentences/", import.meta.url);
const langs = args.filter((a) => !a.startsWith("--"));
const sets = langs.length
  ? langs
  : readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .sort();

const lines: string[] = [];
for (const lang of sets) {
  const { SENTENCES } = (await import(new URL(`${lang}.ts`, dir).href)) as { SENTENCES: Array<[string, string[]]> };
  let figures = 0, found = 0, mentions = 0, right = 0;
  // the peers on the same sentences, scored by the same overlap: [found, mentions, right] each
  const peerCounts = PEERS.map(() => [0, 0, 0]);
  if (!summary) console.log(`== ${lang}`);
  for (const [text, want] of SENTENCES) {
    const ms = extract(text, { language: lang, published: "2024-03-15", source: lang });
    const at = (w: string) => text.indexOf(w);
    const hits = (m: { start: number; end: number }, w: string) => m.start < at(w) + w.length && at(w) < m.end;
    for (const w of want) if (at(w) < 0) throw new Error(`${lang}: ${JSON.stringify(w)} is not in ${JSON.stringify(text)}`);
    figures += want.length;
    found += want.filter((w) => ms.some((m) => hits(m, w))).length;
    mentions += ms.length;
    right += ms.filter((m) => want.some((w) => hits(m, w))).length;
    if (peers)
      PEERS.forEach((peer, k) => {
        const ps = peer.run(text, { published: "2024-03-15", source: lang, language: lang });
        peerCounts[k][0] += want.filter((w) => ps.some((m) => hits(m, w))).length;
        peerCounts[k][1] += ps.length;
        peerCounts[k][2] += ps.filter((m) => want.some((w) => hits(m, w))).length;
      });
    if (summary) continue;
    console.log(text);
    for (const m of ms) {
      const none = want.some((w) => hits(m, w)) ? "" : "  (none)";
      console.log(`  ${JSON.stringify(m.text)} ${m.kind} ${m.date ? `${m.date.start}..${m.date.end}` : `${m.low}-${m.high} ${m.unit ?? ""}`}${m.qualifier ? ` ${m.qualifier}` : ""}${m.per ? ` per ${m.per}` : ""}${none}`);
    }
    for (const w of want) if (!ms.some((m) => hits(m, w))) console.log(`  missed ${JSON.stringify(w)}`);
  }
  lines.push(`${lang}: figures ${figures}, found ${found} (recall ${(found / figures).toFixed(3)}); mentions ${mentions}, figures among them ${right} (precision ${(right / mentions).toFixed(3)})`);
  if (peers)
    PEERS.forEach((peer, k) => {
      const [f, n, r] = peerCounts[k];
      lines.push(`    ${peer.name}: found ${f} (recall ${(f / figures).toFixed(3)}); mentions ${n}, figures among them ${r} (precision ${n ? (r / n).toFixed(3) : "-"})`);
    });
}
if (!summary) console.log("");
for (const l of lines) console.log(l);
