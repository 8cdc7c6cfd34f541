/**
 * The confirmation and unsubscribe pages as a person sees them, in headless Chromium: opening
 * the link shows a button and changes nothing; pressing it acts. Needs Debian's chromium at
 * /usr/bin/chromium; skips without it, except on CI.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { openStore, type Store } from "../../src/store/index.js";
import { startServer, type RunningServer } from "../../src/web/server.js";
import { links, newsletterService, publicSite, sendNewsletter, subscribe } from "../../src/app/newsletter.js";
import { smtpMailer, type Mailer } from "../../src/app/mailer.js";
import { smtpServer, linkIn, type TestSmtp } from "./smtp.js";
import { addStory, briefingOf, STORY } from "./story.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const skip = existsSync(CHROMIUM) || process.env.CI ? {} : { skip: `${CHROMIUM} is absent (apt-get install chromium to run the browser checks)` };

type Browser = import("playwright-core").Browser;
let browser: Browser | undefined;
let smtp: TestSmtp;
let store: Store;
let mailer: Mailer;
let server: RunningServer;

before(async () => {
  if ("skip" in skip) return;
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  smtp = await smtpServer();
  store = await openStore({ db: "memory" });
  server = await startServer({ port: 0, load: () => Promise.reject(new Error("not needed here")), newsletter: newsletterService(store, {}) });
  mailer = await smtpMailer({ url: smtp.url, from: "news@example.org", timeoutMs: 3000 });
});
after(async () => {
  mailer?.close();
  await server?.close();
  await store?.close();
  await smtp?.close();
  await browser?.close();
});

test("confirmation page: the link shows a button, only pressing it confirms; the unsubscribe page likewise", skip, async () => {
  const site = publicSite({ DOSSIER_PUBLIC_URL: server.url });
  await subscribe(store, "eve@example.org", { site, mailer, title: "Dam watch" });
  const confirmUrl = linkIn(smtp.received[0].mail.text!, links.confirm(site, ""));
  const page = await browser!.newPage();
  const outside: string[] = [];
  page.on("request", (r) => void (r.url().startsWith(server.url) || outside.push(r.url())));
  const errors: string[] = [];
  page.on("pageerror", (e) => void errors.push(e.message));
  try {
    const res = await page.goto(confirmUrl);
    assert.equal(res?.status(), 200);
    assert.match(await page.innerText("h1"), /Confirm your subscription/);
    assert.match(await page.innerText("main"), /e…@example\.org/);
    assert.doesNotMatch(await page.content(), /eve@example\.org/, "the page does not spell out the address");
    assert.equal((await store.newsletter.subscriberByEmail("eve@example.org"))!.state, "pending", "opening the link confirms nothing");
    await Promise.all([page.waitForNavigation(), page.click("button#confirm")]);
    assert.match(await page.innerText("h1"), /You are subscribed/);
    assert.equal((await store.newsletter.subscriberByEmail("eve@example.org"))!.state, "confirmed");

    await addStory(store, STORY.slice(0, 2));
    const r = await sendNewsletter(store, { site, mailer, briefing: await briefingOf(store), backoffMs: 10 });
    assert.equal(r.sent, 1);
    const issue = smtp.received[1].mail;
    const unsubscribeUrl = linkIn(issue.text!, links.unsubscribe(site, ""));
    await page.goto(unsubscribeUrl);
    assert.match(await page.innerText("h1"), /Unsubscribe/);
    assert.equal((await store.newsletter.subscriberByEmail("eve@example.org"))!.state, "confirmed", "opening the link unsubscribes nobody");
    await Promise.all([page.waitForNavigation(), page.click("button#unsubscribe")]);
    assert.match(await page.innerText("h1"), /You are unsubscribed/);
    assert.equal((await store.newsletter.subscriberByEmail("eve@example.org"))!.state, "unsubscribed");

    // the issue's HTML part, opened as a page: no script runs, nothing is fetched from elsewhere
    await page.setContent(issue.html as string);
    assert.match(await page.innerText("body"), /140 m/);
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  } finally {
    await page.close();
  }
});
