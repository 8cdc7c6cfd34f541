/**
 * Reported claims set against a watched site in the briefing: a start and a completion read from date
 * facts, checked against stored observations, shown in Markdown and HTML with their verdict and the
 * nearest clear date (and its snapshot when the caller attached it).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBriefing, loadCharts, renderHtml, renderMarkdown } from "../../src/publish/index.js";
import { siteClaims } from "../../src/imagery/index.js";
import { claimCheckerOf } from "../../src/app/index.js";
import type { Fact, Observation, Report } from "../../src/types.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const report = (id: string, publisher: string): Report => ({ id, url: null, publisher, published: "2025-03-01", title: null, text: "", language: "en" }) as unknown as Report;
const dateFact = (id: string, about: string, event: string, start: string, end: string, source: string): Fact =>
  ({ id, about, kind: "date", unit: null, verdict: "single", origins: 1, members: [], property: { thing: "bridge", attribute: null, scope: null, per: null, event }, values: [{ low: null, high: null, date: { start, end }, origins: [source], members: [0], sources: [source] }] }) as Fact;
const obs = (date: string, progress: number | null, flags: string[] = []): Observation => ({ id: `crossing@${date}`, site: "crossing", date, items: [], clearAoi: 0.9, clearRing: 0.9, areas: {}, progress, flags, provenance: { progressSmoothed: progress } });
const OBS = [obs("2025-03-10", 0), obs("2025-04-12", 0.01), obs("2025-05-20", 0.1), obs("2025-06-15", 0.2), obs("2025-09-01", 0.5)];

test("the briefing sets the reports' start and completion claims against the measured series", () => {
  const facts = [dateFact("f1", "start of construction", "start", "2025-04-01", "2025-04-30", "r1"), dateFact("f2", "completion of the bridge", "complete", "2025-06-01", "2025-06-30", "r2")];
  const b = buildBriefing({ reports: [report("r1", "Wire A"), report("r2", "Paper <B>")], mentions: [], facts, timeline: [], observations: OBS, claims: siteClaims(facts, OBS), generated: "2026-01-01T00:00:00Z" });
  assert.deepEqual(b.claims?.map((c) => [c.claim.kind, c.verdict, c.evidence?.date, c.nearest?.date]), [
    ["start", "supports", "2025-05-20", "2025-04-12"],
    ["complete", "contradicts", "2025-09-01", "2025-06-15"],
  ]);
  const md = renderMarkdown(b);
  assert.match(md, /### Reports against the imagery/);
  assert.match(md, /start of construction: works began April 2025 \| Wire A \| \*\*imagery supports\*\* \| first visible change on 20 May 2025 \(crossing\)/, "the check's days in words, as the claim's");
  assert.match(md, /\*\*imagery contradicts\*\* \| the crossing is at 50 % on 1 September 2025/);
  b.claims![0].snapshot = "data:image/png;base64,iVBORw0KGgo=";
  b.claims![1].snapshot = "javascript:alert(1)";
  const html = renderHtml(b);
  assert.match(html, /<h3 id="claims">Reports against the imagery<\/h3>/);
  assert.match(html, /class="badge claim-supports">imagery supports/);
  assert.match(html, /Paper &lt;B&gt;/);
  assert.equal((html.match(/class="claim-snap"/g) ?? []).length, 1, "only a data: image is embedded");
  // a phone shows the tables without their heads: the shares and the claims' cells say what they are
  assert.match(html, /<td class="num" data-label="Crossing built">50 %<\/td><td class="num" data-label="Clear sky">/);
  assert.match(html, /<td data-label="Reported by">Wire A<\/td>/);
  assert.match(html, /<td data-label="Nearest clear date">12 April 2025/);
  assert.match(html, /td\[data-label\]::before\{content:attr\(data-label\) ": "/);
});

test("no claims without a testable claim or without a measured crossing", async () => {
  const other = dateFact("f3", "signing of the agreement", "sign", "2024-06-01", "2024-06-30", "r1");
  assert.deepEqual(siteClaims([other], OBS), []);
  const start = dateFact("f1", "start of construction", "start", "2025-04-01", "2025-04-30", "r1");
  assert.deepEqual(siteClaims([start], OBS.map((o) => ({ ...o, progress: null }))), []);
  assert.equal(await claimCheckerOf(OBS.map((o) => ({ ...o, progress: null }))), undefined, "the imagery stage is not even loaded");
  assert.doesNotMatch(renderMarkdown(buildBriefing({ reports: [], mentions: [], facts: [start], timeline: [] })), /against the imagery/);
});

test("app: the claim checker attaches the nearest clear date's snapshot from the watch's output folder", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-claims-"));
  try {
    mkdirSync(join(dir, "snapshots"));
    writeFileSync(join(dir, "snapshots", "2025-04-12.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    const check = await claimCheckerOf(OBS.map((o) => ({ ...o, provenance: { ...o.provenance, outDir: dir } })));
    const [c] = check!([dateFact("f1", "start of construction", "start", "2025-04-01", "2025-04-30", "r1")]);
    assert.equal(c.nearest?.date, "2025-04-12");
    assert.equal(c.snapshot, "data:image/png;base64,iVBORw0KGgo=");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
