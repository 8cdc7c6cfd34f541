import { test } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { storeSuite, sampleReport } from "./store.common.js";
import { serverSchema } from "./server-schema.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

storeSuite("pglite (memory)", () => openStore({ db: "memory" }));
storeSuite("pglite (folder)", () => openStore({ db: join(dir, "db") }));

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const { url, schema } = serverSchema("dossier_store_test", serverUrl);
  storeSuite("postgres server", async () => {
    const s = await openStore({ db: url });
    assert.equal((await s.db.query<{ s: string }>(`SELECT current_schema() AS s`))[0].s, schema);
    await s.db.query(`TRUNCATE reports CASCADE`);
    return s;
  });
  test("postgres server: two processes' connections adding the same content at once store it once", async () => {
    const [a, b] = [await openStore({ db: url }), await openStore({ db: url })];
    try {
      for (let round = 0; round < 5; round++) {
        const input = sampleReport(70 + round, { id: undefined, hash: `two-conn-${round}-${Date.now()}`.padEnd(64, "3") });
        const [ra, rb] = await Promise.all([a.addReport(input), b.addReport(input)]);
        assert.equal([ra, rb].filter((r) => r.created).length, 1);
        assert.equal(ra.report.id, rb.report.id);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
} else if (process.env.CI) {
  test("postgres server", () => assert.fail("CI must set TEST_DATABASE_URL (.ci/run starts a Postgres server)"));
} else {
  test("postgres server", { skip: "set TEST_DATABASE_URL=postgres://… to run the store suite against a server" }, () => {});
}

test("pglite folder: data survives closing and reopening", async () => {
  const where = join(dir, "persist");
  const a = await openStore({ db: where });
  await a.addReport(sampleReport(9));
  await a.close();
  const b = await openStore({ db: where });
  try {
    assert.equal((await b.getReport("t9"))?.title, "Report 9");
  } finally {
    await b.close();
  }
});
