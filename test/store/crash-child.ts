/**
 * Helper process for crash.test.ts: stores one report, then starts writing a second one inside
 * a transaction and waits there until it is killed.
 */
import { openStore } from "../../src/store/index.js";
import { sampleReport } from "./store.common.js";

const store = await openStore({ db: process.argv[2] });
await store.addReport(sampleReport(1));
await store.db.transaction(async (tx) => {
  const r = sampleReport(2);
  await tx.query(`INSERT INTO reports (id, hash, text) VALUES ($1, $2, $3)`, [r.id, r.hash, r.text]);
  process.stdout.write("in-transaction\n");
  await new Promise(() => {}); // killed here
});
