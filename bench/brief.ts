/**
 * Benchmark: 1,000 synthetic reports (our own templates, seeded) → extract → reconcile →
 * buildBriefing → Markdown, HTML and JSON, end to end in memory. Bars: under 5 s, reconcile under 1.5 s.
 *
 *   node --import tsx bench/brief.ts [count]
 */
import { performance } from "node:perf_hooks";
import { extract } from "../src/extract/index.js";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { buildBriefing, loadCharts, renderHtml, renderJson, renderMarkdown } from "../src/publish/index.js";
import { synthetic } from "./lib/synthetic.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const N = Number(process.argv[2] ?? 1000);
const BAR_MS = 5000;
/** issue 11: reconciling 1,000 reports */
const RECONCILE_BAR_MS = 1500;

const t0 = performance.now();
let reports = synthetic(N);
const t1 = performance.now();
reports = withCopies(reports);
const t2 = performance.now();
const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id }));
const t3 = performance.now();
const c3 = process.cpuUsage();
const { facts, timeline } = reconcile({ reports, mentions });
const t4 = performance.now();
// CPU time (user + system, all of the process's threads) beside wall time: steadier on a shared machine
const c4 = process.cpuUsage(c3);
const briefing = buildBriefing({ reports, mentions, facts, timeline, title: "Benchmark briefing" });
const tb = performance.now();
const md = renderMarkdown(briefing);
const tm = performance.now();
const html = renderHtml(briefing);
const th = performance.now();
const json = renderJson(briefing);
const t5 = performance.now();

const ms = (x: number) => `${Math.round(x)} ms`;
const total = t5 - t1;
console.log(`brief bench: ${N} reports (${(reports.reduce((s, r) => s + r.text.length, 0) / 1e6).toFixed(2)} M chars), ${reports.filter((r) => r.copyOf).length} copies, ${mentions.length} mentions, ${facts.length} facts, ${timeline.length} timeline entries`);
console.log(`  copies ${ms(t2 - t1)}  extract ${ms(t3 - t2)}  reconcile ${ms(t4 - t3)} (${ms((c4.user + c4.system) / 1000)} cpu${N === 1000 ? `; bar < ${RECONCILE_BAR_MS} ms: ${t4 - t3 < RECONCILE_BAR_MS ? "PASS" : "FAIL"}` : ""})  publish ${ms(t5 - t4)}: build ${ms(tb - t4)}, md ${ms(tm - tb)} (${(md.length / 1e3).toFixed(0)} kB), html ${ms(th - tm)} (${(html.length / 1e3).toFixed(0)} kB), json ${ms(t5 - th)} (${(json.length / 1e3).toFixed(0)} kB)`);
console.log(`  total ${ms(total)} (generation ${ms(t1 - t0)} not counted); bar < ${BAR_MS} ms: ${total < BAR_MS ? "PASS" : "FAIL"}`);
if (!mentions.length) console.log("  note: extract() found no figures: the timings above do not yet include real extraction/reconciliation work");
process.exitCode = total < BAR_MS ? 0 : 1;
