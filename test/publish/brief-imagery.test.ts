/**
 * `dossier brief` of a store holding reports and the observations of a `dossier watch`: the chart and
 * latest snapshot of the watch's output folder (recorded in provenance.outDir) are embedded without
 * --imagery, and the imagery milestones sit on the timeline beside the reports' dated events.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir, ROOT } from "../cli/helpers.js";
import { openStore } from "../../src/store/index.js";
import { imageryTimeline } from "../../src/imagery/change.js";
import { formatPublished } from "../../src/publish/format.js";
import type { Observation, TimelineEntry } from "../../src/types.js";

const EXAMPLE = join(ROOT, "examples/tumen-bridge");
const SITE = "test-crossing";
// a crossing built over the summer: bare ground grows from July, closed in September
const ROWS = [
  { date: "2025-05-01", progress: 0, bare: 2 },
  { date: "2025-06-01", progress: 0.02, bare: 2.1 },
  { date: "2025-07-01", progress: 0.2, bare: 3.5 },
  { date: "2025-08-01", progress: 0.5, bare: 4 },
  { date: "2025-09-01", progress: 0.97, bare: 4.2 },
  { date: "2025-10-01", progress: 1, bare: 4.3 },
].map((r) => ({ date: r.date, progress: r.progress, progressSmoothed: r.progress, flags: [] as string[], areas: { water: 10 - r.bare, bare_built: r.bare } }));
const EXPECTED = imageryTimeline(SITE, ROWS, 20);
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** A watch output folder: table.json, chart.svg, a snapshot of the last two dates. */
function watchFolder(dir: string): string {
  mkdirSync(join(dir, "snapshots"), { recursive: true });
  const rows = ROWS.map((r) => ({ ...r, items: [`S2X_${r.date}`], clearAoi: 0.95 }));
  writeFileSync(join(dir, "table.json"), JSON.stringify({ site: SITE, crossingPixels: 20, timeline: EXPECTED, rows }));
  writeFileSync(join(dir, "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`);
  for (const d of ["2025-09-01", "2025-10-01"]) writeFileSync(join(dir, "snapshots", `${d}.png`), PNG);
  return dir;
}

/** Observations as `dossier watch --db` stores them (fields of toObservations + the provenance watch adds). */
const observations = (site: string, outDir: string, watchedAt: string): Observation[] =>
  ROWS.map((r) => ({
    id: `${site}@${r.date}`,
    site,
    date: r.date,
    items: [`S2X_${r.date}`],
    clearAoi: 0.95,
    clearRing: 0.9,
    areas: r.areas,
    progress: r.progress,
    flags: r.flags,
    provenance: { progressSmoothed: r.progressSmoothed, crossingPixels: 20, outDir, axis: true, watchedAt },
  }));

const dir = tempDir("dossier-brief-imagery-");
const out = watchFolder(join(dir, "watch-out"));
const db = join(dir, "db");
const cite = (t: TimelineEntry) => `Sentinel-2, measured (${SITE}, ${formatPublished(t.date.start)})`;

test("brief of the store: the last watch's chart and snapshot embedded, its milestones on the timeline beside the reports'", async () => {
  assert.equal((await run(["add", "--db", db, EXAMPLE])).code, 0);
  const store = await openStore({ db });
  try {
    // an older watch of another site whose folder is gone: not the one embedded, no note about it
    await store.addObservations("older-site", observations("older-site", join(dir, "gone"), "2025-01-01T00:00:00.000Z"));
    await store.addObservations(SITE, observations(SITE, out, "2025-11-01T00:00:00.000Z"));
  } finally {
    await store.close();
  }
  assert.deepEqual(EXPECTED.map((t) => t.date.start), ["2025-07-01", "2025-07-01", "2025-09-01", "2025-10-01"], "the fixture yields every kind of milestone");

  const html = await run(["brief", "--db", db, "--format", "html"]);
  assert.equal(html.code, 0, html.err.join("\n"));
  assert.deepEqual(html.err, []);
  const page = html.out.join("\n");
  const imgs = page.match(/<img src="data:image\/(svg\+xml|png);base64,/g) ?? [];
  assert.deepEqual(imgs.map((m) => m.includes("png")), [false, true], "the chart then the latest clear snapshot");
  assert.match(page, new RegExp(`Site ${SITE} on 2025-10-01`), "the latest snapshot");
  // From orbit comes right after the key facts, before the timeline
  const at = (id: string) => page.indexOf(`<section id="${id}">`);
  assert.ok(at("facts") >= 0 && at("orbit") > at("facts") && at("timeline") > at("orbit"));
  assert.equal(page.slice(at("facts"), at("orbit")).match(/<section /g)?.length, 1, "nothing between the key facts and From orbit");
  const timeline = page.slice(at("timeline"), page.indexOf("</section>", at("timeline")));
  for (const t of EXPECTED) {
    assert.ok(timeline.includes(t.event.replace(/&/g, "&amp;")), t.event);
    assert.ok(timeline.includes(`<a href="#orbit">${cite(t)}</a>`), cite(t));
  }
  assert.ok(!timeline.includes("older-site@") && timeline.includes("Sentinel-2, measured (older-site,"), "every stored site has its milestones");

  const md = (await run(["brief", "--db", db])).out.join("\n");
  assert.ok(md.indexOf("## From orbit") < md.indexOf("## Timeline"));
  assert.match(md, /Figures \(in the HTML briefing\): Site test-crossing: share of the crossing/);
  // captions that end a sentence of their own are joined without a doubled stop (".;", "..")
  const figuresLine = md.split("\n").find((l) => l.startsWith("Figures (in the HTML briefing)")) ?? "";
  assert.doesNotMatch(figuresLine, /\.;|\.\.$/, figuresLine);
  assert.match(figuresLine, /[^.]\.$/);
  for (const t of EXPECTED) assert.ok(md.split("\n").some((l) => l.startsWith("| ") && l.includes(t.event) && l.includes(cite(t))), `Markdown row for ${t.event}`);

  // one timeline of both kinds, ordered by date
  const j = JSON.parse((await run(["brief", "--db", db, "--format", "json"])).out.join("\n"));
  const starts = j.timeline.map((t: TimelineEntry) => t.date.start);
  assert.deepEqual(starts, [...starts].sort());
  assert.equal(j.timeline.filter((t: TimelineEntry) => t.observation?.startsWith(`${SITE}@`)).length, EXPECTED.length);
  assert.ok(j.timeline.some((t: TimelineEntry) => !t.observation && t.sources.length), "the reports' events are there too");
  assert.equal(j.figures.length, 2);
});

test("brief of the store when the watch folder is gone: a note on stderr, the briefing without figures", async () => {
  renameSync(out, join(dir, "moved"));
  try {
    const r = await run(["brief", "--db", db, "--format", "html"]);
    assert.equal(r.code, 0, r.err.join("\n"));
    assert.match(r.err.join("\n"), /^note: no figures for site test-crossing: .*watch-out is gone/);
    const page = r.out.join("\n");
    assert.ok(!page.includes("<img"));
    assert.match(page, /<section id="orbit">/, "the observations table is still shown");
    assert.ok(page.includes(cite(EXPECTED[0])));
  } finally {
    renameSync(join(dir, "moved"), out);
  }
});

test("brief of files with --imagery DIR: the milestones of DIR/table.json join the timeline", async () => {
  const r = await run(["brief", "--format", "json", "--imagery", out, EXAMPLE]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const j = JSON.parse(r.out.join("\n"));
  assert.deepEqual(j.timeline.filter((t: TimelineEntry) => t.observation).map((t: TimelineEntry) => t.event), EXPECTED.map((t) => t.event));
  assert.equal(j.figures.length, 2);
});
