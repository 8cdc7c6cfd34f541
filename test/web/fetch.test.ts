import { test } from "node:test";
import assert from "node:assert/strict";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { fetchReports, get, blockedReason, USER_AGENT } from "../../src/ingest/web/index.js";
import { IngestError } from "../../src/ingest/errors.js";
import { encode, fixture, serve } from "./helpers.js";

const refused = (r: unknown, url: string) => {
  assert.ok(r instanceof IngestError, `expected an error for ${url}`);
  assert.ok(r.message.startsWith(url), r.message);
  assert.match(r.message, /refused/);
  assert.ok(!r.message.includes("\n"));
};

test("address policy: private, loopback, link-local, CGNAT, multicast, unspecified, metadata, v4 inside v6", () => {
  for (const ip of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "224.0.0.1", "0.0.0.0", "255.255.255.255",
    "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "::127.0.0.1"])
    assert.ok(blockedReason(ip), `${ip} should be refused`);
  for (const ip of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "100.128.0.1"]) assert.equal(blockedReason(ip), null, ip);
});

test("refuses loopback, metadata and private literals and a name resolving to loopback, without --allow-private", async () => {
  const srv = await serve((_q, res) => res.end("<p>should never be read</p>"));
  try {
    const urls = [
      `${srv.base}/a`,
      `http://localhost:${srv.port}/b`,
      `http://[::1]:${srv.port}/c`,
      `http://[::ffff:127.0.0.1]:${srv.port}/d`,
      "http://169.254.169.254/latest/meta-data/",
      `http://2130706433:${srv.port}/e`,
    ];
    const out = await fetchReports(urls, {});
    urls.forEach((u, i) => refused(out[i], u));
    // a hostname whose (fake) DNS answer is loopback: refused at lookup, before connecting
    const [r] = await fetchReports([`http://news.example.test:${srv.port}/f`], { resolve: async () => [{ address: "127.0.0.1", family: 4 }] });
    refused(r, `http://news.example.test:${srv.port}/f`);
    assert.match((r as Error).message, /resolves to 127\.0\.0\.1/);
    assert.equal(srv.log.length, 0, "no request reached the server");
  } finally {
    await srv.close();
  }
});

test("checks again after every redirect (literal and resolved targets)", async () => {
  const inner = await serve((_q, res) => res.end("secret"), "127.0.0.2");
  const outer = await serve((q, res) => {
    const to = q.url === "/lit" ? `${inner.base}/x` : `http://inner.test:${inner.port}/x`;
    res.writeHead(302, { location: to }).end();
  });
  // only 127.0.0.2 counts as private here, so the first hop is allowed and the redirect is not
  const blocked = (ip: string) => (ip === "127.0.0.2" ? "private" : null);
  const resolve = async () => [{ address: "127.0.0.2", family: 4 }];
  try {
    const out = await fetchReports([`${outer.base}/lit`, `${outer.base}/name`], { blocked, resolve });
    for (const r of out) {
      assert.ok(r instanceof IngestError);
      assert.match(r.message, /refused/);
      assert.match(r.message, /after 1 redirect/);
    }
    assert.equal(inner.log.length, 0);
  } finally {
    await inner.close();
    await outer.close();
  }
});

test("a page: main text and metadata, boilerplate left out, URL kept, polite User-Agent", async () => {
  const srv = await serve((q, res) => {
    if (q.url === "/old") return res.writeHead(301, { location: "/story" }).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fixture("harbour.html"));
  });
  try {
    const [r] = await fetchReports([`${srv.base}/old`], { allowPrivate: true });
    assert.ok(!(r instanceof IngestError), String(r));
    assert.equal(r.url, `${srv.base}/story`);
    assert.equal(r.title, "Harbour crane contract signed after two-year delay");
    assert.equal(r.publisher, "The Coastal Ledger");
    assert.equal(r.published, "2025-03-14");
    assert.equal(r.language, "en-gb");
    assert.match(r.text, /72 metres tall/);
    assert.match(r.text, /fifth less per crane/);
    for (const junk of ["cookies", "newsletter", "Share on", "Dock workers vote", "Most read", "All rights reserved", "taxpayer", "Advertisement"])
      assert.ok(!r.text.includes(junk), `"${junk}" leaked into the text`);
    assert.ok(r.text.includes("\n\n"), "paragraphs kept");
    assert.equal(srv.log[0].ua, USER_AGENT);
    assert.match(USER_AGENT, /^dossier\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/dossier-osint\/dossier\)$/);
  } finally {
    await srv.close();
  }
});

