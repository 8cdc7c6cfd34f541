/**
 * Extraction throughput: dossier's `extract` over ≥ 2 MB of report text in one process, and its
 * peers (Microsoft Recognizers-Text; chrono-node + compromise) on the same documents, in chars/s.
 *
 * The text is every corpus report under ../shared/corpus (when present) plus generated news-like
 * English (seeded, so every run sees the same text) until the total passes 2 MB, cut into
 * report-sized documents. Each system is warmed up first. Peers much slower than dossier run on
 * a sample (the first documents, up to 200 KB or 20 s of work) and the output says so.
 *
 *   node --import tsx bench/extract.ts
 * @module
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/extract/index.js";
import { PEERS, type Peer } from "../eval/lib/peers.js";
import { rng } from "../test/rng.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "../shared/corpus");
const TARGET = 2 * 1024 * 1024;
const PEER_SAMPLE = 200 * 1024;
const PEER_BUDGET_MS = 20_000;

interface Doc {
  text: string;
  published: string;
}

// ---------- the text ----------

function corpusDocs(): Doc[] {
  if (!existsSync(CORPUS)) return [];
  const docs: Doc[] = [];
  for (const cluster of readdirSync(CORPUS).sort()) {
    const textDir = join(CORPUS, cluster, "text");
    if (!existsSync(textDir)) continue;
    for (const f of readdirSync(textDir).sort()) if (f.endsWith(".txt")) docs.push({ text: readFileSync(join(textDir, f), "utf8"), published: "2025-06-15" });
  }
  return docs;
}

/** News-like English written for this benchmark: figures of every kind in varied phrasing. */
function generatedDocs(chars: number, seed = 42): Doc[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const num = () => pick([String(int(2, 98)), int(1, 9) + "." + int(1, 9), int(1, 999).toLocaleString("en-US") + ",000", String(int(100, 950))]);
  const month = () => pick(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);
  const year = () => String(int(2019, 2029));
  const place = () => pick(["the northern port", "the river crossing", "the new terminal", "the rail yard", "the border post", "the dam site", "the industrial park", "the airfield"]);
  const who = () => pick(["the ministry", "a regional governor", "the operator", "state media", "an industry analyst", "the contractor", "local officials", "a spokesperson for the agency"]);
  const verb = () => pick(["said", "told reporters", "announced", "estimated", "wrote in a statement", "confirmed"]);
  const templates: Array<() => string> = [
    () => `The project at ${place()} will cost ${pick(["$", "£", "€"])}${num()} ${pick(["million", "billion", "m", "bn"])}, ${who()} ${verb()} on ${int(1, 28)} ${month()} ${year()}.`,
    () => `Work began in ${pick(["early", "mid-", "late"])}${pick(["", " "])}${year()} and is due to finish by ${pick(["the end of", "spring", "autumn"])} ${year()}.`,
    () => `${who().replace(/^./, (c) => c.toUpperCase())} ${verb()} that about ${num()} workers and ${int(2, 400)} vehicles were on site.`,
    () => `The structure is ${num()} ${pick(["metres", "km", "miles", "feet"])} long and ${int(5, 60)} m wide, with a span of ${int(40, 900)} metres.`,
    () => `Traffic rose ${int(2, 90)}% in ${year()}, up ${int(1, 9)} percentage points on the year before, to ${num()} tonnes ${pick(["a day", "per month", "annually"])}.`,
    () => `Between ${int(1000, 5000).toLocaleString("en-US")} and ${int(6000, 12000).toLocaleString("en-US")} people may be moved from ${int(3, 40)} villages over ${int(2, 36)} months.`,
    () => `A ${pick(["two", "three", "ten", "fivefold", "threefold"])} increase in capacity would take ${int(2, 15)} years, ${who()} ${verb()}.`,
    () => `Satellite images from ${int(1, 28)} ${month()} showed ${int(2, 30)} cranes and roughly ${int(5, 90)} hectares of cleared ground.`,
    () => `The loan of ${int(1, 900)} billion ${pick(["roubles", "won", "yuan", "rupees"])} (about $${int(1, 20)}.${int(1, 9)} billion) was signed last ${pick(["week", "month", "year", "Tuesday"])}.`,
    () => `Trains of up to ${int(20, 90)} wagons will run ${int(2, 12)} times a week at ${int(40, 120)} km/h on the ${int(10, 600)}-kilometre line.`,
    () => `Officials gave no timetable; residents said the noise had lasted for weeks and that nobody had explained the plans.`,
    () => `The ${pick(["1990s", "2010s"])} plan, revived on ${month()} ${int(1, 28)}, ${year()}, called for ${int(2, 8)} berths and a depth of ${int(9, 22)}.${int(0, 9)} m.`,
  ];
  const docs: Doc[] = [];
  let total = 0;
  while (total < chars) {
    const paras: string[] = [];
    for (let p = 0; p < int(6, 12); p++) paras.push(Array.from({ length: int(2, 5) }, () => pick(templates)()).join(" "));
    const text = paras.join("\n\n");
    docs.push({ text, published: `${year()}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}` });
    total += text.length;
  }
  return docs;
}

