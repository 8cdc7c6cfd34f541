import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClaimCheck, Observation, TimelineEntry } from "../types.js";
import { buildDossier } from "../app/explore.js";
import { siteImagery } from "../app/imagery.js";
import { homePage } from "./pages.js";
import { route } from "./server.js";
import { loadCharts } from "../publish/index.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const obs = (date: string, progress: number | null, outDir: string, flags: string[] = []): Observation => ({ id: `<x>@${date}`, site: "<x>", date, items: [], clearAoi: 0.9, clearRing: 0.9, areas: {}, progress, flags, provenance: { outDir, watchedAt: "2026-01-01T00:00:00Z", collection: "sentinel-2-l2a" } });

test("/imagery/<site>: time-lapse, chart, the claims with their nearest snapshot, milestones, snapshots, every date", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-site-"));
  try {
    mkdirSync(join(dir, "snapshots"));
    for (const d of ["2025-04-12", "2025-09-01"]) writeFileSync(join(dir, "snapshots", `${d}.png`), Buffer.from(PNG, "base64"));
    writeFileSync(join(dir, "timelapse.gif"), Buffer.from("GIF89a"));
    writeFileSync(join(dir, "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg"/>`);
    const observations = [obs("2025-04-12", 0.01, dir), obs("2025-06-04", null, dir, ["cloudy"]), obs("2025-09-01", 0.5, dir)];
    const milestones: TimelineEntry[] = [{ event: "Sentinel-2: the river crossing reads as more than half built, > 50 % not water (<x>)", date: { start: "2025-09-01", end: "2025-09-01" }, conflicting: false, sources: [], observation: "<x>@2025-09-01" }];
    const claims: ClaimCheck[] = [{ site: "<x>", claim: { kind: "start", date: { start: "2025-04-01", end: "2025-04-30" }, text: "start of <works>", sources: [] }, verdict: "supports", evidence: { date: "2025-09-01", progress: 0.5 }, nearest: { date: "2025-04-12", progress: 0.01 }, reason: "first visible change on 2025-09-01" }];
    const d = { ...buildDossier({ reports: [], mentions: [], observations, milestones }), sites: siteImagery(observations, milestones, claims) };
    assert.deepEqual(d.sites[0].snapshots.map((s) => s.date), ["2025-04-12", "2025-09-01"], "clear dates only");
    const page = route(d, new URL("http://127.0.0.1/imagery/%3Cx%3E"), "http://127.0.0.1");
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>&lt;x&gt;: from orbit<\/h1>/);
    // named in the tab and the top bar as every other page is (the briefing's long title wrapped the bar)
    assert.match(page.body, /<title>&lt;x&gt;: from orbit — dossier<\/title>/);
    assert.match(page.body, /<nav class="top"><a class="home" href="\/">dossier<\/a>/);
    assert.match(page.body, /<img src="data:image\/gif;base64,/);
    assert.match(page.body, /<img src="data:image\/svg\+xml;base64,/);
    // one under the other, not inset: the chart is drawn up to its own width, its words legible
    assert.match(page.body, /\.orbit-media\{display:grid;gap:1rem\}\.orbit-media figure\{margin:0\}/);
    assert.match(page.body, /start of &lt;works&gt;: works began April 2025/);
    assert.match(page.body, /class="badge claim-supports">imagery supports<\/span><br>first visible change on 1 September 2025/);
    assert.match(page.body, /12 April 2025 \(crossing 1 % built\)<br><img class="claim-snap" src="data:image\/png;base64,/);
    assert.match(page.body, /more than half built/);
    // a phone shows the tables without their heads: bare numbers say what they are
    assert.match(page.body, /<td class="num" data-label="Crossing built">50 %<\/td><td class="num" data-label="Clear sky">90 %<\/td>/);
    assert.match(page.body, /<td data-label="Nearest clear date">12 April 2025/);
    // and the collection and the notes say so too, when there are any
    assert.match(page.body, /<td class="cite" data-label="Collection">sentinel-2-l2a<\/td><td class="cite" data-label="Notes">cloudy<\/td>/);
    assert.match(page.body, /50 %<\/td><td class="num" data-label="Clear sky">90 %<\/td><td class="cite" data-label="Collection">sentinel-2-l2a<\/td><td class="cite"><\/td>/);
    assert.match(page.body, /Contains modified Copernicus Sentinel data 2025/);
    assert.doesNotMatch(page.body, /<x>/, "the site name is escaped everywhere");
    assert.match(homePage(d), /<a href="\/imagery\/%3Cx%3E">&lt;x&gt;<\/a>/);
    assert.equal(route(d, new URL("http://127.0.0.1/imagery/nowhere"), "http://127.0.0.1").status, 404);
    // the watch folder gone: the tables stay, the pictures go
    rmSync(dir, { recursive: true, force: true });
    const gone = siteImagery(observations, milestones, claims)[0];
    assert.deepEqual([gone.timelapse, gone.chart, gone.snapshots.length], [null, null, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
