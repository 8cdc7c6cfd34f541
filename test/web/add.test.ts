import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, fixture, serve, tempDir } from "./helpers.js";

test("dossier add <url…>: pages stored with their URL and metadata, a bad URL is one line, reposts grouped", async () => {
  const srv = await serve((q, res) => {
    if (q.url === "/story") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fixture("harbour.html"));
    if (q.url === "/copy") {
      // the same story re-posted by another outlet, with its own furniture
      const html = fixture("harbour.html").toString("utf8").replaceAll("The Coastal Ledger", "Bay Reposter").replace("<p>Opposition", "<p>This story first ran elsewhere.</p><p>Opposition");
      return res.writeHead(200, { "content-type": "text/html" }).end(html);
    }
    if (q.url === "/pdf") return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
    res.writeHead(404).end();
  });
  const db = join(tempDir(), "db");
  try {
    const r = await cli("add", "--db", db, "--allow-private", `${srv.base}/story`, `${srv.base}/pdf`, `${srv.base}/copy`);
    assert.equal(r.code, 1);
    const errors = r.err.filter((l) => l.startsWith("error:"));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^error: http:\/\/127\.0\.0\.1:\d+\/pdf: refused content type application\/pdf/);
    const reports = (await cli("reports", "--db", db, "--json")).out.map((l) => JSON.parse(l));
    assert.equal(reports.length, 2);
    const story = reports.find((x) => x.url === `${srv.base}/story`);
    const copy = reports.find((x) => x.url === `${srv.base}/copy`);
    assert.equal(story.publisher, "The Coastal Ledger");
    assert.equal(story.published, "2025-03-14");
    assert.equal(copy.publisher, "Bay Reposter");
    assert.ok(copy.copyOf === story.id || story.copyOf === copy.id, "the repost is grouped with the original");

    // fetching the same page again finds it in the store
    const again = await cli("add", "--db", db, "--allow-private", `${srv.base}/story`);
    assert.equal(again.code, 0);
    assert.ok(again.err.some((l) => l.startsWith("already in the store")));
  } finally {
    await srv.close();
  }
});