// ---------- timing ----------

const size = (docs: Doc[]) => docs.reduce((n, d) => n + d.text.length, 0);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function timeRun(system: Peer, docs: Doc[], budgetMs = Infinity): { chars: number; ms: number; mentions: number; docs: number } {
  let chars = 0;
  let mentions = 0;
  let n = 0;
  const t0 = performance.now();
  for (const d of docs) {
    mentions += system.run(d.text, { published: d.published, source: "b" }).length;
    chars += d.text.length;
    n++;
    if (performance.now() - t0 > budgetMs) break;
  }
  return { chars, ms: performance.now() - t0, mentions, docs: n };
}

const dossier: Peer = { name: "dossier", run: (text, opts) => extract(text, opts) };

const fromCorpus = corpusDocs();
const docs = [...fromCorpus, ...generatedDocs(TARGET - size(fromCorpus))];
// the peers' sample interleaves corpus and generated documents, so it is like the whole
const sample: Doc[] = [];
for (let i = 0, j = fromCorpus.length; size(sample) < PEER_SAMPLE && (i < fromCorpus.length || j < docs.length); ) {
  if (i < fromCorpus.length) sample.push(docs[i++]);
  if (j < docs.length && size(sample) < PEER_SAMPLE) sample.push(docs[j++]);
}
console.log(`input: ${docs.length} documents, ${fmt(size(docs))} chars (${fmt(size(fromCorpus))} from ${fromCorpus.length} corpus reports${fromCorpus.length ? "" : ": ../shared/corpus absent"}, the rest generated)`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

const warm = sample.slice(0, 6);
const rows: Array<{ name: string; rate: number; note: string }> = [];

for (const system of [dossier, ...PEERS]) {
  timeRun(system, warm); // warm-up: JIT, lazy tables, first-call initialisation
  const isDossier = system === dossier;
  // dossier: best of 3 full passes; peers: one pass over the sample, within the time budget
  const runs = isDossier ? [0, 1, 2].map(() => timeRun(system, docs)) : [timeRun(system, sample, PEER_BUDGET_MS)];
  const best = runs.reduce((a, b) => (b.chars / b.ms > a.chars / a.ms ? b : a));
  const rate = (best.chars / best.ms) * 1000;
  const note = isDossier
    ? `all ${fmt(best.chars)} chars, best of ${runs.length} passes`
    : `sample: ${best.docs} documents, ${fmt(best.chars)} chars (${((best.chars / size(docs)) * 100).toFixed(1)}% of the input); rate extrapolated to the whole`;
  rows.push({ name: system.name, rate, note });
  console.log(`${system.name.padEnd(18)} ${fmt(rate).padStart(12)} chars/s  ${(best.ms / 1000).toFixed(2)} s, ${fmt(best.mentions)} mentions  (${note})`);
}

const base = rows[0].rate;
console.log(`\nsystem              chars/s        vs dossier`);
for (const r of rows) console.log(`${r.name.padEnd(18)} ${fmt(r.rate).padStart(12)}   ${r === rows[0] ? "1.00x" : `dossier is ${(base / r.rate).toFixed(2)}x ${base >= r.rate ? "faster" : "slower"}`}`);
if (rows.slice(1).some((r) => r.note.startsWith("sample"))) console.log(`(peers ran on a sample of the input, at most ${PEER_SAMPLE / 1024} KB or ${PEER_BUDGET_MS / 1000} s each, and their rate is extrapolated)`);
