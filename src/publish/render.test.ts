import { test } from "node:test";
import assert from "node:assert/strict";
import { buildBriefing, loadCharts, renderHtml, renderJson, renderMarkdown } from "./index.js";
import { escapeMarkdown } from "./markdown.js";
import { figureSrc } from "./html.js";
import * as fx from "../../test/publish/fixture.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const briefing = () => buildBriefing({ ...fx, generated: "2026-01-02T03:04:05Z" });

test("buildBriefing: conflicts first, every member quoted from its report, copies traced", () => {
  const b = briefing();
  assert.deepEqual(b.facts.map((f) => f.verdict), ["conflict", "conflict", "single", "single", "single"]);
  for (const f of b.facts)
    for (const m of f.members) {
      const text = fx.reports.find((r) => r.id === m.source)!.text;
      assert.ok(m.excerpt, `${f.id} member has an excerpt`);
      assert.equal(text.slice(m.excerpt.start, m.excerpt.start + m.excerpt.text.length), m.excerpt.text);
      assert.ok(m.excerpt.start <= m.start && m.excerpt.start + m.excerpt.text.length >= m.end);
    }
  assert.equal(b.sources.find((s) => s.id === "a3")?.copyOf, "a1");
  assert.deepEqual(b.sources.map((s) => s.id), ["a1", "a2", "a3", "x9"], "sources by date");
  assert.match(b.method, /independent/i);
});

test("buildBriefing: the sources' copy links are the reports' own (copies are found once, before; never inferred here)", () => {
  const reports = fx.reports.map((r) => ({ ...r, copyOf: r.id === "a3" ? "a1" : null }));
  const b = buildBriefing({ ...fx, reports });
  assert.equal(b.sources.find((s) => s.id === "a3")?.copyOf, "a1");
  assert.equal(b.sources.find((s) => s.id === "a2")?.copyOf, null);
  const none = buildBriefing({ ...fx, reports: fx.reports.map((r) => ({ ...r, copyOf: null })) });
  assert.ok(none.sources.every((s) => s.copyOf === null));
});

test("HTML: hostile source text renders as text, never as markup", () => {
  const html = renderHtml(briefing());
  assert.ok(!html.includes("<script"), "no <script> element at all");
  assert.ok(!/<img[^>]*onerror/i.test(html), "no live <img onerror>");
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) assert.ok(!/\son\w+\s*=/i.test(m[0]), `event-handler attribute in ${m[0]}`);
  assert.ok(html.includes("&lt;script&gt;window.pwned=1&lt;/script&gt;"), "the hostile text is shown, escaped");
  assert.ok(!/href\s*=\s*"javascript:/i.test(html), "javascript: URLs are never linked");
  // every attribute value is quoted with " and contains no raw quote or angle bracket
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) assert.ok(!/=[^"\s>]/.test(m[0].replace(/="[^"]*"/g, "")), `unquoted attribute in ${m[0]}`);
});

test("HTML: self-contained: no remote src, no stylesheet or script links, no CSS imports; a CSP forbids the rest", () => {
  const b = briefing();
  b.figures = [
    { caption: "chart", mime: "image/svg+xml", data: `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>` },
    { caption: "snapshot", mime: "image/png", data: "iVBORw0KGgo=" },
    { caption: "remote", mime: "image/png", data: "https://evil.example/x.png" },
  ];
  const html = renderHtml(b);
  for (const m of html.matchAll(/\ssrc="([^"]*)"/g)) assert.match(m[1], /^data:image\//, `src must be a data: URL: ${m[1].slice(0, 40)}`);
  for (const m of html.matchAll(/<(\w+)[^>]*\shref="([^"]*)"/g)) {
    assert.equal(m[1].toLowerCase(), "a", "only <a> has href");
    assert.match(m[2], /^(#|https?:\/\/)/, `href ${m[2]}`);
  }
  assert.ok(!/<link\b/i.test(html) && !/@import|url\(/i.test(html), "no stylesheets or CSS urls");
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!html.includes("evil.example"), "a figure that is a remote URL is dropped");
  assert.equal((html.match(/<img /g) ?? []).length, 2, "svg (as data URL) and png embedded");
  assert.match(html, /From orbit/);
  assert.equal(figureSrc({ mime: "text/html", data: "PGgxPg==" }), null);
  assert.equal(figureSrc({ mime: "image/png", data: "data:text/html,<script>" }), null);
});

test("HTML: a conflict quotes each side with the figure marked, and cites publisher and date", () => {
  const html = renderHtml(briefing());
  assert.match(html, /Officials said the span will be <mark>850 m<\/mark> long\./);
  assert.match(html, /The bridge will stretch for <mark>1 km<\/mark> across the river/);
  assert.match(html, /Northern Wire<\/a>, 2 May 2025/);
  assert.match(html, /<th>Fact<\/th><th>Value<\/th><th class="num">Independent sources<\/th><th>Verdict<\/th>/);
  assert.match(html, /class="badge conflict">conflict</);
  assert.match(html, /mid-2026 \(May–Aug 2026\)/);
});

test("Markdown: hostile text is escaped: no HTML, no links, no broken table cells", () => {
  const md = renderMarkdown(briefing());
  assert.ok(!/(^|[^\\])<(script|img)/m.test(md), "no raw tags");
  assert.ok(!/(^|[^\\])\[link(\\)?\]\(/.test(md), "no live link");
  for (const line of md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))) {
    const cells = line.replace(/\\\\/g, "").split(/(?<!\\)\|/).length - 2;
    assert.ok(cells === 3 || cells === 4, `row has ${cells} cells: ${line}`);
  }
  assert.equal(escapeMarkdown("a*b_c [d](e) <f> | & `g` \\"), "a\\*b\\_c \\[d\\](e) \\<f\\> \\| \\& \\`g\\` \\\\");
  assert.equal(escapeMarkdown("two\nlines"), "two lines");
});

