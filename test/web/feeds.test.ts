import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseFeed } from "../../src/ingest/web/feed.js";
import { fetchFeed } from "../../src/ingest/web/index.js";
import { IngestError } from "../../src/ingest/errors.js";
import { sha256 } from "../../src/ingest/bytes.js";
import { openStore } from "../../src/store/index.js";
import { cli, encode, fixture, serve, tempDir } from "./helpers.js";

const BASE = "http://feeds.test";
const feedText = (name: string, base = BASE) => fixture(name).toString("utf8").replaceAll("{BASE}", base);

test("RSS 2.0: items with guid keys, absolute links, dates, entity-decoded text", () => {
  const f = parseFeed(feedText("rss.xml"), "rss.xml", `${BASE}/rss.xml`);
  assert.equal(f.kind, "rss");
  assert.equal(f.title, "Coastal Ledger & Friends");
  assert.equal(f.items.length, 3);
  assert.deepEqual(
    f.items.map((i) => [i.key, i.url, i.published]),
    [
      ["ledger-1001", `${BASE}/story/cranes`, "2025-03-14"],
      [`${BASE}/story/wire-a`, `${BASE}/story/wire-a`, "2025-03-15"],
      ["ledger-1003", `${BASE}/story/flaky`, null],
    ],
  );
  assert.equal(f.items[0].summary, "Three new cranes for the Saltmere quay.");
  assert.equal(f.items[1].summary, "Dredging resumes after a pause of six weeks.");
});

test("Atom and RDF (RSS 1.0)", () => {
  const a = parseFeed(feedText("atom.xml"), "atom.xml");
  assert.equal(a.kind, "atom");
  assert.equal(a.title, "Valley Weather Notes");
  assert.deepEqual(a.items.map((i) => i.url), [`${BASE}/notes/reservoirs`, `${BASE}/story/wire-b`]);
  assert.equal(a.items[0].key, "urn:uuid:7d0c3a4e-0000-4000-8000-000000000002");
  assert.equal(a.items[0].published, "2024-12-02");
  assert.equal(a.items[0].summary, "Storage back at 91 per cent.");
  const r = parseFeed(feedText("rdf.xml"), "rdf.xml");
  assert.equal(r.kind, "rdf");
  assert.equal(r.title, "Old-style Harbour Gazette");
  assert.deepEqual(r.items.map((i) => [i.key, i.url, i.published]), [[`${BASE}/gazette/ferry`, `${BASE}/gazette/ferry`, "2025-01-09"]]);
});

test("XXE and billion-laughs feeds: one clear error, nothing expanded", () => {
  for (const name of ["xxe.xml", "laughs.xml"]) {
    assert.throws(
      () => parseFeed(feedText(name), `http://x.test/${name}`),
      (e: unknown) => e instanceof IngestError && e.message.startsWith(`http://x.test/${name}: `) && /entities/.test(e.message) && !e.message.includes("\n"),
    );
  }
  assert.throws(() => parseFeed("<html><body>not a feed</body></html>", "p"), /not an RSS, Atom or RDF feed/);
  assert.throws(() => parseFeed("<rss><channel><item></channel>", "p"), /not well-formed XML/);
});

const wire = (outlet: string, extra: string) => `<!doctype html><html lang="en"><head><title>Dredging resumes at the river mouth</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2025-03-15T10:00:00Z"></head>
<body><nav><a href="/">${outlet} home</a></nav><article><h1>Dredging resumes at the river mouth</h1>
<p>Dredging at the mouth of the Wend river resumed on Saturday after a pause of six weeks, the harbour board said, with two vessels working in shifts around the clock.</p>
<p>The board expects to remove about 180,000 cubic metres of silt by the end of May, deepening the channel to nine metres at low tide so that larger coasters can enter on any tide.</p>
<p>Work had stopped in late January when one of the dredgers was damaged in a storm and had to be towed to a repair yard further up the coast.</p>
<p>Fishermen's groups have asked the board to keep the spoil away from the shellfish beds north of the breakwater, and the board said the disposal site had been moved two kilometres further offshore.</p>
${extra}</article><footer>${outlet} ©</footer></body></html>`;

