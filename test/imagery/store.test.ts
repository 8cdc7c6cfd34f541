/** The store keeps imagery observations with their provenance (the Postgres server when TEST_DATABASE_URL names one, else PGlite in memory). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import type { Observation } from "../../src/types.js";

const obs = (date: string, progress: number | null, flags: string[] = []): Observation => ({
  id: `site-a@${date}`,
  site: "site-a",
  date,
  items: [`S2A_52TFM_${date.replace(/-/g, "")}_0_L2A`],
  clearAoi: progress == null ? 0.02 : 1,
  clearRing: 0.9,
  areas: { water: 15.7, bare_built: 1.2 },
  progress,
  flags,
  provenance: { stac: "http://stac.example/v1", offsets: { red: { scale: 0.0001, offset: -0.1 } }, bytes: 123456 },
});

test("addObservations / listObservations: stored with provenance, by date; a re-run replaces rows", async () => {
  const url = process.env.TEST_DATABASE_URL;
  const store = await openStore({ db: url ?? "memory" });
  const clear = () => store.db.query(`DELETE FROM observations WHERE site IN ('site-a', 'site-b')`);
  try {
    await clear();
    await store.addObservations("site-a", [obs("2025-05-15", 0.2), obs("2025-04-05", 0)]);
    await store.addObservations("site-b", [{ ...obs("2025-04-05", 0.5), id: "site-b@2025-04-05", site: "site-b" }]);
    await store.addObservations("site-a", [obs("2025-05-15", 0.25), obs("2025-06-04", null, ["cloudy"])]);
    const a = await store.listObservations("site-a");
    assert.deepEqual(a.map((o) => [o.date, o.progress]), [["2025-04-05", 0], ["2025-05-15", 0.25], ["2025-06-04", null]]);
    assert.deepEqual(a[2].flags, ["cloudy"]);
    assert.equal((a[0].provenance as any).offsets.red.offset, -0.1);
    assert.equal((await store.listObservations()).filter((o) => o.site.startsWith("site-")).length, 4);
    await store.addObservations("site-a", []);
    await clear();
  } finally {
    await store.close();
  }
});
