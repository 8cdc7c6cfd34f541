/**
 * `dossier serve`: the explorer over an in-memory store, fetched over loopback. Reports are
 * written for this test; one carries hostile markup, two disagree on a height.
 * The browser check needs Debian's chromium at /usr/bin/chromium (skipped without it, except on CI).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { openStore, type Store } from "../../src/store/index.js";
import { storeLoader } from "../../src/app/explore.js";
import { startServer, CSP, type RunningServer } from "../../src/web/server.js";
import type { ReportInput } from "../../src/types.js";
import { run } from "../cli/helpers.js";
import { main } from "../../src/cli/index.js";
import type { Io } from "../../src/cli/io.js";

const report = (id: string, publisher: string, published: string, title: string, text: string): ReportInput => ({
  id,
  url: `https://news.example/${id}`,
  publisher,
  published,
  language: "en",
  title,
  hash: createHash("sha256").update(text).digest("hex"),
  text,
});

const REPORTS = [
  report("a1", "Harbour Gazette", "2025-03-02", "Dam works begin on the Velna river", "Engineers began pouring concrete for the Velna dam on Monday. The dam will be 120 metres tall, the regional ministry said. About 400 workers are on site.\n\nThe project is expected to cost $350 million and to finish in 2027."),
  report("b2", "Valley Courier", "2025-03-04", "Velna dam: figures questioned", "The Velna dam will be 150 metres tall, according to documents seen by the Courier. About 400 workers are on site. <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\n\nCompletion is planned for 2027."),
  report("c3", "Plains <i>Monitor</i>", "2025-03-05", "<b>Velna</b> update", "Officials said the dam will be 120 metres tall and will cost $350 million."),
];

let store: Store;
let srv: RunningServer;
let loads = 0;

before(async () => {
  store = await openStore({ db: "memory" });
  for (const r of REPORTS) await store.addReport(r);
  const load = storeLoader(store);
  srv = await startServer({ port: 0, load: () => (loads++, load()) });
});
after(async () => {
  await srv?.close();
  await store?.close();
});

const get = async (path: string, init?: RequestInit) => {
  const res = await fetch(new URL(path, srv.url), init);
  return { res, body: await res.text() };
};

test("home page: facts table with conflicts first, linked facts and reports, CSP, escaped text", async () => {
  const { res, body } = await get("/");
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(res.headers.get("content-security-policy"), CSP);
  assert.match(CSP, /default-src 'none'/);
  assert.doesNotMatch(CSP, /https?:/);
  assert.match(body, /<table class="facts">/);
  const rows = [...body.matchAll(/<tr class="(\w+)"><td><a href="\/facts\/([^"]+)">/g)];
  assert.ok(rows.length >= 3, "facts are rows linking to their pages");
  assert.equal(rows[0][1], "conflict", "the conflict comes first");
  assert.match(body, /150 m/);
  assert.match(body, /120 m/);
  assert.match(body, /href="\/reports\/b2"/);
  // no script and no remote request anywhere: only links the reader may click leave the page
  assert.doesNotMatch(body, /<script/i);
  assert.doesNotMatch(body, /\bsrc=/i);
  assert.doesNotMatch(body, /<link/i);
  assert.match(body, /Plains &lt;i&gt;Monitor&lt;\/i&gt;/);
});

test("a fact page quotes every member with the figure marked, its report, publisher, date and origin", async () => {
  const home = (await get("/")).body;
  const id = /<tr class="conflict"><td><a href="\/facts\/([^"]+)">/.exec(home)![1];
  const { res, body } = await get(`/facts/${id}`);
  assert.equal(res.status, 200);
  assert.match(body, /badge conflict/);
  for (const r of ["a1", "b2", "c3"]) assert.match(body, new RegExp(`href="/reports/${r}"`));
  assert.match(body, /<mark>150 metres<\/mark> tall, according to documents/);
  assert.match(body, /<mark>120 metres<\/mark>/);
  assert.match(body, /Valley Courier/);
  assert.match(body, /4 March 2025/);
  assert.match(body, /origin: its own reporting/);
});

test("reports list and a report page: full text, every figure marked with its reading and linked to its fact; markup shown as text", async () => {
  const list = await get("/reports");
  assert.equal(list.res.status, 200);
  for (const r of ["a1", "b2", "c3"]) assert.match(list.body, new RegExp(`href="/reports/${r}"`));
  assert.ok(list.body.indexOf("/reports/c3") < list.body.indexOf("/reports/a1"), "newest first");
  assert.match(list.body, /&lt;b&gt;Velna&lt;\/b&gt; update/);

  const { res, body } = await get("/reports/b2");
  assert.equal(res.status, 200);
  assert.match(body, /&lt;script&gt;window.pwned=1&lt;\/script&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;/);
  assert.doesNotMatch(body, /<script|<img/i);
  const fig = /<a class="fig" href="\/facts\/([^"]+)"><mark title="([^"]*)">150 metres<\/mark><\/a>/.exec(body);
  assert.ok(fig, "the figure links to its fact");
  assert.match(fig[2], /quantity: 150 m/);
  assert.match(fig[2], /fact: .*\(conflict\)/);
  assert.equal((await get(`/facts/${fig[1]}`)).res.status, 200);
  assert.match(body, /Valley Courier/);
  assert.match(body, /https:\/\/news\.example\/b2/);
});

test("search finds facts and reports, marks the match, escapes the query", async () => {
  const { res, body } = await get("/search?q=documents%20seen");
  assert.equal(res.status, 200);
  assert.match(body, /href="\/reports\/b2"/);
  assert.doesNotMatch(body, /href="\/reports\/a1"/);
  assert.match(body, /<mark>documents seen<\/mark>/);
  const facts = await get("/search?q=cost");
  assert.match(facts.body, /<h2 id="facts">Facts<\/h2>/);
  const hostile = await get(`/search?q=${encodeURIComponent('"><script>window.pwned=3</script>')}`);
  assert.equal(hostile.res.status, 200);
  assert.doesNotMatch(hostile.body, /<script/i);
  assert.match(hostile.body, /value="&quot;&gt;&lt;script&gt;/);
  assert.equal((await get("/search")).res.status, 200);
});

test("briefing in three formats", async () => {
  const h = await get("/briefing.html");
  assert.equal(h.res.headers.get("content-type"), "text/html; charset=utf-8");
  assert.match(h.body, /Key facts/);
  assert.doesNotMatch(h.body, /<script/i);
  const md = await get("/briefing.md");
  assert.equal(md.res.headers.get("content-type"), "text/markdown; charset=utf-8");
  assert.match(md.body, /^# /);
  const js = await get("/briefing.json");
  assert.equal(js.res.headers.get("content-type"), "application/json; charset=utf-8");
  const b = JSON.parse(js.body);
  assert.equal(b.sources.length, 3);
  assert.equal(b.facts[0].verdict, "conflict");
});

test("Atom feed: well-formed XML, a conflicts entry, then the reports newest first", async () => {
  const { res, body } = await get("/feed.atom");
  assert.equal(res.headers.get("content-type"), "application/atom+xml; charset=utf-8");
  assert.equal(XMLValidator.validate(body), true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(body).feed;
  assert.ok(feed.id && feed.title && feed.updated);
  const entries = [feed.entry].flat();
  assert.equal(entries.length, 4);
  assert.match(entries[0].title, /1 conflict/);
  assert.match(entries[0].summary["#text"] ?? entries[0].summary, /150 m/);
  assert.deepEqual(entries.slice(1).map((e) => [e.link].flat().find((l: Record<string, string>) => l["@_rel"] === "alternate")["@_href"].replace(/^.*\/reports\//, "")), ["c3", "b2", "a1"]);
  assert.equal(entries[3].author.name, "Harbour Gazette");
  assert.match(body, /&lt;script&gt;window.pwned=1/);
});

test("unknown ids and pages are 404 pages; writes are 405; foreign Host names are refused", async () => {
  for (const p of ["/facts/nope", "/reports/nope", "/nothing", "/reports/%E0%A4%A"]) {
    const { res, body } = await get(p);
    assert.equal(res.status, 404, p);
    assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
    assert.match(body, /Not found/);
  }
  const hostile = await get(`/reports/${encodeURIComponent("<script>x</script>")}`);
  assert.equal(hostile.res.status, 404);
  assert.doesNotMatch(hostile.body, /<script/);
  const post = await get("/", { method: "POST", body: "x" });
  assert.equal(post.res.status, 405);
  assert.equal(post.res.headers.get("allow"), "GET, HEAD");
  const head = await fetch(srv.url, { method: "HEAD" });
  assert.equal(head.status, 200);
  // DNS rebinding: a page on another name resolving to 127.0.0.1 gets nothing
  const http = await import("node:http");
  const status = await new Promise<number>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port: srv.port, path: "/", headers: { host: "evil.example" } }, (r) => (r.resume(), resolve(r.statusCode!))).on("error", reject);
  });
  assert.equal(status, 421);
});

test("the dossier is rebuilt when a report is added, not on every request", async () => {
  const before = (await get("/reports")).body;
  assert.doesNotMatch(before, /reports\/d4/);
  await store.addReport(report("d4", "Ridge Herald", "2025-03-06", "Later word on the dam", "The Velna dam will be 120 metres tall, a spokesperson confirmed on Thursday."));
  const after = await get("/reports");
  assert.match(after.body, /href="\/reports\/d4"/);
  assert.ok(loads > 0);
});

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const skip = existsSync(CHROMIUM) || process.env.CI ? {} : { skip: `${CHROMIUM} is absent (apt-get install chromium to run the browser check)` };

test("in a browser: the facts table shows, hostile report text never runs, nothing leaves loopback", skip, async () => {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => void (r.url().startsWith(srv.url) || requests.push(r.url())));
    await page.goto(srv.url);
    assert.ok(await page.isVisible("table.facts"));
    assert.match(await page.innerText("table.facts"), /150 m/);
    await page.click("table.facts a >> nth=0");
    assert.match(page.url(), /\/facts\//);
    await page.goto(new URL("/reports/b2", srv.url).href);
    assert.match(await page.innerText(".text"), /<script>window\.pwned=1<\/script>/);
    assert.equal(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned), undefined);
    assert.deepEqual(requests, []);
  } finally {
    await browser.close();
  }
});

test("dossier serve: wrong --port is a usage error", async () => {
  const r = await run(["serve", "--db", "memory", "--port", "eighty"]);
  assert.equal(r.code, 2);
  assert.match(r.err.join("\n"), /--port/);
});

test("dossier serve: prints its URL, serves the store, stops on SIGTERM", async () => {
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (l) => void err.push(l), tty: false };
  const code = main(["serve", "--db", "memory", "--port", "0"], io);
  let url: string | undefined;
  for (let i = 0; i < 600 && !url; i++) {
    await new Promise((r) => setTimeout(r, 50));
    url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(err.join("\n"))?.[1];
  }
  assert.ok(url, err.join("\n"));
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /no reports yet/);
  process.emit("SIGTERM");
  assert.equal(await code, 0);
  assert.match(err.join("\n"), /stopped/);
});