test("follow + update: RSS, Atom and RDF items stored once, failures retried, copies grouped, concurrent updates safe", async () => {
  let flakyOk = false;
  let extraItem = false;
  const pages: Record<string, string> = {
    "/story/cranes": fixture("harbour.html").toString("utf8"),
    "/notes/reservoirs": fixture("rainfall.html").toString("utf8"),
    "/story/wire-a": wire("River Post", ""),
    "/story/wire-b": wire("Estuary Daily", "<p>Reporting by the wire service.</p>"),
    "/gazette/ferry": `<html><head><title>Ferry timetable cut for winter</title></head><body><article><p>The ferry company will run two crossings a day instead of five until the end of March, citing low passenger numbers and the cost of fuel over the winter months.</p></article></body></html>`,
    "/story/flaky": `<html><head><title>Fixed page</title></head><body><article><p>The lighthouse on the north pier will be repainted in April, the first time in eleven years, at a cost the council puts at 85,000 euros.</p></article></body></html>`,
    "/story/late": `<html><head><title>Late item</title></head><body><article><p>A late item about the marina: forty new berths open in June, bringing the total to three hundred and ten.</p></article></body></html>`,
  };
  let base = "";
  const srv = await serve((q, res) => {
    const u = q.url ?? "";
    if (u.endsWith(".xml")) {
      let xml = feedText(u.slice(1), base);
      if (u === "/rdf.xml" && extraItem) xml = xml.replace("</rdf:RDF>", `<item rdf:about="${base}/story/late"><title>Late</title><link>${base}/story/late</link></item></rdf:RDF>`);
      return res.writeHead(200, { "content-type": "application/xml" }).end(xml);
    }
    if (u === "/story/flaky" && !flakyOk) return res.writeHead(500).end();
    if (pages[u]) return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pages[u]);
    res.writeHead(404).end();
  });
  base = srv.base;
  const db = join(tempDir(), "db");
  try {
    // refused without --allow-private, nothing followed
    const no = await cli("follow", "--db", db, `${base}/rss.xml`);
    assert.equal(no.code, 1);
    assert.match(no.err[0], /^error: http:\/\/127\.0\.0\.1:\d+\/rss\.xml: refused/);

    const f = await cli("follow", "--db", db, "--allow-private", `${base}/rss.xml`, `${base}/atom.xml`, `${base}/rdf.xml`, `${base}/xxe.xml`);
    assert.equal(f.code, 1);
    assert.deepEqual(f.err.filter((l) => l.startsWith("error:")).length, 1);
    assert.match(f.err.find((l) => l.startsWith("error:"))!, /xxe\.xml: .*entities/);
    assert.equal(f.err.filter((l) => l.startsWith("following")).length, 3);

    const u1 = await cli("update", "--db", db, "--allow-private");
    assert.equal(u1.code, 1, u1.err.join("\n"));
    const errs = u1.err.filter((l) => l.startsWith("error:"));
    assert.equal(errs.length, 1);
    assert.match(errs[0], /story\/flaky: HTTP 500.*retried next update/);
    assert.ok(u1.err.includes("5 added, 1 failed"), u1.err.join("\n"));

    const listed = (await cli("reports", "--db", db, "--json")).out.map((l) => JSON.parse(l));
    assert.equal(listed.length, 5);
    const a = listed.find((r) => r.url === `${base}/story/wire-a`);
    const b = listed.find((r) => r.url === `${base}/story/wire-b`);
    assert.equal(a.publisher, "River Post");
    assert.equal(b.publisher, "Estuary Daily");
    assert.ok(a.copyOf === b.id || b.copyOf === a.id, "the wire copies are grouped");
    assert.equal(listed.filter((r) => r.copyOf).length, 1);
    const ferry = listed.find((r) => r.url === `${base}/gazette/ferry`);
    assert.equal(ferry.published, "2025-01-09", "the feed's date fills what the page lacks");

    flakyOk = true;
    const u2 = await cli("update", "--db", db, "--allow-private");
    assert.equal(u2.code, 0, u2.err.join("\n"));
    assert.ok(u2.err.includes("1 added, 0 failed"));

    // two updates at once: the new item is stored by exactly one of them
    extraItem = true;
    const [x, y] = await Promise.all([cli("update", "--db", db, "--allow-private"), cli("update", "--db", db, "--allow-private")]);
    assert.equal(x.code + y.code, 0, [...x.err, ...y.err].join("\n"));
    const addedLines = [...x.err, ...y.err].filter((l) => l.startsWith("added"));
    assert.equal(addedLines.length, 1);
    const final = (await cli("reports", "--db", db, "--json")).out;
    assert.equal(final.length, 7);
  } finally {
    await srv.close();
  }
});

