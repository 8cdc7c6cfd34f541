import { test } from "node:test";
import assert from "node:assert/strict";
import type { Fact, Mention, Report } from "../types.js";
import { buildDossier, cachedLoader, type Dossier } from "../app/explore.js";
import { homePage } from "./pages.js";
import { markedText, mentionTitle } from "./report.js";
import { snippets, terms } from "./search.js";
import { xml } from "./feed.js";
import { route } from "./server.js";
import { loadCharts } from "../publish/index.js";

// HTML draws its charts with vega, loaded once before rendering
await loadCharts();

const report = (id: string, text: string, extra: Partial<Report> = {}): Report => ({ id, url: null, publisher: "Test Desk", published: "2025-01-02", language: "en", title: null, hash: id, text, ...extra });
const mention = (source: string, text: string, start: number, end: number, extra: Partial<Mention> = {}): Mention => ({
  source, start, end, text: text.slice(start, end), kind: "quantity", low: 5, high: 5, unit: "m", qualifier: null, ...extra,
});

test("report text: overlapping and out-of-range figures never break the markup; text is escaped", () => {
  const text = "A <b>wall</b> of 5 m to 7 m & more.";
  const r = report("r1", text);
  const at = text.indexOf("5 m");
  const mentions = [
    mention("r1", text, at, at + 10, { low: 5, high: 7 }),
    mention("r1", text, at, at + 3, { subject: 'wall "height"' }),
    mention("r1", text, text.length - 2, text.length + 40),
    mention("r1", text, -3, 2),
  ];
  // marking only (no reconciliation): every figure stands alone
  const d = buildDossier({ reports: [r], mentions: [] });
  d.mentionsOf.set("r1", mentions);
  const html = markedText(d, r);
  assert.equal(html.match(/<mark/g)?.length, 1, "one mark for the overlapping pair, none for bad offsets");
  assert.match(html, /^A &lt;b&gt;wall&lt;\/b&gt; of <span class="tap" tabindex="-1"><mark class="free" title="quantity: 5–7 m\nquantity: 5 m · words near it: wall, &quot;height&quot;">5 m to 7 m<\/mark><\/span> &amp; more\.$/);
});

test("a figure's tap box: a figure in a fact is named by its fact, not by the words near it; a lone one says they are that", () => {
  const text = "The crossing was planned to handle 300 vehicles a day.";
  const at = text.indexOf("300 vehicles");
  const m = mention("r1", text, at, at + 12, { kind: "count", unit: "vehicle", low: 300, high: 300, subject: "capacity vehicle planned handle" });
  const fact = { about: "capacity of the crossing", verdict: "agree" } as Fact;
  assert.equal(mentionTitle(m, fact), "count: 300 vehicles · fact: capacity of the crossing (agree)");
  assert.equal(mentionTitle(m), "count: 300 vehicles · words near it: capacity, vehicle, planned, handle");
});

test("search snippets mark the match where it stands, inside a word too", () => {
  const [s] = snippets("Three bridges were built.", "bridge");
  assert.equal(s, "Three <mark>bridge</mark>s were built.");
  assert.equal(snippets("<x> here", "<x>")[0], "<mark>&lt;x&gt;</mark> here");
  assert.deepEqual(snippets("nothing", "else"), []);
});

test("XML text drops characters XML 1.0 cannot carry", () => {
  assert.equal(xml("a\u0000b\u0007<c>\uD800d"), "ab&lt;c&gt;d");
  assert.equal(xml("emoji \u{1F30D} stays"), "emoji \u{1F30D} stays");
});

test("a report's Added is written as the app writes dates, with its time in UTC; its language by name", () => {
  const d = buildDossier({ reports: [{ ...report("r1", "Nothing to see."), addedAt: "2026-12-07T23:05:42.123Z" }], mentions: [] });
  const body = route(d, new URL("/reports/r1", "http://127.0.0.1"), "http://127.0.0.1").body;
  assert.match(body, /7 December 2026, 23:05 UTC/);
  // its language named as a quote in it is ("in Ukrainian"), not by its tag alone
  const uk = buildDossier({ reports: [{ ...report("r2", "Нічого."), language: "uk" }], mentions: [] });
  assert.match(route(uk, new URL("/reports/r2", "http://127.0.0.1"), "http://127.0.0.1").body, /Ukrainian \(uk\)/);
  assert.doesNotMatch(body, /2026-12-07/);
});

