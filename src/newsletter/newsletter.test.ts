import { test } from "node:test";
import assert from "node:assert/strict";
import type { Briefing, Fact, FactMember } from "../types.js";
import { diffSnapshots, feedAlerts, hasNews, renderIssue, signToken, smtpFailure, snapshotOf, verifyToken } from "./index.js";

const member = (source: string, start: number, low: number, published: string): FactMember => ({
  source, start, end: start + 5, text: `${low} m`, kind: "quantity", low, high: low, unit: "m", qualifier: null, published, publisher: `Pub ${source}`, origin: `report:${source}`,
});

const fact = (id: string, members: FactMember[], verdict: Fact["verdict"]): Fact => {
  const byValue = new Map<number, number[]>();
  members.forEach((m, i) => (byValue.get(m.low!) ?? byValue.set(m.low!, []).get(m.low!)!).push(i));
  return {
    id, about: "length of the bridge", kind: "quantity", unit: "m", verdict, members,
    values: [...byValue].map(([v, idx]) => ({ low: v, high: v, origins: idx.map((i) => members[i].origin), members: idx })),
    origins: new Set(members.map((m) => m.origin)).size,
  };
};

const briefing = (facts: Fact[], ids: string[]): Briefing => ({
  title: "Bridge", generated: "2026-01-02T00:00:00Z", facts, timeline: [], method: "",
  sources: ids.map((id) => ({ id, url: null, publisher: `Pub ${id}`, published: "2025-05-01", title: null, copyOf: null })),
});

test("the first issue is the summary; a later one carries the new value, keyed by members not fact ids", () => {
  const one = snapshotOf(briefing([fact("f1", [member("r1", 10, 850, "2025-05-01")], "single")], ["r1"]));
  const first = diffSnapshots(null, one);
  assert.equal(first.kind, "summary");
  assert.equal(first.keyFacts.length, 1);
  // same fact under another generated id, now with a second report stating another value
  const two = snapshotOf(briefing([fact("f9", [member("r1", 10, 850, "2025-05-01"), member("r2", 3, 1200, "2025-05-02")], "conflict")], ["r1", "r2"]));
  const next = diffSnapshots(one, two);
  assert.equal(next.kind, "changes");
  assert.equal(next.newFacts.length, 0);
  assert.deepEqual(next.newValues[0].added.map((v) => v.words), ["1.2 km"]);
  assert.deepEqual(next.verdicts.map((v) => [v.from, v.to]), [["single", "conflict"]]);
  assert.ok(next.sources.r2, "the new value's report is cited");
  assert.ok(hasNews(next));
  // nothing changed: no news
  assert.equal(hasNews(diffSnapshots(two, two)), false);
  const mail = renderIssue(next, 2, { base: "https://d.example", archive: "https://d.example/newsletter/issues/2", unsubscribe: "https://d.example/u" });
  assert.match(mail.text, /1\.2 km/);
  assert.match(mail.text, /https:\/\/d\.example\/reports\/r2/);
  assert.match(mail.html, /1\.2 km/);
  assert.doesNotMatch(mail.html, /<script|<style|<link/i);
});

test("tokens: verify what was signed, refuse tampering, another purpose or another secret", () => {
  const t = signToken("s3cret", { purpose: "confirm", subscriber: "abc_DEF-1", nonce: "n1" });
  assert.deepEqual(verifyToken("s3cret", t, "confirm"), { purpose: "confirm", subscriber: "abc_DEF-1", nonce: "n1" });
  assert.equal(verifyToken("s3cret", t, "unsubscribe"), null);
  assert.equal(verifyToken("other", t, "confirm"), null);
  assert.equal(verifyToken("s3cret", t.replace("abc_DEF-1", "abc_DEF-2"), "confirm"), null);
  assert.equal(verifyToken("s3cret", "garbage", "confirm"), null);
  assert.doesNotMatch(t, /@/);
});

test("alerts: broken after three errors running, quiet after twice the usual gap", () => {
  const now = new Date("2026-03-01T00:00:00Z");
  const daily = ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"].map((d) => `${d}T00:00:00Z`);
  const alerts = feedAlerts(
    [
      { url: "https://a.example/feed", title: "A", errors: 3, lastError: "HTTP 500", failingSince: "2026-02-27T00:00:00Z", itemTimes: [] },
      { url: "https://b.example/feed", title: "B", errors: 0, lastError: null, failingSince: null, itemTimes: daily },
      { url: "https://c.example/feed", title: "C", errors: 2, lastError: "timeout", failingSince: null, itemTimes: [...daily, "2026-02-28T12:00:00Z"] },
    ],
    now,
  );
  assert.deepEqual(alerts.map((a) => [a.source, a.kind]), [["https://a.example/feed", "broken"], ["https://b.example/feed", "quiet"]]);
  assert.match(alerts[1].detail, /nothing new for 25 days \(usually every 1 day\)/);
});

test("SMTP failures: 5xx is a hard bounce, 4xx and timeouts are temporary", () => {
  assert.equal(smtpFailure({ responseCode: 550 }), "hard");
  assert.equal(smtpFailure({ responseCode: 451 }), "temporary");
  assert.equal(smtpFailure({ code: "ETIMEDOUT" }), "temporary");
  assert.equal(smtpFailure(new Error("?")), "temporary");
});

test("host backoff: a host with errors rests for a time doubling with its streak; other hosts do not", async () => {
  const { restingFeeds } = await import("./index.js");
  const now = new Date("2026-03-01T12:00:00Z");
  const feeds = [
    { url: "https://a.example/one.xml", errors: 2, checkedAt: "2026-03-01T11:55:00Z" },
    { url: "https://a.example/two.xml", errors: 0, checkedAt: "2026-03-01T11:55:00Z" },
    { url: "https://b.example/feed.xml", errors: 1, checkedAt: "2026-03-01T11:50:00Z" },
    { url: "https://c.example/feed.xml", errors: 0, checkedAt: null },
  ];
  // base 5 min: a.example (2 errors) rests 10 min, b.example (1 error) 5 min, already past
  assert.deepEqual([...restingFeeds(feeds, 300_000, now)], ["https://a.example/one.xml", "https://a.example/two.xml"]);
});
