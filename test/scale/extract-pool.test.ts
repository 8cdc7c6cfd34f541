/**
 * Extraction in child processes gives what extraction here gives, in order; an undated report is
 * extracted once for both its figures and its warning.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractJob, type ExtractJob } from "../../src/app/extract-job.js";
import { ExtractPool } from "../../src/app/extract-pool.js";
import type { Extracted } from "../../src/app/extract-job.js";
import { extract } from "../../src/extract/index.js";
import { packFigures } from "../../src/store/index.js";

const jobs: ExtractJob[] = Array.from({ length: 9 }, (_, i) => ({
  text: `Report ${i}. The quay at Lowmarsh will be ${200 + i * 10} m long and cost $${40 + i} million, the board said in May. ${"Trucks queued for hours. ".repeat(i * 3)}Work began last year on ${i + 1} berths.`,
  published: i % 3 === 0 ? null : `2025-0${1 + i}-10`,
  language: i === 4 ? null : "en",
  source: `p${i}`,
}));

// a child's bytes arrive as a plain Uint8Array, this process's are a Buffer: compared as bytes
const plain = (xs: Extracted[]) => xs.map((x) => ({ ...x, figures: x.figures && { ...x.figures, gz: Buffer.from(x.figures.gz) } }));

test("extraction processes give the same results as this process, in the same order", async () => {
  const pool = new ExtractPool(2);
  try {
    assert.deepEqual(plain(await pool.run(jobs)), plain(jobs.map(extractJob)));
    // a second batch on the same processes, and an empty one
    assert.deepEqual(plain(await pool.run(jobs.slice(2, 5))), plain(jobs.slice(2, 5).map(extractJob)));
    assert.deepEqual(await pool.run([]), []);
  } finally {
    await pool.close();
  }
});

test("an undated report: one pass gives the figures a plain extraction gives, and the dates it could not place", () => {
  const job = jobs[0];
  const once = extractJob(job);
  const { unplaced, ...figures } = once.figures!;
  assert.deepEqual(figures, packFigures(job.source, extract(job.text, { source: job.source, language: job.language })));
  assert.deepEqual(unplaced, once.unresolved, "kept with the figures for a re-add's warning");
  assert.ok(once.unresolved.length > 0 && once.unresolved.every((q) => job.text.includes(q)), JSON.stringify(once.unresolved));
  assert.deepEqual(extractJob(jobs[1]).unresolved, [], "a dated report has none");
});

test("a pool whose process died fails at once (add then extracts in its own process), never hangs", async () => {
  const pool = new ExtractPool(1);
  try {
    const [w] = (pool as unknown as { workers: Array<import("node:child_process").ChildProcess> }).workers;
    await new Promise((resolve) => (w.once("exit", resolve), w.kill()));
    await assert.rejects(pool.run(jobs.slice(0, 2)), /stopped/);
  } finally {
    await pool.close();
  }
});