test("Markdown: title, key facts table, conflicts quoting both sides, timeline, sources, method", () => {
  const md = renderMarkdown(briefing());
  // the default title's dates in words, as the briefing's other dates
  assert.match(md, /^# Briefing on 4 reports \(\d{1,2} [A-Z][a-z]+ 20\d\d to \d{1,2} [A-Z][a-z]+ 20\d\d\)$/m);
  for (const h of ["# Briefing on 4 reports", "## Key facts", "## Conflicts", "## Timeline", "## Single-source figures", "## Sources", "## Method"]) assert.ok(md.includes(h), h);
  assert.match(md, /\| length of the bridge \| 850 m \(1 source\) vs 1 km \(1 source\) \| 2 \| ⚠ conflict \|/);
  assert.match(md, /> Officials said the span will be \*\*850 m\*\* long\.\\\n> — Harbour Times, 30 April 2025 \\\[a1\\\]/);
  assert.match(md, /Also: Coastal Daily, 3 May 2025 \\\[a3\\\] \(copy of \\\[a1\\\]\)/);
  assert.match(md, /copy of \\\[a1\\\], counted once/);
  assert.match(md, /<https:\/\/example\.org\/a2>/);
});

test("JSON: facts with id, about, verdict and members the scorer reads; timeline; sources", () => {
  const j = JSON.parse(renderJson(briefing()));
  assert.ok(Array.isArray(j.facts) && Array.isArray(j.timeline) && Array.isArray(j.sources));
  for (const f of j.facts) {
    assert.equal(typeof f.id, "string");
    assert.equal(typeof f.about, "string");
    assert.ok(["agree", "conflict", "revised", "single"].includes(f.verdict));
    for (const m of f.members) {
      assert.equal(typeof m.source, "string");
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
      assert.equal(fx.reports.find((r) => r.id === m.source)!.text.slice(m.start, m.end), m.text);
    }
  }
  assert.deepEqual(Object.keys(j.sources[0]).sort(), ["copyOf", "id", "published", "publisher", "title", "url"]);
  assert.equal(j.generated, "2026-01-02T03:04:05Z");
});

test("a revised figure ends on the value stated latest, even when it was also the first", () => {
  const day = (start: string, end: string) => ({ kind: "date" as const, date: { start, end } });
  // the end of 2026 (30 Apr), then mid-2026 (12 Jun), then the end of 2026 again (5 Sep): the end of 2026 stands
  const first = { ...fx.member("a2", "the end of 2026", day("2026-10-01", "2026-12-31")), published: "2025-04-30" };
  const middle = { ...fx.member("a1", "mid-2026", day("2026-05-01", "2026-08-31")), published: "2025-06-12" };
  const latest = { ...fx.member("a2", "the end of 2026", day("2026-10-01", "2026-12-31"), "later"), published: "2025-09-05" };
  const revised = {
    id: "opening", about: "planned opening", kind: "date" as const, unit: null, verdict: "revised" as const, members: [first, middle, latest], origins: 3,
    values: [{ low: null, high: null, date: first.date, origins: ["report:a2", "report:later"], members: [0, 2] }, { low: null, high: null, date: middle.date, origins: ["report:a1"], members: [1] }],
  };
  const md = renderMarkdown(buildBriefing({ ...fx, facts: [revised], generated: "2026-01-01T00:00:00Z" }));
  assert.match(md, /\| planned opening \| mid-2026 \(May–Aug 2026\) → end of 2026 \(Oct–Dec 2026\) \|/);
});

test("a revised figure ends on the value its latest revision leaves standing, an undated report's later target too", () => {
  const day = (start: string, end: string) => ({ kind: "date" as const, date: { start, end } });
  // mid-2026 (30 Apr), then the end of 2026 in a report of no date: the later target stands, as the prose says
  const dated = fx.member("a1", "mid-2026", day("2026-05-01", "2026-08-31"));
  const undated = { ...fx.member("a2", "the end of 2026", day("2026-10-01", "2026-12-31")), published: null };
  const revised = {
    id: "opening", about: "planned opening", kind: "date" as const, unit: null, verdict: "revised" as const, members: [dated, undated], origins: 2,
    values: [{ low: null, high: null, date: dated.date, origins: ["report:a1"], members: [0] }, { low: null, high: null, date: undated.date, origins: ["report:a2"], members: [1] }],
    reason: { verdict: "revised" as const, revisions: [{ from: 0, to: 1, fromTime: "2025-04-30", toTime: null, why: "estimate" as const }] },
  };
  const md = renderMarkdown(buildBriefing({ ...fx, facts: [revised], generated: "2026-01-01T00:00:00Z" }));
  assert.match(md, /\| planned opening \| mid-2026 \(May–Aug 2026\) → end of 2026 \(Oct–Dec 2026\) \|/);
  assert.match(md, /gave mid-2026 \(May–Aug 2026\);.* gives end of 2026/);
});

test("a revision is told from the original report, not from a copy of it", () => {
  const day = (start: string, end: string) => ({ kind: "date" as const, date: { start, end } });
  const original = fx.member("a1", "mid-2026", day("2026-05-01", "2026-08-31"));
  const copy = fx.member("a3", "mid-2026", day("2026-05-01", "2026-08-31"), "a1");
  const later = fx.member("a2", "the end of 2026", day("2026-10-01", "2026-12-31"));
  const revised = {
    id: "opening", about: "planned opening", kind: "date" as const, unit: null, verdict: "revised" as const, members: [original, copy, later], origins: 2,
    values: [{ low: null, high: null, date: original.date, origins: ["report:a1"], members: [0, 1] }, { low: null, high: null, date: later.date, origins: ["report:a2"], members: [2] }],
    reason: { verdict: "revised" as const, revisions: [
      { from: 0, to: 2, fromTime: "2025-04-30", toTime: "2025-05-02", why: "estimate" as const },
      { from: 1, to: 2, fromTime: "2025-05-01", toTime: "2025-05-02", why: "estimate" as const },
    ] },
  };
  const md = renderMarkdown(buildBriefing({ ...fx, facts: [revised], generated: "2026-01-01T00:00:00Z" }));
  assert.match(md, /Harbour Times \(30 Apr\) gave mid-2026/);
  assert.doesNotMatch(md, /Coastal Daily \([^)]*\) gave/);
});

