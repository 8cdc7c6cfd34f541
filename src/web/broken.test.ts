/**
 * One broken report never breaks a page: odd data in one report (a figure outside its text, values
 * that are not numbers, a date that is no date, lone surrogates, no publisher or title) leaves every
 * page of the explorer answering 200, with the other reports on it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention, Report } from "../types.js";
import { buildDossier } from "../app/explore.js";
import { route } from "./server.js";
import { loadCharts } from "../publish/index.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const report = (id: string, text: string, extra: Partial<Report> = {}): Report => ({ id, url: null, publisher: "Test Desk", published: "2025-01-02", language: "en", title: `Report ${id}`, hash: id, text, copyOf: null, ...extra });
const m = (source: string, text: string, start: number, end: number, extra: Partial<Mention> = {}): Mention => ({ source, start, end, text: text.slice(start, end), kind: "quantity", low: 120, high: 120, unit: "m", qualifier: null, subject: "height of the dam", ...extra });

const good = "The dam will be 120 m tall.";
const odd = "Broken \uD800 text: the dam is 150 m tall and 7 km long, built in spring.";

test("a report with broken data leaves every page of the explorer answering 200", () => {
  const reports = [
    report("ok1", good),
    report("ok2", good.replace("120", "150"), { published: "2025-01-05" }),
    report("bad", odd, { publisher: null, title: null, published: "someday", url: "javascript:alert(1)" }),
  ];
  const mentions = [
    m("ok1", good, 16, 21),
    m("ok2", reports[1].text, 16, 21, { low: 150, high: 150 }),
    m("bad", odd, 30, 35, { low: 150, high: 150 }),
    m("bad", odd, 500, 520, { text: "far away" }),
    m("bad", odd, 40, 44, { low: Number.NaN, high: Number.POSITIVE_INFINITY, unit: "m", subject: "length" }),
    m("bad", odd, 64, 70, { kind: "date", low: null, high: null, unit: null, date: { start: "2025-13-45", end: "nonsense" }, subject: "built" }),
    m("gone", "", 0, 4, { text: "5 km" }),
  ];
  let d: ReturnType<typeof buildDossier>;
  try {
    d = buildDossier({ reports, mentions, generated: "2026-01-01T00:00:00Z" });
  } catch (e) {
    assert.fail(`the dossier could not be built: ${(e as Error).stack}`);
  }
  const paths = ["/", "/facts", "/reports", "/timeline", "/sources", "/search?q=dam", "/briefing.html", "/briefing.md", "/briefing.json", "/feed.atom", ...reports.map((r) => `/reports/${r.id}`), ...d.briefing.facts.map((f) => `/facts/${encodeURIComponent(f.id)}`)];
  for (const path of paths) {
    const r = route(d, new URL(path, "http://x"), "http://x");
    assert.equal(r.status, 200, `${path}: ${r.body.slice(0, 300)}`);
  }
  const home = route(d, new URL("/", "http://x"), "http://x").body;
  assert.match(home, /150 m/);
  assert.doesNotMatch(route(d, new URL("/reports/bad", "http://x"), "http://x").body, /href="javascript:/);
});
