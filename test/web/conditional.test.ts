/** Conditional feed requests: the validators a server gives are sent back, and a 304 reads as "nothing new". */
import { test } from "node:test";
import assert from "node:assert/strict";
import { fetchFeed } from "../../src/ingest/web/index.js";
import { serve } from "./helpers.js";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ferry news</title><item><guid>f1</guid><link>https://example.org/f1</link><title>The ferry sails</title></item></channel></rss>`;

test("fetchFeed sends If-None-Match / If-Modified-Since and turns a 304 into notModified", async () => {
  const seen: Array<{ inm?: string; ims?: string }> = [];
  const srv = await serve((req, res) => {
    seen.push({ inm: req.headers["if-none-match"] as string | undefined, ims: req.headers["if-modified-since"] as string | undefined });
    if (req.headers["if-none-match"] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "last-modified": "Tue, 01 Dec 2026 10:00:00 GMT" });
    res.end(RSS);
  });
  try {
    const first = await fetchFeed(`${srv.base}/feed.xml`, { allowPrivate: true });
    assert.deepEqual([first.notModified, first.items.length, first.etag, first.lastModified], [false, 1, '"v1"', "Tue, 01 Dec 2026 10:00:00 GMT"]);
    const again = await fetchFeed(`${srv.base}/feed.xml`, { allowPrivate: true, validators: { etag: first.etag, lastModified: first.lastModified } });
    assert.deepEqual([again.notModified, again.items.length, again.etag], [true, 0, '"v1"']);
    assert.deepEqual(seen, [{ inm: undefined, ims: undefined }, { inm: '"v1"', ims: "Tue, 01 Dec 2026 10:00:00 GMT" }]);
  } finally {
    await srv.close();
  }
});
