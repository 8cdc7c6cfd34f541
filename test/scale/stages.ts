/**
 * Every stage fed N figures, run by stack.test.ts in a child Node with a tenth of the default stack
 * (--stack-size=100): a spread of an unbounded array into a call then overflows at N = 20,000 just
 * as it does at 150,000 on the default stack, and the whole run takes seconds, not minutes.
 *
 *   node --stack-size=100 --import tsx test/scale/stages.ts [N]
 */
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { reconcile } from "../../src/reconcile/index.js";
import { buildBriefing, loadCharts, renderHtml, renderJson, renderMarkdown } from "../../src/publish/index.js";
import { buildDossier } from "../../src/app/explore.js";
import { factPage, homePage, reportPage, reportsPage, searchPage } from "../../src/web/index.js";
import type { Fact, FactMember, Mention, Report, TimelineEntry } from "../../src/types.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const N = Number(process.argv[2] ?? 20_000);

/** One report of N short sentences, each with one figure; offsets computed as it is written. */
function bigReport(): { report: Report; mentions: Mention[] } {
  const parts: string[] = [];
  const mentions: Mention[] = [];
  let pos = 0;
  for (let i = 0; i < N; i++) {
    // a unit of its own per figure: each falls in its own reconcile block (see the header)
    const lead = `Bay ${i} held `;
    const text = `${i + 3} u${i}`;
    const s = `${lead}${text}.${i % 40 === 39 ? "\n\n" : " "}`;
    mentions.push({ source: "big", start: pos + lead.length, end: pos + lead.length + text.length, text, kind: "quantity", low: i + 3, high: i + 3, unit: `u${i}`, qualifier: null, sentence: [pos, pos + lead.length + text.length + 1] });
    parts.push(s);
    pos += s.length;
  }
  const text = parts.join("");
  return { report: { id: "big", url: null, publisher: "Test Wire", published: "2025-03-01", language: "en", title: "A long inventory", hash: "f".repeat(64), text, copyOf: null }, mentions };
}

{
  // extract
  const words = ["crates", "trucks", "barrels", "workers"];
  const parts: string[] = [];
  for (let i = 0; i < N / 2; i++) parts.push(`Depot ${i % 97} took ${(i % 900) + 5} ${words[i % 4]} and ${(i % 60) + 2}% more.${i % 30 === 29 ? "\n\n" : " "}`);
  const text = parts.join("");
  const ms = extract(text, { published: "2025-03-01", source: "x" });
  assert.ok(ms.length >= N, `found ${ms.length}`);
  for (const m of ms) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
}

{
  // reconcile, publish and the explorer
  const { report, mentions } = bigReport();
  const { facts, timeline } = reconcile({ reports: [report], mentions });
  assert.equal(
    facts.reduce((s, f) => s + f.members.length, 0),
    N,
  );

  // and the worst case for the renderers: one fact that N reports agree on, dated N times
  const reports: Report[] = [report];
  const members: FactMember[] = [];
  const told: TimelineEntry["sources"] = [];
  for (let i = 0; i < N; i++) {
    const m = mentions[i];
    members.push({ ...m, kind: "count", unit: "truck", low: 40, high: 40, published: "2025-03-01", publisher: "Test Wire", origin: `report:o${i % 1000}` });
    told.push({ source: m.source, start: m.start, end: m.end, text: m.text, date: { start: "2025-03-01", end: "2025-03-01" } });
  }
  const huge: Fact = { id: "count-big-0", about: "trucks a day", kind: "count", unit: "truck", verdict: "agree", members, values: [{ low: 40, high: 40, origins: ["o0"], members: members.map((_, k) => k) }], origins: 1000, note: null };
  const entry: TimelineEntry = { event: "inventory taken", date: { start: "2025-03-01", end: "2025-03-01" }, conflicting: false, sources: told };
  const briefing = buildBriefing({ reports, mentions, facts: [huge, ...facts.slice(0, 50)], timeline: [entry, ...timeline], title: "Scale", generated: "2025-03-02T00:00:00Z" });
  assert.ok(renderMarkdown(briefing).length > 0);
  assert.ok(renderHtml(briefing).length > 0);
  assert.ok(renderJson(briefing).length > 0);

  const d = buildDossier({ reports, mentions: mentions.slice(0, 1000), generated: "2025-03-02T00:00:00Z" });
  // the explorer's indexes and pages over the same huge fact and all N mentions of the report
  d.briefing.facts.unshift(huge);
  d.factById.set(huge.id, huge);
  d.mentionsOf.set("big", mentions);
  assert.ok(homePage(d).length > 0);
  assert.ok(factPage(d, huge).length > 0);
  assert.ok(reportsPage(d).length > 0);
  assert.ok(reportPage(d, report).length > 0);
  assert.ok(searchPage(d, "bay").length > 0);
}
console.log(`stages ok: ${N} figures`);
