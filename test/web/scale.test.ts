/**
 * The explorer at a real dossier's size (issue 15's bar): 3,000 synthetic reports and one 5 MB
 * report. The home page and every page it links to answers 200 in under a second, weighs under
 * 300 KB and shows no path of the machine; so do the pages of the big report and of a fact backed
 * by thousands of reports; the HTML briefing draws every conflict card it shows as inline SVG.
 * The facts are shaped by the fixture, not reconciled: the bar is about the pages.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildBriefing } from "../../src/publish/index.js";
import { mentionKey, type Dossier } from "../../src/app/explore.js";
import { startServer, type RunningServer } from "../../src/web/index.js";
import type { Mention } from "../../src/types.js";
import { bigDossier, factsOf, MACHINE_DIR } from "./big-dossier.js";

const BUDGET = 300 * 1024;
let srv: RunningServer;
let d: Dossier;

before(async () => {
  const { reports: all, mentions } = bigDossier(3000);
  const data = { reports: all, mentions, ...factsOf(all, mentions) };
  const briefing = buildBriefing({ ...data, title: "Northport projects", generated: "2026-01-01T00:00:00Z" });
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of data.mentions) (mentionsOf.get(m.source) ?? mentionsOf.set(m.source, []).get(m.source)!).push(m);
  const factOf = new Map<string, string>();
  for (const f of briefing.facts) for (const m of f.members) factOf.set(mentionKey(m), f.id);
  const reports = [...data.reports].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
  d = { briefing, reports, reportById: new Map(reports.map((r) => [r.id, r])), factById: new Map(briefing.facts.map((f) => [f.id, f])), mentionsOf, factOf };
  // decisions on, as `serve` has them on loopback: each fact page carries its forms (only GETs here)
  const decisions = { decide: () => Promise.reject(new Error("read-only test")), undo: () => Promise.reject(new Error("read-only test")), list: async () => [] };
  srv = await startServer({ port: 0, load: async () => d, decisions });
});
after(async () => {
  await srv?.close();
});

async function get(path: string) {
  const t = performance.now();
  const res = await fetch(new URL(path, srv.url));
  const body = await res.text();
  return { status: res.status, body, bytes: Buffer.byteLength(body), ms: performance.now() - t };
}

function check(path: string, r: Awaited<ReturnType<typeof get>>) {
  assert.equal(r.status, 200, path);
  assert.ok(r.bytes < BUDGET, `${path} weighs ${Math.round(r.bytes / 1024)} KB`);
  assert.ok(!r.body.includes(MACHINE_DIR) && !r.body.includes("/home/"), `${path} shows a path of the machine`);
}

const measured: string[] = [];

test("3,000 reports and a 5 MB one: home and every page it links to, 200, < 300 KB, < 1 s, no machine path", async () => {
  const home = await get("/");
  check("/", home);
  const links = [...new Set([...home.body.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))].filter((p) => !/\.(json|md|atom)$/.test(p))
    // the newsletter lives in a store this server is not given (its own tests cover it)
    .filter((p) => p !== "/newsletter");
  assert.ok(links.length >= 10, `home links to ${links.length} pages`);
  // the pages deepest in the data: a fact of thousands of reports, the 5 MB report, far pages of lists
  const huge = d.briefing.facts.reduce((a, b) => (b.members.length > a.members.length ? b : a));
  assert.ok(huge.members.length > 2000, `the largest fact has ${huge.members.length} members`);
  const deep = [`/facts/${huge.id}`, "/decisions", `/facts/${huge.id}?page=20`, "/reports/transcript", "/reports/transcript?part=60", "/reports?page=31", "/facts?verdict=single&page=3", "/search?q=bridge", "/search?q=workers&reports=20", "/sources?page=2", "/timeline"];
  for (const path of ["/", ...links, ...deep]) {
    if (path.startsWith("/facts/")) assert.match((await get(path)).body, /<h2 id="decide">/, `${path} carries the decision forms`);
    await get(path); // the first request of a page may build what later ones share
    const r = await get(path);
    check(path, r);
    assert.ok(r.ms < 1000, `${path} took ${Math.round(r.ms)} ms`);
    measured.push(`${path.padEnd(40)} ${String(Math.round(r.bytes / 1024)).padStart(4)} KB ${String(Math.round(r.ms)).padStart(4)} ms`);
  }
  const part = await get("/reports/transcript?part=2");
  assert.match(part.body, /Page 2 of \d+ \(2–2 of \d+ parts\)/);
  assert.match(part.body, /<mark title="quantity: 650 m/);
  if (process.env.VERBOSE) console.log(measured.join("\n"));
});

test("the HTML briefing of the big dossier draws every conflict card it shows as inline SVG", async () => {
  const r = await get("/briefing.html");
  check("/briefing.html", r);
  const conflicts = /<section id="conflicts">([\s\S]*?)<\/section>/.exec(r.body)?.[1] ?? "";
  const cards = conflicts.split("<article").slice(1);
  assert.ok(cards.length >= 3, `${cards.length} conflict cards`);
  for (const card of cards) assert.match(card, /<svg role="img"/);
});