test("charsets: windows-1251 (header), KOI8-R (<meta>), EUC-KR (header), UTF-8 with BOM", async () => {
  const ru = "Новый мост через реку открыли для движения в субботу. Его длина составляет четыреста двадцать метров, а строительство заняло три года.";
  const ko = "새 다리는 토요일에 개통되었다. 다리의 길이는 사백이십 미터이며 공사는 삼 년이 걸렸다.";
  const page = (body: string, head = "") => `<html lang="xx"><head>${head}<title>t</title></head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;
  const pages: Record<string, [string, Buffer]> = {
    "/cp1251": ["text/html; charset=windows-1251", encode(page(ru), "windows-1251")],
    "/koi8": ["text/html", encode(page(ru, '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), "koi8-r")],
    "/euckr": ["text/html; charset=EUC-KR", encode(page(ko), "euc-kr")],
    "/bom": ["text/html", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(ru), "utf8")])],
    "/plain": ["text/plain; charset=windows-1251", encode(ru, "windows-1251")],
  };
  const srv = await serve((q, res) => {
    const [type, body] = pages[q.url ?? ""];
    res.writeHead(200, { "content-type": type, ...(q.url === "/plain" ? { "content-language": "ru, en" } : {}) }).end(body);
  });
  try {
    const out = await fetchReports(Object.keys(pages).map((p) => srv.base + p), { allowPrivate: true });
    const want = [ru, ru, ko, ru, ru];
    out.forEach((r, i) => {
      assert.ok(!(r instanceof IngestError), String(r));
      assert.ok(r.text.includes(want[i]), `${Object.keys(pages)[i]}: ${r.text.slice(0, 80)}`);
    });
    assert.equal((out[4] as { language: string }).language, "ru", "Content-Language when the page says nothing");
  } finally {
    await srv.close();
  }
});

test("hostile servers: redirect loop, too many redirects, endless stream, stall, gzip bomb, binary type, HTTP error", async () => {
  const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20));
  const srv = await serve((q, res) => {
    const u = q.url ?? "";
    if (u === "/loop-a") return res.writeHead(302, { location: "/loop-b" }).end();
    if (u === "/loop-b") return res.writeHead(302, { location: "/loop-a" }).end();
    if (u.startsWith("/hop")) return res.writeHead(302, { location: `/hop${Number(u.slice(4)) + 1}` }).end();
    if (u === "/endless") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (res.write(chunk)) {}
        res.once("drain", pump);
      };
      res.on("close", () => res.removeAllListeners("drain"));
      return pump();
    }
    if (u === "/stall") return res.writeHead(200, { "content-type": "text/html" }).write("<p>");
    if (u === "/bomb") return res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb);
    if (u === "/binary") return res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([0, 1, 2]));
    if (u === "/png") return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50]));
    res.writeHead(404, { "content-type": "text/html" }).end("gone");
  });
  try {
    const cases: Array<[string, RegExp]> = [
      ["/loop-a", /redirect loop/],
      ["/hop0", /too many redirects/],
      ["/endless", /too big/],
      ["/stall", /timed out/],
      ["/bomb", /too big after decompression/],
      ["/binary", /refused content type application\/octet-stream/],
      ["/png", /refused content type image\/png/],
      ["/missing", /HTTP 404/],
    ];
    const t0 = Date.now();
    // only the stall should reach the timeout: the others get one long enough that a busy machine
    // inflating the bomb cannot turn their own error into "timed out"
    const options = { allowPrivate: true, maxBytes: 512 * 1024, maxDecodedBytes: 1024 * 1024 };
    const [stalled] = await fetchReports([`${srv.base}/stall`], { ...options, timeoutMs: 800 });
    const others = await fetchReports(
      cases.filter(([p]) => p !== "/stall").map(([p]) => srv.base + p),
      { ...options, timeoutMs: 20_000 },
    );
    const out = cases.map(([p]) => (p === "/stall" ? stalled : others.shift()));
    out.forEach((r, i) => {
      assert.ok(r instanceof IngestError, cases[i][0]);
      assert.ok(r.message.startsWith(srv.base + cases[i][0]), r.message);
      assert.match(r.message, cases[i][1]);
      assert.ok(!r.message.includes("\n"));
    });
    assert.ok(Date.now() - t0 < 20_000);
  } finally {
    await srv.close();
  }
});

test("retries 503 honouring Retry-After (capped), gives up on a steady 429, keeps the other URLs", async () => {
  let calls = 0;
  const srv = await serve((q, res) => {
    if (q.url === "/busy") {
      if (++calls < 2) return res.writeHead(503, { "retry-after": "120" }).end();
      return res.writeHead(200, { "content-type": "text/plain" }).end("The crane arrived on the third day.");
    }
    if (q.url === "/limit") return res.writeHead(429, { "retry-after": "0" }).end();
    res.writeHead(200, { "content-type": "text/plain" }).end("Another short report about the quay.");
  });
  try {
    const t0 = Date.now();
    const out = await fetchReports([`${srv.base}/busy`, `${srv.base}/limit`, `${srv.base}/ok`], { allowPrivate: true, maxRetryWaitMs: 200 });
    const took = Date.now() - t0;
    assert.ok(!(out[0] instanceof IngestError), String(out[0]));
    assert.equal(out[0].text, "The crane arrived on the third day.");
    assert.ok(out[1] instanceof IngestError && /HTTP 429.*gave up after 3 tries/.test(out[1].message), String(out[1]));
    assert.ok(!(out[2] instanceof IngestError));
    assert.ok(took >= 190 && took < 3000, `waited ${took} ms`);
    assert.equal(srv.log.filter((l) => l.path === "/limit").length, 3);
  } finally {
    await srv.close();
  }
});

test("at most 2 requests at a time per host", async () => {
  let active = 0;
  let peak = 0;
  const srv = await serve((_q, res) => {
    peak = Math.max(peak, ++active);
    setTimeout(() => {
      active--;
      res.writeHead(200, { "content-type": "text/plain" }).end(`Report number ${_q.url} about the harbour.`);
    }, 60);
  });
  try {
    const out = await fetchReports(Array.from({ length: 6 }, (_, i) => `${srv.base}/${i}`), { allowPrivate: true });
    assert.equal(out.filter((r) => !(r instanceof IngestError)).length, 6);
    assert.equal(peak, 2);
  } finally {
    await srv.close();
  }
});

test("get() returns the final URL and the declared charset", async () => {
  const srv = await serve((_q, res) => res.writeHead(200, { "content-type": "text/html; charset=KOI8-R" }).end("<p>x</p>"));
  try {
    const f = await get(`${srv.base}/p`, { allowPrivate: true });
    assert.equal(f.charset, "koi8-r");
    assert.equal(f.mediaType, "text/html");
    assert.equal(f.url, `${srv.base}/p`);
  } finally {
    await srv.close();
  }
});

test("a redirect whose body never ends is followed without reading it", async () => {
  const srv = await serve((q, res) => {
    if (q.url === "/r") {
      res.writeHead(302, { location: "/ok", "content-type": "text/html" });
      const t = setInterval(() => res.write("x".repeat(1024)), 5);
      res.on("close", () => clearInterval(t));
      return;
    }
    res.writeHead(200, { "content-type": "text/plain" }).end("The quay reopened at noon.");
  });
  try {
    const [r] = await fetchReports([`${srv.base}/r`], { allowPrivate: true, timeoutMs: 2000 });
    assert.ok(!(r instanceof IngestError), String(r));
    assert.equal(r.text, "The quay reopened at noon.");
  } finally {
    await srv.close();
  }
});

test("a body cut short (fewer bytes than Content-Length) is an error, not half a page", async () => {
  const srv = await serve((_q, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": "5000" });
    res.write("<p>only the start of the page</p>");
    setTimeout(() => res.socket?.destroy(), 20);
  });
  try {
    const [r] = await fetchReports([`${srv.base}/cut`], { allowPrivate: true, timeoutMs: 3000 });
    assert.ok(r instanceof IngestError, "expected an error");
    assert.match(r.message, /closed before the page ended|connection reset|aborted/);
  } finally {
    await srv.close();
  }
});

test("compressed bodies: gzip, deflate (zlib and raw), br", async () => {
  const text = "The breakwater extension is 310 metres long.";
  const bodies: Record<string, [string, Buffer]> = {
    "/gzip": ["gzip", gzipSync(text)],
    "/deflate": ["deflate", deflateSync(text)],
    "/raw": ["deflate", deflateRawSync(text)],
    "/br": ["br", brotliCompressSync(text)],
  };
  const srv = await serve((q, res) => {
    const [enc, body] = bodies[q.url ?? ""];
    res.writeHead(200, { "content-type": "text/plain", "content-encoding": enc }).end(body);
  });
  try {
    const out = await fetchReports(Object.keys(bodies).map((p) => srv.base + p), { allowPrivate: true });
    for (const r of out) assert.equal((r as { text: string }).text, text, String(r));
  } finally {
    await srv.close();
  }
});
