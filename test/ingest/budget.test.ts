import { test } from "node:test";
import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { extractArticle } from "../../src/ingest/html.js";
import { MAX_HTML_DEPTH, withinBudget } from "../../src/ingest/budget.js";

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Depot news</title></head><body>${body}</body></html>`;

test("a page within the budget is left byte for byte", () => {
  const html = page(`<article><h1>Depot news</h1><p>The depot <b>holds</b> 40 trucks.<br/>More <a href="/x?a=1&b=2" title="a > b">here</a>.</p><script>if (a < b && "</p>") x()</script><!-- <div> --></article>`);
  const r = withinBudget(html);
  assert.equal(r.html, html);
  assert.equal(r.dropped, 0);
  assert.ok(r.depth >= 4 && r.depth < 10, `depth ${r.depth}`);
});

test("unclosed paragraphs and list items do not pile up as depth", () => {
  const html = page(`<ul>${"<li>one item <p>a line".repeat(5000)}</ul>`);
  const r = withinBudget(html);
  assert.equal(r.dropped, 0);
  assert.ok(r.depth < 10, `depth ${r.depth}`);
});

test("tags deeper than the budget are dropped, their text kept, closers matched", () => {
  const deep = 1000;
  const html = page(`${"<div><span>".repeat(deep)}The depot holds 40 trucks.${"</span></div>".repeat(deep)}<p>After the pile.</p>`);
  const r = withinBudget(html);
  assert.ok(r.dropped > 0);
  const again = withinBudget(r.html);
  assert.ok(again.depth <= MAX_HTML_DEPTH, `depth after ${again.depth}`);
  assert.match(r.html, /The depot holds 40 trucks\./);
  assert.match(r.html, /<p>After the pile\.<\/p><\/body>/);
  // as many closers kept as openers: the document stays well formed
  assert.equal((r.html.match(/<div>/g) ?? []).length, (r.html.match(/<\/div>/g) ?? []).length);
});

test("a script deep inside the pile stays a script (its text is not read as markup)", () => {
  const html = page(`${"<div>".repeat(400)}<script>var s = "<div><div>";</script><p>The depot holds 40 trucks.</p>${"</div>".repeat(400)}`);
  const a = extractArticle(html, "deep.html");
  assert.match(a.text, /40 trucks/);
  assert.doesNotMatch(a.text, /var s/);
});

test("a page 300,000 levels deep is read in seconds, not minutes", () => {
  const depth = 300_000;
  const html = page(`${"<div>".repeat(depth)}<p>The depot holds 40 trucks and 12 cranes.</p>${"</div>".repeat(depth)}`);
  const t0 = performance.now();
  const a = extractArticle(html, "deep.html");
  const ms = performance.now() - t0;
  assert.match(a.text, /40 trucks and 12 cranes/);
  assert.equal(a.title, "Depot news");
  // the bar is 10 s on a loaded 2-core machine; unloaded it takes well under one
  assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
});

test("a page of more tags than any article is refused with a clear error", () => {
  const html = page("<i>x</i>".repeat(2000));
  assert.throws(() => withinBudget(html, MAX_HTML_DEPTH, 1000), /more than 1,000 tags/);
});
