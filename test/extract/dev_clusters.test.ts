/**
 * The dev clusters through the shared scorer (../shared/eval/score.mjs): mention F1 ≥ 0.90 on each.
 * Skips when ../shared is absent, except under CI (then it fails).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";
import { readCorpus } from "../../src/ingest/index.js";

const SHARED = join(dirname(fileURLToPath(import.meta.url)), "../../../shared");
const SCORER = join(SHARED, "eval/score.mjs");
const CLUSTERS = ["tumen-bridge-dev", "port-dev"];
const missing = !existsSync(SCORER) || CLUSTERS.some((c) => !existsSync(join(SHARED, "corpus", c, "gold/mentions.jsonl")));
const skip = missing && !process.env.CI ? `../shared corpus or scorer absent (${SHARED})` : false;

for (const cluster of CLUSTERS) {
  test(`dev cluster ${cluster}: mention F1 >= 0.90`, { skip }, () => {
    const dir = join(SHARED, "corpus", cluster);
    const lines: string[] = [];
    for (const r of readCorpus(dir)) {
      assert.ok(!(r instanceof Error), r instanceof Error ? r.message : "");
      if (r instanceof Error) continue;
      for (const m of extract(r.text, { published: r.published, source: r.id })) {
        assert.equal(r.text.slice(m.start, m.end), m.text);
        lines.push(JSON.stringify(m));
      }
    }
    const tmp = mkdtempSync(join(tmpdir(), "dossier-extract-"));
    try {
      const pred = join(tmp, "pred.jsonl");
      writeFileSync(pred, lines.join("\n") + "\n");
      const r = spawnSync(process.execPath, [SCORER, "mentions", dir, pred, "--json"], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      const s = JSON.parse(r.stdout.trim().split("\n").pop()!);
      assert.ok(s.F1 >= 0.9, `${cluster}: mention F1 ${s.F1.toFixed(3)} (P ${s.P.toFixed(3)} R ${s.R.toFixed(3)}) < 0.90`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}
