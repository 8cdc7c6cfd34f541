/**
 * Decisions in `serve`: the forms on a fact's page store the analyst's verdict, split, merge and
 * hide through the same checks as `dossier fact`; /decisions lists them with undo. Cross-site
 * posts (no token, a foreign Origin, Sec-Fetch-Site cross-site) change nothing.
 * Reports written for this test: two lengths of one footbridge, and a ferry's crew.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { openStore, type Store } from "../../src/store/index.js";
import { storeLoader } from "../../src/app/explore.js";
import { decisionService } from "../../src/app/decide.js";
import { startServer, type RunningServer } from "../../src/web/server.js";
import type { ReportInput } from "../../src/types.js";

const report = (id: string, publisher: string, published: string, text: string): ReportInput => ({
  id,
  url: `https://news.example/${id}`,
  publisher,
  published,
  language: "en",
  title: `${publisher} on the canal`,
  hash: createHash("sha256").update(text).digest("hex"),
  text,
});

let store: Store;
let srv: RunningServer;

before(async () => {
  store = await openStore({ db: "memory" });
  await store.addReport(report("a", "Lakeside Post", "2025-03-02", "The new footbridge over the canal is 120 metres long, the council said."));
  await store.addReport(report("b", "Canal Times", "2025-03-03", "Council engineers said the footbridge over the canal will be 180 metres long."));
  await store.addReport(report("c", "Ferry News", "2025-03-04", "The ferry that the footbridge replaces carried 300 passengers a day."));
  srv = await startServer({ port: 0, load: storeLoader(store), decisions: decisionService(store) });
});
after(async () => {
  await srv?.close();
  await store?.close();
});

const get = async (path: string) => {
  const res = await fetch(new URL(path, srv.url));
  return { res, body: await res.text() };
};
const post = async (path: string, fields: Array<[string, string]>, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, srv.url), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", origin: srv.url.replace(/\/$/, ""), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { res, body: await res.text() };
};

/** The length fact's page: its path, the form token and the figures' refs. */
async function lengthFact() {
  const home = (await get("/")).body;
  const ids = [...home.matchAll(/href="\/facts\/([^"#?]+)"/g)].map((m) => decodeURIComponent(m[1]));
  for (const id of new Set(ids)) {
    const { body } = await get(`/facts/${encodeURIComponent(id)}`);
    if (!/120 m/.test(body) || !/180 m/.test(body)) continue;
    const csrf = /name="csrf" value="([^"]+)"/.exec(body)?.[1] ?? "";
    const figures = [...body.matchAll(/name="figures" value="([^"]+)"/g)].map((m) => m[1].replace(/&#64;/g, "@"));
    return { id, body, csrf, figures };
  }
  throw new Error("no fact holds both lengths");
}

test("serve: a fact's page carries the decision forms, each with the server's token", async () => {
  const f = await lengthFact();
  assert.match(f.body, /<h2 id="decide">Your decision<\/h2>/);
  assert.match(f.body, /<form method="post" action="\/facts\/[^"]+\/decide"/);
  assert.ok(f.csrf.length >= 20, "a random token");
  assert.equal(f.figures.length, 2, "one checkbox per figure for a split");
});

test("serve: a cross-site POST changes nothing", async () => {
  const f = await lengthFact();
  const path = `/facts/${encodeURIComponent(f.id)}/decide`;
  const fields: Array<[string, string]> = [["csrf", f.csrf], ["action", "hide"]];
  assert.equal((await post(path, [["action", "hide"]])).res.status, 403, "no token");
  assert.equal((await post(path, [["csrf", "x".repeat(f.csrf.length)], ["action", "hide"]])).res.status, 403, "a wrong token");
  assert.equal((await post(path, fields, { origin: "https://evil.example" })).res.status, 403, "a foreign origin");
  assert.equal((await post(path, fields, { "sec-fetch-site": "cross-site" })).res.status, 403, "the browser says cross-site");
  assert.equal((await post(path, fields, { "content-type": "text/plain" })).res.status, 415, "not a form");
  assert.deepEqual(await store.listDecisions(), []);
  assert.equal((await get(`/facts/${encodeURIComponent(f.id)}`)).res.status, 200);
});

