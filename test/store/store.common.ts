/**
 * One store suite, run against every engine: embedded PGlite and a real Postgres server.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/index.js";
import type { ReportInput, Mention } from "../../src/types.js";

export const sampleReport = (n: number, extra: Partial<ReportInput> = {}): ReportInput => ({
  id: `t${n}`,
  url: `https://news.example/${n}`,
  publisher: "Example News",
  published: "2025-04-30",
  language: "en",
  title: `Report ${n}`,
  hash: `hash-${n}`.padEnd(64, "0"),
  text: `The bridge will be ${800 + n} metres long.`,
  origin: `r${n}.txt`,
  ...extra,
});

export function storeSuite(name: string, open: () => Promise<Store>) {
  test(`${name}: analyst decisions are kept with their figures, time and reason, and can be taken back`, async () => {
    const store = await open();
    try {
      const before = (await store.listDecisions()).length;
      const d = await store.addDecision({ action: "verdict", verdict: "agree", figures: [{ source: "t1", start: 3, end: 9 }], reason: "rounded differently" });
      assert.equal(d.action, "verdict");
      assert.match(d.at, /^\d{4}-\d\d-\d\dT/);
      const all = await store.listDecisions();
      assert.equal(all.length, before + 1);
      assert.deepEqual(all.at(-1), d);
      assert.deepEqual(d.figures, [{ source: "t1", start: 3, end: 9 }]);
      assert.equal(await store.removeDecision(d.id), true);
      assert.equal(await store.removeDecision(d.id), false);
      await assert.rejects(store.addDecision({ action: "explode" as never, figures: [] }));
    } finally {
      await store.close();
    }
  });

  test(`${name}: adding a report stores every field and adding it again adds nothing`, async () => {
    const store = await open();
    try {
      const a = await store.addReport(sampleReport(1));
      assert.equal(a.created, true);
      assert.equal(a.report.id, "t1");
      const again = await store.addReport(sampleReport(1));
      assert.equal(again.created, false);
      assert.equal(again.report.id, "t1");
      const all = await store.listReports();
      assert.equal(all.filter((r) => r.hash === sampleReport(1).hash).length, 1);
      const got = await store.getReport("t1");
      assert.ok(got);
      assert.equal(got.text, sampleReport(1).text);
      assert.equal(got.published, "2025-04-30");
      assert.equal(got.publisher, "Example News");
      assert.match(got.addedAt ?? "", /^\d{4}-\d\d-\d\dT/);
      // listed without texts (read another way): every other field the same, in the same order
      await store.addReport(sampleReport(3));
      assert.deepEqual(await store.listReports({ text: false }), (await store.listReports()).map((r) => ({ ...r, text: "" })));
      const marks = await store.extractionMarks();
      assert.equal(marks.size, 0);
    } finally {
      await store.close();
    }
  });

  test(`${name}: the same id with other content is kept under a suffixed id`, async () => {
    const store = await open();
    try {
      await store.addReport(sampleReport(2));
      const other = await store.addReport(sampleReport(2, { hash: "other".padEnd(64, "1"), text: "Another text." }));
      assert.equal(other.created, true);
      assert.notEqual(other.report.id, "t2");
      assert.match(other.report.id, /^t2-/);
    } finally {
      await store.close();
    }
  });

  test(`${name}: mentions round-trip and replace; a failed transaction leaves nothing`, async () => {
    const store = await open();
    try {
      const { report } = await store.addReport(sampleReport(3));
      const m: Mention = { source: report.id, start: 20, end: 30, text: "803 metres", kind: "quantity", low: 803, high: 803, unit: "m", qualifier: null, subject: "bridge length" };
      await store.setMentions(report.id, "v1", [m, m]);
      assert.deepEqual(await store.getMentions([report.id]), [m]);
      assert.equal(await store.extractedWith(report.id), "v1");
      await store.setMentions(report.id, "v2", []);
      assert.deepEqual(await store.getMentions([report.id]), []);
      // a transaction that fails midway rolls back
      await assert.rejects(
        store.db.transaction(async (tx) => {
          await tx.query(`INSERT INTO reports (id, hash, text) VALUES ('half', 'half-hash', 'x')`);
          throw new Error("crash");
        }),
      );
      assert.equal(await store.getReport("half"), null);
    } finally {
      await store.close();
    }
  });

  test(`${name}: concurrent adds of the same content give one report, of one id two; a refused report leaves nothing`, async () => {
    const store = await open();
    try {
      // on a server each call runs on its own pooled connection: a real race on the unique hash
      for (let round = 0; round < 5; round++) {
        const input = sampleReport(40 + round);
        const results = await Promise.all([1, 2, 3, 4].map(() => store.addReport(input)));
        assert.equal(results.filter((r) => r.created).length, 1, `round ${round}: exactly one insert wins`);
        assert.ok(results.every((r) => r.report.id === input.id));
        const rows = await store.db.query<{ n: number | string }>(`SELECT count(*) AS n FROM reports WHERE hash = $1`, [input.hash]);
        assert.equal(Number(rows[0].n), 1);
      }
      // different content racing for one id: both kept, under distinct ids
      const a = sampleReport(50);
      const b = sampleReport(50, { hash: "race-b".padEnd(64, "2"), text: "Other content." });
      const [ra, rb] = await Promise.all([store.addReport(a), store.addReport(b)]);
      assert.ok(ra.created && rb.created);
      assert.notEqual(ra.report.id, rb.report.id);
      assert.deepEqual([ra.report.id, rb.report.id].sort()[0], "t50");
      // a report the database refuses leaves nothing behind, and the store goes on (checked on the
      // same store: a fresh embedded database costs seconds). NOT NULL text fails inside addReport.
      await assert.rejects(store.addReport(sampleReport(60, { text: null as unknown as string })));
      const rows = await store.db.query(`SELECT 1 FROM reports WHERE hash = $1 OR id = 't60'`, [sampleReport(60).hash]);
      assert.equal(rows.length, 0);
      const ok = await store.addReport(sampleReport(61));
      assert.equal(ok.created, true);
    } finally {
      await store.close();
    }
  });
}