test("a feed item whose report cannot be stored is not marked seen (one transaction)", async () => {
  const store = await openStore({ db: "memory" });
  try {
    await store.feeds.addFeed("http://f.test/rss", "f");
    const bad = { url: "http://f.test/1", publisher: null, published: null, language: null, title: null, hash: "x".repeat(64), text: null as unknown as string };
    await assert.rejects(store.feeds.addFeedItem("http://f.test/rss", "k1", bad));
    assert.equal((await store.feeds.seenFeedItems("http://f.test/rss")).size, 0);
    const ok = await store.feeds.addFeedItem("http://f.test/rss", "k1", { ...bad, text: "Some text." });
    assert.ok(ok?.created);
    assert.deepEqual([...(await store.feeds.seenFeedItems("http://f.test/rss"))], ["k1"]);
    assert.equal(await store.feeds.addFeedItem("http://f.test/rss", "k1", { ...bad, text: "Some text." }), null, "already seen");
  } finally {
    await store.close();
  }
});

const pgUrl = process.env.TEST_DATABASE_URL;
test("postgres server: two updates racing for one item store it once", { skip: pgUrl ? false : "set TEST_DATABASE_URL to run against a server" }, async () => {
  const [s1, s2] = [await openStore({ db: pgUrl! }), await openStore({ db: pgUrl! })];
  try {
    const feed = `http://race.test/${Date.now()}-${Math.random()}`;
    await s1.feeds.addFeed(feed, null);
    for (let i = 0; i < 4; i++) {
      const input = { url: `${feed}/${i}`, publisher: null, published: null, language: null, title: null, hash: sha256(`${feed}-${i}`), text: `Item ${i} text.` };
      const outs = await Promise.all([s1.feeds.addFeedItem(feed, `k${i}`, input), s2.feeds.addFeedItem(feed, `k${i}`, input)]);
      assert.equal(outs.filter((o) => o !== null).length, 1);
    }
  } finally {
    await s1.close();
    await s2.close();
  }
});

test("fetchFeed: relative links resolved against the final URL; a page announcing its feed; a page without one", async () => {
  const srv = await serve((q, res) => {
    if (q.url === "/feed") return res.writeHead(302, { location: "/rss.xml" }).end();
    if (q.url === "/home") return res.writeHead(200, { "content-type": "text/html" }).end('<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>Home</body></html>');
    if (q.url === "/plain-page") return res.writeHead(200, { "content-type": "text/html" }).end("<html><body>No feed here</body></html>");
    if (q.url === "/atom.xml") return res.writeHead(200, { "content-type": "text/html" }).end(feedText("atom.xml", "http://other.test"));
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(feedText("rss.xml", "http://other.test"));
  });
  try {
    const f = await fetchFeed(`${srv.base}/feed`, { allowPrivate: true });
    assert.equal(f.url, `${srv.base}/rss.xml`);
    assert.equal(f.items[1].url, `${srv.base}/story/wire-a`);
    assert.equal(f.items[0].url, "http://other.test/story/cranes");
    // a web page that announces its feed (served with a wrong type, as happens)
    const a = await fetchFeed(`${srv.base}/home`, { allowPrivate: true });
    assert.equal(a.url, `${srv.base}/atom.xml`);
    assert.equal(a.kind, "atom");
    await assert.rejects(fetchFeed(`${srv.base}/plain-page`, { allowPrivate: true }), /plain-page: a web page, not a feed, and it names no RSS or Atom feed/);
  } finally {
    await srv.close();
  }
});

test("a feed in windows-1251 declared only by its XML declaration", async () => {
  const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости порта</title><item><title>Паром отменён</title><link>http://x.test/1</link></item></channel></rss>`;
  const srv = await serve((_q, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(encode(xml, "windows-1251")));
  try {
    const f = await fetchFeed(`${srv.base}/rss`, { allowPrivate: true });
    assert.equal(f.title, "Новости порта");
    assert.equal(f.items[0].title, "Паром отменён");
  } finally {
    await srv.close();
  }
});