test("serve: set a verdict, see it on the page, undo it from /decisions", async () => {
  const f = await lengthFact();
  assert.match(f.body, /conflict/i);
  const r = await post(`/facts/${encodeURIComponent(f.id)}/decide`, [["csrf", f.csrf], ["action", "verdict"], ["verdict", "agree"], ["reason", "one figure counts the ramps"]]);
  assert.equal(r.res.status, 303, r.body);
  const to = r.res.headers.get("location") ?? "";
  assert.match(to, /^\/facts\/.+#decide$/);
  const page = (await get(to.replace(/#.*/, ""))).body;
  assert.match(page, /one figure counts the ramps/);
  const [d] = await store.listDecisions();
  assert.equal(d.action, "verdict");
  assert.equal(d.verdict, "agree");
  const list = (await get("/decisions")).body;
  assert.match(list, /verdict: /);
  assert.match(list, /one figure counts the ramps/);
  const undo = await post(`/decisions/${d.id}/undo`, [["csrf", f.csrf]]);
  assert.equal(undo.res.status, 303);
  assert.deepEqual(await store.listDecisions(), []);
});

test("serve: split a figure out, then hide; a wrong request says why and changes nothing", async () => {
  const f = await lengthFact();
  const path = `/facts/${encodeURIComponent(f.id)}/decide`;
  const bad = await post(path, [["csrf", f.csrf], ["action", "split"]]);
  assert.equal(bad.res.status, 400);
  assert.match(bad.body, /split: name the figures/);
  assert.deepEqual(await store.listDecisions(), []);
  const split = await post(path, [["csrf", f.csrf], ["action", "split"], ["figures", f.figures[1]]]);
  assert.equal(split.res.status, 303, split.body);
  const after = (await get((split.res.headers.get("location") ?? "").replace(/#.*/, ""))).body;
  assert.ok(/120 m/.test(after) !== /180 m/.test(after), "the fact the browser lands on holds one of the two lengths");
  const hide = await post(`/facts/${encodeURIComponent(f.id)}/decide`, [["csrf", f.csrf], ["action", "hide"], ["reason", "noise"]]);
  assert.ok([303, 400].includes(hide.res.status), hide.body);
  assert.equal((await get("/decisions")).res.status, 200);
  for (const d of await store.listDecisions()) await store.removeDecision(d.id);
});

test("serve: without a decision service the explorer still only reads", async () => {
  const ro = await startServer({ port: 0, load: storeLoader(store) });
  try {
    const res = await fetch(new URL("/decisions/1/undo", ro.url), { method: "POST", body: "csrf=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.equal(res.status, 405);
    const f = await fetch(new URL("/", ro.url));
    assert.doesNotMatch(await f.text(), /name="csrf"/);
  } finally {
    await ro.close();
  }
});

const CHROMIUM = "/usr/bin/chromium";
const browserSkip = existsSync(CHROMIUM) || process.env.CI ? {} : { skip: `${CHROMIUM} is absent (apt-get install chromium to run the browser check)` };

test("serve in Chromium: the verdict form posts (the browser's own origin headers pass), the decisions page undoes", browserSkip, async () => {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless=new"] });
  try {
    const page = await browser.newPage();
    const f = await lengthFact();
    await page.goto(new URL(`/facts/${encodeURIComponent(f.id)}`, srv.url).href);
    await page.selectOption("form.decide select[name=verdict]", "revised");
    await page.fill("form.decide:has(select[name=verdict]) input[name=reason]", "the council moved its figure");
    await Promise.all([page.waitForURL(/\/facts\/.+#decide$/), page.click("text=Set the verdict")]);
    assert.match(await page.content(), /the council moved its figure/);
    const [d] = await store.listDecisions();
    assert.equal(d?.verdict, "revised");
    await page.goto(new URL("/decisions", srv.url).href);
    await Promise.all([page.waitForURL(/\/decisions$/), page.click(`form[action="/decisions/${d.id}/undo"] button`)]);
    assert.match(await page.content(), /No decision yet/);
    assert.deepEqual(await store.listDecisions(), []);
  } finally {
    await browser.close();
  }
});