test("routes: ids are matched decoded, unknown and malformed ones are 404", () => {
  const d = buildDossier({ reports: [report("r 1/x", "Nothing to see.")], mentions: [] });
  const get = (p: string) => route(d, new URL(p, "http://127.0.0.1"), "http://127.0.0.1");
  assert.equal(get("/reports/r%201%2Fx").status, 200);
  assert.equal(get("/reports/r2").status, 404);
  // a phone shows the list without its head: the count says what it counts
  assert.match(get("/reports").body, /<td class="num" data-label="Figures">0<\/td>/);
  assert.equal(get("/facts/%E0%A4").status, 404);
  assert.equal(get("/search?q=%3Cscript%3E").status, 200);
});

test("the loader builds once per stamp, and again after a failed build", async () => {
  let stamp = "a";
  let builds = 0;
  let fail = false;
  const empty = buildDossier({ reports: [], mentions: [] });
  const load = cachedLoader(
    async () => stamp,
    async (): Promise<Dossier> => {
      builds++;
      if (fail) throw new Error("boom");
      return empty;
    },
  );
  await Promise.all([load(), load(), load()]);
  await load();
  assert.equal(builds, 1);
  stamp = "b";
  fail = true;
  await assert.rejects(load());
  fail = false;
  assert.equal(await load(), empty);
  assert.equal(builds, 3);
});

test("home page: stored imagery observations are listed, their text escaped", () => {
  const d = buildDossier({
    reports: [report("r1", "Nothing stated.")],
    mentions: [],
    observations: [{ id: "s@2025-06-01", site: "<site>", date: "2025-06-01", items: [], clearAoi: 0.9, clearRing: null, areas: {}, progress: 0.42, flags: ["thin-cloud"], provenance: {} }],
  });
  const html = homePage(d);
  assert.match(html, /<h2>From orbit<\/h2>/);
  assert.match(html, /&lt;site&gt;<\/td><td class="nowrap">1 June 2025<\/td><td class="num" data-label="Crossing built">42%<\/td><td class="num" data-label="Clear sky">90%<\/td>/);
});

test("sources page: which outlet copies which, counted, then each origin with its copies", () => {
  const d = buildDossier({
    reports: [
      report("o1", "The wall is 5 m tall.", { publisher: "Wire <One>" }),
      report("c1", "The wall is 5 m tall. (copy)", { publisher: "Daily Two", copyOf: "o1" }),
      report("c2", "The wall is 5 m tall. (copy 2)", { publisher: "Daily Two", copyOf: "o1" }),
      report("x1", "Nothing stated.", { publisher: "Lone Post" }),
    ],
    mentions: [],
  });
  const html = route(d, new URL("http://x/sources"), "http://x").body;
  assert.match(html, /<h2>Who copies whom<\/h2>/);
  assert.match(html, /<tr><td>Daily Two<\/td><td data-label="copies">Wire &lt;One&gt;<\/td><td class="num" data-label="Reports">2<\/td><\/tr>/);
  assert.match(html, /2 independent origins; 2 reports copy another and count once/);
  assert.match(html, /<a href="\/sources" aria-current="page">Sources<\/a>/);
});

