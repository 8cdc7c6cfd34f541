/**
 * The contract as a user drives it: `dossier newsletter subscribe|send|subscribers` with
 * DOSSIER_SMTP_URL and DOSSIER_PUBLIC_URL, the confirmation link answered by `serve` (GET: a
 * button page that confirms nothing; POST with an empty body: confirmed), issues over SMTP on
 * loopback, and the one-click unsubscribe POST answered 200.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "../cli/helpers.js";
import type { Store } from "../../src/store/index.js";
import { startServer } from "../../src/web/server.js";
import { storeLoader } from "../../src/app/explore.js";
import { newsletterService } from "../../src/app/newsletter.js";
import { leaseStore } from "../../src/app/lease.js";
import { smtpServer, linkIn, type TestSmtp } from "./smtp.js";
import { STORY } from "./story.js";

let smtp: TestSmtp;
const dir = tempDir("dossier-news-");
const db = join(dir, "store");
const saved = { smtp: process.env.DOSSIER_SMTP_URL, pub: process.env.DOSSIER_PUBLIC_URL };

before(async () => {
  smtp = await smtpServer();
  process.env.DOSSIER_SMTP_URL = smtp.url;
});
after(async () => {
  await smtp.close();
  for (const [k, v] of [["DOSSIER_SMTP_URL", saved.smtp], ["DOSSIER_PUBLIC_URL", saved.pub]] as const) if (v == null) delete process.env[k]; else process.env[k] = v;
});

function writeStory(i: number): string {
  const s = STORY[i];
  const folder = join(dir, `in${i}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${s.id}.md`);
  writeFileSync(file, `---\npublisher: ${s.publisher}\npublished: ${s.published}\n---\n\n${s.text}\n`);
  return file;
}

/** `serve` over the store folder, as `dossier serve` runs it: holding the folder only while no other command waits for it. */
async function serving(): Promise<{ base: string; store: Store; close(): Promise<void> }> {
  const lease = leaseStore(db, 50);
  const newsletter = newsletterService(lease.store);
  const server = await startServer({ load: storeLoader(lease.store), port: 0, newsletter });
  return {
    base: server.url.replace(/\/$/, ""),
    store: lease.store,
    close: async () => {
      await server.close();
      await lease.close();
    },
  };
}

test("subscribe, confirm by POST only, send issues that carry what changed, unsubscribe in one click", async () => {
  assert.equal((await run(["add", "--db", db, writeStory(0), writeStory(1)])).code, 0);
  // serve runs throughout; the commands below get the embedded store's folder in turn
  const srv = await serving();
  try {
    await contract(srv);
  } finally {
    await srv.close();
  }
});

async function contract(srv: Awaited<ReturnType<typeof serving>>) {
  const base = srv.base;
  process.env.DOSSIER_PUBLIC_URL = base;
  const sub = await run(["newsletter", "subscribe", "--db", db, "ana@example.org"]);
  assert.equal(sub.code, 0, sub.err.join("\n"));
  const list = await run(["newsletter", "subscribers", "--db", db, "--json"]);
  assert.equal(JSON.parse(list.out[0]).state, "pending");
  // no confirmed subscriber: nothing sent, no issue
  const none = await run(["newsletter", "send", "--db", db]);
  assert.equal(none.code, 0);
  assert.match(none.err.join("\n"), /no confirmed subscriber/);

  const link = linkIn(smtp.received[0].mail.text!, `${base}/newsletter/confirm/`);
  const get = await fetch(link);
  assert.equal(get.status, 200);
  assert.match(await get.text(), /<form method="post">/);
  assert.equal((await srv.store.newsletter.subscriberByEmail("ana@example.org"))!.state, "pending", "a GET confirms nothing");
  const post = await fetch(link, { method: "POST" });
  assert.equal(post.status, 200);
  assert.match(await post.text(), /subscribed/);
  assert.equal(JSON.parse((await run(["newsletter", "subscribers", "--db", db, "--json"])).out[0]).state, "confirmed");

  const first = await run(["newsletter", "send", "--db", db, "--json"]);
  assert.equal(first.code, 0, first.err.join("\n"));
  assert.deepEqual(JSON.parse(first.out[0]), { issue: 1, created: true, sent: 1, deferred: 0, bounced: 0 });
  const again = await run(["newsletter", "send", "--db", db]);
  assert.match(again.err.join("\n"), /nothing changed/);
  assert.equal(smtp.received.length, 2);

  assert.equal((await run(["add", "--db", db, writeStory(2)])).code, 0);
  const second = await run(["newsletter", "send", "--db", db]);
  assert.equal(second.code, 0, second.err.join("\n"));
  const issue2 = smtp.received[2].mail;
  assert.match(issue2.subject!, /issue 2/);
  assert.match(issue2.text!, /2\.6 billion/);
  const unsub = /<(http[^>]+\/newsletter\/unsubscribe\/[^>]+)>/.exec(issue2.headerLines.find((h) => h.key === "list-unsubscribe")!.line)![1];
  assert.ok(unsub.startsWith(`${base}/newsletter/unsubscribe/`));

  const r = await fetch(unsub, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
  assert.equal(r.status, 200);
  // the archive lists both issues
  assert.match(await (await fetch(`${base}/newsletter`)).text(), /Issue 2/);
  assert.match(await (await fetch(`${base}/newsletter/issues/2`)).text(), /2\.6 billion/);
  assert.equal((await run(["add", "--db", db, writeStory(3)])).code, 0);
  const later = await run(["newsletter", "send", "--db", db]);
  assert.match(later.err.join("\n"), /no confirmed subscriber/);
  assert.equal(smtp.received.length, 3);
  const subs = JSON.parse((await run(["newsletter", "subscribers", "--db", db, "--json"])).out[0]);
  assert.deepEqual([subs.state, subs.lastIssue], ["unsubscribed", 2]);
}
