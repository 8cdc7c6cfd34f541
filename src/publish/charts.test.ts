import { test } from "node:test";
import assert from "node:assert/strict";
import { buildBriefing, loadCharts, renderHtml, renderMarkdown } from "./index.js";
import { factChart, timelineChart, timelineRows } from "./charts.js";
import { textWidth } from "./vega.js";
import { explainVerdict } from "./prose.js";
import { readableLabel, sections, sourceGroups } from "./view.js";
import * as fx from "../../test/publish/fixture.js";
import type { Fact } from "../types.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const briefing = () => buildBriefing({ ...fx, generated: "2026-01-02T03:04:05Z" });

test("HTML briefing: every conflict has its dot plot as inline SVG, labelled, with an HTML legend", () => {
  const html = renderHtml(briefing());
  const conflicts = html.slice(html.indexOf(`<section id="conflicts">`), html.indexOf("</section>", html.indexOf(`<section id="conflicts">`)));
  const cards = conflicts.split(`<article class="fact`).slice(1);
  assert.equal(cards.length, 2);
  for (const card of cards) {
    assert.match(card, /<figure class="chart"><svg role="img" aria-label="[^"]+"/, "an inline, labelled SVG per conflict");
    assert.match(card, /<ul class="key"><li><span class="sw" style="background:#b42318"><\/span>/, "legend in HTML, first value in the conflict colour");
  }
  assert.match(html, /850 m from 30 April 2025 to 3 May 2025 \(2 reports\); 1 km on 2 May 2025 \(1 report\)/, "the chart in words");
  assert.ok(!/<script/i.test(html) && !/\son\w+="/i.test(html), "nothing runs");
});

test("charts: axes in the reader's units, ranges and approximate figures told apart, hostile labels escaped", () => {
  const b = briefing();
  const s = sections(b);
  const length = factChart(b.facts.find((f) => f.id === "bridge-length")!, s.sourcesById)!;
  assert.equal(length.axis, "m");
  // a count's noun and a volume as the table writes them, not their unit keys ("troop", "m3")
  const bridge = b.facts.find((f) => f.id === "bridge-length")!;
  const as = (kind: Fact["kind"], unit: string, scale: number) => factChart({ ...bridge, kind, unit, members: bridge.members.map((m) => ({ ...m, kind, unit, low: m.low! * scale, high: m.high! * scale })), values: bridge.values.map((v) => ({ ...v, low: v.low! * scale, high: v.high! * scale })) }, s.sourcesById)!.axis;
  assert.equal(as("count", "troop", 10), "troops");
  assert.equal(as("quantity", "m3", 30_000), "million m³");
  assert.deepEqual(length.rows.map((r) => [r.date, r.low, r.how]), [["2025-04-30", 850, "exact"], ["2025-05-02", 1000, "exact"], ["2025-05-03", 850, "exact"]]);
  const completion = factChart(b.facts.find((f) => f.id === "completion")!, s.sourcesById)!;
  assert.equal(completion.dates, true);
  assert.deepEqual([completion.rows[0].low, completion.rows[0].high], ["2026-05-01", "2026-08-31"]);
  assert.equal(factChart(b.facts.find((f) => f.id === "start")!, s.sourcesById), null, "one value: nothing to compare");
  const tl = timelineChart(b.timeline)!;
  assert.ok(!tl.svg.includes("<script"), "timeline labels are escaped by vega");
  assert.match(tl.svg, /&lt;script&gt;/);
  assert.match(tl.svg, /<text[^>]*>Apr 2025<\/text>/, "a drawn time axis");
});

test("Markdown: each chart as words and a data table", () => {
  const md = renderMarkdown(briefing());
  assert.match(md, /_Chart: length of the bridge, values by report date: 850 m .*\._\n\n\| Report date \| Value \| Stated \| Reports \|/);
  assert.match(md, /\| 2 May 2025 \| 1 km \| as stated \| Northern Wire \|/);
  assert.match(md, /\| 30 April 2025 \| mid-2026 \(May–Aug 2026\) \| as stated \| Harbour Times \|/);
});

test("verdicts in words: who says what, when, and how far apart", () => {
  const b = briefing();
  const s = sections(b);
  const length = b.facts.find((f) => f.id === "bridge-length")!;
  assert.equal(explainVerdict(length, s.sourcesById), "Harbour Times (30 Apr) says 850 m; Northern Wire (2 May) says 1 km: they differ by 15%, more than rounding allows.");
  assert.match(explainVerdict(b.facts.find((f) => f.id === "completion")!, s.sourcesById), /the periods are 30 days apart\.$/);
  // from typed reasons, when reconcile gives them
  const reasoned = { ...length, reason: { verdict: "conflict", disagreements: [{ a: 1, b: 0, gap: 1000 / 850, gapUnit: "ratio", timeA: "2025-05-02", timeB: "2025-04-30", fixed: true }], revisions: [] } } as Fact;
  assert.equal(explainVerdict(reasoned, s.sourcesById), "Northern Wire (2 May) says 1 km; Harbour Times (30 Apr) says 850 m: they differ by 15%, more than rounding allows; this cannot change over time, so reports of any date count.");
  // one report quoting two sources that disagree: named once; a pair of two reports goes first
  const quoting = { ...length, members: [length.members[0], { ...length.members[0], start: length.members[0].start + 40, low: 1000, high: 1000 }, ...length.members.slice(1)] } as Fact;
  const inOne = { verdict: "conflict", disagreements: [{ a: 0, b: 1, gap: 1000 / 850, gapUnit: "ratio", timeA: "2025-04-30", timeB: "2025-04-30", fixed: false }], revisions: [] };
  assert.equal(explainVerdict({ ...quoting, reason: inOne } as Fact, s.sourcesById), "Harbour Times (30 Apr) says 850 m; the same report, quoting another source, says 1 km: they differ by 15%, more than rounding allows.");
  const both = { ...inOne, disagreements: [...inOne.disagreements, { a: 0, b: 2, gap: 1.01, gapUnit: "ratio", timeA: "2025-04-30", timeB: "2025-05-02", fixed: false }] };
  assert.match(explainVerdict({ ...quoting, reason: both } as Fact, s.sourcesById), /^Harbour Times \(30 Apr\) says 850 m; Northern Wire \(2 May\) says/);
  // the dispute shown is between the best-backed values, not the two widest apart (a stray)
  const far = { ...length.members[1], source: "x9", origin: "x9", text: "5 km", low: 5000, high: 5000, start: 0, end: 4 };
  const values = [{ low: 850, high: 850, origins: ["a1", "zz"], members: [0, 2] }, { low: 1000, high: 1000, origins: ["a2"], members: [1] }, { low: 5000, high: 5000, origins: ["x9"], members: [3] }];
  const gaps = [[1, 3, 5], [0, 1, 1000 / 850], [0, 3, 5000 / 850]].map(([a, b, gap]) => ({ a, b, gap, gapUnit: "ratio", timeA: null, timeB: null, fixed: false }));
  const stray = { ...length, members: [...length.members, far], values, reason: { verdict: "conflict", disagreements: gaps, revisions: [] } } as Fact;
  assert.match(explainVerdict(stray, s.sourcesById), /^Harbour Times \(30 Apr\) says 850 m; Northern Wire \(2 May\) says 1 km: .*\(2 more pairs disagree likewise\.\)$/);
  const revised = { ...length, verdict: "revised", reason: { verdict: "revised", revisions: [{ from: 0, to: 1, fromTime: "2025-04-30", toTime: "2025-05-02", why: "estimate" }] } } as Fact;
  assert.equal(explainVerdict(revised, s.sourcesById), "Harbour Times (30 Apr) gave 850 m; Northern Wire (2 May) gives 1 km: a later estimate replaces the earlier one, so the later figure stands.");
  // a report that gives both the old figure and the new one: the change is told between two reports
  const twice = { ...length, members: [...length.members, { ...length.members[1], start: length.members[1].start + 5, low: 900, high: 900 }] } as Fact;
  const both2 = [{ from: 0, to: 1, fromTime: "2025-04-30", toTime: "2025-05-02", why: "estimate" }, { from: 3, to: 1, fromTime: "2025-05-02", toTime: "2025-05-02", why: "estimate" }];
  assert.match(explainVerdict({ ...twice, verdict: "revised", reason: { verdict: "revised", revisions: both2 } } as Fact, s.sourcesById), /^Harbour Times \(30 Apr\) gave 850 m; Northern Wire \(2 May\) gives 1 km/);
  // an undated report's time is its manifest note's rough date: said to be one, not shown as a dateline
  const undated = { ...reasoned, members: [{ ...length.members[0], published: null, time: { date: "2025-04-30" } }, ...length.members.slice(1)] } as Fact;
  assert.match(explainVerdict(undated, s.sourcesById), /Harbour Times \(date unknown, c\. 30 Apr( 2025)?\) says 850 m/);
  // and so in its chart: its row and the chart's words say the date is a rough one
  const rough = factChart(undated, s.sourcesById)!;
  assert.deepEqual(rough.rows.map((r) => r.rough), rough.rows.map((r) => r.sources.includes("Harbour Times")));
  assert.match(rough.alt, /850 m (on|from) c\. 30 April 2025/);
  // an analyst's verdict first; the figures' own case after it, said to be theirs
  const decided = { ...reasoned, verdict: "agree", decidedVerdict: true, decisions: [{ id: 1, action: "verdict", verdict: "agree", at: "2025-06-01T10:00:00Z", reason: "one figure counts the ramps." }] } as Fact;
  assert.match(explainVerdict(decided, s.sourcesById), /^An analyst set this verdict to agree on 1 June 2025: one figure counts the ramps\. The figures alone: Northern Wire \(2 May\) says 1 km; Harbour Times \(30 Apr\) says 850 m: they differ/);
  for (const f of b.facts) assert.ok(!/report:|via:|\bnull\b|undefined/.test(explainVerdict(f, s.sourcesById)), "no machine strings");
});

test("timeline rows: an imagery row's label starts with what was seen; the site is named only among several", () => {
  const seen = (site: string, date: string, what: string) => ({ event: `Sentinel-2: ${what} (${site})`, date: { start: date, end: date }, conflicting: false, sources: [], observation: `${site}@${date}` });
  const said = { event: "completion of the quay (west)", date: { start: "2025-09-01", end: "2025-09-30" }, conflicting: false, sources: [] };
  const one = timelineRows([said, seen("Quay", "2025-05-02", "bare or built ground grows at the site"), seen("Quay", "2025-06-02", "part of the river crossing no longer reads as water")]);
  assert.deepEqual(one.rows.map((r) => r.event), ["completion of the quay (west)", "bare or built ground grows at the site", "part of the river crossing no longer reads as…"]);
  const two = timelineRows([seen("Quay", "2025-05-02", "bare ground grows"), seen("Pier", "2025-06-02", "bare ground grows")]);
  assert.deepEqual(two.rows.map((r) => r.event), ["bare ground grows (Quay)", "bare ground grows (Pier)"]);
});

test("sources: copies nested under the report they copy, a chain under its first; a loop of copies lists each report", () => {
  const src = (id: string, copyOf: string | null = null) => ({ id, url: null, publisher: id, published: null, title: null, copyOf });
  const groups = sourceGroups([src("a"), src("b", "a"), src("c", "b"), src("d"), src("x", "y"), src("y", "x")]);
  assert.deepEqual(groups.map((g) => [g.source.id, g.copies.map((c) => c.id)]), [["a", ["b", "c"]], ["d", []], ["x", []], ["y", []]]);
});

test("key facts: conflicts first, then the most independent sources; labels that do not read go below the fold", () => {
  const b = briefing();
  const f = (id: string, about: string, verdict: Fact["verdict"], origins: number) => ({ ...b.facts[0], id, about, verdict, origins });
  b.facts = [f("a", "cost of the dam", "agree", 5), f("b", "height of the dam", "revised", 7), f("c", "length of the bridge", "conflict", 2), f("d", "number of despite", "agree", 9), f("e", "date of the heard", "conflict", 3)];
  const s = sections(b);
  assert.deepEqual(s.key.map((x) => x.id), ["c", "b", "a"]);
  assert.deepEqual(s.unlabelled.map((x) => x.id), ["e", "d"]);
  const html = renderHtml(b);
  assert.match(html, /<details class="fold"><summary>2 more facts whose subject could not be named<\/summary><table class="facts">.*number of despite/s);
  assert.ok(html.indexOf("number of despite") > html.indexOf("cost of the dam"), "after the headline rows");
  assert.equal(readableLabel({ ...b.facts[0], about: "length of the bridge", property: { thing: null, attribute: null, scope: null, per: null, event: null } }), false, "reconcile found no property");
  assert.equal(readableLabel({ ...b.facts[0], about: "ships delayed" }), true);
  // a measure with nothing it is of
  for (const about of ["date", "cost", "Length"]) assert.equal(readableLabel({ ...b.facts[0], about, property: null }), false, about);
  // the en locale's closed classes: modals, contractions and possessives, pronouns, prepositions
  for (const about of ["completion of the won't", "percentage of the ours", "number of except", "value of the members'"])
    assert.equal(readableLabel({ ...b.facts[0], about, property: null }), false, about);
});

test("a crowded dot plot is thinned to its budget, and a minority value keeps its points", async () => {
  const { thin } = await import("./charts.js");
  const rows = [...Array.from({ length: 500 }, (_, i) => ({ slot: "0", i })), ...Array.from({ length: 5 }, (_, i) => ({ slot: "1", i }))];
  const kept = thin(rows, 40);
  assert.ok(kept.length <= 45, `${kept.length} rows`);
  assert.ok(kept.filter((r) => r.slot === "1").length >= 3, "the minority value stays visible");
  assert.equal(kept[0].i, 0, "the first date stays");
  assert.ok(kept.some((r) => r.slot === "0" && r.i === 499), "the last date stays");
  assert.deepEqual(thin(rows.slice(0, 10), 40), rows.slice(0, 10));
});

test("timeline rows: labels cut to the axis's room by whole characters, never half an emoji or an accent off its letter, their date kept", async () => {
  await loadCharts();
  const said = (event: string, start = "2025-05-01") => ({ event, date: { start, end: start }, conflicting: false, sources: [] });
  const emoji = "🌉".repeat(40);
  const accents = "e\u0301".repeat(40);
  const korean = "다리 개통 일정에 관한 보도가 서로 엇갈리고 있다는 점이 확인되었다";
  const { rows } = timelineRows([said(emoji), said(accents), said(korean), said(`${"x".repeat(40)} y`, "2025-05-02"), said(`${"x".repeat(40)} y`, "2025-05-03")]);
  for (const r of rows) {
    assert.ok(r.event.endsWith("…") || r.event.includes("May 2025"), r.event);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(r.event), `no lone surrogate: ${r.event}`);
    assert.ok(!/^\u0301|[^e]\u0301/.test(r.event), `no accent off its letter: ${r.event}`);
    assert.ok(textWidth(r.event, 11) < 300, `fits the axis: ${r.event}`);
  }
  assert.match(rows[0].event, /^(🌉)+…$/u);
  assert.match(rows[1].event, /^(e\u0301)+…$/u);
  // a Korean label is cut at a word, its characters counted a full em wide
  assert.ok(korean.startsWith(rows[2].event.slice(0, -1)) && korean[rows[2].event.length - 1] === " ", rows[2].event);
  assert.deepEqual([textWidth("다리", 11), textWidth("🌉", 11), textWidth("e\u0301", 11)], [22, 11, 9]);
  // a repeated name keeps its date whole, the name cut instead
  assert.match(rows[3].event, /^x+…, 2 May 2025$/);
  // vega draws the labels as they are: nothing cut again in the SVG
  const svg = timelineChart([said(emoji), said(korean)])!.svg;
  assert.ok(svg.includes(rows[0].event) && svg.includes(rows[2].event));
});

test("timeline rows: a name that repeats says its date, not a bare count; two facts of one name and date are numbered as facts", () => {
  const said = (event: string, start: string, end = start) => ({ event, date: { start, end }, conflicting: false, sources: [] });
  const { rows } = timelineRows([said("date of the deaths", "2022-10-29"), said("date of the deaths", "2022-10-30"), said("opening of the bridge", "2022-11-01", "2022-11-30"), said("date", "2022-12-01"), said("date", "2022-12-01")]);
  assert.deepEqual(rows.map((r) => r.event), [
    "date of the deaths, 29 October 2022",
    "date of the deaths, 30 October 2022",
    "opening of the bridge",
    "date, 1 December 2022",
    "date, 1 December 2022 (fact 2)",
  ]);
  assert.ok(rows.every((r) => !/\(\d+\)$/.test(r.event)));
});
