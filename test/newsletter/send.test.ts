/**
 * The newsletter end to end at the use-case level, over a real SMTP server on loopback:
 * double opt-in, the first issue as the summary, an issue per change carrying the new figure,
 * nothing sent twice, RFC 8058 headers, bounces, temporary failures retried, one-click unsubscribe.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.js";
import { confirmByToken, publicSite, sendNewsletter, subscribe, tokenPage, unsubscribeByToken, type SendOptions } from "../../src/app/newsletter.js";
import { smtpMailer, type Mailer } from "../../src/app/mailer.js";
import { smtpServer, linkIn, type TestSmtp } from "./smtp.js";
import { addStory, briefingOf, STORY } from "./story.js";

let smtp: TestSmtp;
let store: Store;
let mailer: Mailer;
const site = publicSite({ DOSSIER_PUBLIC_URL: "https://dossier.example.org/" });

before(async () => {
  smtp = await smtpServer();
  store = await openStore({ db: "memory" });
  mailer = await smtpMailer({ url: smtp.url, from: "news@dossier.example.org", timeoutMs: 3000 });
});
after(async () => {
  mailer.close();
  await store.close();
  await smtp.close();
});

const send = async (extra: Partial<SendOptions> = {}) => sendNewsletter(store, { site, mailer, briefing: await briefingOf(store), backoffMs: 10, ...extra });
const to = (addr: string) => smtp.received.filter((r) => r.to.includes(addr));

test("opt-in by POST only, first issue the summary, an issue per change, nothing twice, one-click unsubscribe", async () => {
  await addStory(store, STORY.slice(0, 2));
  // nobody confirmed: nothing sent, no issue made
  await subscribe(store, "Ana@Example.org", { site, mailer, title: "Dam watch" });
  assert.equal((await send()).reason, "no-subscribers");
  assert.equal(await store.newsletter.lastIssue(), null);

  const confirmation = to("ana@example.org")[0];
  assert.ok(confirmation, "the confirmation mail arrived");
  const link = linkIn(confirmation.mail.text!, "https://dossier.example.org/newsletter/confirm/");
  const token = link.split("/").pop()!;
  // what a GET shows changes nothing
  assert.deepEqual(await tokenPage(store, token, "confirm"), { valid: true, masked: "a…@example.org", state: "pending" });
  assert.equal((await store.newsletter.subscriberByEmail("ana@example.org"))!.state, "pending");
  assert.equal(await confirmByToken(store, token), "confirmed");
  assert.equal(await confirmByToken(store, token), "already");
  assert.equal(await confirmByToken(store, token.replace(/.$/, (c) => (c === "A" ? "B" : "A"))), "invalid");

  const first = await send();
  assert.deepEqual([first.issue, first.created, first.sent], [1, true, 1]);
  const issue1 = to("ana@example.org")[1].mail;
  assert.match(issue1.subject!, /issue 1/);
  assert.match(issue1.text!, /first issue summarises the briefing/);
  assert.match(issue1.text!, /140 m/);
  assert.ok(issue1.html && !/<script/i.test(issue1.html), "an HTML part without scripts");
  assert.equal(issue1.messageId, `<issue-1.${(await store.newsletter.subscriberByEmail("ana@example.org"))!.id}@dossier.example.org>`);
  const header = (name: string) => issue1.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ") ?? "";
  const lu = header("list-unsubscribe");
  const unsub = /<(https:\/\/dossier\.example\.org\/newsletter\/unsubscribe\/[^>]+)>/.exec(lu)?.[1];
  assert.ok(unsub, lu);
  assert.match(lu, /<mailto:news@dossier\.example\.org\?subject=unsubscribe/);
  assert.equal(header("list-unsubscribe-post"), "List-Unsubscribe=One-Click");

  // nothing new: nothing sent
  assert.equal((await send()).reason, "nothing-new");
  assert.equal(to("ana@example.org").length, 2);

  // a new report with a new figure: issue 2 carries it, and only what changed
  await addStory(store, STORY.slice(2, 3));
  const second = await send();
  assert.deepEqual([second.issue, second.sent], [2, 1]);
  const issue2 = to("ana@example.org")[2].mail;
  assert.match(issue2.text!, /2\.6 billion/);
  assert.doesNotMatch(issue2.text!, /first issue/);
  assert.match(issue2.text!, /https:\/\/dossier\.example\.org\/reports\//);

  // one click: unsubscribed at once, nothing more is sent
  assert.equal(await unsubscribeByToken(store, unsub!.split("/").pop()!), "unsubscribed");
  await addStory(store, STORY.slice(3, 4));
  assert.equal((await send()).reason, "no-subscribers");
  assert.equal(to("ana@example.org").length, 3);
});

test("a hard bounce suppresses the address, a temporary failure is retried, the others still get theirs", async () => {
  const confirm = async (email: string) => {
    await subscribe(store, email, { site, mailer, title: "Dam watch" });
    const m = to(email).at(-1)!;
    assert.equal(await confirmByToken(store, linkIn(m.mail.text!, `${site.base}/newsletter/confirm/`).split("/").pop()!), "confirmed");
  };
  for (const e of ["bo@example.org", "cy@example.org", "di@example.org"]) await confirm(e);
  smtp.reject.add("bo@example.org");
  smtp.tempfail.set("cy@example.org", 1);
  smtp.tempfail.set("di@example.org", 5);
  const r = await send({ tries: 2 });
  assert.deepEqual([r.sent, r.bounced, r.deferred], [1, 1, 1]);
  assert.equal(await store.newsletter.unsent(), 1, "the deferred delivery is owed");
  assert.equal((await store.newsletter.subscriberByEmail("bo@example.org"))!.state, "suppressed");
  // first issues are the summary, whatever the issue number
  assert.match(to("cy@example.org").at(-1)!.mail.text!, /first issue summarises/);
  // the deferred one goes out on the next send, once; the others get nothing new
  smtp.tempfail.clear();
  const again = await send();
  assert.deepEqual([again.sent, again.bounced, again.deferred], [1, 0, 0]);
  assert.equal(await store.newsletter.unsent(), 0);
  assert.equal(to("di@example.org").filter((m) => /issue/.test(m.mail.subject!)).length, 1);
  assert.equal(to("cy@example.org").filter((m) => /issue/.test(m.mail.subject!)).length, 1);
  assert.equal((await send()).reason, "nothing-new");
});

test("a send cut short resumes where it stopped: nobody gets the issue twice but the one caught mid-delivery, under the same Message-ID", async () => {
  const fresh = await openStore({ db: "memory" });
  try {
    await addStory(fresh, STORY.slice(0, 2));
    for (const e of ["fa@example.org", "gu@example.org", "ho@example.org"]) {
      const { subscriber } = await fresh.newsletter.subscribe(e);
      await fresh.newsletter.confirm(subscriber.id, subscriber.confirmNonce!);
    }
    // the process "dies" right after the second mail was accepted, before it was recorded as sent
    const record = fresh.newsletter.recordDelivery.bind(fresh.newsletter);
    let sentRecords = 0;
    fresh.newsletter.recordDelivery = async (d) => {
      if (d.status === "sent" && ++sentRecords === 2) throw new Error("killed");
      return record(d);
    };
    const briefing = await briefingOf(fresh);
    await assert.rejects(sendNewsletter(fresh, { site, mailer, briefing, backoffMs: 10 }), /killed/);
    fresh.newsletter.recordDelivery = record;
    const resumed = await sendNewsletter(fresh, { site, mailer, briefing, backoffMs: 10 });
    assert.deepEqual([resumed.issue, resumed.created, resumed.sent], [1, false, 2]);
    const ids = (addr: string) => to(addr).map((m) => m.mail.messageId);
    assert.equal(ids("fa@example.org").length, 1);
    assert.equal(ids("gu@example.org").length, 2);
    assert.equal(new Set(ids("gu@example.org")).size, 1, "the repeat carries the same Message-ID");
    assert.equal(ids("ho@example.org").length, 1);
    assert.equal((await sendNewsletter(fresh, { site, mailer, briefing, backoffMs: 10 })).reason, "nothing-new");
  } finally {
    await fresh.close();
  }
});

test("a relay on loopback that offers STARTTLS with a self-signed certificate still gets the mail", async () => {
  const { SMTPServer } = await import("smtp-server");
  let got = 0;
  const relay = new SMTPServer({
    logger: false,
    disableReverseLookup: true,
    onAuth: (_a, _s, cb) => cb(null, { user: "news" }),
    onData(stream, _s, cb) {
      stream.resume();
      stream.on("end", () => (got++, cb()));
    },
  });
  await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
  const port = (relay.server.address() as import("node:net").AddressInfo).port;
  const m = await smtpMailer({ url: `smtp://news:pw@127.0.0.1:${port}`, from: "news@example.org", timeoutMs: 5000 });
  try {
    await m.send({ to: "ana@example.org", subject: "hello", text: "hello", html: "<p>hello</p>", messageId: "<t@example.org>" });
    assert.equal(got, 1);
  } finally {
    m.close();
    await new Promise<void>((r) => relay.close(() => r()));
  }
});
