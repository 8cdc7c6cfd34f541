// Reconciliation on the dev clusters from their gold mentions must clear the project bar:
// B-cubed F1 >= 0.85 and conflict F1 >= 0.80 on each cluster (scored by ../shared/eval/score.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { clusterDirs, goldMentions, loadReports, scoreFacts } from "../../eval/facts.js";

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared");
const present = existsSync(join(shared, "corpus")) && existsSync(join(shared, "eval/score.mjs"));
const skip = !present && !process.env.CI ? "../shared (corpus and scorer) is absent" : false;

test("dev clusters: grouping and conflicts from gold mentions clear the bar", { skip }, () => {
  const dirs = clusterDirs([], true);
  assert.ok(dirs.length >= 2, `expected the dev clusters under ${shared}/corpus`);
  for (const dir of dirs) {
    const reports = loadReports(dir);
    const { out } = scoreFacts(dir, reports, goldMentions(dir, reports));
    const r = JSON.parse(out);
    assert.ok(r.bcubed.F1 >= 0.85, `${dir}: B-cubed F1 ${r.bcubed.F1.toFixed(3)} < 0.85`);
    assert.ok(r.conflicts.F1 >= 0.8, `${dir}: conflict F1 ${r.conflicts.F1.toFixed(3)} < 0.80`);
  }
});
