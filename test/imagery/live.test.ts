/**
 * Live smoke test against the real Earth Search catalog and S3-hosted COGs. Runs only when
 * DOSSIER_LIVE=1 (needs the internet; CI has none): one summer month over the motivating site.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { circleAoi } from "../../src/imagery/aoi.js";
import { watch } from "../../src/imagery/watch.js";
import { writeOutputs } from "../../src/imagery/output.js";

const live = process.env.DOSSIER_LIVE === "1";

test("live: Earth Search, sentinel-2-c1-l2a over 42.42N 130.64E, June 2025", { skip: live ? false : "set DOSSIER_LIVE=1 to run against the real catalog", timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-live-"));
  try {
    const r = await watch({ aoi: circleAoi(42.42, 130.64, 600), from: "2025-06-01", to: "2025-06-30", maxCloud: 60, cacheDir: join(dir, "cache"), concurrency: 3 });
    console.log(JSON.stringify({ collection: r.collection, scenes: r.scenesFound, dates: r.rows.length, bytes: r.bytes, requests: r.requests, seconds: r.seconds, warnings: r.warnings }));
    for (const row of r.rows) console.log(row.date, row.items.join(","), row.tile, row.processingBaseline, row.clearAoi, row.clearRing, JSON.stringify(row.areas), row.flags.join(" "), JSON.stringify(row.offsets.red));
    assert.ok(r.rows.length > 0, "expected at least one June 2025 scene");
    assert.ok(r.bytes > 0);
    const read = r.rows.filter((x) => x.clearAoi != null);
    assert.ok(read.length > 0, "no date could be read");
    for (const x of read) {
      assert.ok(x.clearAoi! >= 0 && x.clearAoi! <= 1);
      assert.ok(x.offsets.red.scale > 0);
    }
    await writeOutputs(r, join(dir, "out"));
    assert.ok(existsSync(join(dir, "out", "chart.svg")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
