/**
 * A dossier process killed in the middle of writing a report (SIGKILL: no cleanup, no close)
 * leaves the PGlite store whole: what was committed is there, the half-written report is not,
 * and the next process takes over the dead one's lock.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/index.js";
import { sampleReport } from "./store.common.js";

const here = dirname(fileURLToPath(import.meta.url));

test("pglite folder: a process killed mid-transaction leaves committed reports and no half report", { skip: process.platform === "win32" ? "SIGKILL semantics" : false, timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
  try {
    const db = join(dir, "db");
    const child = spawn(process.execPath, ["--import", "tsx", join(here, "crash-child.ts"), db], { cwd: join(here, "../.."), stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (b) => {
        out += b;
        if (out.includes("in-transaction")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    const exited = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    const store = await openStore({ db });
    try {
      assert.equal((await store.getReport("t1"))?.text, sampleReport(1).text);
      assert.equal(await store.getReport("t2"), null);
      assert.deepEqual((await store.listReports()).map((r) => r.id), ["t1"]);
      // and it takes new work
      assert.equal((await store.addReport(sampleReport(3))).created, true);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
