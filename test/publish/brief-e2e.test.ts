/**
 * End to end, as a person sees it: the example's HTML briefing (plus a hostile report) opened in
 * headless Chromium. Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it); skips
 * without it, except on CI.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { run, tempDir, ROOT } from "../cli/helpers.js";
import { buildBriefing, loadCharts, renderHtml } from "../../src/publish/index.js";
import * as fx from "../publish/fixture.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const skip = existsSync(CHROMIUM) || process.env.CI ? {} : { skip: `${CHROMIUM} is absent (apt-get install chromium to run the browser checks)` };

type Browser = import("playwright-core").Browser;
let browser: Browser | undefined;
const dir = tempDir("dossier-e2e-");

before(async () => {
  if ("skip" in skip) return;
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});
after(async () => {
  await browser?.close();
});

/** Opens a file in a fresh page; records requests that leave the file and any page errors. */
async function open(file: string) {
  const page = await browser!.newPage();
  const requests: string[] = [];
  page.on("request", (r) => void (r.url().startsWith("file:") || r.url().startsWith("data:") || requests.push(r.url())));
  await page.goto(pathToFileURL(file).href);
  return { page, requests };
}

test("the example's briefing in a browser: headings, facts table, sources; hostile report text stays text", skip, async () => {
  const corpus = join(dir, "tumen-bridge");
  cpSync(join(ROOT, "examples/tumen-bridge"), corpus, { recursive: true });
  mkdirSync(join(corpus, "extra"));
  writeFileSync(
    join(corpus, "extra/hostile.md"),
    `---\ntitle: "<script>window.pwned=1</script>"\npublisher: "Evil <img src=x onerror=window.pwned=2>"\npublished: 2025-10-01\n---\n\nThe bridge will be 950 m long, one blog claims. <script>window.pwned=3</script><img src=x onerror="window.pwned=4">\n`,
  );
  const file = join(dir, "briefing.html");
  const r = await run(["brief", "--format", "html", "--out", file, corpus]);
  assert.equal(r.code, 0, r.err.join("\n"));
  const { page, requests } = await open(file);
  try {
    const text = await page.innerText("body");
    assert.match(text, /Briefing: Tumen bridge/);
    assert.match(text, /Key facts/);
    assert.match(text, /Sources/);
    for (const p of ["Meridian Wire", "Pacific Courier", "Orbit Watch"]) assert.ok(text.includes(p), p);
    assert.match(text, /copy of \S+, counted once/i);
    // the hostile report's markup is on screen as text, and none of it ran
    assert.ok(text.includes("<script>window.pwned=1</script>"), "hostile title shown as text");
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator("script").count(), 0);
    assert.deepEqual(requests, [], "the page loads nothing from anywhere");
    const facts = await page.evaluate(() => document.querySelectorAll("table.facts").length);
    if (facts) {
      // with the real pipeline the example must show its disagreements, quoted and highlighted
      assert.ok(await page.locator("table.facts th", { hasText: "Independent sources" }).isVisible());
      const mark = page.locator("#conflicts blockquote mark").first();
      assert.ok(await mark.isVisible(), "a conflict quote highlights its figure");
    }
  } finally {
    await page.close();
  }
});

test("a conflict as a reader sees it: both sides quoted, the figure highlighted, the table with badges", skip, async () => {
  const file = join(dir, "fixture.html");
  const b = buildBriefing({ ...fx, generated: "2026-01-01T00:00:00Z" });
  b.figures = [{ caption: "progress chart", mime: "image/svg+xml", data: `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="blue"/><script>parent.pwned=5</script></svg>` }];
  writeFileSync(file, renderHtml(b));
  const { page, requests } = await open(file);
  try {
    const header = await page.locator("table.facts thead").innerText();
    assert.match(header, /fact\s+value\s+independent sources\s+verdict/i);
    const row = await page.locator("table.facts tbody tr").first().innerText();
    assert.match(row, /length of the bridge[\s\S]*850 m[\s\S]*1 km[\s\S]*conflict/i);
    const quotes = page.locator("#conflicts blockquote");
    assert.match(await quotes.first().innerText(), /Officials said the span will be 850 m long\.[\s\S]*Harbour Times, 30 April 2025/);
    const mark = quotes.first().locator("mark");
    assert.equal(await mark.innerText(), "850 m");
    assert.ok(await mark.isVisible());
    const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(bg, "rgba(0, 0, 0, 0)", "the highlight has a background");
    assert.ok(await page.locator("#conflicts mark", { hasText: "1 km" }).isVisible());
    // the figure is embedded and drawn; its script never runs
    const img = page.locator("#orbit img");
    assert.ok(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0));
    assert.ok((await page.innerText("body")).includes("<script>window.pwned=1</script>"));
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.deepEqual(requests, []);
  } finally {
    await page.close();
  }
});
