import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../src/ingest/html.js";
import { fixture } from "./helpers.js";

const paragraphs = (name: string) => fixture(name).toString("utf8").split(/\n\n+/).map((p) => p.trim()).filter(Boolean);

test("boilerplate fixtures: every article paragraph kept, as its own paragraph; the furniture left out", () => {
  const junk = ["cookie", "Subscribe", "Share this", "Related", "Leave a Reply", "Recent Posts", "Photo: Tom", "Tom Ashgrove has been", "Trending now", "Courier photo", "More from the Courier", "Copyright 2025", "Sign me up", "WATCH:"];
  for (const name of ["harbour", "rainfall", "quarry"]) {
    const { text } = extractArticle(fixture(`${name}.html`).toString("utf8"), name);
    const got = text.split(/\n\n+/);
    for (const p of paragraphs(`${name}.txt`)) assert.ok(got.includes(p), `${name}: missing paragraph "${p.slice(0, 50)}…"`);
    for (const j of junk) assert.ok(!text.includes(j), `${name}: "${j}" leaked`);
  }
});

test("a page nested deeper than any real layout is read as plain text, quickly", () => {
  const depth = 1500;
  const html = "<html><body>" + '<div class="comment"><p>Nested words here.</p>'.repeat(depth) + "</div>".repeat(depth) + "</body></html>";
  const t0 = Date.now();
  const { text } = extractArticle(html, "deep.html");
  assert.equal(text.split("Nested words here.").length - 1, depth);
  assert.ok(Date.now() - t0 < 10_000);
});

test("no text at all is one clear error naming the page", () => {
  assert.throws(() => extractArticle("<html><body><script>var x = 1;</script></body></html>", "empty.html"), /^IngestError: empty\.html: no readable text/);
});

test("a word inside a sentence stays, whatever its class says", () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story says the board met again and talked at length about the quarry.</p>`).join("");
  const html = `<html><body><article>${body}<p>On <span class="date">3 March</span> the board approved <span class="ad">14</span> hectares, <a class="promo" href="#">the minutes</a> show.</p></article></body></html>`;
  const { text } = extractArticle(html, "inline.html");
  assert.match(text, /On 3 March the board approved 14 hectares, the minutes show\./);
});