test("search: every word of the query, anywhere in a report; a phrase in quotes; each match marked", () => {
  assert.deepEqual(terms('  Dam  HEIGHT dam '), ["dam", "height"]);
  assert.deepEqual(terms('"dam height"'), ["dam height"]);
  const d = buildDossier({
    reports: [report("a", "The dam is tall. Its height was given as 120 m."), report("b", "The dam height is 150 m."), report("c", "A height of 7 m for the wall.")],
    mentions: [],
  });
  const page = (q: string) => route(d, new URL(`/search?q=${encodeURIComponent(q)}`, "http://x"), "http://x").body;
  assert.match(page("height dam"), /0 facts and 2 reports match “height dam” \(every word of it, anywhere\)/);
  assert.match(page('"dam height"'), /0 facts and 1 report match/);
  assert.match(page("height dam"), /The <mark>dam<\/mark> is tall\. Its <mark>height<\/mark> was given as 120 m\./);
  assert.deepEqual(snippets("a b a", ["a"], 5, 0), ["<mark>a</mark>…", "…<mark>a</mark>"]);
});

test("a fact page names a credited speaker as the report does, not by the key that groups origins", () => {
  const text = "The new bridge will be 850 m long, Russian officials said on Monday.";
  const at = text.indexOf("850 m");
  const reports = [report("a", text, { publisher: "Desk A" }), report("b", `${text} `, { publisher: "Desk B", published: "2025-01-09" })];
  const mentions = reports.map((r) => mention(r.id, r.text, at, at + 5, { low: 850, high: 850, subject: "bridge long", speaker: "Russian officials" }));
  const d = buildDossier({ reports, mentions });
  const f = d.briefing.facts.find((x) => x.members.length === 2);
  assert.ok(f, "the two figures make one fact");
  assert.match(f.members[0].origin, /^via:/, "the origin is the speaker's");
  const page = route(d, new URL(`/facts/${encodeURIComponent(f.id)}`, "http://127.0.0.1"), "http://127.0.0.1").body;
  assert.match(page, /origin: credited to Russian officials/);
  // the count of a fact and of its values in the briefing's one wording
  assert.match(page, /· 1 independent source<\/p>/);
  assert.doesNotMatch(page, /independent origin/);
});

test("a not-found page sets a command in backticks as code, and still escapes what it quotes", () => {
  const d = buildDossier({ reports: [], mentions: [] });
  const body = route(d, new URL("/decisions", "http://127.0.0.1"), "http://127.0.0.1").body;
  assert.match(body, /<code>dossier serve --decisions on<\/code>/);
  assert.doesNotMatch(body, /`/);
  const odd = route(d, new URL("/reports/%3Cb%3E%60x%60", "http://127.0.0.1"), "http://127.0.0.1").body;
  assert.match(odd, /“&lt;b&gt;`x`”/, "an id is quoted as it is");
});

test("an unknown fact's page links to the list of facts it tells the reader to start again from", () => {
  const d = buildDossier({ reports: [report("r1", "A wall of 5 m.")], mentions: [] });
  const page = route(d, new URL("http://127.0.0.1/facts/quantity-gone-1"), "http://127.0.0.1");
  assert.equal(page.status, 404);
  assert.match(page.body, /start again from the list of facts\.<\/p><p><a href="\/">Back to the dossier<\/a> · <a href="\/facts">All facts<\/a>/);
  assert.match(route(d, new URL("http://127.0.0.1/reports/gone"), "http://127.0.0.1").body, /<a href="\/reports">All reports<\/a>/);
});

test("home page: its hint says to open a fact, not to click one (a phone taps)", () => {
  const html = homePage(buildDossier({ reports: [report("r1", "Nothing stated.")], mentions: [] }));
  assert.match(html, /Open a fact for every quote behind it, a report for its full text\./);
  assert.doesNotMatch(html, /\bClick\b/);
});

test("the feed's summary of a long report is cut by whole characters, never half a flag or an accent", () => {
  // 398 letters then flags: a cut at 400 UTF-16 units would split the first flag in two
  const text = `${"x".repeat(398)}${"🇺🇦".repeat(20)}`;
  const d = buildDossier({ reports: [report("r1", text)], mentions: [] });
  const body = route(d, new URL("http://127.0.0.1/feed.atom"), "http://127.0.0.1").body;
  const summary = /<summary type="text">[^<]*?\. ([^<]*)<\/summary>/.exec(body)?.[1] ?? "";
  assert.equal(summary, `${"x".repeat(398)}🇺🇦…`);
});