test("an empty dossier still renders in every format", () => {
  const b = buildBriefing({ reports: [], mentions: [], facts: [], timeline: [], generated: "2026-01-01T00:00:00Z" });
  assert.match(renderMarkdown(b), /No figures were found/);
  assert.match(renderHtml(b), /No figures were found/);
  assert.deepEqual(JSON.parse(renderJson(b)).facts, []);
});

test("a revised figure: its own section, values oldest first, joined by an arrow", () => {
  const newer = fx.member("a2", "the end of 2026", { kind: "date", date: { start: "2026-10-01", end: "2026-12-31" } });
  const older = fx.member("a1", "mid-2026", { kind: "date", date: { start: "2026-05-01", end: "2026-08-31" } });
  const revised = {
    id: "opening", about: "planned opening", kind: "date" as const, unit: null, verdict: "revised" as const, members: [newer, older], origins: 2,
    values: [{ low: null, high: null, date: newer.date, origins: ["a2"], members: [0] }, { low: null, high: null, date: older.date, origins: ["a1"], members: [1] }],
  };
  const b = buildBriefing({ ...fx, facts: [revised], generated: "2026-01-01T00:00:00Z" });
  const md = renderMarkdown(b);
  assert.match(md, /\| planned opening \| mid-2026 \(May–Aug 2026\) → end of 2026 \(Oct–Dec 2026\) \| 2 \| ↻ revised \|/);
  assert.match(md, /## Revised[\s\S]*\*\*mid-2026 \(May–Aug 2026\)\*\*[\s\S]*\*\*end of 2026 \(Oct–Dec 2026\)\*\*/);
  const html = renderHtml(b);
  assert.match(html, /<section id="revised">/);
  assert.ok(html.indexOf("<mark>mid-2026</mark>") < html.indexOf("<mark>the end of 2026</mark>"));
});

test("an agree whose values differ in scope says so, and names the pair apart", () => {
  const span = fx.member("a1", "850 m", { low: 850, unit: "m" });
  const km = fx.member("a2", "1 km", { low: 1000, unit: "m" });
  const fact = {
    id: "length", about: "length of the crossing", kind: "quantity" as const, unit: "m", verdict: "agree" as const, members: [span, km], origins: 2,
    values: [{ low: 850, high: null, date: null, origins: ["report:a1"], members: [0] }, { low: 1000, high: null, date: null, origins: ["report:a2"], members: [1] }],
    reason: { verdict: "agree" as const, origins: 2, apart: [{ a: 0, b: 1, gap: 1.18, gapUnit: "ratio" as const, timeA: "2025-04-30", timeB: "2025-05-02", fixed: true }] },
  };
  const b = buildBriefing({ ...fx, facts: [fact], generated: "2026-01-01T00:00:00Z" });
  assert.match(renderMarkdown(b), /\| length of the crossing \| .* \| 2 \| ✓ agree · values differ in scope \|/);
  const html = renderHtml(b);
  assert.match(html, /values differ in scope/);
  assert.match(html, /Harbour Times \(30 Apr\) says 850 m; Northern Wire \(2 May\) says 1 km: the values differ, but their sentences suggest they measure different things/);
  // said under the table in full, not only in a title a phone or paper never shows
  assert.match(html, /<ul class="notes"><li><b>length of the crossing<\/b> \(values differ in scope\): Harbour Times \(30 Apr\) says 850 m;/);
  assert.match(renderMarkdown(b), /\n- \*\*length of the crossing\*\* \(values differ in scope\): Harbour Times \(30 Apr\) says 850 m; Northern Wire \(2 May\) says 1 km: the values differ/);
});

test("an agree of amounts in two currencies with no rate between them says they were not compared", () => {
  // the fixture's texts hold no amounts: their numbers stand in for "£850" and "$1"
  const gbp = fx.member("a1", "850", { low: 850, unit: "GBP", kind: "money" });
  const usd = fx.member("a2", "1", { low: 1, unit: "USD", kind: "money" });
  const fact = {
    id: "cost", about: "cost", kind: "money" as const, unit: "GBP", verdict: "agree" as const, members: [gbp, usd], origins: 2,
    values: [{ low: 850, high: null, date: null, origins: ["report:a1"], members: [0] }, { low: 1, high: null, date: null, origins: ["report:a2"], members: [1] }],
    reason: { verdict: "agree" as const, origins: 2 },
  };
  const b = buildBriefing({ ...fx, facts: [fact], generated: "2026-01-01T00:00:00Z" });
  assert.match(renderMarkdown(b), /\| cost \| .* \| 2 \| ✓ agree · currencies not compared \|/);
  assert.match(renderHtml(b), /figures in GBP, USD are not compared with each other/);
  assert.match(renderMarkdown(b), /\n- \*\*cost\*\* \(currencies not compared\): 2 independent sources give values that agree within rounding .* figures in GBP, USD are not compared with each other\./);
});

test("timeline: a cited text whose date lies outside the row's says its own date, in every format", () => {
  const day = (start: string, end = start) => ({ start, end });
  const b = briefing();
  const source = b.sources[0].id;
  b.timeline = [
    {
      event: "completion of the quay",
      date: day("2026-10-01", "2026-12-31"),
      conflicting: false,
      sources: [
        { source, start: 0, end: 11, text: "end of 2026", date: day("2026-10-01", "2026-12-31") },
        { source, start: 20, end: 28, text: "mid-2026", date: day("2026-05-01", "2026-08-31") },
        { source, start: 40, end: 48, text: "December", date: day("2026-12-01", "2026-12-31") },
      ],
    },
  ];
  const md = renderMarkdown(b);
  assert.match(md, /“end of 2026”, “mid-2026” \(another date: [^)]*2026\), “December” \|/);
  assert.match(renderHtml(b), /“end of 2026”, “mid-2026” \(another date: [^)]*2026\), “December”</);
});

test("the date a briefing was generated is written as its other dates are, not as ISO", () => {
  const b = briefing();
  const md = renderMarkdown(b);
  assert.match(md, /^_Generated 2 January 2026 from /m);
  const html = renderHtml(b);
  assert.match(html, /Generated 2 January 2026 from /);
  assert.match(html, /Generated by dossier on 2 January 2026, 03:04 UTC\./);
  assert.ok(!md.includes("2026-01-02") && !html.includes("2026-01-02T"), "no ISO date left");
});
