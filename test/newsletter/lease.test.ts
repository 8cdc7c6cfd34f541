/** serve's hold on the embedded store: released when idle, so other commands get their turn. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { leaseStore } from "../../src/app/lease.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../cli/helpers.js";

test("a leased store lets go of the folder when another opener waits, and reopens at the next call", async () => {
  const db = join(tempDir("dossier-lease-"), "store");
  const lease = leaseStore(db, 50);
  try {
    assert.equal((await lease.store.newsletter.subscribe("ana@example.org")).created, true);
    // another opener waits for the folder: the lease lets go (it would wait 60 s, then fail, otherwise)
    const t0 = Date.now();
    const other = await openStore({ db });
    assert.ok(Date.now() - t0 < 30_000);
    await other.newsletter.subscribe("bo@example.org");
    await other.close();
    // and the lease reopens to read what the other wrote
    assert.deepEqual((await lease.store.newsletter.subscribers()).map((s) => s.email), ["ana@example.org", "bo@example.org"]);
  } finally {
    await lease.close();
  }
});
